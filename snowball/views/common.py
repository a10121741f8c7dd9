"""What every view shares: the Jinja environment, page records, lazy renderings and display names.

Nothing here knows about MkDocs. An adapter places each fragment at its path;
the templates autoescape every value, so a hostile title stays text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, partial

from jinja2 import Environment, PackageLoader, select_autoescape

from ..diagnostics import Diagnostic
from ..fingerprint import Digests
from ..hub import STORIES_DIR
from ..i18n import N_, SOURCE_LANGUAGE, Language, language
from ..ledger import Ledger
from ..model import Hub, Story
from ..registries import contact_href
from ..store import compiled_templates
from ..urls import Urls, source_path, url_path


@cache
def environment(code: str) -> Environment:
    """The templates' Jinja environment for one language: its catalog behind `_()` and `ngettext()`, and its
    CLDR dates, numbers and plurals behind the `date`, `number` and `plural` filters.

    One per language and process, never changed after it is made (a hub has one language; the tests build
    several in one process).
    """
    lang = language(code)
    env = Environment(
        loader=PackageLoader("snowball", "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
        bytecode_cache=compiled_templates(),  # a build compiles the views' templates once per machine, not each time
    )
    env.install_gettext_translations(lang.translations, newstyle=True)  # type: ignore[attr-defined]
    env.filters["plural"] = lang.plural
    env.filters["date"] = lang.date
    env.filters["number"] = lang.number
    env.globals["lang"] = lang.code
    return env


_ENGLISH = language(SOURCE_LANGUAGE)


def plural(n: int, one: str, other: str) -> str:
    """English "1 story", "2 stories" (views use their language's Language.plural)."""
    return _ENGLISH.plural(n, one, other)


def date(value: dt.date) -> str:
    """An English date, "12 Mar 2024" (views use their language's Language.date)."""
    return _ENGLISH.date(value)


def number(n: int) -> str:
    """An English count, "10,000" (views use their language's Language.number)."""
    return _ENGLISH.number(n)


@dataclass(frozen=True)
class GeneratedPage:
    src: str  # e.g. "sites/porto/index.md"
    title: str  # plain text; the adapter escapes it for the theme
    description: str
    html: Rendering
    feeds: tuple[tuple[str, str], ...] = ()  # (title, site-root-relative path) to advertise in <head>


def _fingerprint(value: object, digests: Digests | None = None) -> str:
    """A comparable summary of template data: the generic walk of snowball.fingerprint (everything it holds)."""
    return (digests or Digests()).of(value)


class Rendering:
    """A template and its data, rendered on first use.

    The context is plain data (records, sequences, mappings, Cards values), so its fingerprint
    is a generic walk of it: whatever the template receives is in the fingerprint, by construction.
    The preview and the build cache render only pages whose fingerprint changed.
    """

    def __init__(self, template: str, page_url: str, context: dict[str, object], lang: str = SOURCE_LANGUAGE) -> None:
        self.template, self.page_url, self.context, self.lang = template, page_url, context, lang

    @cached_property
    def text(self) -> str:
        context = {k: v() if isinstance(v, partial) else v for k, v in self.context.items()}
        return _render(self.template, self.page_url, self.lang, **context)

    def fingerprint(self, digests: Digests | None = None) -> str:
        return _fingerprint((self.template, self.page_url, self.lang, self.context), digests)


@dataclass(frozen=True)
class Cards:
    """Story cards for a listing, as a plain value: the stories and the page's address (for relative links).

    Rendered when the template prints it (`__html__`); each card once per link depth, shared by every
    listing through the views' card cache (re-rendering a story's card on each page is what makes
    Material's blog plugin slow). The names on the cards are part of the value, so they are part of
    every fingerprint that holds it; the renderer is not data.
    """

    stories: tuple[Story, ...]
    page_url: str
    names: Names
    render_card: Callable[[Story, str], str] = field(compare=False, repr=False)

    def __html__(self) -> str:
        return (
            '<div class="sb-cards">\n'
            + "\n".join(self.render_card(s, self.page_url) for s in self.stories)
            + "\n</div>"
        )

    def __str__(self) -> str:
        return self.__html__()


class _Labels(dict[str, str]):
    """Names by id that fall back to the id: a registry that failed to load must not break a preview page."""

    def __missing__(self, key: str) -> str:
        return key


class Names:
    """Display names by id, for templates. Its fingerprint is the names it holds: the whole table for a
    listing, only the entries a page names for a story page (Names.only), so renaming one site reaches the
    pages that print its name, not every story page."""

    def __fingerprint__(self) -> object:
        return (self.site_names, self.practice_names, self.champion_names, self.tag_names)

    def __init__(self, ledger: Ledger | None) -> None:
        hub = ledger.hub if ledger is not None else None
        self.site_names = _Labels({k: v.name for k, v in hub.sites.items()} if hub else {})
        self.practice_names = _Labels({k: v.name for k, v in hub.practices.items()} if hub else {})
        self.champion_names = _Labels({k: v.name for k, v in hub.champions.items()} if hub else {})
        self.tag_names = _Labels({k: v.label for k, v in hub.tags.items()} if hub else {})

    def only(
        self, sites: Iterable[str], practices: Iterable[str], champions: Iterable[str], tags: Iterable[str]
    ) -> Names:
        """The same names for just these ids: a template that looks up one of them prints what it would
        with the whole table (an id without an entry falls back to itself in both)."""
        part = Names(None)
        for mine, theirs, ids in (
            (part.site_names, self.site_names, sites),
            (part.practice_names, self.practice_names, practices),
            (part.champion_names, self.champion_names, champions),
            (part.tag_names, self.tag_names, tags),
        ):
            mine.update((i, theirs[i]) for i in sorted(set(ids)) if i in theirs)
        return part


def _render(template: str, page_url: str, lang: str = SOURCE_LANGUAGE, **context: object) -> str:
    return environment(lang).get_template(template).render(u=Urls(page_url), **context)


class BaseViews:
    """State every view mixin reads: one ledger, its names, the hub's name and language, and today's date."""

    ledger: Ledger
    hub: Hub
    names: Names
    site_name: str
    today: dt.date
    lang: Language

    def __init__(
        self,
        ledger: Ledger,
        *,
        site_name: str,
        today: dt.date,
        card_cache: dict[tuple[Story, str, str], str] | None = None,
        language_code: str = SOURCE_LANGUAGE,
    ) -> None:
        """card_cache may outlive this object (the preview keeps it across rebuilds while the registries,
        and so the names on cards, stay the same). language_code is mkdocs.yml's theme.language."""
        self.ledger, self.site_name, self.today = ledger, site_name, today
        self.lang = language(language_code)
        self._, self.plural = self.lang.gettext, self.lang.plural
        self.hub = ledger.hub
        self.names = Names(ledger)
        self._cards = {} if card_cache is None else card_cache

    def _page_heading(self, title: str, number: int, count: int) -> str:
        """A later page's heading: "All stories (page 2 of 5)"."""
        n = self.lang.number
        return self._("%(title)s (page %(number)s of %(count)s)", title=title, number=n(number), count=n(count))

    def _lazy(self, template: str, page_url: str, **context: object) -> Rendering:
        return Rendering(template, page_url, context, self.lang.code)

    def cards(self, stories: Iterable[Story], page_url: str) -> Cards:
        """Story cards for a listing (a value the template prints; see Cards)."""
        return Cards(tuple(stories), page_url, self.names, self._card)

    def _card(self, story: Story, page_url: str) -> str:
        key = (story, Urls(page_url).base, self.lang.code)
        if key not in self._cards:
            self._cards[key] = _render("card.html", page_url, self.lang.code, s=story, h=self.names)
        return self._cards[key]

    def _index(
        self,
        kind: str,
        title: str,
        lede: str,
        groups: Iterable[tuple[str, list[tuple[str, str, str]]]],
    ) -> GeneratedPage:
        html = self._lazy("index.html", url_path(kind), title=title, lede=lede, groups=list(groups))
        return GeneratedPage(source_path(kind), title, lede, html)


# The titles the shipped mkdocs.yml gives Snowball's sections in its nav (the tabs): shown in the hub's language.
# A hub that writes its own titles in mkdocs.yml keeps them as written.
NAV_TITLES = frozenset(
    {
        N_("Home"),
        N_("Stories"),
        N_("Sites"),
        N_("Regions"),
        N_("Practices"),
        N_("Matrix"),
        N_("Momentum"),
        N_("Tags"),
        N_("Champions"),
        N_("Share your story"),
    }
)


def nav_title(title: str, lang: Language) -> str:
    """A nav title in the hub's language when it is one the shipped mkdocs.yml gives, else as the hub wrote it."""
    return lang.gettext(title) if title in NAV_TITLES else title


SEVERITIES = (N_("error"), N_("warning"))  # as the error panel names each problem


def error_panel(path: str, diagnostics: Sequence[Diagnostic], lang: str = SOURCE_LANGUAGE) -> str:
    """The preview's stand-in for a page that cannot be shown: the validator's messages, word for word."""
    return environment(lang).get_template("error.html").render(path=path, diagnostics=diagnostics)


UNSHOWN_LISTED = 10  # stories the banner names; it counts the rest and says where to see them all


@dataclass(frozen=True)
class Unshown:
    """A story the preview cannot show, as its banner names it: the story and the first of its errors."""

    slug: str | None  # None: no page and no panel (a file beside the story folders, a folder name refused)
    path: str  # the file of the first error (the story's index.md, mostly)
    line: int  # 0 when the error is about the file as a whole
    message: str  # the first error, word for word as the validator prints it ('' if none was recorded)
    hint: str | None = None  # shown only where no panel shows it (slug None)


@dataclass(frozen=True)
class UnshownStories:
    """What the banner on every preview page shows. A broken story leaves every listing, count and the home
    page, and only its own address shows its error panel: without the banner an editor could believe it
    published. The plan puts this value in every page's fingerprint, so the banner is never stale."""

    total: int
    listed: tuple[Unshown, ...]  # the first UNSHOWN_LISTED: stories by slug, then files without a page

    def __bool__(self) -> bool:
        return self.total > 0


def unshown_stories(
    broken: Mapping[str, Sequence[Diagnostic]], diagnostics: Iterable[Diagnostic] = ()
) -> UnshownStories:
    """The banner's data: the hub's refused stories (slug -> errors), then the errors under stories/ that
    belong to no story folder (a stray file, a link, a refused folder name), which have no page at all."""
    entries = []
    for slug in sorted(broken):
        first = broken[slug][0] if broken[slug] else None
        entries.append(Unshown(slug, first.path, first.line, first.message) if first else Unshown(slug, "", 0, ""))
    entries += [
        Unshown(None, d.path, d.line, d.message, d.hint)
        for d in sorted(diagnostics)
        if d.severity == "error" and d.path.startswith(f"{STORIES_DIR}/") and d.path.split("/")[1] not in broken
    ]
    return UnshownStories(len(entries), tuple(entries[:UNSHOWN_LISTED]))


def unshown_banner(page_url: str, unshown: UnshownStories, lang: str = SOURCE_LANGUAGE) -> str:
    """The preview's banner for the page at page_url ('' when every story can be shown)."""
    return _render("unshown.html", page_url, lang, unshown=unshown) if unshown else ""


@dataclass(frozen=True)
class Contact:
    """How to reach a champion: a link when the registry gives an e-mail or an https chat address, else text."""

    name: str  # the champion's full name
    first: str  # what "Ask …" says: the first word of the name
    text: str  # the contact as written in the registry
    href: str | None  # mailto:… or https://…; None for anything else (shown as plain text)


def contact_of(name: str, contact: str | None) -> Contact | None:
    """A champion's contact as a working link where that is safe: e-mail -> mailto:, https:// -> itself.

    Nothing else becomes a link (no javascript:, no http:// on an intranet page that may be served over https).
    """
    if not contact or not contact.strip():
        return None
    text = contact.strip()
    first = name.split()[0] if name.split() else name
    href = contact_href(text)
    return Contact(name, first, text.removeprefix("mailto:") if href and href.startswith("mailto:") else text, href)
