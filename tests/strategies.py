"""Hypothesis strategies for whole stories, and the differential harness that judges a batch of them.

Stories come from small grammars of front matter, Markdown, inline HTML, links, images and Unicode,
hostile and pathological pieces included. `judge()` writes a batch into one temporary hub, validates
it with `load_hub`, builds it once in-process with `mkdocs build --strict`, and returns every
disagreement: a verdict that differs, a passing story whose page holds a script vector, an outside
resource or a reserved id, or a body check slower than a second. Used by tests/test_gate_property.py
(bounded) and scripts/gate_fuzz.py (long runs).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import strategies as st

from snowball.body import check_body
from snowball.diagnostics import Report
from snowball.reserved import is_reserved
from snowball.sanitize import is_outside

REPO = Path(__file__).resolve().parent.parent
FRONT = """\
title: {title}
summary: "We moved loan files to the document system."
date: 2024-03-12
site: berlin
champions: [anna-schmidt]
practices: [paperless-files]
tags: [paper]
"""
SLUGS = [f"story-{i}" for i in range(60)]

# -- grammars ------------------------------------------------------------------------------------

_hostile_chars = st.sampled_from(
    list("\u0085\u2028\u009b\ufeff\u2060\u00ad\u061c\ufffe\u202e\x00\x1b\t") + ["é", "ß", "漢", "🙂", "а"]
)
words = st.lists(st.sampled_from("paper files scanning berlin team result month cost".split()), min_size=1, max_size=8)
text = st.one_of(
    words.map(" ".join),
    st.text(alphabet=st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)), _hostile_chars), max_size=30),
)
urls = st.one_of(
    st.sampled_from(
        [
            "pic.png",
            "missing.png",
            "../story-1/index.md",
            "../story-2/",
            "../nope/index.md",
            "#what-we-tried",
            "#nope",
            "../story-1/index.md#nope",
            "https://example.org/x",
            "HTTPS://example.org/x.png",
            "//example.org/x.png",
            "javascript:alert(1)",
            "JaVaScRiPt&#58;alert(1)",
            "data:text/html,x",
            " java\tscript:alert(1)",
            '{{< ref "other" >}}',
            "mailto:a@example.org",
            "/absolute/path.md",
            "clip.mp4",
            "",
        ]
    ),
    text.map(lambda t: t.replace(" ", "-")),
)
tags = st.sampled_from(
    "a img div span p b em audio video source track script iframe style svg font center details summary "
    "table td h2 meta object form input".split()
)
attr_names = st.sampled_from(
    "id name class title lang dir aria-label src srcset poster href style onerror onclick on data-md-tooltip "
    "background alt controls autoplay target width".split()
)
attr_values = st.one_of(
    urls,
    st.sampled_from(
        [
            "__config",
            "__search",
            "lineage",
            "sb-chart-title",
            "ok-id",
            "mermaid",
            "url(https://e.x/a)",
            "md-dialog md-button",
        ]
    ),
    text,
)
quotes = st.sampled_from(['"{}"', "'{}'", "{}", "\u201d{}\u201d", '"{}'])


@st.composite
def html_tag(draw: st.DrawFn) -> str:
    tag = draw(tags)
    attrs = draw(st.lists(st.tuples(attr_names, attr_values, quotes), max_size=3))
    inner = " ".join(f"{n}={q.format(v.replace(chr(34), ''))}" for n, v, q in attrs)
    close = draw(st.sampled_from(["", f"</{tag}>", "x</" + tag + ">"]))
    return f"<{tag}{' ' if inner else ''}{inner}>{close}"


@st.composite
def inline(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return f"[{draw(text)}]({draw(urls)})"
    if kind == 1:
        return f"![{draw(words.map(' '.join))}]({draw(urls)})"
    if kind == 2:
        return draw(html_tag())
    if kind == 3:
        return "`" + draw(text) + draw(st.sampled_from(["`", "\n", "``"])) + draw(text) + "`"
    if kind == 4:
        return draw(
            st.sampled_from(
                [
                    "{{< note >}}",
                    "{% include x %}",
                    "{{ page.title }}",
                    "{: #__config }",
                    "{: onclick=alert(1) }",
                    "{ .md-button }",
                ]
            )
        )
    if kind == 5:
        return draw(st.sampled_from(["jane@example.org", "+49 30 1234 5678", "192.168.100.200", "508 1194.22"]))
    if kind == 6:  # pathological, kept small so a batch builds quickly
        piece = draw(st.sampled_from(["[", "](", "*a", "`", "<a ", "<!--", "\\", "&#", "_", "<http://", "~~~\n"]))
        return piece * draw(st.integers(1, 120))
    if kind == 7:
        return "*" + draw(text) + "*"
    return draw(text)


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 7))
    line = " ".join(draw(st.lists(inline(), min_size=1, max_size=4)))
    if kind == 0:
        return "#" * draw(st.integers(1, 6)) + " " + draw(st.one_of(text, st.sampled_from(["__config", "Lineage"])))
    if kind == 1:
        depth = draw(st.integers(1, 14))
        return "\n".join("    " * i + "- " + draw(words.map(" ".join)) for i in range(depth))
    if kind == 2:
        return ">" * draw(st.integers(1, 14)) + " " + line
    if kind == 3:
        return "```\n" + draw(text) + "\n```"
    if kind == 4:
        return f"[ref{draw(st.integers(0, 2))}]: {draw(urls)}"
    if kind == 5:
        return f"![pic][ref{draw(st.integers(0, 2))}]"
    return line


@st.composite
def story(draw: st.DrawFn) -> tuple[str, str]:
    """(front matter, body) for one story."""
    title = draw(st.one_of(st.just("Paperless files"), text))
    front = FRONT.format(title=json.dumps(title or "x", ensure_ascii=False))
    blocks = draw(st.lists(block(), min_size=0, max_size=6))
    return front, "\n## What we tried\n\n" + "\n\n".join(blocks) + "\n"


batches = st.lists(story(), min_size=1, max_size=10)
large_batches = st.lists(story(), min_size=20, max_size=30)  # builds cost seconds: more stories per build

# -- the harness -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    disagreements: list[str]
    stories: int
    slowest_check: float  # seconds, the slowest body check in the batch


def make_hub(root: Path) -> Path:
    """A hub with the sample configuration, hooks and theme, and the test fixture registries."""
    from .conftest import REGISTRIES

    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("hooks", "theme_overrides"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "registries").mkdir()
    for name, content in REGISTRIES.items():
        (root / "registries" / name).write_text(content, encoding="utf-8")
    (root / "stories").mkdir()
    return root


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_STORY_RE = re.compile(r"stories/(story-\d+)/")


def judge(stories: list[tuple[str, str]], root: Path) -> Outcome:
    """Validate and build a batch; every way the two disagree, or a passing page is not inert.

    Builds in this process without the helper process (SNOWBALL_SERIAL), restoring the environment
    afterwards so no other test inherits it."""
    saved = os.environ.get("SNOWBALL_SERIAL")
    os.environ["SNOWBALL_SERIAL"] = "1"
    try:
        return _judge(stories, root)
    finally:
        if saved is None:
            os.environ.pop("SNOWBALL_SERIAL", None)
        else:
            os.environ["SNOWBALL_SERIAL"] = saved


def _judge(stories: list[tuple[str, str]], root: Path) -> Outcome:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from snowball.hub import load_hub

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if root.exists():
        shutil.rmtree(root)
    make_hub(root)
    slugs = SLUGS[: len(stories)]
    slowest = 0.0
    for slug, (front, body) in zip(slugs, stories, strict=True):
        folder = root / "stories" / slug
        folder.mkdir()
        (folder / "index.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
        (folder / "pic.png").write_bytes(_PNG)
        start = time.perf_counter()
        check_body(body, 1, Report("x"))
        slowest = max(slowest, time.perf_counter() - start)
    hub = load_hub(root)
    rejected = {m.group(1) for d in hub.diagnostics if d.severity == "error" and (m := _STORY_RE.match(d.path))}
    other_errors = [d for d in hub.diagnostics if d.severity == "error" and not _STORY_RE.match(d.path)]
    keep = _Keep()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(keep)
    problems: list[str] = [f"validator error outside stories: {d.path}: {d.message}" for d in other_errors]
    crashed = None
    try:
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=True)
        build(config)
    except Exception as exc:  # Abort in strict mode is expected when a story is rejected
        if type(exc).__name__ != "Abort":
            crashed = f"{type(exc).__name__}: {exc}"
    finally:
        logger.removeHandler(keep)
    if crashed:
        problems.append(f"build crashed: {crashed}")
    failed: dict[str, str] = {}
    for message in keep.messages:
        found = _STORY_RE.findall(message)[:1]  # the story whose file the message is about, not its link target
        for slug in found:
            failed.setdefault(slug, message)
        if not found and not message.startswith("Aborted"):
            problems.append(f"build warning tied to no story: {message[:200]}")
    for slug, (_front, body) in zip(slugs, stories, strict=True):
        said_no, built_no = slug in rejected, slug in failed
        if said_no != built_no:
            what = "validate passes, strict build fails" if built_no else "validate fails, build passes"
            problems.append(f"{slug}: {what}: {failed.get(slug, '')[:300]}\n--- body ---\n{body[:2000]}")
        elif not said_no:
            page = root / "site" / "stories" / slug / "index.html"
            if page.is_file():
                problems += [f"{slug}: {p}\n--- body ---\n{body[:2000]}" for p in inert_problems(page)]
    return Outcome(problems, len(stories), slowest)


# Theme classes a story page may carry: Material's buttons (kept for stories) and the page's own wrappers.
_OWN_CLASSES = frozenset({"md-button", "md-button--primary", "sb-story-body", "sb-advice"})


class _Inspect(HTMLParser):
    """Everything in a story body's HTML that could run, load from outside, or take a reserved id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "svg"):
            self.problems.append(f"<{tag}> in the page")
        for name, value in attrs:
            v = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("src", "srcset", "poster", "background", "data", "ping") and any(
                is_outside(u.strip().split(" ")[0]) for u in v.split(",") if u.strip()
            ):
                self.problems.append(f"outside resource {name}={v!r} on <{tag}>")
            if name in ("href", "src") and re.match(r"\s*(javascript|data|vbscript):", v, re.I):
                self.problems.append(f"script URL {name}={v!r}")
            if name in ("id", "name") and is_reserved(v):
                self.problems.append(f"reserved {name}={v!r} on <{tag}>")
            if name == "style" or name.startswith("data-"):
                self.problems.append(f"attribute {name} kept on <{tag}>")
            if name == "class" and "mermaid" in v.split():
                self.problems.append("class mermaid (Material would fetch Mermaid from unpkg.com)")
            borrowed = [c for c in v.split() if c.lower().startswith(("md-", "sb-")) and c not in _OWN_CLASSES]
            if name == "class" and borrowed:
                self.problems.append(f"the theme's own class {borrowed[0]!r} kept on <{tag}>")


def inert_problems(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    start = html.find('<div class="sb-story-body">')
    end = html.find('<section class="sb-lineage">', start)
    if start == -1 or end == -1:
        return ["story body not found in its page"]
    inspect = _Inspect()
    inspect.feed(html[start:end])
    inspect.close()
    return inspect.problems


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 128, 128)).save(out, "PNG")
    return out.getvalue()


_PNG = _png()  # a real image, so "pic.png" links resolve
