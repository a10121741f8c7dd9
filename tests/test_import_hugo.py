"""snowball import hugo: page bundles and flat files, YAML and TOML front matter, shortcodes, images, redirects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.import_helpers import TEMPLATE_RE, errors, outside_code, report, snapshot, source_tree, story


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    src = source_tree(tmp_path, "hugo")
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert "imported 3 stories" in result.out
    return into


def test_new_hub_is_set_up_and_validates(imported: Path) -> None:
    for name in ("mkdocs.yml", "hooks/snowball_site.py", "theme_overrides/main.html", "registries/sites.yml"):
        assert (imported / name).is_file(), name
    assert errors(imported) == []
    assert "Harbourline" not in (imported / "registries/champions.yml").read_text(encoding="utf-8").split("\n- ")[-1]


def test_yaml_bundle_becomes_a_story_with_fields_decoded(imported: Path) -> None:
    text = story(imported, "opening-data")
    assert 'title: "Opening our data & what we learned"' in text
    assert 'summary: "We published every dataset — here is how."' in text
    assert "date: 2021-03-04\n" in text
    assert "champions: [jane-doe]" in text and "site: department-of-examples" in text
    assert "practices: [open-data]" in text and "tags: [open-data, csv]" in text
    assert 'image: "cover.png"' in text and (imported / "stories/opening-data/cover.png").is_file()
    assert '  expirydate: "2030-01-01"' in text  # kept under source:, not lost


def test_toml_flat_file_and_summary_from_first_paragraph(imported: Path) -> None:
    text = story(imported, "flat-post")
    assert 'title: "A flat post with TOML front matter"' in text
    assert "date: 2020-11-30" in text
    assert 'summary: "First paragraph of the flat post, which has no summary.' in text
    assert "champions: [sam-smith]" in text and "practices: [service-design]" in text
    assert '  weight: "3"' in text
    # a site-relative link to the other post's old address now points at its story
    assert "[the bundle](../opening-data/index.md)" in text
    assert "you would write ` {{ .Title }} ` for this." in text  # not a Hugo shortcode: the author's text, as code


def test_json_front_matter_and_author_mapping(imported: Path) -> None:
    text = story(imported, "json-post")
    assert 'title: "A post with JSON front matter"' in text and "champions: [sam-smith]" in text


def test_shortcodes_are_converted_and_nothing_template_like_is_left(imported: Path) -> None:
    body = story(imported, "opening-data").split("\n---\n", 1)[1]
    assert "[the flat post](../flat-post/index.md)" in body
    assert "the topic page." in body  # a ref to a page that was not imported becomes text
    assert "![A chart of downloads](chart.png) *Downloads per month*" in body
    assert "!!! warning\n    Back up **everything** first." in body
    assert "[▶ Our launch video](https://www.youtube.com/watch?v=abc123XYZ)" in body
    assert "*Image: A missing picture*" in body
    assert "[Image: Remote logo](https://cdn.example.com/logo.png)" in body
    assert "[▶ Our slides](https://www.slideshare.net/embed/key)" in body
    assert "onclick" not in body and "<iframe" not in body
    assert '{{< ref "x" >}}' in body  # inside a fenced block: code stays as written
    assert not TEMPLATE_RE.search(outside_code(body))


def test_every_file_is_accounted_for_in_the_report(imported: Path) -> None:
    data = report(imported)
    assert data["imported"] == 3
    skipped = {e["file"]: e for e in data["entries"] if e["code"] in ("skipped", "section-skipped", "front-matter")}
    assert set(skipped) == {
        "content/posts/_index.md",
        "content/posts/broken.md",
        "content/posts/empty.md",
        "content/posts/toml-broken.md",
    }
    assert skipped["content/posts/broken.md"]["line"] == 3
    codes = {e["code"] for e in data["entries"] if e["file"] == "content/posts/bundle-post/index.md"}
    assert {"entity-decoded", "markup-removed", "date-normalised", "shortcode-converted", "shortcode-removed"} <= codes
    assert {"image-copied", "image-missing", "image-remote", "html-changed", "redirect", "link-rewritten"} <= codes
    widget = [e for e in data["entries"] if "mystery-widget" in e["message"]]
    assert widget and widget[0]["line"] == 25 and widget[0]["story"] == "opening-data"
    md = (imported / "import-report.md").read_text(encoding="utf-8")
    assert "## Not imported" in md and "content/posts/broken.md" in md


def test_registries_are_extended_and_marked_for_review(imported: Path) -> None:
    champions = (imported / "registries/champions.yml").read_text(encoding="utf-8")
    assert '- id: jane-doe  # imported: review\n  name: "Jane Doe"\n  site: department-of-examples' in champions
    practices = (imported / "registries/practices.yml").read_text(encoding="utf-8")
    assert 'description: "Publishing data people can reuse, in open formats."' in practices
    assert "- id: imported  # imported: review" in (imported / "registries/sites.yml").read_text(encoding="utf-8")


def test_redirects_from_permalinks_and_aliases(imported: Path) -> None:
    from snowball.redirects import load_redirects

    redirects, problems = load_redirects(imported)
    assert problems == []
    pairs = {(r.source, r.target) for r in redirects}
    assert pairs == {
        ("2021/03/opening-data/", "opening-data"),
        ("old/opening-data/", "opening-data"),
        ("2020/11/flat-post/", "flat-post"),
        ("2019/07/a-post-with-json-front-matter/", "json-post"),  # Hugo's :slug without a slug is the title
    }


def test_reimport_is_idempotent(tmp_path: Path, imported: Path) -> None:
    before = snapshot(imported)
    result = run_cli("import", "hugo", str(tmp_path / "src" / "hugo"), "--into", str(imported))
    assert result.code == 0, result.err
    assert snapshot(imported) == before


def test_dry_run_writes_only_the_report(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    into = tmp_path / "dry"
    result = run_cli("import", "hugo", str(src), "--into", str(into), "--dry-run")
    assert result.code == 0, result.err
    assert "would import 3 stories" in result.out
    assert sorted(p.name for p in into.iterdir()) == ["import-report.json", "import-report.md"]
    assert report(into)["imported"] == 3


def test_odd_files_are_reported_not_raised(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    posts = src / "content/posts"
    (posts / "binary.md").write_bytes(b"---\ntitle: x\n---\n\x00\x01\x02")
    (posts / "latin1.md").write_bytes("---\ntitle: Caf\xe9\ndate: 2020-01-01\n---\nBody.\n".encode("latin-1"))
    (posts / "list.md").write_text("---\n- a\n- b\n---\nBody\n", encoding="utf-8")
    (posts / "bomb.md").write_text(
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n"
    )
    (posts / "unreadable.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (posts / "unreadable.md").chmod(0)
    result = run_cli("import", "hugo", str(src), "--into", str(tmp_path / "hub"))
    assert result.code == 0, result.err
    files = {e["file"]: e["code"] for e in report(tmp_path / "hub")["entries"]}
    assert files["content/posts/binary.md"] == "unreadable"
    assert files["content/posts/list.md"] == "front-matter"
    assert files["content/posts/bomb.md"] == "front-matter"
    assert "content/posts/latin1.md" in {f for f, _ in [(s["file"], s) for s in report(tmp_path / "hub")["stories"]]}
    assert errors(tmp_path / "hub") == []


def test_missing_source_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = run_cli("import", "hugo", str(tmp_path / "nope"), "--into", str(tmp_path / "hub"))
    assert result.code == 2
    assert "no such file or folder" in result.err and "Traceback" not in result.err


def test_help_names_the_kinds_and_examples() -> None:
    result = run_cli("import", "--help")
    assert result.code == 0
    for text in ("hugo", "jekyll", "material-blog", "csv", "--mapping", "--dry-run", "Examples:"):
        assert text in result.out


def test_imported_hub_builds_strict_with_no_template_syntax(imported: Path, tmp_path: Path) -> None:
    from tests.conftest import mkdocs_bin, run_process

    site = tmp_path / "site"
    result = run_process(mkdocs_bin(), "build", "--strict", "--site-dir", str(site), cwd=imported)
    assert result.code == 0, result.err
    page = (site / "stories/opening-data/index.html").read_text(encoding="utf-8")
    assert 'class="admonition warning"' in page
    assert 'src="chart.png"' in page or "chart" in page
    assert 'href="https://www.youtube.com/watch?v=abc123XYZ"' in page
    text_only = re.sub(r"<(pre|code)\b.*?</\1>", "", page, flags=re.S)
    assert "{{&lt;" not in text_only and "{{<" not in text_only and "{%" not in text_only


def test_site_root_reads_content_only(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    theme = src / "themes/t/exampleSite/content/posts"
    theme.mkdir(parents=True)
    (theme / "demo.md").write_text("---\ntitle: Theme demo\n---\nDemo.\n", encoding="utf-8")
    (src / "archetypes").mkdir()
    (src / "archetypes/default.md").write_text("---\ntitle: {{ .Name }}\n---\n", encoding="utf-8")
    data = run_cli("import", "hugo", str(src), "--into", str(tmp_path / "hub"), "--dry-run")
    assert data.code == 0
    files = {s["file"] for s in report(tmp_path / "hub")["stories"]}
    assert files == {"content/posts/bundle-post/index.md", "content/posts/flat-post.md", "content/posts/json-post.md"}


def test_report_lines_point_at_the_source(imported: Path) -> None:
    source = (Path(__file__).parent / "fixtures/import/hugo/content/posts/bundle-post/index.md").read_text()
    lines = source.split("\n")
    for entry in report(imported)["entries"]:
        if entry["file"] != "content/posts/bundle-post/index.md":
            continue
        if entry["code"] == "image-remote":
            assert "cdn.example.com/logo.png" in lines[entry["line"] - 1]
        if entry["code"] == "html-changed" and "onclick" in entry["message"]:
            assert "onclick" in lines[entry["line"] - 1]
        if entry["code"] == "html-changed" and "iframe" in entry["message"]:
            assert "<iframe" in lines[entry["line"] - 1]


def test_translations_and_unpublished_posts(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    (src / "content/posts/bundle-post/index.fr.md").write_text(
        '---\ntitle: "Ouvrir nos données"\ndate: 2021-03-05\n---\nNotre parcours a commencé par un tableur.\n',
        encoding="utf-8",
    )
    (src / "content/posts/_index.fr.md").write_text("---\ntitle: Articles\n---\n", encoding="utf-8")
    (src / "content/posts/hidden.md").write_text(
        "---\ntitle: Hidden\ndate: 2020-01-01\npublished: false\n---\nNot yet.\n", encoding="utf-8"
    )
    into = tmp_path / "hub"
    assert run_cli("import", "hugo", str(src), "--into", str(into)).code == 0
    assert 'title: "Ouvrir nos données"' in story(into, "bundle-post-fr")
    assert "draft: true" in story(into, "hidden")
    assert "hidden" not in (into / "redirects.yml").read_text(encoding="utf-8")
    assert errors(into) == []


def test_blank_lines_above_front_matter_are_skipped_as_hugo_does(tmp_path: Path) -> None:
    src = source_tree(tmp_path, "hugo")
    (src / "content/posts/spaced.md").write_text(
        "\n\n---\ntitle: Spaced &amp; out\ndate: 2020-02-02\nsummary: 'A summary.'\n---\nBody.\n", encoding="utf-8"
    )
    into = tmp_path / "hub"
    assert run_cli("import", "hugo", str(src), "--into", str(into)).code == 0
    text = story(into, "spaced")
    assert 'title: "Spaced & out"' in text and 'summary: "A summary."' in text
    decoded = [
        e for e in report(into)["entries"] if e["file"] == "content/posts/spaced.md" and e["code"] == "entity-decoded"
    ]
    assert decoded[0]["line"] == 4  # the title's line, counted from the top of the file


def test_link_to_a_page_in_another_folder_is_not_sent_to_a_post_of_the_same_name(tmp_path: Path) -> None:
    # Digital.gov: {{< ref "/topics/mobile" >}} (a topic page, not imported) went to the story made from
    # content/communities/mobile.md, a different page that only shares its last name
    src = tmp_path / "src"
    (src / "content/communities").mkdir(parents=True)
    (src / "content/news").mkdir(parents=True)
    (src / "content/communities/mobile.md").write_text("---\ntitle: Mobile community\n---\nJoin us.\n",
                                                       encoding="utf-8")  # fmt: skip
    (src / "content/news/apps.md").write_text(
        '---\ntitle: Apps\ndate: 2014-08-01\n---\nSee [the mobile topic]({{< ref "/topics/mobile" >}}), '
        '[its page](/topics/mobile/) and [the community]({{< ref "communities/mobile.md" >}}).\n',
        encoding="utf-8",
    )
    into = tmp_path / "hub"
    assert run_cli("import", "hugo", str(src), "--into", str(into)).code == 0
    body = story(into, "apps").split("\n---\n", 1)[1]
    assert "[the community](../mobile/index.md)" in body  # its own path still finds it
    assert body.count("../mobile/") == 1, body
    assert errors(into) == []


def test_image_addressed_from_the_published_page_is_found_beside_the_post(tmp_path: Path) -> None:
    # kubernetes/contributor-site: ![](../map.png) in events/kcseu/social.md is read from the page's address
    # (/events/kcseu/social/ -> /events/kcseu/map.png), and a figure's site path names an older folder; both
    # files sit beside the post
    from PIL import Image

    src = tmp_path / "src"
    (src / "content/events/kcseu").mkdir(parents=True)
    (src / "content/blog/spotlight").mkdir(parents=True)
    (src / "content/events/kcseu/_index.md").write_text("---\ntitle: KCS EU\n---\n", encoding="utf-8")
    (src / "content/events/kcseu/social.md").write_text(
        "---\ntitle: Social\ndate: 2024-03-01\n---\nWalk there:\n\n![Walking directions](../map.png)\n",
        encoding="utf-8",
    )
    (src / "content/blog/spotlight/spotlight.md").write_text(
        '---\ntitle: Spotlight\ndate: 2026-01-02\n---\nThe booth.\n\n{{< figure src="/blog/2026/old-name/booth.jpg" '
        'alt="Our booth" >}}\n',
        encoding="utf-8",
    )
    Image.new("RGB", (40, 30), "green").save(src / "content/events/kcseu/map.png")
    Image.new("RGB", (40, 30), "blue").save(src / "content/blog/spotlight/booth.jpg")
    into = tmp_path / "hub"
    assert run_cli("import", "hugo", str(src), "--into", str(into)).code == 0
    assert "![Walking directions](map.png)" in story(into, "social")
    assert (into / "stories/social/map.png").is_file()
    assert "](booth.jpg)" in story(into, "spotlight") and (into / "stories/spotlight/booth.jpg").is_file()
    assert not [e for e in report(into)["entries"] if e["code"] == "image-missing"]
    assert errors(into) == []
