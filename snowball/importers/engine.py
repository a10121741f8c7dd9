"""The import itself: read the source, map every post onto the contract, write the hub and the report.

Phases, in order (like MkDocs' build: gather everything first, then write):
1. read: the kind's reader turns SOURCE into SourcePost records (bad files are reported, never raised);
2. map: fields, slugs and registry ids for every post, so links between posts can be resolved;
3. convert: bodies (shortcodes, links, images), summaries, limits;
4. write: stories, images, registries, snowball.yml, redirects.yml, import-report.md/.json.
Every decision is deterministic, so importing twice writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contract import DEFAULT_STAGE, IMAGE_EXTENSIONS, REGISTRY_FIELDS, REGISTRY_FILES, SLUG_RE, STAGES
from ..diagnostics import Report
from ..progress import Progress
from ..redirects import REDIRECTS_FILE, read_redirect_entries
from ..settings import SETTINGS_FILE, load_settings, story_fields
from ..urls import owner, source_path, url_path
from . import origin
from . import registry_files as regfiles
from .common import (
    _INVISIBLE_RE,
    OUTSIDE,
    Source,
    SourcePost,
    as_list,
    first_paragraph,
    first_present,
    plain_text,
    shorten,
    slugify,
    to_date,
)
from .headers import norm
from .hugo import clean_url
from .mapping import Mapping
from .people import is_byline, split_people
from .report import ImportReport
from .shortcodes import Context, convert_body

LIMIT_CAPS = {"title": 250, "summary": 1000, "image_alt": 500}  # above these, texts are cut even in auto mode
_PLACEHOLDER_SUMMARIES = {"summary", "todo", "tbd", "description", "excerpt", "lorem ipsum", "..."}
SKELETON_FILES = ("mkdocs.yml", ".gitignore", ".gitattributes")
SKELETON_DIRS = ("hooks", "theme_overrides")


@dataclass
class Planned:
    """One post on its way to becoming a story."""

    post: SourcePost
    slug: str
    fields: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)  # the post's own fields kept for editors
    origin: dict[str, str] = field(default_factory=dict)  # where it came from: file, row (CSV), url; written first
    notes: dict[str, Any] = field(default_factory=dict)  # the importer's own working values, never written
    body: str = ""
    images: dict[str, Path] = field(default_factory=dict)  # file name in the story folder -> source file


class Importer:
    def __init__(self, kind: str, source: Path, into: Path, mapping: Mapping, report: ImportReport) -> None:
        self.kind, self.source, self.into, self.m, self.report = kind, source, into, mapping, report
        self.existing = regfiles.read_existing(into)
        # entries an earlier import added (still marked for review) count as this import's, so a re-run
        # reports them the same way and appends nothing
        self.marked = {name: set(regfiles.imported_ids(into, name)) for name in REGISTRY_FILES}
        for name, ids in self.marked.items():
            for ident in ids:
                self.existing[name].pop(ident, None)
        self.new: dict[str, dict[str, dict[str, str]]] = {name: {} for name in REGISTRY_FILES}
        self.today = _today()
        self.source_id = origin.source_id(source)
        self.recorded = origin.read_hub(into)  # slug -> where each imported story of the hub came from

    # --- registries --------------------------------------------------------------------------

    def _known(self, registry: str, ident: str) -> bool:
        return ident in self.existing[registry] or ident in self.new[registry]

    def _add(self, registry: str, entry: dict[str, str], file: str, line: int, slug: str) -> str:
        ident = entry["id"]
        if self._known(registry, ident):
            return ident
        limits = {f.name: f.max_len for f in REGISTRY_FIELDS[registry] if f.max_len}
        for key, limit in limits.items():
            if key in entry and entry[key] and len(entry[key]) > limit:
                self.report.add(file, line, "truncated", f"{registry[:-1]} {key} '{entry[key]}' cut to {limit} "
                                "characters", slug)  # fmt: skip
                entry[key] = shorten(entry[key], limit, sentence=True)
        self.new[registry][ident] = entry
        return ident

    def site_for(self, value: str | None, file: str, line: int, slug: str) -> str:
        if not value:
            d = self.m.default_site
            return self._add("sites", {"id": d["id"], "name": d.get("name") or d["id"],
                                       "region": d.get("region") or "Imported"}, file, line, slug)  # fmt: skip
        mapped = self.m.values.get("sites", {}).get(value)
        if mapped:
            if not self._known("sites", mapped):
                self._add("sites", {"id": mapped, "name": value, "region": self._region()}, file, line, slug)
            return mapped
        ident = value if SLUG_RE.match(value) and self._known("sites", value) else slugify(value, 60) or "site"
        ident = self._by_name("sites", value) or ident
        if not self._known("sites", ident):
            name, _ = plain_text(value)
            self._add("sites", {"id": ident, "name": name or ident, "region": self._region()}, file, line, slug)
        return ident

    def _region(self) -> str:
        return self.m.region or self.m.default_site.get("region") or "Imported"

    def _by_name(self, registry: str, value: str) -> str | None:
        """The hub's entry whose name is this value ('Porto Harbour Branch' is porto-harbour), if exactly one."""
        wanted = norm(value)
        found = [i for i, e in self.existing[registry].items() if norm(str(e.get("name") or "")) == wanted]
        return found[0] if len(found) == 1 and wanted else None

    def _known_key(self, key: str, source: Source) -> bool:
        """An author key the source or the mapping knows as one person (a profile, a mapped value, an id)."""
        return key in source.authors or key in self.m.values.get("champions", {}) or self._known("champions", key)

    def champion_for(self, key: str, source: Source, file: str, line: int, slug: str, home: str | None) -> str:
        mapped = self.m.values.get("champions", {}).get(key)
        ident = mapped or self._by_name("champions", key) or (key if SLUG_RE.match(key) else slugify(key, 60))
        ident = ident or "author"
        if self._known("champions", ident):
            return ident
        profile = source.authors.get(key) or source.authors.get(ident) or {}
        _, name = first_present(profile, self.m.author_name)
        if not name:
            first, last = profile.get("first_name"), profile.get("last_name")
            name = " ".join(str(p) for p in (first, last) if p) or None
        if not name:
            name = key if " " in key or not SLUG_RE.match(key) else key.replace("-", " ").title()
        name, _ = plain_text(name)
        _, agency = first_present(profile, self.m.author_site)
        agency_text = plain_text(agency)[0] if agency else None
        site = home if home and not agency_text else self.site_for(agency_text, profile.get("_file", file), 0, slug)
        entry = {"id": ident, "name": name or ident, "site": site}
        _, contact = first_present(profile, self.m.author_contact) if self.m.author_contact else (None, None)
        if contact:
            entry["contact"] = plain_text(contact)[0]
        self.report.add(file, line, "registry-added", f"new champion '{ident}' ({entry['name']}, site {site})", slug)
        used = {*self.m.author_name, *self.m.author_site, *self.m.author_contact, "first_name", "last_name", "_file"}
        left = sorted(k for k, v in profile.items() if k not in used and v not in (None, "", [], {}))
        if left:  # a champion holds id, name, site and contact; say what the profile had beyond that
            self.report.add(str(profile.get("_file", file)), 0, "field-kept", f"author '{key}': "
                            f"{', '.join(left)} not imported (a champion has only id, name, site and contact); "
                            "copy what matters by hand", slug)  # fmt: skip
        return self._add("champions", entry, file, line, slug)

    def practice_for(self, value: str, source: Source, file: str, line: int, slug: str) -> str:
        mapped = self.m.values.get("practices", {}).get(value)
        ident = mapped or slugify(value, 60) or "practice"
        if self._known("practices", ident):
            return ident
        profile = source.practices.get(value) or source.practices.get(ident) or {}
        name = plain_text(profile.get("title") or profile.get("name") or "")[0]
        if not name:
            name = value if not SLUG_RE.match(value) else value.replace("-", " ").capitalize()
            name = plain_text(name)[0]
        _, desc = first_present(profile, ["summary", "description", "deck"])
        description = plain_text(desc)[0] if desc else ""
        if not description:
            description = f"Imported from the {self.kind} topic or category '{name}'; describe the practice here."
        self.report.add(file, line, "registry-added", f"new practice '{ident}' ({name})", slug)
        return self._add("practices", {"id": ident, "name": name, "description": description}, file, line, slug)

    def tag_for(self, value: str, file: str, line: int, slug: str) -> str | None:
        mapped = self.m.values.get("tags", {}).get(value)
        ident = mapped or slugify(value, 60)
        if not ident:
            return None
        for tag_id, entry in self.existing["tags"].items():  # an alias of an existing tag means that tag
            if ident in (entry.get("aliases") or []):
                return tag_id
        if not self._known("tags", ident):
            label = plain_text(value)[0] or ident
            self.report.add(file, line, "registry-added", f"new tag '{ident}' ({label})", slug)
            self._add("tags", {"id": ident, "label": label}, file, line, slug)
        return ident

    # --- mapping one post --------------------------------------------------------------------

    def plan(self, source: Source) -> list[Planned]:
        taken: set[str] = set()
        planned: list[Planned] = []
        # a story imported earlier from this very post keeps its folder, even when the post's slug changed since
        earlier = {(r.source, r.file, r.row): slug for slug, r in self.recorded.items() if r.source == self.source_id}
        for post in sorted(source.posts, key=lambda p: p.file):
            name, raw_slug = first_present(post.front, self.m.fields.get("slug", []))
            wanted = str(raw_slug) if raw_slug else post.name
            slug = slugify(wanted, 150) or slugify(str(post.front.get("title") or "")) or "story"
            again = earlier.get((self.source_id, post.file, "" if post.row is None else str(post.row)))
            if again and again not in taken:
                slug = again
            base, n = slug, 2
            while slug in taken or self._foreign_story(slug, post):
                other = self.recorded.get(slug)
                if other and other.source and other.source != self.source_id:
                    self.report.add(post.file, post.row or 0, "source-clash", f"{url_path('story', slug)} holds "
                                    f"{other.file} from another source ({other.kind or 'import'}); this post gets "
                                    "its own folder", slug)  # fmt: skip
                slug = f"{base}-{n}"
                n += 1
            taken.add(slug)
            if slug != wanted:
                line = post.key_lines.get(name or "", 0)
                self.report.add(post.file, line, "slug-changed", f"the story folder is '{slug}' (source: '{wanted}')",
                                slug)  # fmt: skip
            planned.append(Planned(post, slug))
        return planned

    def _foreign_story(self, slug: str, post: SourcePost) -> bool:
        """A story folder of that name exists and was not imported from this post of this source."""
        if not (self.into / source_path("story", slug)).is_file():
            return False
        r = self.recorded.get(slug)
        if r is None:  # made by hand (or unreadable): never the importer's to replace
            return True
        row = "" if post.row is None else str(post.row)
        if not r.source:  # imported before origins were recorded: the file (and row) is all there is
            return r.file != post.file or (r.row != row and bool(r.row or row))
        return (r.source, r.file, r.row) != (self.source_id, post.file, row)

    def map_fields(self, p: Planned, source: Source) -> None:
        post, f, report, slug = p.post, p.fields, self.report, p.slug
        front = post.front
        used: set[str] = set()

        def get(name: str) -> tuple[str | None, Any, int]:
            # a spreadsheet's reader has already chosen each field's column (headers.py); other kinds use names
            if name in post.roles:
                names = [post.roles[name]]
            else:
                names = [] if post.row is not None else self.m.fields.get(name, [])
            key, value = first_present(front, names)
            if key:
                used.add(key)
            return key, value, post.key_lines.get(key or "", 0)

        key, value, line = get("title")
        title, changes = plain_text(value) if value is not None else ("", [])
        for c in set(changes):
            report.add(post.file, line, c, f"title: {str(value)[:100]!r} -> {title[:100]!r}", slug)
        if not title:
            title = post.name.replace("-", " ").capitalize() or slug
            report.add(post.file, line, "default-used", f"no title; '{title}' made from the file name", slug)
        f["title"] = title

        key, value, line = get("summary")
        summary, changes = plain_text(value) if value is not None else ("", [])
        for c in set(changes):
            report.add(post.file, line, c, f"summary: {str(value)[:80]!r}… decoded to plain text", slug)
        if summary.lower().strip(". ") in _PLACEHOLDER_SUMMARIES or summary == title:
            if summary:
                report.add(post.file, line, "summary-made", f"the summary '{summary}' is a placeholder", slug)
            summary = ""
        p.notes["_summary_line"] = line
        f["summary"] = summary

        key, value, line = get("date")
        date, changed = to_date(value)
        if date and changed:
            report.add(post.file, line, "date-normalised", f"date {value!s} -> {date}", slug)
            p.source["date"] = value
        if not date and post.date_hint:
            date = post.date_hint
            report.add(post.file, line, "date-from-filename", f"date {date} taken from the file name", slug)
        if not date:
            try:
                date = dt.date.fromtimestamp(post.path.stat().st_mtime).isoformat()
            except OSError:
                date = self.today.isoformat()
            # the fallback is said twice: in the report, and under source: where an editor reviewing the story sees it
            report.add(post.file, line or (post.row or 0), "default-used", f"no date; the file's modification date "
                       f"{date} was used (set the real date)", slug)  # fmt: skip
            p.source.setdefault("date", f"none given; {date} is the file's modification date")
        if date > self.today.isoformat():
            report.add(post.file, line, "default-used", f"date {date} is in the future; today's date used", slug)
            p.source.setdefault("date", date)
            date = self.today.isoformat()
        f["date"] = date

        key_site, site_value, site_line = get("site")
        given_site = self.site_for(plain_text(site_value)[0], post.file, site_line, slug) if site_value else None
        key, value, line = get("champions")
        champions: list[str] = []
        orgs: list[str] = []
        for author in as_list(value):
            people, org = split_people(author) if not self._known_key(author, source) else ([author], "")
            if len(people) > 1 or org:
                report.add(post.file, line, "authors-split", f"'{author}' names {len(people)} "
                           f"{'people' if len(people) > 1 else 'person'}: {', '.join(people)}"
                           + (f"; '({org})' is kept under source: as champions_org" if org else ""), slug)  # fmt: skip
            if org and org not in orgs:
                orgs.append(org)
            for person in people:
                cid = self.champion_for(person, source, post.file, line, slug, given_site)
                if cid not in champions:
                    champions.append(cid)
        if orgs:
            p.source["champions_org"] = ", ".join(orgs)
        if given_site:
            site = given_site
        elif champions:
            site = self._site_of(champions[0])
        else:
            site = self.site_for(None, post.file, line, slug)
            report.add(post.file, line, "default-used", f"no author or site; site '{site}' used", slug)
        if not champions:
            d = self.m.default_champion
            cid = self._add("champions", {"id": d["id"], "name": d.get("name") or d["id"],
                                          "site": d.get("site") or site}, post.file, line, slug)  # fmt: skip
            champions.append(cid)
            report.add(post.file, line, "default-used", f"no author; champion '{cid}' used", slug)
        f["site"], f["champions"] = site, champions

        key, value, line = get("practices")
        practices: list[str] = []
        for item in as_list(value):
            pid = self.practice_for(item, source, post.file, line, slug)
            if pid not in practices:
                practices.append(pid)
        if not practices:
            d = self.m.default_practice
            pid = self._add("practices", {"id": d["id"], "name": d.get("name") or d["id"],
                                          "description": d.get("description") or "Imported stories to sort."},
                            post.file, line, slug)  # fmt: skip
            practices.append(pid)
            report.add(post.file, line, "default-used", f"no topic or category; practice '{pid}' used", slug)
        f["practices"] = practices

        key, value, line = get("tags")
        tags: list[str] = []
        for item in as_list(value):
            tid = self.tag_for(item, post.file, line, slug)
            if tid and tid not in tags:
                tags.append(tid)
        if tags:
            f["tags"] = tags

        key, value, line = get("stage")
        if value:
            stage = str(value).strip().lower()
            if stage in STAGES:
                f["stage"] = stage
            else:
                p.source["stage"] = str(value)
        elif self.m.stage != DEFAULT_STAGE and self.m.stage in STAGES:
            f["stage"] = self.m.stage

        key, value, line = get("draft")
        if str(value).lower() in ("true", "yes", "1") or str(front.get("published", "")).lower() == "false":
            f["draft"] = True  # draft: true (Hugo, Eleventy, Material) or published: false (Jekyll)

        key, value, line = get("image")
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("src") or value.get("url") or value.get("path")
        if isinstance(value, str) and value.strip().lower() in ("false", "none", "null", "no", "~"):
            value = None  # hero: false / image: none say "no image", not an image called 'false'
        if isinstance(value, str) and value.strip():
            p.notes.setdefault("_hero", (value.strip(), line))
            key_alt, alt, _ = get("image_alt")
            p.notes["_hero_alt"] = plain_text(alt)[0] if alt else ""
        for name, value in front.items():
            if name not in used and name not in self.m.drop:
                p.source.setdefault(name, value)

    def _site_of(self, champion: str) -> str:
        entry = self.new["champions"].get(champion) or self.existing["champions"].get(champion) or {}
        site = entry.get("site")
        return str(site) if site else self.site_for(None, "", 0, "")

    # --- images ------------------------------------------------------------------------------

    def image_finder(self, p: Planned, source: Source) -> Callable[[str, str, int], str | None]:
        def find(src: str, alt: str, line: int) -> str | None:
            from urllib.parse import unquote

            clean = unquote(src.split("?")[0].split("#")[0]).strip()
            if not clean:
                return None
            roots = [r for r in (p.post.folder, p.post.path.parent) if r is not None]
            candidates = [r / clean for r in roots] if not clean.startswith("/") else []
            candidates += [r / clean.lstrip("/") for r in source.image_roots]
            # last: the file of that name beside the post. Hugo reads "../map.png" from the page's address, not
            # its file, and a figure's site path may name a folder the site has since renamed
            beside = [r / posixpath.basename(clean) for r in roots if posixpath.basename(clean) not in ("", ".", "..")]
            refused: list[Path] = []
            for path in candidates + [b for b in beside if b not in candidates]:
                try:
                    if not path.is_file() or path.is_symlink():  # cheap checks first: most images are missing
                        continue
                    real = path.resolve()
                    if not real.is_relative_to((source.root or self.source).resolve()):  # ../ or a link out
                        refused.append(path)
                        continue
                except (OSError, ValueError):
                    continue
                ext = path.suffix.lower()
                if ext not in IMAGE_EXTENSIONS:
                    self.report.add(p.post.file, line, "image-missing", f"the image {src} is a {ext or 'file'} "
                                    "file; stories take JPEG, PNG or WebP, so it became text", p.slug)  # fmt: skip
                    return None
                from ..images import inspect_image

                check = Report(p.post.file)
                info = inspect_image(path, path.name, check, line, "body")
                holds = _misnamed_image(path) if info is None else None  # PNG data named .jpg: renamed
                if holds is not None:
                    ext = holds[0]
                elif info is None:
                    why = check.items[0].message if check.items else "it cannot be read"
                    self.report.add(p.post.file, line, "image-missing", f"the image {src} was not copied: {why}",
                                    p.slug)  # fmt: skip
                    return None
                for name, known in p.images.items():
                    if known == path:
                        return name
                stem = slugify(path.stem, 60) or "image"
                name, n = f"{stem}{ext}", 2
                while name in p.images or name == "index.md":
                    name, n = f"{stem}-{n}{ext}", n + 1
                p.images[name] = path
                why = f" (it holds {holds[1]} data, not {path.suffix})" if holds else ""
                self.report.add(p.post.file, line, "image-copied", f"{src} copied as {name}{why}", p.slug)
                return name
            if refused:
                self.report.add(p.post.file, line, "image-missing", f"the image {src} was not copied: {OUTSIDE}",
                                p.slug)  # fmt: skip
            return None

        return find


