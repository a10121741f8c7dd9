"""The digest: what a period brought, as one plain value an editor can send or the site can publish.

`make_digest(ledger, period)` reads the ledger and returns a `Digest`: the period's new stories grouped by
practice, the practices that reached new sites (running counts before and after), the champions to thank,
and sites that could adopt next with who to ask. Links in the value are site-root-relative paths (from
snowball.urls); each renderer decides how to write them: absolute to `site_url` in an e-mail, relative to
the page on the site. Renderers: `render_email` (e-mail-safe HTML: inline styles, tables, no script, no
outside requests), `render_markdown` (CommonMark) and `render_text`; the site's pages (digest/2026-11/,
digest/2026-q4/, digest/) come from `digest_pages` with the site's templates. Nothing here knows MkDocs.

Running means the stages pilot, adopted and scaled; retired means the site left. Any other stage (an idea)
counts nowhere: a site is running a practice on a day when the last such story up to that day says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from jinja2 import Environment, PackageLoader

from .contract import RETIRED, RUNNING_STAGES
from .gate import mkdocs_value
from .i18n import N_, SOURCE_LANGUAGE, catalog
from .i18n import language as language_named
from .ledger import Ledger
from .model import Story
from .momentum import quarter_bounds, quarter_of, sites_running
from .registries import contact_href
from .store import compiled_templates
from .textcheck import SUSPECT_RE, char_name
from .urls import Target, source_path, url_path
from .views.common import GeneratedPage, Rendering

RUNNING = RUNNING_STAGES  # the stages that count as running a practice
LEAVING = (RETIRED,)

STORIES_PER_PRACTICE = 8  # lines under one practice before "and N more" (links the practice's story list)
PRACTICES_SHOWN = 20  # practice groups before "and N more practices" (links the story listing)
REACH_SHOWN = 20  # practices that reached new sites (links the practices index for the rest)
THANKS_SHOWN = 40  # champions to thank (links the champions index for the rest)
NEXT_SHOWN = 10  # sites that could adopt next (links the regions index for the rest)


def month_of(date: dt.date) -> str:
    """'2026-11'; four digits for every year ('%Y' writes year 1 as '1' on Linux)."""
    return f"{date.year:04d}-{date.month:02d}"


def month_bounds(label: str) -> tuple[dt.date, dt.date]:
    """'2026-11' -> (2026-11-01, 2026-11-30). ValueError otherwise."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", label.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"not a month: {label!r}")
    year, month = int(match[1]), int(match[2])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """The days a digest covers, both ends included. kind: 'month' or 'quarter' (a site page), or 'range'."""

    start: dt.date
    end: dt.date
    kind: str = "range"

    @property
    def label(self) -> str:
        """The address part of a month or quarter page ('2026-11', '2026-q4'); the dates for a range."""
        if self.kind == "month":
            return month_of(self.start)
        if self.kind == "quarter":
            return quarter_of(self.start).lower()  # addresses are lower case: digest/2026-q4/
        return f"{self.start.isoformat()}--{self.end.isoformat()}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        """The days start..end, named as a month or a quarter when they are exactly one ('Q3 2026')."""
        for kind, label in (("month", month_of(start)), ("quarter", quarter_of(start))):
            if (start, end) == (month_bounds(label) if kind == "month" else quarter_bounds(label.upper())):
                return cls(start, end, kind)
        return cls(start, end)

    @classmethod
    def month(cls, label: str) -> Period:
        return cls(*month_bounds(label), kind="month")

    @classmethod
    def quarter(cls, label: str) -> Period:
        return cls(*quarter_bounds(label.strip().upper()), kind="quarter")


# --- the value -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryLine:
    slug: str
    title: str
    path: str  # site-root-relative: 'stories/x/'
    site_name: str
    date: dt.date
    stage: str


@dataclass(frozen=True)
class PracticeStories:
    """One practice's new stories, newest first, with what did not fit."""

    practice: str
    name: str
    path: str
    stories: tuple[StoryLine, ...]
    more: int  # stories beyond STORIES_PER_PRACTICE
    more_path: str  # the practice's story list


