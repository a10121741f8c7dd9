"""Linear stand-ins for the importer's regular expressions that read a post's open text (up to 4 MB).

A lazy `{{.*?}}` or a backtracking `{[^}]*#...}` reads from every opener to the end of the text when
nothing closes it, so a post of a few hundred kilobytes of "{{" or "{#a" took minutes (the 4 MB limit,
hours). Each function here gives what the regex it names gave, but remembers what it has read (where the
next closer is, what a stretch ended in), so every character is read a bounded number of times.
tests/test_import_linear.py compares each with its regex on random mixes of hostile tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..markscan import Next

__all__ = [
    "HugoTag",
    "anchor_links",
    "explicit_ids",
    "hugo_tags",
    "last_end",
    "markdown_wrapper",
    "sub_before_last",
    "sub_until_failed",
]


def last_end(text: str, closer: str | re.Pattern[str]) -> int:
    """Where the last occurrence of closer ends (0 when there is none)."""
    if isinstance(closer, str):
        found = text.rfind(closer)
        return found + len(closer) if found != -1 else 0
    end = 0
    for m in closer.finditer(text):
        end = m.end()
    return end


def sub_before_last(pattern: re.Pattern[str], closer: str | re.Pattern[str], repl: Callable[[re.Match[str]], str] | str,
                    text: str) -> str:  # fmt: skip
    """pattern.sub(repl, text) for a pattern "opener, lazy .*? (DOTALL), closer": no match can end after the
    last closer, so the text after it is left as it is. Before it, every opener finds a closer (each match is
    read once); only the openers after it read to the end, once each, and there are none to read."""
    end = last_end(text, closer)
    return pattern.sub(repl, text[:end]) + text[end:] if end else text


def sub_until_failed(pattern: re.Pattern[str], opener: re.Pattern[str], repl: Callable[[re.Match[str]], str],
                     text: str) -> str:  # fmt: skip
    """pattern.sub(repl, text) for a pattern that can start only where opener matches, and that, once it
    fails at an opener, fails at every later one with the same (lower-cased) group 1: "<iframe ...>...</iframe>"
    fails when no "</iframe>" follows the tag, and then none follows a later one. Each failure was a read to
    the end of the text; here it is read once for each group 1."""
    out: list[str] = []
    pos = 0
    failed: set[str] = set()
    for o in opener.finditer(text):
        key = o.group(1).lower()
        if o.start() < pos or key in failed:
            continue
        m = pattern.match(text, o.start())
        if m is None:
            failed.add(key)
            continue
        out += (text[pos : m.start()], repl(m))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out) if pos else text


# --- Hugo shortcodes: r"\{\{([<%])\s*(/?)\s*([\w.-]+)((?:[^>%\"'`]|\"(?:[^\"\\]|\\.)*\"|'[^']*'|`[^`]*`)*?)\s*([>%])\}\}"


@dataclass(frozen=True)
class HugoTag:
    """One match of the shortcode regex: its span and groups 1-5."""

    start: int
    end: int
    kind: str  # "<" or "%"
    closing: str  # "/" or ""
    name: str
    args: str
    closer: str  # ">" or "%"


# Possessive: the regex's backtracking over the spaces around "/" could only fail again (quadratic on spaces).
_HUGO_OPEN_RE = re.compile(r"\{\{([<%])\s*+(/?)\s*+([\w.-]+)")
_ARGS_STOP_RE = re.compile(r"[\s>%\"'`]")  # where the lazy arguments could end, or a quoted value starts
_SPACES_RE = re.compile(r"\s*")


def hugo_tags(text: str) -> list[HugoTag]:
    """Every shortcode, as _HUGO_TAG_RE.finditer found them.

    The arguments are read one token at a time (a character, or a quoted value) until spaces and ">}}" or
    "%}}" follow. Where that reading goes from a position does not depend on which shortcode started it,
    so what it found is remembered at each stopping place: a later opener whose reading meets an earlier
    one's takes its answer instead of reading the rest again."""
    if "{{" not in text:
        return []
    found: dict[int, tuple[int, int] | None] = {}  # a stopping place -> (end of args, end of match), or None
    after: dict[int, int] = {}  # a position just after spaces or a quote -> the next stopping place
    first_stop = Next(text, _ARGS_STOP_RE)  # asked at rising positions (each opener's arguments)
    closing_quote: dict[int, int] = {}

    def next_stop(pos: int) -> int:
        if pos not in after:
            m = _ARGS_STOP_RE.search(text, pos)
            after[pos] = m.start() if m else -1
        return after[pos]

    def double_quote_end(q: int) -> int:
        """The '"' closing the value opened at q: the next one after an even run of backslashes."""
        chain = []
        while q not in closing_quote:
            chain.append(q)
            nxt = text.find('"', q + 1)
            if nxt == -1:
                closing_quote[q] = -1
                break
            run = nxt
            while run > q + 1 and text[run - 1] == "\\":
                run -= 1
            if (nxt - run) % 2 == 0:
                closing_quote[q] = nxt
                break
            q = nxt
        result = closing_quote[q]
        for c in chain:
            closing_quote[c] = result
        return result

    def args_end(stop: int) -> tuple[int, int] | None:
        trail: list[int] = []
        result: tuple[int, int] | None = None
        while stop != -1 and stop not in found:
            trail.append(stop)
            ch = text[stop]
            if ch in ">%":
                result = (stop, stop + 3) if text.startswith("}}", stop + 1) else None
                break
            if ch in "'`\"":
                close = double_quote_end(stop) if ch == '"' else text.find(ch, stop + 1)
                if close == -1:
                    break
                stop = next_stop(close + 1)
                continue
            spaces_end = _SPACES_RE.match(text, stop).end()
            if text.startswith((">}}", "%}}"), spaces_end):
                result = (stop, spaces_end + 3)
                break
            stop = spaces_end if spaces_end < len(text) and text[spaces_end] in ">%'`\"" else next_stop(spaces_end)
        else:
            result = found.get(stop) if stop != -1 else None
        for place in trail:
            found[place] = result
        return result

    tags: list[HugoTag] = []
    pos = 0
    while m := _HUGO_OPEN_RE.search(text, pos):
        hit = args_end(first_stop(m.end()))
        if hit is None:
            pos = m.start() + 1
            continue
        args, end = hit
        tags.append(HugoTag(m.start(), end, m[1], m[2], m[3], text[m.end() : args], text[end - 3]))
        pos = end
    return tags


