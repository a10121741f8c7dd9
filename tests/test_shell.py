"""The theme rendered once per kind of page (snowball.shell, Session.shell_page in the hook): every page
comes out byte for byte as Material's own rendering gives it. Two builds of a hub, one with shells
(the default) and one without (SNOWBALL_SHELL=off), must write the same files; a shell that disagrees
with the theme falls back to the theme's own rendering, and says so."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball import shell
from snowball.shell import Probe, ShellError, Shells, split

from .conftest import REPO, copy_hub

# -- the core: split a probe, fill the shell ------------------------------------------------------------

TEMPLATE = """<title>{{ title }} - Site</title>
<meta content="{{ description | e }}">{% if image %}<meta property="og:image" content="{{ ('https://x.example/' ~ image) | e }}">{% endif %}
<h1>{{ title | striptags }}</h1><nav aria-label="{{ title | striptags | e }}">{{ toc }}</nav>
<article>{{ content }}</article>"""

VALUES = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40)


def rendered(values: dict[str, str], toc: str) -> str:
    return jinja2.Environment().from_string(TEMPLATE).render({**values, "toc": toc})


@settings(max_examples=300, deadline=None)
@given(title=VALUES, description=VALUES, content=VALUES, image=VALUES, toc=VALUES)
def test_a_filled_shell_is_the_template_rendered(
    title: str, description: str, content: str, image: str, toc: str
) -> None:
    """Any values (markup, entities, quotes, spaces, any script), each printed raw, escaped, stripped of tags
    or both: the shell made from one probe and filled with them is what the template renders."""
    names = ["title", "description", "content", "image"]
    probe = Probe(names)
    made = split(
        rendered({n: probe.value(n) for n in names}, "<li>probe toc</li>"), probe, {"toc": "<li>probe toc</li>"}
    )
    values = {"title": title, "description": description, "content": content, "image": image}
    assert made.fill(values, {"toc": toc}) == rendered(values, toc)


@pytest.mark.parametrize("printed", ["{{ v | upper }}", "{{ v | truncate(9) }}", "{{ v | urlencode }}", "{{ v[:12] }}"])
def test_a_value_printed_in_a_way_not_understood_is_refused(printed: str) -> None:
    probe = Probe(["v"])
    with pytest.raises(ShellError):
        split(jinja2.Environment().from_string(f"<p>{printed}</p>").render(v=probe.value("v")), probe)


def test_a_page_address_printed_without_a_place_for_it_is_refused() -> None:
    """Feedback widgets print page.url: a shell made from one page would print its address on all of them."""
    probe = Probe(["title"])
    page = f"<title>{probe.value('title')}</title><a href='/stories/one/#feedback'>"
    with pytest.raises(ShellError):
        split(page, probe, private=["stories/one/"])
    assert (
        split(page, probe, private=["stories/two/"]).fill({"title": "T"})
        == "<title>T</title><a href='/stories/one/#feedback'>"
    )


def test_a_fragment_must_be_in_the_page_exactly_once() -> None:
    probe = Probe([])
    with pytest.raises(ShellError):
        split("<nav>toc</nav><nav>toc</nav>", probe, {"toc": "<nav>toc</nav>"})
    with pytest.raises(ShellError):
        split("<nav>other</nav>", probe, {"toc": "<nav>toc</nav>"})


def pages(shells: Shells, count: int, theme: str = "<p>{}</p>") -> tuple[list[str], list[int], list[int]]:
    """count pages of one key through shells: their outputs, which rendered the normal way, which disagreed."""
    probe, normal, differed = Probe(["v"]), [], []
    made = split(f"<p>{probe.value('v')}</p>", probe)
    outputs = [
        shells.page(
            "key",
            {"v": str(i)},
            make=lambda: made,
            fragments=dict,
            normal=lambda i=i: normal.append(i) or theme.format(i),
            differs=lambda i=i: differed.append(i),
        )
        for i in range(1, count + 1)
    ]
    return outputs, normal, differed


def test_shells_render_a_sample_both_ways() -> None:
    shells = Shells(prove_every=5)
    outputs, normal, differed = pages(shells, 11)
    assert outputs == [f"<p>{i}</p>" for i in range(1, 12)]
    assert (normal, differed, shells.filled) == ([1, 2, 3, 5, 10], [], 6)


def test_a_shell_that_disagrees_is_dropped_and_the_theme_renders_the_rest() -> None:
    shells = Shells(prove_every=5)
    outputs, normal, differed = pages(shells, 6, theme="<p class=x>{}</p>")
    assert outputs == [f"<p class=x>{i}</p>" for i in range(1, 7)]
    assert (normal, differed, shells.filled) == ([1, 2, 3, 4, 5, 6], [2], 0)


# -- whole builds: with shells and without, byte for byte --------------------------------------------------

STORY = """\
---
title: {title}
summary: {summary}
date: 2025-05-{day:02d}
site: porto-harbour
champions: [ines-carvalho]
practices: [paperless-loan-files]
---

