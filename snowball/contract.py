"""The story contract and the registry contracts: defined once, used everywhere.

The validator, the build, the JSON Schema, the contribution guide and the
scaffolder all read these definitions, so a field cannot mean one thing to the
checker and another to the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from .gate import tr
from .i18n import N_

Extracted = tuple[int, str, str, list[str]]  # what a Babel extractor yields: line, keyword, message, comments

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Each stage and what it means, in the words the form, the guide and the matrix legend use. An idea is a plan:
# a site means to try a practice (or proposes a new one); it counts as no adoption anywhere (snowball/ledger.py).
STAGE_MEANINGS: dict[str, str] = {
    "idea": N_("your site plans to try it, or proposes a new practice"),
    "pilot": N_("a trial"),
    "adopted": N_("part of how you work"),
    "scaled": N_("spread further"),
    "retired": N_("stopped"),
}
STAGES: tuple[str, ...] = tuple(STAGE_MEANINGS)
# What readers see for each stage (the file holds the id; pages and scripts show the name in the hub's language).
STAGE_NAMES: dict[str, str] = {
    "idea": N_("idea"),
    "pilot": N_("pilot"),
    "adopted": N_("adopted"),
    "scaled": N_("scaled"),
    "retired": N_("retired"),
}
assert tuple(STAGE_NAMES) == STAGES, "every stage has a name"


def extract_site_words(fileobj: Any, keywords: object, comment_tags: object, options: object) -> Iterator[Extracted]:
    """Babel's extractor for this file in the site catalog (babel.cfg): the contract's words readers see on pages,
    the stages' names (the matrix, the listing's filter, the cards), and not its field labels and hints, which
    are the gate's (contract_messages). Each at the line that writes it."""
    text = fileobj.read().decode("utf-8")
    for name in STAGE_NAMES.values():
        line = text[: text.index(f'N_("{name}")')].count("\n") + 1
        yield line, "N_", name, []


DEFAULT_STAGE = "adopted"
IDEA = "idea"
RETIRED = "retired"  # the site stopped: it leaves every "runs it now" count until a later story brings it back
RUNNING_STAGES: tuple[str, ...] = tuple(s for s in STAGES if s not in (IDEA, RETIRED))  # pilot, adopted, scaled
# Fields an idea need not have even when the hub requires them (snowball.yml `required`): nothing is measured yet.
NOT_REQUIRED_FOR_IDEAS: frozenset[str] = frozenset({"outcomes"})
# A practice an idea proposes waits for editors as `status: proposed` in registries/practices.yml; only ideas may
# name it until an editor accepts it by removing the line.
PROPOSED = "proposed"
PRACTICE_STATUSES: tuple[str, ...] = (PROPOSED,)

IMAGE_EXTENSIONS: dict[str, str] = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# A story of a few thousand words is ~30 KB; anything near these limits is a mistake or an attack.
MAX_STORY_BYTES = 512 * 1024
MAX_FRONT_MATTER_BYTES = 32 * 1024
MAX_REGISTRY_BYTES = 4 * 1024 * 1024
MAX_YAML_DEPTH = 6

Kind = Literal["text", "date", "id", "ids", "stage", "bool", "outcomes", "slugs", "file", "texts", "keep", "lang"]
# A BCP 47 language tag as stories use it: language, then optional script, region and variants ("en", "pt-BR",
# "sr-Latn", "de-CH-1996"). The language itself must be one CLDR knows (snowball.fields checks that too).
LANG_RE = re.compile(
    r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)


@dataclass(frozen=True)
class Field:
    """One front-matter or registry field: what it holds and how to explain it to a person."""

    name: str
    kind: Kind
    required: bool = False
    max_len: int | None = None
    ref: str | None = None  # registry the value(s) must name: sites, champions, practices, tags, stories
    doc: str = ""
    example: str = ""
    setting: str | None = None  # the snowball.yml setting that changes max_len here (set by settings.story_fields)
    # What a champion reads in the story form: a question or name in plain words, and a hint without the
    # repository's terms (no file names, ids or slugs). `doc` keeps the exact meaning for the written guide,
    # the schema and the validator's hints, which editors read.
    label: str = ""
    hint: str = ""


