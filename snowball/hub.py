"""Read the whole hub and check every rule: the single entry point for validator and build.

Checks run in two phases, so that neither needs recursion and the first can be cached:

1. each story alone (`check_story`): its fields, its body, its files and its references to
   the registries. It never reads another story, so its result depends only on the story
   folder's content, the registries, the settings and today's date, and can be reused while
   those stay the same (in the preview, and across builds through `snowball.bridge.buildcache`);
2. one pass across stories (`cross_check`): links to other stories and their files, links to
   drafts, `inspired_by` (existence, drafts, date order) and cycles, found with an explicit
   stack over the whole graph.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .body import check_body, resolve_link, story_anchors
from .contract import DEFAULT_STAGE, IDEA, IMAGE_EXTENSIONS, SLUG_RE, idea_fields
from .diagnostics import Diagnostic, Report, did_you_mean, suggest_file, suggest_reference
from .fields import Values, read_fields
from .gate import hub_language, language, tr, use_language
from .i18n import N_
from .images import image_size, inspect_image, rendition_names
from .model import Hub, Outcome, Registries, Story
from .reader import read_story_file
from .redirects import load_redirects
from .registries import load_registries
from .settings import Settings, load_settings, story_fields
from .slugs import STORY_SLUG_LENGTH, slugify
from .store import MemoryStore, Store, key_of
from .urls import collisions, published_files, source_path, story_address_taken, story_outputs

STORIES_DIR = "stories"
# Files a story may link to and publish as they are (not images): documents and media.
DOCUMENT_EXTENSIONS = frozenset(
    ".pdf .docx .xlsx .pptx .odt .ods .odp .csv .txt .mp3 .m4a .ogg .wav .mp4 .webm".split()
)


@dataclass(frozen=True)
class StoryLink:
    """A link from a story's body to another story (or a file in another story's folder)."""

    target: str  # as written
    other: str  # the other story's folder name
    rest: str  # the path inside that folder ('' or 'index.md' for the story itself)
    line: int
    col: int
    fragment: str = ""  # '#heading' on the other story's page: checked against its anchors


@dataclass
class StoryCheck:
    """Phase 1's result for one story: everything that depends on its own folder only."""

    slug: str
    diagnostics: list[Diagnostic]
    values: Values | None = None
    body: str = ""
    body_line: int = 1
    links: tuple[StoryLink, ...] = ()
    files: tuple[str, ...] = ()  # files of the story folder the story publishes (images, documents)
    listing: frozenset[str] = frozenset()  # every name in the folder (for links from other stories)

    @property
    def draft(self) -> bool:
        return bool(self.values and self.values.get("draft", False))


@dataclass
class CheckCache:
    """Phase-1 results kept between loads, in a store (snowball.store) keyed by what a check reads: the
    registries, settings, date and language (one digest per load), the story's slug, and its folder's key.

    The preview keeps them in memory, its folder key being file stats (in_memory); the build cache keeps them in
    `.cache/build/checks.pickle`, its folder key being a hash of the folder's content (snowball.bridge.buildcache).
    After each load the store settles: only the stories that load asked for are kept. Other stories never
    matter to a story's phase 1: it does not read them.
    """

    store: Store[tuple[str, str, object], StoryCheck]
    folder_key: Callable[[Path], object]
    hits: int = 0

    @classmethod
    def in_memory(cls) -> CheckCache:
        return cls(MemoryStore(), folder_stats)


def folder_stats(folder: Path) -> object:
    """What changes when any file of a story folder changes: names, sizes, times, link flags."""
    try:
        return tuple(
            sorted(
                (e.name, st.st_mtime_ns, st.st_size, st.st_ino, e.is_symlink())
                for e in os.scandir(folder)
                for st in (e.stat(follow_symlinks=False),)
            )
        )
    except OSError:
        return None


