"""Checks on a story's Markdown body: dangerous HTML, unsafe URLs, broken links, personal data.

These run on the source text, with the line of each finding, so the champion is
told where to look. The build sanitises the rendered HTML as well; this is the
friendly first line, not the only one.
"""

from __future__ import annotations

import bisect
import html
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .diagnostics import Report

FORBIDDEN_TAGS = frozenset(
    {
        "script",
        "iframe",
        "object",
        "embed",
        "form",
        "style",
        "frame",
        "frameset",
        "applet",
        "base",
        "link",
        "meta",
        "svg",
        "math",
        "input",
        "button",
        "textarea",
        "select",
        "noscript",
        "template",
    }
)
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "data", "cite", "ping"}
)
_UNSAFE_SCHEME_RE = re.compile(r"^(javascript|data|vbscript|file):", re.IGNORECASE)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# [text](dest "title"), ![alt](dest), <autolink>, and reference definitions [id]: dest
_LINK_RE = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_AUTOLINK_RE = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\s]*)>")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\S\n]*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_RE = re.compile(
    r"(?<![\w.,/+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){1,4}(?![\w,/-]|\.\d)"
)
_DIGIT_RUN_RE = re.compile(r"[\d+(][\d .()-]{7,}\d")
_DATE_LIKE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Link:
    target: str  # as written, minus any #fragment or ?query
    line: int
    col: int
    image: bool


def mask_code(body: str) -> str:
    """Blank out fenced code blocks and inline code, keeping line and column positions.

    Code shown as code is escaped by Markdown, so `<script>` there is text, not a threat.
    """
    if "`" not in body and "~~~" not in body:
        return body  # nothing to mask: most stories
    out: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        m = _FENCE_RE.match(line)
        if fence is None and m:
            fence = m.group(1)[0] * len(m.group(1))
            out.append(" " * len(line))
        elif fence is not None:
            if m and m.group(1).startswith(fence):
                fence = None
            out.append(" " * len(line))
        elif "`" in line:
            out.append(_INLINE_CODE_RE.sub(lambda c: " " * len(c.group(0)), line))
        else:
            out.append(line)
    return "\n".join(out)


class _HtmlScan(HTMLParser):
    def __init__(self, report: Report, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.report, self.first_line = report, first_line

    def _where(self) -> tuple[int, int]:
        line, col = self.getpos()
        return line + self.first_line - 1, col + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, col = self._where()
        if tag in FORBIDDEN_TAGS:
            self.report.error(
                "unsafe-html",
                f"<{tag}> is not allowed in a story",
                line,
                col,
                field="body",
                hint="remove it; stories are Markdown text, images and links only",
            )
            return
        for name, value in attrs:
            if name.startswith("on"):
                self.report.error(
                    "unsafe-html",
                    f"the event-handler attribute '{name}' on <{tag}> is not allowed",
                    line,
                    col,
                    field="body",
                    hint="remove the attribute; stories cannot run scripts",
                )
            elif name in URL_ATTRIBUTES and value and _is_unsafe_url(value):
                self.report.error(
                    "unsafe-url",
                    f'<{tag} {name}="{_short(value)}"> uses a forbidden URL scheme',
                    line,
                    col,
                    field="body",
                    hint="link to an https:// page or a file in the story folder",
                )
            elif name == "style" and value and re.search(r"url\(|expression\(", value, re.IGNORECASE):
                self.report.error(
                    "unsafe-html",
                    f"a style attribute on <{tag}> loads a URL",
                    line,
                    col,
                    field="body",
                    hint="remove the style attribute",
                )

    handle_startendtag = handle_starttag


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _is_unsafe_url(url: str) -> bool:
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(url))
    return bool(_UNSAFE_SCHEME_RE.match(cleaned))


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


def check_body(body: str, first_line: int, report: Report) -> list[Link]:
    """Report unsafe HTML, unsafe URLs and personal data; return the relative links to resolve.

    Each scan runs over the whole text once (not line by line) and only when its
    trigger character occurs: this is the validator's hot path.
    """
    masked = mask_code(body)
    where = _Positions(masked, first_line)
    if "<" in masked:
        scanner = _HtmlScan(report, first_line)
        try:
            scanner.feed(masked)
            scanner.close()
        except Exception:  # HTMLParser is lenient; this only guards against the unexpected
            report.error(
                "unsafe-html",
                "the story's HTML could not be read",
                first_line,
                field="body",
                hint="remove raw HTML from the story",
            )
    found: list[tuple[str, int, bool]] = []
    if "](" in masked:
        found += [(m.group(1), m.start(1), m.group(0).startswith("!")) for m in _LINK_RE.finditer(masked)]
    if "<" in masked:
        found += [(m.group(1), m.start(1), False) for m in _AUTOLINK_RE.finditer(masked)]
    if "]:" in masked:
        found += [(m.group(1), m.start(1), False) for m in _REFDEF_RE.finditer(masked)]
    links: list[Link] = []
    for target, offset, image in sorted(found, key=lambda f: f[1]):
        line, col = where(offset)
        if _is_unsafe_url(target):
            report.error(
                "unsafe-url",
                f"the link '{_short(target)}' uses a forbidden URL scheme",
                line,
                col,
                field="body",
                hint="link to an https:// page or a file in the story folder",
            )
        elif target and not _SCHEME_RE.match(target) and not target.startswith("#"):
            links.append(Link(re.split(r"[#?]", target, maxsplit=1)[0], line, col, image))
    _check_personal_data(masked, where, report)
    return links


def _check_personal_data(text: str, where: _Positions, report: Report) -> None:
    if "@" in text:
        for m in _EMAIL_RE.finditer(text):
            report.warning(
                "personal-data",
                f"'{m.group(0)}' looks like an e-mail address",
                *where(m.start()),
                field="body",
                hint="the site is shared widely; name the champion instead (their contact "
                "is in registries/champions.yml)",
            )
    for candidate in _DIGIT_RUN_RE.finditer(text):  # cheap, linear pre-filter: long runs of digits
        for m in _PHONE_RE.finditer(text, max(0, candidate.start() - 1), candidate.end() + 1):
            digits = sum(ch.isdigit() for ch in m.group(0))
            if 9 <= digits <= 15 and not _DATE_LIKE_RE.match(m.group(0)):
                report.warning(
                    "personal-data",
                    f"'{m.group(0)}' looks like a phone number",
                    *where(m.start()),
                    field="body",
                    hint="remove it; colleagues can find contacts on the champion's page",
                )


def resolve_link(story_dir: str, target: str) -> str:
    """The repository path a relative link points to, from the story folder (posix, normalised)."""
    return posixpath.normpath(posixpath.join(story_dir, target))
