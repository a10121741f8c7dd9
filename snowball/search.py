"""Search entries built from what the core already knows, instead of re-parsing every page's HTML.

Material's search plugin parses each rendered page with Python's HTMLParser (18% of a
build, measured). We hand it nothing to parse (every page is marked search.exclude)
and write the same index format ourselves: one entry per story and entity page, with
the text a reader would search for, and no listing pages to crowd the results.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")
_DROP_RE = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S | re.I)
_HEADERLINK_RE = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


@dataclass(frozen=True)
class Entry:
    location: str  # page URL relative to the site root, as Material writes it
    title: str  # already HTML-escaped (the search UI inserts it as HTML)
    text: str  # plain text with entities kept escaped
    tags: tuple[str, ...] = ()


def page_text(html: str) -> str:
    """The words of an HTML fragment, escaped as they were, separated by single spaces."""
    html = _HEADERLINK_RE.sub(" ", _DROP_RE.sub(" ", html))
    return _SPACE_RE.sub(" ", _TAG_RE.sub(" ", html)).strip()


def write_index(existing: str, entries: list[Entry]) -> str:
    """Material's search_index.json with its config kept and our entries as the documents."""
    data = json.loads(existing) if existing else {"config": {"lang": ["en"]}}
    data["docs"] = [
        {"location": e.location, "title": e.title, "text": e.text, **({"tags": list(e.tags)} if e.tags else {})}
        for e in sorted(entries, key=lambda e: e.location)
    ]
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)
