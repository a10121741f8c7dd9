"""The contribution guide, generated from the contract and the registries so it can never drift."""

from __future__ import annotations

import html

from .codes import CODES
from .contract import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    OUTCOME_FIELDS,
    REGISTRY_FIELDS,
    REGISTRY_FILES,
    STORY_FIELDS,
    Field,
)
from .model import Registries

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


def contribution_markdown(reg: Registries) -> str:
    """The 'Share your story' page, in Markdown."""
    out = [
        "# Share your story",
        "",
        "A story is one folder in `stories/`, holding `index.md` and its images. Its folder name (its *slug*) "
        "becomes its address: `stories/porto-paperless-loan-files/` is published at "
        "`/stories/porto-paperless-loan-files/`.",
        "",
        "## Step by step",
        "",
        "1. Start the story, in the browser or on your computer:",
        "    - **In the browser**, nothing to install: in the hub's repository choose *Add file*, name the new file "
        "`stories/<slug>/index.md` (the slug is a few lowercase words joined by hyphens, such as "
        "`porto-paperless-loan-files`), paste the example below and replace its values with yours.",
        "    - **On your computer**, in a copy of the repository: `make serve` installs the tools and previews the "
        "hub at http://127.0.0.1:8000; then `.venv/bin/snowball new` asks for the title, summary, site, "
        "champions, practices and tags, offers the values listed below, and writes a valid "
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
        "- **Check the changed stories** reads only the stories your pull request changes. Each problem is "
        "marked on its line in the *Files changed* tab, with what is wrong and how to fix it. Push a fix to the "
        "same branch and the checks run again. The check's summary shows your story's card and the site, "
        "practice, tag and champion pages it will appear on.",
        "- **Build the site** builds the whole hub exactly as it will be published. Reviewers (and you) can "
        "download it as *site-preview* from the check's page.",
        "- A change outside `stories/` gets a warning (`outside-stories`): a registry entry needs an editor's "
        "review, configuration or code a maintainer's.",
        "",
        "When a reviewer approves and merges it, the site is rebuilt and your story is published, unless it is a "
        "draft.",
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
        *_fields_table(STORY_FIELDS, with_example=True),
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
