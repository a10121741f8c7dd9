"""snowball import material-blog: posts with .authors.yml, categories and date mappings."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.import_helpers import errors, report, source_tree, story


def test_material_blog_posts_authors_and_categories(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "material")
    into = tmp_path / "hub"
    assert run_cli("import", "material-blog", str(src), "--into", str(into)).code == 0
    assert errors(into) == []
    hello = story(into, "hello-world")
    assert 'title: "Hello world"' in hello and "date: 2023-01-31" in hello
    assert "champions: [squidfunk, kim]" in hello and "practices: [release-notes]" in hello
    assert '  date.updated: "2023-02-05"' in hello
    body = hello.split("\n---\n", 1)[1]
    assert not body.startswith("# Hello world") and "<!-- more -->" not in body
    assert "[the next post](../second-one/index.md)" in body
    assert "<figure" not in body and "| Before | After |" in body  # unwrapped, so the table renders
    assert "**First tab**\n\nText in the first tab ." in body and ":octicons" not in body
    champions = (into / "registries/champions.yml").read_text(encoding="utf-8")
    assert '- id: squidfunk  # imported: review\n  name: "Martin Donath"' in champions
    second = story(into, "second-one")
    assert 'summary: "A description that becomes the summary."' in second
    skipped = [e for e in report(into)["entries"] if e["code"] == "skipped"]
    assert [e["file"] for e in skipped] == ["docs/blog/posts/undated.md"]
    from snowball.redirects import load_redirects

    assert {r.source for r in load_redirects(into)[0]} == {
        "blog/2023/01/31/hello-world/",
        "blog/2023/03/01/second-one/",
    }


def test_broken_authors_file_is_reported(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "material")
    (src / "docs/blog/.authors.yml").write_text("authors: [unclosed\n", encoding="utf-8")
    into = tmp_path / "hub"
    result = run_cli("import", "material-blog", str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert any(e["file"] == "docs/blog/.authors.yml" for e in report(into)["entries"])
    assert errors(into) == []
