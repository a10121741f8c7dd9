"""Hostile stories: whatever a pull request contains, the built site stays inert."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from snowball.sanitize import clean_html

from .conftest import copy_hub, mkdocs_bin, run_cli, run_process, search_files

STORY = """\
---
title: {title}
summary: "A summary."
date: 2025-05-01
site: porto-harbour
champions: [ines-carvalho]
practices: [paperless-loan-files]
---

{body}
"""


def write(root: Path, slug: str, title: str = '"A fine story"', body: str = "Plain text.") -> None:
    folder = root / "stories" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.md").write_text(STORY.format(title=title, body=body), encoding="utf-8")


# Issue 19: the theme's own classes pin a convincing notice on every screen of the story's page.
FAKE_NOTICE = (
    'Plain text.\n\n<div class="md-dialog md-dialog--active">Your session expired: '
    '<a href="https://example.org/login">sign in again</a></div>\n\n'
    '!!! sb-error-panel md-banner "Action needed"\n    Re-enter your password.\n\n'
    "Notice\n{: .md-header }\n\n"
    "[Read the plan](https://example.org/plan){ .md-button .md-button--primary }\n"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A hub with hostile stories added, built without --strict (the way a careless deploy would)."""
    root = copy_hub(tmp_path_factory.mktemp("hostile"))
    write(root, "script-title", title='"<script>alert(1)</script> Hi"')
    write(root, "onerror-body", body='<img src="x" onerror="alert(1)">\n\n[click](javascript:alert(2))')
    write(
        root,
        "special-chars",
        title='"Fish & chips: 5 < 6 > 4, \'quoted\' \\"too\\""',
        body='Text with <span style="position:fixed;top:0" class="kept">style</span> and '
        '<a href="https://example.org" target="_blank">a link</a>.\n\n!!! tip "Kept"\n    Admonitions survive.',
    )
    write(root, "fake-notice", body=FAKE_NOTICE)
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.md").write_text("---\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n")
    (root / "stories" / "linked").symlink_to(outside, target_is_directory=True)
    (root / "stories" / "dup.md").write_text("---\ntitle: DUP-FILE\n---\nDUP-FILE\n")
    site = root / "site"
    refused = run_process(mkdocs_bin(), "build", "--site-dir", str(site), cwd=root)
    assert refused.code == 1, refused.err  # even without --strict: a rejected story fails the build
    assert not (site / "stories" / "script-title").exists()  # and is never published, not even as an error page
    # the stories that pass are built on their own, for the escaping and sanitising checks below
    good = copy_hub(tmp_path_factory.mktemp("hostile-good"), stories=False)
    for name in ("special-chars", "fake-notice"):
        shutil.copytree(root / "stories" / name, good / "stories" / name)
    result = run_process(mkdocs_bin(), "build", "--site-dir", str(site), cwd=good)
    assert result.code == 0, result.err
    return root, site, refused.err


def test_rejected_story_never_reaches_a_page(hostile: tuple[Path, Path, str]) -> None:
    _root, site, log = hostile
    assert not (site / "stories" / "script-title").exists()
    assert not (site / "stories" / "onerror-body").exists()
    assert "the event-handler attribute 'onerror' on <img> is not allowed" in log


def test_rejected_stories_are_not_listed_or_searchable(hostile: tuple[Path, Path, str]) -> None:
    _root, site, _log = hostile
    listing = (site / "stories" / "index.html").read_text()
    assert "script-title" not in listing and "onerror-body" not in listing
    index = "".join(p.read_text() for p in (site / "search").rglob("*.json"))
    assert "alert(1)" not in index and "script-title" not in index


def test_special_characters_are_escaped_everywhere(hostile: tuple[Path, Path, str]) -> None:
    _root, site, _log = hostile
    html = (site / "stories" / "special-chars" / "index.html").read_text()
    head = html.split("</head>", 1)[0]
    assert (
        "<title>Fish &amp; chips: 5 &lt; 6 &gt; 4, &#x27;quoted&#x27; &#34;too&#34; - " in head
        or "<title>Fish &amp; chips: 5 &lt; 6 &gt; 4, &#x27;quoted&#x27; &quot;too&quot; - " in head
    )
    assert "5 < 6" not in html  # never raw, in the title, header, card, nav or meta
    assert "&amp;amp;" not in html  # and never escaped twice
    docs, _terms = search_files(site)
    titles = [str(d[1]) for d in docs if str(d[0]).startswith("stories/special-chars/")]
    assert titles == ["Fish &amp; chips: 5 &lt; 6 &gt; 4, &#x27;quoted&#x27; &quot;too&quot;"]


