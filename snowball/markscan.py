"""Linear stand-ins for the regular expressions that strip Markdown and HTML marks from open text.

`\\[([^\\]]*)\\]\\([^)]*\\)` and `<[^>]*>` read from each "[" or "<" to the end of the text when nothing
closes it, so 500,000 "[" in a code block took the search index hours. Each function here gives exactly
what re.sub with the pattern it names gives, but remembers where the next closing mark is, so every
character is read a bounded number of times, whatever the text holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "Next",
    "attr_ids",
    "atx_headings",
    "elements",
    "footnotes",
    "setext_headings",
    "strip_inline",
    "sub_links",
    "sub_tags",
    "sub_template_tags",
    "template_spans",
]


class Next:
    """Where the next occurrence of a string (or a fixed-length pattern) starts at or after a position.

    The last answer is remembered: asked again for a position at or before it (and not before where that
    search began), it answers without reading, so asking at rising positions reads the text once."""

    def __init__(self, text: str, what: str | re.Pattern[str]) -> None:
        self._text, self._what = text, what
        self._from, self._found = 1, 0  # nothing remembered yet

    def __call__(self, pos: int) -> int:
        if self._from <= pos and (pos <= self._found or self._found == -1):
            return self._found
        if isinstance(self._what, str):
            found = self._text.find(self._what, pos)
        else:
            m = self._what.search(self._text, pos)
            found = m.start() if m else -1
        self._from, self._found = pos, found
        return found


def sub_tags(text: str, repl: str = "", *, empty: bool = True) -> str:
    """re.sub(r"<[^>]*>", repl, text) (with empty=False, r"<[^>]+>"): once no ">" follows a "<",
    none follows any later "<", so the search stops there instead of reading to the end again."""
    if "<" not in text:
        return text
    out: list[str] = []
    pos = start = 0
    while (start := text.find("<", start)) != -1:
        end = text.find(">", start + 1)
        if end == -1:
            break
        if end == start + 1 and not empty:
            start += 1
            continue
        out += (text[pos:start], repl)
        pos = start = end + 1
    out.append(text[pos:])
    return "".join(out)


def sub_links(text: str, opener: str = "[", *, bang: bool = False) -> str:
    """re.sub(re.escape(opener) + r"([^\\]]*)\\]\\([^)]*\\)", r"\\1", text): each link (or image, with
    opener "![") becomes its bracketed text. With bang, the pattern is r"!?\\[...": an image's "!" goes too.

    Every opener before a "]" shares that "]": if no "(" follows it, none of them is a link, and the
    search goes on after it; if no ")" follows, no later opener can be a link either."""
    if opener not in text:
        return text
    out: list[str] = []
    pos = 0
    start = text.find(opener)
    while start != -1:
        inner = start + len(opener)
        close = text.find("]", inner)
        if close == -1:
            break
        if not text.startswith("(", close + 1):
            start = text.find(opener, close + 1)
            continue
        end = text.find(")", close + 2)
        if end == -1:
            break
        cut = start - 1 if bang and start > pos and text[start - 1] == "!" else start
        out += (text[pos:cut], text[inner:close])
        pos = end + 1
        start = text.find(opener, pos)
    out.append(text[pos:])
    return "".join(out)


_INLINE_START_RE = re.compile(r"[*_`<\[!]")


def strip_inline(text: str) -> str:
    """re.sub(r"!?\\[([^\\]]*)\\]\\([^)]*\\)|<[^>]*>|[*_`]", lambda m: m.group(1) or "", text): links and
    images keep their text, tags and the marks * _ ` go, in one left-to-right pass as the regex takes them."""
    close, paren, gt = Next(text, "]"), Next(text, ")"), Next(text, ">")
    out: list[str] = []
    pos = i = 0
    while m := _INLINE_START_RE.search(text, i):
        i = m.start()
        ch = text[i]
        if ch in "*_`":
            out.append(text[pos:i])
            pos = i = i + 1
            continue
        if ch == "<":
            end = gt(i + 1)
            if end != -1:
                out.append(text[pos:i])
                pos = i = end + 1
                continue
        elif ch == "[" or text.startswith("[", i + 1):
            inner = i + 2 if ch == "!" else i + 1
            c = close(inner)
            if c != -1 and text.startswith("(", c + 1) and (end := paren(c + 2)) != -1:
                out += (text[pos:i], text[inner:c])
                pos = i = end + 1
                continue
        i += 1
    out.append(text[pos:])
    return "".join(out)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


_ATX_OPEN_RE = re.compile(r"#{1,6}(?!#)[ \t]*")  # at a line's start: bounded, cannot backtrack far


