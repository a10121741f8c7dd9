"""Read the whole hub in one pass and check every rule: the single entry point for validator and build."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .body import Link, check_body, resolve_link
from .contract import DEFAULT_STAGE, IMAGE_EXTENSIONS, SLUG_RE
from .diagnostics import Diagnostic, Report, did_you_mean
from .fields import Values, read_fields
from .images import inspect_image
from .model import Hub, Outcome, Registries, Story
from .reader import read_story_file
from .registries import load_registries
from .settings import DEFAULT_SETTINGS, Settings, load_settings, story_fields

STORIES_DIR = "stories"


@dataclass
class _Candidate:
    slug: str
    report: Report
    values: Values | None = None
    body: str = ""
    body_line: int = 1
    links: tuple[Link, ...] = ()
    files: tuple[str, ...] = ()  # files of the story folder the story uses (hero and body images)
    drafts_seen: dict[str, bool] = field(default_factory=dict)  # other stories' draft flags this check relied on


class ReadCache:
    """Per-story check results kept across rebuilds of one process (the preview server).

    A story is re-read only when its folder changed (file stats), when the registries,
    the set of stories or today's date changed, or when a story it links to changed
    its draft flag. The validator CLI runs once and does not use this.
    """

    def __init__(self) -> None:
        self.context: object = None
        self.entries: dict[str, tuple[object, _Candidate]] = {}
        self.hits = 0

    def start(self, context: object) -> None:
        if context != self.context:
            self.entries.clear()
            self.context = context
        self.hits = 0


def _folder_key(folder: Path) -> object:
    try:
        return tuple(
            sorted(
                (
                    e.name,
                    e.stat(follow_symlinks=False).st_mtime_ns,
                    e.stat(follow_symlinks=False).st_size,
                    e.is_symlink(),
                )
                for e in os.scandir(folder)
            )
        )
    except OSError:
        return None


def today() -> dt.date:
    """Today's date; SNOWBALL_TODAY or SOURCE_DATE_EPOCH pin it, for reproducible tests and builds."""
    if pinned := os.environ.get("SNOWBALL_TODAY"):
        return dt.date.fromisoformat(pinned)
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def suggest_slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "my-story"


