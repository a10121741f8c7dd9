"""Folder names and ids from titles in any language: the one slug function every script uses.

`snowball new`, the importers, the validator's rename hints and the story form's transliteration table
all come from here, so a title gets the same folder name wherever it is typed. anyascii transliterates
every script ("Größere" -> "grossere", "Москва" -> "moskva", "東京" -> "dong-jing"); dropping what NFKD
cannot decompose would turn a Russian or Chinese title into nothing, and every such story into "my-story".
"""

from __future__ import annotations

import html
import re
import unicodedata

from anyascii import anyascii

from .contract import SLUG_RE
from .urls import story_address_taken

STORY_SLUG_LENGTH = 60  # folder names become addresses; a title's first words say enough
EMPTY_TITLE_SLUG = "my-story"  # only for a title with nothing to transliterate (no letters or digits at all)
_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _spaced(char: str) -> bool:
    """Whether char is a Chinese character (also in Japanese and Korean): each is a syllable of its own.

    anyascii writes them run together ("DongJing"); a hyphen between syllables keeps the name readable.
    """
    return "CJK UNIFIED IDEOGRAPH" in unicodedata.name(char, "") or "CJK COMPATIBILITY IDEOGRAPH" in unicodedata.name(
        char, ""
    )


def transliterate(text: str) -> str:
    """text in ASCII letters: every script transliterated, Chinese characters one syllable each."""
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(f" {anyascii(c)} " if ord(c) > 0x2E7F and _spaced(c) else anyascii(c) for c in text)


def slugify(text: str, max_len: int = 80) -> str:
    """Lowercase ASCII words joined by hyphens (contract.SLUG_RE), cut at a hyphen within max_len; "" when
    text has nothing to transliterate."""
    slug = _NOT_SLUG_RE.sub("-", transliterate(text).lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0] if "-" in slug[:max_len] else slug[:max_len]
    slug = slug.strip("-")
    assert not slug or SLUG_RE.match(slug)
    return slug


def story_slug(title: str) -> str:
    """The folder name for a story called title: always one the validator accepts as a story's folder.

    A name whose address the site uses for something else (stories/page/ holds the listing's further
    pages) gets "-story" added.
    """
    slug = slugify(title, STORY_SLUG_LENGTH) or EMPTY_TITLE_SLUG
    return slug + "-story" if story_address_taken(slug) is not None else slug


def browser_table() -> dict[str, str]:
    """The story form's transliteration table: Latin, Greek and Cyrillic letters that lose more than an accent.

    The form proposes a folder name as the champion types the title, in the browser, where anyascii does
    not run. Letters NFKD turns into ASCII (é -> e) need no entry; the others (ß, æ, ø, ł, every Greek and
    Cyrillic letter) are listed here, taken from anyascii, so the form agrees with `snowball new` for these
    scripts. Other scripts (Chinese, Japanese, ...) would need tens of thousands of entries: for those the
    form asks the champion to type the folder name, and `snowball new` proposes one.
    """
    ranges = [(0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x1F00, 0x1FFF), (0x0400, 0x04FF)]
    table = {}
    for start, end in ranges:
        for code in range(start, end + 1):
            char = chr(code)
            if not char.isalpha():
                continue
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            ascii_text = anyascii(char)
            if ascii_text and ascii_text != plain:
                table[char] = ascii_text
    return table
