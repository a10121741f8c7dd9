"""The contribution guide, generated from the contract and the registries so it can never drift."""

from __future__ import annotations

import html

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from .codes import CODES
from .contract import (
    DEFAULT_STAGE,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    OUTCOME_FIELDS,
    REGISTRY_FIELDS,
    REGISTRY_FILES,
    STAGES,
    Field,
    body_sections,
)
from .formdata import form_data, script_json
from .gate import language, tr
from .i18n import N_, SOURCE_LANGUAGE
from .model import Registries
from .settings import DEFAULT_SETTINGS, Settings, story_fields
from .urls import Urls, source_path, url_path

EXAMPLE_STORY = """\
---
title: "Paperless loan files at Porto Harbour"
summary: "We moved every new loan file to the document system and cut paper by a third in four months."
date: 2024-03-12
site: porto-harbour
champions: [ines-carvalho]
practices: [paperless-loan-files]
stage: adopted
tags: [paper, digital]
outcomes:
  - label: "Paper used per month"
    value: "-38 %"
    before: "12,000 sheets"
    after: "7,400 sheets"
inspired_by: [an-earlier-story-slug]
image: hero.jpg
image_alt: "Two colleagues scanning loan files at the counter"
---

## What we tried

...

## What happened

...

## What we would tell another site

...

## What got in the way

... (optional: practice pages list these, so the next site is ready for them)
"""


def _cell(text: object) -> str:
    return html.escape(str(text or ""), quote=False).replace("|", "\\|")


def _fields_table(fields: tuple[Field, ...], *, with_example: bool) -> list[str]:
    head = "| " + " | ".join([tr("Field"), tr("Required"), tr("What it holds")]) + " |"
    head += " " + tr("Example") + " |" if with_example else ""
    rule = "|---|---|---|" + ("---|" if with_example else "")
    rows = [head, rule]
    for f in fields:
        limit = " " + tr("At most %(n)s characters.", n=f.max_len) if f.max_len else ""
        example = (
            f" `{f.example.strip()}` |"
            if with_example and f.example and "\n" not in f.example
            else (" " + tr("see above") + " |" if with_example else "")
        )
        required = tr("yes") if f.required else tr("no")
        rows.append(f"| `{f.name}` | {required} | {_cell(tr(f.doc))}{limit} |{example}")
    return rows


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _help(fields: dict[str, Field], name: str, extra: str = "") -> str:
    """A field's hint in the form: the contract's plain words for champions (its `doc`, for editors, is the
    written guide's), with the hub's limit."""
    f = fields[name]
    limit = " " + tr("At most %(n)s characters.", n=f.max_len) if f.max_len else ""
    return f"{tr(f.hint or f.doc)}{limit}{extra}"


def _text_control(fields: dict[str, Field], name: str, *, area: bool = False, extra: str = "", after: str = "") -> str:
    """A text box labelled as the contract says, with its help and its (live) error slot, both tied to it for
    screen readers; `after` is more HTML for the same field (the inspired_by search)."""
    f = fields[name]
    label = tr(f.label) if f.label else f.name
    req = " required" if f.required else ""
    mark = _required_mark() if f.required else ""
    described = f"sb-h-{name} sb-e-{name}"
    attrs = f'id="sb-f-{name}" name="{name}" aria-describedby="{described}" autocomplete="off"{req}'
    control = f'<textarea {attrs} rows="3"></textarea>' if area else f'<input type="text" {attrs} spellcheck="true">'
    return (
        f'<div class="sb-form__field" data-field="{name}"><label for="sb-f-{name}">{_e(label)}{mark}</label>'
        f'<p class="sb-form__help" id="sb-h-{name}">{_e(_help(fields, name, extra))}</p>{control}'
        f'<p class="sb-form__error" id="sb-e-{name}" hidden></p>{after}</div>'
    )