def scan_stories(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """List story folders, refusing symlinks, stray files and bad or clashing folder names."""
    base = root / STORIES_DIR
    problems = Report(STORIES_DIR)
    slugs: list[str] = []
    if base.is_symlink() or not base.is_dir():
        problems.error("stories-missing", "the stories/ folder is missing or is a link", hint="create stories/")
        return [], problems.items
    seen: dict[str, str] = {}
    for entry in sorted(os.scandir(base), key=lambda e: e.name):
        rel = f"{STORIES_DIR}/{entry.name}"
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            problems.items.append(
                Diagnostic(
                    rel,
                    0,
                    0,
                    "error",
                    "symlink",
                    f"{rel} is a symbolic link",
                    None,
                    "commit the real folder or file; links are never followed",
                )
            )
            continue
        if not entry.is_dir():
            hint = (
                f"move it to stories/{suggest_slug(entry.name[:-3])}/index.md"
                if entry.name.endswith(".md")
                else "each story is a folder holding index.md and its images"
            )
            problems.items.append(
                Diagnostic(rel, 0, 0, "error", "stray-file", f"{rel} is not a story folder", None, hint)
            )
            continue
        key = unicodedata.normalize("NFKC", entry.name).casefold()
        if key in seen:
            problems.items.append(
                Diagnostic(
                    rel,
                    0,
                    0,
                    "error",
                    "duplicate-slug",
                    f"story folder '{entry.name}' clashes with '{seen[key]}'",
                    None,
                    "folder names must differ by more than case or accents; rename one",
                )
            )
            continue
        seen[key] = entry.name
        if not SLUG_RE.match(entry.name):
            problems.items.append(
                Diagnostic(
                    rel,
                    0,
                    0,
                    "error",
                    "invalid-slug",
                    f"story folder '{entry.name}' is not a valid slug",
                    None,
                    f"rename it to '{suggest_slug(entry.name)}' (lowercase ASCII words "
                    "joined by hyphens; it becomes the story's URL)",
                )
            )
            continue
        slugs.append(entry.name)
    return slugs, problems.items


class _Checker:
    def __init__(
        self,
        root: Path,
        registries: Registries,
        slugs: list[str],
        on: dt.date,
        reuse: ReadCache | None = None,
        settings: Settings = DEFAULT_SETTINGS,
    ) -> None:
        self.root, self.reg, self.on = root, registries, on
        self.settings, self.fields = settings, story_fields(settings)
        self.all_slugs = set(slugs)
        self.cache: dict[str, _Candidate] = {}
        self.reuse = reuse

    def read(self, slug: str) -> _Candidate:
        """Read and check one story on its own (fields, body, files); cached."""
        if slug in self.cache:
            return self.cache[slug]
        folder = self.root / STORIES_DIR / slug
        key = _folder_key(folder) if self.reuse is not None else None
        if self.reuse is not None and slug in self.reuse.entries:
            old_key, old = self.reuse.entries[slug]
            self.cache[slug] = old  # provisional, so links back to this story see it while we verify
            if old_key == key and all(self._is_draft(o) == d for o, d in old.drafts_seen.items()):
                self.reuse.hits += 1
                return old
        cand = self._check(slug, folder)
        if self.reuse is not None:
            self.reuse.entries[slug] = (key, cand)
        return cand

    def _check(self, slug: str, folder: Path) -> _Candidate:
        rel = f"{STORIES_DIR}/{slug}/index.md"
        cand = _Candidate(slug, Report(rel))
        self.cache[slug] = cand
        index = folder / "index.md"
        if index.is_symlink() or not index.is_file():
            cand.report.error(
                "missing-index",
                f"stories/{slug}/ has no index.md",
                hint="add index.md with the story's front matter and text (snowball new writes one for you)",
            )
            return cand
        raw = read_story_file(index, cand.report)
        if raw is None or raw.front is None:
            return cand
        cand.values = read_fields(raw.front, self.fields, cand.report, today=self.on)
        cand.body, cand.body_line = raw.body, raw.body_line
        cand.links = tuple(
            check_body(raw.body, raw.body_line, cand.report, allowed_addresses=self.settings.allowed_addresses)
        )
        self._check_references(cand)
        self._check_files(cand, folder)
        return cand

    def _check_references(self, cand: _Candidate) -> None:
        v, r = cand.values, cand.report
        assert v is not None
        for name, registry, label in (
            ("site", "sites", "site"),
            ("champions", "champions", "champion"),
            ("practices", "practices", "practice"),
        ):
            if registry in self.reg.unreadable:
                continue  # the registry's own error says what to fix; do not blame every story
            table = getattr(self.reg, registry)
            values = v.get(name)
            for ident in (values,) if isinstance(values, str) else values or ():
                if ident not in table:
                    r.error(
                        "unknown-reference",
                        f"unknown {label} '{ident}'",
                        *v.where(name, ident),
                        field=name,
                        hint=did_you_mean(ident, table) or f"add it to registries/{registry}.yml first",
                    )
        tags = []
        for tag in v.get("tags", ()):
            if tag in self.reg.tags:
                tags.append(tag)
            elif tag in self.reg.tag_aliases:
                canonical = self.reg.tag_aliases[tag]
                r.warning(
                    "tag-alias",
                    f"tag '{tag}' is an alias of '{canonical}'",
                    *v.where("tags", tag),
                    field="tags",
                    hint=f"write '{canonical}'",
                )
                tags.append(canonical)
            elif "tags" not in self.reg.unreadable:
                r.error(
                    "unknown-reference",
                    f"unknown tag '{tag}'",
                    *v.where("tags", tag),
                    field="tags",
                    hint=did_you_mean(tag, [*self.reg.tags, *self.reg.tag_aliases])
                    or "pick one from registries/tags.yml, or ask an editor to add it",
                )
        if "tags" in v:
            v["tags"] = tuple(dict.fromkeys(tags))
        if "image" in v and "image_alt" not in v:
            r.error(
                "missing-field",
                "'image_alt' is required when 'image' is given",
                v.lines["image"],
                field="image_alt",
                hint='describe what the picture shows: image_alt: "..."',
            )

    def _check_files(self, cand: _Candidate, folder: Path) -> None:
        v, r = cand.values, cand.report
        assert v is not None
        used: set[str] = set()  # files the story uses, published with it
        flagged: set[str] = set()  # files already reported, so the folder scan does not repeat them
        if "image" in v:
            self._check_local_image(cand, v["image"], v.lines["image"], "image", used, flagged)
        story_dir = f"{STORIES_DIR}/{cand.slug}"
        for link in cand.links:
            if link.target.startswith("/"):
                r.error(
                    "broken-link",
                    f"the link '{link.target}' is absolute",
                    link.line,
                    link.col,
                    field="body",
                    hint="use a relative link, like ../other-story/index.md",
                )
                continue
            path = resolve_link(story_dir, link.target)
            parts = path.split("/")
            if parts[0] != STORIES_DIR or len(parts) < 2:
                r.error(
                    "broken-link",
                    f"the link '{link.target}' points outside the stories",
                    link.line,
                    link.col,
                    field="body",
                    hint="link to another story as ../slug/index.md, or use a full https:// link",
                )
            elif parts[1] == cand.slug and len(parts) > 2:
                self._check_local_image(cand, "/".join(parts[2:]), link.line, "body", used, flagged, link.col)
            elif parts[1] != cand.slug:
                other = parts[1]
                if other not in self.all_slugs:
                    r.error(
                        "broken-link",
                        f"the link '{link.target}' points to a story that does not exist",
                        link.line,
                        link.col,
                        field="body",
                        hint=did_you_mean(other, self.all_slugs) or "check the story's folder name",
                    )
                elif len(parts) > 2 and parts[2:] != ["index.md"] and not (self.root / path).is_file():
                    r.error(
                        "broken-link",
                        f"the link '{link.target}' points to a missing file",
                        link.line,
                        link.col,
                        field="body",
                        hint=f"link to the story itself: ../{other}/index.md",
                    )
                elif self._remember_draft(cand, other) and not v.get("draft", False):
                    r.error(
                        "link-to-draft",
                        f"the link '{link.target}' points to the draft story '{other}'",
                        link.line,
                        link.col,
                        field="body",
                        hint="remove the link until that story is published",
                    )
        cand.files = tuple(sorted(used))
        for entry in os.scandir(folder):
            if entry.name == "index.md" or entry.name.startswith(".") or entry.name in flagged:
                continue
            rel = f"{story_dir}/{entry.name}"
            if entry.is_symlink():
                r.error("symlink", f"{rel} is a symbolic link", hint="commit the real file; links are never followed")
            elif entry.is_dir():
                r.error("stray-file", f"{rel}/ is a folder inside a story", hint="keep images beside index.md")
            elif entry.name.endswith(".md"):
                r.error(
                    "stray-file",
                    f"{rel} is a second Markdown file in the story",
                    hint="each story is one index.md; make another story folder for another story",
                )
            elif entry.name not in used:
                r.warning(
                    "unused-file",
                    f"{rel} is not used by the story and will not be published",
                    hint="reference it with image: or ![alt](file), or remove it",
                )

    def _check_local_image(
        self, cand: _Candidate, name: str, line: int, field: str, used: set[str], flagged: set[str], col: int = 0
    ) -> None:
        r = cand.report
        rel = f"{STORIES_DIR}/{cand.slug}/{name}"
        path = self.root / rel
        if "/" in name or "\\" in name or name.startswith("."):
            r.error(
                "image-location",
                f"'{name}' must be a file directly in the story folder",
                line,
                col,
                field=field,
                hint=f"put the image beside index.md in {STORIES_DIR}/{cand.slug}/",
            )
        elif path.is_symlink():
            flagged.add(name)
            r.error(
                "symlink",
                f"{rel} is a symbolic link",
                line,
                col,
                field=field,
                hint="commit the real file; links are never followed",
            )
        elif not path.is_file():
            files = [p.name for p in path.parent.iterdir() if p.suffix.lower() in IMAGE_EXTENSIONS]
            r.error(
                "missing-file",
                f"the image '{name}' is not in the story folder",
                line,
                col,
                field=field,
                hint=did_you_mean(name, files) or f"add it to {STORIES_DIR}/{cand.slug}/",
            )
        elif name not in used and name not in flagged:
            if inspect_image(path, name, r, line, field) is None:
                flagged.add(name)
            else:
                used.add(name)

    def _remember_draft(self, cand: _Candidate, other: str) -> bool:
        cand.drafts_seen[other] = self._is_draft(other)
        return cand.drafts_seen[other]

    def _is_draft(self, slug: str) -> bool:
        other = self.read(slug)
        return bool(other.values and other.values.get("draft", False))

    def check_lineage(self, cand: _Candidate, r: Report) -> None:
        """Checks that depend on other stories' dates and lineage: run on every load, never cached."""
        v = cand.values
        if v is None or "inspired_by" not in v:
            return
        for ref in v["inspired_by"]:
            line, col = v.where("inspired_by", ref)
            if ref == cand.slug:
                r.error(
                    "lineage",
                    "a story cannot be inspired by itself",
                    line,
                    col,
                    field="inspired_by",
                    hint=f"remove '{ref}'",
                )
            elif ref not in self.all_slugs:
                r.error(
                    "unknown-reference",
                    f"unknown story '{ref}' in inspired_by",
                    line,
                    col,
                    field="inspired_by",
                    hint=did_you_mean(ref, self.all_slugs) or "use the folder name of the earlier story",
                )
            else:
                other = self.read(ref).values or Values()
                if other.get("draft") and not v.get("draft"):
                    r.error(
                        "lineage",
                        f"inspired_by '{ref}' is a draft",
                        line,
                        col,
                        field="inspired_by",
                        hint="publish that story first, or remove it from inspired_by",
                    )
                elif "date" in v and "date" in other and other["date"] > v["date"]:
                    r.error(
                        "lineage",
                        f"inspired_by '{ref}' is dated {other['date']}, after this story ({v['date']})",
                        line,
                        col,
                        field="inspired_by",
                        hint="a story can only learn from one that came before it; check both dates",
                    )
        line = v.lines["inspired_by"]
        cycle = self._cycle_from(cand.slug)
        if cycle:
            r.error(
                "lineage",
                "inspired_by forms a cycle: " + " -> ".join(cycle),
                line,
                field="inspired_by",
                hint="one of these stories must come first; remove it from the other's inspired_by",
            )

    def _cycle_from(self, start: str) -> list[str] | None:
        """A path start -> ... -> start through inspired_by, if one exists."""
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            slug, path = stack.pop()
            values = self.read(slug).values if slug in self.all_slugs else None
            for ref in (values or {}).get("inspired_by", ()):
                if ref == start and len(path) > 1:
                    return [*path, start]
                if ref not in seen and ref != start and ref in self.all_slugs:
                    seen.add(ref)
                    stack.append((ref, [*path, ref]))
        return None


def _to_story(root: Path, cand: _Candidate) -> Story:
    v = cand.values
    assert v is not None
    outcomes = tuple(
        Outcome(o["label"], o["value"], o.get("before"), o.get("after"), o.get("unit"))
        for o, _node in v.get("outcomes", ())
        if "label" in o and "value" in o
    )
    return Story(
        slug=cand.slug,
        path=root / STORIES_DIR / cand.slug / "index.md",
        title=v["title"],
        summary=v["summary"],
        date=v["date"],
        site=v["site"],
        champions=v["champions"],
        practices=v["practices"],
        stage=v.get("stage", DEFAULT_STAGE),
        tags=v.get("tags", ()),
        outcomes=outcomes,
        inspired_by=v.get("inspired_by", ()),
        image=v.get("image"),
        image_alt=v.get("image_alt"),
        draft=v.get("draft", False),
        body=cand.body,
        body_line=cand.body_line,
        files=cand.files,
        lines=dict(v.lines),
    )


def load_hub(
    root: Path, *, only: set[str] | None = None, on: dt.date | None = None, reuse: ReadCache | None = None
) -> Hub:
    """Read registries and stories and check everything.

    only: check just these story slugs (a pull request's changes); other stories
    are read only as far as lineage and links need them.
    reuse: keep per-story results across calls in one process (the preview server).
    """
    root = root.resolve()
    on = on or today()
    registries, diagnostics = load_registries(root)
    settings, setting_problems = load_settings(root)
    diagnostics += setting_problems
    slugs, scan_problems = scan_stories(root)
    diagnostics += scan_problems
    if reuse is not None:
        reuse.start((repr(registries), repr(settings), tuple(slugs), on))
    checker = _Checker(root, registries, slugs, on, reuse, settings)
    stories: dict[str, Story] = {}
    broken: dict[str, tuple[Diagnostic, ...]] = {}
    for slug in slugs if only is None else [s for s in slugs if s in only]:
        cand = checker.read(slug)
        lineage = Report(cand.report.path)
        checker.check_lineage(cand, lineage)
        found = cand.report.items + lineage.items
        diagnostics += found
        if cand.values is None or any(d.severity == "error" for d in found):
            broken[slug] = tuple(d for d in found if d.severity == "error")
        else:
            stories[slug] = _to_story(root, cand)
    return Hub(root, registries, stories, tuple(sorted(diagnostics)), broken, settings)
