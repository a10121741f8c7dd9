"""The hub's language: message catalogs for every word Snowball shows (gettext, compiled by Babel).

The hub's language is Material's `theme.language` in mkdocs.yml; nothing else sets it. Catalogs live in
`snowball/locale/<lang>/LC_MESSAGES/<domain>.mo`, one domain for the site's readers ("site") and one for
champions and editors ("gate": the validator, `snowball new`, the contribute page). A missing catalog or
message falls back to English, the language the source strings are written in.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAINS = ("site", "gate")
SOURCE_LANGUAGE = "en"


def N_(message: str) -> str:
    """Marks a string for extraction where it is defined; it is translated where it is shown."""
    return message


def gettext_tags(language: str) -> list[str]:
    """The catalog names to try for a BCP 47 tag, most specific first: "pt-BR" -> ["pt_BR", "pt"]."""
    parts = language.replace("_", "-").split("-")
    tags = []
    for n in range(len(parts), 0, -1):
        head = parts[0].lower()
        rest = [p.upper() if len(p) == 2 else p.title() for p in parts[1:n]]
        tags.append("_".join([head, *rest]))
    return tags


@cache
def catalog(language: str, domain: str = "site") -> gettext.NullTranslations:
    """The translations of one domain for the hub's language (English where there is none).

    Cached per process: catalogs are files shipped with the package and never change while it runs.
    """
    return gettext.translation(domain, LOCALE_DIR, languages=gettext_tags(language), fallback=True)
