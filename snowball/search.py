"""Search built from what the core already knows, served in shards.

Material's search plugin parses each rendered page with Python's HTMLParser (18% of a
build, measured) and its browser worker downloads every document before the first
result (4.9 MB at 1,000 stories, 24.8 MB at 5,000). We mark every page search.exclude,
collect one entry per story and entity page (listings stay out of the results), and
write an inverted index split by term prefix; theme_overrides/assets/javascripts/
snowball-search.js answers Material's search box from it, fetching only what a query needs.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import snowballstemmer

from .markscan import sub_links, sub_tags
from .store import MemoryStore, Store

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
    body: str = ""  # escaped: the story's text, where a result's snippet comes from when the match is there
    facets: tuple[tuple[str, str, str], ...] = ()  # (field, id, name): what results can be narrowed by (FACETS)
    date: str = ""  # YYYY-MM-DD for a story: of two results found alike, the newer comes first
    lang: str = ""  # a story's own language (front matter `lang`): its stop words and stems; "" = the hub's


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


def entry(
    location: str,
    title: str,
    *parts: str,
    tags: tuple[str, ...] = (),
    meta: str = "",
    body: str = "",
    facets: tuple[tuple[str, str, str], ...] = (),
    date: str = "",
    lang: str = "",
) -> Entry:
    """A search entry from plain-text parts; every field is escaped, as the search UI inserts HTML.

    The first part is the excerpt a result shows; the others are searched but not shown. meta (the site,
    the champions) is searched and shown on its own line: run into the excerpt, "...now holds eleven
    e-bikes. Kingsgate Branch Ahmed Siddiqui ..." read as one sentence. body: the text a snippet is cut from
    when the words matched are not in the excerpt (searched only if it is also one of the parts). lang: the
    entry's language when it is not the hub's (its words are split and stemmed in it)."""
    text = " ".join(p for p in (*parts, meta) if p)
    excerpt = _clean(parts[0] if parts else "")
    return Entry(
        location, html.escape(title), _clean(text), tags, excerpt, _clean(meta), _clean(body), facets, date, lang
    )


class SearchMemo:
    """What one index keeps for the next: each body's plain text and each entry's term scores (most of the
    index's cost at 10,000 stories), in two stores (snowball.store). The preview keeps them in memory between
    rebuilds, keyed by the values themselves; the build cache keeps them between processes (TableStores keyed
    by stable digests, snowball.bridge.buildcache). Only what the last index used is kept (settle), so a
    preview left running for hours does not grow."""

    def __init__(
        self,
        texts: Store[Any, str] | None = None,
        scores: Store[Any, dict[str, int]] | None = None,
        *,
        key: Callable[[object], Any] | None = None,
    ) -> None:
        self.texts: Store[Any, str] = MemoryStore() if texts is None else texts
        self.scores: Store[Any, dict[str, int]] = MemoryStore() if scores is None else scores
        self._key = _itself if key is None else key

    def text(self, markdown: str) -> str:
        key = self._key(markdown)
        if (found := self.texts.get(key)) is None:
            self.texts.put(key, found := markdown_text(markdown))
        return found

    def entry_scores(self, e: Entry, language: str = "en") -> dict[str, int]:
        key = self._key((e, language))
        if (found := self.scores.get(key)) is None:
            self.scores.put(key, found := entry_scores(e, language))
        return found

    def settle(self) -> None:
        """After an index is written: forget what it did not use."""
        self.texts.settle()
        self.scores.settle()


def _itself(value: object) -> object:
    return value


def stable_key(value: object) -> str:
    """The same in every process (Python's hash() of a string is not): a digest of the value's repr."""
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def write_search(
    folder: Path, entries: list[Entry], memo: SearchMemo | None = None, language: str = "en"
) -> dict[str, Any]:
    """Write the sharded index into folder for a hub in `language` (mkdocs.yml's theme.language: its stop
    words and stemmer); return what the manifest tells the worker (docs/meta.json).

    Only files whose text changed are written and only stale ones deleted: the preview's server may be
    answering a search while the index is rewritten, and must never find a shard missing."""
    files = sharded_index(entries, memo.entry_scores if memo else entry_scores, language)
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
    return json.loads(files["docs/meta.json"])


# ---- a sharded index the browser loads piece by piece --------------------------------------------------------
# Material's worker downloads every document before the first result (25 MB at 5,000 stories). Ours loads,
# once, a dictionary of every term grouped by stem (search/docs/dict.txt: how a query finds word forms and
# typos), then the shards holding the terms a query needs and the few document chunks it shows.

PREFIX = 3  # characters of a term that choose its shard, more where a shard would be big (SHARD_BYTES)
MAX_PREFIX = 8
SHARD_BYTES = 24_000  # a shard above this is split by one more character: a query fetches what it needs
CHUNK = 10  # documents per chunk file: a page of results needs a few small files
EXCERPT, BODY = 300, 700  # characters of summary and body kept per document for the snippet a result shows
# Where a term is found, best first: a term in a title outranks the same term in a body. The codes go into
# the postings (4 = title, 3 = names: site, champions, practices, tags, 2 = summary, 1 = body).
FIELDS = {"title": 4, "names": 3, "summary": 2, "body": 1}
# What results can be narrowed by, as the story listings' filters are (same fields, same ids in the address:
# "paper site:porto" in the search box, ?q=paper+site:porto in the address).
FACETS = ("site", "practice", "stage", "tag")

# Stop words: the commonest words of each language, left out of the index (a query made only of them still
# searches for them, and finds nothing). Small lists on purpose: a missing stop word costs a few postings.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an and are as at be but by for from had has have he her his i in into is it its of on or our she so "
        "than that the their them then there these they this to too was we were what when which who will with "
        "would you your us".split()
    ),
    "pt": frozenset(
        "a ao aos as com como da das de do dos e ela ele em entre era essa esse esta este foi ha isso mais mas "
        "me mesmo muito na nas nao no nos o os ou para pela pelo por que se sem ser seu sua sao tambem um uma "
        "foram tem".split()
    ),
    "es": frozenset(
        "a al como con de del el ella ellos en entre era es esta este fue ha la las le les lo los mas me muy "
        "no nos o para pero por que se sin son su sus tambien un una y ya".split()
    ),
    "fr": frozenset(
        "a au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me meme ne nous "
        "on ou par pas pour qu que qui sa se ses son sur ta te un une vous y ete".split()
    ),
    "de": frozenset(
        "aber als am an auch auf aus bei bin bis das dass dem den der des die du ein eine einem einen einer "
        "er es fur hat ich im in ist mit nach nicht noch oder sich sie sind so und uber um vom von vor war "
        "wie wir zu zum zur".split()
    ),
}
# Snowball's algorithms by the language codes of Material's theme.language (region parts such as pt-BR
# dropped); a language without one is searched by exact words, prefixes and typos only.
STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "nb": "norwegian", "ne": "nepali", "nl": "dutch", "nn": "norwegian", "no": "norwegian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
# Chinese and Japanese are written without spaces: runs of their characters are indexed as overlapping
# pairs (bigrams), and the worker pairs a query the same way, so a two-character word finds the story.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_CJK}]+|[^\W{_CJK}]+")
_CJK_RE = re.compile(rf"[{_CJK}]")


def base_language(language: str) -> str:
    """pt-BR -> pt: the stop words and stemmer of a language serve its regions."""
    return (language or "en").replace("_", "-").split("-")[0].lower()


def stopwords(language: str) -> frozenset[str]:
    return STOPWORDS.get(base_language(language), frozenset())


@functools.cache
def _stemmer(language: str) -> Callable[[str], str] | None:
    name = STEMMERS.get(base_language(language))
    return snowballstemmer.stemmer(name).stemWord if name else None


def stem(term: str, language: str) -> str:
    """The Snowball stem of an indexed (lowercased, accent-folded) term: the worker stems a query word with
    the same algorithm in JavaScript, so "adopting" finds "adoption" (both "adopt"). Numbers, Chinese and
    Japanese pairs stay as they are."""
    stemmer = _stemmer(language)
    if stemmer is None or not term.isalpha() or _CJK_RE.match(term):
        return term
    return stemmer(term)


def normalise(word: str) -> str:
    """Lowercase without accents, as the browser worker does with the query."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """The words of a plain text, lowercased and accent-folded; a run of Chinese or Japanese characters
    becomes its overlapping pairs ("东京都" -> "东京", "京都"), or itself when it is one character."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(normalise(text)):
        if _CJK_RE.match(run):
            out.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
        else:
            out.append(run)
    return out


def terms(text: str, language: str = "en") -> Counter[str]:
    """How often each indexable word occurs in an escaped HTML text."""
    if "&" in text:
        text = html.unescape(text)
    stop = stopwords(language)
    found = Counter(tokens(text))
    return Counter({w: n for w, n in found.items() if (1 < len(w) <= 30 or _CJK_RE.match(w)) and w not in stop})


def shard_name(term: str, length: int = PREFIX) -> str:
    """File-name-safe shard key: the term's first `length` characters, non-[a-z0-9] as _hex_ (closed, so
    no two prefixes give one name)."""
    return "".join(ch if ch.isascii() and ch.isalnum() else f"_{ord(ch):x}_" for ch in term[:length])


def _cut(text: str, limit: int = 200) -> str:
    """An excerpt or a meta line, cut at a word near limit characters (never inside an entity such as &amp;)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    teaser = text[: cut if cut > 0 else limit]
    if teaser.rfind("&") > teaser.rfind(";"):
        teaser = teaser[: teaser.rfind("&")]
    return teaser + " …"


def entry_scores(e: Entry, language: str = "en") -> dict[str, int]:
    """Each indexable term of one entry and the best field it is in (FIELDS: title 4 ... body 1). The stop
    words are the entry's own language's (e.lang), else the hub's (language)."""
    language = e.lang or language
    scores: dict[str, int] = {}
    names = " ".join((*e.tags, e.meta))
    for field, text in (("body", e.text), ("summary", e.excerpt), ("names", names), ("title", e.title)):
        for t in terms(text, language):
            scores[t] = FIELDS[field]
    return scores


def _postings(found: dict[int, int]) -> list[int]:
    """Documents (ascending) and field codes as one number each: (gap from the last document) * 4 + code - 1,
    so a word in every one of 10,000 documents costs about 20 kB."""
    out, last = [], -1
    for doc in sorted(found):
        out.append((doc - last) * 4 + found[doc] - 1)
        last = doc
    return out


def _shards(postings: dict[str, list[int]], length: int = PREFIX) -> dict[str, dict[str, list[int]]]:
    """Terms grouped by their first `length` characters; a group above SHARD_BYTES split by one more."""
    groups: dict[str, dict[str, list[int]]] = {}
    for t in sorted(postings):
        groups.setdefault(shard_name(t, length), {})[t] = postings[t]
    out: dict[str, dict[str, list[int]]] = {}
    for name, group in groups.items():
        size = sum(len(t) + 4 + 3 * len(p) for t, p in group.items())  # about the JSON's length
        if size > SHARD_BYTES and length < MAX_PREFIX and any(len(t) > length for t in group):
            out.update(_shards(group, length + 1))
        else:
            out[name] = group
    return out


def facet_postings(docs: list[Entry]) -> dict[str, list[list[object]]]:
    """For each facet, its values: [id, name (escaped), postings (code 1)], by name. The worker loads it once
    and counts, for a query's results, how many are in each site, practice, stage and tag."""
    found: dict[str, dict[tuple[str, str], dict[int, int]]] = {f: {} for f in FACETS}
    for i, e in enumerate(docs):
        for field, ident, name in e.facets:
            found[field].setdefault((ident, html.escape(name)), {})[i] = 1
    return {
        f: [[ident, name, _postings(d)] for (ident, name), d in sorted(values.items(), key=lambda kv: kv[0][1])]
        for f, values in found.items()
    }


def recency(docs: list[Entry]) -> list[int]:
    """Each document's date as a number that grows with it (YYYYMMDD less 20000000, 0 without a date), for
    the worker's last ranking rule: newer first. About 5 bytes a document, loaded once."""
    return [int(e.date.replace("-", "")) - 20_000_000 if e.date else 0 for e in docs]


def dictionary(languages: dict[str, set[str]]) -> str:
    """Every term, one line per stem: "paper" (a term that is its own stem, alone) or
    "adopt<TAB>adopted adoption" (the stem, then its terms). The worker loads it once. languages: each
    term and the languages it was indexed in; a term is under the stem of each (an English story's
    "adopting" under English "adopt" in a Portuguese hub), so a query stemmed in any of them finds it."""
    groups: dict[str, list[str]] = {}
    for t in sorted(languages):
        for s in sorted({stem(t, lang) for lang in languages[t]}):
            groups.setdefault(s, []).append(t)
    return "\n".join(s if ts == [s] else s + "\t" + " ".join(ts) for s, ts in sorted(groups.items()))


def sharded_index(
    entries: list[Entry], scored: Callable[[Entry, str], dict[str, int]] = entry_scores, language: str = "en"
) -> dict[str, str]:
    """Files (path under search/ -> text) of the sharded index for these entries (scored: an entry's term
    scores; the preview passes its memo's). docs/meta.json says what the manifest tells the worker."""
    docs = sorted(entries, key=lambda e: e.location)
    hub = base_language(language)
    found: dict[str, dict[int, int]] = {}
    languages: dict[str, set[str]] = {}  # term -> the languages of the entries it is in (for its stems)
    for i, e in enumerate(docs):
        lang = base_language(e.lang or language)
        for t, code in scored(e, language).items():
            found.setdefault(t, {})[i] = code
            languages.setdefault(t, set()).add(lang)
    shards = _shards({t: _postings(d) for t, d in found.items()})
    out = {f"terms/{name}.json": _json(body) for name, body in shards.items()}
    for start in range(0, len(docs), CHUNK):
        chunk = [
            [e.location, e.title, _cut(e.excerpt, EXCERPT), list(e.tags), _cut(e.meta), _cut(e.body, BODY)]
            for e in docs[start : start + CHUNK]
        ]
        out[f"docs/{start // CHUNK}.json"] = _json(chunk)
    out["docs/dict.txt"] = dictionary(languages)
    out["docs/facets.json"] = _json(facet_postings(docs))
    out["docs/dates.json"] = _json(recency(docs))
    langs = [hub, *sorted({base_language(e.lang) for e in docs if e.lang} - {hub})]  # hub first
    stemmed = [f"stemmers/{lang}.js" for lang in langs if lang in STEMMERS]
    meta = {
        "version": 2,
        "docs": len(docs),
        "chunk": CHUNK,
        "lang": hub,
        "langs": langs,  # the worker stems a query word in each (a story may be in another language)
        "stemmer": ["stemmers/base.js", *stemmed] if stemmed else None,
        "stopwords": sorted(stopwords(language)),
        "fields": FIELDS,
        "facets": list(FACETS),
        "shards": sorted(shards),
    }
    out["docs/meta.json"] = _json(meta)
    return out


def present_stemmers(files: list[str] | None, folder: Path) -> list[str] | None:
    """The manifest's stemmer files that the built site has (under its assets/javascripts/): a language
    without a JavaScript stemmer (nb is stemmed by Python as "norwegian" but has no nb.js) is left out and
    the worker uses the index's stems for it, while the other languages keep theirs. None when base.js or
    every language's file is missing."""
    kept = [f for f in files or [] if (folder / f).is_file()]
    return kept if len(kept) > 1 and kept[0] == "stemmers/base.js" else None


def _json(data: object) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def manifest(existing: str, meta: dict[str, Any]) -> str:
    """search_index.json without documents: Material's page script still fetches it on every page and hands
    its config to the worker; config.snowball is the index's docs/meta.json (the document count is the
    number of documents, the shards the terms' files)."""
    data = json.loads(existing) if existing else {"config": {"lang": ["en"]}}
    data["docs"] = []
    data["config"]["snowball"] = meta
    return _json(data)