def atx_headings(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each match of r"^#{1,6}(?!#)[ \t]*(.*?)[ \t#]*$" (MULTILINE): the lazy group
    retried the closing run at every character (a heading of 20,000 " #" took 16 s)."""
    for start, line in _lines(text):
        if line.startswith("#") and (m := _ATX_OPEN_RE.match(line)):
            yield start, line[m.end() :].rstrip(" \t#")


_UNDERLINE_RE = re.compile(r"(?:=+|-+)[ \t]*")


def setext_headings(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of each match of r"^([^\\n]*\\S[^\\n]*)\\n(?:=+|-+)[ \\t]*$" (MULTILINE): the regex
    tried every non-space character of a long line as its \\S (a 20,000-character line took 3 s)."""
    lines = list(_lines(text))
    i = 0
    while i + 1 < len(lines):
        start, line = lines[i]
        if line and not line.isspace() and _UNDERLINE_RE.fullmatch(lines[i + 1][1]):
            yield start, line
            i += 2
        else:
            i += 1


_SPACE_RE = re.compile(r"\s")
_FOOTNOTE_STOP_RE = re.compile(r"[\]\s]")


def footnotes(text: str) -> Iterator[tuple[str, str]]:
    """(id, colon) of each match of r"\\[\\^([^\\]\\s]+)\\](:?)": every "[^" before the same "]" or space
    shares its verdict, so the search goes on after it."""
    pos = 0
    while (i := text.find("[^", pos)) != -1:
        stop = _FOOTNOTE_STOP_RE.search(text, i + 2)
        if stop is None:
            return
        e = stop.start()
        if text[e] == "]" and e > i + 2:
            colon = ":" if text.startswith(":", e + 1) else ""
            yield text[i + 2 : e], colon
            pos = e + 1 + len(colon)
        else:
            pos = e + 1


def attr_ids(text: str) -> Iterator[str]:
    """Group 1 of each match of r"\\{:?[^{}\\n]*?#([^\\s}]+)[^{}\\n]*\\}": the id of an attribute list.

    A match ends at the first "}" after its "{" with no line break between; its "#" comes before any other
    "{", and after the id's run of non-space characters no "{" may follow before the "}"."""
    brace, closer, newline, space = (Next(text, c) for c in ("{", "}", "\n", _SPACE_RE))
    last_open: dict[int, int] = {}  # a "}" -> the last "{" before it (found once per "}")
    p = brace(0)
    while p != -1:
        f = closer(p + 1)
        if f == -1:
            return
        nl = newline(p + 1)
        if nl != -1 and nl < f:
            p = brace(nl + 1)
            continue
        first = brace(p + 1)
        limit = first if first != -1 and first < f else f
        if f not in last_open:
            last_open[f] = text.rfind("{", p + 1, f)
        lb = last_open[f] if last_open[f] > p else -1
        found = None
        h = text.find("#", p + 1, limit)  # bounded: candidates' stretches up to their next "{" do not overlap
        while h != -1:
            if h + 1 >= f or text[h + 1].isspace():
                h = text.find("#", h + 1, limit)
                continue
            e = space(h + 1)
            e = f if e == -1 or e > f else e
            if lb < e:
                found = text[h + 1 : e]
                break
            h = text.find("#", e, limit)
        if found is not None:
            yield found
            p = brace(f + 1)
        else:
            p = brace(p + 1)


def elements(html: str, tag: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, inner HTML) of each match of rf"<{tag}\\b[^>]*>(.*?)</{tag}>" (DOTALL): a candidate with
    no ">" or no closing tag after it means none after any later candidate either, so the search stops."""
    gt, closing = Next(html, ">"), Next(html, f"</{tag}>")
    opener = f"<{tag}"
    pos = 0
    while (i := html.find(opener, pos)) != -1:
        after = i + len(opener)
        if after < len(html) and (html[after].isalnum() or html[after] == "_"):
            pos = i + 1  # "<h2x": \b fails
            continue
        if (end := gt(after)) == -1 or (close := closing(end + 1)) == -1:
            return
        yield i, close + len(opener) + 2, html[end + 1 : close]
        pos = close + len(opener) + 2


_SHORTCODE_END_RE = re.compile(r"[%>]\}\}")


def template_spans(text: str, *, shortcodes: bool = True, dotall: bool = True) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of r"\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|\\{\\{.*?\\}\\}" (without its first
    alternative when not shortcodes; flags re.DOTALL when dotall, else no match crosses a line break).

    Each lazy ".*?" read to the end of the text (or line) for every "{{": here the next closer and line
    break are remembered, so the text is read once."""
    if "{" not in text:
        return
    shortcode_end, tag_end, output_end = Next(text, _SHORTCODE_END_RE), Next(text, "%}"), Next(text, "}}")
    newline = Next(text, "\n")

    def closes(close: int, i: int) -> bool:
        if close == -1:
            return False
        if dotall:
            return True
        line_end = newline(i)  # asked at each "{" in turn: at rising positions
        return line_end == -1 or close < line_end

    i = 0
    while (i := text.find("{", i)) != -1:
        end = -1
        if text.startswith("{{", i):
            if shortcodes and text[i + 2 : i + 3] in ("<", "%") and closes(e := shortcode_end(i + 3), i):
                end = e + 3
            elif closes(e := output_end(i + 2), i):
                end = e + 2
        elif text.startswith("{%", i) and closes(e := tag_end(i + 2), i):
            end = e + 2
        if end == -1:
            i += 1
            continue
        yield i, end
        i = end


def sub_template_tags(text: str) -> str:
    """re.sub(r"\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|\\{\\{.*?\\}\\}", "", text, flags=re.DOTALL): Hugo shortcodes,
    Liquid tags and template outputs go; each lazy ".*?" read to the end of the text for every "{{"."""
    out: list[str] = []
    pos = 0
    for start, end in template_spans(text):
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)
