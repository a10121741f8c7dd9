"""The ledger as tables for headquarters: CSV a spreadsheet opens directly, and JSON twins for BI tools.

Five tables, each one row per thing, with a fixed column order (TABLES):
- adoptions: one row per site and practice (ideas are not adoptions, so they are not here);
- stories: one row per published story;
- outcomes: one row per measured outcome of a story. Outcomes get a table of their own rather than columns in
  `stories` (outcome_1_label, outcome_1_value, ...): a story has any number of them, and a BI tool filters,
  sums and charts a long table of label/value rows directly, joined to `stories` by `story`;
- practices and sites: one row per registry entry, with their counts.

Both formats come from the same rows: JSON keeps types (lists are arrays, counts numbers, a missing value
null); CSV writes a list as its items joined by "; ", a missing value as an empty cell. CSV is RFC 4180 (the
csv module: quotes where needed, CRLF line ends), UTF-8 with a byte-order mark so Excel reads accents right,
and a cell that starts with = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet shows it as
text instead of running it as a formula; a cell that is only a signed number ("-38", "+12 %") is left as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable

from .ledger import Ledger
from .model import Story
from .urls import url_path

Row = dict[str, object]

TABLES: dict[str, tuple[str, ...]] = {
    "adoptions": (
        "site_id", "site_name", "region", "practice_id", "practice_name", "stage", "first_date", "latest_date",
        "stories", "first_story", "latest_story", "inspired_by", "inspired_by_sites", "champions",
    ),
    "stories": (
        "slug", "title", "date", "site_id", "site_name", "region", "practices", "stage", "champions", "tags",
        "inspired_by", "outcomes", "summary", "page",
    ),
    "outcomes": (
        "story", "date", "site_id", "practices", "stage", "position", "label", "value", "before", "after", "unit",
    ),
    "practices": (
        "practice_id", "name", "category", "status", "description", "sites_running", "sites_retired",
        "sites_planning", "stories", "first_date", "latest_date",
    ),
    "sites": (
        "site_id", "name", "region", "lead", "champions", "practices_running", "practices_retired",
        "practices_planned", "stories", "first_date", "latest_date",
    ),
}  # fmt: skip
FORMATS = ("csv", "json")
BOM = "\ufeff"
_FORMULA_START = frozenset("=+-@\t\r")
_SIGNED_NUMBER_RE = re.compile(r"[+-]\d[\d,.]*(?: ?%)?")


def rows(ledger: Ledger, table: str) -> list[Row]:
    """The table's rows, each with exactly the keys of TABLES[table], in its stable order."""
    return _BUILDERS[table](ledger)


def _adoptions(lg: Ledger) -> list[Row]:
    hub, out = lg.hub, []
    for (site_id, practice_id), a in sorted(lg.adoptions.items()):
        site, practice = hub.sites.get(site_id), hub.practices.get(practice_id)
        refs = list(dict.fromkeys(r for s in a.stories for r in s.inspired_by if r in lg.by_slug))
        out.append(
            {
                "site_id": site_id,
                "site_name": site.name if site else site_id,
                "region": site.region if site else None,
                "practice_id": practice_id,
                "practice_name": practice.name if practice else practice_id,
                "stage": a.stage,
                "first_date": a.first_date.isoformat(),
                "latest_date": a.latest.date.isoformat(),
                "stories": len(a.stories),
                "first_story": a.first.slug,
                "latest_story": a.latest.slug,
                "inspired_by": refs,
                "inspired_by_sites": list(dict.fromkeys(lg.by_slug[r].site for r in refs)),
                "champions": list(dict.fromkeys(c for s in a.stories for c in s.champions)),
            }
        )
    return out


def _stories(lg: Ledger) -> list[Row]:
    hub, out = lg.hub, []
    for s in sorted(lg.stories, key=lambda s: (s.date, s.slug)):  # oldest first: the order things happened
        site = hub.sites.get(s.site)
        out.append(
            {
                "slug": s.slug,
                "title": s.title,
                "date": s.date.isoformat(),
                "site_id": s.site,
                "site_name": site.name if site else s.site,
                "region": site.region if site else None,
                "practices": list(s.practices),
                "stage": s.stage,
                "champions": list(s.champions),
                "tags": list(s.tags),
                "inspired_by": list(s.inspired_by),
                "outcomes": len(s.outcomes),
                "summary": s.summary,
                "page": url_path("story", s.slug),
            }
        )
    return out


