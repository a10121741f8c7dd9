"""The story form on "Share your story", used as a champion would: keyboard only, in the built site, offline.

The file it produces must pass `snowball validate` unchanged in a copy of the hub; its live checks must say
what the validator says for the same mistake; its forge links must open the right file with the right text;
without JavaScript the page says so and links the written guide (contribute/guide/).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from snowball.contract import compose_body
from snowball.formdata import form_data, script_json
from snowball.hub import today
from snowball.scaffold import check_in_memory, render_story
from snowball.settings import Settings

from ..conftest import REPO, copy_hub, run_cli
from .conftest import DESKTOP, PHONE, Reader
from .test_accessibility import RUN_AXE, SERIOUS, describe

if TYPE_CHECKING:
    from playwright.sync_api import Route

pytestmark = pytest.mark.browser

CONTRIBUTE = "/contribute/"


def open_form(reader: Reader) -> None:
    page = reader.goto(CONTRIBUTE)
    page.wait_for_selector("#sb-story-form[data-ready='true']")


def tab_to(reader: Reader, selector: str, *, back: bool = False, limit: int = 80) -> None:
    """Press Tab (or Shift+Tab) until the element matching selector has the focus, as a keyboard user would."""
    page = reader.page
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {selector}")


def error_text(reader: Reader, field: str) -> str:
    slot = reader.page.locator(f"#sb-e-{field}")
    return slot.text_content() or "" if slot.is_visible() else ""


def test_a_champion_fills_the_form_by_keyboard_and_gets_a_valid_story(reader: Reader, tmp_path: Path) -> None:
    open_form(reader)
    page = reader.page
    page.locator("#sb-f-title").focus()  # where the form starts; everything after is keys
    keys = page.keyboard
    keys.type("Paperless loan files at Gull Point: 10 # less paper")
    tab_to(reader, "#sb-f-summary")
    keys.type("We scanned every new loan file and cut “paper” by a third.")
    tab_to(reader, "#sb-f-date")
    keys.type("12/03/2024")  # the mistake: an office date
    keys.press("Tab")
    assert "'date: 12/03/2024' is not a date in the form YYYY-MM-DD" in error_text(reader, "date")
    assert page.locator("#sb-f-date").get_attribute("aria-invalid") == "true"
    tab_to(reader, "#sb-f-date", back=True)
    keys.press("Control+A")
    keys.type("2024-03-12")
    keys.press("Tab")
    assert error_text(reader, "date") == ""
    tab_to(reader, "#sb-q-site")
    keys.type("gull")
    keys.press("Enter")
    tab_to(reader, "#sb-q-champions")
    keys.type("maren")
    keys.press("Enter")
    tab_to(reader, "#sb-q-practices")
    keys.type("paperless")
    keys.press("Enter")
    tab_to(reader, "#sb-q-tags")
    keys.type("paper")
    keys.press("Enter")
    expect(page.locator('#sb-l-tags input[value="paper"]')).to_be_checked()  # the lists load on first use
    tab_to(reader, "#sb-add-outcome")
    keys.press("Enter")  # focus moves to the new outcome's first box
    keys.type("Paper used per month")
    keys.press("Tab")
    keys.type("-38 %")
    tab_to(reader, "#sb-f-body-1")
    keys.type("Every new loan file goes to the document system.")
    tab_to(reader, "#sb-f-body-2")
    keys.type("Paper fell from **12,000** to 7,400 sheets a month.")
    tab_to(reader, "#sb-download")
    with page.expect_download() as download:
        keys.press("Enter")
    saved = Path(download.value.path()).read_text(encoding="utf-8")
    assert download.value.suggested_filename == "index.md"
    assert saved == page.locator("#sb-output").input_value()
    assert page.locator("#sb-form-problems").text_content() == ""

    values = page.evaluate("snowballForm.values()")
    assert values["site"] == "gull-point" and values["champions"] == ["maren-fjeld"]
    assert values["slug"] == "paperless-loan-files-at-gull-point-10-less-paper"
    assert saved == render_story(values)  # the one format `snowball new` writes

    hub = copy_hub(tmp_path / "hub")
    folder = hub / "stories" / values["slug"]
    folder.mkdir()
    (folder / "index.md").write_text(saved, encoding="utf-8")
    result = run_cli("--root", str(hub), "validate", f"stories/{values['slug']}")
    assert result.code == 0, result.out
    assert 'title: "Paperless loan files at Gull Point: 10 # less paper"' in saved


MISTAKES = [
    {"title": "x" * 130},
    {"summary": "We <b>loved</b> it"},
    {"title": "Bell\x07 rings"},
    {"summary": "Two\nlines"},
    {"date": "2024-02-30"},
    {"date": "2999-01-01"},
    {"date": "12/03/2024"},
    {"image": "hero.jpg"},
    {"image": "hero.gif", "image_alt": "A photo"},
    {"outcomes": [{"label": "Paper", "value": ""}]},
    {"outcomes": [{"label": "Paper", "value": "x" * 41}]},
    {"inspired_by": ["Not A Slug"]},
]

BASE = {
    "title": "Paperless at Gull Point",
    "summary": "Less paper.",
    "date": "2024-03-12",
    "site": "gull-point",
    "champions": ["maren-fjeld"],
    "practices": ["paperless-loan-files"],
    "tags": [],
    "stage": "adopted",
    "body": compose_body(["Scanning.", "Less paper.", "Start small."]),
}


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: repr(m)[:40])
def test_live_checks_say_what_the_validator_says(reader: Reader, mistake: dict) -> None:
    """Same input, same words: the form's message is the validator's (except for files not uploaded yet)."""
    open_form(reader)
    values = {**BASE, **mistake, "slug": "checked-story"}
    outcomes = [dict(o, _row="1") for o in values.get("outcomes", [])]
    form = reader.page.evaluate(
        "([v, today]) => snowballForm.check(v, today).map(p => p.message)",
        [{**values, "outcomes": outcomes}, today().isoformat()],
    )
    found = check_in_memory(REPO, "checked-story", render_story(values))
    validator = [d.message for d in found if d.severity == "error" and d.code not in ("missing-file", "image-type")]
    assert form, "the form found nothing"
    for message in validator:
        assert message in form, (message, form)


SAMPLE_REPO = "https://git.harbourline.example/sustainability/snowball"  # mkdocs.yml's repo_url


def published_from(repo: str, forge: str = "auto") -> Callable[[Route], None]:
    """The same built page, with the form's data as a hub whose repo_url is `repo` and whose snowball.yml says
    `forge:` would build it (the header link stays, so Material does not ask the forge's API for stars)."""

    def rewrite(route: Route) -> None:
        response = route.fetch()
        text = response.text()
        built = script_json(form_data(Settings(), repo_url=SAMPLE_REPO))
        assert built in text, "the page's form data is no longer what form_data gives the sample hub"
        body = text.replace(built, script_json(form_data(Settings(forge=forge), repo_url=repo)))
        route.fulfill(response=response, body=body)

    return rewrite


def test_forge_links_open_the_new_file_with_its_text(open_reader: Callable[..., Reader]) -> None:
    for repo, kind in (
        ("https://github.com/harbourline/snowball", "github"),
        ("https://gitlab.com/hl/snowball", "gitlab"),
    ):
        reader = open_reader()

        reader.page.route(f"{reader.origin}{CONTRIBUTE}", published_from(repo))
        open_form(reader)
        page = reader.page
        page.locator("#sb-f-title").fill("Repair café: the first year")
        link = page.locator("#sb-open-forge")
        assert link.is_visible()
        url = urlsplit(link.get_attribute("href") or "")
        query = parse_qs(url.query, keep_blank_values=True)
        text = page.locator("#sb-output").input_value()
        if kind == "github":
            assert (url.netloc, url.path) == ("github.com", "/harbourline/snowball/new/main")
            assert query == {"filename": ["stories/repair-cafe-the-first-year/index.md"], "value": [text]}
            assert link.text_content() == "Open in GitHub’s web editor"
        else:
            assert (url.netloc, url.path) == ("gitlab.com", "/hl/snowball/-/new/main")
            assert query == {"file_name": ["stories/repair-cafe-the-first-year/index.md"], "content": [text]}
        assert 'title: "Repair café: the first year"' in text
        # Not ready yet: following the link is refused with the list of what to fix, and nothing opens.
        link.press("Enter")
        assert "to fix first" in (page.locator("#sb-form-status").text_content() or "")
        assert page.locator("#sb-form-problems li").count() >= 3
        assert len(reader.context.pages) == 1


def test_the_hub_repository_without_a_known_forge_gets_plain_guidance(reader: Reader) -> None:
    open_form(reader)
    assert not reader.page.locator("#sb-open-forge").is_visible()
    help_text = reader.page.locator("#sb-forge-help").text_content() or ""
    link = reader.page.locator("#sb-forge-help a")
    assert link.get_attribute("href") == "https://git.harbourline.example/sustainability/snowball"
    assert link.text_content() == "the hub’s repository"
    assert help_text.startswith("Choose Download index.md, open the hub’s repository in your browser, choose Add file")


def test_a_gitea_hub_gets_the_button_with_its_new_file_page(reader: Reader) -> None:
    """forge: gitea in snowball.yml: the button opens Gitea's new-file page with the path named; Gitea takes no
    text in the address, so the help says to paste it."""
    reader.page.route(f"{reader.origin}{CONTRIBUTE}", published_from(SAMPLE_REPO, "gitea"))
    open_form(reader)
    page = reader.page
    page.locator("#sb-f-title").fill("Repair café: the first year")
    link = page.locator("#sb-open-forge")
    expect(link).to_be_visible()
    expect(link).to_have_text("Open in Gitea’s web editor")
    expect(link).to_have_attribute(
        "href", f"{SAMPLE_REPO}/_new/main/?filename=stories%2Frepair-cafe-the-first-year%2Findex.md"
    )
    expect(page.locator("#sb-forge-help")).to_have_text(
        "The editor opens with the file stories/repair-cafe-the-first-year/index.md named: choose Copy to "
        "clipboard and paste the text there, then save it on a new branch and open the pull request."
    )


def test_a_bitbucket_hub_opens_the_repository_on_the_branch(reader: Reader) -> None:
    repo = "https://bitbucket.harbourline.example/projects/SUS/repos/snowball"
    reader.page.route(f"{reader.origin}{CONTRIBUTE}", published_from(repo, "bitbucket-server"))
    open_form(reader)
    link = reader.page.locator("#sb-open-forge")
    expect(link).to_have_text("Open the repository in Bitbucket")
    expect(link).to_have_attribute("href", f"{repo}/browse?at=refs%2Fheads%2Fmain")
    expect(reader.page.locator("#sb-forge-help")).to_contain_text("create a new file there named stories/")


def test_the_status_line_follows_the_fixes_down_to_ready(reader: Reader) -> None:
    """Refused with problems, the status line counts them down as each is fixed, then says the story is ready."""
    open_form(reader)
    page = reader.page
    status = page.locator("#sb-form-status")

    def count_now() -> int:
        return page.evaluate("snowballForm.check(snowballForm.values()).length")

    page.locator("#sb-download").click()  # nothing filled in
    first = count_now()
    assert first >= 5
    expect(status).to_have_text(f"{first} things to fix first: see the list at the top of the form.")
    seen = [first]
    fixes = [
        lambda: page.locator("#sb-f-title").fill("Paperless at Gull Point"),  # names the folder too
        lambda: page.locator("#sb-f-summary").fill("Less paper."),
        lambda: page.locator("#sb-f-date").fill("2024-03-12"),
        lambda: page.locator('#sb-l-site input[value="gull-point"]').check(),
        lambda: page.locator('#sb-l-champions input[value="maren-fjeld"]').check(),
        lambda: page.locator('#sb-l-practices input[value="paperless-loan-files"]').check(),
    ]
    page.locator("#sb-q-site").focus()  # the pickers' lists load on first use
    expect(page.locator('#sb-l-site input[value="gull-point"]')).to_be_attached()
    for fix in fixes:
        fix()
        left = count_now()
        assert left < seen[-1], "a fix that fixed nothing"
        seen.append(left)
        if left:
            word = "thing" if left == 1 else "things"
            expect(status).to_have_text(f"{left} {word} to fix first: see the list at the top of the form.")
    assert seen[-1] == 0
    expect(status).to_have_text("Ready: nothing left to fix. Choose one of the buttons above.")
    expect(page.locator("#sb-form-problems")).to_have_text("")


@pytest.mark.parametrize(
    "text",
    ['He said "hi" \\ o/', "Café – 10 % “quoted”: #1", "tab\there", "bell\x07\x1b[31m", "line\u2028sep", "emoji 🐳"],
)
def test_the_form_writes_exactly_what_snowball_new_writes(reader: Reader, text: str) -> None:
    open_form(reader)
    values = {
        **BASE,
        "title": text,
        "summary": text,
        "tags": ["paper"],
        "outcomes": [{"label": text, "value": "1", "before": "", "after": "", "unit": "u"}],
        "inspired_by": ["an-older-story"],
        "image": "hero.jpg",
        "image_alt": text,
        "draft": True,
    }
    assert reader.page.evaluate("v => snowballForm.render(v, snowballForm.data.body_sections)", values) == render_story(
        values
    )
    sections = [text, "", "  two  \r\n lines "]
    assert reader.page.evaluate(
        "s => snowballForm.composeBody(s, snowballForm.data.body_sections)", sections
    ) == compose_body(sections)


@pytest.mark.parametrize("look", ["light-desktop", "dark-phone"])
def test_the_form_is_accessible_with_its_messages_showing(
    axe_script: Path, open_reader: Callable[..., Reader], look: str
) -> None:
    scheme, width = look.split("-")
    reader = open_reader(viewport=DESKTOP if width == "desktop" else PHONE, color_scheme=scheme)
    open_form(reader)
    page = reader.page
    page.locator("#sb-add-outcome").click()
    page.locator("#sb-download").click()  # nothing filled in: every message shows
    assert page.locator(".sb-form__error:visible").count() >= 5
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the form scrolls sideways"
    page.add_script_tag(path=str(axe_script))
    serious = [v for v in page.evaluate(RUN_AXE) if v["impact"] in SERIOUS]
    assert serious == [], describe(serious)


def test_without_javascript_the_share_page_says_what_to_do_and_links_the_guide(browser, site_url: str) -> None:
    """Without JavaScript the form cannot work: the page says so in plain words and links the written guide,
    which is the whole path by hand."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + CONTRIBUTE)
        assert not page.locator("#sb-story-form").is_visible()
        note = page.locator("#sb-form-nojs")
        expect(note).to_be_visible()
        expect(note).to_contain_text("The story form needs JavaScript, which is off in this browser.")
        expect(page.locator("#sb-guide-link")).to_be_hidden()  # one link to the guide, the note's
        note.get_by_role("link", name="the written guide").click()
        expect(page).to_have_url(site_url + CONTRIBUTE + "guide/")
        expect(page.get_by_role("heading", name="Step by step")).to_be_visible()
        expect(page.get_by_role("heading", name="What the validator's messages mean")).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_share_page_is_the_form_alone_with_a_link_to_the_guide(
    open_reader: Callable[..., Reader], viewport
) -> None:
    """The page was the form, then the whole guide (13,575 px on a desktop, 21,913 on a phone): now it ends
    where the form ends, and the guide is one clearly named link away."""
    reader = open_reader(viewport=viewport)
    open_form(reader)
    page = reader.page
    expect(page.locator("#sb-form-nojs")).to_be_hidden()
    link = page.get_by_role("link", name="Read the written guide")
    expect(link).to_be_visible()
    assert page.locator("article table").count() == 0
    assert page.get_by_role("heading", name="Step by step").count() == 0
    # Nothing of the page's own content below the form's last part ("Adding a photo", inside the form).
    form_bottom = page.evaluate("document.getElementById('sb-story-form').getBoundingClientRect().bottom")
    content_bottom = page.evaluate("document.querySelector('article').getBoundingClientRect().bottom")
    assert content_bottom - form_bottom < 100
    link.click()
    expect(page).to_have_url(reader.origin + CONTRIBUTE + "guide/")
    expect(page.get_by_role("link", name="Share your story").first).to_be_visible()


def test_the_forms_visible_labels_are_plain_words(reader: Reader) -> None:
    """'one id from registries/sites.yml', 'Slugs of earlier stories', 'Folder name (required)', 'its *slug*':
    none of the repository's words in what a champion reads first."""
    open_form(reader)
    page = reader.page
    texts = page.locator(
        "#sb-story-form label:visible, #sb-story-form legend:visible, #sb-story-form .sb-form__help:visible"
    ).all_inner_texts()
    assert len(texts) > 30
    for text in texts:
        lowered = text.lower()
        assert "registries/" not in lowered and "slug" not in lowered and ".yml" not in lowered, text
    for label in ("Which site?", "Who took part?", "Stories that inspired yours", "A short name for the folder"):
        assert any(t.startswith(label) for t in texts), label
    intro = page.locator("article > p").first.inner_text()
    assert "slug" not in intro.lower() and "stories/" not in intro


def test_pickers_filter_by_name_or_id_without_accents(reader: Reader) -> None:
    open_form(reader)
    page = reader.page
    page.locator("#sb-q-champions").focus()  # the list loads now (contribute/choices.json)
    page.keyboard.type("ines")
    visible = page.locator("#sb-l-champions li:visible")
    expect(visible).to_have_count(1)
    expect(visible).to_contain_text("Inês Carvalho")
    page.keyboard.press("Enter")
    expect(page.locator('#sb-l-champions input[value="ines-carvalho"]')).to_be_checked()
    assert page.evaluate("snowballForm.values().champions") == ["ines-carvalho"]
    page.keyboard.press("Control+A")
    page.keyboard.type("zzz")
    expect(page.locator("#sb-l-champions li:visible")).to_have_count(1)  # a picked champion stays in view
    page.keyboard.press("Control+A")
    page.keyboard.type("no-such-person-at-all")
    page.keyboard.press("Backspace")
    expect(page.locator("#sb-l-champions li:visible")).to_have_count(1)
