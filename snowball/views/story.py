"""The story page view: header card, outcomes, hero, sanitised body, lineage and related stories."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Story
from ..urls import url_path
from .common import BaseViews, _render

STORY_TEMPLATE = "story.html"


class StoryViews(BaseViews):
    def story_context(self, story: Story, hero: dict[str, object] | None) -> dict[str, object]:
        """What the story template receives, except the converted body (which derives from story.body)."""
        lg = self.ledger
        return {
            "s": story,
            "outcomes": story.outcomes,
            "hero": hero,
            "inspired_by": [lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug],
            "inspired": lg.inspired.get(story.slug, []),
            "related": lg.related(story),
            "h": self.names,
        }

    def story(self, story: Story, body_html: str, hero: dict[str, object] | None) -> str:
        """The story page's content: header card, outcomes, hero, sanitised body, lineage, related."""
        context = self.story_context(story, hero)
        return _render(STORY_TEMPLATE, url_path("story", story.slug), body=Markup(body_html), **context)
