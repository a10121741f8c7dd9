"""Correctness oracle: random edits to a tiny hub; after each, incremental output == a clean build, byte for byte.

    python scripts/oracle.py --sequences 500 [--steps 6] [--seed 1] [--jobs 2] [--work /dev/shm/oracle]

One sequence is 28 in-process builds of a 5-story hub: about 26 s on a free core with --work on a
RAM disk (/dev/shm), about twice that on disk (each build copies the theme's ~640 files). --jobs runs
sequences in that many processes, one per core; a failing sequence keeps its folder for inspection.

Two incremental pipelines are checked after every edit:
- the build with the persistent cache (`.cache/build/`, the same site folder every time), against a
  clean build (SNOWBALL_CACHE=off, a fresh folder);
- the preview: `mkdocs serve --dirty`'s rebuild, driven in-process with one long-lived session as
  `serve` keeps it, against a fresh preview session's full build.
The verdicts must agree too (a rejected edit fails both). Builds run in-process: the same MkDocs
build() that the CLI and the server call, without their process start-up.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import gc
import gzip
import io
import logging
import os
import random
import re
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import synth  # noqa: E402

SERVE_URL = "http://127.0.0.1:8000/"
NOISE = frozenset({"sitemap.xml.gz"})  # compared after decompressing (gzip stores a time)


class Engine:
    """In-process MkDocs builds of one hub, each pipeline with its own hook session."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sessions: dict[str, Any] = {}

    def build(self, name: str, site: Path, *, preview: bool, fresh: bool) -> bool:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import Abort

        old_cwd, env = Path.cwd(), os.environ.get("SNOWBALL_CACHE")
        os.chdir(self.root)
        if fresh and not preview:
            os.environ["SNOWBALL_CACHE"] = "off"
        try:
            config = load_config(str(self.root / "mkdocs.yml"), site_dir=str(site))
            hook = next(iter(config.hooks.values()))
            if fresh or name not in self.sessions:
                config.plugins.on_startup(command="serve" if preview else "build", dirty=preview and not fresh)
                if not fresh:
                    self.sessions[name] = hook.S
            else:
                hook.S = self.sessions[name]
            if preview:
                config.site_url = SERVE_URL  # as `mkdocs serve` sets it
            try:
                build(config, serve_url=SERVE_URL if preview else None, dirty=preview and not fresh)
            except Abort:
                return False
            if hook.S.memory.index_written is not None:
                hook.S.memory.index_written.join()  # the event the preview's search index waits on
            return True
        finally:
            os.chdir(old_cwd)
            if env is None:
                os.environ.pop("SNOWBALL_CACHE", None)
            else:
                os.environ["SNOWBALL_CACHE"] = env


def differences(a: Path, b: Path) -> list[str]:
    """Files that differ between two built sites (names present in only one, or different bytes)."""
    names_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    out = sorted(f"only in {'incremental' if n in names_a else 'clean'}: {n}" for n in names_a ^ names_b)
    for n in sorted(names_a & names_b):
        if n.rsplit("/", 1)[-1] in NOISE:
            if gzip.decompress((a / n).read_bytes()) != gzip.decompress((b / n).read_bytes()):
                out.append(f"differs: {n}")
        elif not filecmp.cmp(a / n, b / n, shallow=False):
            out.append(f"differs: {n}")
    return out


# ---- the hub and its edits -----------------------------------------------------------------------------------


def make_hub(root: Path, seed: int) -> None:
    synth.generate(root, 5, words=120, sites=3, practices=3, seed=seed)
    synth.make_site_config(root)


def _stories(root: Path) -> list[Path]:
    return sorted(p for p in (root / "stories").iterdir() if (p / "index.md").is_file())


def _ids(root: Path, registry: str) -> list[str]:
    return [
        ln[6:].strip() for ln in (root / "registries" / registry).read_text().splitlines() if ln.startswith("- id: ")
    ]


