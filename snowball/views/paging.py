"""Numbered pages of a long list: one Pager for every paginated page of the site.

Listings (all stories, a tag's, a champion's), a site's or practice's story list and a region's sites
all split the same way and show the same pager (`pager_nav` in templates/_macros.html), so a reader
meets one control everywhere and a fix lands once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..urls import paged

WINDOW = 2  # page numbers shown either side of the current one, besides the first and the last


@dataclass(frozen=True)
class Pager:
    """Where one page sits among its list's pages; URLs are site-root-relative (templates use u.at)."""

    number: int  # 1-based
    count: int  # pages in all (at least 1, even for an empty list)
    total: int  # items in all
    first: int  # 1-based position of the first item on this page (0 when there are none)
    last: int  # position of the last item on this page
    url: str
    prev: str | None
    next: str | None
    links: tuple[tuple[int, str | None], ...]  # page numbers to offer, (0, None) marks a gap

    @property
    def start(self) -> int:
        """Index of this page's first item in the full list."""
        return max(self.first - 1, 0)


def page_count(total: int, size: int) -> int:
    return max(1, -(-total // size))


def pagers(url: str, total: int, size: int) -> list[Pager]:
    """One Pager per page of a list of `total` items at `url`: page 1 is `url` itself, then url/page/N/."""
    count = page_count(total, size)
    out = []
    for n in range(1, count + 1):
        shown = sorted({1, count, *range(max(1, n - WINDOW), min(count, n + WINDOW) + 1)})
        links: list[tuple[int, str | None]] = []
        for i in shown:
            if links and i - links[-1][0] > 1:
                links.append((0, None))
            links.append((i, paged(url, i)))
        out.append(
            Pager(
                number=n,
                count=count,
                total=total,
                first=(n - 1) * size + 1 if total else 0,
                last=min(n * size, total),
                url=paged(url, n),
                prev=paged(url, n - 1) if n > 1 else None,
                next=paged(url, n + 1) if n < count else None,
                links=tuple(links),
            )
        )
    return out
