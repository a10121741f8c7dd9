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
    return html.escape(str(text or "")).replace("|", "\\|")


def _fields_table(fields: tuple[Field, ...], *, with_example: bool) -> list[str]:
    head = "| Field | Required | What it holds |" + (" Example |" if with_example else "")
    rule = "|---|---|---|" + ("---|" if with_example else "")
    rows = [head, rule]
    for f in fields:
        limit = f" (at most {f.max_len} characters)" if f.max_len else ""
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
        "1. Create a branch in the hub's repository (or use the web editor's *Add file*).",
        "2. Run `snowball new` and answer the questions: it offers the sites, champions, practices and tags "
        "below and writes a valid `stories/<slug>/index.md`. (Or copy the example below.)",
        "3. Write the story under the headings: what you tried, what happened (with numbers), what you would "
        "tell another site. Add `outcomes` for the figures you measured and `inspired_by` for the stories "
        "you learned from.",
        "4. Optionally add a photo beside `index.md` (JPEG, PNG or WebP, at most "
        f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB and {MAX_IMAGE_PIXELS // 1_000_000} megapixels) and name it in "
        "`image` with an `image_alt` description.",
        "5. Check it: `snowball validate stories/<slug>`. Every message names the line, what is wrong and how "
        "to fix it.",
        "6. Preview it with `make serve` and open a pull request. The checks annotate any problem on its line.",
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