def folder_digest(folder: Path) -> str | None:
    """A hash of a story folder's content (names and bytes; links by their target), for the on-disk cache."""
    h = hashlib.blake2b(digest_size=20)
    try:
        for e in sorted(os.scandir(folder), key=lambda e: e.name):
            h.update(e.name.encode("utf-8", "surrogateescape") + b"\0")
            if e.is_symlink():
                h.update(b"L" + os.readlink(e.path).encode("utf-8", "surrogateescape"))
            elif e.is_file(follow_symlinks=False):
                with open(e.path, "rb") as f:
                    h.update(b"F" + hashlib.file_digest(f, "blake2b").digest())
            else:
                h.update(b"D")
            h.update(b"\0")
    except OSError:
        return None
    return h.hexdigest()


def today() -> dt.date:
    """Today's date; SNOWBALL_TODAY or SOURCE_DATE_EPOCH pin it, for reproducible tests and builds."""
    if pinned := os.environ.get("SNOWBALL_TODAY"):
        return dt.date.fromisoformat(pinned)
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


# One sentence per kind of reference: languages inflect the kind's word differently.
UNKNOWN_REFERENCE = {
    "site": N_("unknown site '%(ident)s'"),
    "champion": N_("unknown champion '%(ident)s'"),
    "practice": N_("unknown practice '%(ident)s'"),
    "tag": N_("unknown tag '%(ident)s'"),
}


def suggest_slug(name: str, default: str = "my-story") -> str:
    """A valid folder or file name for name, transliterated (slugs.slugify); default when nothing is left."""
    return slugify(name, STORY_SLUG_LENGTH * 2) or default


_EXTENSION_RE = re.compile(r"^\.[a-z0-9]+$")


def suggest_file_name(name: str) -> str | None:
    """A safe name for a story file, or None when name is safe already.

    Files a story publishes follow the rule of story folder names (lowercase ASCII letters, digits and
    single hyphens, then a lowercase extension): a space, '%', an accent or a capital in a file name
    is read differently by browsers, servers and operating systems, and the link goes dead.
    """
    stem, ext = os.path.splitext(name)
    if SLUG_RE.match(stem) and (not ext or _EXTENSION_RE.match(ext)):
        return None  # (a name without an extension is a file type the site does not publish: said elsewhere)
    clean_ext = re.sub(r"[^a-z0-9]", "", ext.lower())
    return suggest_slug(stem, "file") + (f".{clean_ext}" if clean_ext else "")


def _at(path: str, problems: list[Diagnostic]) -> Report:
    """A report on one path that adds to a shared list (the scan reports on many paths)."""
    report = Report(path)
    report.items = problems
    return report