STORY_FIELDS: tuple[Field, ...] = (
    Field(
        "title",
        "text",
        True,
        120,
        label="Title",
        hint="A headline for your story, in plain words.",
        doc="The story's headline, plain text.",
        example='"Paperless loan files at Porto Harbour"',
    ),
    Field(
        "summary",
        "text",
        True,
        300,
        label="Summary",
        hint="One or two sentences: they appear on your story's card and in news feeds.",
        doc="One or two sentences shown on cards, in feeds and as the page description.",
        example='"We moved every new loan file to the document system and cut paper by a third."',
    ),
    Field(
        "date",
        "date",
        True,
        label="Date",
        hint="When your site adopted the practice or reached the result; not in the future.",
        doc="When the practice was adopted or the result was reached, YYYY-MM-DD, not in the future.",
        example="2024-03-12",
    ),
    Field(
        "site",
        "id",
        True,
        ref="sites",
        label="Which site?",
        hint="The site where this happened: type a few letters of its name, then pick it.",
        doc="The site where this happened: one id from registries/sites.yml.",
        example="porto-harbour",
    ),
    Field(
        "champions",
        "ids",
        True,
        ref="champions",
        label="Who took part?",
        hint="The people who made it happen: type a few letters of a name, then tick each person.",
        doc="Who made it happen: one or more ids from registries/champions.yml.",
        example="[ines-carvalho]",
    ),
    Field(
        "practices",
        "ids",
        True,
        ref="practices",
        label="Which practices did you adopt?",
        hint="What your site started doing: tick one or more.",
        doc="What was adopted: one or more ids from registries/practices.yml.",
        example="[paperless-loan-files]",
    ),
    Field(
        "stage",
        "stage",
        label="How far did it get?",
        hint="; ".join(f"{name.capitalize()}: {meaning}" for name, meaning in STAGE_MEANINGS.items()) + ".",
        doc="How far the practice got here: " + ", ".join(STAGE_MEANINGS) + " (default adopted). An idea is a "
        "plan: it counts as no adoption and needs no outcomes.",
        example="adopted",
    ),
    Field(
        "tags",
        "ids",
        ref="tags",
        doc="Topics from registries/tags.yml.",
        example="[paper, digital]",
        label="Topics",
        hint="What your story is about: tick any that fit.",
    ),
    Field(
        "outcomes",
        "outcomes",
        label="What changed, in numbers",
        hint="Each result you measured: what was measured and the result; the figures before and after if you have them.",
        doc="Measured results, each with a label and a value, optionally before, after and unit.",
        example='\n  - label: "Paper used per month"\n    value: "-38 %"',
    ),
    Field(
        "inspired_by",
        "slugs",
        ref="stories",
        label="Stories that inspired yours",
        hint="Earlier stories your site learned from: find them with the search below. Leave empty if none.",
        doc="Slugs of earlier stories this adoption learned from: the lineage that shows how practices spread.",
        example="[lisbon-paperless-pilot]",
    ),
    Field(
        "image",
        "file",
        doc="A hero image in the story folder (JPEG, PNG or WebP).",
        example="hero.jpg",
        label="Photo file name",
        hint="The name of the photo you will add, such as hero.jpg (JPEG, PNG or WebP). Leave empty for no photo.",
    ),
    Field(
        "image_alt",
        "text",
        max_len=250,
        label="Photo description",
        hint="What the photo shows, for people who cannot see it. Needed when you add a photo.",
        doc="What the hero image shows, for people who cannot see it. Required with image.",
        example='"Two colleagues scanning loan files at the counter"',
    ),
    Field(
        "draft",
        "bool",
        label="Draft: keep it out of the published site for now",
        hint="",
        doc="true keeps the story out of the published site (it still shows in the preview).",
        example="true",
    ),
    Field(
        "lang",
        "lang",
        max_len=35,
        label="Language of the story, if not the hub's",
        hint="Only when the story is written in another language than the rest of the hub, such as en or pt-BR.",
        doc="The story's language when it is not the hub's (mkdocs.yml theme.language), as a BCP 47 tag: en, pt-BR, "
        "fr. Marks the story's page and card, so browsers and screen readers read it in that language.",
        example="en",
    ),
    Field(
        "source",
        "keep",
        doc="Written by snowball import: where the story came from (file, former address) and the original "
        "fields the contract has no place for, as 'name: value' lines. Kept for editors; never shown on the site.",
        example='\n  file: "news/2019/03/a-story.md"\n  url: "/2019/03/26/a-story/"',
    ),
)

OUTCOME_FIELDS: tuple[Field, ...] = (
    Field("label", "text", True, 80, doc="What was measured.", example='"Paper used per month"'),
    Field("value", "text", True, 40, doc="The result, with its sign and unit.", example='"-38 %"'),
    Field("before", "text", max_len=40, doc="The figure before the change.", example='"12,000 sheets"'),
    Field("after", "text", max_len=40, doc="The figure after the change.", example='"7,400 sheets"'),
    Field("unit", "text", max_len=40, doc="The unit, when value, before and after share one.", example='"sheets"'),
)

