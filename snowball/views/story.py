"""The story page view: header card, outcomes, hero, sanitised body, lineage and related stories."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Story
from ..urls import url_path
from .common import BaseViews, _fingerprint, _render


class StoryViews(BaseViews):
    def story_fingerprint(self, story: Story, hero: object) -> object:
        """Everything a story page shows: itself, names, lineage, related stories, hero (compared with ==)."""
        hub, lg = self.hub, self.ledger
        return (
            story,
            hub.sites.get(story.site),
            tuple(hub.champions.get(c) for c in story.champions),
            tuple(hub.practices.get(p) for p in story.practices),
            tuple(hub.tags.get(t) for t in story.tags),
            _fingerprint([lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug]),
            _fingerprint(lg.inspired.get(story.slug, [])),
            _fingerprint(lg.related(story)),
            repr(hero),
        )

    def story(self, story: Story, body_html: str, hero: dict[str, object] | None) -> str:
        """The story page's content: header card, outcomes, hero, sanitised body, lineage, related."""
        lg = self.ledger
        inspired_by = [lg.by_slug[r] for r in story.inspired_by if r in lg.by_slug]
        return _render(
            "story.html",
            url_path("story", story.slug),
            s=story,
            outcomes=story.outcomes,
            hero=hero,
            body=Markup(body_html),
            inspired_by=inspired_by,
            inspired=lg.inspired.get(story.slug, []),
            related=lg.related(story),
            h=self.names,
        )
