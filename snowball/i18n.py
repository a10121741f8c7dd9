"""The hub's language: message catalogs for every word Snowball shows, and its dates, numbers and plurals.

The hub's language is Material's `theme.language` in mkdocs.yml; nothing else sets it. Catalogs are the
`.po` files in `snowball/locale/<lang>/LC_MESSAGES/<domain>.po`, read directly with Babel (no compiled
`.mo` to keep in step): one domain for the site's readers ("site") and one for champions and editors
("gate": the validator, `snowball new`, the contribute page). `make i18n` extracts the English strings
into `<domain>.pot` and updates every `.po`; `make i18n-check` lists what each shipped language misses.

A message missing from `pt_BR` comes from `pt`, then from English, the language the source strings are
written in: a hub in a language Snowball does not ship shows Material's chrome in that language (where
Material has it) and Snowball's words in English, with the language's own dates and numbers.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAINS = ("site", "gate")
SOURCE_LANGUAGE = "en"
ENGLISH_DATE = "d MMM y"  # "12 Mar 2024": the English pages' date, kept from before there were languages
DATE_SKELETON = "yMMMd"  # every other language: CLDR's short-month date ("12. März 2024", "12 mars 2024") ...
# ... unless the language writes that with digits only (pt-PT: "12/03/2024"): then its long date, with the
# month's name ("12 de março de 2024"), so no reader wonders whether 03/12 is March or December.
CLDR_LOCALE = {"pt": "pt_PT"}  # Snowball's "pt" is European Portuguese; CLDR's "pt" is Brazil's


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


def shipped_languages(domain: str = "site") -> list[str]:
    """The languages with a catalog of this domain in the package, e.g. ["de", "es", "fr", "pt", "pt_BR"]."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{domain}.po"))


def read_catalog(tag: str, domain: str) -> Catalog | None:
    """One .po file as Babel reads it, or None when the package has none for this tag."""
    path = LOCALE_DIR / tag / "LC_MESSAGES" / f"{domain}.po"
    if not path.is_file():
        return None
    with path.open("rb") as f:
        return read_po(f, locale=tag, domain=domain)


def _translations(tag: str, domain: str) -> gettext.GNUTranslations | None:
    """A .po file as gettext translations (compiled in memory; fuzzy entries are left out, as msgfmt does)."""
    po = read_catalog(tag, domain)
    if po is None:
        return None
    for message in list(po)[1:]:  # an entry not (fully) translated falls back (pt_BR -> pt -> English)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            po.delete(message.id, message.context)
    buf = io.BytesIO()
    write_mo(buf, po, use_fuzzy=False)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


@cache
def catalog(language: str, domain: str = "site") -> gettext.NullTranslations:
    """The translations of one domain for the hub's language: "pt-BR" reads pt_BR, then pt, then English.

    Cached per process: catalogs are files shipped with the package and never change while it runs.
    """
    chain = [t for tag in gettext_tags(language) if (t := _translations(tag, domain)) is not None]
    if not chain:
        return gettext.NullTranslations()
    for more_specific, fallback in zip(chain, chain[1:], strict=False):
        more_specific.add_fallback(fallback)
    return chain[0]


def babel_locale(language: str) -> Locale:
    """The CLDR locale for dates, numbers and plural rules; English when Babel does not know the tag."""
    tag = gettext_tags(language)[0]
    try:
        return Locale.parse(CLDR_LOCALE.get(tag, tag))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(SOURCE_LANGUAGE)


class Language:
    """Everything language-specific a page needs: translated words, and CLDR dates, numbers and plurals.

    One per language and process (`language()`); it holds no state that changes after it is made (besides
    its memos of formatted dates and numbers, which only grow).
    """

    def __init__(self, code: str) -> None:
        self.code = code or SOURCE_LANGUAGE
        self.locale = babel_locale(self.code)
        self.translations = catalog(self.code, "site")
        self.date_pattern = self._date_pattern()
        self._dates: dict[dt.date, str] = {}  # formatted once per language and process (see date, number)
        self._numbers: dict[int, str] = {}

    def _date_pattern(self) -> str:
        """The one date pattern of the language's pages (CLDR syntax), shared with the listing script."""
        if self.locale.language == SOURCE_LANGUAGE:
            return ENGLISH_DATE
        pattern = self.locale.datetime_skeletons[DATE_SKELETON].pattern
        return pattern if "MMM" in pattern else self.locale.date_formats["long"].pattern

    def gettext(self, message: str, **values: Any) -> str:
        """The message in this language; `%(name)s` placeholders filled from values."""
        text = self.translations.gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        """The form of the message this language's plural rules pick for n; `%(num)s` is n as a number."""
        text = self.translations.ngettext(singular, plural, n)
        return text % {"num": self.number(n), **values}

    def plural(self, n: int, one: str, other: str | None = None) -> str:
        """ "1 story", "2 stories", "1,000 stories": the number, then the word in the form n takes.

        one and other are English words (or "%(num)s ..." messages); the catalog holds each pair as one
        plural message, so a language with more forms gets them all.
        """
        other = other or one + "s"
        word = self.translations.ngettext(one, other, n)
        return word % {"num": self.number(n)} if "%(num)" in one else f"{self.number(n)} {word}"

    def date(self, value: dt.date) -> str:
        """A date as every page shows it: "12 Mar 2024", "12. März 2024", "12 mars 2024" (each day formatted
        once: Babel takes a fraction of a millisecond, and a plan asks for thousands of dates)."""
        if (text := self._dates.get(value)) is None:
            text = self._dates[value] = format_date(value, self.date_pattern, locale=self.locale)
        return text

    def number(self, n: int) -> str:
        """A count as every page shows it: "10,000", "10.000", "10 000" (CLDR's grouping for the language)."""
        if (text := self._numbers.get(n)) is None:
            text = self._numbers[n] = format_decimal(n, locale=self.locale)
        return text

    def months(self, width: str = "abbreviated") -> list[str]:
        """The twelve month names ("abbreviated" or "wide"), for dates the browser writes (listing filter)."""
        names = self.locale.months["format"][width]
        return [names[m] for m in range(1, 13)]

    def js_labels(self) -> dict[str, object]:
        """What the site's JavaScript shows, translated: {English msgid: text}, or for a plural message
        {msgid: {CLDR category: text}} (the script picks the category with Intl.PluralRules).

        Only messages the catalogs locate in a .js file, so the JSON stays small; empty for English.
        """
        out: dict[str, object] = {}
        for domain in DOMAINS:
            for message in _js_messages(self.code, domain):
                if isinstance(message.id, tuple):
                    forms = {
                        cat: self.translations_for(domain).ngettext(message.id[0], message.id[1], sample)
                        for cat, sample in _plural_samples(self.locale).items()
                    }
                    if any(text not in message.id for text in forms.values()):
                        out[message.id[0]] = forms
                elif message.context:  # tp("filter", "site"): keyed as gettext keys it, context \x04 msgid
                    text = self.translations_for(domain).pgettext(message.context, message.id)
                    if text != message.id:
                        out[f"{message.context}\x04{message.id}"] = text
                else:
                    text = self.translations_for(domain).gettext(message.id)
                    if text != message.id:
                        out[message.id] = text
        return out

    def translations_for(self, domain: str) -> gettext.NullTranslations:
        return self.translations if domain == "site" else catalog(self.code, domain)


