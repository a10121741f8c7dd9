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


def _eleventy_site(tmp_path: Path, body: str, front: str = "") -> Path:
    """A small Eleventy site (as 18F's is laid out): .eleventy.js, content/posts/, assets/ with real images."""
    from PIL import Image

    src = tmp_path / "src"
    (src / "content/posts").mkdir(parents=True)
    (src / "assets/blog").mkdir(parents=True)
    (src / ".eleventy.js").write_text("module.exports = function (config) { return {} }\n", encoding="utf-8")
    Image.new("RGB", (40, 30), "green").save(src / "assets/blog/form.png")
    Image.new("RGB", (40, 30), "blue").save(src / "assets/blog/team.png")
    Image.new("RGB", (40, 30), "red").save(src / "assets/blog/chart.jpg", format="PNG")  # PNG data named .jpg
    post = f"---\ntitle: A post\ndate: 2018-04-05\n{front}---\nSome text.\n\n{body}\n"
    (src / "content/posts/2018-04-05-a-post.md").write_text(post, encoding="utf-8")
    return src


def test_eleventy_image_shortcode_with_extra_arguments_keeps_the_image_and_its_alt(tmp_path: Path) -> None:
    # 18F's {% image_with_class src class alt %}: 72 images were removed as "no equivalent"
    src = _eleventy_site(
        tmp_path, '{% image_with_class "assets/blog/form.png" "image-shadowed" "A form in three parts" %}'
    )
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    assert "![A form in three parts](form.png)" in story(into, "a-post")
    assert (into / "stories/a-post/form.png").is_file()
    assert errors(into) == []


def test_eleventy_front_matter_variable_in_a_post_is_its_value(tmp_path: Path) -> None:
    # Nunjucks sees front matter as top-level names: <img src="{{ image }}"> is the post's own image field
    src = _eleventy_site(tmp_path, '<img class="pquote-img" src="{{ image }}" alt="Team photo">',
                         front="image: /assets/blog/team.png\n")  # fmt: skip
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    text = story(into, "a-post")
    assert "{{" not in text.split("\n---\n", 1)[1] and "team.png" in text.split("\n---\n", 1)[1]
    assert (into / "stories/a-post/team.png").is_file()
    assert not any("(no source)" in e["message"] for e in report(into)["entries"])
    assert errors(into) == []


def test_image_whose_name_has_the_wrong_extension_is_copied_under_the_right_one(tmp_path: Path) -> None:
    # 10 of 18F's images are PNG data named .jpg (or the reverse): copy them renamed, and say so
    src = _eleventy_site(tmp_path, "![A chart](/assets/blog/chart.jpg)")
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    assert "![A chart](chart.png)" in story(into, "a-post")
    assert (into / "stories/a-post/chart.png").is_file()
    copied = [e["message"] for e in report(into)["entries"] if e["code"] == "image-copied"]
    assert any("chart.png" in m and "PNG" in m for m in copied), copied
    assert errors(into) == []


def test_an_image_refused_for_its_kind_is_reported_once_and_not_as_missing(tmp_path: Path) -> None:
    # 18F: every .gif and .svg got a second line "is not in the source", which it was (47 false lines)
    src = _eleventy_site(tmp_path, "![A diagram](/assets/blog/diagram.svg)")
    (src / "assets/blog/diagram.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    into = tmp_path / "hub"
    assert run_cli("import", "jekyll", str(src), "--into", str(into)).code == 0
    said = [e["message"] for e in report(into)["entries"] if e["code"] == "image-missing"]
    assert len(said) == 1 and ".svg file" in said[0], said
    assert "*Image: A diagram*" in story(into, "a-post")