def _set(path: Path, key: str, value: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    end = lines.index("---", 1)
    lines = [ln for i, ln in enumerate(lines) if not (0 < i < end and ln.startswith(f"{key}:"))]
    lines.insert(lines.index("---", 1), f"{key}: {value}")
    path.write_text("\n".join(lines), encoding="utf-8")


def _forget(root: Path, slug: str, new: str | None = None) -> None:
    """Other stories stop naming a deleted story (or name its new folder): keeps most sequences valid."""
    for story in _stories(root):
        text = story.joinpath("index.md").read_text(encoding="utf-8")
        if slug in text:
            text = text.replace(slug, new) if new else "\n".join(ln for ln in text.split("\n") if slug not in ln)
            story.joinpath("index.md").write_text(text, encoding="utf-8")
    lines = _redirect_lines(root)  # and redirects to it go (or follow it)
    for i in [i for i, ln in enumerate(lines) if ln == f"  to: {slug}"][::-1]:
        if new:
            lines[i] = f"  to: {new}"
        else:
            del lines[i - 1 : i + 1]
    if lines:
        (root / "redirects.yml").write_text("\n".join(lines), encoding="utf-8")


def edit_title(root: Path, rng: random.Random) -> str:
    story = rng.choice(_stories(root))
    _set(story / "index.md", "title", f'"Retitled {rng.randint(0, 999)}"')
    return f"retitle {story.name}"


def edit_practice(root: Path, rng: random.Random) -> str:
    story = rng.choice(_stories(root))
    _set(story / "index.md", "practices", f"[{rng.choice(_ids(root, 'practices.yml'))}]")
    return f"move {story.name} to another practice"


def edit_site(root: Path, rng: random.Random) -> str:
    story = rng.choice(_stories(root))
    _set(story / "index.md", "site", rng.choice(_ids(root, "sites.yml")))
    return f"move {story.name} to another site"


def add_story(root: Path, rng: random.Random) -> str:
    source = rng.choice(_stories(root))
    slug = f"added-{rng.randint(0, 99999)}"
    shutil.copytree(source, root / "stories" / slug)
    _set(root / "stories" / slug / "index.md", "title", f'"Added {slug}"')
    return f"add {slug}"


def delete_story(root: Path, rng: random.Random) -> str:
    stories = _stories(root)
    if len(stories) < 3:
        return add_story(root, rng)
    story = rng.choice(stories)
    shutil.rmtree(story)
    _forget(root, story.name)
    return f"delete {story.name}"


def rename_story(root: Path, rng: random.Random) -> str:
    story = rng.choice(_stories(root))
    new = f"renamed-{rng.randint(0, 99999)}"
    story.rename(root / "stories" / new)
    _forget(root, story.name, new)
    return f"rename {story.name} to {new}"


def add_image(root: Path, rng: random.Random) -> str:
    story = rng.choice(_stories(root))
    synth._image(story / "hero.jpg", rng)
    _set(story / "index.md", "image", "hero.jpg")
    _set(story / "index.md", "image_alt", '"A picture"')
    return f"add an image to {story.name}"


def edit_registry(root: Path, rng: random.Random) -> str:
    path = root / "registries" / rng.choice(["sites.yml", "practices.yml"])
    lines = path.read_text(encoding="utf-8").split("\n")
    i = rng.choice([i for i, ln in enumerate(lines) if ln.startswith("  name: ")])
    lines[i] = f'  name: "Renamed {rng.randint(0, 999)}"'
    path.write_text("\n".join(lines), encoding="utf-8")
    return f"rename an entry of {path.name}"


def edit_config(root: Path, rng: random.Random) -> str:
    path = root / "mkdocs.yml"
    text = path.read_text(encoding="utf-8").split("\n")
    text = [
        f"site_description: Edited {rng.randint(0, 999)}" if ln.startswith("site_description:") else ln for ln in text
    ]
    path.write_text("\n".join(text), encoding="utf-8")
    return "change mkdocs.yml"


def edit_settings(root: Path, rng: random.Random) -> str:
    path = root / "snowball.yml"
    text = path.read_text(encoding="utf-8") if path.is_file() else "allow_indexing: false\n"
    flipped = "true" if "allow_indexing: false" in text else "false"
    path.write_text(re.sub(r"(?m)^allow_indexing: \w+", f"allow_indexing: {flipped}", text), encoding="utf-8")
    return f"set allow_indexing: {flipped} in snowball.yml"


def _set_in_entry(path: Path, entry_id: str, key: str, value: str) -> None:
    """Set `key: value` in one registry entry (the lines after '- id: entry_id'), adding it when absent."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"- id: {entry_id}")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("  ")), len(lines))
    lines = [ln for i, ln in enumerate(lines) if not (start < i < end and ln.startswith(f"  {key}:"))]
    lines.insert(start + 1, f"  {key}: {value}")
    path.write_text("\n".join(lines), encoding="utf-8")


def _registry_text(registry: str, key: str, value: Callable[[int], str]) -> Callable[[Path, random.Random], str]:
    """An edit of a registry entry's other words than its name: what its own page, and search, show of it."""

    def edit(root: Path, rng: random.Random) -> str:
        entry = rng.choice(_ids(root, registry))
        _set_in_entry(root / "registries" / registry, entry, key, value(rng.randint(0, 999)))
        return f"change the {key} of {entry} in {registry}"

    edit.__name__ = f"edit_{registry.removesuffix('.yml')}_{key}"
    return edit


edit_practice_description = _registry_text("practices.yml", "description", lambda n: f'"Described as frobnicated {n}"')
edit_tag_description = _registry_text("tags.yml", "description", lambda n: f'"Tagged as frobnicated {n}"')
edit_site_region = _registry_text("sites.yml", "region", lambda n: f'"Frobnia {n}"')
edit_champion_contact = _registry_text("champions.yml", "contact", lambda n: f"frob{n}@snowball.harbourline.example")


def replace_document(root: Path, rng: random.Random) -> str:
    """A story's document (a CSV it links) is added, or its bytes are replaced under the same name."""
    story = rng.choice(_stories(root))
    index = story / "index.md"
    text = index.read_text(encoding="utf-8")
    if "(data.csv)" not in text:
        index.write_text(text + "\n\nThe [figures](data.csv) behind it.\n", encoding="utf-8")
    story.joinpath("data.csv").write_text(f"month,count\n1,{rng.randint(0, 99999)}\n", encoding="utf-8")
    return f"replace the document data.csv of {story.name}"


def _redirect_lines(root: Path) -> list[str]:
    path = root / "redirects.yml"
    return path.read_text(encoding="utf-8").split("\n") if path.is_file() else []


def edit_redirect(root: Path, rng: random.Random) -> str:
    """Add a redirect, point one at another story, or remove one (redirects.yml)."""
    path, lines = root / "redirects.yml", _redirect_lines(root)
    froms = [i for i, ln in enumerate(lines) if ln.startswith("- from: ")]
    target = rng.choice(_stories(root)).name
    what = rng.choice(["add", "change", "remove"]) if froms else "add"
    if what == "add":
        old = rng.choice([f"old/{rng.randint(0, 999)}/", f"stories/gone-{rng.randint(0, 999)}/"])
        lines = [ln for ln in lines if ln] + [f"- from: {old}", f"  to: {target}", ""]
    elif what == "change":
        i = rng.choice(froms)
        lines[i + 1] = f"  to: {target}"
    else:
        i = rng.choice(froms)
        del lines[i : i + 2]
    path.write_text("\n".join(lines), encoding="utf-8")
    return f"{what} a redirect"


def add_story_at_redirect(root: Path, rng: random.Random) -> str:
    """A new story takes the folder name a redirect keeps for a former story (stories/gone-N/): refused
    by both builds alike, until the redirect goes."""
    gone = [ln[len("- from: stories/") : -1] for ln in _redirect_lines(root) if ln.startswith("- from: stories/")]
    if not gone:
        gone = [f"gone-{rng.randint(0, 999)}"]
        lines = [ln for ln in _redirect_lines(root) if ln]
        lines += [f"- from: stories/{gone[0]}/", f"  to: {rng.choice(_stories(root)).name}", ""]
        (root / "redirects.yml").write_text("\n".join(lines), encoding="utf-8")
    slug = rng.choice(gone)
    if (root / "stories" / slug).exists():
        return f"keep the story {slug} at a redirect's address"
    shutil.copytree(rng.choice(_stories(root)), root / "stories" / slug)
    return f"add the story {slug} at a redirect's address"


UNKNOWN_SITE = "no-such-site"


def edit_body(root: Path, rng: random.Random) -> str:
    """A new paragraph in one story's text: only what shows the text may change (the preview plans little)."""
    story = rng.choice(_stories(root)) / "index.md"
    story.write_text(story.read_text(encoding="utf-8") + f"\nAdded paragraph {rng.randint(0, 999)}.\n", "utf-8")
    return f"edit the text of {story.parent.name}"


def edit_inspired(root: Path, rng: random.Random) -> str:
    """One story names another as its inspiration (or stops): both lineages change, on both story pages."""
    story, other = rng.sample(_stories(root), 2) if len(_stories(root)) > 1 else (_stories(root)[0],) * 2
    _set(story / "index.md", "inspired_by", f"[{other.name}]" if rng.random() < 0.7 else "[]")
    return f"{story.name} names {other.name} as its inspiration (or none)"


def edit_date(root: Path, rng: random.Random) -> str:
    """A story's date moves: its place in every list, its practice's related stories, the digests."""
    story = rng.choice(_stories(root))
    _set(story / "index.md", "date", f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return f"redate {story.name}"


def litter_site(root: Path, rng: random.Random) -> str:
    """Files dropped into the cached build's site folder by hand: a clean build starts from an emptied folder,
    so the next build with the cache must not keep them either."""
    site = root.parent / "site-incremental"
    if not site.is_dir():
        return "litter the site folder (none yet)"
    names = ["stray.html", "stories/stray.txt", "assets/stray.js", f"stories/{rng.randrange(99)}/index.html"]
    name = rng.choice(names)
    (site / name).parent.mkdir(parents=True, exist_ok=True)
    (site / name).write_text("stray\n")
    return f"litter the site folder with {name}"


def break_or_fix_story(root: Path, rng: random.Random) -> str:
    """A story gains an unknown site (the preview shows its error panel and, on every page, the banner
    naming it; a build refuses the hub), or the story broken so gets a real site back."""
    for story in _stories(root):
        if f"site: {UNKNOWN_SITE}" in story.joinpath("index.md").read_text(encoding="utf-8"):
            _set(story / "index.md", "site", rng.choice(_ids(root, "sites.yml")))
            return f"fix {story.name}"
    story = rng.choice(_stories(root))
    _set(story / "index.md", "site", UNKNOWN_SITE)
    return f"break {story.name}"


EDITS: list[Callable[[Path, random.Random], str]] = [
    edit_title,
    edit_practice,
    edit_site,
    add_story,
    delete_story,
    rename_story,
    add_image,
    edit_registry,
    edit_config,
    edit_settings,
    break_or_fix_story,
    litter_site,
    edit_practice_description,
    edit_tag_description,
    edit_site_region,
    edit_champion_contact,
    replace_document,
    edit_redirect,
    add_story_at_redirect,
    edit_body,
    edit_inspired,
    edit_date,
]


def run_sequence(work: Path, seed: int, steps: int, *, preview: bool = True) -> list[str]:
    """One random sequence; returns the problems found (empty when every step matched)."""
    rng = random.Random(seed)
    work = work.resolve()
    root = work / "hub"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    make_hub(root, seed)
    engine = Engine(root)
    inc, pre = work / "site-incremental", work / "site-preview"
    problems: list[str] = []
    history: list[str] = ["start"]
    for step in range(steps + 1):
        if step:
            history.append(rng.choice(EDITS)(root, rng))
        clean = work / f"site-clean-{step}"
        ok_inc = engine.build("build", inc, preview=False, fresh=False)
        ok_clean = engine.build("clean", clean, preview=False, fresh=True)
        if ok_inc != ok_clean:
            problems.append(f"seed {seed}, after {history}: verdicts differ (incremental {ok_inc}, clean {ok_clean})")
        elif ok_clean:
            problems += [f"seed {seed}, after {history}: build {d}" for d in differences(inc, clean)]
        shutil.rmtree(clean, ignore_errors=True)
        if preview:
            engine.build("preview", pre, preview=True, fresh=False)
            fresh = work / f"site-fresh-preview-{step}"
            engine.build("fresh-preview", fresh, preview=True, fresh=True)
            problems += [f"seed {seed}, after {history}: preview {d}" for d in differences(pre, fresh)]
            shutil.rmtree(fresh, ignore_errors=True)
        if problems:
            break
    return problems


def _one(work: Path, seed: int, steps: int) -> tuple[int, list[str]]:
    """One sequence in its own folder (a worker process's unit); the folder is removed when it passed."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    folder = work / f"run-{seed}"
    with contextlib.redirect_stdout(io.StringIO()):
        problems = run_sequence(folder, seed, steps)
    if not problems:
        shutil.rmtree(folder, ignore_errors=True)
    gc.collect()  # the in-process builds' cycles, before the next sequence (a long run in one process)
    return seed, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sequences", type=int, default=20)
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1, help="seed of the first sequence; the next get seed+1, ...")
    parser.add_argument("--jobs", type=int, default=1, help="sequences run at once, in separate processes")
    parser.add_argument("--work", type=Path, default=Path(".cache") / "oracle")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("SNOWBALL_TODAY", "2026-11-27")
    start, failures = time.monotonic(), 0
    seeds = range(args.seed, args.seed + args.sequences)
    if args.jobs > 1:
        import concurrent.futures
        import multiprocessing

        pool = concurrent.futures.ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn"))
        results = pool.map(_one, [args.work] * len(seeds), seeds, [args.steps] * len(seeds))
    else:
        pool, results = None, (_one(args.work, seed, args.steps) for seed in seeds)
    for done, (_seed, problems) in enumerate(results, 1):
        failures += bool(problems)
        for p in problems[:5]:
            print(p)
        print(f"{done} sequences, {failures} failing, {time.monotonic() - start:.0f} s", flush=True)
    if pool is not None:
        pool.shutdown()
    print(f"done: {args.sequences} sequences of {args.steps} edits, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
