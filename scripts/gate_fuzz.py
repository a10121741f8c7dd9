"""Long run of the gate's differential harness (issue 9), and the timing table of pathological inputs.

    .venv/bin/python scripts/gate_fuzz.py --examples 10000     # stories; prints every disagreement
    .venv/bin/python scripts/gate_fuzz.py --classes             # validate and Markdown times per input class

Each Hypothesis example is a batch of stories validated with load_hub and built once with
`mkdocs build --strict` (tests/strategies.py). Exit status 1 when anything disagrees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from tests.strategies import batches, judge  # noqa: E402

K = 1024


def classes(size: int) -> dict[str, str]:
    """Adversarial input classes of about `size` characters."""
    n = size
    return {
        "'](' + '[' run": "](" + "[" * (n - 2),
        "'[a](' repeated": "[a](" * (n // 4),
        "'*a' repeated": "*a" * (n // 2),
        "'`` ` ' alternating": "`` ` " * (n // 5),
        "'<a ' repeated": "<a " * (n // 3),
        "'<http://' repeated": "<http://" * (n // 8),
        "'<!--' repeated": "<!--" * (n // 4),
        "'~~~' lines": "~~~\n" * (n // 4),
        "'\\' run": "\\" * n,
        "one long line": "a" * n,
        "400 nested list levels": "".join("    " * i + "- x\n" for i in range(400)),
        "'>' x n": ">" * n + " x",
        "<div> x n": "<div>" * (n // 5),
        "ordinary prose": ("Some words with *emphasis* and a [link](x.md).\n\n" * (n // 50)),
    }


def run_classes(sizes: list[int], markdown_timeout: float) -> None:
    import multiprocessing as mp

    from snowball.body import check_body
    from snowball.diagnostics import Report

    print(
        "| input class | size | body check | its errors | snowball validate | mkdocs build --strict -q | Markdown render |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in sizes:
        for name, text in classes(size).items():
            report = Report("x")
            start = time.perf_counter()
            check_body(text, 1, report)
            took = time.perf_counter() - start
            verdict = ",".join(sorted({d.code for d in report.items if d.severity == "error"})) or "passes"
            q: mp.Queue = mp.Queue()
            p = mp.Process(target=_render, args=(text, q))
            p.start()
            p.join(markdown_timeout)
            if p.is_alive():
                p.terminate()
                md = f"> {markdown_timeout:.0f} s"
            else:
                md = q.get() if not q.empty() else "crashed"
            checked, built = _commands(text)
            print(
                f"| {name} | {len(text) // K} KB | {took:.3f} s | {verdict} | {checked} | {built} | {md} |", flush=True
            )


def _commands(body: str, timeout: float = 120.0) -> tuple[str, str]:
    """`snowball validate` and `mkdocs build --strict -q` of a one-story hub with this body, as a user runs
    them: seconds and exit status of each whole process (the verdicts must match)."""
    import subprocess

    from tests.strategies import FRONT, make_hub

    def timed(cmd: list[str], root: Path) -> str:
        start = time.perf_counter()
        try:
            done = subprocess.run(
                cmd,
                cwd=root,
                capture_output=True,
                text=True,
                timeout=timeout,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
        except subprocess.TimeoutExpired:
            return f"> {timeout:.0f} s"
        crashed = " TRACEBACK" if "Traceback" in done.stderr + done.stdout else ""
        return f"{time.perf_counter() - start:.2f} s, exit {done.returncode}{crashed}"

    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="gate-class-") as tmp:
        root = make_hub(Path(tmp) / "hub")
        (root / "stories" / "story-0").mkdir()
        (root / "stories" / "story-0" / "index.md").write_text(
            "---\n" + FRONT.format(title="Pathological") + "---\n" + body, encoding="utf-8"
        )
        return timed([str(bin_dir / "snowball"), "validate"], root), timed(
            [str(bin_dir / "mkdocs"), "build", "--strict", "-q"], root
        )


def _render(text: str, q: object) -> None:
    import markdown

    exts = [
        "admonition",
        "attr_list",
        "def_list",
        "footnotes",
        "tables",
        "toc",
        "pymdownx.details",
        "pymdownx.superfences",
        "pymdownx.highlight",
        "pymdownx.inlinehilite",
    ]
    cfg = {"toc": {"permalink": True}, "pymdownx.highlight": {"anchor_linenums": False}}
    start = time.perf_counter()
    try:
        markdown.Markdown(extensions=exts, extension_configs=cfg).convert(text)
        q.put(f"{time.perf_counter() - start:.3f} s")  # type: ignore[attr-defined]
    except RecursionError:
        q.put("RecursionError")  # type: ignore[attr-defined]


def run_fuzz(examples: int, batch: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="gate-fuzz-"))
    seen = {"stories": 0, "builds": 0, "disagreements": 0, "slowest": 0.0}

    @settings(
        max_examples=max(1, examples // max(1, batch // 2)),
        deadline=None,
        database=None,
        phases=(Phase.generate,),
        suppress_health_check=list(HealthCheck),
    )
    @given(stories=batches)
    def one(stories: list) -> None:
        outcome = judge(stories, work / "hub")
        seen["stories"] += outcome.stories
        seen["builds"] += 1
        seen["slowest"] = max(seen["slowest"], outcome.slowest_check)
        for problem in outcome.disagreements:
            seen["disagreements"] += 1
            print(f"DISAGREEMENT {seen['disagreements']}: {problem}\n", flush=True)
        if seen["builds"] % 20 == 0:
            print(f"... {seen['stories']} stories in {seen['builds']} builds", flush=True)

    start = time.time()
    one()
    print(
        f"{seen['stories']} stories in {seen['builds']} builds, {time.time() - start:.0f} s; "
        f"{seen['disagreements']} disagreements; slowest body check {seen['slowest'] * 1000:.1f} ms"
    )
    return 1 if seen["disagreements"] else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10_000, help="stories to generate (default 10,000)")
    parser.add_argument("--batch", type=int, default=10, help="largest batch per build (stories)")
    parser.add_argument("--classes", action="store_true", help="print the timing table of input classes instead")
    parser.add_argument("--sizes", default="40,512", help="class sizes in KB, comma-separated")
    parser.add_argument("--markdown-timeout", type=float, default=20.0)
    args = parser.parse_args()
    if args.classes:
        run_classes([int(s) * K for s in args.sizes.split(",")], args.markdown_timeout)
        return 0
    return run_fuzz(args.examples, args.batch)


if __name__ == "__main__":
    raise SystemExit(main())