@dataclass(frozen=True)
class Reach:
    """A practice that reached new sites in the period: running at `before` sites the day before the period
    and at `after` at its end, of `total` sites (of the region, when the digest has one)."""

    practice: str
    name: str
    path: str
    before: int
    after: int
    total: int
    joined: tuple[str, ...]  # site names, alphabetical
    left: tuple[str, ...]  # sites that retired it in the period


@dataclass(frozen=True)
class Thanks:
    champion: str
    name: str
    path: str  # the champion's page
    site_name: str  # their home site ('' when the registry does not know them)
    stories: int


@dataclass(frozen=True)
class Suggestion:
    """A site that could adopt a practice next, and who to ask: the champion of the best neighbour story."""

    site_name: str
    site_path: str
    practice_name: str
    practice_path: str
    from_site: str  # the site that runs it (a neighbour when neighbours > 0)
    neighbours: int  # sites of the same region running it (0: it runs elsewhere)
    story: StoryLine
    ask_name: str
    ask_href: str  # mailto:, https:// or '' (then ask_path)
    ask_path: str  # the champion's page


@dataclass(frozen=True)
class Digest:
    hub_name: str
    period: Period
    region: str  # the region's name, or '' for every site
    stories: int  # new stories in the period (in the region)
    groups: tuple[PracticeStories, ...]
    more_practices: int
    reach: tuple[Reach, ...]
    more_reach: int
    thanks: tuple[Thanks, ...]
    more_thanks: int
    next: tuple[Suggestion, ...]
    more_next: int
    prepared: dt.date  # today() (SNOWBALL_TODAY / SOURCE_DATE_EPOCH pin it): never the wall clock's time

    @property
    def in_progress(self) -> bool:
        return self.period.end > self.prepared


# --- making it -----------------------------------------------------------------------------------------------


def _line(story: Story, site_names: dict[str, str]) -> StoryLine:
    return StoryLine(
        story.slug,
        story.title,
        url_path("story", story.slug),
        site_names.get(story.site, story.site),
        story.date,
        story.stage,
    )


def make_digest(
    ledger: Ledger,
    period: Period,
    *,
    hub_name: str,
    prepared: dt.date,
    region: str | None = None,
    history: dict[dt.date, Ledger] | None = None,
) -> Digest:
    """The digest of period (stories dated start..end, both included), for one region's sites or all.

    history: ledgers as they stood at the end of a day, shared between calls (a quarter and its last month
    end on the same day), so the site's pages build each past ledger once."""
    hub = ledger.hub
    site_names = {k: v.name for k, v in hub.sites.items()}
    scope = {s.id for s in ledger.regions.get(region, [])} if region else set(hub.sites)
    in_scope: Callable[[str], bool] = (lambda site: site in scope) if region else (lambda site: True)
    stories = [s for s in ledger.stories if s.date in period and in_scope(s.site)]  # newest first

    by_practice: dict[str, list[Story]] = {}
    for s in stories:
        for p in s.practices:
            by_practice.setdefault(p, []).append(s)
    name_of = {k: v.name for k, v in hub.practices.items()}
    ordered = sorted(by_practice.items(), key=lambda kv: (-len(kv[1]), name_of.get(kv[0], kv[0]).casefold()))
    groups = tuple(
        PracticeStories(
            p,
            name_of.get(p, p),
            url_path("practice", p),
            tuple(_line(s, site_names) for s in items[:STORIES_PER_PRACTICE]),
            max(0, len(items) - STORIES_PER_PRACTICE),
            url_path("practice-stories", p),
        )
        for p, items in ordered[:PRACTICES_SHOWN]
    )

    total = len(scope)
    reach = []
    for p in sorted(hub.practices, key=lambda p: name_of[p].casefold()):
        before = set(_running_before(ledger, p, period.start)) & scope
        after = set(sites_running(ledger, p, period.end)) & scope
        joined, left = after - before, before - after
        if joined:
            reach.append(
                Reach(
                    p,
                    name_of[p],
                    url_path("practice", p),
                    len(before),
                    len(after),
                    total,
                    tuple(sorted((site_names.get(s, s) for s in joined), key=str.casefold)),
                    tuple(sorted((site_names.get(s, s) for s in left), key=str.casefold)),
                )
            )
    reach.sort(key=lambda r: (-len(r.joined), r.name.casefold()))

    counts: dict[str, int] = {}
    for s in stories:
        for c in s.champions:
            counts[c] = counts.get(c, 0) + 1
    thanks = []
    for c, n in counts.items():
        champion = hub.champions.get(c)
        home = site_names.get(champion.site, champion.site) if champion else ""
        thanks.append(Thanks(c, champion.name if champion else c, url_path("champion", c), home, n))
    thanks.sort(key=lambda t: (t.name.casefold(), t.champion))

    counted = RUNNING + LEAVING
    if all(s.stage in counted for s in ledger.stories) and (not ledger.stories or ledger.stories[0].date <= period.end):
        as_of = ledger
    else:
        history = {} if history is None else history
        as_of = history.get(period.end) or history.setdefault(period.end, _ledger_until(ledger, period.end))
    suggestions = _next(as_of, scope, reach)
    return Digest(
        hub_name,
        period,
        region or "",
        len(stories),
        groups,
        max(0, len(ordered) - PRACTICES_SHOWN),
        tuple(reach[:REACH_SHOWN]),
        max(0, len(reach) - REACH_SHOWN),
        tuple(thanks[:THANKS_SHOWN]),
        max(0, len(thanks) - THANKS_SHOWN),
        tuple(suggestions[:NEXT_SHOWN]),
        max(0, len(suggestions) - NEXT_SHOWN),
        prepared,
    )


