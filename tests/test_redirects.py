"""redirects.yml: checked like every other hub file, and the tiny page each redirect becomes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball.redirects import load_redirects, redirect_html
from tests.conftest import VALID_BODY, VALID_FRONT, Hub, copy_hub, mkdocs_bin, run_cli, run_process


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
    assert messages[5] == "'stories/berlin-paperless/' is an address the site itself uses: the story 'berlin-paperless'"
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


def test_redirect_page_keeps_the_fragment_and_works_without_script_and_is_not_indexed() -> None:
    page = redirect_html('../stories/a"b<c>/')
    # one line of script carries old/#results to the story's #results; nothing typed can close the script
    assert '<script>location.replace("../stories/a\\"b\\u003cc\\u003e/" + location.hash)</script>' in page
    assert page.count("<script") == 1 and page.index("<script") < page.index("http-equiv")
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


OWNED = [
    ("regions", "the list of regions"),
    ("regions/", "the list of regions"),
    ("Regions/", "the list of regions"),
    ("./regions//", "the list of regions"),
    ("%72egions", "the list of regions"),
    ("./", "the home page"),
    ("/", "the home page"),
    ("index.html", "the home page"),
    ("sitemap.xml", "the sitemap"),
    ("404.html", "the 'page not found' page"),
    ("assets/javascripts/x.js", "the theme's styles, scripts and images"),
    ("robots.txt", "the note to search engines (robots.txt)"),
    ("search", "the search index"),
    ("contribute/", "the contribution guide and story form"),
    ("sites", "the list of sites"),
    ("practices/old/", "the page of practice 'old'"),
    ("tags/", "the list of tags"),
    ("champions", "the list of champions"),
    ("stories/berlin-paperless/", "the story 'berlin-paperless'"),
    ("stories", "the story listing"),
    ("feeds/sites/berlin.xml", "the news feed of site 'berlin'"),
]


@pytest.mark.parametrize(
    "draft", ["draft: true  # not ready\n", "draft: TRUE\n", "draft:   True   \n", "draft: true # until May\n"]
)
def test_redirect_to_a_draft_is_refused_however_the_line_is_written(hub: Hub, draft: str) -> None:
    """A comment after 'draft: true' (as the front-matter reader allows) still makes the story a draft."""
    hub.story("berlin-draft", VALID_FRONT + draft)
    (hub.root / "redirects.yml").write_text("- from: old/\n  to: berlin-draft\n", encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert redirects == [] and "is a draft" in problems[0].message


@pytest.mark.parametrize(("old", "owner"), OWNED)
def test_an_address_the_site_writes_is_refused_naming_its_owner(hub: Hub, old: str, owner: str) -> None:
    """'from: regions' passed and the build died writing a file where the folder regions/ is (FileExistsError)."""
    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text(f"- from: {old!r}\n  to: berlin-paperless\n", encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert redirects == []
    assert [(p.line, p.field, p.message, p.hint) for p in problems] == [
        (
            1,
            "from",
            f"'{old}' is an address the site itself uses: {owner}",
            "remove this redirect; it would hide that page or stop the build",
        )
    ]


@given(st.sampled_from([o for o, _w in OWNED if o.strip("./")]), st.lists(st.sampled_from(["./", "/", ""]), max_size=3))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_spelling_an_owned_address_differently_does_not_get_past(hub: Hub, old: str, extra: list[str]) -> None:
    spelled = "".join(extra) + "".join(c.upper() if i % 2 else c for i, c in enumerate(old))
    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text(f"- from: {spelled!r}\n  to: berlin-paperless\n", encoding="utf-8")
    redirects, problems = load_redirects(hub.root)
    assert redirects == [] and len(problems) == 1 and "the site itself uses" in problems[0].message


def test_every_generated_section_is_owned() -> None:
    """The check reads the one table of addresses (urls._PATHS): a new section is refused without a new list."""
    from snowball.urls import _PATHS, owner

    for kind, (pattern, _words) in _PATHS.items():
        assert owner(pattern.format("x")) is not None, kind


def test_a_page_and_a_folder_of_two_redirects_cannot_share_a_name(hub: Hub) -> None:
    """'old' writes a file called old, 'old/2019/' a folder called old: the build could not write both."""
    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text(
        "- from: old\n  to: berlin-paperless\n- from: OLD/2019/\n  to: berlin-paperless\n"
        "- from: new/x/\n  to: berlin-paperless\n- from: new\n  to: berlin-paperless\n"
        "- from: same/\n  to: berlin-paperless\n- from: ./same/index.html\n  to: berlin-paperless\n",
        encoding="utf-8",
    )
    redirects, problems = load_redirects(hub.root)
    assert [r.source for r in redirects] == ["old", "new/x/", "same/"]
    assert [(p.line, p.message) for p in problems] == [
        (3, "'OLD/2019/' and the redirect on line 1 need the same name for a page and a folder"),
        (7, "'new' and the redirect on line 5 need the same name for a page and a folder"),
        (11, "'./same/index.html' is redirected twice (first on line 9)"),
    ]


def test_a_key_given_twice_is_an_error_not_the_last_one_kept(hub: Hub) -> None:
    hub.story("berlin-paperless")
    (hub.root / "redirects.yml").write_text(
        "- from: old/\n  to: berlin-paperless\n  from: stories/\n", encoding="utf-8"
    )
    redirects, problems = load_redirects(hub.root)
    assert redirects == []
    assert [(p.line, p.code, p.message) for p in problems] == [
        (3, "duplicate-key", "redirects.yml: 'from' is given twice (first on line 1)")
    ]


def test_the_build_refuses_an_owned_address_in_the_validators_words(tmp_path: Path) -> None:
    """validate and the strict build name the same line; neither shows a traceback."""
    root = copy_hub(tmp_path / "hub", stories=False)
    slug = "moved"
    front = VALID_FRONT.replace("site: berlin", "site: porto-harbour").replace("anna-schmidt", "ines-carvalho")
    front = front.replace("paperless-files", "paperless-loan-files").replace("tags: [paper]\n", "")
    (root / "stories" / slug).mkdir()
    (root / "stories" / slug / "index.md").write_text(f"---\n{front}---\n{VALID_BODY}", encoding="utf-8")
    (root / "redirects.yml").write_text(f"- from: regions\n  to: {slug}\n", encoding="utf-8")
    words = "[from] 'regions' is an address the site itself uses: the list of regions"
    checked = run_cli("--root", str(root), "validate")
    assert checked.code == 1 and f"redirects.yml:1: error {words}" in checked.out
    built = run_process(mkdocs_bin(), "build", "--strict", "-d", str(root / "site"), cwd=root, timeout=300)
    assert built.code == 1 and f"redirects.yml:1: {words}" in built.err, built.err
    assert "Traceback" not in built.err + built.out


def test_every_file_a_build_writes_has_an_owner(hub: Hub) -> None:
    """The table the check reads is complete: nothing the build writes is left for a redirect to take."""
    import shutil

    from snowball.urls import owner
    from tests.conftest import REPO

    for folder in ("hooks", "theme_overrides"):
        shutil.copytree(REPO / folder, hub.root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    hub.story("berlin-paperless")
    site = hub.root / "site"
    assert run_process(mkdocs_bin(), "build", "--strict", "-d", str(site), cwd=hub.root, timeout=300).code == 0
    written = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    assert len(written) > 20
    assert [w for w in written if owner(w) is None] == []