{body}
"""

# (title, summary) as YAML scalars: what the validator lets through (it refuses markup, entities, "{{", tabs and
# line breaks in both, so those reach a page only in a story's body: its headings make the table of contents)
HOSTILE = [
    ('"Fish & chips: 5 < 6 > 4, \'quoted\' \\"too\\""', '"Ampersands & less-than < and quotes \\" \' here"'),
    ('"Curly { braces } and 100% {x}"', '"A summary with { one brace } and a % sign"'),
    ('"Two  spaces  and   three"', '"Double  spaces  everywhere,   and  more"'),
    ('"قصة نجاح في فرع الميناء"', '"ملخص باللغة العربية مع English inside"'),
    ('"' + "Größere Ölförderung — 日本語のタイトル ✓ " * 3 + '"', '"' + "Ünïcödé ∑ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " * 14 + '"'),
    ('"A plain title"', '"A plain summary."'),
    ("'Single quotes '' and \"double\" ones'", "'A summary: colons, # hashes and -- dashes'"),
]
BODIES = [
    "Plain text, no headings.",
    "## Fish & chips < 6 \"quoted\" 'too'\n\nText.\n\n### Deeper `{{ x }}` and  two  spaces\n\nMore.",
    "## What we tried\n\nText.\n\n## نتائج\n\nMore text.",
]


@contextmanager
def environment(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)


def build(root: Path, site: Path, *, shells: bool) -> Any:
    """Build root into site in this process (a clean build); the hook's session, to look into."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    with environment(SNOWBALL_CACHE="off", SNOWBALL_SHELL="on" if shells else "off"):
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(site))
        hook = next(iter(config.hooks.values()))
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(config)
        return hook.S


def differences(a: Path, b: Path) -> list[str]:
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out = [f"only in one: {n}" for n in sorted(names_a ^ names_b)]
    noise = {"sitemap.xml.gz"}  # gzip stores a time; sitemap.xml is compared
    return out + [
        f"differs: {n}"
        for n in sorted(names_a & names_b)
        if n.name not in noise and (a / n).read_bytes() != (b / n).read_bytes()
    ]


@pytest.fixture(scope="module")
def hostile_hub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample hub's registries and theme, stories with hostile titles, summaries and headings, in Portuguese."""
    root = copy_hub(tmp_path_factory.mktemp("shell-hostile"), stories=False)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("language: en", "language: pt"))
    for i, (title, summary) in enumerate(HOSTILE * 2):
        folder = root / "stories" / f"hostile-{i}"
        folder.mkdir(parents=True)
        story = STORY.format(title=title, summary=summary, day=i % 28 + 1, body=BODIES[i % len(BODIES)])
        (folder / "index.md").write_text(story, encoding="utf-8")
    return root


@pytest.mark.parametrize("hub", ["sample", "hostile"])
def test_every_page_is_byte_identical_with_and_without_shells(hub: str, hostile_hub: Path, tmp_path: Path) -> None:
    root = REPO if hub == "sample" else hostile_hub
    build(root, tmp_path / "normal", shells=False)
    session = build(root, tmp_path / "shells", shells=True)
    assert differences(tmp_path / "normal", tmp_path / "shells") == []
    assert session.shells.filled > 0, "no page came from a shell: the comparison proved nothing"
    assert all(session.shells.made.values()), "a shell disagreed with the theme"


def test_a_shell_that_disagrees_falls_back_to_the_theme(
    hostile_hub: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    build(hostile_hub, tmp_path / "normal", shells=False)
    monkeypatch.setattr(shell.Shell, "fill", lambda self, values, fragments={}: "<p>broken</p>")
    with caplog.at_level(logging.INFO):
        session = build(hostile_hub, tmp_path / "broken", shells=True)
    assert differences(tmp_path / "normal", tmp_path / "broken") == []
    assert session.shells.filled == 0
    assert "The theme's shell for story stories/ pages differs from the theme" in caplog.text