def _running_before(ledger: Ledger, practice: str, day: dt.date) -> list[str]:
    """The sites running a practice the day before `day`: none before the calendar's first day."""
    return sites_running(ledger, practice, day - dt.timedelta(days=1)) if day > dt.date.min else []


def _ledger_until(ledger: Ledger, end: dt.date) -> Ledger:
    """The adoptions as they stood at the end of a day: what a period's suggestions are read from. Only stories
    of a running or leaving stage count (an idea is no adoption, and no neighbour runs it)."""
    return Ledger(ledger.hub, [s for s in ledger.stories if s.date <= end and s.stage in RUNNING + LEAVING])


def _next(ledger: Ledger, scope: set[str], reach: Sequence[Reach]) -> list[Suggestion]:
    """Per site in scope, the practice it could adopt next as things stood at the period's end: what most of its
    neighbours run (ledger.neighbour_lessons), else a practice that spread in the period and runs elsewhere
    (ledger.opportunities). Practices that spread in the period first, then the most neighbours."""
    hub = ledger.hub
    site_names = {k: v.name for k, v in hub.sites.items()}
    spreading = {r.practice for r in reach}
    found: list[tuple[tuple[object, ...], Suggestion]] = []
    for site in sorted(scope):
        lessons = ledger.neighbour_lessons(site, 1)
        if lessons:
            practice, adoption, neighbours = lessons[0]
            story = adoption.latest
        else:
            chosen = [(p, s) for p, s in ledger.opportunities(site) if p in spreading and s.stage in RUNNING]
            if not chosen:
                continue
            (practice, story), neighbours = chosen[0], 0
        champion = hub.champions.get(story.champions[0]) if story.champions else None
        suggestion = Suggestion(
            site_names.get(site, site),
            url_path("site", site),
            hub.practices[practice].name if practice in hub.practices else practice,
            url_path("practice", practice),
            site_names.get(story.site, story.site),
            neighbours,
            _line(story, site_names),
            champion.name if champion else (story.champions[0] if story.champions else ""),
            contact_href(champion.contact or "") or "" if champion else "",
            url_path("champion", story.champions[0]) if story.champions else "",
        )
        key = (practice not in spreading, -neighbours, suggestion.site_name.casefold())
        found.append((key, suggestion))
    found.sort(key=lambda f: f[0])
    return [s for _k, s in found]


# --- words ---------------------------------------------------------------------------------------------------