def _misnamed_image(path: Path) -> tuple[str, str] | None:
    """(the right extension, the format) when an image's name says one accepted format and its data another.

    Old sites serve such files without trouble (browsers read the data, not the name), so refusing them
    loses real images; copied under the right name, they pass every other check or are reported by it.
    """
    from PIL import Image

    from ..contract import IMAGE_EXTENSIONS
    from ..images import _format

    try:
        with Image.open(path) as im:
            fmt = _format(im)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    right = next((e for e, f in IMAGE_EXTENSIONS.items() if f == fmt), None)
    return (right, fmt) if right and IMAGE_EXTENSIONS.get(path.suffix.lower()) not in (None, fmt) else None


def _today() -> dt.date:
    from ..hub import today

    return today()


def _emit_value(value: Any) -> str:
    if isinstance(value, list):
        items = [_INVISIBLE_RE.sub(" ", str(v)) for v in value if v is not None and not isinstance(v, dict | list)]
        return "[" + ", ".join(regfiles.q(i) for i in items) + "]"
    return regfiles.q(_INVISIBLE_RE.sub(" ", str(value)) if value is not None else "")


def _flatten(data: dict[str, Any], prefix: str = "", *, taken: set[str]) -> dict[str, Any]:
    """Nested source fields as 'a.b' names YAML can hold, each name once.

    Names are cleaned to letters, digits, '_', '.' and '-', so two source fields can end up with one
    name ('row' and 'row?', or a column called 'file' beside the file the story came from). The later
    one gets '_2' (then '_3' ...) instead of replacing the first or writing the same key twice.
    taken: the names already written under source:, shared by every call for one story.
    """
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{prefix}{key}").strip("_") or "field"
        if isinstance(value, dict):
            out.update(_flatten(value, name + ".", taken=taken))
            continue
        if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
            value = json.dumps(value, ensure_ascii=False)
        elif value is None or value == "" or value == []:
            continue
        unique, n = name, 2
        while unique in taken:
            unique, n = f"{name}_{n}", n + 1
        taken.add(unique)
        out[unique] = value
    return out


