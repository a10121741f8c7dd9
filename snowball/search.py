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
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .markscan import sub_links, sub_tags

_SPACE_RE = re.compile(r"\s+")
_FENCE_LINE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*$", re.M)
_ADMONITION_RE = re.compile(r'^ {0,3}(?:!!!|\?\?\?\+?) *[\w-]+(?: +"([^"]*)")?', re.M)
_MARKS_RE = re.compile(r"[#*_>|`~=]+|-{3,}|:?-{3,}:?")


@dataclass(frozen=True)
class Entry:
    location: str  # page URL relative to the site root, as Material writes it
    title: str  # already HTML-escaped (the search UI inserts it as HTML)
    text: str  # plain text with entities kept escaped: everything search matches
    tags: tuple[str, ...] = ()
    excerpt: str = ""  # escaped: what the result shows under the title (the summary), never run into meta
    meta: str = ""  # escaped: who and where (site, champions), shown on a line of its own


def markdown_text(markdown: str) -> str:
    """The words a reader sees in a story body, without Markdown or HTML syntax (plain, not escaped).

    Linear in the body whatever it holds (code included): links and tags go through markscan's scanners,
    and the regular expressions left cannot read past what they match (see tests/test_linear_text.py)."""
    text = _FENCE_LINE_RE.sub(" ", markdown)
    text = _ADMONITION_RE.sub(lambda m: m.group(1) or " ", text)
    text = sub_links(sub_links(text, "!["), "[")
    text = _MARKS_RE.sub(" ", sub_tags(text, " "))
    return _SPACE_RE.sub(" ", html.unescape(text)).strip()


def _clean(text: str) -> str:
    return html.escape(_SPACE_RE.sub(" ", text).strip())


def entry(location: str, title: str, *parts: str, tags: tuple[str, ...] = (), meta: str = "") -> Entry:
    """A search entry from plain-text parts; every field is escaped, as the search UI inserts HTML.

    The first part is the excerpt a result shows; the others are searched but not shown. meta (the site,
    the champions) is searched and shown on its own line: run into the excerpt, "...now holds eleven
    e-bikes. Kingsgate Branch Ahmed Siddiqui ..." read as one sentence."""
    text = " ".join(p for p in (*parts, meta) if p)
    return Entry(location, html.escape(title), _clean(text), tags, _clean(parts[0] if parts else ""), _clean(meta))


class SearchMemo:
    """What the preview keeps from one rebuild's index to the next: each body's plain text and each
    entry's term scores (most of the index's cost at 10,000 stories). Only what the last index used
    is kept, so a preview left running for hours does not grow."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._scores: dict[Entry, dict[str, int]] = {}
        self._used_texts: dict[str, str] = {}
        self._used_scores: dict[Entry, dict[str, int]] = {}

    def text(self, markdown: str) -> str:
        found = self._texts.get(markdown)
        self._used_texts[markdown] = found = markdown_text(markdown) if found is None else found
        return found

    def scores(self, e: Entry) -> dict[str, int]:
        found = self._scores.get(e)
        self._used_scores[e] = found = entry_scores(e) if found is None else found
        return found

    def settle(self) -> None:
        """After an index is written: forget what it did not use."""
        self._texts, self._used_texts = self._used_texts, {}
        self._scores, self._used_scores = self._used_scores, {}


def write_search(folder: Path, entries: list[Entry], memo: SearchMemo | None = None) -> list[str]:
    """Write the sharded index into folder; return the shard names.

    Only files whose text changed are written and only stale ones deleted: the preview's server may be
    answering a search while the index is rewritten, and must never find a shard missing."""
    files = sharded_index(entries, memo.scores if memo else entry_scores)
    for sub in ("terms", "docs"):
        if (folder / sub).is_dir():
            for old in (folder / sub).iterdir():
                if f"{sub}/{old.name}" not in files:
                    if old.is_dir():
                        shutil.rmtree(old)
                    else:
                        old.unlink()
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        target = folder / path
        data = text.encode("utf-8")
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
    if memo is not None:
        memo.settle()
    return sorted(p[len("terms/") : -len(".json")] for p in files if p.startswith("terms/"))


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
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def terms(text: str) -> Counter[str]:
    """How often each indexable word occurs in an escaped HTML text."""
    if "&" in text:
        text = html.unescape(text)
    found = Counter(_WORD_RE.findall(normalise(text)))
    return Counter({w: n for w, n in found.items() if 1 < len(w) <= 30 and w not in STOPWORDS})


def shard_name(term: str) -> str:
    """File-name-safe shard key: the term's first PREFIX characters, non-[a-z0-9] as _hex."""
    return "".join(ch if ch.isascii() and ch.isalnum() else f"_{ord(ch):x}" for ch in term[:PREFIX])


def _cut(text: str, limit: int = 200) -> str:
    """An excerpt or a meta line, cut at a word near limit characters (never inside an entity such as &amp;)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    teaser = text[: cut if cut > 0 else limit]
    if teaser.rfind("&") > teaser.rfind(";"):
        teaser = teaser[: teaser.rfind("&")]
    return teaser + " …"


def entry_scores(e: Entry) -> dict[str, int]:
    """Each indexable term of one entry and its score (weighted by the field it is in, capped per field)."""
    scores: dict[str, int] = {}
    for field, text in (("title", e.title), ("tags", " ".join(e.tags)), ("text", e.text)):
        weight = WEIGHTS[field]
        for t, n in terms(text).items():
            scores[t] = scores.get(t, 0) + weight * min(n, 5)
    return scores


def sharded_index(entries: list[Entry], scored: Callable[[Entry], dict[str, int]] = entry_scores) -> dict[str, str]:
    """Files (path under search/ -> JSON text) of the sharded index for these entries (scored: an entry's
    term scores; the preview passes its memo's)."""
    docs = sorted(entries, key=lambda e: e.location)
    postings: dict[str, dict[int, int]] = {}
    for i, e in enumerate(docs):
        for t, score in scored(e).items():
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
        chunk = [
            [e.location, e.title, _cut(e.excerpt), list(e.tags), _cut(e.meta)] for e in docs[start : start + CHUNK]
        ]
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