def period_name(period: Period, language: str = SOURCE_LANGUAGE) -> str:
    """'November 2026', 'Q4 2026', '1 Oct 2026 – 15 Nov 2026' or '13 Oct 2026', in the hub's language (CLDR:
    'noviembre de 2026', 'T4 2026', '12. März 2024')."""
    lang = language_named(language)
    if period.kind == "month":
        return format_skeleton("yMMMM", period.start, locale=lang.locale)  # "agosto de 2026", not "agosto 2026"
    if period.kind == "quarter":
        return format_date(period.start, "QQQ y", locale=lang.locale)
    first = lang.date(period.start)
    return first if period.start == period.end else f"{first} – {lang.date(period.end)}"


THIS_PERIOD = {"month": N_("this month"), "quarter": N_("this quarter"), "range": N_("in this period")}
NO_SITE_URL = N_(
    "Links are relative to the site's address: site_url is not set in mkdocs.yml, so this digest cannot say "
    "where the site is. Set site_url there to get links that work in an e-mail."
)


def site_url_of(root: Path) -> str:
    """site_url from the hub's mkdocs.yml ('' when there is none): read, not run (its !!python tags stay text)."""
    return str(mkdocs_value(root, ("site_url",)) or "")


def site_base(site_url: str) -> str:
    """The address every link of an e-mail starts with: site_url with one closing slash and its path written as a
    link may hold it (a space or a bracket would end a Markdown link), or '' without a site_url. ValueError, in
    words for the editor, for anything that is not a web page's address: a javascript: link, a server name
    without http(s)://, a user name and password, or a ?query or #part that links to pages would be glued after."""
    url = site_url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc or parts.query \
            or parts.fragment or url.endswith(("?", "#")):  # fmt: skip
        raise ValueError(
            f"site_url in mkdocs.yml is {url!r}, which is not the address of a web page; expected http:// or "
            "https://, the server's name and, if the site is in a folder, its path, like "
            "https://intranet.example/snowball/ (no ?query, #part or user name); fix it in mkdocs.yml"
        )
    path = quote(parts.path.rstrip("/"), safe="/%-._~!$&'*+,;=:@") + "/"
    return f"{parts.scheme.lower()}://{parts.netloc}{path}"


def hub_name_of(root: Path) -> str:
    """site_name from mkdocs.yml ('Snowball' when there is none) as one line: line breaks and runs of spaces
    become one space. ValueError naming the character when it holds one a reader cannot see or a terminal would
    act on (site_name is not a registry: nothing else checks it)."""
    name = " ".join(str(mkdocs_value(root, ("site_name",)) or "").split()) or "Snowball"
    if found := SUSPECT_RE.search(name):
        raise ValueError(
            f"site_name in mkdocs.yml contains {char_name(found[0])} (character {found.start() + 1}), which is "
            "invisible or moves the cursor on a screen; delete it from mkdocs.yml"
        )
    return name


def language_of(root: Path) -> str:
    """The hub's language: theme.language in mkdocs.yml ('en' when it says none). ValueError in words when Babel,
    which writes the digest's dates, does not know it."""
    language = str(mkdocs_value(root, ("theme", "language")) or SOURCE_LANGUAGE)
    try:
        Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(
            f"theme.language in mkdocs.yml is {language!r}, a language whose dates Snowball cannot write; expected "
            "a language code such as en, de, fr or pt-BR"
        ) from None
    return language


# --- rendering for e-mail, Markdown and text -----------------------------------------------------------------

# Marks that start emphasis, code, a link or a heading: a backslash escapes them in CommonMark and Python-Markdown.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#])")
# Marks only some Markdowns let a backslash escape (strike-through, maths, a table cell) are written as
# character references, which every Markdown shows as the character and none reads as markup.
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;", "$": "&#36;", "|": "&#124;"}
# What makes a line a list item or a heading's underline when the text starts it ('>' is an entity already).
_MD_LINE_START = re.compile(r"^(?:[+-]|[0-9]{1,9}(?=[.)])|=)")