def story_text(p: Planned) -> str:
    f = p.fields
    lines = ["---", f"title: {regfiles.q(f['title'])}", f"summary: {regfiles.q(f['summary'])}", f"date: {f['date']}"]
    ident = regfiles.ident
    lines.append(f"site: {ident(f['site'])}")
    lines.append(f"champions: [{', '.join(map(ident, f['champions']))}]")
    lines.append(f"practices: [{', '.join(map(ident, f['practices']))}]")
    if f.get("stage"):
        lines.append(f"stage: {f['stage']}")
    if f.get("tags"):
        lines.append(f"tags: [{', '.join(map(ident, f['tags']))}]")
    if f.get("image"):
        lines.append(f"image: {regfiles.q(f['image'])}")
        lines.append(f"image_alt: {regfiles.q(f['image_alt'])}")
    if f.get("draft"):
        lines.append("draft: true")
    lines.append("source:")
    taken: set[str] = set()
    origin_lines = [f"  {k}: {_emit_value(v)}" for k, v in _flatten(p.origin, taken=taken).items()]
    taken.add(origin.HASH_KEY)
    origin_lines.append(f'  {origin.HASH_KEY}: ""')  # filled in by origin.with_hash once the text is complete
    for key, value in _flatten(p.source, taken=taken).items():
        origin_lines.append(f"  {key}: {_emit_value(value)}")
    lines += origin_lines
    lines.append("---")
    return "\n".join(lines) + "\n" + p.body


