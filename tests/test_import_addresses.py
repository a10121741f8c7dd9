"""Former addresses read from where each engine keeps its permalink rules (issue 20, items 4, 6, 7).

Each test writes a small site in tmp_path and checks what users see: redirects.yml, links between
imported posts rewritten to story links, and the report's notes and entries.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.import_helpers import errors, report, story


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def redirects(into: Path) -> dict[str, str]:
    from snowball.redirects import load_redirects

    found, problems = load_redirects(into)
    assert problems == []
    return {r.source: r.target for r in found}


def imported(kind: str, src: Path, into: Path, *extra: str) -> str:
    result = run_cli("import", kind, str(src), "--into", str(into), *extra)
    assert result.code == 0, result.err
    assert errors(into) == []
    return result.out


POST = "---\ntitle: {title}\ndate: {date}\n---\n{body}\n"


def test_eleventy_directory_data_js_gives_the_real_addresses_and_links(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        ".eleventy.js": "module.exports = function () { return { dir: { input: '.', data: 'data' } } }\n",
        "content/posts/posts.11tydata.js": "const {DateTime} = require('luxon')\nmodule.exports = {\n"
        "  layout: 'post.html',\n  permalink: '/{{ page.date | toDatePath }}/{{ page.fileSlug }}/',\n"
        "  eleventyComputed: { x: ({page}) => page.date }\n}\n",
        "content/posts/2015-06-11-nepal.md": POST.format(title="Nepal", date="2015-06-11",
                                                         body='Read [the other]({{ "/2014/03/12/coming-soon/" | url }}).'),
        "content/posts/2014-03-12-coming-soon.md": POST.format(title="Coming soon", date="2014-03-12", body="Soon."),
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("jekyll", src, into)
    assert redirects(into) == {"2015/06/11/nepal/": "nepal", "2014/03/12/coming-soon/": "coming-soon"}
    assert "[the other](../coming-soon/index.md)" in story(into, "nepal")


def test_eleventy_json_data_front_matter_and_global_data(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "eleventy.config.js": "export default function () {}\n",
        "_data/site.json": '{"blog": "news"}',
        "posts/posts.11tydata.json": '{"permalink": "/{{ site.blog }}/{{ title | slugify }}/"}',
        "posts/first.md": POST.format(title="First Post!", date="2020-01-02", body="See [second](/2020/second/)."),
        "posts/second.md": "---\ntitle: Second\ndate: 2020-02-03\n"
        "permalink: \"/{{ page.date | date: '%Y' }}/{{ page.fileSlug }}/\"\n---\nBody.\n",
        "posts/hidden.md": "---\ntitle: Hidden\ndate: 2020-02-03\npermalink: false\n---\nBody.\n",
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("jekyll", src, into)
    assert redirects(into) == {"news/first-post/": "first", "2020/second/": "second"}
    assert "[second](../second/index.md)" in story(into, "first")
    assert any("permalink: false" in e["message"] for e in report(into)["entries"])


def test_eleventy_code_permalink_says_which_pattern_and_accepts_permalink_option(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        ".eleventy.js": "module.exports = {}\n",
        "posts/posts.11tydata.js": "module.exports = {\n  permalink: (data) => `/${data.page.fileSlug}/`,\n}\n",
        "posts/2021-01-01-one.md": POST.format(title="One", date="2021-01-01", body="One."),
    })  # fmt: skip
    out = imported("jekyll", src, tmp_path / "hub")
    assert "posts.11tydata.js" in out and "--permalink" in out and "/posts/2021-01-01-one/" in out
    assert redirects(tmp_path / "hub") == {"posts/2021-01-01-one/": "one"}  # Eleventy keeps the date in the path
    imported("jekyll", src, tmp_path / "hub2", "--permalink", "/:year/:slug/")
    assert redirects(tmp_path / "hub2") == {"2021/one/": "one"}


def test_jekyll_permalink_styles_defaults_and_categories(tmp_path: Path) -> None:
    files = {
        "_posts/2019-03-26-a-year.md": POST.format(title="A year", date="2019-03-26", body="See [b]({% post_url 2019-04-01-b %})."),
        "_posts/2019-04-01-b.md": "---\ntitle: B\ncategories: [news]\n---\nB.\n",
        "team/_posts/2019-05-01-c.md": POST.format(title="C", date="2019-05-01", body="C."),
    }  # fmt: skip
    for style, expected in {
        "pretty": {"2019/03/26/a-year/", "news/2019/04/01/b/", "team/2019/05/01/c/"},
        "none": {"a-year.html", "news/b.html", "team/c.html"},
        "/blog/:year/:title/": {"blog/2019/a-year/", "blog/2019/b/", "blog/2019/c/"},
    }.items():
        src = write(
            tmp_path / style.strip("/").replace("/", "-").replace(":", ""),
            {**files, "_config.yml": f"permalink: {style}\n"},
        )
        into = tmp_path / f"hub-{src.name}"
        imported("jekyll", src, into)
        assert set(redirects(into)) == expected, style
    src = write(tmp_path / "defaults", {**files, "_config.yml": "defaults:\n  - scope: {path: '', type: posts}\n"
                                        "    values: {permalink: '/archive/:slug/'}\n"})  # fmt: skip
    imported("jekyll", src, tmp_path / "hub-defaults")
    assert set(redirects(tmp_path / "hub-defaults")) == {"archive/a-year/", "archive/b/", "archive/c/"}


def test_hugo_content_dir_with_a_language_folder_applies_permalinks(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "hugo.yaml": "title: &t Site\ncontentDir: content/en\npermalinks:\n  blog: '/:section/:year/:month/:day/:slug/'\n"
        "languages:\n  en:\n    title: *t\n",
        "content/en/blog/_index.md": "---\ntitle: Blog\n---\n",
        "content/en/blog/2020/first.md": POST.format(title="First", date="2020-03-04",
                                                     body="See [second](/blog/2021/05/06/second/)."),
        "content/en/blog/second/index.md": POST.format(title="Second", date="2021-05-06", body="Two."),
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("hugo", src, into)
    assert redirects(into) == {"blog/2020/03/04/first/": "first", "blog/2021/05/06/second/": "second"}
    assert "[second](../second/index.md)" in story(into, "first")


def test_hugo_languages_with_their_own_content_dir(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "config.toml": 'defaultContentLanguage = "en"\n[permalinks]\nnews = "/:section/:slug/"\n'
        '[languages.en]\ncontentDir = "content/en"\n[languages.fr]\ncontentDir = "content/fr"\n'
        '[languages.fr.permalinks]\nnews = "/actualites/:slug/"\n',
        "content/en/news/hello.md": POST.format(title="Hello", date="2020-01-01", body="Hi."),
        "content/fr/news/bonjour.md": POST.format(title="Bonjour", date="2020-01-01", body="Salut."),
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("hugo", src, into)
    assert redirects(into) == {"news/hello/": "hello", "fr/actualites/bonjour/": "bonjour"}


def test_hugo_leaf_bundle_extra_markdown_is_a_resource_not_a_story(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "hugo.toml": 'title = "x"\n',
        "content/posts/bundle/index.md": POST.format(title="Bundle", date="2020-01-01", body="Main text."),
        "content/posts/bundle/notes.md": POST.format(title="Notes", date="2020-01-01", body="Resource text."),
        "content/posts/bundle/index.fr.md": POST.format(title="Paquet", date="2020-01-01", body="Texte."),
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("hugo", src, into)
    stories = {s["file"] for s in report(into)["stories"]}
    assert stories == {"content/posts/bundle/index.md", "content/posts/bundle/index.fr.md"}
    assert redirects(into) == {"posts/bundle/": "bundle", "fr/posts/bundle/": "bundle-fr"}  # Hugo's /fr/ prefix
    skipped = [e for e in report(into)["entries"] if e["file"] == "content/posts/bundle/notes.md"]
    assert skipped and skipped[0]["code"] == "skipped" and "page resource" in skipped[0]["message"]


def test_material_blog_reads_post_url_format_and_blog_dir(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "mkdocs.yml": "site_name: x\nplugins:\n  - search\n  - material/blog:\n      blog_dir: news\n"
        "      post_url_format: '{slug}'\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        "docs/news/posts/one.md": "---\ndate: 2024-01-02\n---\n# One\n\nSee [two](two.md).\n",
        "docs/news/posts/two.md": "---\ndate: 2024-02-03\n---\n# Two\n\nTwo.\n",
    })  # fmt: skip
    into = tmp_path / "hub"
    imported("material-blog", src, into)
    assert redirects(into) == {"news/one/": "one", "news/two/": "two"}


def test_hugo_without_configuration_reads_its_content_folder_only(tmp_path: Path) -> None:
    src = write(tmp_path / "site", {
        "LICENSE.md": "# License\n\nPublic domain.\n",
        "content/news/hello.md": POST.format(title="Hello", date="2020-01-01", body="Hi."),
    })  # fmt: skip
    into = tmp_path / "hub"
    out = imported("hugo", src, into)
    assert "No Hugo configuration" in out and "--site-root" in out
    assert {s["file"] for s in report(into)["stories"]} == {"content/news/hello.md"}
    assert redirects(into) == {"news/hello/": "hello"}