def _md(text: object) -> str:
    """Text as Markdown shows it literally, on one line: line breaks become spaces, marks that could start
    emphasis, code, a link, maths or a table are escaped, a mark that starts a block is escaped when the text
    starts with it, and &, < and > are written as entities (a backslash before them is not an escape everywhere)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    escaped = re.sub("[&<>~$|]", lambda m: _MD_ENTITIES[m[0]], escaped)
    return _MD_LINE_START.sub(_line_start, escaped)


def _line_start(mark: re.Match[str]) -> str:
    """'1.' -> '1\\.', '-' -> '\\-', '=' -> '&#61;' (Python-Markdown has no backslash escape for '=')."""
    if mark[0] == "=":
        return "&#61;"
    return mark[0] + "\\" if mark[0][0].isdigit() else "\\" + mark[0]


def _md_url(url: str) -> str:
    """A link's address as a Markdown link holds it: a space, a bracket or a backslash would end or change it."""
    return quote(url, safe="%-._~!$&'*+,;=:@/?#")


def _width(text: str) -> int:
    """The columns text takes on a screen: wide letters (CJK, most emoji) take two, combining marks none."""
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) == "Cf"
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


@cache
def _environment(language: str, markup: bool) -> Environment:
    """The e-mail templates' environment: HTML autoescaped, Markdown and text not (they escape their own way)."""
    env = Environment(
        loader=PackageLoader("snowball", "templates"),
        autoescape=markup,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
        bytecode_cache=compiled_templates(),
    )
    env.install_gettext_translations(catalog(language, "site"), newstyle=True)  # type: ignore[attr-defined]
    env.filters["date"] = language_named(language).date
    env.filters["md"] = _md
    env.filters["md_url"] = _md_url
    env.filters["width"] = _width
    return env


def _direction(language: str) -> str:
    """'rtl' for a language written right to left (Arabic, Hebrew, Persian...), else 'ltr'."""
    try:
        order = Locale.parse(language.replace("-", "_")).character_order
    except (UnknownLocaleError, ValueError, TypeError):  # a language Babel does not know: its letters' order neither
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


def _links(site_url: str) -> Callable[[str], str]:
    base = site_base(site_url)
    return lambda path: base + path if base else (path or "./")


def _render(template: str, digest: Digest, *, site_url: str, language: str, markup: bool) -> str:
    env = _environment(language, markup)
    words = catalog(language, "site")
    period = period_name(digest.period, language)
    return env.get_template(template).render(
        d=digest,
        lang=language,
        direction=_direction(language),
        title=words.gettext("%(hub)s digest: %(period)s") % {"hub": digest.hub_name, "period": period},
        intro=intro(digest, language),
        this_period=words.gettext(THIS_PERIOD[digest.period.kind]),
        note=words.gettext(NO_SITE_URL) if not site_url else "",
        link=_links(site_url),
        home=_links(site_url)(""),
        stories_path=url_path("stories"),
        practices_path=url_path("practices"),
        champions_path=url_path("champions"),
        regions_path=url_path("regions"),
        index_path=url_path("digest"),
    )


def intro(digest: Digest, language: str = SOURCE_LANGUAGE) -> str:
    """The digest's first sentence: '5 new stories in November 2026, from every site.'"""
    words = catalog(language, "site")
    n = words.ngettext("%(num)d new story", "%(num)d new stories", digest.stories) % {"num": digest.stories}
    p = digest.period
    day = language_named(language).date
    if p.kind == "quarter":  # its own message: languages say it apart ("no T3 2026", "au T3 2026")
        when = words.gettext("in %(quarter)s") % {"quarter": period_name(p, language)}
    elif p.kind == "month":
        when = words.gettext("in %(period)s") % {"period": period_name(p, language)}
    elif p.start == p.end:
        when = words.gettext("on %(day)s") % {"day": day(p.start)}
    else:
        when = words.gettext("between %(start)s and %(end)s") % {"start": day(p.start), "end": day(p.end)}
    values = {"stories": n, "when": when, "region": digest.region}
    text = (
        words.gettext("%(stories)s %(when)s, from the sites of %(region)s.")
        if digest.region
        else words.gettext("%(stories)s %(when)s, from every site.")
    ) % values
    if digest.in_progress:
        text += " " + words.gettext("The period is not over: this is what it brought until %(date)s.") % {
            "date": day(digest.prepared)
        }
    return text


def render_email(digest: Digest, *, site_url: str, language: str = SOURCE_LANGUAGE) -> str:
    """A whole HTML document for an e-mail: inline styles only, tables for layout, no script, no outside requests."""
    return _render("digest_email.html", digest, site_url=site_url, language=language, markup=True)