def _js_messages(language: str, domain: str) -> Iterator[Any]:
    """The messages of a domain used in JavaScript (a location in a .js file), from the language's catalogs."""
    seen: set[tuple[object, object]] = set()
    for tag in gettext_tags(language):
        po = read_catalog(tag, domain)
        for message in po or ():
            key = (message.context, message.id)
            if message.id and key not in seen and any(f.endswith(".js") for f, _ in message.locations):
                seen.add(key)
                yield message


def _plural_samples(locale: Locale) -> dict[str, int]:
    """One number per CLDR plural category of the locale ("one": 1, "other": 2 ...), to ask the catalog with."""
    samples: dict[str, int] = {}
    for n in (1, 2, *range(0, 200), 1000, 1000000):  # 1 and 2 first: "one" and "other" as their plainest
        samples.setdefault(locale.plural_form(n), n)
    return samples


@cache
def language(code: str) -> Language:
    """The Language for a code from mkdocs.yml's theme.language ("en", "pt", "pt-BR"), made once a process."""
    return Language(code)


def extract_jinja(fileobj: Any, keywords: Any, comment_tags: Any, options: dict[str, Any]) -> Iterator[Any]:
    """Babel extractor for the templates: Jinja's own, plus `n|plural("site", "sites")` filters as plural
    messages (the filter translates its words, so they belong in the catalog)."""
    from jinja2 import Environment, nodes
    from jinja2.ext import babel_extract

    source = fileobj.read()
    yield from babel_extract(io.BytesIO(source), keywords, comment_tags, options)
    env = Environment(extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    for node in env.parse(source.decode("utf-8")).find_all(nodes.Filter):
        if node.name == "plural" and node.args and all(isinstance(a, nodes.Const) for a in node.args):
            words = [a.value for a in node.args]
            yield node.lineno, "ngettext", (words[0], words[1] if len(words) > 1 else words[0] + "s"), []


def labels_json(code: str) -> str:
    """The scripts' labels for a page, as the JSON in <script id="sb-labels"> ("" in English: nothing to say).

    `</` is written `<\\/` so no label can close the script element early."""
    labels = language(code).js_labels()
    return json.dumps(labels, ensure_ascii=False, sort_keys=True).replace("</", "<\\/") if labels else ""


def theme_language(env: Any, code: str) -> None:
    """Give the theme's Jinja environment (the overrides: main.html, 404.html, partials) the hub language's
    catalog behind `_()`, and the scripts' labels as `snowball_labels`. The adapter calls it once per build."""
    lang = language(code)
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(lang.translations, newstyle=True)
    env.globals["snowball_labels"] = labels_json(code)
    env.globals["snowball_language"] = code


def missing(tag: str, domain: str = "site") -> list[str]:
    """The msgids of the domain's template (<domain>.pot) that the tag's catalog does not translate (fuzzy
    counts as not translated). A regional catalog (pt_BR) counts what its parent (pt) translates."""
    with (LOCALE_DIR / f"{domain}.pot").open("rb") as f:
        template = read_po(f)
    have: set[object] = set()
    for t in gettext_tags(tag):
        for m in read_catalog(t, domain) or ():
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            if m.id and not m.fuzzy and all(strings):
                have.add(m.id)
    return [m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id and m.id not in have]


def main() -> int:
    """`make i18n-check`: what each shipped language misses, per domain; exit 1 when anything is missing."""
    failed = False
    for domain in DOMAINS:
        if not (LOCALE_DIR / f"{domain}.pot").is_file():
            continue
        for tag in shipped_languages(domain):
            gaps = missing(tag, domain)
            print(f"{domain} {tag}: {'complete' if not gaps else f'{len(gaps)} missing'}")
            for msgid in gaps:
                print(f"    {msgid!r}")
            failed = failed or bool(gaps)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
