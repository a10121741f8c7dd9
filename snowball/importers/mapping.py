"""The mapping file: every choice the importer makes, overridable in one YAML file.

With no mapping file the importer uses the defaults below, so `snowball import KIND SOURCE
--into HUB` works out of the box. A mapping file (see examples/import/) changes any of them:

    fields:      contract field -> source field name, or a list of names (the first present wins)
    values:      sites / practices / champions / tags: source value -> registry id
                 (an author's agency to a site, a topic to a practice, two spellings to one tag)
    defaults:    site / champion / practice / region / stage: used when the source has none
    authors:     where author profiles live and which of their fields give name and site
    practices:   where topic/category pages live (their title and summary describe the practice)
    redirects:   permalink pattern of the old site (Hugo style: /:year/:month/:day/:slug/), over the one the
                 importer reads from the site's configuration (also: --permalink PATTERN)
                 site_root: the folder holding the site's configuration when SOURCE is below it (--site-root)
    links:       base_url: the old site's address, for links to pages that were not imported
    images:      base_url: where images that are missing from the source can still be seen
    limits:      auto (raise the hub's limits to fit real texts) or field: number (truncate above it)
    drop:        source fields not worth keeping under source: (e.g. weight)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..contract import DEFAULT_STAGE

# Contract field -> source field names to try, by kind. "body" is the CSV column holding the text.
DEFAULT_FIELDS: dict[str, dict[str, list[str]]] = {
    "hugo": {
        "title": ["title", "linkTitle"],
        "summary": ["summary", "description", "deck", "subtitle"],
        "date": ["date", "publishDate", "publishdate", "pubdate"],
        "champions": ["authors", "author"],
        "practices": ["topics", "categories", "category"],
        "tags": ["tags", "tag", "keywords"],
        "image": ["featured_image", "image", "cover", "images", "primary_image", "thumbnail"],
        "image_alt": ["image_alt", "alt", "imageAlt", "featured_image_alt"],
        "slug": ["slug"],
        "draft": ["draft"],
        "stage": ["stage"],
    },
    "jekyll": {
        "title": ["title"],
        "summary": ["summary", "description", "excerpt", "subtitle"],
        "date": ["date"],
        "champions": ["authors", "author"],
        "practices": ["categories", "category", "topics"],
        "tags": ["tags", "tag", "keywords"],
        "image": ["image", "featured_image", "cover", "thumbnail", "hero"],
        "image_alt": ["image_alt", "alt", "imageAlt"],
        "slug": ["slug"],
        "draft": ["draft"],
        "stage": ["stage"],
    },
    "material-blog": {
        "title": ["title"],
        "summary": ["description", "summary"],
        "date": ["date"],
        "champions": ["authors", "author"],
        "practices": ["categories", "category"],
        "tags": ["tags"],
        "image": ["image", "cover"],
        "image_alt": ["image_alt", "alt"],
        "slug": ["slug"],
        "draft": ["draft"],
        "stage": ["stage"],
    },
    "csv": {
        "title": ["title", "Title", "headline", "Headline"],
        "summary": ["summary", "Summary", "excerpt"],
        "date": ["date", "Date", "published", "Published"],
        "champions": ["champions", "champion", "authors", "author", "Author", "Authors"],
        "site": ["site", "Site", "agency", "office", "branch", "location"],
        "practices": ["practices", "practice", "categories", "category", "Category", "topics", "topic"],
        "tags": ["tags", "Tags", "keywords"],
        "image": ["image", "Image"],
        "image_alt": ["image_alt", "alt"],
        "slug": ["slug", "Slug"],
        "draft": ["draft", "Draft"],
        "stage": ["stage", "Stage"],
        "body": ["body", "Body", "text", "Text", "content", "Content", "story", "Story", "description"],
    },
}
MAPPABLE = ("title", "summary", "date", "champions", "site", "practices", "tags", "image", "image_alt")
MAPPABLE += ("slug", "draft", "stage", "body")

KNOWN_KEYS = ("kind", "fields", "values", "defaults", "authors", "practices", "redirects", "links", "images")
KNOWN_KEYS += ("limits", "drop", "hub")


@dataclass
class Mapping:
    """Every choice of one import. Built from the defaults, then from the mapping file."""

    kind: str
    fields: dict[str, list[str]]
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # sites/practices/champions/tags
    default_site: dict[str, str] = field(
        default_factory=lambda: {"id": "imported", "name": "Imported stories", "region": "Imported"}
    )
    default_champion: dict[str, str] = field(
        default_factory=lambda: {"id": "imported-author", "name": "Imported author (to review)"}
    )
    default_practice: dict[str, str] = field(
        default_factory=lambda: {
            "id": "general",
            "name": "General",
            "description": "Stories imported without a category or topic; an editor should sort them.",
        }
    )
    region: str = ""  # region of new sites made from agencies or site names; default_site's region when empty
    stage: str = DEFAULT_STAGE
    authors_dir: str | None = None  # relative to SOURCE; found automatically when None
    author_name: list[str] = field(default_factory=lambda: ["display_name", "name", "title", "full_name"])
    author_site: list[str] = field(default_factory=lambda: ["agency", "agency_full_name", "site", "organization"])
    author_contact: list[str] = field(default_factory=list)
    practices_dir: str | None = None
    permalink: str | None = None  # the old site's permalink pattern, over whatever its configuration says
    site_root: Path | None = None  # the folder holding the old site's configuration, when it is above SOURCE
    link_base: str | None = None
    image_base: str | None = None
    image_bases: dict[str, str] = field(default_factory=dict)  # shortcode name -> where its images live
    limits: dict[str, int] | None = None  # None: auto (raise the hub's limits); else the limits to keep
    drop: list[str] = field(default_factory=list)
    site_name: str | None = None


def default_mapping(kind: str) -> Mapping:
    return Mapping(kind=kind, fields={k: list(v) for k, v in DEFAULT_FIELDS[kind].items()})


def _names(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def load_mapping(path: Path, kind: str) -> tuple[Mapping, list[str]]:
    """Read a mapping file over the defaults; return it and the problems found (each one line of plain text)."""
    m = default_mapping(kind)
    problems: list[str] = []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        return m, [f"{path}: cannot read the mapping file ({exc.strerror})"]
    except UnicodeDecodeError:
        return m, [f"{path}: the mapping file is not UTF-8 text"]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        return m, [f"{path}:{where} the mapping file is not valid YAML ({getattr(exc, 'problem', exc)})"]
    if data is None:
        return m, []
    if not isinstance(data, dict):
        return m, [f"{path}: the mapping file must be 'name: value' settings (see examples/import/)"]
    for key in data:
        if key not in KNOWN_KEYS:
            problems.append(f"{path}: unknown setting '{key}'; settings are: {', '.join(KNOWN_KEYS)}")
    if "kind" in data and data["kind"] != kind:
        problems.append(f"{path}: this mapping is for kind '{data['kind']}', but the import is '{kind}'")

    def section(key: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            problems.append(f"{path}: '{key}' must be a set of 'name: value' settings (see examples/import/)")
            return {}
        return value

    for name, value in section("fields").items():
        names = _names(value)
        if name not in MAPPABLE:
            problems.append(f"{path}: fields: '{name}' is not a field the importer fills ({', '.join(MAPPABLE)})")
        elif names is None:
            problems.append(f"{path}: fields: {name} must be a source field name or a list of names")
        else:
            m.fields[name] = names
    for registry, table in section("values").items():
        if registry not in ("sites", "practices", "champions", "tags") or not isinstance(table, dict):
            problems.append(
                f"{path}: values: '{registry}' must be one of sites, practices, champions, tags, "
                "each a list of 'source value: id'"
            )
            continue
        m.values[registry] = {str(k): str(v) for k, v in table.items()}
    defaults = section("defaults")
    for name, target in (("site", m.default_site), ("champion", m.default_champion), ("practice", m.default_practice)):
        value = defaults.get(name)
        if isinstance(value, str):
            target["id"] = value
        elif isinstance(value, dict):
            target.update({str(k): str(v) for k, v in value.items()})
        elif value is not None:
            problems.append(f"{path}: defaults: {name} must be an id or id/name settings")
    if isinstance(defaults.get("region"), str):
        m.region = defaults["region"]
    if isinstance(defaults.get("stage"), str):
        m.stage = defaults["stage"]
    authors = section("authors")
    if isinstance(authors, dict):
        m.authors_dir = authors.get("dir", m.authors_dir)
        m.author_name = _names(authors.get("name")) or m.author_name
        m.author_site = _names(authors.get("site")) or m.author_site
        m.author_contact = _names(authors.get("contact")) or m.author_contact
    practices = section("practices")
    if isinstance(practices, dict):
        m.practices_dir = practices.get("dir", m.practices_dir)
    redirects = section("redirects")
    if isinstance(redirects, dict) and isinstance(redirects.get("permalink"), str):
        m.permalink = redirects["permalink"]
    if isinstance(redirects, dict) and isinstance(redirects.get("site_root"), str):
        m.site_root = (path.parent / redirects["site_root"]).resolve()
    for key, attr in (("links", "link_base"), ("images", "image_base")):
        part = section(key)
        if isinstance(part.get("base_url"), str):
            setattr(m, attr, part["base_url"].rstrip("/") + "/")
    images = data.get("images") if isinstance(data.get("images"), dict) else {}
    if isinstance(images, dict) and isinstance(images.get("shortcodes"), dict):
        m.image_bases = {str(k): str(v).rstrip("/") + "/" for k, v in images["shortcodes"].items()}
    limits = data.get("limits", "auto")
    if isinstance(limits, dict):
        m.limits = {}
        for name, n in limits.items():
            if isinstance(n, int) and n > 0:
                m.limits[str(name)] = n
            else:
                problems.append(f"{path}: limits: {name} must be a whole number of characters")
    elif limits != "auto":
        problems.append(f"{path}: limits must be 'auto' or 'field: number' settings")
    m.drop = _names(data.get("drop")) or []
    hub = section("hub")
    if isinstance(hub, dict) and isinstance(hub.get("site_name"), str):
        m.site_name = hub["site_name"]
    return m, problems