REGISTRY_FIELDS: dict[str, tuple[Field, ...]] = {
    "sites": (
        Field("id", "id", True, doc="Lowercase words joined by hyphens; becomes the site page's URL."),
        Field("name", "text", True, 80, doc="The site's name as people say it."),
        Field("region", "text", True, 60, doc="The region the site belongs to."),
        Field("lead", "id", ref="champions", doc="Optional: the champion who leads the site's snowball."),
    ),
    "practices": (
        Field("id", "id", True, doc="Lowercase words joined by hyphens; becomes the practice page's URL."),
        Field("name", "text", True, 80, doc="The practice's name."),
        Field("description", "text", True, 200, doc="One line: what the practice is."),
        Field("category", "text", max_len=40, doc="Optional grouping, such as Operations or Products."),
        Field(
            "status",
            "text",
            max_len=20,
            doc="Optional: 'proposed' for a new practice an idea story suggests; only ideas may name it until an "
            "editor accepts it by removing this line.",
        ),
    ),
    "champions": (
        Field("id", "id", True, doc="Lowercase words joined by hyphens, usually first-last."),
        Field("name", "text", True, 80, doc="The champion's name."),
        Field("site", "id", True, ref="sites", doc="The champion's home site."),
        Field(
            "contact", "text", max_len=120, doc="Optional: how colleagues reach them (internal e-mail or chat handle)."
        ),
    ),
    "tags": (
        Field("id", "id", True, doc="Lowercase words joined by hyphens."),
        Field("label", "text", True, 40, doc="How the tag is shown."),
        Field("aliases", "texts", doc="Other spellings accepted in stories, with a warning naming this tag."),
        Field("description", "text", max_len=200, doc="Optional: what the tag covers."),
    ),
}

REGISTRY_FILES: dict[str, str] = {name: f"registries/{name}.yml" for name in REGISTRY_FIELDS}

# Names people reach for that mean one of ours; difflib catches the typos, this catches the synonyms.
KEY_SYNONYMS: dict[str, str] = {
    "author": "champions",
    "authors": "champions",
    "champion": "champions",
    "practice": "practices",
    "tag": "tags",
    "inspiration": "inspired_by",
    "inspired": "inspired_by",
    "inspiredby": "inspired_by",
    "description": "summary",
    "excerpt": "summary",
    "location": "site",
    "branch": "site",
    "results": "outcomes",
    "outcome": "outcomes",
    "hero": "image",
    "alt": "image_alt",
    "published": "draft",
    "status": "stage",
}

STORY_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in STORY_FIELDS)


def idea_fields(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The story fields as an idea must give them: NOT_REQUIRED_FOR_IDEAS optional even where a hub requires
    them (the validator, the schema and the form all apply this one rule)."""
    return tuple(replace(f, required=False) if f.name in NOT_REQUIRED_FOR_IDEAS else f for f in fields)


# The headings every story is written under: (heading, the prompt shown until the champion writes, optional).
# An optional section the champion left empty is left out of the story; with no text at all, the template shows
# every heading and prompt, so a story written by hand starts from all of them. In English here; stories get
# them in the hub's language (body_sections). Here, in the contract, because the scaffolder, the form, the guide
# and the body check (a placeholder body is refused) all read them.
OBSTACLES_HEADING = N_("What got in the way")
BODY_SECTIONS: tuple[tuple[str, str, bool], ...] = (
    (
        N_("What we tried"),
        N_("Describe the practice as you ran it at your site: who was involved, how long it took, what it cost."),
        False,
    ),
    (
        N_("What happened"),
        N_("The results, with numbers where you have them. What surprised you? What went wrong?"),
        False,
    ),
    (
        N_("What we would tell another site"),
        N_("The two or three things you wish you had known before starting."),
        False,
    ),
    (
        OBSTACLES_HEADING,
        N_(
            "Optional: what slowed you down or nearly stopped you, and how you got past it. Practice pages list "
            "these so the next site is ready for them. Delete this section if nothing did."
        ),
        True,
    ),
)


def body_sections() -> list[tuple[str, str, bool]]:
    """BODY_SECTIONS in the hub's language: the headings and prompts a new story is written with."""
    return [(tr(heading), tr(prompt), optional) for heading, prompt, optional in BODY_SECTIONS]


def compose_body(sections: Sequence[str] = ()) -> str:
    """The story body: each heading with the champion's text, or the prompt where they wrote nothing.

    theme_overrides/assets/snowball-form.js composes the same text (tests/browser/test_form.py compares them).
    """
    texts = [
        (sections[i] if i < len(sections) else "").replace("\r\n", "\n").replace("\r", "\n").strip()
        for i in range(len(BODY_SECTIONS))
    ]
    written = any(texts)
    parts = []
    for (heading, prompt, optional), text in zip(body_sections(), texts, strict=True):
        if optional and written and not text:
            continue
        parts.append(f"## {heading}\n\n{text or prompt}\n")
    return "\n".join(parts)


BODY_TEMPLATE = compose_body()  # in English, the source language (the module is loaded before any hub is read)


def contract_messages() -> list[str]:
    """The contract's words people read (field labels, form hints, docs, stage meanings, the body's headings and
    prompts), for extraction: they are keyword arguments of Field(...) or table entries, which extraction by
    keyword does not see; they are translated where shown."""
    fields = [*STORY_FIELDS, *OUTCOME_FIELDS, *(f for group in REGISTRY_FIELDS.values() for f in group)]
    texts = [text for f in fields for text in (f.label, f.hint, f.doc) if text]
    sections = [text for heading, prompt, _optional in BODY_SECTIONS for text in (heading, prompt)]
    return list(dict.fromkeys([*texts, *STAGE_MEANINGS.values(), *sections]))  # meanings: `snowball new`'s list