def _picker(fields: dict[str, Field], name: str, count: int, noun: str, *, many: bool) -> str:
    """A type-to-filter list of checkboxes (many) or radio buttons (one): native controls, so keyboard,
    screen readers and phones need nothing special; the filter box only hides what does not match.

    The list arrives empty: the form fills it from the choices file (formdata.form_choices) when the
    champion first reaches the picker, so a hub with 1,250 champions does not weigh on the page."""
    f = fields[name]
    label = tr(f.label) if f.label else f.name
    mark = _required_mark() if f.required else ""
    return (
        f'<fieldset class="sb-form__field sb-picker" data-field="{name}" data-kind="{"checkbox" if many else "radio"}" '
        f'aria-describedby="sb-h-{name} sb-e-{name}">'
        f"<legend>{_e(label)}{mark}</legend>"
        f'<p class="sb-form__help" id="sb-h-{name}">{_e(_help(fields, name))}</p>'
        f'<label class="sb-picker__filter-label" for="sb-q-{name}">'
        + _e(tr("Search by name"))
        + ' <span class="sb-form__req">('
        + _e(tr("%(count)s in all", count=_count(count, noun)))
        + ")</span></label>"
        f'<input type="search" id="sb-q-{name}" class="sb-picker__filter" data-filter-for="{name}" '
        f'autocomplete="off" aria-controls="sb-l-{name}">'
        f'<ul class="sb-picker__list" id="sb-l-{name}" aria-busy="true"></ul>'
        f'<p class="sb-picker__note" id="sb-n-{name}" role="status">'
        + _e(tr("The list appears when you choose the search box."))
        + "</p>"
        '<p class="sb-picker__none" hidden>'
        + _e(
            tr(
                "Nothing matches, even with a letter or two changed: check the spelling, or clear the search box "
                "to see every choice."
            )
        )
        + "</p>"
        f'<p class="sb-form__error" id="sb-e-{name}" hidden></p></fieldset>'
    )


# How many entries a picker offers, per registry: whole phrases, since languages count differently.
_COUNTS = {
    "sites": (N_("%(n)s site"), N_("%(n)s sites")),
    "champions": (N_("%(n)s champion"), N_("%(n)s champions")),
    "practices": (N_("%(n)s practice"), N_("%(n)s practices")),
    "tags": (N_("%(n)s tag"), N_("%(n)s tags")),
}


def _required_mark() -> str:
    return ' <span class="sb-form__req">(' + _e(tr("required")) + ")</span>"


def _count(n: int, noun: str) -> str:
    """'1 site', '1,250 champions': noun is the registry."""
    one, many = _COUNTS[noun]
    return tr(one if n == 1 else many, n=_number(n))  # (marked one by one, so not through ngettext)


