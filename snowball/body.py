"""Checks on a story's Markdown body: unsafe or dropped HTML, outside resources, reserved ids,
broken links, leftover template syntax, nesting, and personal data.

These run on the source text, with the line of each finding, so the champion is told where
to look. The build sanitises the rendered HTML as well (snowball/sanitize.py, the same
allow-list); this is the friendly first line, not the only one.

Every scan here is linear in the length of the body, whatever it contains: each one is a
single forward pass (str.find, or regular expressions that cannot backtrack across what
they already consumed), runs only when its trigger character occurs, and nothing recurses.
A body the validator passes must also render quickly, so inputs that make Python-Markdown
slow or deep (long bracket runs, deep nesting) are refused here with their line.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .contract import compose_body
from .diagnostics import Report
from .gate import language, tr
from .i18n import N_
from .markscan import attr_ids, atx_headings, footnotes, setext_headings, strip_inline
from .sanitize import (
    FORBIDDEN_TAGS,
    RESOURCE_ATTRIBUTES,
    THEME_CLASS_PREFIXES,
    is_outside,
    judge_attribute,
    judge_class,
    judge_tag,
    normalise_url,
)

__all__ = ["FORBIDDEN_TAGS", "Link", "check_body", "mask_code", "resolve_link"]

NESTING_LIMIT = 10  # lists and block quotes inside each other (each level costs Markdown a pass)
HTML_NESTING_LIMIT = 40  # HTML elements inside each other
# Python-Markdown spends about 0.2 ms on each inline mark (link, emphasis, code span, tag, entity,
# escape) and, for each "[", reads on to its "]" (or to the end of the paragraph), several times over;
# code fences cost it more the more there are. These budgets keep any story it renders under a second
# or two (measured in scripts/gate_fuzz.py --classes); real stories use a few hundred marks.
MARK_LIMIT = 8000  # "[", "`", "<", "&", "\\", "*" and "_" outside code
BRACKET_BUDGET = 300_000  # characters read from each "[" to its "]", summed
FENCE_LIMIT = 400  # lines opening or closing a code block
# Each block (paragraph, heading, list item, quote, note "!!!", details "???", tab "===", table row, footnote,
# definition) costs Python-Markdown and the page's processing a little, some more than linearly: 29,000 notes
# took the build 70 s, 2,000 take Python-Markdown about 0.3 s. Real long documents stay well below: a
# 15,000-word reference page (node's process.md) has about 1,200 blocks, a 3,000-word one about 400, and the
# sample stories at most 31.
BLOCK_LIMIT = 2000
# Each table cell costs Python-Markdown about 0.1 ms: 190,000 cells (a 380 KB table) took it 12 s. Real
# documents hold at most a few hundred "|" (node's longest API page: 799).
CELL_LIMIT = 5000  # "|" outside code
# Python-Markdown's raw-HTML reader (the standard library's HTMLParser) reads the rest of the story again
# for each "<" that starts a tag and never ends it: 200 of them in 500 KB took it 273 s.
OPEN_TAG_BUDGET = 300_000  # characters after each unfinished tag, summed
MESSAGE_LIMIT = 10  # of one kind per story; the rest are counted in one line

URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "data", "cite", "ping"}
)
_UNSAFE_SCHEME_RE = re.compile(r"^(javascript|data|vbscript|file):", re.IGNORECASE)
# A fence opens only with an info string superfences accepts (a language, {attributes} or key="value"s);
# "```` *text*" is a paragraph to Python-Markdown, so its links still count.
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*(?:\{[^}\n]*\}|[\w#.+-]+(?:[ \t]+[\w-]+=\"[^\"\n]*\")*)?[ \t]*$")
_FENCE_CLOSE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")
_BACKTICKS_RE = re.compile(r"`+")
_NOT_NEWLINE_RE = re.compile(r"[^\n]")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
# A tag as Python-Markdown finds raw HTML inline: no "<" or ">" inside (quoted ">" handled below).
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])([^<>]*)>")
_ATTR_RE = re.compile(r"""[\s/]*([^\s/=]+)(?:\s*=\s*("[^"]*"?|'[^']*'?|[^\s]*))?""")
_CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u2033"
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_IMPLIED_END = frozenset({"li", "p", "td", "th", "tr", "dt", "dd", "option"})
_BRACKET_RE = re.compile(r"[\\\[\]]")
_MARKS = "[`<&\\*_"
_MARK_RE = re.compile(r"[\[`<&\\*_]")
_DEST_PART_RE = re.compile(r"[^\s()\\]*(?:\\.[^\s()\\]*)*", re.DOTALL)
_SPACE_RE = re.compile(r"[ \t]*\n?[ \t]*")
_AUTOLINK_RE = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
# "[^note]: text" is a footnote (the footnotes extension reads it first), not a link definition
# and only what Python-Markdown reads as one: the address, then nothing or a title ("[r]: <my file.pdf>" is text)
_REFDEF_RE = re.compile(r"^ {0,3}\[(?!\^)([^\]\n]+)\]:[^\S\n]*<?([^\s>]+)>?(?=[^\S\n]*(?:$|[\"'(]))", re.MULTILINE)
# "](<my file.pdf>)": a link destination in angle brackets, which Markdown reads before any HTML
_ANGLE_DEST_RE = re.compile(r"\]\([ \t]*\n?[ \t]*(<)[^<>\n]*>")
_TEMPLATE_RE = re.compile(r"\{\{[<%]|\{%|\{\{[^{}\n]*\}\}")
_ATTR_LIST_RE = re.compile(r"\{:?[ ]*([^{}\n]+?)[ ]*\}")
_ATTR_LIST_TOKEN_RE = re.compile(r"""#([^\s}]+)|\.([^\s}]+)|([\w-]+)=("[^"]*"|'[^']*'|[^\s}]*)|(\S+)""")
_NUMBER_MARKERS_RE = re.compile(r"[.)][ \t]+\d{1,9}[.)][ \t]")
_CONTAINER_RE = re.compile(r"^[ \t>*+\-\d.)]{10,}", re.MULTILINE)  # cheap filter for deep nesting
# A line that starts a block: after a blank line, or with a block's mark (after any indentation and quote marks),
# or holding a "|" (a table row); an underline ('---', '=') makes the line above a heading, and a bare '>'
# parts two paragraphs of a quote, so they count too.
# Each alternative reads its line once: no backtracking across lines.
_BLOCK_RE = re.compile(
    r"^(?:[ \t>]*(?:!!!|\?\?\?|===|#{1,6}(?=[ \t]|$)|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])|:(?=[ \t])|\[\^[^\]\n]*\]:"
    r"|(?:-+|=+)[ \t]*$|(?<=>)[ \t]*$)"
    r"|[^\n|]*\|)|(?:(?<=\n\n)|\A)[ \t>]*\S",
    re.MULTILINE,
)
_NOTE_CLASSES_RE = re.compile(r"^[ \t>]*(?:!!!|\?\?\?)\+?[ \t]+([^\n\"]+)", re.MULTILINE)  # !!! type "title"
_FENCE_CLASSES_RE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})[ \t]*\{([^}\n]*)\}", re.MULTILINE)  # ```{.class}
# A line at the margin whose indented lines below are its content (read again as blocks, one level deeper).
_CONTAINER_START_RE = re.compile(r" {0,3}(?:[*+-]|\d{1,9}[.)]|:|!!!|\?\?\?\+?|===|\[\^[^\]\n]*\]:)(?:[ \t]|$)")
_RULE_RE = re.compile(r"[ \t]*([*-])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)  # "- - -": a horizontal line
_CONTAINER_MARK_RE = re.compile(r"[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_RE = re.compile(
    r"(?<![\w.,/+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){1,4}(?![\w,/-]|\.\d)"
)
_DIGIT_RUN_RE = re.compile(r"[\d+(][\d .()-]{7,}\d")  # what _digit_runs finds, in linear time
_DIGIT_STRETCH_RE = re.compile(r"[\d .()-]{8,}")  # a shorter stretch cannot hold a match (see _digit_runs)
_LAST_DIGIT_RE = re.compile(r"\d\D*$")  # searched with an end: each try stops at the next digit
_DIGIT_START_RE = re.compile(r"[\d(]")
_DATE_LIKE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
_IPV4_RE = re.compile(r"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SNOWBALL_HINT = N_("convert the story with `snowball import hugo SOURCE --into HUB` (or `snowball import jekyll`)")


@dataclass(frozen=True)
class Link:
    target: str  # as written, minus any #fragment or ?query
    line: int
    col: int
    image: bool
    media: bool = False  # an <audio>/<video>/<source>/<track> file: must be in the story folder, published as is
    fragment: str = ""  # the part after '#', checked against the other story's anchors across stories


def mask_code(body: str, fill: str = " ") -> str:
    """Blank out fenced code blocks and code spans, keeping line and column positions.

    Code shown as code is escaped by Markdown, so `<script>` there is text, not a threat.
    A code span may run over several lines of one paragraph (CommonMark and Python-Markdown
    agree): spans are matched per paragraph, each backtick run closing at the next run of
    the same length, in one pass. Code spans become `fill` (a space by default; the nesting count
    asks for a visible character, so a span at a line's start is not read as indentation).
    """
    if "`" not in body and "~~~" not in body:
        return body  # nothing to mask: most stories
    out: list[str] = []
    para: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if para:
            text = "\n".join(para)
            out.append(_mask_spans(text, fill) if "`" in text else text)
            para.clear()

    lines = body.split("\n")
    # the longest closing fence of each kind at or after each line: a fence nothing closes is no fence
    # to Python-Markdown (its lines stay text), and this knows it without reading ahead again
    closable = {"`": [0] * (len(lines) + 1), "~": [0] * (len(lines) + 1)}
    for i in range(len(lines) - 1, -1, -1):
        for ch in "`~":
            closable[ch][i] = closable[ch][i + 1]
        if c := _FENCE_CLOSE_RE.match(lines[i]):
            ch = c.group(1)[0]
            closable[ch][i] = max(closable[ch][i], len(c.group(1)))
    for i, line in enumerate(lines):
        m = _FENCE_RE.match(line)
        if m and fence is None and closable[m.group(1)[0]][i + 1] < len(m.group(1)):
            m = None
        if fence is None and m:
            flush()
            fence = m.group(1)[0] * len(m.group(1))
            out.append(" " * len(line))
        elif fence is not None:
            c = _FENCE_CLOSE_RE.match(line)
            if c and c.group(1).startswith(fence):
                fence = None
            out.append(" " * len(line))
        elif not line.strip():
            flush()
            out.append(line)
        else:
            para.append(line)
    flush()
    return "\n".join(out)


def _mask_spans(text: str, fill: str = " ") -> str:
    runs = [m.span() for m in _BACKTICKS_RE.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(runs):
        by_length.setdefault(e - s, []).append(i)
    pointer = dict.fromkeys(by_length, 0)
    pieces: list[str] = []
    last = i = 0
    while i < len(runs):
        s, e = runs[i]
        if s and text[s - 1] == "\\" and (s < 2 or text[s - 2] != "\\"):
            i += 1  # an escaped backtick opens nothing
            continue
        same, p = by_length[e - s], pointer[e - s]
        while p < len(same) and same[p] <= i:
            p += 1
        pointer[e - s] = p
        if p == len(same):
            i += 1  # no closing run: the backticks are literal
            continue
        end = runs[same[p]][1]
        pieces.append(text[last:s])
        pieces.append(fill * (end - s) if text.find("\n", s, end) == -1 else _NOT_NEWLINE_RE.sub(fill, text[s:end]))
        last, i = end, same[p] + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _is_unsafe_url(url: str) -> bool:
    return bool(_UNSAFE_SCHEME_RE.match(normalise_url(url)))


class _Positions:
    """Turn offsets in the body into file lines and columns."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text, self.first_line = text, first_line
        self._starts: list[int] | None = None  # computed on first use: most stories never need it

    def __call__(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.first_line + index, offset - self._starts[index] + 1


class _Capped:
    """At most MESSAGE_LIMIT messages of one code, then one line that counts the rest."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.counts: dict[str, int] = {}
        self.fragments: list[tuple[str, tuple[int, int]]] = []  # links to anchors on this page

    def error(self, code: str, message: str, at: tuple[int, int], hint: str) -> None:
        if self._count(code):
            self.report.error(code, message, *at, field="body", hint=hint)

    def warning(self, code: str, message: str, at: tuple[int, int], hint: str) -> None:
        if self._count(code):
            self.report.warning(code, message, *at, field="body", hint=hint)

    def _count(self, code: str) -> bool:
        n = self.counts[code] = self.counts.get(code, 0) + 1
        return n <= MESSAGE_LIMIT

    def close(self, where: tuple[int, int]) -> None:
        for code, n in self.counts.items():
            if n > MESSAGE_LIMIT:
                self.report.warning(
                    code,
                    tr("%(n)s more like the above", n=n - MESSAGE_LIMIT),
                    *where,
                    field="body",
                )


def check_body(body: str, first_line: int, report: Report, *, allowed_addresses: tuple[str, ...] = ()) -> list[Link]:
    """Report what the build would refuse, drop or fetch; return the relative links to resolve.

    Each scan runs over the whole text once (not line by line) and only when its
    trigger character occurs: this is the validator's hot path.
    """
    if _is_placeholder(body, first_line, report):
        return []
    out = _Capped(report)
    links: list[Link] = []
    if _too_many_fences(body, _Positions(body, first_line), out):  # before masking, which reads every fence
        out.close((first_line, 0))
        return links
    if body.count("`") > 2 * MARK_LIMIT and len(_BACKTICKS_RE.findall(body)) > 2 * MARK_LIMIT:
        # each run of backticks is half a code span or a literal mark: too many either way, and masking
        # them first would be the slowest part of the check
        _too_costly(body, body, _Positions(body, first_line), out)
        out.close((first_line, 0))
        return links
    masked = mask_code(body)
    where = _Positions(masked, first_line)
    if (
        _too_costly(body, masked, where, out)
        or _too_many_blocks(masked, where, out)
        or _check_nesting(body, masked, where, out)
    ):
        out.close((first_line, 0))
        return links  # Markdown would recurse this deep: nothing else is worth reading
    if "<" in masked:
        masked, ok = _scan_html(masked, where, out, links)  # HTML comments are blanked for the scans below
        if not ok:
            out.close((first_line, 0))
            return links
    if "{" in masked:
        _scan_braces(masked, where, out)
    if any(p in body for p in THEME_CLASS_PREFIXES) or "mermaid" in body:
        _scan_block_classes(body, masked, where, out)
    images: dict[str, tuple[int, bool]] = {}  # reference label -> (offset of the first use, used by an image)
    refs: list[tuple[str, int, int]] = []  # [text][label] and [^note] uses: (label, start, end)
    if "[" in masked and not _scan_links(masked, where, out, links, images, refs):
        out.close((first_line, 0))
        return links
    if "<" in masked:
        angled = {m.start(1) for m in _ANGLE_DEST_RE.finditer(masked)} if "](" in masked else set()
        if "]:" in masked:  # "[r]: <https://...>" is the definition's destination, read below
            angled |= {m.start(2) - 1 for m in _REFDEF_RE.finditer(masked) if masked[m.start(2) - 1] == "<"}
        for m in _AUTOLINK_RE.finditer(masked):
            if m.start() not in angled:  # "](<https://...>)" is the link's destination, read above
                _link(m.group(1), m.start(1), False, where, out, links)
    if "]:" in masked:
        for m in _REFDEF_RE.finditer(masked):
            label, target = _label(m.group(1)), m.group(2)
            used = images.get(label)
            image = bool(used and used[1])
            if image and is_outside(target):
                out.error(
                    "outside-resource",
                    tr("the image '%(short_target)s' is loaded from outside the site", short_target=_short(target)),
                    where(used[0] if used else m.start(2)),
                    tr("put the image file in the story folder and write ![description](file.jpg)"),
                )
                continue
            _link(target, m.start(2), image, where, out, links)
    if refs:
        _check_references(masked, refs, where, out)
    if out.fragments:
        present = anchors(body, masked)
        for fragment, at in out.fragments:
            if fragment not in present:
                out.error(
                    "broken-anchor",
                    tr(
                        "the link '#%(short_fragment)s' points to no heading or anchor in this story",
                        short_fragment=_short(fragment),
                    ),
                    at,
                    hint(fragment, present),
                )
    _check_personal_data(masked, where, report, allowed_addresses)
    out.close((first_line, 0))
    return links


def story_anchors(body: str) -> set[str]:
    """The anchors of a story's built page, for links from other stories that end in #fragment."""
    return anchors(body, mask_code(body))


def hint(fragment: str, present: set[str]) -> str:
    from .diagnostics import did_you_mean

    return did_you_mean(fragment, present) or "a heading '## My heading' is linked as #my-heading"


# Headings, attribute-list ids, footnotes and inline marks are read by markscan's scanners (the regular
# expressions they replace read a long line again at each character: 20,000 " #" in a heading took 16 s).
_HTML_ID_RE = re.compile(r"""\s(?:id|name)\s*=\s*["']?([^"'\s>]+)""")


def anchors(body: str, masked: str) -> set[str]:
    """Ids a link can jump to on the built page: heading slugs (as the toc extension makes them,
    reserved ones renamed), ids and names in HTML and attribute lists, and footnotes."""

    from .reserved import slugify

    found: set[str] = set()
    heads = list(atx_headings(masked))
    heads += [
        (start, line)
        for start, line in setext_headings(masked)
        if not line.lstrip().startswith(("-", "*", "+", ">", "#", "|"))
    ]
    found.update(attr_ids(masked))
    for m in _HTML_ID_RE.finditer(masked):
        found.add(m.group(1))
    for name, colon in footnotes(masked):
        found.add(("fn:" if colon else "fnref:") + name)
    tried: dict[str, int] = {}  # slug -> the last suffix it took
    for start, raw in sorted(heads):
        original = body[start : start + len(raw) + 8]  # code spans are blanked in masked: read the source
        if "`" in original:  # the heading's own line, not the rest of the body (read once per heading)
            end = body.find("\n", start)
            text = body[start : end if end != -1 else len(body)].lstrip("#").strip().rstrip("#").strip()
        else:
            text = raw
        if text.endswith("}") and "{" in text:
            attrs = text[text.rfind("{") :]
            ids = re.findall(r"#([^\s}]+)", attrs)
            if ids:
                found.add(ids[-1])
                continue
            text = text[: text.rfind("{")].rstrip()
        text = html.unescape(strip_inline(text))
        slug = slugify(text, "-")
        n = tried.get(slug, 0)  # the suffixes tried before are still taken: 60,000 equal headings were quadratic
        unique = f"{slug}_{n}" if n else slug
        while unique in found:
            n += 1
            unique = f"{slug}_{n}"
        tried[slug] = n
        found.add(unique)
    return found


def _template() -> tuple[list[str], list[list[str]], str]:
    """The body `snowball new` writes in the hub's language (its headings are translated)."""
    return _template_in(language())


@functools.cache
def _template_in(language: str) -> tuple[list[str], list[list[str]], str]:
    template = compose_body()  # in the language messages speak now, which is the argument (the cache's key)
    headings = [line.split() for line in template.splitlines() if line.startswith("#")]
    return template.split(), headings, template


def _is_placeholder(body: str, first_line: int, report: Report) -> bool:
    if len(body) > 3 * len(_template()[2]) and body.strip():
        return False  # far longer than the template, even with its spacing changed: most stories
    words = body.split()
    template, headings, _ = _template()
    if not words:
        report.error(
            "empty-body",
            tr("the story has no text"),
            first_line,
            field="body",
            hint=tr(
                "write the story below the front matter: what you tried, what happened, what you would tell "
                "another site"
            ),
        )
        return True
    only_headings = all(line.strip().split() in headings for line in body.splitlines() if line.strip())
    if words == template or only_headings:
        report.error(
            "placeholder-body",
            tr("the story's text is still the template from `snowball new`"),
            first_line,
            field="body",
            hint=tr("replace the sentences under each heading with your own words"),
        )
        return True
    return False


def _too_costly(body: str, masked: str, where: _Positions, out: _Capped) -> bool:
    """Inputs that would make Python-Markdown slow: too many inline marks, or too many code fences."""
    if len(body) <= MARK_LIMIT or sum(body.count(c) for c in _MARKS) <= MARK_LIMIT:
        marks = spans = 0  # the fast path: most stories
    else:  # code spans cost Python-Markdown as much as other marks: count each once, by its backticks
        spans = (body.count("`") - masked.count("`")) // 2
        marks = sum(masked.count(c) for c in _MARKS) + spans
    if marks > MARK_LIMIT:
        for i, m in enumerate(_MARK_RE.finditer(masked)):
            if i >= MARK_LIMIT - spans:
                out.error(
                    "too-much-markup",
                    tr(
                        "the story has %(marks)s formatting marks ([ ` < & \\ * _) outside code; at most %(MARK_LIMIT)s render quickly, and this line goes past that",
                        marks=format(marks, ","),
                        MARK_LIMIT=format(MARK_LIMIT, ","),
                    ),
                    where(m.start()),
                    tr("remove repeated symbols, put pasted data in a ``` code block, or split the story"),
                )
                return True
    return False


def _too_many_blocks(masked: str, where: _Positions, out: _Capped) -> bool:
    """Too many blocks or table cells to build quickly (see BLOCK_LIMIT, CELL_LIMIT): the error names the
    count, the limit and the line where the story goes past it. Code is masked, so a code block counts once."""
    if masked.count("|") > CELL_LIMIT:
        cells = [m.start() for m in re.finditer(r"\|", masked)]
        out.error(
            "too-many-blocks",
            tr(
                "the story has %(cells)s table cells ('|' outside code); at most %(CELL_LIMIT)s build quickly, and this line goes past that",
                cells=format(len(cells), ","),
                CELL_LIMIT=format(CELL_LIMIT, ","),
            ),
            where(cells[CELL_LIMIT]),
            tr(
                "shorten the table, put pasted data in a ``` code block, or link the data as a spreadsheet (.xlsx, .csv)"
            ),
        )
        return True
    if masked.count("\n") < BLOCK_LIMIT:
        return False  # each block takes a line of its own: most stories
    starts = [m.start() for m in _BLOCK_RE.finditer(masked)]
    if len(starts) <= BLOCK_LIMIT:
        return False
    out.error(
        "too-many-blocks",
        tr(
            "the story has %(starts)s blocks (paragraphs, headings, list items, notes, table rows, footnotes); at most %(BLOCK_LIMIT)s build quickly, and this line goes past that",
            starts=format(len(starts), ","),
            BLOCK_LIMIT=format(BLOCK_LIMIT, ","),
        ),
        where(starts[BLOCK_LIMIT]),
        tr("merge short paragraphs or list items, put pasted data in a ``` code block, or split the story in two"),
    )
    return True


def _too_many_fences(body: str, where: _Positions, out: _Capped) -> bool:
    """Python-Markdown's fenced-code search grows with the square of the fences (4,000 took it 15 s)."""
    if len(body) > 3 * FENCE_LIMIT and body.count("```") + body.count("~~~") > FENCE_LIMIT:
        for fences, m in enumerate(re.finditer(r"^ {0,3}(?:`{3,}|~{3,})", body, re.MULTILINE), 1):
            if fences > FENCE_LIMIT:
                out.error(
                    "too-much-markup",
                    tr(
                        "the story has more than %(FENCE_LIMIT)s code-fence lines (``` or ~~~)", FENCE_LIMIT=FENCE_LIMIT
                    ),
                    where(m.start()),
                    tr("keep code blocks few and closed; remove stray ``` or ~~~ lines"),
                )
                return True
    return False


def _check_nesting(body: str, masked: str, where: _Positions, out: _Capped) -> bool:
    """Lists and block quotes nested deeper than NESTING_LIMIT: Python-Markdown would recurse that deep.

    Counted on the body with code spans filled with a visible character: a span blanked to spaces
    at a line's start would read as indentation (a long span, twelve levels), and marks inside it are code.
    A rule of marks ("- - -", "* * *") is a horizontal line to Markdown, not a list: it stops the count.
    """
    if (
        masked.count(">") <= NESTING_LIMIT
        and " " * 40 not in masked
        and "\t" not in masked
        and not any(pair in masked for pair in ("- -", "* *", "+ +", "-  -", "*  *", "+  +"))
        and not _NUMBER_MARKERS_RE.search(masked)
    ):
        return False  # no line can hold that many levels: most stories
    text = mask_code(body, "x") if "`" in body else masked
    plain = _plain_indented_lines(text)
    for candidate in _CONTAINER_RE.finditer(text):
        line_start, found = candidate.start(), candidate.group(0)
        if line_start in plain:
            continue
        lead = found[: len(found) - len(found.lstrip(" \t"))]
        depth, pos = len(lead.expandtabs(4)) // 4, line_start + len(lead)
        if pos == candidate.end() and text[pos : pos + 1] in ("", "\n", " ", "\t"):
            continue  # a blank (or blanked code) line
        while m := _CONTAINER_MARK_RE.match(text, pos):
            if m.end() == pos or (text[m.end() - 1] in "*-" and _RULE_RE.match(text, pos)):
                break
            depth += 1
            pos = m.end()
            if depth > NESTING_LIMIT:
                break
        if depth > NESTING_LIMIT:
            out.error(
                "too-deep",
                tr(
                    "lists or quotes are nested %(depth)s levels deep here (at most %(NESTING_LIMIT)s)",
                    depth=depth,
                    NESTING_LIMIT=NESTING_LIMIT,
                ),
                where(line_start),
                tr("flatten the list: a story rarely needs more than three levels"),
            )
            return True
    return False


def _plain_indented_lines(text: str) -> set[int]:
    """Where the lines indented four spaces or more that are no container's content start: an indented code
    block, or a paragraph's continuation, both shown as they are (Python-Markdown reads marks in them as text).

    Indented lines are a container's content after a list item, a definition (':'), a note ('!!!', '???'),
    a tab ('===') or a footnote, up to the next block that starts at the margin. One pass over the lines.
    """
    plain: set[int] = set()
    container = False  # the block at the margin that indented lines belong to is a container
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip(" \t")
        if stripped:
            if len(line[: len(line) - len(stripped)].expandtabs(4)) >= 4:
                if not container:
                    plain.add(pos)
            else:
                container = bool(_CONTAINER_START_RE.match(line)) or (container and not _blank_before(text, pos))
        pos += len(line) + 1
    return plain


def _blank_before(text: str, pos: int) -> bool:
    """Whether the line starting at pos follows a blank line (or starts the text)."""
    if pos == 0:
        return True
    start = text.rfind("\n", 0, pos - 1) + 1
    return not text[start : pos - 1].strip()


def _scan_html(text: str, where: _Positions, out: _Capped, links: list[Link]) -> tuple[str, bool]:
    """Check every tag once, left to right; return the text with HTML comments blanked, and False
    when unfinished tags would make rendering slow (an error says where)."""
    comments: list[tuple[int, int]] = []
    unfinished = 0
    close_at = blank_at = -2  # the next "-->" and the next blank line, found once for many "<!--"
    stack: list[str] = []
    too_deep = False
    # "[report](<my report.pdf>)": the "<" starts a link destination, not a tag (the link scan checks it)
    angles = {m.start(1): m.end() for m in _ANGLE_DEST_RE.finditer(text)} if "](" in text else {}
    pos, n = 0, len(text)
    while (pos := text.find("<", pos)) != -1:
        if pos in angles:
            pos = angles[pos]
            continue
        if text.startswith("<!--", pos):
            if close_at != -1 and close_at < pos + 4:  # each search starts past the last: linear
                close_at = text.find("-->", pos + 4)
            if blank_at < pos:
                b = _BLANK_LINE_RE.search(text, pos)
                blank_at = b.start() if b else n
            if close_at == -1 or blank_at < close_at:
                unfinished += (n - pos) if close_at == -1 else 0
                if unfinished > OPEN_TAG_BUDGET:
                    out.error(
                        "too-much-markup",
                        tr(
                            "'<!--' starts an HTML comment that never ends with '-->'; with the unfinished tags "
                            "before it, the story would take very long to render"
                        ),
                        where(pos),
                        tr("end each comment with -->, or remove it"),
                    )
                    return text, False
                pos += 4  # unfinished, or across paragraphs: Python-Markdown may render what follows
                continue
            comments.append((pos, close_at + 3))
            pos = close_at + 3
            continue
        m = _TAG_RE.match(text, pos)
        if m is None:
            if text[pos + 1 : pos + 2].isalpha() or text[pos + 1 : pos + 2] in ("/", "!", "?"):
                unfinished += n - pos
                if unfinished > OPEN_TAG_BUDGET:
                    out.error(
                        "too-much-markup",
                        tr(
                            "'%(text)s' starts an HTML tag that never ends with '>'; with the others before it, the story would take very long to render",
                            text=_short(text[pos : pos + 12].split(chr(10))[0], 12),
                        ),
                        where(pos),
                        tr("write &lt; for a '<' shown as text, or finish each tag with '>'"),
                    )
                    return text, False
            pos += 1
            continue
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        end = m.end()
        if not closing and _unclosed_quote(attrs):
            end = _extend_tag(text, m)  # a quoted ">" inside the tag: the browser keeps reading
            attrs = text[m.start(3) : end - 1]
        pos = end
        if closing:
            if tag in stack:
                while stack and stack.pop() != tag:
                    pass
            continue
        _check_tag(tag, attrs, where(m.start()), out, links, m.start(3))
        if tag not in _VOID and not attrs.rstrip().endswith("/"):
            if tag in _IMPLIED_END and stack and stack[-1] == tag:
                stack.pop()
            stack.append(tag)
            if len(stack) > HTML_NESTING_LIMIT and not too_deep:
                too_deep = True
                out.error(
                    "too-deep",
                    tr(
                        "HTML elements are nested more than %(limit)s deep here",
                        limit=HTML_NESTING_LIMIT,
                    ),
                    where(m.start()),
                    tr("close the elements you open, or write the text in Markdown"),
                )
    if not comments:
        return text, True
    pieces, last = [], 0
    for s, e in comments:
        pieces += [text[last:s], _NOT_NEWLINE_RE.sub(" ", text[s:e])]
        last = e
    pieces.append(text[last:])
    return "".join(pieces), True


def _unclosed_quote(attrs: str) -> bool:
    return ('"' in attrs or "'" in attrs) and any(
        m.group(2) and m.group(2)[0] in "\"'" and (len(m.group(2)) < 2 or m.group(2)[-1] != m.group(2)[0])
        for m in _ATTR_RE.finditer(attrs)
    )


def _extend_tag(text: str, m: re.Match[str]) -> int:
    """The end of a tag whose quoted value holds ">": read on to the next ">" outside quotes,
    never past the next "<" or a blank line (where Python-Markdown would stop too)."""
    limit = text.find("<", m.end())
    blank = _BLANK_LINE_RE.search(text, m.end(), limit if limit != -1 else len(text))
    limit = blank.start() if blank else (len(text) if limit == -1 else limit)
    quote, i = None, m.start(3)
    while i < limit:
        ch = text[i]
        if quote:
            j = text.find(quote, i, limit)
            if j == -1:
                break
            quote, i = None, j + 1
            continue
        if ch in "\"'":
            quote = ch
        elif ch == ">":
            return i + 1
        i += 1
    return m.end()


def _check_tag(tag: str, attrs: str, at: tuple[int, int], out: _Capped, links: list[Link], offset: int) -> None:
    why = judge_tag(tag)
    if why == "forbidden":
        out.error(
            "unsafe-html",
            tr("<%(tag)s> is not allowed in a story", tag=tag),
            at,
            tr("remove it; stories are Markdown text, images and links only"),
        )
        return
    if why:
        out.warning(
            "html-removed",
            tr("<%(tag)s> is removed when the page is built (its text stays)", tag=tag),
            at,
            tr("remove the tag, or write the same thing in Markdown"),
        )
    parsed = [(m.group(1), m.group(2)) for m in _ATTR_RE.finditer(attrs) if m.group(1)]
    broken = any(
        any(c in name for c in "\"'" + _CURLY)
        or (value and (value[0] in _CURLY or (value[0] in "\"'" and (len(value) < 2 or value[-1] != value[0]))))
        for name, value in parsed
    )
    if broken:
        out.error(
            "html-quoting",
            tr(
                "the quotes in <%(tag)s %(attrs)s> are broken",
                tag=tag,
                attrs=_short(attrs.strip(), 50),
            ),
            at,
            tr('write each attribute as name="value" with straight quotes ("), each opened and closed once'),
        )
    for raw_name, raw_value in parsed:
        name = raw_name.lower()
        value = _unquote(raw_value)
        if broken and (raw_value is None or any(c in raw_name for c in "\"'" + _CURLY)):
            continue  # words spilled out of a broken quote: the quoting message covers them
        _check_attribute(tag, name, value, at, out, links)


def _unquote(value: str | None) -> str | None:
    if value and value[0] in "\"'" and len(value) >= 2 and value[-1] == value[0]:
        return value[1:-1]
    return value


def _check_attribute(
    tag: str, name: str, value: str | None, at: tuple[int, int], out: _Capped, links: list[Link]
) -> None:
    v = value or ""
    on = tr("in the attribute list {...}") if tag == "*" else tr("on <%(tag)s>", tag=tag)
    if name.startswith("on"):
        out.error(
            "unsafe-html",
            tr("the event-handler attribute '%(name)s' %(on)s is not allowed", name=name, on=on),
            at,
            tr("remove the attribute; stories cannot run scripts"),
        )
        return
    if name == "href" and _mail_query(v):
        _mail_error(v, at, out)
        return
    if name in URL_ATTRIBUTES and v and _is_unsafe_url(v):
        out.error(
            "unsafe-url",
            tr('<%(tag)s %(name)s="%(short_v)s"> uses a forbidden URL scheme', tag=tag, name=name, short_v=_short(v)),
            at,
            tr("link to an https:// page or a file in the story folder"),
        )
        return
    if name == "style" and re.search(r"url\s*\(|expression\s*\(|@import", v, re.IGNORECASE):
        out.error(
            "outside-resource",
            tr("a style attribute %(on)s loads a URL", on=on),
            at,
            tr("remove the style attribute; the site's own styles apply"),
        )
        return
    if name in RESOURCE_ATTRIBUTES and v:
        urls = [c.strip().split()[0] for c in v.split(",") if c.strip()] if name == "srcset" else [v]
        outside = [u for u in urls if is_outside(u)]
        if outside:
            out.error(
                "outside-resource",
                tr(
                    '<%(tag)s %(name)s="%(address)s"> loads a file from outside the site',
                    tag=tag,
                    name=name,
                    address=_short(outside[0]),
                ),
                at,
                tr("readers' browsers must not contact other servers: put the file in the story folder"),
            )
            return
    if name in ("id", "name"):
        from .reserved import is_reserved

        if is_reserved(v):
            out.error(
                "reserved-id",
                tr(
                    "the %(name)s '%(value)s' %(on)s is used by the site itself",
                    name=name,
                    value=_short(v.strip()),
                    on=on,
                ),
                at,
                tr(
                    "choose another %(name)s, for example 'story-%(part)s'",
                    name=name,
                    part=v.strip().strip("_") or "part",
                ),
            )
            return
    why = judge_attribute(tag, name, value)
    if why:
        out.warning(
            "html-removed",
            tr(
                "the attribute '%(name)s' %(on)s is removed when the page is built (%(why)s)", name=name, on=on, why=why
            ),
            at,
            tr("remove it; the site's own styles and players apply"),
        )
        return
    if name == "class" and v:
        _check_classes(v.split(), on, at, out)
    if name == "href" and v and tag == "a":
        _html_href(v, at, out, links)
    if name == "src" and v and tag in ("img", "audio", "video", "source", "track"):
        _as_link(v, at, out, links, image=tag == "img", media=tag != "img")
    elif name == "poster" and v:
        _as_link(v, at, out, links, image=True, media=False)


def _check_classes(names: Iterable[str], on: str, at: tuple[int, int], out: _Capped) -> None:
    for name in names:
        why = judge_class(name)
        if why:
            out.warning(
                "html-removed",
                tr(
                    "the class '%(short_name)s' %(on)s is removed when the page is built (%(why)s)",
                    short_name=_short(name),
                    on=on,
                    why=why,
                ),
                at,
                tr("remove the class; a note is written '!!! note \"Title\"', a button '[text](link){ .md-button }'"),
            )


def _scan_block_classes(body: str, masked: str, where: _Positions, out: _Capped) -> None:
    """Classes named where no class attribute is written: an admonition's or details' type ('!!! md-dialog'
    becomes <div class="admonition md-dialog">) and a code fence's attributes ('```{.sb-card}')."""
    for m in _NOTE_CLASSES_RE.finditer(masked):
        _check_classes(m.group(1).split(), "on the note", where(m.start(1)), out)
    if "```" in body or "~~~" in body:
        for m in _FENCE_CLASSES_RE.finditer(body):
            names = [t[1:] for t in m.group(1).split() if t.startswith(".")]
            _check_classes(names, "on the code block", where(m.start(1)), out)


def _html_href(url: str, at: tuple[int, int], out: _Capped, links: list[Link]) -> None:
    """<a href> to a file of this or another story: checked, and the file published, as [text](file) is.

    Unchecked, a missing or %-coded file passed and the story folder's file was not published (a dead link).
    MkDocs turns '.md' into a page's address only in Markdown links, so an HTML link to index.md is refused.
    Fragments are left alone (an HTML link may aim at an id written in HTML, which no check reads), and so
    are addresses of pages ending in '/' (../../sites/porto/), which work in HTML as they are.
    """
    target = html.unescape(url) if "&" in url else url
    if not target or target.startswith("#") or _SCHEME_RE.match(target) or target.startswith("//"):
        return
    base = target.partition("#")[0].split("?", 1)[0]
    if base.endswith("/"):
        return
    path = _local_target(base, at, out)
    if path is None or not path:
        return
    if path.endswith(".md"):
        out.error(
            "broken-link",
            tr(
                "the HTML link '%(short_url)s' names a .md file: only a Markdown link is turned into the page's address, so this one would lead nowhere",
                short_url=_short(url),
            ),
            at,
            tr("write it as a Markdown link: [text](%(short_url)s)", short_url=_short(url)),
        )
        return
    links.append(Link(path, at[0], at[1], False))


def _as_link(url: str, at: tuple[int, int], out: _Capped, links: list[Link], *, image: bool, media: bool) -> None:
    path = _local_target(re.split(r"[#?]", html.unescape(url) if "&" in url else url, maxsplit=1)[0], at, out)
    if path is not None:
        links.append(Link(path, at[0], at[1], image, media))


def _scan_braces(text: str, where: _Positions, out: _Capped) -> None:
    """Leftover template tags ({{< >}}, {% %}, {{ }}) and attribute lists ({: #id .class key=value})."""
    reported: set[int] = set()
    for m in _TEMPLATE_RE.finditer(text):
        line, col = where(m.start())
        if line in reported:
            continue
        reported.add(line)
        kind = "Hugo" if m.group(0)[2:3] in ("<", "%") else "Jekyll or Liquid" if m.group(0) == "{%" else "template"
        out.error(
            "template-syntax",
            tr(
                "'%(text)s' is %(kind)s template syntax, which the site prints as text",
                text=_short(text[m.start() : m.start() + 30].split(chr(10))[0], 30),
                kind=kind,
            ),
            (line, col),
            tr(
                "this looks copied from another site's templates: %(how)s; or write it as text, or inside `code` to show it",
                how=tr(_SNOWBALL_HINT),
            ),
        )
    for m in _ATTR_LIST_RE.finditer(text):
        tokens = list(_ATTR_LIST_TOKEN_RE.finditer(m.group(1).lstrip(":").strip()))
        if not tokens or any(t.group(5) for t in tokens) or m.group(0).startswith(("{{", "{%")):
            continue  # not an attribute list: ordinary braces in text
        at = where(m.start())
        for t in tokens:
            if t.group(1):
                _check_attribute("*", "id", t.group(1), at, out, [])
            elif t.group(2):
                _check_classes([t.group(2)], "in the attribute list {...}", at, out)
            elif t.group(3):
                _check_attribute("*", t.group(3).lower(), _unquote(t.group(4)), at, out, [])


def _label(text: str) -> str:
    return " ".join(text.lower().split())


def _scan_links(
    text: str,
    where: _Positions,
    out: _Capped,
    links: list[Link],
    images: dict[str, tuple[int, bool]],
    refs: list[tuple[str, int, int]] | None = None,
) -> bool:
    """Inline links and images, and uses of reference labels: one pass over the brackets.

    Returns False when the brackets are too many to render quickly (an error says where).
    """
    opened: list[tuple[int, bool]] = []
    next_link = -1  # where the next "](" is: a destination never reads past it
    cost = 0  # characters Python-Markdown reads looking for each "[" 's "]"
    escaped = -1  # the position a backslash escapes
    for m in _BRACKET_RE.finditer(text):
        at, token = m.start(), m.group(0)
        if at == escaped:
            continue
        if token == "\\":
            escaped = at + 1
            continue
        if token == "[":
            image = at > 0 and text[at - 1] == "!" and at - 1 != escaped
            opened.append((at - image, image))
            continue
        if not opened:
            continue
        # a blank line between the "[" and this "]" ended its paragraph: Markdown read those up to there
        blank = (
            _BLANK_LINE_RE.search(text, opened[-1][0], m.start()) if "\n" in text[opened[-1][0] : m.start()] else None
        )
        if blank:
            cost += sum(blank.start() - o[0] for o in opened)
            opened.clear()
        else:
            cost += m.start() - opened[-1][0]
        if cost > BRACKET_BUDGET:
            return _too_many_brackets(text, where, out, m.start())
        if not opened:
            continue
        start, image = opened.pop()
        after = m.end()
        nxt = text[after : after + 1]
        if nxt == "(":
            if next_link < after:
                next_link = text.find("](", after + 1)
                if next_link == -1:
                    next_link = len(text)
            target, offset = _destination(text, after + 1, next_link)
            if target is not None:
                _link(target, offset, image, where, out, links)
        elif nxt == "[":
            close = text.find("]", after + 1, after + 1000)
            label = _label(text[after + 1 : close] if close != -1 else "") or _label(
                text[start + 1 + image : m.start()]
            )
            _use(images, label, start, image)
            if refs is not None and close != -1:
                refs.append((label, start, close + 1))
        else:
            label = _label(text[start + 1 + image : m.start()])
            _use(images, label, start, image)
            if refs is not None and label.startswith("^") and not image:
                refs.append((label, start, m.end()))
    if cost + sum(len(text) - o[0] for o in opened) > BRACKET_BUDGET:
        return _too_many_brackets(text, where, out, len(text))
    return True


def _too_many_brackets(text: str, where: _Positions, out: _Capped, end: int) -> bool:
    start = text.rfind("\n\n", 0, end) + 1
    out.error(
        "too-many-brackets",
        tr("the '[' in this paragraph are too many or stay open too long to render quickly"),
        where(start + (start > 0)),
        tr(r"close each [ with ], write \[ for a bracket shown as text, or split the paragraph"),
    )
    return False


_NOTE_DEF_RE = re.compile(r"^[ \t>]*\[\^([^\]\n]+)\]:", re.MULTILINE)


def _check_references(text: str, refs: list[tuple[str, int, int]], where: _Positions, out: _Capped) -> None:
    """A [text][label] or [^note] whose label no definition names: Markdown shows it as typed, unreported."""
    defined = {_label(m.group(1)) for m in _REFDEF_RE.finditer(text)} if "]:" in text else set()
    defined |= {"^" + _label(m.group(1)) for m in _NOTE_DEF_RE.finditer(text)} if "[^" in text else set()
    for label, start, end in refs:
        if label in defined:
            continue
        note = label.startswith("^")
        out.warning(
            "undefined-reference",
            (
                tr(
                    "'%(text)s' names the footnote '%(label)s', which the story defines nowhere, so it shows as "
                    "typed, brackets and all",
                    text=_short(text[start:end], 50),
                    label=_short(label[1:], 40),
                )
                if note
                else tr(
                    "'%(text)s' names the reference '%(label)s', which the story defines nowhere, so it shows as "
                    "typed, brackets and all",
                    text=_short(text[start:end], 50),
                    label=_short(label, 40),
                )
            ),
            where(start),
            tr(
                "add a line '[%(label)s]: ...' below the paragraph (a footnote's text or a link's address), or remove the brackets",
                label=label,
            ),
        )
        defined.add(label)  # once per label


def _use(images: dict[str, tuple[int, bool]], label: str, offset: int, image: bool) -> None:
    if label and (label not in images or (image and not images[label][1])):
        images[label] = (offset, image)


def _destination(text: str, i: int, limit: int) -> tuple[str | None, int]:
    """The link destination starting at i (after "("), read no further than limit."""
    s = _SPACE_RE.match(text, i, limit)
    i = s.end() if s else i
    if i < limit and text[i] == "<":
        close = text.find(">", i + 1, limit)
        nl = text.find("\n", i + 1, limit)
        if close == -1 or (nl != -1 and nl < close):
            return None, i
        return text[i + 1 : close], i + 1
    start, depth = i, 0
    while i < limit:
        part = _DEST_PART_RE.match(text, i, limit)
        i = part.end() if part else i
        if i >= limit:
            break
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        else:
            break  # whitespace ends the destination
        i += 1
    return text[start:i], start


def _mail_query(url: str) -> bool:
    """A mailto: link with '?' (or '%3F', which mail programs decode): it can prepare hidden copies (bcc),
    a subject and the text of a mail."""
    u = normalise_url(url).lower()
    return u.startswith("mailto:") and ("?" in u or "%3f" in u)


def _mail_error(url: str, at: tuple[int, int], out: _Capped) -> None:
    address = "mailto:" + re.split(r"\?|%3[fF]", normalise_url(url), maxsplit=1)[0][len("mailto:") :]
    out.error(
        "mail-link",
        tr(
            "the mail link '%(url)s' has a '?' part (copies, a subject or text for the mail): a mail link may not carry prepared copies, subjects or text, not even a subject alone",
            url=_short(url, 50),
        ),
        at,
        tr("link the plain address: [write to us](%(address)s)", address=_short(address, 60)),
    )


_ESCAPED_PATH_RE = re.compile(r"%(?:2[eEfF]|5[cC])")  # '.', '/' and '\\' written as %-codes


def _local_target(target: str, at: tuple[int, int], out: _Capped) -> str | None:
    """The file path a relative link names, as the web server reads it (%-codes decoded), or None when
    the link hides '.', '/' or '\\' in %-codes: the server decodes them, the validator would not see them."""
    from urllib.parse import unquote

    if _ESCAPED_PATH_RE.search(target):
        out.error(
            "broken-link",
            tr(
                "the link '%(short_target)s' writes '.', '/' or '\\' as a %%-code (%%2e, %%2f, %%5c), which the web server reads as a different path than the site checks",
                short_target=_short(target),
            ),
            at,
            tr("write the file name plainly, like report.pdf, or ../other-story/index.md"),
        )
        return None
    return unquote(target) if "%" in target else target


def _link(target: str, offset: int, image: bool, where: _Positions, out: _Capped, links: list[Link]) -> None:
    if target.startswith(("{{", "{%")):
        return  # template syntax: reported as such, not as a missing file
    at = where(offset)
    if _mail_query(target):
        _mail_error(target, at, out)
    elif _is_unsafe_url(target):
        out.error(
            "unsafe-url",
            tr("the link '%(short_target)s' uses a forbidden URL scheme", short_target=_short(target)),
            at,
            tr("link to an https:// page or a file in the story folder"),
        )
    elif image and is_outside(target):
        out.error(
            "outside-resource",
            tr("the image '%(short_target)s' is loaded from outside the site", short_target=_short(target)),
            at,
            tr(
                "readers' browsers must not contact other servers: put the image in the story folder and write "
                "![description](file.jpg)"
            ),
        )
    elif target.startswith("#") and len(target) > 1:
        out.fragments.append((target[1:], at))
    elif target and not _SCHEME_RE.match(target) and not target.startswith("//"):
        # the browser decodes "&#46;" (and "&#35;", a '#') before it splits the link and asks the server
        base, _, fragment = (html.unescape(target) if "&" in target else target).partition("#")
        path = _local_target(base.split("?", 1)[0], at, out)
        if path is not None:
            links.append(Link(path, at[0], at[1], image, fragment=fragment))


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of _DIGIT_RUN_RE, one stretch of [\\d .()-] at a time: the regex read
    from every "(" of a stretch to its end again (20,000 "(" took 16 s). A stretch holds at most one
    match: from its first possible start (a "+" just before it, else its first digit or "(") to its
    last digit, if that is 8 or more characters on; so a stretch shorter than 8 characters (a space between two
    words, the commonest) holds none and the regex skips it without a step of Python."""
    for stretch in _DIGIT_STRETCH_RE.finditer(text):
        a, b = stretch.span()
        last = _LAST_DIGIT_RE.search(text, a, b)
        if last is None:
            continue
        if a > 0 and text[a - 1] == "+":
            first = a - 1
        elif (m := _DIGIT_START_RE.search(text, a, b)) is not None:
            first = m.start()
        else:
            continue
        if first + 8 <= last.start():
            yield first, last.start() + 1


def _check_personal_data(text: str, where: _Positions, report: Report, allowed: Iterable[str]) -> None:
    if "@" in text:
        allowed_set = {a.lower() for a in allowed}
        for m in _EMAIL_RE.finditer(text):
            if m.group(0).lower().rstrip(".") in allowed_set:
                continue
            report.warning(
                "personal-data",
                tr("'%(found)s' looks like an e-mail address", found=m.group(0)),
                *where(m.start()),
                field="body",
                hint=tr(
                    "the site is shared widely; name the champion instead (their contact "
                    "is in registries/champions.yml), or ask an editor to allow this public address in snowball.yml"
                ),
            )
    for start, end in _digit_runs(text):  # cheap, linear pre-filter: long runs of digits
        for m in _PHONE_RE.finditer(text, max(0, start - 1), end + 1):
            found = m.group(0)
            digits = sum(ch.isdigit() for ch in found)
            if not 9 <= digits <= 15 or _DATE_LIKE_RE.match(found) or _not_a_phone(text, m):
                continue
            report.warning(
                "personal-data",
                tr("'%(found)s' looks like a phone number", found=found),
                *where(m.start()),
                field="body",
                hint=tr("remove it; colleagues can find contacts on the champion's page"),
            )


def _not_a_phone(text: str, m: re.Match[str]) -> bool:
    """IP addresses (192.168.10.120) and section numbers ("508 1194.22") look like phone numbers."""
    found = m.group(0)
    s, e = m.start(), m.end()
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] == "."):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] == "."):
        e += 1
    if _IPV4_RE.match(text[s:e].strip(".")):
        return True
    space = found.find(" ")
    return space != -1 and "." in found[space:] and "-" not in found  # "508 1194.22": a number, then a decimal


def resolve_link(story_dir: str, target: str) -> str:
    """The repository path a relative link points to, from the story folder (posix, normalised)."""
    import posixpath

    return posixpath.normpath(posixpath.join(story_dir, target))
