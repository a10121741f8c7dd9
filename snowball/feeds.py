"""Atom feeds, written with the standard library's ElementTree so every feed is well-formed XML.

String concatenation let a U+FFFE in a title through into an invalid feed; ElementTree escapes
markup, and characters XML cannot hold at all are dropped here (the validator refuses them first).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from .ledger import Ledger
from .model import Story
from .urls import url_path
from .views import Names

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # ElementTree writes it as xml:lang
FEED_LENGTH = 50
# Characters XML 1.0 cannot carry (controls, surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    stories: Sequence[Story],
    *,
    feed_path: str,
    title: str,
    site_url: str,
    updated: dt.date,
    names: Names,
    lang: str = "en",
) -> str:
    """An Atom feed of story summaries (newest FEED_LENGTH), with absolute links when site_url is set.
    xml:lang is the hub's language (a story with its own `lang` says so on its entry), so feed readers
    hyphenate and read it aloud in the right language."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang.replace("_", "-")})
    ET.SubElement(feed, "title").text = _text(title)
    ET.SubElement(feed, "id").text = _text(
        base + feed_path if base else f"tag:snowball,{updated.isoformat()}:{feed_path}"
    )
    ET.SubElement(feed, "updated").text = _stamp(stories[0].date if stories else updated)
    ET.SubElement(feed, "link", rel="self", href=base + feed_path)
    ET.SubElement(feed, "link", href=base or "/")
    for s in stories[:FEED_LENGTH]:
        story_url = url_path("story", s.slug)
        item = ET.SubElement(feed, "entry", {XML_LANG: s.lang} if getattr(s, "lang", None) else {})
        ET.SubElement(item, "title").text = _text(s.title)
        ET.SubElement(
            item, "link", href=base + story_url if base else posixpath.relpath(story_url, posixpath.dirname(feed_path))
        )
        ET.SubElement(item, "id").text = base + story_url if base else "urn:snowball:" + s.slug
        ET.SubElement(item, "updated").text = _stamp(s.date)
        for c in s.champions:
            ET.SubElement(ET.SubElement(item, "author"), "name").text = _text(names.champion_names.get(c, c))
        ET.SubElement(item, "summary").text = _text(s.summary)
        for p in s.practices:
            ET.SubElement(item, "category", term=p, label=_text(names.practice_names.get(p, p)))
    ET.indent(feed, space="")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def all_feeds(
    ledger: Ledger, names: Names, *, site_name: str, site_url: str, today: dt.date, lang: str = "en"
) -> dict[str, str]:
    """Every feed, by site-root-relative path: all stories, and one per site and per practice."""
    hub = ledger.hub
    wanted: list[tuple[str, str, list[Story]]] = [(url_path("feed-all"), site_name, ledger.stories)]
    wanted += [
        (url_path("feed-site", i), f"{site_name}: {site.name}", ledger.by_site.get(i, []))
        for i, site in hub.sites.items()
    ]
    wanted += [
        (url_path("feed-practice", i), f"{site_name}: {p.name}", ledger.by_practice.get(i, []))
        for i, p in hub.practices.items()
    ]
    return {
        path: atom_feed(stories, feed_path=path, title=title, site_url=site_url, updated=today, names=names, lang=lang)
        for path, title, stories in wanted
    }


def entries_feed(
    entries: Sequence[tuple[str, str, dt.date, str]],
    *,
    feed_path: str,
    title: str,
    site_url: str,
    updated: dt.date,
    lang: str = "en",
) -> str:
    """An Atom feed of site pages (title, site-root-relative path, date, summary), such as the digests, written
    in the hub's language (xml:lang, as atom_feed)."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang.replace("_", "-")})
    ET.SubElement(feed, "title").text = _text(title)
    ET.SubElement(feed, "id").text = _text(
        base + feed_path if base else f"tag:snowball,{updated.isoformat()}:{feed_path}"
    )
    ET.SubElement(feed, "updated").text = _stamp(max((e[2] for e in entries), default=updated))
    ET.SubElement(feed, "link", rel="self", href=base + feed_path)
    ET.SubElement(feed, "link", href=base or "/")
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = _text(title)  # Atom: a feed-level author
    for entry_title, path, day, summary in entries[:FEED_LENGTH]:
        item = ET.SubElement(feed, "entry")
        ET.SubElement(item, "title").text = _text(entry_title)
        ET.SubElement(item, "link", href=base + path if base else posixpath.relpath(path, posixpath.dirname(feed_path)))
        ET.SubElement(item, "id").text = base + path if base else "urn:snowball:" + path
        ET.SubElement(item, "updated").text = _stamp(day)
        ET.SubElement(item, "summary").text = _text(summary)
    ET.indent(feed, space="")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