def _may_write(index: Path, text: str, p: Planned, report: ImportReport) -> bool:
    """Write the story unless an editor changed it since the import wrote it (then keep it, and say so)."""
    try:
        current = index.read_text(encoding="utf-8") if index.is_file() else None
    except (OSError, UnicodeDecodeError):
        current = ""
    if current is None or current == text:
        write_if_changed(index, text)
        return True
    found = origin.recorded(current)
    if found is not None and (found.unchanged or current == origin.without_origin(text)):
        # unchanged since this import, or since an import before origins were recorded (the same text without them)
        write_if_changed(index, text)
        return True
    why = (
        "it was edited since the last import"
        if found is not None and current.find(f"  {origin.HASH_KEY}:") > 0
        else "it was imported before Snowball recorded what an import wrote, so edits cannot be told apart"
    )
    report.add(p.post.file, p.post.row or 0, "edited-kept", f"{source_path('story', p.slug)}: {why}; it was kept as it "
               "is and this import's text was not written (to take the new text, delete the folder and import "
               "again)", p.slug)  # fmt: skip
    return False


def write_if_changed(path: Path, text: str) -> None:
    if path.is_file():
        try:
            if path.read_text(encoding="utf-8") == text:
                return
        except (OSError, UnicodeDecodeError):
            pass
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def init_hub(into: Path, report: ImportReport, dry_run: bool) -> None:
    """Give a folder without a hub this repository's skeleton: configuration, hooks, theme, empty registries."""
    skeleton = Path(__file__).resolve().parents[2]
    note = (
        "The hub was set up from Snowball's skeleton: mkdocs.yml, hooks/, theme_overrides/ and registries/ with "
        "their explanatory comments but without the sample sites, people and stories. Edit site_name, site_url "
        "and repo_url in mkdocs.yml."
    )
    if (into / "stories").is_dir() and (into / "registries").is_dir():
        # a re-run into a hub an earlier import set up says so again (the report stays the same); a hub people
        # made (a fork of this repository has the same mkdocs.yml, and its own stories) is said to be kept
        report.notes.append(note if _set_up_by_import(into, skeleton) else (
            "The hub already existed: its mkdocs.yml, hooks/, theme_overrides/, settings, registries and stories "
            "were kept; this import only added to them."))  # fmt: skip
        return
    if not (skeleton / "mkdocs.yml").is_file():
        raise FileNotFoundError(f"the hub skeleton (mkdocs.yml, hooks/, theme_overrides/) is not beside {skeleton}")
    report.notes.append(note)
    if dry_run:
        return
    into.mkdir(parents=True, exist_ok=True)
    for name in SKELETON_FILES:
        if (skeleton / name).is_file() and not (into / name).exists():
            shutil.copyfile(skeleton / name, into / name)
    for name in SKELETON_DIRS:
        if (skeleton / name).is_dir() and not (into / name).exists():
            shutil.copytree(skeleton / name, into / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (into / "stories").mkdir(exist_ok=True)
    (into / "registries").mkdir(exist_ok=True)
    for rel in REGISTRY_FILES.values():
        target = into / rel
        if target.exists():
            continue
        header = []
        src = skeleton / rel
        if src.is_file():
            for line in src.read_text(encoding="utf-8").splitlines():
                if not line.startswith("#"):
                    break
                header.append(line)
        target.write_text("\n".join(header) + ("\n" if header else ""), encoding="utf-8")


def _set_up_by_import(into: Path, skeleton: Path) -> bool:
    """The skeleton's configuration, and every story and registry entry came from an import."""
    try:
        if (into / "mkdocs.yml").read_bytes() != (skeleton / "mkdocs.yml").read_bytes():
            return False
        for index in (into / "stories").glob("*/index.md"):
            if origin.recorded(index.read_text(encoding="utf-8")) is None:
                return False
        existing = regfiles.read_existing(into)
    except (OSError, UnicodeDecodeError, regfiles.RegistryError):
        return False
    return all(set(existing[name]) <= set(regfiles.imported_ids(into, name)) for name in REGISTRY_FILES)


def compute_limits(
    planned: list[Planned], into: Path, m: Mapping, report: ImportReport
) -> tuple[dict[str, int], dict[str, int]]:
    """(limits to apply, limits to write to snowball.yml)."""
    settings, _problems = load_settings(into)
    current = {f.name: f.max_len for f in story_fields(settings) if f.max_len}
    defaults = {f.name: f.max_len for f in story_fields() if f.max_len}
    needed = {name: max((len(p.fields.get(name) or "") for p in planned), default=0) for name in current}
    if m.limits is not None:
        apply = {**current, **m.limits}
        write = {k: v for k, v in m.limits.items() if v != defaults.get(k)}
        return apply, write
    apply, write = dict(current), {}
    for name, limit in current.items():
        want = min(max(LIMIT_CAPS.get(name, limit), defaults[name]), -(-needed[name] // 10) * 10)
        # a limit below the contract's default is the hub's own choice: respect it. One at the default (the
        # sample snowball.yml lists every default) or above it (an earlier import) is raised when texts need it.
        if name in settings.limits and limit < defaults[name]:
            if needed[name] > limit:
                report.notes.append(f"{SETTINGS_FILE} limits {name} to {limit} characters; longer texts were cut "
                                    f"(the longest is {needed[name]}; raise the limit to keep them whole)")  # fmt: skip
            continue
        if needed[name] > limit and want > limit:
            apply[name] = write[name] = want
        elif name in settings.limits and limit == want and want > defaults[name]:
            write[name] = want  # the same limit an import of this source writes: report it again
    return apply, write


def write_settings(into: Path, write: dict[str, int], report: ImportReport, dry_run: bool) -> None:
    if not write:
        return
    shown = ", ".join(f"{k}: {v}" for k, v in sorted(write.items()))
    report.notes.append(f"{SETTINGS_FILE} now sets limits ({shown}): real texts were longer than the contract's "
                        "defaults. Review them; editors can lower them later.")  # fmt: skip
    report.add(SETTINGS_FILE, 0, "limit-raised", f"limits: {shown}")
    if dry_run:
        return
    path = into / SETTINGS_FILE
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    write_if_changed(path, regfiles.merge_limits(old, write))


def _resolver(planned: list[Planned], link_base: str | None) -> Callable[[str], str | None]:
    table: dict[str, str] = {}
    for p in planned:
        for key in sorted(p.post.keys):
            if key and key.rsplit("/", 1)[-1] not in ("index", "index.md", "_index", "_index.md"):
                table.setdefault(key.lower(), p.slug)
                table.setdefault(key.lower().strip("/"), p.slug)
        table.setdefault(p.slug, p.slug)
    host = re.sub(r"^https?://", "", link_base or "").split("/")[0].lower()

    def resolve(target: str) -> str | None:
        t = target.strip().split("#")[0].split("?")[0]
        if not t:
            return None
        if "://" in t:
            if not host or re.sub(r"^https?://", "", t).split("/")[0].lower() != host:
                return None
            t = clean_url(t)
        m = re.match(r"^\.\./([a-z0-9-]+)/(index\.md)?$", t)
        if m and m.group(1) in table.values():
            return m.group(1)
        t = t.lower().lstrip("./") if t.startswith("./") else t.lower()
        candidates = [t, t.strip("/"), t.rstrip("/") + "/", t.strip("/") + "/", re.sub(r"\.(md|markdown)$", "", t)]
        # a bare or relative name may be found by its last part (Hugo's ref "post.md"); a path from the site's
        # root names its folders, and a page in another folder that shares the last part is not it
        if not t.startswith("/"):
            candidates += [t.rsplit("/", 1)[-1], re.sub(r"\.(md|markdown)$", "", t.rsplit("/", 1)[-1])]
        for candidate in candidates:
            if candidate in table:
                return table[candidate]
        return None

    return resolve


def run(kind: str, reader: Callable[[Path, Mapping, ImportReport], Source], source: Path, into: Path,
        mapping: Mapping, dry_run: bool, progress: Progress) -> ImportReport:  # fmt: skip
    report = ImportReport(kind, str(source), str(into))
    init_hub(into, report, dry_run)
    importer = Importer(kind, source, into, mapping, report)
    progress.phase(f"Reading {source.name or source}…")
    src = reader(source, mapping, report)

    # 2. map: slugs first (links need them), then fields and registry ids
    planned = importer.plan(src)
    planned = [p for p in planned if _guarded(report, p, importer.map_fields, p, src)]
    resolve = _resolver(planned, mapping.link_base)

    # 3. convert bodies, then summaries and limits (a missing summary comes from the converted body)
    def convert(p: Planned) -> None:
        ctx = Context(
            post=p.post,
            slug=p.slug,
            report=report,
            resolve=resolve,
            image=importer.image_finder(p, src),
            link_base=mapping.link_base,
            image_base=mapping.image_base,
            image_bases=dict(mapping.image_bases),
            includes=list(src.includes),
            liquid=kind == "jekyll",
        )
        p.body = convert_body(ctx, p.post.body)
        hero = p.notes.pop("_hero", None)
        if hero:
            value, line = hero
            name = ctx.image(value, p.notes.get("_hero_alt", ""), line)
            if name is not None:
                p.fields["image"] = name
                alt = p.notes.get("_hero_alt") or p.fields["title"]
                if not p.notes.get("_hero_alt"):
                    report.add(p.post.file, line, "default-used", "the hero image has no description; the title "
                               "is used as image_alt", p.slug)  # fmt: skip
                p.fields["image_alt"] = alt
            else:
                report.add(p.post.file, line, "image-missing", f"the hero image {value} is not in the source; "
                           "kept under source:", p.slug)  # fmt: skip
                p.source["image"] = value
        if not p.body.strip():
            origin = next((str(p.post.front[k]) for k in ("source_url", "canonical", "canonical_url", "link",
                                                           "external_url") if isinstance(p.post.front.get(k), str)
                           and p.post.front[k].startswith(("http://", "https://"))), None)  # fmt: skip
            p.body = f"This story was first published at [{origin}]({origin}).\n" if origin else ""
            p.body = (p.fields["summary"] + "\n\n" if p.fields["summary"] else "") + p.body
            p.body = p.body or p.fields["title"] + "\n"
            report.add(p.post.file, p.post.body_line, "body-made", "the post has no text; the body now holds its "
                       "summary" + (" and a link to the original" if origin else ""), p.slug)  # fmt: skip

    converted = []
    for done, p in enumerate(planned, 1):  # the long part: thousands of posts take minutes, so it is counted
        if _guarded(report, p, convert, p):
            converted.append(p)
        progress.count("Importing posts", done, len(planned))
    planned = converted
    # the contract's limit, or the hub's when lower: never one an earlier import raised (re-runs must agree)
    limits_now = [f.max_len for f in (*story_fields(), *story_fields(load_settings(into)[0])) if f.name == "summary"]
    summary_limit = min(n for n in limits_now if n)
    for p in planned:
        if not p.fields["summary"]:  # made ones stay within the hub's limit: they should not raise it
            prose = "\n".join(line for line in p.body.split("\n") if not is_byline(line))  # 'By Jane' is no summary
            p.fields["summary"] = shorten(first_paragraph(prose) or p.fields["title"], summary_limit, sentence=True)
            p.notes["_made_summary"] = True
    limits, write = compute_limits(planned, into, mapping, report)
    for p in planned:
        line = p.notes.pop("_summary_line", 0)
        made = p.notes.pop("_made_summary", False)
        for name in ("title", "summary", "image_alt"):
            value = p.fields.get(name)
            limit = limits.get(name)
            if value and limit and len(value) > limit:
                p.fields[name] = shorten(value, limit, sentence=name == "summary")
                if not made:
                    report.add(p.post.file, p.post.key_lines.get(name, line), "truncated",
                               f"{name} cut from {len(value)} to {len(p.fields[name])} characters", p.slug)  # fmt: skip
                    p.source.setdefault(name, value)
        if made:
            report.add(p.post.file, p.post.body_line, "summary-made", "no summary; the first paragraph was used: "
                       f"{p.fields['summary'][:80]!r}", p.slug)  # fmt: skip
        p.notes.pop("_hero_alt", None)
        kept = sorted(p.source)
        if kept:
            report.add(p.post.file, 0, "field-kept", "kept under source: " + ", ".join(kept), p.slug)
        p.origin = {"file": p.post.file, **({"row": str(p.post.row)} if p.post.row is not None else {}),
                    **({"url": "/" + p.post.old_urls[0]} if p.post.old_urls else {}),
                    "import_kind": importer.kind, "import_source": importer.source_id}  # fmt: skip
        report.imported.append((p.post.file, p.slug))

    # 4. redirects, registries, settings, stories, report
    redirects = _redirects(planned, into, report)
    for registry, entries in importer.new.items():
        for ident in entries:
            report.add(REGISTRY_FILES[registry], 0, "id-created", f"{registry[:-1]} '{ident}'")
    write_settings(into, write, report, dry_run)
    progress.phase("Writing the hub…")
    if not dry_run:
        for registry, entries in importer.new.items():
            fresh = [e for ident, e in entries.items() if ident not in importer.marked[registry]]
            regfiles.append_entries(into, registry, fresh)
        for p in planned:
            index = into / source_path("story", p.slug)
            folder = index.parent
            if not _may_write(index, origin.with_hash(story_text(p)), p, report):
                continue
            for name, path in p.images.items():
                target = folder / name
                if not target.is_file() or target.read_bytes() != path.read_bytes():
                    shutil.copyfile(path, target)
        _write_redirects(into, redirects)
        progress.phase("Checking what was written…")
        from .landing import land  # validate's own checks on the written stories: repairs, then what is left

        land(into, {p.slug: p.post.file for p in planned}, report, source if source.is_dir() else None)
    report.notes.append(_registry_note(into, importer, dry_run))
    _locate_rows(report, planned)
    write_if_changed(into / "import-report.md", report.as_markdown())
    write_if_changed(into / "import-report.json", report.as_json())
    return report


def _locate_rows(report: ImportReport, planned: list[Planned]) -> None:
    """A spreadsheet row's entries name its story and its line, so the report can group them by row: the reader
    knows the line but not the slug, the engine knows the slug but says line 0 for 'the post as a whole'."""
    from dataclasses import replace

    slug_at = {(p.post.file, p.post.row): p.slug for p in planned if p.post.row is not None}
    row_of = {(p.post.file, p.slug): p.post.row for p in planned if p.post.row is not None}
    fixed = []
    for e in report.entries:
        story = e.story or slug_at.get((e.file, e.line), "")
        line = e.line or row_of.get((e.file, story), 0) or 0
        fixed.append(replace(e, story=story, line=line))
    report.entries = fixed


def _guarded(report: ImportReport, p: Planned, step: Callable[..., None], *args: Any) -> bool:
    """Run one post's step; an unexpected failure skips that post (reported), never the whole import."""
    try:
        step(*args)
        return True
    except Exception as exc:  # a bug meeting input nobody foresaw: keep going, say so plainly
        report.add(p.post.file, 0, "skipped", f"the importer could not convert this post ({type(exc).__name__}: "
                   f"{exc}); please report it with the file", p.slug)  # fmt: skip
        return False


def _registry_note(into: Path, importer: Importer, dry_run: bool) -> str:
    parts = []
    for registry in REGISTRY_FILES:
        ids = sorted(set(importer.new[registry]) | set(regfiles.imported_ids(into, registry) if not dry_run else []))
        parts.append(f"{len(ids)} {registry}")
    d = importer.m.default_site
    return (f"Registries hold imported entries marked '# imported: review': {', '.join(parts)}. Posts without an "
            f"author or site go to the default site '{d['id']}' (region '{d.get('region') or 'Imported'}').")  # fmt: skip


def _redirects(planned: list[Planned], into: Path, report: ImportReport) -> dict[str, str]:
    out: dict[str, str] = {}
    earlier = {str(e["from"]): str(e["to"]) for e in read_redirect_entries(into)}  # an editor's or an import's
    story_urls = {url_path("story", p.slug) for p in planned}
    for p in planned:
        for url in p.post.old_urls:
            line = p.post.key_lines.get("url") or p.post.key_lines.get("aliases") or p.post.key_lines.get("slug", 0)
            if p.fields.get("draft"):
                report.add(p.post.file, line, "redirect", f"the story is a draft: /{url} gets no redirect until it "
                           "is published (add it to redirects.yml then)", p.slug)  # fmt: skip
            elif url in story_urls or owner(url) is not None:  # the validator refuses these (redirects.py)
                report.add(p.post.file, line, "redirect", f"the former address /{url} is used by the hub itself "
                           f"({owner(url)}); no redirect", p.slug)  # fmt: skip
            elif url in earlier and earlier[url] != p.slug:
                report.add(p.post.file, line, "redirect", f"redirects.yml already sends /{url} to "
                           f"'{earlier[url]}'; that redirect is kept (change it by hand if this story should take "
                           "the address)", p.slug)  # fmt: skip
            elif url in out and out[url] != p.slug:
                report.add(p.post.file, line, "redirect", f"the former address /{url} is also the address of "
                           f"'{out[url]}'; that story keeps it", p.slug)  # fmt: skip
            else:
                out[url] = p.slug
                report.add(p.post.file, line, "redirect", f"/{url} -> {url_path('story', p.slug)}", p.slug)
    return out


def _write_redirects(into: Path, new: dict[str, str]) -> None:
    """Add the new redirects to redirects.yml: appended to an existing file (its entries, order and comments
    stay; _redirects reported every address it left alone), or a new file with a header."""
    path = into / REDIRECTS_FILE
    known = {e["from"] for e in read_redirect_entries(into)}
    added = [f"- from: {regfiles.q(old)}\n  to: {new[old]}\n" for old in sorted(new) if old not in known]
    if not added:
        return
    old_text = path.read_text(encoding="utf-8") if path.is_file() else ""
    content = [line for line in old_text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if any(not line.startswith(("- ", "  ")) for line in content):  # not a block list ('[]'): write it whole
        entries = {e["from"]: e["to"] for e in read_redirect_entries(into)} | {k: new[k] for k in new if k not in known}
        old_text, added = "", [f"- from: {regfiles.q(k)}\n  to: {entries[k]}\n" for k in sorted(entries)]
    if not old_text.strip():
        old_text = ("# Former addresses of imported stories: each one redirects to the story's page.\n# Written "
                    "by snowball import; edit freely. 'from' is a path on this site, 'to' a story folder.\n")  # fmt: skip
    elif not old_text.endswith("\n"):
        old_text += "\n"
    write_if_changed(path, old_text + "".join(added))
