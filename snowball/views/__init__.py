"""Views: what each generated page shows, as template data for the package's Jinja templates.

Nothing here knows about MkDocs. Each module holds the views of one family of pages;
HubPages puts them together for the adapter, which places each page at its path.
"""

from __future__ import annotations

from .common import (
    UNSHOWN_LISTED,
    GeneratedPage,
    Names,
    Rendering,
    UnshownStories,
    error_panel,
    unshown_banner,
    unshown_stories,
)
from .listings import ListingViews
from .places import PlaceViews
from .story import StoryViews

__all__ = [
    "UNSHOWN_LISTED",
    "GeneratedPage",
    "HubPages",
    "Names",
    "Rendering",
    "UnshownStories",
    "error_panel",
    "unshown_banner",
    "unshown_stories",
]


class HubPages(ListingViews, PlaceViews, StoryViews):
    """Every generated page of a hub, rendered once from one ledger."""

    def all(self) -> list[GeneratedPage]:
        return self.listing_pages() + self.place_pages() + self.momentum_pages()

    def files(self) -> dict[str, str]:
        """Outputs that are not pages, by site-root-relative path (data the listing filters load, robots.txt)."""
        return {**self.listing_files(), **self.place_files()}
