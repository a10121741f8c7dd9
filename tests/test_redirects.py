"""redirects.yml: checked like every other hub file, and the tiny page each redirect becomes."""

from __future__ import annotations

from pathlib import Path

from snowball.redirects import load_redirects, redirect_html
from tests.conftest import Hub


def test_no_file_no_redirects(hub: Hub) -> None:
    assert load_redirects(hub.root) == ([], [])


def test_valid_and_invalid_entries(hub: Hub) -> None:
    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text(
        """\
- from: /2019/03/26/berlin-paperless/
  to: berlin-paperless
- from: old/page.html
  to: berlin-paperless
- from: stories/berlin-paperless/
  to: berlin-paperless
- from: 2019/x/
  to: no-such-story
- from: ../../etc/
  to: berlin-paperless
- from: old/page.html
  to: berlin-paperless
- just text
""",
        encoding="utf-8",
    )
    redirects, problems = load_redirects(hub.root)
    assert [(r.source, r.target, r.line) for r in redirects] == [
        ("2019/03/26/berlin-paperless/", "berlin-paperless", 1),
        ("old/page.html", "berlin-paperless", 3),
    ]
    messages = {p.line: p.message for p in problems}
    assert "one of the hub's own pages" in messages[5]
    assert "the story 'no-such-story' does not exist" in messages[7]
    assert "not a path on this site" in messages[9]
    assert "redirected twice (first on line 3)" in messages[11]
    assert "needs 'from' and 'to'" in messages[13]
    assert all(p.path == "redirects.yml" and p.severity == "error" for p in problems)
    assert redirects[0].output_path == "2019/03/26/berlin-paperless/index.html"
    assert redirects[0].target_url() == "../../../../stories/berlin-paperless/"
    assert redirects[1].target_url() == "../stories/berlin-paperless/"


def test_broken_yaml_is_one_located_error(hub: Hub) -> None:
    (hub.root / "redirects.yml").write_text("- from: a\n  to: [b\n", encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert redirects == [] and len(problems) == 1 and problems[0].line >= 2


def test_redirect_page_needs_no_script_and_is_not_indexed() -> None:
    page = redirect_html('../stories/a"b<c>/')
    assert "<script" not in page
    assert '<meta name="robots" content="noindex">' in page
    assert '<meta http-equiv="refresh" content="0; url=../stories/a&quot;b&lt;c&gt;/">' in page
    assert '<link rel="canonical" href="../stories/a&quot;b&lt;c&gt;/">' in page
    assert '<a href="../stories/a&quot;b&lt;c&gt;/">' in page


def test_symlinked_file_is_refused(hub: Hub, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.yml"
    target.write_text("[]\n", encoding="utf-8")
    (hub.root / "redirects.yml").symlink_to(target)
    assert "not a plain file" in load_redirects(hub.root)[1][0].message


def test_redirect_pages_for_the_build(hub: Hub) -> None:
    from snowball.redirects import redirect_pages

    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text("- from: 2019/03/old/\n  to: berlin-paperless\n", encoding="utf-8")
    pages = redirect_pages(load_redirects(hub.root)[0])
    assert list(pages) == ["2019/03/old/index.html"]
    assert 'url=../../../stories/berlin-paperless/"' in pages["2019/03/old/index.html"]


def test_redirect_to_a_draft_is_refused(hub: Hub) -> None:
    from tests.conftest import VALID_FRONT

    hub.story("berlin-draft", VALID_FRONT + "draft: true\n")
    (hub.root / "redirects.yml").write_text("- from: old/\n  to: berlin-draft\n", encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert redirects == [] and "is a draft" in problems[0].message