def scan_stories(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """List story folders, refusing links, hidden entries, stray files and bad or clashing folder names.

    Nothing is followed: entries are looked at with lstat only. When two names clash by case or
    accents, the one that is not a valid slug is blamed, so a valid story is never the one reported.
    """
    base = root / STORIES_DIR
    problems: list[Diagnostic] = []
    if base.is_symlink() or not base.is_dir():
        _at(STORIES_DIR, problems).error(
            "stories-missing", tr("the stories/ folder is missing or is a link"), hint=tr("create stories/")
        )
        return [], problems
    folders: list[str] = []
    for entry in sorted(os.scandir(base), key=lambda e: e.name):
        rel = f"{STORIES_DIR}/{entry.name}"
        r = _at(rel, problems)
        if entry.is_symlink():
            r.error(
                "symlink",
                tr("%(rel)s is a symbolic link", rel=rel),
                hint=tr("commit the real folder or file; links are never followed"),
            )
        elif entry.name.startswith("."):
            r.error(
                "hidden-file",
                tr("%(rel)s is hidden (its name starts with a dot) and is never published", rel=rel),
                hint=tr("remove it from the pull request (often an editor's or the operating system's own file)"),
            )
        elif not entry.is_dir(follow_symlinks=False):
            hint = (
                tr(
                    "move it to stories/%(suggestion)s/index.md",
                    suggestion=suggest_slug(entry.name[:-3]),
                )
                if entry.name.endswith(".md")
                else tr("each story is a folder holding index.md and its images")
            )
            r.error("stray-file", tr("%(rel)s is not a story folder", rel=rel), hint=hint)
        else:
            folders.append(entry.name)
    slugs: list[str] = []
    seen: dict[str, str] = {}
    # valid names claim their key first: a clash then blames the odd (non-slug) name
    for name in sorted(folders, key=lambda n: (not SLUG_RE.match(n), n)):
        rel = f"{STORIES_DIR}/{name}"
        key = unicodedata.normalize("NFKC", name).casefold()
        if key in seen:
            _at(rel, problems).error(
                "duplicate-slug",
                tr("story folder '%(name)s' clashes with '%(seen_key)s'", name=name, seen_key=seen[key]),
                hint=tr(
                    "folder names must differ by more than case or accents; rename or remove '%(name)s'", name=name
                ),
            )
            continue
        seen[key] = name
        if not SLUG_RE.match(name):
            _at(rel, problems).error(
                "invalid-slug",
                tr("story folder '%(name)s' is not a valid slug", name=name),
                hint=tr(
                    "rename it to '%(suggestion)s' (lowercase ASCII words joined by hyphens; it becomes the story's URL)",
                    suggestion=suggest_slug(name),
                ),
            )
            continue
        if (taken := story_address_taken(name)) is not None:
            _at(rel, problems).error(
                "invalid-slug",
                tr("story folder '%(name)s' cannot be a story: its address is %(taken)s", name=name, taken=taken),
                hint=tr("rename it, for example to '%(name)s-story'", name=name),
            )
            continue
        slugs.append(name)
    return sorted(slugs), problems


# ---- phase 1: one story alone ---------------------------------------------------------------------------------


def check_story(root: Path, slug: str, registries: Registries, settings: Settings, on: dt.date) -> StoryCheck:
    """Check one story on its own; never reads another story. Any unexpected failure is a diagnostic."""
    report = Report(source_path("story", slug))
    try:
        return _StoryChecker(root, slug, registries, settings, on, report).run()
    except Exception as exc:  # RecursionError, MemoryError on a pathological input, a bug: one clear line
        report.items = [d for d in report.items if d.severity == "error"]
        report.error(
            "internal-error",
            tr(
                "this story could not be checked (%(error)s: %(detail)s)",
                error=type(exc).__name__,
                detail=str(exc)[:200],
            ),
            hint=tr(
                "simplify the part of the text you changed last (very deep nesting, huge tables); "
                "if it persists, report it with this story"
            ),
        )
        return StoryCheck(slug, report.items)


class _StoryChecker:
    def __init__(
        self, root: Path, slug: str, registries: Registries, settings: Settings, on: dt.date, report: Report
    ) -> None:
        self.root, self.slug, self.reg, self.on, self.r = root, slug, registries, on, report
        self.settings, self.fields = settings, story_fields(settings)
        self.folder = root / STORIES_DIR / slug
        self.dir = f"{STORIES_DIR}/{slug}"

    def run(self) -> StoryCheck:
        r = self.r
        check = StoryCheck(self.slug, r.items)
        with contextlib.suppress(OSError):  # a missing folder is reported below, as a missing index.md
            check.listing = frozenset(e.name for e in os.scandir(self.folder))
        index = self.folder / "index.md"
        if index.is_symlink():
            r.error(
                "symlink",
                tr("%(dir)s/index.md is a symbolic link", dir=self.dir),
                hint=tr("commit the real file; links are never followed"),
            )
            return check
        if not index.is_file():
            r.error(
                "missing-index",
                tr("%(dir)s/ has no index.md", dir=self.dir),
                hint=tr("add index.md with the story's front matter and text (snowball new writes one for you)"),
            )
            return check
        raw = read_story_file(index, r)
        if raw is None or raw.front is None:
            return check
        stage = raw.front.entries.get("stage")
        idea = stage is not None and getattr(stage.value, "text", None) == IDEA  # an idea needs no outcomes
        fields = idea_fields(self.fields) if idea else self.fields
        v = check.values = read_fields(raw.front, fields, r, today=self.on, registries=self.reg)
        check.body, check.body_line = raw.body, raw.body_line
        links = check_body(raw.body, raw.body_line, r, allowed_addresses=self.settings.allowed_addresses)
        self._references(v)
        used: set[str] = set()
        flagged: set[str] = set()
        if "image" in v:
            self._local_file(v["image"], v.lines["image"], 0, "image", True, used, flagged)
        others: list[StoryLink] = []
        for link in links:
            if link.target.startswith("/"):
                r.error(
                    "broken-link",
                    tr("the link '%(target)s' is absolute", target=link.target),
                    link.line,
                    link.col,
                    field="body",
                    hint=tr("use a relative link, like ../other-story/index.md"),
                )
                continue
            parts = resolve_link(self.dir, link.target).split("/")
            if parts[0] != STORIES_DIR or len(parts) < 2:
                r.error(
                    "broken-link",
                    tr("the link '%(target)s' points outside the stories", target=link.target),
                    link.line,
                    link.col,
                    field="body",
                    hint=tr("link to another story as ../slug/index.md, or use a full https:// link"),
                )
            elif parts[1] != self.slug:
                others.append(StoryLink(link.target, parts[1], "/".join(parts[2:]), link.line, link.col, link.fragment))
            elif len(parts) > 2 and parts[2:] != ["index.md"]:
                name = "/".join(parts[2:])
                self._local_file(name, link.line, link.col, "body", link.image, used, flagged)
        check.links = tuple(others)
        check.files = tuple(sorted(used))
        self._folder(check.listing, used, flagged)
        image = v.get("image")
        sized = rendition_names(image, image_size(self.folder / image)[0]) if image in used else []
        published = published_files(check.files, image, raw.body)
        r.items += collisions(story_outputs(self.slug, published, image, sized))  # as the plan says it
        return check

    def _references(self, v: Values) -> None:
        r = self.r
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
                if name == "practices" and ident in table and table[ident].proposed:
                    self._proposed(v, ident)
                elif ident not in table:
                    r.error(
                        "unknown-reference",
                        tr(UNKNOWN_REFERENCE[label], ident=ident),
                        *v.where(name, ident),
                        field=name,
                        hint=suggest_reference(ident, registry, self.reg)
                        or tr("add it to registries/%(registry)s.yml first", registry=registry),
                    )
        tags = []
        for tag in v.get("tags", ()):
            if tag in self.reg.tags:
                tags.append(tag)
            elif tag in self.reg.tag_aliases:
                canonical = self.reg.tag_aliases[tag]
                r.warning(
                    "tag-alias",
                    tr("tag '%(tag)s' is an alias of '%(canonical)s'", tag=tag, canonical=canonical),
                    *v.where("tags", tag),
                    field="tags",
                    hint=tr("write '%(canonical)s'", canonical=canonical),
                )
                tags.append(canonical)
            elif "tags" not in self.reg.unreadable:
                r.error(
                    "unknown-reference",
                    tr("unknown tag '%(tag)s'", tag=tag),
                    *v.where("tags", tag),
                    field="tags",
                    hint=suggest_reference(tag, "tags", self.reg)
                    or tr("pick one from registries/tags.yml, or ask an editor to add it"),
                )
        if "tags" in v:
            v["tags"] = tuple(dict.fromkeys(tags))
        if "image" in v and "image_alt" not in v:
            r.error(
                "missing-field",
                tr("'image_alt' is required when 'image' is given"),
                v.lines["image"],
                field="image_alt",
                hint=tr('describe what the picture shows: image_alt: "..."'),
            )

    def _proposed(self, v: Values, practice: str) -> None:
        """A proposed practice (status: proposed) may be named only by ideas until an editor accepts it."""
        stage = v.get("stage", DEFAULT_STAGE)
        if stage != IDEA:
            self.r.error(
                "proposed-practice",
                tr(
                    "practice '%(practice)s' is only proposed, so a story of stage '%(stage)s' cannot name it yet",
                    practice=practice,
                    stage=stage,
                ),
                *v.where("practices", practice),
                field="practices",
                hint=tr(
                    "an editor accepts the practice by removing 'status: proposed' from its entry in "
                    "registries/practices.yml (in this pull request or an earlier one); until then only a story of "
                    "stage 'idea' may name it"
                ),
            )

    def _local_file(
        self, name: str, line: int, col: int, field: str, image: bool, used: set[str], flagged: set[str]
    ) -> None:
        """A file of this story's folder named by image: or a body link: it must be there, real and safe."""
        r, rel = self.r, f"{self.dir}/{name}"
        path = self.folder / name
        ext = os.path.splitext(name)[1].lower()
        if "/" in name or "\\" in name or name.startswith("."):
            r.error(
                "image-location",
                tr("'%(name)s' must be a file directly in the story folder", name=name),
                line,
                col,
                field=field,
                hint=tr("put the file beside index.md in %(dir)s/", dir=self.dir),
            )
        elif name in used or name in flagged:
            return
        elif path.is_symlink():
            flagged.add(name)
            r.error(
                "symlink",
                tr("%(rel)s is a symbolic link", rel=rel),
                line,
                col,
                field=field,
                hint=tr("commit the real file; links are never followed"),
            )
        elif not path.is_file():
            wanted = IMAGE_EXTENSIONS if image else (*IMAGE_EXTENSIONS, *DOCUMENT_EXTENSIONS)
            files = [p.name for p in self.folder.iterdir() if p.suffix.lower() in wanted]
            r.error(
                "missing-file",
                tr("the image '%(name)s' is not in the story folder", name=name)
                if image
                else tr("the file '%(name)s' is not in the story folder", name=name),
                line,
                col,
                field=field,
                hint=suggest_file(name, files) or tr("add it to %(dir)s/", dir=self.dir),
            )
        elif safe := suggest_file_name(name):
            flagged.add(name)
            r.error(
                "file-name",
                tr("the file name '%(name)s' has characters a web address cannot carry safely", name=name),
                line,
                col,
                field=field,
                hint=tr(
                    "rename the file to '%(safe)s' (lowercase letters, digits and hyphens, like story folder names) and change the name in the story to match",
                    safe=safe,
                ),
            )
        elif not image and ext in DOCUMENT_EXTENSIONS:
            used.add(name)  # a document or recording the story links to: published as it is
        elif not image and ext not in IMAGE_EXTENSIONS:
            flagged.add(name)
            r.error(
                "document-type",
                tr("'%(name)s' is not a file type the site publishes", name=name),
                line,
                col,
                field=field,
                hint=tr("link a PDF or office document, an image, or a recording (MP3, MP4, WebM)"),
            )
        elif inspect_image(path, name, r, line, field) is None:
            flagged.add(name)
        else:
            used.add(name)

    def _folder(self, listing: Iterable[str], used: set[str], flagged: set[str]) -> None:
        r = self.r
        for name in sorted(listing):
            if name == "index.md" or name in flagged or name in used:
                continue
            rel = f"{self.dir}/{name}"
            path = self.folder / name
            if path.is_symlink():
                r.error(
                    "symlink",
                    tr("%(rel)s is a symbolic link", rel=rel),
                    hint=tr("commit the real file; links are never followed"),
                )
            elif name.startswith("."):
                r.error(
                    "hidden-file",
                    tr("%(rel)s is hidden (its name starts with a dot) and is never published", rel=rel),
                    hint=tr("remove it from the pull request (often an editor's or the operating system's own file)"),
                )
            elif path.is_dir():
                r.error(
                    "stray-file",
                    tr("%(rel)s/ is a folder inside a story", rel=rel),
                    hint=tr("keep images beside index.md"),
                )
            elif name.endswith(".md"):
                r.error(
                    "stray-file",
                    tr("%(rel)s is a second Markdown file in the story", rel=rel),
                    hint=tr("each story is one index.md; make another story folder for another story"),
                )
            else:
                r.warning(
                    "unused-file",
                    tr("%(rel)s is not used by the story and will not be published", rel=rel),
                    hint=tr(
                        "reference it with image:, ![alt](file) for a picture or [text](file) for a "
                        "document, or remove it"
                    ),
                )


# ---- phase 2: across stories ----------------------------------------------------------------------------------


def _anchors_of(slug: str, check: StoryCheck, found: dict[str, set[str]]) -> set[str]:
    """A linked story's anchors, found once per cross check (only stories linked with a #fragment)."""
    if slug not in found:
        found[slug] = story_anchors(check.body)
    return found[slug]


def cross_check(checks: dict[str, StoryCheck], slugs: Iterable[str]) -> dict[str, list[Diagnostic]]:
    """Rules that relate stories to each other, in one pass over phase 1's results; no recursion.

    checks must hold every story these rules look at (the ones reported on and those they name).
    """
    all_slugs = set(slugs)
    out: dict[str, list[Diagnostic]] = {}
    targets: dict[str, set[str]] = {}  # anchors of stories linked with a #fragment, found once each
    for slug, check in checks.items():
        r = Report(source_path("story", slug))
        v = check.values
        draft = check.draft
        for link in check.links:
            other = checks.get(link.other)
            if link.other not in all_slugs or other is None:
                r.error(
                    "broken-link",
                    tr("the link '%(target)s' points to a story that does not exist", target=link.target),
                    link.line,
                    link.col,
                    field="body",
                    hint=suggest_reference(link.other, "stories", None, stories=all_slugs, asking=slug)
                    or tr("check the story's folder name"),
                )
            elif link.rest not in ("", "index.md") and "/" not in link.rest and (safe := suggest_file_name(link.rest)):
                r.error(
                    "file-name",
                    tr("the file name '%(rest)s' has characters a web address cannot carry safely", rest=link.rest),
                    link.line,
                    link.col,
                    field="body",
                    hint=tr(
                        "rename the file to '%(safe)s' in stories/%(other)s/ (lowercase letters, digits and hyphens, like story folder names) and change the links to it",
                        safe=safe,
                        other=link.other,
                    ),
                )
            elif link.rest not in ("", "index.md") and link.rest not in published_files(
                other.files, (other.values or {}).get("image"), other.body
            ):  # what the other story publishes (urls.published_files, as the plan does), not its folder
                there = link.rest in other.listing
                r.error(
                    "broken-link",
                    tr(
                        "the link '%(target)s' points to a file the story '%(other)s' does not publish",
                        target=link.target,
                        other=link.other,
                    )
                    if there
                    else tr("the link '%(target)s' points to a missing file", target=link.target),
                    link.line,
                    link.col,
                    field="body",
                    hint=tr(
                        "copy %(file)s into this story's folder and link it as (%(file)s), or link the "
                        "story itself: ../%(other)s/",
                        file=link.rest,
                        other=link.other,
                    )
                    if there
                    else tr("link to the story itself: ../%(other)s/", other=link.other),
                )
            elif (
                link.fragment
                and link.rest in ("", "index.md")
                and link.fragment not in (present := _anchors_of(link.other, other, targets))
            ):
                r.error(
                    "broken-anchor",
                    tr(
                        "the link '%(target)s#%(fragment)s' points to no heading or anchor in the story '%(other)s'",
                        target=link.target,
                        fragment=link.fragment,
                        other=link.other,
                    ),
                    link.line,
                    link.col,
                    field="body",
                    hint=did_you_mean(link.fragment, present)
                    or tr(
                        "open stories/%(other)s/index.md and copy a heading: '## Our result' is linked as ../%(other)s/#our-result",
                        other=link.other,
                    ),
                )
            elif other.draft and not draft:
                r.error(
                    "link-to-draft",
                    tr(
                        "the link '%(target)s' points to the draft story '%(other)s'",
                        target=link.target,
                        other=link.other,
                    ),
                    link.line,
                    link.col,
                    field="body",
                    hint=tr("remove the link until that story is published"),
                )
        for ref in (v or {}).get("inspired_by", ()):
            assert v is not None
            line, col = v.where("inspired_by", ref)
            other = checks.get(ref)
            if ref == slug:
                r.error(
                    "lineage",
                    tr("a story cannot be inspired by itself"),
                    line,
                    col,
                    field="inspired_by",
                    hint=tr("remove '%(ref)s'", ref=ref),
                )
            elif ref not in all_slugs or other is None:
                r.error(
                    "unknown-reference",
                    tr("unknown story '%(ref)s' in inspired_by", ref=ref),
                    line,
                    col,
                    field="inspired_by",
                    hint=suggest_reference(ref, "stories", None, stories=all_slugs, asking=slug)
                    or tr("use the folder name of the earlier story"),
                )
            else:
                ov = other.values or Values()
                if other.draft and not draft:
                    r.error(
                        "lineage",
                        tr("inspired_by '%(ref)s' is a draft", ref=ref),
                        line,
                        col,
                        field="inspired_by",
                        hint=tr("publish that story first, or remove it from inspired_by"),
                    )
                elif "date" in v and "date" in ov and ov["date"] > v["date"]:
                    r.error(
                        "lineage",
                        tr(
                            "inspired_by '%(ref)s' is dated %(ov_date)s, after this story (%(v_date)s)",
                            ref=ref,
                            ov_date=ov["date"],
                            v_date=v["date"],
                        ),
                        line,
                        col,
                        field="inspired_by",
                        hint=tr("a story can only learn from one that came before it; check both dates"),
                    )
        if r.items:
            out[slug] = r.items
    for slug, cycle in find_cycles({s: _inspired(c) for s, c in checks.items()}).items():
        v = checks[slug].values
        assert v is not None
        out.setdefault(slug, []).append(
            Diagnostic(
                source_path("story", slug),
                v.lines["inspired_by"],
                0,
                "error",
                "lineage",
                tr("inspired_by forms a cycle: ") + " -> ".join(cycle),
                "inspired_by",
                tr("one of these stories must come first; remove it from the other's inspired_by"),
            )
        )
    return out


def _inspired(check: StoryCheck) -> tuple[str, ...]:
    return tuple(r for r in (check.values or {}).get("inspired_by", ()) if r != check.slug)


def find_cycles(edges: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """For every node on a cycle, one cycle through it (start ... start); iterative Tarjan, then a BFS per node."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            succ = [s for s in edges.get(node, ()) if s in edges]
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    components.append(comp)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    cycles: dict[str, list[str]] = {}
    for comp in components:
        members = set(comp)
        for start in comp:
            prev: dict[str, str] = {}
            frontier = [start]
            found = None
            while frontier and found is None:
                nxt_frontier = []
                for node in frontier:
                    for s in edges.get(node, ()):
                        if s == start:
                            found = node
                            break
                        if s in members and s not in prev and s != start:
                            prev[s] = node
                            nxt_frontier.append(s)
                    if found is not None:
                        break
                frontier = nxt_frontier
            path = [start]
            node = found
            while node is not None and node != start:
                path.append(node)
                node = prev.get(node)
            cycles[start] = [start, *reversed(path[1:]), start]
    return cycles


# ---- the hub ----------------------------------------------------------------------------------------------------


def _to_story(root: Path, check: StoryCheck) -> Story:
    v = check.values
    assert v is not None
    outcomes = tuple(
        Outcome(o["label"], o["value"], o.get("before"), o.get("after"), o.get("unit"))
        for o, _node in v.get("outcomes", ())
        if "label" in o and "value" in o
    )
    return Story(
        slug=check.slug,
        path=root / source_path("story", check.slug),
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
        body=check.body,
        body_line=check.body_line,
        files=check.files,
        lines=dict(v.lines),
        lang=v.get("lang"),
    )


@dataclass
class _Phase1:
    root: Path
    registries: Registries
    settings: Settings
    on: dt.date
    cache: CheckCache | None
    context: str = ""  # what every check of this load reads besides its folder (a digest)
    checks: dict[str, StoryCheck] = field(default_factory=dict)

    def get(self, slug: str) -> StoryCheck:
        if slug in self.checks:
            return self.checks[slug]
        cache, check = self.cache, None
        key = None
        if cache is not None and (folder_key := cache.folder_key(self.root / STORIES_DIR / slug)) is not None:
            key = (self.context, slug, folder_key)
            if (check := cache.store.get(key)) is not None:
                cache.hits += 1
        if check is None:
            check = check_story(self.root, slug, self.registries, self.settings, self.on)
            if cache is not None and key is not None:
                cache.store.put(key, check)
        self.checks[slug] = check
        return check


def load_hub(
    root: Path, *, only: set[str] | None = None, on: dt.date | None = None, reuse: CheckCache | None = None
) -> Hub:
    """Read registries and stories and check everything.

    only: check just these story slugs (a pull request's changes); other stories are read
    (phase 1, not reported) only as far as the cross-story rules need them.
    reuse: keep phase-1 results between calls (CheckCache: in memory in the preview, on disk in a build).
    """
    root = root.resolve()
    on = on or today()
    use_language(hub_language(root))  # every message below speaks theme.language of mkdocs.yml
    settings, setting_problems = load_settings(root)
    registries, diagnostics = load_registries(root, settings)  # settings say which domains contacts may use
    diagnostics += setting_problems
    diagnostics += load_redirects(root)[1]  # redirects.yml, written by `snowball import`
    slugs, scan_problems = scan_stories(root)
    diagnostics += scan_problems
    context = key_of(repr(registries), repr(settings), on.isoformat(), language())  # kept messages: one language
    phase1 = _Phase1(root, registries, settings, on, reuse, context)
    reported = slugs if only is None else [s for s in slugs if s in only]
    known = set(slugs)
    # phase 1 for the reported stories and, with a worklist (not recursion), for every story they name
    work = list(reported)
    while work:
        check = phase1.get(work.pop())
        named = [link.other for link in check.links] + list(_inspired(check))
        work += [s for s in named if s in known and s not in phase1.checks]
    if only is not None:  # cycles may pass through stories named only indirectly: follow inspired_by fully
        work = [s for c in list(phase1.checks.values()) for s in _inspired(c) if s in known]
        while work:
            slug = work.pop()
            if slug not in phase1.checks:
                work += [s for s in _inspired(phase1.get(slug)) if s in known]
    across = cross_check(phase1.checks, slugs)
    stories: dict[str, Story] = {}
    broken: dict[str, tuple[Diagnostic, ...]] = {}
    for slug in reported:
        check = phase1.checks[slug]
        found = check.diagnostics + across.get(slug, [])
        diagnostics += found
        if check.values is None or any(d.severity == "error" for d in found):
            broken[slug] = tuple(d for d in found if d.severity == "error")
        else:
            stories[slug] = _to_story(root, check)
    if reuse is not None:
        reuse.store.settle()  # keep only what this load asked for
    return Hub(root, registries, stories, tuple(sorted(diagnostics)), broken, settings)
