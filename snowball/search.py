"""Search built from what the core already knows, served in shards.

Material's search plugin parses each rendered page with Python's HTMLParser (18% of a
build, measured) and its browser worker downloads every document before the first
result (4.9 MB at 1,000 stories, 24.8 MB at 5,000). We mark every page search.exclude,
collect one entry per story and entity page (listings stay out of the results), and
write an inverted index split by term prefix; theme_overrides/assets/javascripts/
snowball-search.js answers Material's search box from it, fetching only what a query needs.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
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


# ---- a sharded index the browser loads piece by piece --------------------------------------------------------
# Material's worker downloads every document before the first result (25 MB at 5,000 stories). Ours
# loads the one shard of terms a query's words start with, then the few document chunks it shows.

PREFIX = 3  # characters of a term that choose its shard
CHUNK = 50  # documents per chunk file: a page of results needs a few small files
MAX_POSTINGS = 2000  # per term: the best-scoring documents; beyond that a word says little
WEIGHTS = {"title": 10, "tags": 5, "text": 1}
STOPWORDS = frozenset(
    "a an and are as at be but by for from had has have he her his i in into is it its of on or our she so "
    "than that the their them then there these they this to too was we were what when which who will with "
    "would you your us".split()
)
_WORD_RE = re.compile(r"\w+")


def normalise(word: str) -> str:
    """Lowercase without accents, as the browser worker does with the query."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def terms(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(normalise(html.unescape(text))) if 1 < len(w) <= 30 and w not in STOPWORDS]


def shard_name(term: str) -> str:
    """File-name-safe shard key: the term's first PREFIX characters, non-[a-z0-9] as _hex."""
    return "".join(ch if ch.isascii() and ch.isalnum() else f"_{ord(ch):x}" for ch in term[:PREFIX])


def _teaser(entry: Entry) -> str:
    text = entry.text
    if len(text) <= 200:
        return text
    cut = text.rfind(" ", 0, 200)
    teaser = text[: cut if cut > 0 else 200]
    if teaser.rfind("&") > teaser.rfind(";"):  # do not end inside an entity such as &amp;
        teaser = teaser[: teaser.rfind("&")]
    return teaser + " …"


def sharded_index(entries: list[Entry]) -> dict[str, str]:
    """Files (path under search/ -> JSON text) of the sharded index for these entries."""
    docs = sorted(entries, key=lambda e: e.location)
    postings: dict[str, dict[int, int]] = {}
    for i, e in enumerate(docs):
        scores: dict[str, int] = {}
        for field, text in (("title", e.title), ("tags", " ".join(e.tags)), ("text", e.text)):
            weight = WEIGHTS[field]
            counts: dict[str, int] = {}
            for t in terms(text):
                counts[t] = counts.get(t, 0) + 1
            for t, n in counts.items():
                scores[t] = scores.get(t, 0) + weight * min(n, 5)
        for t, score in scores.items():
            postings.setdefault(t, {})[i] = score
    shards: dict[str, dict[str, list[int]]] = {}
    for t in sorted(postings):
        best = sorted(postings[t].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_POSTINGS]
        shards.setdefault(shard_name(t), {})[t] = [x for pair in best for x in pair]  # flat: doc, score, ...
    out = {
        f"terms/{name}.json": json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        for name, body in shards.items()
    }
    for start in range(0, len(docs), CHUNK):
        chunk = [[e.location, e.title, _teaser(e), list(e.tags)] for e in docs[start : start + CHUNK]]
        out[f"docs/{start // CHUNK}.json"] = json.dumps(chunk, separators=(",", ":"), ensure_ascii=False)
    return out


def manifest(existing: str, count: int, shards: list[str]) -> str:
    """search_index.json without documents: Material's page script still fetches it on every page."""
    data = json.loads(existing) if existing else {"config": {"lang": ["en"]}}
    data["docs"] = []
    data["config"]["snowball"] = {
        "version": 1,
        "docs": count,
        "chunk": CHUNK,
        "prefix": PREFIX,
        "stopwords": sorted(STOPWORDS),
        "shards": sorted(shards),
    }
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)
