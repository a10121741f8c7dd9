"""snowball import jekyll: Jekyll _posts with Liquid tags, and Eleventy posts with Nunjucks."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.import_helpers import TEMPLATE_RE, errors, outside_code, report, source_tree, story


def test_jekyll_liquid_tags_are_resolved(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "jekyll")
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    assert errors(into) == []
    text = story(into, "first-post")
    assert "date: 2021-05-04" in text  # from the file name
    assert "tags: [paper, digital]" in text  # Jekyll's space-separated tags
    body = text.split("\n---\n", 1)[1]
    assert "[the second post](../second-post/index.md)" in body  # post_url
    assert "[the same with link](../second-post/index.md)" in body  # link
    assert "Sign up for our newsletter at the front desk." in body  # include of a plain file
    assert '```ruby\nputs "{{ not a tag }}"\n```' in body  # highlight -> fence, content untouched
    assert "` {{ literal }} `" in body  # raw -> code
    assert "Shown only sometimes." in body and "![Photo](photo.png)" in body
    assert (into / "stories/first-post/photo.png").is_file()
    assert "![A figure from the theme](photo.png) *Theme figure*" in body  # a theme's figure include
    assert not TEMPLATE_RE.search(outside_code(body))
    entries = report(into)["entries"]
    assert any(e["code"] == "shortcode-removed" and "newsletter" not in e["message"] and "include" in e["message"]
               for e in entries)  # fmt: skip
    assert any(e["code"] == "date-from-filename" for e in entries)


def test_jekyll_redirects_use_permalinks(tmp_path: Path) -> None:
    from snowball.redirects import load_redirects

    src = source_tree(tmp_path, "jekyll")
    into = tmp_path / "hub"
    run_cli("import", "jekyll", str(src), "--into", str(into))
    redirects, problems = load_redirects(into)
    assert problems == []
    assert {(r.source, r.target) for r in redirects} == {
        ("paperless/2021/05/04/first-post.html", "first-post"),
        ("blog/second/", "second-post"),
    }


def test_eleventy_nunjucks(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "eleventy")
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    assert errors(into) == []
    body = story(into, "my-eleventy-post").split("\n---\n", 1)[1]
    assert "{%" not in body and "{{" not in body
    assert "See the about page." in body  # {{ "/about/" | url }} to a page not imported: text
    assert "*Image: A photo that is not there*" in body