def _outcomes(lg: Ledger) -> list[Row]:
    out = []
    for s in sorted(lg.stories, key=lambda s: (s.date, s.slug)):
        for i, o in enumerate(s.outcomes, 1):
            out.append(
                {
                    "story": s.slug,
                    "date": s.date.isoformat(),
                    "site_id": s.site,
                    "practices": list(s.practices),
                    "stage": s.stage,
                    "position": i,
                    "label": o.label,
                    "value": o.value,
                    "before": o.before,
                    "after": o.after,
                    "unit": o.unit,
                }
            )
    return out


def _dates(stories: Iterable[Story]) -> tuple[str | None, str | None]:
    """(oldest, newest) date as ISO text, or (None, None) for no stories."""
    dates = sorted(s.date for s in stories)
    return (dates[0].isoformat(), dates[-1].isoformat()) if dates else (None, None)


def _practices(lg: Ledger) -> list[Row]:
    out = []
    for ident, p in sorted(lg.hub.practices.items()):
        adoptions = lg.practice_adoptions(ident)
        stories = lg.by_practice.get(ident, [])
        first = _dates(a.first for a in adoptions)[0]  # the first adoption (ideas are none)
        out.append(
            {
                "practice_id": ident,
                "name": p.name,
                "category": p.category,
                "status": "proposed" if p.proposed else "accepted",
                "description": p.description,
                "sites_running": sum(a.live for a in adoptions),
                "sites_retired": sum(not a.live for a in adoptions),
                "sites_planning": len(lg.practice_ideas(ident)),
                "stories": len(stories),
                "first_date": first,
                "latest_date": _dates(stories)[1],  # the newest story about it, ideas included
            }
        )
    return out


def _sites(lg: Ledger) -> list[Row]:
    out = []
    champions: dict[str, int] = {}
    for c in lg.hub.champions.values():
        champions[c.site] = champions.get(c.site, 0) + 1
    for ident, site in sorted(lg.hub.sites.items()):
        adoptions = lg.site_adoptions(ident)
        stories = lg.by_site.get(ident, [])
        first, latest = _dates(stories)
        out.append(
            {
                "site_id": ident,
                "name": site.name,
                "region": site.region,
                "lead": site.lead,
                "champions": champions.get(ident, 0),
                "practices_running": sum(a.live for a in adoptions),
                "practices_retired": sum(not a.live for a in adoptions),
                "practices_planned": len(lg.site_ideas(ident)),
                "stories": len(stories),
                "first_date": first,
                "latest_date": latest,
            }
        )
    return out


_BUILDERS: dict[str, Callable[[Ledger], list[Row]]] = {
    "adoptions": _adoptions,
    "stories": _stories,
    "outcomes": _outcomes,
    "practices": _practices,
    "sites": _sites,
}


def cell(value: object) -> str:
    """One CSV cell: lists joined by "; ", nothing as empty, and formulas defused (see the module's note)."""
    if value.__class__ is str:
        text: str = value  # type: ignore[assignment]
    elif value is None:
        return ""
    elif isinstance(value, list):
        text = "; ".join(map(str, value))
    else:
        text = str(value)
    if text[:1] in _FORMULA_START and not _SIGNED_NUMBER_RE.fullmatch(text):
        return "'" + text
    return text


def to_csv(table: str, items: list[Row], *, bom: bool = True) -> str:
    """RFC 4180 CSV with a header row, CRLF line ends and (by default) a byte-order mark for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TABLES[table])
    for row in items:
        writer.writerow([cell(row[key]) for key in TABLES[table]])
    return (BOM if bom else "") + buffer.getvalue()


def to_json(table: str, items: list[Row]) -> str:
    """An array of objects with the table's keys in its column order, one a line; UTF-8, no byte-order mark."""
    keys = TABLES[table]
    if not items:
        return "[]\n"
    # one object a line: readable, diffable, and written by json's fast C encoder (indent= is pure Python)
    lines = (json.dumps({key: row[key] for key in keys}, ensure_ascii=False) for row in items)
    return "[\n" + ",\n".join(lines) + "\n]\n"


def export(ledger: Ledger, table: str, fmt: str, *, bom: bool = True) -> str:
    items = rows(ledger, table)
    return to_csv(table, items, bom=bom) if fmt == "csv" else to_json(table, items)


def data_files(ledger: Ledger) -> dict[str, str]:
    """Every table in both formats, by the site path the build publishes it at (data/adoptions.csv, ...)."""
    out = {}
    for table in TABLES:
        items = rows(ledger, table)
        out[url_path("data", f"{table}.csv")] = to_csv(table, items)
        out[url_path("data", f"{table}.json")] = to_json(table, items)
    return out
