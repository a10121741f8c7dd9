"""The contribution guide, generated from the contract and the registries so it can never drift."""

from __future__ import annotations

import html

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
)
from .formdata import form_data, script_json
from .model import Registries
from .scaffold import BODY_SECTIONS
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
"""


def _cell(text: object) -> str:
    return html.escape(str(text or ""), quote=False).replace("|", "\\|")


def _fields_table(fields: tuple[Field, ...], *, with_example: bool) -> list[str]:
    head = "| Field | Required | What it holds |" + (" Example |" if with_example else "")
    rule = "|---|---|---|" + ("---|" if with_example else "")
    rows = [head, rule]
    for f in fields:
        limit = f" At most {f.max_len} characters." if f.max_len else ""
        example = (
            f" `{f.example.strip()}` |"
            if with_example and f.example and "\n" not in f.example
            else (" see above |" if with_example else "")
        )
        rows.append(f"| `{f.name}` | {'yes' if f.required else 'no'} | {_cell(f.doc)}{limit} |{example}")
    return rows


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _help(fields: dict[str, Field], name: str, extra: str = "") -> str:
    """A field's hint in the form: the contract's plain words for champions (its `doc`, for editors, is the
    written guide's), with the hub's limit."""
    f = fields[name]
    limit = f" At most {f.max_len} characters." if f.max_len else ""
    return f"{f.hint or f.doc}{limit}{extra}"


def _text_control(fields: dict[str, Field], name: str, *, area: bool = False, extra: str = "", after: str = "") -> str:
    """A text box labelled as the contract says, with its help and its (live) error slot, both tied to it for
    screen readers; `after` is more HTML for the same field (the inspired_by search)."""
    f = fields[name]
    label = f.label or f.name
    req = " required" if f.required else ""
    mark = ' <span class="sb-form__req">(required)</span>' if f.required else ""
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
    label = f.label or f.name
    mark = ' <span class="sb-form__req">(required)</span>' if f.required else ""
    return (
        f'<fieldset class="sb-form__field sb-picker" data-field="{name}" data-kind="{"checkbox" if many else "radio"}" '
        f'aria-describedby="sb-h-{name} sb-e-{name}">'
        f"<legend>{_e(label)}{mark}</legend>"
        f'<p class="sb-form__help" id="sb-h-{name}">{_e(_help(fields, name))}</p>'
        f'<label class="sb-picker__filter-label" for="sb-q-{name}">Search by name '
        f'<span class="sb-form__req">({_e(_count(count, noun))} in all)</span></label>'
        f'<input type="search" id="sb-q-{name}" class="sb-picker__filter" data-filter-for="{name}" '
        f'autocomplete="off" aria-controls="sb-l-{name}">'
        f'<ul class="sb-picker__list" id="sb-l-{name}" aria-busy="true"></ul>'
        f'<p class="sb-picker__note" id="sb-n-{name}" role="status">The list appears when you choose the search '
        "box.</p>"
        '<p class="sb-picker__none" hidden>Nothing matches, even with a letter or two changed: check the '
        "spelling, or clear the search box to see every choice.</p>"
        f'<p class="sb-form__error" id="sb-e-{name}" hidden></p></fieldset>'
    )


def _count(n: int, noun: str) -> str:
    """'1 site', '1,250 champions': noun is the plural; registries' nouns take an -s."""
    return f"{n:,} {noun[:-1] if n == 1 and noun.endswith('s') else noun}"


def _story_picker() -> str:
    """The inspired_by search: a combobox over the listing's story index, loaded when first typed in.

    ARIA's combobox with a list popup (aria-activedescendant, so focus stays in the box while the arrow
    keys move through the matches); choosing a story adds its folder name to the inspired_by box."""
    return (
        '<div class="sb-story-picker">'
        '<label class="sb-picker__filter-label" for="sb-q-inspired_by">Find an earlier story by its title or '
        "site</label>"
        '<p class="sb-form__help" id="sb-h-q-inspired_by">Type a few letters, then pick a story from the list '
        "(arrow keys and Enter, or tap it) to add it above. Only stories dated on or before your story's date "
        "are offered.</p>"
        '<input type="text" id="sb-q-inspired_by" class="sb-story-picker__box" role="combobox" '
        'aria-autocomplete="list" aria-expanded="false" aria-controls="sb-l-inspired_by" '
        'aria-describedby="sb-h-q-inspired_by" autocomplete="off" spellcheck="false">'
        '<ul class="sb-story-picker__list" id="sb-l-inspired_by" role="listbox" aria-label="Earlier stories" '
        "hidden></ul>"
        '<p class="sb-picker__note" id="sb-n-inspired_by" role="status"></p>'
        "</div>"
    )


# The written guide's address from the Share page (raw HTML links: MkDocs does not rewrite them).
GUIDE_LINK = "guide/"
# The form's folder-name box: not a front-matter field, so not in the contract; plain words all the same.
SLUG_LABEL = "A short name for the folder, made for you"
SLUG_HINT = (
    "Made from your title; it becomes the end of your story's web address. You may shorten it: lowercase "
    "words joined by hyphens."
)

# The registries a story refers to: the field, the registry (also the kind of its index page), the kind of
# one entry's page, and what the field names.
_REFERENCES = (
    ("site", "sites", "site", "the site where it happened"),
    ("champions", "champions", "champion", "the people who led it"),
    ("practices", "practices", "practice", "the practices it adopted"),
    ("tags", "tags", "tag", "topics, from a fixed list"),
)


def values_summary(reg: Registries) -> list[str]:
    """'Values you can use', in Markdown: one row per registry (how many, where to look ids up), never a
    row per entry, so the page stays the same size for 13 sites or 250 and 40 champions or 1,250."""
    at = Urls(url_path("contribute-guide"))
    rows = ["| Field | What it names | How many | Where to find the ids |", "|---|---|---|---|"]
    for field, registry, kind, what in _REFERENCES:
        entries: dict[str, object] = getattr(reg, registry)
        # the page's source (../sites/index.md), which MkDocs resolves and writes as the page's address; a
        # folder link (../sites/) it cannot resolve, and it said so in every build's log
        where = f"[All {registry}]({at.at(source_path(registry))}), or `{REGISTRY_FILES[registry]}` in the repository"
        if entries:
            example = min(entries)
            where += f"; for example `{example}`, at `{url_path(kind, example)}`"
        rows.append(f"| `{field}` | {_cell(what)} | {_count(len(entries), registry)} | {where} |")
    return [
        "## Values you can use",
        "",
        "`site`, `champions`, `practices` and `tags` take *ids* from the hub's registries: lowercase words "
        "joined by hyphens. The form on the Share page offers them by name (type a few letters in its search boxes). By "
        "hand, an id is the last part of the address of its page: a site's page is at `sites/<id>/`. "
        "`snowball new` offers them too, and `schema/story.draft-07.schema.json` lists them for editors that "
        "read it.",
        "",
        *rows,
        "",
        "A tag's older spellings, listed under `aliases` in its registry entry, are still accepted, with a "
        "warning that names the current one.",
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
    stages = "".join(f'<option value="{st}"{" selected" if st == DEFAULT_STAGE else ""}>{st}</option>' for st in STAGES)
    sections = "".join(
        f'<div class="sb-form__field" data-field="body-{i}"><label for="sb-f-body-{i}">{_e(heading)}</label>'
        f'<p class="sb-form__help" id="sb-h-body-{i}">{_e(prompt)} Markdown works here.</p>'
        f'<textarea id="sb-f-body-{i}" name="body-{i}" rows="5" aria-describedby="sb-h-body-{i}"></textarea></div>'
        for i, (heading, prompt) in enumerate(BODY_SECTIONS, 1)
    )
    parts = [
        '<div class="sb-form-wrap" id="sb-story-form-wrap">',
        '<div class="sb-form-nojs" id="sb-form-nojs"><p><strong>The story form needs JavaScript, which is off in '
        "this browser.</strong> You can still share your story: "
        f'<a href="{GUIDE_LINK}">the written guide</a> shows how to write it by hand, step by step, and how to '
        "send it. Or write to the hub's editors: they will add it for you.</p></div>",
        # Shown with the form (by its script), so each page has one link to the guide: this or the note's.
        f'<p class="sb-guide-link" id="sb-guide-link" hidden>Rather do it by hand, or want every rule? <a '
        f'href="{GUIDE_LINK}">Read the written guide</a>: step by step, what happens after you send your story, '
        "and what each check means.</p>",
        '<form class="sb-form" id="sb-story-form" hidden novalidate aria-labelledby="sb-form-title">',
        '<h2 id="sb-form-title">Write your story here</h2>',
        "<p>Fill in the form: every box is checked as you type, with the same rules as the final check, and your "
        "story is written for you to send. Nothing leaves this page until you choose one of the buttons at the "
        "end.</p>",
        '<div class="sb-form__summary" id="sb-form-problems"></div>',  # announced through the status line on refusal
        _text_control(fields, "title"),
        _text_control(fields, "summary", area=True),
        _text_control(fields, "date", extra=" Type it as year-month-day, for example 2024-03-12."),
        _picker(fields, "site", len(reg.sites), "sites", many=False),
        _picker(fields, "champions", len(reg.champions), "champions", many=True),
        _picker(fields, "practices", len(reg.practices), "practices", many=True),
        f'<div class="sb-form__field" data-field="stage"><label for="sb-f-stage">{_e(fields["stage"].label)}</label>'
        f'<p class="sb-form__help" id="sb-h-stage">{_e(_help(fields, "stage"))}</p>'
        f'<select id="sb-f-stage" name="stage" aria-describedby="sb-h-stage">{stages}</select></div>',
        _picker(fields, "tags", len(reg.tags), "tags", many=True),
        '<fieldset class="sb-form__field sb-outcomes-editor" data-field="outcomes" aria-describedby="sb-h-outcomes">'
        f"<legend>{_e(fields['outcomes'].label)}"
        + (' <span class="sb-form__req">(required)</span>' if fields["outcomes"].required else "")
        + "</legend>"
        f'<p class="sb-form__help" id="sb-h-outcomes">{_e(_help(fields, "outcomes"))}</p>'
        '<ol class="sb-outcomes-editor__list" id="sb-outcomes"></ol>'
        '<button type="button" class="md-button" id="sb-add-outcome">Add an outcome</button>'
        '<p class="sb-form__error" id="sb-e-outcomes" hidden></p></fieldset>',
        _text_control(fields, "inspired_by", after=_story_picker()),
        _text_control(fields, "image", extra=" See 'Adding a photo' below."),
        _text_control(fields, "image_alt"),
        '<div class="sb-form__field sb-form__check" data-field="draft"><label>'
        f'<input type="checkbox" id="sb-f-draft" name="draft" value="true"> {_e(fields["draft"].label)}</label></div>',
        '<h3 id="sb-form-body">Your story</h3>',
        sections,
        f'<div class="sb-form__field" data-field="slug"><label for="sb-f-slug">{_e(SLUG_LABEL)} '
        '<span class="sb-form__req">(required)</span></label>'
        f'<p class="sb-form__help" id="sb-h-slug">{_e(SLUG_HINT)}</p>'
        '<input type="text" id="sb-f-slug" name="slug" autocomplete="off" spellcheck="false" required '
        'aria-describedby="sb-h-slug sb-e-slug"><p class="sb-form__error" id="sb-e-slug" hidden></p></div>',
        '<h3 id="sb-form-result">Your story file</h3>',
        '<p id="sb-result-path">It will be <code id="sb-path">stories/…/index.md</code>.</p>',
        '<div class="sb-form__actions">',
        '<a class="md-button md-button--primary" id="sb-open-forge" target="_blank" rel="noopener noreferrer" '
        'aria-disabled="true" hidden>Open in the web editor</a>',
        '<button type="button" class="md-button" id="sb-download">Download index.md</button>',
        '<button type="button" class="md-button" id="sb-copy">Copy to clipboard</button>',
        "</div>",
        '<p class="sb-form__status" id="sb-form-status" role="status" aria-live="polite"></p>',
        '<p id="sb-forge-help" class="sb-muted"></p>',
        '<label for="sb-output" class="sb-form__output-label">The text of <code>index.md</code></label>',
        '<textarea id="sb-output" class="sb-form__output" readonly rows="14" spellcheck="false"></textarea>',
        '<h3 id="sb-form-photo">Adding a photo</h3>',
        "<ol><li>Type the photo's file name (such as <code>hero.jpg</code>) and a description above, so the "
        "story names it.</li>"
        "<li>Create <code>index.md</code> with <em>Open in the web editor</em> and save it on a new branch, as "
        "the editor proposes.</li>"
        "<li>On that branch, open the story's folder, choose <em>Add file</em> → <em>Upload files</em>, and "
        "upload the photo with exactly that name (JPEG, PNG or WebP, at most "
        f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB). Take it from your camera or phone as it is: the site "
        "removes location data from the published copy.</li>"
        "<li>Open the pull request. Its checks tell you within minutes if anything is missing.</li></ol>",
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
            "# Share your story",
            "",
            "Tell the other sites what your site tried and what happened, so that they can try it too.",
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
        "# Share your story: the written guide",
        "",
        "Everything the form on [Share your story](../index.md) does, by hand, and every rule the checks apply.",
        "",
        "A story is one folder in `stories/`, holding `index.md` and its images. Its folder name (its *slug*) "
        "becomes its address: `stories/porto-paperless-loan-files/` is published at "
        "`/stories/porto-paperless-loan-files/`.",
        "",
        "## Step by step",
        "",
        "[The form on the Share page](../index.md) does steps 1 to 4 for you. By hand:",
        "",
        "1. Start the story, in the browser or on your computer:",
        "    - **In the browser**, nothing to install: in the hub's repository choose *Add file*, name the new file "
        "`stories/<slug>/index.md` (the slug is a few lowercase words joined by hyphens, such as "
        "`porto-paperless-loan-files`), paste the example below and replace its values with yours.",
        "    - **On your computer**, in a copy of the repository: `make serve` installs the tools and previews the "
        "hub at http://127.0.0.1:8000; then `.venv/bin/snowball new` asks for the title, summary, site, "
        "champions, practices and tags, offers the values listed below, asks for a few sentences under each "
        "heading, and writes a valid "
        "`stories/<slug>/index.md`.",
        "2. Write the story under its three headings: what you tried, what happened (with numbers), what you "
        "would tell another site. Add `outcomes` for the figures you measured and `inspired_by` for the stories "
        "you learned from.",
        "3. Optionally add a photo beside `index.md` (JPEG, PNG or WebP, at most "
        f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB and {MAX_IMAGE_PIXELS // 1_000_000} megapixels) and name it in "
        "`image`, with an `image_alt` that describes it for people who cannot see it.",
        "4. On your computer, check it with `.venv/bin/snowball validate stories/<slug>`: every message names the "
        "line, what is wrong and how to fix it. (In the browser, the pull request's checks do this for you.)",
        "5. Commit to a new branch and open a pull request; its description is a short checklist to tick.",
        "",
        "## After you open the pull request",
        "",
        "Within a few minutes the automatic checks report back:",
        "",
        "- **Check the changed stories** checks the whole hub. Each problem in the files your pull request "
        "changes is marked on its line in the *Files changed* tab, with what is wrong and how to fix it; a "
        "problem your change causes elsewhere (renaming a story another story names, for instance) fails the "
        "check too and is listed in the check's summary, which lists every problem when there are more than "
        "GitHub marks. Push a fix to the same branch and the checks run again. The summary also shows your "
        "story's card and the site, practice, tag and champion pages it will appear on.",
        "- **Build the site** builds the whole hub exactly as it will be published. Reviewers (and you) can "
        "download it as *site-preview* from the check's page.",
        "- A change outside `stories/` gets a warning (`outside-stories`): a registry entry needs an editor's "
        "review, configuration or code a maintainer's.",
        "",
        "When a reviewer approves and merges it, the site is rebuilt and your story is published, unless it is a "
        "draft.",
        "",
        "## Checking in your editor",
        "",
        "In VS Code, open the repository's folder and run *Terminal > Run Build Task* (Ctrl+Shift+B): the task "
        "*Snowball: check stories* runs the validator and lists each problem in the *Problems* panel, on its "
        "file and line (run `make runtime` once first). `schema/story.draft-07.schema.json` describes the "
        "front matter, with the allowed sites, champions, practices and tags, for editors that read it.",
        "",
        "## A complete example",
        "",
        "```yaml",
        EXAMPLE_STORY.rstrip("\n"),
        "```",
        "",
        "Quote every text value: unquoted, YAML reads `no` as false, `1.10` as 1.1 and `01234` as 668.",
        "",
        "## The fields",
        "",
        *_fields_table(story_fields(settings), with_example=True),
        "",
        "Each outcome has:",
        "",
        *_fields_table(OUTCOME_FIELDS, with_example=True),
        "",
        *values_summary(reg),
        "## Adding a site, practice, champion or tag",
        "",
        "Editors keep four registries. Add an entry in a pull request; an editor reviews it.",
        "",
    ]
    for name, fields in REGISTRY_FIELDS.items():
        out += [
            f"### {name.capitalize()}: `{REGISTRY_FILES[name]}`",
            "",
            *_fields_table(fields, with_example=False),
            "",
        ]
    out += [
        "## What the validator's messages mean",
        "",
        "| Code | Meaning |",
        "|---|---|",
        *(f"| `{code}` | {_cell(text)} |" for code, text in CODES.items()),
        "",
    ]
    return "\n".join(out)