def test_sanitiser_keeps_material_markup_and_drops_the_rest(hostile: tuple[Path, Path, str]) -> None:
    _root, site, _log = hostile
    html = (site / "stories" / "special-chars" / "index.html").read_text()
    body = html.split('<div class="sb-story-body">', 1)[1].split("</div>\n<section", 1)[0]
    assert '<span class="kept">style</span>' in body
    assert "position:fixed" not in html
    assert 'target="_blank"' not in body
    assert '<div class="admonition tip">' in body


def test_the_themes_own_classes_are_dropped_from_story_html_and_reported(hostile: tuple[Path, Path, str]) -> None:
    root, site, _log = hostile
    html = (site / "stories" / "fake-notice" / "index.html").read_text()
    body = html.split('<div class="sb-story-body">', 1)[1].split("</div>\n<section", 1)[0]
    for gone in ("md-dialog", "md-banner", "sb-error-panel", "md-header"):
        assert gone not in body
    assert "Your session expired" in body and 'class="md-button md-button--primary"' in body  # text and buttons stay
    checked = run_cli("--root", str(root), "validate", "stories/fake-notice")
    assert checked.code == 0  # the build drops them and passes; the validator says so and passes too
    for name, on in [
        ("md-dialog", "on <div>"),
        ("md-dialog--active", "on <div>"),
        ("sb-error-panel", "on the note"),
        ("md-banner", "on the note"),
        ("md-header", "in the attribute list {...}"),
    ]:
        said = f"warning [body] the class '{name}' {on} is removed when the page is built"
        assert said in checked.out, checked.out
    assert "class 'md-button" not in checked.out


def test_symlinks_and_stray_files_are_not_published(hostile: tuple[Path, Path, str]) -> None:
    root, site, log = hostile
    everything = "".join(
        p.read_text(errors="replace") for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml")
    )
    assert "SECRET-OUTSIDE" not in everything
    assert "DUP-FILE" not in everything
    assert "stories/linked is a symbolic link" in log


def test_strict_build_fails_with_the_validators_words(hostile: tuple[Path, Path, str]) -> None:
    root, _site, _log = hostile
    build = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(root / "strict-site"), cwd=root)
    assert build.code == 1
    assert "Aborted: " in build.out
    validate = run_cli("--root", str(root), "validate", "stories/script-title")
    assert validate.code == 1
    message = "'title' contains markup ('<s')"
    assert message in validate.out and message in build.err
    assert "stories/script-title/index.md:2:" in validate.out and "stories/script-title/index.md:2:" in build.err


@pytest.mark.parametrize(
    ("dirty", "kept", "gone"),
    [
        ('<div class="admonition note"><p class="admonition-title">N</p></div>', 'class="admonition note"', None),
        ('<h2 id="x">T<a class="headerlink" href="#x" title="Permanent link">¶</a></h2>', 'class="headerlink"', None),
        (
            '<div class="highlight"><pre><span></span><code><span class="k">def</span></code></pre></div>',
            '<span class="k">def</span>',
            None,
        ),
        ('<table><thead><tr><th align="left">a</th></tr></thead></table>', '<th align="left">a</th>', None),
        ("<p>x<script>alert(1)</script></p>", "<p>x</p>", "script"),
        ('<img src="x" onerror="alert(1)">', '<img src="x">', "onerror"),
        ('<a href="javascript:alert(1)">x</a>', "x</a>", "javascript"),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', "<img>", "data:"),
        ('<iframe src="https://x.example"></iframe>', "", "iframe"),
        ('<p style="position:fixed">x</p>', "<p>x</p>", "style"),
        ("<svg><script>alert(1)</script></svg>", "", "script"),
        ('<div class="md-dialog md-dialog--active">x</div>', "<div>x</div>", "md-dialog"),
        ('<span class="sb-chip MD-Tabs kept">x</span>', '<span class="kept">x</span>', "sb-chip"),
        ('<a class="md-button md-button--primary" href="x">b</a>', 'class="md-button md-button--primary"', None),
        ('<div class="admonition md-banner note">x</div>', '<div class="admonition note">x</div>', "md-banner"),
    ],
)
def test_sanitiser_allow_list(dirty: str, kept: str, gone: str | None) -> None:
    clean = clean_html(dirty)
    assert kept in clean
    if gone:
        assert gone not in clean


def test_yaml_bomb_story_does_not_hurt_the_build(tmp_path: Path) -> None:
    root = copy_hub(tmp_path / "hub")
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)
    ]
    (root / "stories" / "bomb").mkdir()
    (root / "stories" / "bomb" / "index.md").write_text("---\n" + "\n".join(bomb) + "\n---\nBody\n")
    result = run_process(mkdocs_bin(), "build", "--site-dir", str(root / "site"), cwd=root, timeout=60)
    assert result.code == 1, result.err  # refused quickly, with the validator's words, and never published
    assert "YAML alias '*a' is not allowed" in result.err or "YAML anchor '&a' is not allowed" in result.err
    assert not (root / "site" / "stories" / "bomb").exists()
