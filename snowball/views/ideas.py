"""What sites plan and what got in their way: the "about to try", obstacles and retirement parts of place pages.

Kept apart from places.py so the place views only pass these records on (`**practice_extras(...)`); each list
is bounded (one idea per site or practice, at most OBSTACLES_ON_PRACTICE
obstacles and RETIREMENTS_ON_PRACTICE retirements), so a page stays small in a big hub.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..body import mask_code
from ..contract import BODY_SECTIONS, OBSTACLES_HEADING
from ..i18n import LOCALE_DIR, catalog
from ..reserved import slugify
from ..search import markdown_text

if TYPE_CHECKING:
    from .places import PlaceViews, StoryRef

OBSTACLES_ON_PRACTICE = 10  # newest first; the rest are on the stories' own pages
RETIREMENTS_ON_PRACTICE = 10  # newest first; every retired site is still in "Stories by site"
OBSTACLE_CHARS = 400  # the first paragraph, cut at a word past this
_PROMPT = next(prompt for heading, prompt, _optional in BODY_SECTIONS if heading == OBSTACLES_HEADING)
_PROMPT_START = 40  # a prompt's first characters: a story that kept them (and edited the rest) told nothing yet
_SPACE_BEFORE_RE = re.compile(r" ([,.;:!?)])")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")


@cache
def _obstacle_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the section's heading, casefolded; the starts of its prompt) in English and in every shipped language.

    `snowball new` and the form write the heading in the hub's language, and a story keeps its heading when the
    hub changes language (or was written elsewhere), so every catalog's heading counts; read once per process.
    """
    languages = sorted(po.parent.parent.name for po in LOCALE_DIR.glob("*/LC_MESSAGES/gate.po"))
    translations = [catalog(language, "gate") for language in languages]
    headings = {OBSTACLES_HEADING, *(c.gettext(OBSTACLES_HEADING) for c in translations)}
    prompts = {_PROMPT, *(c.gettext(_PROMPT) for c in translations)}
    return frozenset(h.casefold() for h in headings), tuple(p[:_PROMPT_START] for p in sorted(prompts))


@dataclass(frozen=True)
class Planned:
    """An idea a site has not acted on yet: the site (or practice) and the story that says so."""

    ident: str  # the site's id on a practice page, the practice's on a site page
    name: str
    story: StoryRef


@dataclass(frozen=True)
class Obstacle:
    """What got in the way at one site, as its story tells it (the section's first paragraph, plain text)."""

    story: StoryRef
    anchor: str  # the section's id on the story's page
    text: str


@dataclass(frozen=True)
class Retirement:
    """A site that stopped the practice, and why: the retiring story's summary."""

    story: StoryRef
    reason: str


def obstacle_of(body: str) -> tuple[str, str] | None:
    """(the section's anchor, its first paragraph as plain text) of a story's "What got in the way" section;
    None when the story has none, or left the template's prompt in it. The heading and the prompt are
    recognised in English and in every shipped language (_obstacle_words).

    One pass over the lines, code blocks masked, so a heading inside a code sample is not a section.
    """
    headings, prompts = _obstacle_words()
    lines = mask_code(body).splitlines()
    originals = body.splitlines()
    start = None
    for i, line in enumerate(lines):
        m = _HEADING_RE.match(line)
        if m and start is None and m.group(2).strip().casefold() in headings:
            start, heading = i + 1, m.group(2).strip()
        elif m and start is not None:
            lines, originals = lines[start:i], originals[start:i]
            break
    else:
        if start is None:
            return None
        lines, originals = lines[start:], originals[start:]
    paragraph: list[str] = []
    for line, original in zip(lines, originals, strict=False):
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(original)
    text = _SPACE_BEFORE_RE.sub(r"\1", markdown_text("\n".join(paragraph)))  # "**lease**," gave "lease ,"
    if not text or text.startswith(prompts):
        return None
    if len(text) > OBSTACLE_CHARS:
        text = text[:OBSTACLE_CHARS].rsplit(" ", 1)[0] + " …"
    return slugify(heading, "-"), text


def practice_extras(views: PlaceViews, practice: str) -> dict[str, object]:
    """The practice page's "About to try", "What got in the way" and "Why sites retired it" records."""
    lg, names = views.ledger, views.names
    planned = [Planned(s.site, names.site_names[s.site], views._ref(s)) for s in lg.practice_ideas(practice)]
    found: list[Obstacle] = []
    more = 0
    for s in lg.by_practice.get(practice, []):  # newest first
        got = obstacle_of(s.body)
        if got is None:
            continue
        if len(found) < OBSTACLES_ON_PRACTICE:
            found.append(Obstacle(views._ref(s), *got))
        else:
            more += 1
    retired = [
        Retirement(views._ref(a.latest), a.latest.summary)
        for a in sorted(lg.practice_adoptions(practice), key=lambda a: (a.latest.date, a.site), reverse=True)
        if not a.live
    ]
    return {
        "planned": planned,
        "obstacles": found,
        "obstacles_more": more,
        "retirements": retired[:RETIREMENTS_ON_PRACTICE],
        "retirements_more": max(0, len(retired) - RETIREMENTS_ON_PRACTICE),
    }


def site_extras(views: PlaceViews, site: str) -> dict[str, object]:
    """The site page's "About to try" (the practices the site plans to try, newest idea first) and, for each
    practice it retired, why: the retiring story's summary (stories have no reason field; the summary of a
    retiring story says why, as the sample hub's do)."""
    names, lg = views.names, views.ledger
    return {
        "planned": [Planned(p, names.practice_names[p], views._ref(s)) for p, s in lg.site_ideas(site)],
        "retired_reasons": {a.practice: a.latest.summary for a in lg.site_adoptions(site) if not a.live},
    }
