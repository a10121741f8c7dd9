"""The contribution guide, generated from the contract and the registries so it can never drift."""

from __future__ import annotations

import html
import unicodedata

from .codes import CODES
from .contract import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    OUTCOME_FIELDS,
    REGISTRY_FIELDS,
    REGISTRY_FILES,
    Field,
)
from .formdata import form_data, script_json
from .model import Registries
from .scaffold import BODY_SECTIONS
from .settings import DEFAULT_SETTINGS, Settings, story_fields

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


def _plain(text: str) -> str:
    """Lowercase without accents: what the picker's filter compares ('ines' finds 'Inês')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _help(fields: dict[str, Field], name: str, extra: str = "") -> str:
    f = fields[name]
    limit = f" At most {f.max_len} characters." if f.max_len else ""
    return f"{f.doc}{limit}{extra}"


def _text_control(fields: dict[str, Field], name: str, label: str, *, area: bool = False, extra: str = "") -> str:
    """A labelled text box with its help and its (live) error slot, both tied to it for screen readers."""
    f = fields[name]
    req = " required" if f.required else ""
    mark = ' <span class="sb-form__req">(required)</span>' if f.required else ""
    described = f"sb-h-{name} sb-e-{name}"
    attrs = f'id="sb-f-{name}" name="{name}" aria-describedby="{described}" autocomplete="off"{req}'
    control = f'<textarea {attrs} rows="3"></textarea>' if area else f'<input type="text" {attrs} spellcheck="true">'
    return (
        f'<div class="sb-form__field" data-field="{name}"><label for="sb-f-{name}">{_e(label)}{mark}</label>'
        f'<p class="sb-form__help" id="sb-h-{name}">{_e(_help(fields, name, extra))}</p>{control}'
        f'<p class="sb-form__error" id="sb-e-{name}" hidden></p></div>'
    )


def _picker(fields: dict[str, Field], name: str, label: str, options: list[tuple[str, str]], *, many: bool) -> str:
    """A type-to-filter list of checkboxes (many) or radio buttons (one): native controls, so keyboard,
    screen readers and phones need nothing special; the filter box only hides what does not match."""
    f = fields[name]
    kind = "checkbox" if many else "radio"
    mark = ' <span class="sb-form__req">(required)</span>' if f.required else ""
    items = "".join(
        f'<li data-filter="{_e(_plain(ident + " " + text))}"><label>'
        f'<input type="{kind}" name="{name}" value="{_e(ident)}"> <span>{_e(text)} <code>{_e(ident)}</code></span>'
        "</label></li>"
        for ident, text in options
    )
    return (
        f'<fieldset class="sb-form__field sb-picker" data-field="{name}" aria-describedby="sb-h-{name} sb-e-{name}">'
        f"<legend>{_e(label)}{mark}</legend>"
        f'<p class="sb-form__help" id="sb-h-{name}">{_e(_help(fields, name))}</p>'
        f'<label class="sb-picker__filter-label" for="sb-q-{name}">Filter {_e(label.lower())}</label>'
        f'<input type="search" id="sb-q-{name}" class="sb-picker__filter" data-filter-for="{name}" '
        f'autocomplete="off" aria-controls="sb-l-{name}">'
        f'<ul class="sb-picker__list" id="sb-l-{name}">{items}</ul>'
        f'<p class="sb-picker__none" hidden>Nothing matches; clear the filter to see every choice.</p>'
        f'<p class="sb-form__error" id="sb-e-{name}" hidden></p></fieldset>'
    )


def story_form_html(
    reg: Registries,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    repo_url: str | None = None,
    stories: dict[str, str] | None = None,
) -> str:
    """The story form: hidden until its script runs, so without JavaScript the page is the written guide."""
    fields = {f.name: f for f in story_fields(settings)}
    data = form_data(reg, settings, repo_url=repo_url, stories=stories)
    sites = [(s.id, f"{s.name} ({s.region})") for s in sorted(reg.sites.values(), key=lambda s: s.name)]
    champions = [(c.id, c.name) for c in sorted(reg.champions.values(), key=lambda c: c.name)]
    practices = [(p.id, p.name) for p in sorted(reg.practices.values(), key=lambda p: p.name)]
    tags = [(t.id, t.label) for t in sorted(reg.tags.values(), key=lambda t: t.label)]
    stages = "".join(
        f'<option value="{st}"{" selected" if st == "adopted" else ""}>{st}</option>'
        for st in ("pilot", "adopted", "scaled", "retired")
    )
    sections = "".join(
        f'<div class="sb-form__field" data-field="body-{i}"><label for="sb-f-body-{i}">{_e(heading)}</label>'
        f'<p class="sb-form__help" id="sb-h-body-{i}">{_e(prompt)} Markdown works here.</p>'
        f'<textarea id="sb-f-body-{i}" name="body-{i}" rows="5" aria-describedby="sb-h-body-{i}"></textarea></div>'
        for i, (heading, prompt) in enumerate(BODY_SECTIONS, 1)
    )
    stories_list = "".join(
        f'<option value="{_e(slug)}">{_e(title)}</option>' for slug, title in (stories or {}).items()
    )
    parts = [
        '<div class="sb-form-wrap" id="sb-story-form-wrap">',
        '<p class="sb-form-nojs" id="sb-form-nojs">The story form needs JavaScript. Everything it does is '
        "described below: follow the steps by hand.</p>",
        '<form class="sb-form" id="sb-story-form" hidden novalidate aria-labelledby="sb-form-title">',
        '<h2 id="sb-form-title">Write your story here</h2>',
        "<p>Fill in the form; every box is checked as you type, with the same rules as the pull-request check. "
        "Nothing leaves this page until you choose one of the buttons at the end.</p>",
        '<div class="sb-form__summary" id="sb-form-problems"></div>',  # announced through the status line on refusal
        _text_control(fields, "title", "Title"),
        _text_control(fields, "summary", "Summary", area=True),
        _text_control(fields, "date", "Date", extra=" Type it as year-month-day, for example 2024-03-12."),
        _picker(fields, "site", "Site", sites, many=False),
        _picker(fields, "champions", "Champions", champions, many=True),
        _picker(fields, "practices", "Practices", practices, many=True),
        '<div class="sb-form__field" data-field="stage"><label for="sb-f-stage">Stage</label>'
        f'<p class="sb-form__help" id="sb-h-stage">{_e(fields["stage"].doc)}</p>'
        f'<select id="sb-f-stage" name="stage" aria-describedby="sb-h-stage">{stages}</select></div>',
        _picker(fields, "tags", "Tags", tags, many=True),
        '<fieldset class="sb-form__field sb-outcomes-editor" data-field="outcomes" aria-describedby="sb-h-outcomes">'
        "<legend>Outcomes"
        + (' <span class="sb-form__req">(required)</span>' if fields["outcomes"].required else "")
        + "</legend>"
        f'<p class="sb-form__help" id="sb-h-outcomes">{_e(fields["outcomes"].doc)}</p>'
        '<ol class="sb-outcomes-editor__list" id="sb-outcomes"></ol>'
        '<button type="button" class="md-button" id="sb-add-outcome">Add an outcome</button>'
        '<p class="sb-form__error" id="sb-e-outcomes" hidden></p></fieldset>',
        _text_control(
            fields,
            "inspired_by",
            "Inspired by",
            extra=" Folder names of earlier stories, separated by commas; leave empty if none.",
        ).replace('id="sb-f-inspired_by"', 'id="sb-f-inspired_by"' + (' list="sb-stories"' if stories else "")),
        f'<datalist id="sb-stories">{stories_list}</datalist>',
        _text_control(
            fields, "image", "Photo file name", extra=" Leave empty for no photo; see 'Adding a photo' below."
        ),
        _text_control(fields, "image_alt", "Photo description"),
        '<div class="sb-form__field sb-form__check" data-field="draft"><label>'
        '<input type="checkbox" id="sb-f-draft" name="draft" value="true"> '
        "Draft: keep it out of the published site for now</label></div>",
        '<h3 id="sb-form-body">Your story</h3>',
        sections,
        '<div class="sb-form__field" data-field="slug"><label for="sb-f-slug">Folder name '
        '<span class="sb-form__req">(required)</span></label>'
        '<p class="sb-form__help" id="sb-h-slug">The story’s address: lowercase words joined by hyphens. '
        "Made from the title until you change it.</p>"
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
    form: bool = True,
    repo_url: str | None = None,
    stories: dict[str, str] | None = None,
) -> str:
    """The 'Share your story' page, in Markdown, with the story form (form=False: the words alone, for search).

    settings: the hub's snowball.yml (limits, required fields, the form's branch). repo_url: the forge
    address for "open in the web editor" (default: the page header's repository link). stories: slug ->
    title of published stories, offered for inspired_by.
    """
    out = [
        "# Share your story",
        "",
        "A story is one folder in `stories/`, holding `index.md` and its images. Its folder name (its *slug*) "
        "becomes its address: `stories/porto-paperless-loan-files/` is published at "
        "`/stories/porto-paperless-loan-files/`.",
        "",
    ]
    if form:
        out += [story_form_html(reg, settings, repo_url=repo_url, stories=stories), ""]
    out += [
        "## Step by step",
        "",
        "The form above does steps 1 to 4 for you. By hand:",
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
        "## Values you can use",
        "",
        "### Sites",
        "",
        "| id | Name | Region |",
        "|---|---|---|",
        *(
            f"| `{s.id}` | {_cell(s.name)} | {_cell(s.region)} |"
            for s in sorted(reg.sites.values(), key=lambda s: s.id)
        ),
        "",
        "### Practices",
        "",
        "| id | Name | What it is |",
        "|---|---|---|",
        *(
            f"| `{p.id}` | {_cell(p.name)} | {_cell(p.description)} |"
            for p in sorted(reg.practices.values(), key=lambda p: p.id)
        ),
        "",
        "### Champions",
        "",
        "| id | Name | Home site |",
        "|---|---|---|",
        *(f"| `{c.id}` | {_cell(c.name)} | `{c.site}` |" for c in sorted(reg.champions.values(), key=lambda c: c.id)),
        "",
        "### Tags",
        "",
        "| id | Label | Also accepted (with a warning) |",
        "|---|---|---|",
        *(
            f"| `{t.id}` | {_cell(t.label)} | {', '.join(f'`{a}`' for a in t.aliases)} |"
            for t in sorted(reg.tags.values(), key=lambda t: t.id)
        ),
        "",
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