def _number(n: int) -> str:
    """n grouped as the hub's language writes it: "1,250" reads as one and a quarter in German ("1.250")."""
    try:
        locale = Locale.parse(language().replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(SOURCE_LANGUAGE)
    return format_decimal(n, locale=locale)


def _story_picker() -> str:
    """The inspired_by search: a combobox over the listing's story index, loaded when first typed in.

    ARIA's combobox with a list popup (aria-activedescendant, so focus stays in the box while the arrow
    keys move through the matches); choosing a story adds its folder name to the inspired_by box."""
    return (
        '<div class="sb-story-picker">'
        '<label class="sb-picker__filter-label" for="sb-q-inspired_by">'
        + _e(tr("Find an earlier story by its title or site"))
        + "</label>"
        '<p class="sb-form__help" id="sb-h-q-inspired_by">'
        + _e(
            tr(
                "Type a few letters, then pick a story from the list (arrow keys and Enter, or tap it) to add it "
                "above. Only stories dated on or before your story's date are offered."
            )
        )
        + "</p>"
        '<input type="text" id="sb-q-inspired_by" class="sb-story-picker__box" role="combobox" '
        'aria-autocomplete="list" aria-expanded="false" aria-controls="sb-l-inspired_by" '
        'aria-describedby="sb-h-q-inspired_by" autocomplete="off" spellcheck="false">'
        '<ul class="sb-story-picker__list" id="sb-l-inspired_by" role="listbox" aria-label="'
        + _e(tr("Earlier stories"))
        + '" '
        "hidden></ul>"
        '<p class="sb-picker__note" id="sb-n-inspired_by" role="status"></p>'
        "</div>"
    )


# The written guide's address from the Share page (raw HTML links: MkDocs does not rewrite them).
GUIDE_LINK = "guide/"
GUIDE_A = f'<a href="{GUIDE_LINK}">'  # a placeholder's value, outside the marked call: extraction skips f-strings
# The form's folder-name box: not a front-matter field, so not in the contract; plain words all the same.
SLUG_LABEL = N_("A short name for the folder, made for you")
SLUG_HINT = N_(
    "Made from your title; it becomes the end of your story's web address. You may shorten it: lowercase "
    "words joined by hyphens. For a title in another alphabet than Latin, Greek or Cyrillic, type it in "
    "Latin letters; `snowball new` and the checks propose one."
)

# The registries a story refers to: the field, the registry (also the kind of its index page), the kind of
# one entry's page, and what the field names.
_REFERENCES = (
    ("site", "sites", "site", N_("the site where it happened")),
    ("champions", "champions", "champion", N_("the people who led it")),
    ("practices", "practices", "practice", N_("the practices it adopted")),
    ("tags", "tags", "tag", N_("topics, from a fixed list")),
)
_REGISTRY_TITLES = {
    "sites": N_("Sites"),
    "practices": N_("Practices"),
    "champions": N_("Champions"),
    "tags": N_("Tags"),
}


def values_summary(reg: Registries) -> list[str]:
    """'Values you can use', in Markdown: one row per registry (how many, where to look ids up), never a
    row per entry, so the page stays the same size for 13 sites or 250 and 40 champions or 1,250."""
    at = Urls(url_path("contribute-guide"))
    rows = [tr("| Field | What it names | How many | Where to find the ids |"), "|---|---|---|---|"]
    for field, registry, kind, what in _REFERENCES:
        entries: dict[str, object] = getattr(reg, registry)
        # the page's source (../sites/index.md), which MkDocs resolves and writes as the page's address; a
        # folder link (../sites/) it cannot resolve, and it said so in every build's log
        where = tr(
            "[All %(registry)s](%(page)s), or `%(file)s` in the repository",
            registry=tr(_REGISTRY_TITLES[registry]).lower(),
            page=at.at(source_path(registry)),
            file=REGISTRY_FILES[registry],
        )
        if entries:
            example = min(entries)
            where += tr("; for example `%(id)s`, at `%(address)s`", id=example, address=url_path(kind, example))
        rows.append(f"| `{field}` | {_cell(tr(what))} | {_count(len(entries), registry)} | {where} |")
    return [
        "## " + tr("Values you can use"),
        "",
        tr(
            "`site`, `champions`, `practices` and `tags` take *ids* from the hub's registries: lowercase words "
            "joined by hyphens. The form on the Share page offers them by name (type a few letters in its search boxes). By "
            "hand, an id is the last part of the address of its page: a site's page is at `sites/<id>/`. "
            "`snowball new` offers them too, and `schema/story.draft-07.schema.json` lists them for editors that "
            "read it."
        ),
        "",
        *rows,
        "",
        tr(
            "A tag's older spellings, listed under `aliases` in its registry entry, are still accepted, with a "
            "warning that names the current one."
        ),
        "",
    ]


def story_form_html(
    reg: Registries,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    repo_url: str | None = None,
) -> str:
    """The story form: hidden until its script runs, so without JavaScript the page is the written guide.

    Its size does not depend on the hub: the pickers' values and the earlier stories are loaded on use."""
    fields = {f.name: f for f in story_fields(settings)}
    data = form_data(settings, repo_url=repo_url)
    stages = "".join(  # the values a story's file holds, as typed there: the contract's words, not translated
        f'<option value="{st}"{" selected" if st == DEFAULT_STAGE else ""}>{st}</option>' for st in STAGES
    )
    markdown = _e(tr("Markdown works here."))
    sections = "".join(
        f'<div class="sb-form__field" data-field="body-{i}"><label for="sb-f-body-{i}">{_e(heading)}</label>'
        f'<p class="sb-form__help" id="sb-h-body-{i}">{_e(prompt)} {markdown}</p>'
        f'<textarea id="sb-f-body-{i}" name="body-{i}" rows="5" aria-describedby="sb-h-body-{i}"></textarea></div>'
        for i, (heading, prompt, _optional) in enumerate(body_sections(), 1)
    )
    parts = [
        '<div class="sb-form-wrap" id="sb-story-form-wrap">',
        '<div class="sb-form-nojs" id="sb-form-nojs"><p><strong>'
        + _e(tr("The story form needs JavaScript, which is off in this browser."))
        + "</strong> "
        + tr(
            "You can still share your story: %(link)sthe written guide%(end)s shows how to write it by hand, step "
            "by step, and how to send it. Or write to the hub's editors: they will add it for you.",
            link=GUIDE_A,
            end="</a>",
        )
        + "</p></div>",
        # Shown with the form (by its script), so each page has one link to the guide: this or the note's.
        '<p class="sb-guide-link" id="sb-guide-link" hidden>'
        + tr(
            "Rather do it by hand, or want every rule? %(link)sRead the written guide%(end)s: step by step, what "
            "happens after you send your story, and what each check means.",
            link=GUIDE_A,
            end="</a>",
        )
        + "</p>",
        '<form class="sb-form" id="sb-story-form" hidden novalidate aria-labelledby="sb-form-title">',
        '<h2 id="sb-form-title">' + _e(tr("Write your story here")) + "</h2>",
        "<p>"
        + _e(
            tr(
                "Fill in the form: every box is checked as you type, with the same rules as the final check, and "
                "your story is written for you to send. Nothing leaves this page until you choose one of the "
                "buttons at the end."
            )
        )
        + "</p>",
        '<div class="sb-form__summary" id="sb-form-problems"></div>',  # announced through the status line on refusal
        _text_control(fields, "title"),
        _text_control(fields, "summary", area=True),
        _text_control(fields, "date", extra=" " + tr("Type it as year-month-day, for example 2024-03-12.")),
        _picker(fields, "site", len(reg.sites), "sites", many=False),
        _picker(fields, "champions", len(reg.champions), "champions", many=True),
        _picker(fields, "practices", len(reg.practices), "practices", many=True),
        f'<div class="sb-form__field" data-field="stage"><label for="sb-f-stage">{_e(tr(fields["stage"].label))}</label>'
        f'<p class="sb-form__help" id="sb-h-stage">{_e(_help(fields, "stage"))}</p>'
        f'<select id="sb-f-stage" name="stage" aria-describedby="sb-h-stage">{stages}</select></div>',
        _picker(fields, "tags", len(reg.tags), "tags", many=True),
        '<fieldset class="sb-form__field sb-outcomes-editor" data-field="outcomes" aria-describedby="sb-h-outcomes">'
        f"<legend>{_e(tr(fields['outcomes'].label))}"
        + (_required_mark() if fields["outcomes"].required else "")
        + "</legend>"
        f'<p class="sb-form__help" id="sb-h-outcomes">{_e(_help(fields, "outcomes"))}</p>'
        '<ol class="sb-outcomes-editor__list" id="sb-outcomes"></ol>'
        '<button type="button" class="md-button" id="sb-add-outcome">' + _e(tr("Add an outcome")) + "</button>"
        '<p class="sb-form__error" id="sb-e-outcomes" hidden></p></fieldset>',
        _text_control(fields, "inspired_by", after=_story_picker()),
        _text_control(fields, "image", extra=" " + tr("See 'Adding a photo' below.")),
        _text_control(fields, "image_alt"),
        '<div class="sb-form__field sb-form__check" data-field="draft"><label>'
        f'<input type="checkbox" id="sb-f-draft" name="draft" value="true"> {_e(tr(fields["draft"].label))}</label></div>',
        '<h3 id="sb-form-body">' + _e(tr("Your story")) + "</h3>",
        sections,
        f'<div class="sb-form__field" data-field="slug"><label for="sb-f-slug">{_e(tr(SLUG_LABEL))}'
        f"{_required_mark()}</label>"
        f'<p class="sb-form__help" id="sb-h-slug">{_e(tr(SLUG_HINT))}</p>'
        '<input type="text" id="sb-f-slug" name="slug" autocomplete="off" spellcheck="false" required '
        'aria-describedby="sb-h-slug sb-e-slug"><p class="sb-form__error" id="sb-e-slug" hidden></p></div>',
        '<h3 id="sb-form-result">' + _e(tr("Your story file")) + "</h3>",
        '<p id="sb-result-path">'
        + tr("It will be %(path)s.", path='<code id="sb-path">stories/…/index.md</code>')
        + "</p>",
        '<div class="sb-form__actions">',
        '<a class="md-button md-button--primary" id="sb-open-forge" target="_blank" rel="noopener noreferrer" '
        'aria-disabled="true" hidden>' + _e(tr("Open in the web editor")) + "</a>",
        '<button type="button" class="md-button" id="sb-download">' + _e(tr("Download index.md")) + "</button>",
        '<button type="button" class="md-button" id="sb-copy">' + _e(tr("Copy to clipboard")) + "</button>",
        "</div>",
        '<p class="sb-form__status" id="sb-form-status" role="status" aria-live="polite"></p>',
        '<p id="sb-forge-help" class="sb-muted"></p>',
        '<label for="sb-output" class="sb-form__output-label">'
        + tr("The text of %(file)s", file="<code>index.md</code>")
        + "</label>",
        '<textarea id="sb-output" class="sb-form__output" readonly rows="14" spellcheck="false"></textarea>',
        '<h3 id="sb-form-photo">' + _e(tr("Adding a photo")) + "</h3>",
        "<ol><li>"
        + tr(
            "Type the photo's file name (such as %(example)s) and a description above, so the story names it.",
            example="<code>hero.jpg</code>",
        )
        + "</li><li>"
        + tr(
            "Create %(file)s with %(button)s and save it on a new branch, as the editor proposes.",
            file="<code>index.md</code>",
            button="<em>" + _e(tr("Open in the web editor")) + "</em>",
        )
        + "</li><li>"
        + tr(
            "On that branch, open the story's folder, choose <em>Add file</em> → <em>Upload files</em>, and upload "
            "the photo with exactly that name (JPEG, PNG or WebP, at most %(mb)s MB). Take it from your camera "
            "or phone as it is: the site removes location data from the published copy.",
            mb=MAX_IMAGE_BYTES // (1024 * 1024),
        )
        + "</li><li>"
        + _e(tr("Open the pull request. Its checks tell you within minutes if anything is missing."))
        + "</li></ol>",
        "</form>",
        f'<script type="application/json" id="sb-form-data">{script_json(data)}</script>',
        "</div>",
    ]
    return "".join(parts)


def contribution_markdown(
    reg: Registries,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    repo_url: str | None = None,
) -> str:
    """The 'Share your story' page, in Markdown: a line on what to do, a link to the written guide, and the form.

    The form comes first and alone, so a champion is not sent past tables meant for editors; without
    JavaScript the page says so and links the written guide (guide_markdown). settings: the hub's
    snowball.yml (limits, required fields, the form's branch and forge). repo_url: mkdocs.yml's repository
    address, where "Open in the web editor" goes (none: no button). Its size does not grow with the hub.
    """
    return "\n".join(
        [
            "# " + tr("Share your story"),
            "",
            tr("Tell the other sites what your site tried and what happened, so that they can try it too."),
            "",
            story_form_html(reg, settings, repo_url=repo_url),
            "",
        ]
    )


def guide_markdown(reg: Registries, settings: Settings = DEFAULT_SETTINGS) -> str:
    """The written guide (contribute/guide/): everything the form does, by hand, and every rule the checks
    apply, with the field tables, the registries and the validator's messages, for champions without the
    form and for editors. Registries are summarised (values_summary), not listed, so it does not grow."""
    out = [
        "# " + tr("Share your story: the written guide"),
        "",
        tr("Everything the form on [Share your story](../index.md) does, by hand, and every rule the checks apply."),
        "",
        tr(
            "A story is one folder in `stories/`, holding `index.md` and its images. Its folder name (its *slug*) "
            "becomes its address: `stories/porto-paperless-loan-files/` is published at "
            "`/stories/porto-paperless-loan-files/`."
        ),
        "",
        "## " + tr("Step by step"),
        "",
        tr("[The form on the Share page](../index.md) does steps 1 to 4 for you. By hand:"),
        "",
        tr("1. Start the story, in the browser or on your computer:"),
        tr(
            "    - **In the browser**, nothing to install: in the hub's repository choose *Add file*, name the new file "
            "`stories/<slug>/index.md` (the slug is a few lowercase words joined by hyphens, such as "
            "`porto-paperless-loan-files`), paste the example below and replace its values with yours."
        ),
        tr(
            "    - **On your computer**, in a copy of the repository: `make serve` installs the tools and previews the "
            "hub at http://127.0.0.1:8000; then `.venv/bin/snowball new` asks for the title, summary, site, "
            "champions, practices and tags, offers the values listed below, asks for a few sentences under each "
            "heading, and writes a valid "
            "`stories/<slug>/index.md`."
        ),
        tr(
            "2. Write the story under its headings: what you tried, what happened (with numbers), what you "
            "would tell another site, and (optional) what got in the way, which the practice's page lists for the "
            "next site. Add `outcomes` for the figures you measured and `inspired_by` for the stories "
            "you learned from. Only planning to try a practice? Write it as `stage: idea`: it shows as *about to "
            "try* on the practice's and your site's pages, needs no outcomes and counts as no adoption. An idea may "
            "propose a practice the registry lacks: add its entry to `registries/practices.yml` with "
            "`status: proposed` in the same pull request; editors accept it by removing that line."
        ),
        tr(
            "3. Optionally add a photo beside `index.md` (JPEG, PNG or WebP, at most %(mb)s MB and %(megapixels)s megapixels) and name it in `image`, with an `image_alt` that describes it for people who cannot see it.",
            mb=MAX_IMAGE_BYTES // (1024 * 1024),
            megapixels=MAX_IMAGE_PIXELS // 1_000_000,
        ),
        tr(
            "4. On your computer, check it with `.venv/bin/snowball validate stories/<slug>`: every message names the "
            "line, what is wrong and how to fix it. (In the browser, the pull request's checks do this for you.)"
        ),
        tr("5. Commit to a new branch and open a pull request; its description is a short checklist to tick."),
        "",
        "## " + tr("After you open the pull request"),
        "",
        tr("Within a few minutes the automatic checks report back:"),
        "",
        tr(
            "- **Check the changed stories** checks the whole hub. Each problem in the files your pull request "
            "changes is marked on its line in the *Files changed* tab, with what is wrong and how to fix it; a "
            "problem your change causes elsewhere (renaming a story another story names, for instance) fails the "
            "check too and is listed in the check's summary, which lists every problem when there are more than "
            "GitHub marks. Push a fix to the same branch and the checks run again. The summary also shows your "
            "story's card and the site, practice, tag and champion pages it will appear on."
        ),
        tr(
            "- **Build the site** builds the whole hub exactly as it will be published. Reviewers (and you) can "
            "download it as *site-preview* from the check's page."
        ),
        tr(
            "- A change outside `stories/` gets a warning (`outside-stories`): a registry entry needs an editor's "
            "review, configuration or code a maintainer's."
        ),
        "",
        tr(
            "When a reviewer approves and merges it, the site is rebuilt and your story is published, unless it is a "
            "draft."
        ),
        "",
        "## " + tr("Checking in your editor"),
        "",
        tr(
            "In VS Code, open the repository's folder and run *Terminal > Run Build Task* (Ctrl+Shift+B): the task "
            "*Snowball: check stories* runs the validator and lists each problem in the *Problems* panel, on its "
            "file and line (run `make runtime` once first). `schema/story.draft-07.schema.json` describes the "
            "front matter, with the allowed sites, champions, practices and tags, for editors that read it."
        ),
        "",
        "## " + tr("A complete example"),
        "",
        "```yaml",
        EXAMPLE_STORY.rstrip("\n"),
        "```",
        "",
        tr("Quote every text value: unquoted, YAML reads `no` as false, `1.10` as 1.1 and `01234` as 668."),
        "",
        "## " + tr("The fields"),
        "",
        *_fields_table(story_fields(settings), with_example=True),
        "",
        tr("Each outcome has:"),
        "",
        *_fields_table(OUTCOME_FIELDS, with_example=True),
        "",
        *values_summary(reg),
        "## " + tr("Adding a site, practice, champion or tag"),
        "",
        tr("Editors keep four registries. Add an entry in a pull request; an editor reviews it."),
        "",
    ]
    for name, fields in REGISTRY_FIELDS.items():
        out += [
            f"### {tr(_REGISTRY_TITLES[name])}: `{REGISTRY_FILES[name]}`",
            "",
            *_fields_table(fields, with_example=False),
            "",
        ]
    out += [
        "## " + tr("What the validator's messages mean"),
        "",
        tr("| Code | Meaning |"),
        "|---|---|",
        *(f"| `{code}` | {_cell(tr(text))} |" for code, text in CODES.items()),
        "",
    ]
    return "\n".join(out)
