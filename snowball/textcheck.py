"""Characters a person cannot see or should not have typed, found and named in plain words.

Titles, summaries, alt text, outcome labels and registry names end up in pages,
feeds (XML, where U+FFFE is fatal), search shards and terminal output. Invisible
characters (soft hyphens, bidi overrides, zero-widths, BOMs) change how text is
shown or matched without anyone noticing; control characters can drive a terminal.
Everything here is standard-library `unicodedata`: the script of a letter is the
first word of its Unicode name, which is all a look-alike warning needs.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .gate import tr

# Every code point that is a control, a format (Cf) character, a line/paragraph separator, a
# surrogate, a noncharacter, or an invisible filler. Written out (not computed from unicodedata at
# import, which would cost a scan of 1.1 million code points on every run); tests/test_typists.py
# checks it against unicodedata so a newer Unicode cannot slip a Cf character past it.
_NONCHAR_PLANES = "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17))
SUSPECT_CLASS = (
    "\x00-\x1f\x7f-\x9f"  # C0, DEL, C1 controls (tab and newline are judged by the caller)
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164"
    "\ud800-\udfff\ufdd0-\ufdef\ufeff\uffa0\ufff9-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f" + _NONCHAR_PLANES
)
SUSPECT_RE = re.compile(f"[{SUSPECT_CLASS}]")

# Names for control characters, which Unicode leaves unnamed (these are its formal aliases).
_C0 = (
    "NULL START-OF-HEADING START-OF-TEXT END-OF-TEXT END-OF-TRANSMISSION ENQUIRY ACKNOWLEDGE BELL "
    "BACKSPACE TAB LINE-FEED VERTICAL-TAB FORM-FEED CARRIAGE-RETURN SHIFT-OUT SHIFT-IN "
    "DATA-LINK-ESCAPE DEVICE-CONTROL-ONE DEVICE-CONTROL-TWO DEVICE-CONTROL-THREE DEVICE-CONTROL-FOUR "
    "NEGATIVE-ACKNOWLEDGE SYNCHRONOUS-IDLE END-OF-TRANSMISSION-BLOCK CANCEL END-OF-MEDIUM SUBSTITUTE "
    "ESCAPE FILE-SEPARATOR GROUP-SEPARATOR RECORD-SEPARATOR UNIT-SEPARATOR"
).split()
_C1 = (
    "PADDING-CHARACTER HIGH-OCTET-PRESET BREAK-PERMITTED-HERE NO-BREAK-HERE INDEX NEXT-LINE-(NEL) "
    "START-OF-SELECTED-AREA END-OF-SELECTED-AREA CHARACTER-TABULATION-SET CHARACTER-TABULATION-WITH-"
    "JUSTIFICATION LINE-TABULATION-SET PARTIAL-LINE-FORWARD PARTIAL-LINE-BACKWARD REVERSE-LINE-FEED "
    "SINGLE-SHIFT-TWO SINGLE-SHIFT-THREE DEVICE-CONTROL-STRING PRIVATE-USE-ONE PRIVATE-USE-TWO "
    "SET-TRANSMIT-STATE CANCEL-CHARACTER MESSAGE-WAITING START-OF-GUARDED-AREA END-OF-GUARDED-AREA "
    "START-OF-STRING SINGLE-GRAPHIC-CHARACTER-INTRODUCER SINGLE-CHARACTER-INTRODUCER "
    "CONTROL-SEQUENCE-INTRODUCER STRING-TERMINATOR OPERATING-SYSTEM-COMMAND PRIVACY-MESSAGE "
    "APPLICATION-PROGRAM-COMMAND"
).split()
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = frozenset("\u200c\u200d")  # needed inside Persian, Indic and emoji sequences
# Alphabets whose letters pass for Latin ones: a word mixing two of them is a look-alike.
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def char_name(ch: str) -> str:
    """'U+00AD SOFT HYPHEN': the code point and its plain name, for any character."""
    cp = ord(ch)
    if cp < 0x20:
        name = _C0[cp].replace("-", " ")
    elif cp == 0x7F:
        name = "DELETE"
    elif 0x80 <= cp <= 0x9F:
        name = _C1[cp - 0x80].replace("-", " ")
    elif 0xD800 <= cp <= 0xDFFF:
        name = "UNPAIRED SURROGATE"
    elif (0xFDD0 <= cp <= 0xFDEF) or (cp & 0xFFFE) == 0xFFFE:
        name = "NONCHARACTER"
    else:
        name = unicodedata.name(ch, "UNNAMED CHARACTER")
    return f"U+{cp:04X} {name}"


def escape_text(text: str) -> str:
    """text with every control, invisible or broken character written as \\x1b, \\u200b, \\U000e0001.

    Used where a person-supplied key or value goes into a message, so nothing raw reaches
    a terminal, a CI log (where '::error' at a line start is a command) or a web page.
    """

    def one(m: re.Match[str]) -> str:
        cp = ord(m.group(0))
        if cp in (9, 10, 13):
            return {9: "\\t", 10: "\\n", 13: "\\r"}[cp]
        return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"

    return SUSPECT_RE.sub(one, text)


@dataclass(frozen=True)
class BadChar:
    index: int  # position in the value
    char: str
    kind: str  # the plain words for what it is: "an invisible character", "a control character", ...
    why: str  # why it matters, for the hint


def kind_of(ch: str) -> tuple[str, str]:
    """(what it is, why it matters) in plain words, for a character bad_characters() finds."""
    return _kind(ch)


def _kind(ch: str) -> tuple[str, str]:
    cp = ord(ch)
    if ch == "\t":
        return tr("a tab"), tr("tabs look like spaces but are not; type a space")
    if cp < 0x20 or 0x7F <= cp <= 0x9F:
        return tr("a control character"), tr("control characters are not text and can upset feeds and terminals")
    if 0xD800 <= cp <= 0xDFFF:
        return tr("a broken character"), tr("the file contains half of a character; retype the text")
    if (0xFDD0 <= cp <= 0xFDEF) or (cp & 0xFFFE) == 0xFFFE:
        return tr("an invalid character"), tr("it is not a character at all and makes the site's feeds invalid")
    if ch in "\u2028\u2029":
        return tr("an invisible line break"), tr("write the text on one line")
    if ch in _BIDI:
        return tr("an invisible direction mark"), tr("it can make text display in a different order than it is read")
    return tr("an invisible character"), tr(
        "you cannot see it, but it changes how the text is shown, searched and copied"
    )


def _joiner_ok(text: str, i: int) -> bool:
    """ZWJ/ZWNJ between two non-Latin letters or symbols (Persian, Indic, emoji sequences) is text."""
    if i == 0 or i == len(text) - 1:
        return False
    before, after = text[i - 1], text[i + 1]
    for ch in (before, after):
        if ch.isascii() or ch.isspace() or SUSPECT_RE.match(ch):
            return False
        if unicodedata.category(ch)[0] not in "LMS":
            return False
    return True


def _tag_ok(text: str, i: int) -> bool:
    """Tag characters after a black flag spell a subdivision flag emoji (England, Scotland, Wales)."""
    j = i
    while j > 0 and 0xE0020 <= ord(text[j - 1]) <= 0xE007F:
        j -= 1
    return j > 0 and text[j - 1] == "\U0001f3f4"


def bad_characters(text: str, *, allow_tab: bool = False) -> list[BadChar]:
    """Every character in text that does not belong in plain text, with plain words for it."""
    out: list[BadChar] = []
    # A run of tag characters shares one verdict (they all lead back to the same flag or not): judged once
    # per run, since walking back from each of them was quadratic (10,000 of them took 18 s).
    tag_run = (-2, False)  # (index of the last tag character judged, its verdict)
    for m in SUSPECT_RE.finditer(text):
        ch, i = m.group(0), m.start()
        if ch == "\n" or (ch == "\t" and allow_tab):
            continue  # line breaks are judged by the caller, which knows whether the field is one line
        if ch in _JOINERS and _joiner_ok(text, i):
            continue
        if 0xE0020 <= ord(ch) <= 0xE007F:
            tag_run = (i, tag_run[1] if tag_run[0] == i - 1 else _tag_ok(text, i))
            if tag_run[1]:
                continue
        kind, why = _kind(ch)
        out.append(BadChar(i, ch, kind, why))
    return out


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


@dataclass(frozen=True)
class LookAlike:
    word: str
    index: int  # of the odd letter in the text
    char: str
    script: str  # of the odd letter, in title case: "Cyrillic"
    main: str  # the word's main script: "Latin"


def lookalikes(text: str) -> list[LookAlike]:
    """Words that mix look-alike alphabets, such as a Cyrillic 'а' inside a Latin word (one per word)."""
    if text.isascii():
        return []
    out = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        if word.isascii():
            continue
        scripts = [_script(c) for c in word]
        mixed = {s for s in scripts if s in _LOOKALIKE_SCRIPTS}
        if len(mixed) < 2:
            continue
        main = max(mixed, key=lambda s: (scripts.count(s), s == "LATIN"))
        i = next(i for i, s in enumerate(scripts) if s in mixed and s != main)
        out.append(LookAlike(word, m.start() + i, word[i], scripts[i].title(), main.title()))
    return out


def shown(ch: str) -> str:
    """How to show a decoded entity's character in a hint: itself, or its name when it is invisible."""
    if ch == "\u00a0":
        return tr("a no-break space (or a plain space)")
    if ch.isspace() or SUSPECT_RE.match(ch):
        return tr("nothing: it stands for %(char)s", char=char_name(ch))
    return ch


def entities(text: str) -> list[tuple[str, str]]:
    """HTML entities written in plain text, with what each one stands for: [('&rsquo;', '’')]."""
    found = []
    for m in ENTITY_RE.finditer(text):
        decoded = html.unescape(m.group(0))
        if decoded != m.group(0):
            found.append((m.group(0), decoded))
    return found
