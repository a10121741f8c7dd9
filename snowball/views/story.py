"""The story page view: header card, outcomes, hero, sanitised body, lineage and related stories."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from ..markscan import elements, sub_tags
from ..model import Story
from ..urls import url_path
from .common import BaseViews, _render, contact_of

STORY_TEMPLATE = "story.html"

WORDS_PER_MINUTE = 200
_WORD = re.compile(r"\w+")
# The advice section of the story template ("What we would tell another site", also "What we'd ..."):
# as an admonition title, or as the h2 that opens the section.
_ADVICE = re.compile(r"\bwhat\s+we(?:\s+would|['’]d)\s+tell\s+another\s+site\b", re.IGNORECASE)
_ADMONITION = re.compile(r'<div class="admonition ([^"]*)">(\s*<p class="admonition-title">)(.*?)</p>', re.DOTALL)


def reading_minutes(body_html: str) -> int:
    """Minutes to read the story's text at 200 words a minute, at least 1."""
    words = len(_WORD.findall(html.unescape(sub_tags(body_html, " "))))
    return max(1, round(words / WORDS_PER_MINUTE))


def mark_advice(body_html: str) -> str:
    """Give the advice section its callout class, so it reads at body size (Material sets admonitions at 0.64rem).

    An admonition titled "What we'd tell another site" gets class sb-advice; a "## What we would tell
    another site" section (its heading and everything up to the next h2) is wrapped in
    <section class="sb-advice">. The HTML comes from the sanitiser, so the markup matched here is
    Python-Markdown's own.
    """

    def admonition(m: re.Match[str]) -> str:
        if not _ADVICE.search(sub_tags(m.group(3))):
            return m.group(0)
        return f'<div class="admonition {m.group(1)} sb-advice">{m.group(2)}{m.group(3)}</p>'

    out = _ADMONITION.sub(admonition, body_html)
    heads = list(elements(out, "h2"))
    for i, (start, _end, inner) in enumerate(heads):
        if _ADVICE.search(sub_tags(inner)):
            end = heads[i + 1][0] if i + 1 < len(heads) else len(out)
            return f'{out[:start]}<section class="sb-advice">\n{out[start:end]}</section>\n{out[end:]}'
    return out


def _unique(stories: list[Story]) -> list[Story]:
    """Each story once, first mention kept: a story that names another twice is one lineage entry."""
    return list({s.slug: s for s in stories}.values())


class StoryViews(BaseViews):
    def story_context(self, story: Story, hero: dict[str, object] | None) -> dict[str, object]:
        """What the story template receives, except what derives from the converted body (the body itself
        and its reading time), which the plan fingerprints through story.body."""
        lg, hub = self.ledger, self.hub
        inspired_by = _unique([lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug])
        inspired = _unique(lg.inspired.get(story.slug, []))
        in_lineage = {o.slug for o in inspired_by + inspired}
        # A story already listed in the lineage is not listed again under "the same practice at other sites".
        related = [o for o in lg.related(story) if o.slug not in in_lineage]
        contacts = [
            contact
            for c in story.champions
            if c in hub.champions and (contact := contact_of(hub.champions[c].name, hub.champions[c].contact))
        ]
        others = inspired_by + inspired + related
        names = self.names.only([story.site, *(o.site for o in others)], story.practices, story.champions, story.tags)
        return {
            "s": story,
            "outcomes": story.outcomes,
            "hero": hero,
            "contacts": contacts,
            "inspired_by": inspired_by,
            "inspired": inspired,
            "related": related,
            "h": names,  # only the names this page prints: renaming another site does not reach it
        }

    def story_reads(self, story: Story, context: dict[str, object]) -> frozenset[str]:
        """What the story page reads, as the plan's keys (snowball.plan): every story and registry entry
        its context holds, the stories it names (one added later joins its lineage), and its practices'
        story lists (its related stories come from them)."""
        names = context["h"]
        assert isinstance(names, type(self.names))
        others = [*context["inspired_by"], *context["inspired"], *context["related"]]  # type: ignore[misc]
        return frozenset(
            [
                f"story:{story.slug}",
                *(f"story:{o.slug}" for o in others),
                *(f"story:{s}" for s in story.inspired_by),
                *(f"practice-stories:{p}" for p in story.practices),
                *(f"site:{i}" for i in names.site_names),
                *(f"practice:{i}" for i in story.practices),
                *(f"champion:{i}" for i in story.champions),
                *(f"tag:{i}" for i in story.tags),
                *(f"site:{o.site}" for o in others),
                f"site:{story.site}",
            ]
        )

    def story(self, story: Story, body_html: str, hero: dict[str, object] | None) -> str:
        """The story page's content: header card, outcomes, hero, sanitised body, lineage, related."""
        context = self.story_context(story, hero)
        body = Markup(mark_advice(body_html))
        return _render(
            STORY_TEMPLATE,
            url_path("story", story.slug),
            self.lang.code,
            body=body,
            minutes=reading_minutes(body_html),
            **context,
        )