def render_markdown(digest: Digest, *, site_url: str, language: str = SOURCE_LANGUAGE) -> str:
    return _render("digest_email.md", digest, site_url=site_url, language=language, markup=False)


def render_text(digest: Digest, *, site_url: str, language: str = SOURCE_LANGUAGE) -> str:
    return _render("digest_email.txt", digest, site_url=site_url, language=language, markup=False)


RENDERERS = {"html": render_email, "md": render_markdown, "text": render_text}


# --- the site's pages ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestEntry:
    """A digest page on the index and in the feed."""

    path: str  # 'digest/2026-11/'
    period: Period
    name: str  # 'November 2026'
    stories: int
    reached: int  # practices that reached new sites
    newest: dt.date  # the newest story in it (the feed's date)
    in_progress: bool


def periods_with_stories(stories: Iterable[Story]) -> list[Period]:
    """Every month and quarter that has a story, newest first (a quarter before its months)."""
    days = {s.date for s in stories}
    months = {Period.month(month_of(d)) for d in days}
    quarters = {Period.quarter(quarter_of(d)) for d in days}
    return sorted(months | quarters, key=lambda p: (p.end, p.kind == "quarter"), reverse=True)


def digest_pages(
    ledger: Ledger, *, hub_name: str, today: dt.date, language: str = SOURCE_LANGUAGE
) -> tuple[list[GeneratedPage], list[DigestEntry]]:
    """The site's digest pages (one per month and per quarter with stories, and digest/) and the entries
    the feed lists. Each page's data is its Digest value: a story change reaches exactly the pages it is in."""
    gettext = catalog(language, "site").gettext
    pages, entries = [], []
    history: dict[dt.date, Ledger] = {}
    for period in periods_with_stories(ledger.stories):
        # a past period's page never changes with the date: only the current one says "so far"
        d = make_digest(ledger, period, hub_name=hub_name, prepared=min(today, period.end), history=history)
        path = url_path("digest-period", period.label)
        name = period_name(period, language)
        newest = max(s.date for s in ledger.stories if s.date in period)
        entries.append(DigestEntry(path, period, name, d.stories, len(d.reach) + d.more_reach, newest, d.in_progress))
        context = {
            "d": d,
            "name": name,
            "intro": intro(d, language),
            "this_period": gettext(THIS_PERIOD[period.kind]),
            "index": url_path("digest"),
        }
        html = Rendering("digest.html", path, context, language)
        title = gettext("Digest: %(period)s") % {"period": name}
        what = gettext("What %(period)s brought: new stories, practices that reached new sites, champions to thank.")
        pages.append(GeneratedPage(Target.at(path).source, title, what % {"period": name}, html))
    index = Rendering(
        "digest_index.html", url_path("digest"), {"entries": tuple(entries), "feed": url_path("feed-digest")}, language
    )
    pages.append(
        GeneratedPage(
            source_path("digest"),
            gettext("Digests"),
            gettext("Each month and quarter on one page: new stories, practices that spread and who to thank."),
            index,
            feeds=((gettext("Digests"), url_path("feed-digest")),),
        )
    )
    return pages, entries


def digest_feed_entries(
    entries: Sequence[DigestEntry], language: str = SOURCE_LANGUAGE
) -> list[tuple[str, str, dt.date, str]]:
    """(title, path, date, summary) for the Atom feed, newest first."""
    title = catalog(language, "site").gettext("Digest: %(period)s")
    return [(title % {"period": e.name}, e.path, e.newest, _entry_summary(e, language)) for e in entries]


def _entry_summary(e: DigestEntry, language: str) -> str:
    gettext, ngettext = catalog(language, "site").gettext, catalog(language, "site").ngettext
    text = ngettext("%(num)d new story", "%(num)d new stories", e.stories) % {"num": e.stories}
    if e.reached:
        text += "; " + ngettext(
            "%(num)d practice reached new sites", "%(num)d practices reached new sites", e.reached
        ) % {"num": e.reached}
    if e.in_progress:
        text += " " + gettext("(so far)")
    return text


__all__ = ["Digest", "Period", "digest_pages", "make_digest", "render_email", "render_markdown", "render_text"]