# --- ids a page will have: r"\{[^}\n]*#([\w:.-]+)[^}\n]*\}|\b(?:id|name)\s*=\s*[\"']([^\"']+)[\"']"

_ID_START_RE = re.compile(r"\{|\b(?:id|name)\s*=\s*[\"']([^\"']+)[\"']")
_ID_CHARS_RE = re.compile(r"[\w:.-]+")
_STRETCH_END_RE = re.compile(r"[}\n]")


def explicit_ids(text: str) -> list[tuple[str, str]]:
    """_EXPLICIT_ID_RE.findall(text): ("id", "") for the last "#id" between a "{" and the "}" closing its
    line's stretch, ("", "value") for id="value" or name="value".

    The regex tried every "#" before every "{" (cubic: 2,000 "{#a" took 15 s). Every "{" before the same
    "}" shares the last "#id" before it, found once."""
    out: list[tuple[str, str]] = []
    stretch_end = Next(text, _STRETCH_END_RE)
    last_mark: dict[int, int] = {}  # a "}" -> the last "#" with an id before it (after the first "{" that asked)
    pos = 0
    while m := _ID_START_RE.search(text, pos):
        i = m.start()
        if m.group(1) is not None:
            out.append(("", m.group(1)))
            pos = m.end()
            continue
        e = stretch_end(i + 1)
        if e == -1 or text[e] != "}":
            pos = i + 1
            continue
        if e not in last_mark:
            h = text.rfind("#", i + 1, e)
            while h != -1 and not _ID_CHARS_RE.match(text, h + 1, e):
                h = text.rfind("#", i + 1, h)
            last_mark[e] = h
        h = last_mark[e]
        if h > i:
            out.append((_ID_CHARS_RE.match(text, h + 1, e).group(0), ""))  # type: ignore[union-attr]
            pos = e + 1
        else:
            pos = i + 1
    return out


# --- in-page links: r"(?<!!)\[((?:[^\[\]\\\n]|\\.)*)\]\(#([^)\s]*)((?:\s+\"[^\"]*\")?)\)"

_LINK_TEXT_RE = re.compile(r"(?:[^\[\]\\\n]|\\.)*+")
_ANCHOR_TAIL_RE = re.compile(r"\]\(#([^)\s]*)((?:\s+\"[^\"]*\")?)\)")


def anchor_links(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, text, anchor, title) of each match of _ANCHOR_LINK_RE.

    A link's text ends at the first "[", "]" or line break not escaped by a backslash. A "[" inside
    the text an earlier "[" read is escaped there, so reading from it ends at the same place: it is
    taken from there instead of read again (the regex read to the line's end from each: 2,000 "[\\" took
    a quarter of a second, a megabyte hours)."""
    pos, reach = 0, -1  # reach: where the last text read ended (it started before pos)
    tails: dict[int, re.Match[str] | None] = {}
    while (i := text.find("[", pos)) != -1:
        if i >= reach:
            reach = _LINK_TEXT_RE.match(text, i + 1).end()  # type: ignore[union-attr]
        if reach not in tails:
            tails[reach] = _ANCHOR_TAIL_RE.match(text, reach)
        tail = tails[reach]
        if tail is None or (i > 0 and text[i - 1] == "!"):
            pos = i + 1
            continue
        yield i, tail.end(), text[i + 1 : reach], tail[1], tail[2]
        pos = tail.end()


# --- Material's <div markdown>: r"^\s*<([a-z][a-z0-9]*)\b[^>]*\bmarkdown(?:=\S+)?[^>]*>\s*$"

_WRAPPER_OPEN_RE = re.compile(r"\s*<([a-z][a-z0-9]*)\b")
_MARKDOWN_WORD_RE = re.compile(r"\bmarkdown")
_NON_SPACE_RE = re.compile(r"\S*")


def markdown_wrapper(line: str) -> str | None:
    """The tag name when the line is one start tag with a markdown attribute (_MARKDOWN_ATTR_RE.match),
    else None.

    The line must end with ">" (spaces after it allowed); "markdown" must come before the tag's first ">";
    after it, either no ">" before that last one, or "=" and a value that reaches past every ">" before
    it. The regex tried each split of the value against the rest of the line (quadratic on a long line)."""
    m = _WRAPPER_OPEN_RE.match(line)
    if not m:
        return None
    last = len(line.rstrip()) - 1
    if last < m.end() or line[last] != ">":
        return None
    before_last = line.rfind(">", m.end(), last)  # the last ">" before the final one
    first_gt = line.find(">", m.end())
    run_from, run_end = -1, -1
    for w in _MARKDOWN_WORD_RE.finditer(line, m.end(), first_gt):
        a = w.end()
        if before_last < a:
            return m.group(1)
        if line.startswith("=", a):
            if not run_from < a + 1 <= run_end:  # the value's run of non-spaces, read once for all in it
                run_from, run_end = a, _NON_SPACE_RE.match(line, a + 1).end()  # type: ignore[union-attr]
            q = min(run_end, last)
            if q >= a + 2 and before_last < q:
                return m.group(1)
    return None
