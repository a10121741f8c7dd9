"""Renaming and removing a story without breaking the stories that cite it (`snowball mv`, `snowball rm`).

Other stories name a story in two ways: in `inspired_by`, and with relative links in their bodies
(`../slug/`, `../slug/index.md#heading`, `../slug/report.pdf`). redirects.yml names it as a target
(`to: slug`). Both commands find every such place with the validator's own readers (the front-matter
reader's positions, the body gate's links), plan every edit in memory, and change nothing when any
place cannot be edited safely. Files are edited as text at the located places, so comments, quoting
and layout stay as the champion wrote them. After a change the whole hub is checked again.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .body import check_body, resolve_link
from .contract import SLUG_RE
from .diagnostics import Report
from .formats import human, shown
from .hub import STORIES_DIR, load_hub, suggest_slug
from .reader import is_draft, split_front_matter
from .redirects import REDIRECTS_FILE
from .urls import source_path, story_address_taken, url_path
from .yamlread import Scalar, Seq

EXIT_OK, EXIT_ERRORS = 0, 1


class Refused(Exception):
    """The command cannot run as asked (no such story, a name taken): nothing was changed."""


@dataclass(frozen=True)
class Place:
    """One place a file names the story: what it is, where, and the text span to edit."""

    path: str  # repository-relative, forward slashes
    line: int
    kind: str  # "inspired_by", "link", "redirect"
    shown: str  # what the place says, for the listing ("inspired_by: old-slug", "link ../old-slug/")
    start: int  # the span of the file's text this place covers (the value, the link target)
    end: int


@dataclass
class Edit:
    """One change to one file's text, with the words a person reads about it."""

    start: int
    end: int
    new: str
    line: int
    note: str


@dataclass
class Plan:
    """Everything a command will do, decided before anything is written."""

    edits: dict[str, list[Edit]] = field(default_factory=dict)  # path -> edits of its text
    appends: dict[str, str] = field(default_factory=dict)  # path -> text added at the end
    append_notes: dict[str, list[str]] = field(default_factory=dict)
    by_hand: list[str] = field(default_factory=list)  # places no command can edit safely: refuse

    def edit(self, path: str, edit: Edit) -> None:
        self.edits.setdefault(path, []).append(edit)


# ---- finding the places that name a story ------------------------------------------------------------------


def _read(root: Path, rel: str) -> str | None:
    """A file's text exactly as stored (None when it is not plain UTF-8 with LF line endings)."""
    try:
        text = (root / rel).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return None if "\r" in text or text.startswith("\ufeff") else text


def _mentions(root: Path, rel: str, target: str) -> bool:
    """Whether a file this command cannot edit names target anywhere (then it must be edited by hand)."""
    try:
        return target in (root / rel).read_bytes().decode("utf-8", "replace")
    except OSError:
        return True


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)


def story_folders(root: Path) -> list[str]:
    """Every real story folder (links and odd names are the validator's to report, not edited here)."""
    base = root / STORIES_DIR
    return sorted(e.name for e in os.scandir(base) if e.is_dir(follow_symlinks=False) and SLUG_RE.match(e.name))


def _story_places(root: Path, slug: str, target: str, plan: Plan) -> list[Place]:
    """The places in stories/<slug>/index.md that name the story target."""
    rel = source_path("story", slug)
    if not (root / rel).is_file() or (root / rel).is_symlink():
        return []
    text = _read(root, rel)
    if text is None:
        if _mentions(root, rel, target):
            plan.by_hand.append(f"{rel}: save it as UTF-8 with plain line endings, then run this again")
        return []
    raw = split_front_matter(text, Report(rel))
    head = text[: len(text) - len(raw.body)]
    if raw.front is None and re.search(rf"(?<![\w-]){re.escape(target)}(?![\w-])", head):
        plan.by_hand.append(f"{rel}: its front matter cannot be read (snowball validate says why); fix it first")
    starts = _line_starts(text)
    places: list[Place] = []
    value = raw.front.entries.get("inspired_by") if raw.front is not None else None
    items = value.value.items if value is not None and isinstance(value.value, Seq) else []
    if value is not None and isinstance(value.value, Scalar):
        items = [value.value]
    for item in items:
        if isinstance(item, Scalar) and item.text == target and slug != target and item.marks:
            begin, finish = item.marks
            at = starts[item.line - 1] + begin.column
            places.append(
                Place(rel, item.line, "inspired_by", f"inspired_by: {target}", at, at + finish.index - begin.index)
            )
    for link in check_body(raw.body, raw.body_line, Report(rel)):
        parts = resolve_link(f"{STORIES_DIR}/{slug}", link.target).split("/")
        if len(parts) < 2 or parts[0] != STORIES_DIR or parts[1] != target:
            continue
        line_start = starts[link.line - 1]
        line_end = text.find("\n", line_start)
        line_text = text[line_start : line_end if line_end != -1 else len(text)]
        col = line_text.find(link.target, max(link.col - 1, 0))
        if col == -1:
            col = line_text.find(link.target)
        if col == -1:
            plan.by_hand.append(f"{rel}:{link.line}: the link '{shown(link.target)}'")
            continue
        at = line_start + col
        places.append(Place(rel, link.line, "link", f"link {shown(link.target)}", at, at + len(link.target)))
    return places


def _redirect_places(root: Path, target: str, plan: Plan) -> tuple[list[Place], list[tuple[int, int, int, str]]]:
    """Entries of redirects.yml sending readers to target, and every entry as (start, end, line, from)."""
    text = _read(root, REDIRECTS_FILE) if (root / REDIRECTS_FILE).is_file() else None
    if text is None:
        if (root / REDIRECTS_FILE).exists() and _mentions(root, REDIRECTS_FILE, target):
            plan.by_hand.append(f"{REDIRECTS_FILE}: save it as UTF-8 with plain line endings, then run this again")
        return [], []
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        if target in text:
            plan.by_hand.append(f"{REDIRECTS_FILE}: it is not valid YAML; fix it (snowball validate says where) first")
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], []
    starts = _line_starts(text)
    places: list[Place] = []
    entries: list[tuple[int, int, int, str]] = []
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            continue
        values = {
            k.value: v for k, v in item.value if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)
        }
        begin = starts[item.start_mark.line]  # an entry is removed line by line: from its '- ' line ...
        end_line = max(n.end_mark.line for pair in item.value for n in pair) + 1  # ... to its last value's line
        end = starts[end_line] if end_line < len(starts) else len(text)
        source = values["from"].value if "from" in values else ""
        entries.append((begin, end, item.start_mark.line + 1, source))
        to = values.get("to")
        if to is not None and to.value == target:
            places.append(
                Place(
                    REDIRECTS_FILE,
                    to.start_mark.line + 1,
                    "redirect",
                    f"redirect from {shown(source)} to {target}",
                    to.start_mark.index,
                    to.end_mark.index,
                )
            )
    return places, entries


def find_places(root: Path, target: str, plan: Plan | None = None, *, include_self: bool = False) -> list[Place]:
    """Every place in the hub that names the story target, in file and line order."""
    plan = plan or Plan()
    places: list[Place] = []
    for slug in story_folders(root):
        if slug != target or include_self:
            places += _story_places(root, slug, target, plan)
    places += _redirect_places(root, target, plan)[0]
    return sorted(places, key=lambda p: (p.path == REDIRECTS_FILE, p.path, p.start))


# ---- planning the edits --------------------------------------------------------------------------------------


def _renamed_link(rel: str, target: str, old: str, new: str) -> str:
    """target with the path segment that names the story old changed to new (only that one)."""
    folder = rel.rsplit("/", 1)[0]
    parts = target.split("/")
    for i in range(len(parts)):
        if resolve_link(folder, "/".join(parts[: i + 1])) == f"{STORIES_DIR}/{old}":
            return "/".join([*parts[:i], new, *parts[i + 1 :]])
    return target


_LINK_TAIL_RE = re.compile(r"""[^\s)]*>?(?:[ \t\n]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t\n]*\)""")


def _link_as_text(text: str, place: Place) -> tuple[int, int, str] | None:
    """The span of the Markdown link holding place's target, and the words to leave in its stead."""
    head = re.search(r"\]\([ \t]*<?$", text[max(0, place.start - 40) : place.start])
    tail = _LINK_TAIL_RE.match(text, place.end)
    if head is None or tail is None:
        return None
    close = place.start - (len(head.group(0)))
    depth, i = 0, close - 1
    while i >= 0:
        ch = text[i]
        if ch == "]" and text[i - 1 : i] != "\\":
            depth += 1
        elif ch == "[" and text[i - 1 : i] != "\\":
            if depth == 0:
                break
            depth -= 1
        elif ch == "\n" and text[i - 1 : i] == "\n":
            return None  # a blank line: the '[' is not in this paragraph
        i -= 1
    if i < 0:
        return None
    start = i - 1 if text[i - 1 : i] == "!" else i
    return start, tail.end(), text[i + 1 : close]


def _definition_as_text(text: str, place: Place) -> list[tuple[int, int, str]] | None:
    """A reference definition '[label]: ../old/' and the links that use it, turned into plain words."""
    starts = _line_starts(text)
    line_start = starts[place.line - 1]
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end + 1
    m = re.match(r" {0,3}\[([^\]\n]+)\]:", text[line_start:line_end])
    if m is None:
        return None
    label = " ".join(m.group(1).lower().split())
    spans = [(line_start, line_end, "")]
    for use in re.finditer(r"(!?)\[([^\]\n]+)\](?:\[([^\]\n]*)\])?(?![(:])", text):
        if use.start() == line_start + m.start():
            continue
        named = use.group(3) if use.group(3) else use.group(2)
        if " ".join(named.lower().split()) == label:
            spans.append((use.start(), use.end(), use.group(2)))
    return spans


def plan_move(root: Path, old: str, new: str, plan: Plan) -> list[str]:
    """Edits that make every place naming old name new; returns notes about what else happens."""
    notes: list[str] = []
    _, entries = _redirect_places(root, old, Plan())
    address = url_path("story", old)
    removed = [(b, e) for b, e, _l, source in entries if source.strip().lstrip("/") == url_path("story", new)]
    for begin, end, line, source in entries:
        if (begin, end) in removed:  # the new address is a story's own again
            plan.edit(REDIRECTS_FILE, Edit(begin, end, "", line, f"removed the redirect from {shown(source)}: "
                                           f"it is {new}'s own address now"))  # fmt: skip
    for place in find_places(root, old, plan, include_self=True):
        if place.kind == "redirect" and any(b <= place.start < e for b, e in removed):
            continue
        quoted = (_read(root, place.path) or "")[place.start] in "'\""  # keep the champion's quotes
        start, end = (place.start + 1, place.end - 1) if quoted else (place.start, place.end)
        if place.kind == "inspired_by":
            plan.edit(place.path, Edit(start, end, new, place.line, f"inspired_by: {old} -> {new}"))
        elif place.kind == "link":
            text = _read(root, place.path) or ""
            was = text[place.start : place.end]
            now = _renamed_link(place.path, was, old, new)
            plan.edit(place.path, Edit(place.start, place.end, now, place.line, f"link {shown(was)} -> {shown(now)}"))
        else:
            plan.edit(place.path, Edit(start, end, new, place.line, f"{place.shown}: now to {new}"))
    taken = {source.strip().lstrip("/") for *_, source in entries}
    if is_draft(root / source_path("story", old)):
        notes.append(f"{old} is a draft, never published: no redirect from its old address is needed")
    elif address in taken:
        notes.append(f"{REDIRECTS_FILE} already redirects {address} (now to {new})")
    else:
        _append_redirect(root, plan, address, new)
    return notes


def _append_redirect(root: Path, plan: Plan, address: str, to: str) -> None:
    text = _read(root, REDIRECTS_FILE) if (root / REDIRECTS_FILE).is_file() else ""
    prefix = ""
    if not text:
        prefix = "# Former addresses that keep working: each one redirects to a story's page.\n" \
                 "# 'from' is a path on this site, 'to' a story folder under stories/.\n"  # fmt: skip
    elif not text.endswith("\n"):
        prefix = "\n"
    plan.appends[REDIRECTS_FILE] = prefix + f"- from: {address}\n  to: {to}\n"
    plan.append_notes[REDIRECTS_FILE] = [f"added a redirect from {address} to {to}"]


def plan_remove(root: Path, slug: str, plan: Plan, redirect_to: str | None) -> list[str]:
    """Edits that leave no place naming slug: inspired_by entries go, links become their words."""
    notes: list[str] = []
    places = find_places(root, slug, plan)
    by_file: dict[str, list[Place]] = {}
    for place in places:
        by_file.setdefault(place.path, []).append(place)
    for rel, found in by_file.items():
        text = _read(root, rel) or ""
        if rel == REDIRECTS_FILE:
            _, entries = _redirect_places(root, slug, Plan())
            for place in found:
                if redirect_to:
                    plan.edit(rel, Edit(place.start, place.end, redirect_to, place.line,
                                        f"{place.shown}: now to {redirect_to}"))  # fmt: skip
                    continue
                begin, end, line, _source = next(e for e in entries if e[0] <= place.start < e[1])
                plan.edit(rel, Edit(begin, end, "", line, f"removed the {place.shown}: that address will now "
                                    "show 'page not found'"))  # fmt: skip
            continue
        _plan_inspired_removal(text, rel, [p for p in found if p.kind == "inspired_by"], slug, plan)
        for place in (p for p in found if p.kind == "link"):
            span = _link_as_text(text, place)
            if span is not None:
                start, end, words = span
                words = " ".join(words.split()) if "\n" not in words else words
                note = f"link to {slug} turned into plain text: '{shown(_short(words))}'"
                if text[start] == "!":
                    note = f"picture from {slug} replaced by its description: '{shown(_short(words))}'"
                plan.edit(rel, Edit(start, end, words, place.line, note))
                continue
            definitions = _definition_as_text(text, place)
            if definitions is None:
                plan.by_hand.append(f"{rel}:{place.line}: the {place.shown} (remove it, keep its words)")
                continue
            for start, end, words in definitions:
                line = _line_of(_line_starts(text), start)
                what = "link definition removed" if not words else f"link turned into plain text: '{shown(words)}'"
                plan.edit(rel, Edit(start, end, words, line, f"{what} ({slug})"))
    address = url_path("story", slug)
    if redirect_to:
        _append_redirect(root, plan, address, redirect_to)
    elif not is_draft(root / source_path("story", slug)):
        notes.append(
            f"readers who follow an old link or bookmark to {address} will get 'page not found'; to send them to "
            f"another story, run with --redirect-to SLUG (or add '- from: {address}' with '  to: SLUG' to "
            f"{REDIRECTS_FILE})"
        )
    return notes


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _plan_inspired_removal(text: str, rel: str, found: list[Place], slug: str, plan: Plan) -> None:
    """Remove inspired_by entries naming slug: a block item's line, or a flow item and its comma.

    When no entry would be left, the whole field goes (an empty inspired_by says nothing).
    """
    if not found:
        return
    raw = split_front_matter(text, Report(rel))
    entry = raw.front.entries["inspired_by"] if raw.front is not None else None
    if entry is None:
        return
    items = entry.value.items if isinstance(entry.value, Seq) else [entry.value]
    starts = _line_starts(text)
    if all(isinstance(i, Scalar) and i.text == slug for i in items):
        first = starts[entry.key_line - 1]
        last_line = max(p.line for p in found)
        close = text.find("]", found[-1].end)
        if isinstance(entry.value, Seq) and text[found[-1].end : close].strip(" \t\n,") == "" and close != -1:
            last_line = _line_of(starts, close)
        end = starts[last_line] if last_line < len(starts) else len(text)
        rest = text[found[-1].end : end]
        if rest.strip(" \t\n,]") and not rest.strip(" \t\n,]").startswith("#"):
            plan.by_hand.append(f"{rel}:{entry.key_line}: inspired_by (remove '{slug}')")
            return
        plan.edit(rel, Edit(first, end, "", entry.key_line, f"inspired_by: removed {slug} (the field is now empty, so "
                            "it was removed)"))  # fmt: skip
        return
    for place in found:
        line_start = starts[place.line - 1]
        before = text[line_start : place.start]
        if re.fullmatch(r"[ \t]*-[ \t]*", before):  # a block item: its whole line goes
            end = starts[place.line] if place.line < len(starts) else len(text)
            plan.edit(rel, Edit(line_start, end, "", place.line, f"inspired_by: removed {slug}"))
            continue
        after = re.match(r"[ \t\n]*,[ \t\n]*", text[place.end :])
        if after:
            plan.edit(rel, Edit(place.start, place.end + after.end(), "", place.line, f"inspired_by: removed {slug}"))
            continue
        comma = re.search(r",[ \t\n]*$", text[: place.start])
        if comma is None:
            plan.by_hand.append(f"{rel}:{place.line}: inspired_by (remove '{slug}')")
            continue
        plan.edit(rel, Edit(comma.start(), place.end, "", place.line, f"inspired_by: removed {slug}"))


# ---- carrying a plan out -------------------------------------------------------------------------------------


def _overlaps(plan: Plan) -> None:
    """Two edits of one span (a link inside a link's words) would garble the file: add it to by_hand."""
    for rel, edits in plan.edits.items():
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        for a, b in zip(ordered, ordered[1:], strict=False):
            if b.start < a.end:
                plan.by_hand.append(f"{rel}:{b.line}: two changes here overlap")


def _apply(root: Path, plan: Plan, *, dry_run: bool, rename: tuple[str, str] | None = None) -> None:
    """Print each file's changes, and write them unless dry_run."""
    paths = sorted(set(plan.edits) | set(plan.appends), key=lambda p: (p == REDIRECTS_FILE, p))
    for rel in paths:
        edits = sorted(plan.edits.get(rel, []), key=lambda e: (e.start, e.end))
        shown_rel = rel
        if rename and rel.startswith(f"{STORIES_DIR}/{rename[0]}/"):
            shown_rel = f"{STORIES_DIR}/{rename[1]}/" + rel.split("/", 2)[2]
        print(f"  {shown_rel}" + ("" if (root / rel).exists() else " (a new file)"))
        for e in edits:
            print(f"    line {e.line}: {e.note}")
        for note in plan.append_notes.get(rel, []):
            print(f"    {note}")
        if dry_run:
            continue
        text = _read(root, rel) or ""
        for e in reversed(edits):
            text = text[: e.start] + e.new + text[e.end :]
        text += plan.appends.get(rel, "")
        try:
            (root / rel).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise Refused(f"could not write {rel} ({exc.strerror}); the files listed above it were changed") from None


def _check_after(root: Path, dry_run: bool) -> int:
    if dry_run:
        print("Nothing was changed (--dry-run). Run the same command without --dry-run to make these changes.")
        return EXIT_OK
    hub = load_hub(root)
    errors = [d for d in hub.diagnostics if d.severity == "error"]
    if not errors:
        print(f"Checked the hub: no errors ({len(hub.stories)} stories). Commit the changes with git.")
        return EXIT_OK
    print(f"Checked the hub: {len(errors)} errors remain; fix them before you commit:")
    print(human(errors))
    return EXIT_ERRORS


def _slug_of(given: str) -> str:
    """'stories/old-slug/', 'stories/old-slug/index.md' or 'old-slug' -> 'old-slug'."""
    parts = [p for p in given.replace("\\", "/").split("/") if p and p != "."]
    if parts and parts[-1] == "index.md":
        parts = parts[:-1]
    if len(parts) == 2 and parts[0] == STORIES_DIR:
        parts = parts[1:]
    return parts[0] if len(parts) == 1 else given


def _existing(root: Path, given: str) -> str:
    slug = _slug_of(given)
    folder = root / STORIES_DIR / slug
    if not SLUG_RE.match(slug) or folder.is_symlink() or not folder.is_dir():
        from .diagnostics import suggest_reference

        hint = suggest_reference(slug, "stories", None, stories=story_folders(root), listing=0)
        raise Refused(f"there is no story folder stories/{shown(slug)}/" + (f"; {hint}" if hint else ""))
    return slug


def _new_name(root: Path, given: str) -> str:
    """NEW checked by the validator's rules: a valid slug, and no folder of that name (even by case or accents)."""
    slug = _slug_of(given)
    if not SLUG_RE.match(slug):
        raise Refused(
            f"'{shown(slug)}' is not a valid story folder name; try '{suggest_slug(slug)}' (lowercase ASCII words "
            "joined by hyphens: it becomes the story's address)"
        )
    if (taken := story_address_taken(slug)) is not None:
        raise Refused(f"'{slug}' cannot be a story's folder name: its address is {taken}; choose another name")
    key = unicodedata.normalize("NFKC", slug).casefold()
    for entry in os.scandir(root / STORIES_DIR):
        if unicodedata.normalize("NFKC", entry.name).casefold() == key:
            raise Refused(f"{STORIES_DIR}/{shown(entry.name)} already exists; choose another name")
    return slug


def run_mv(root: Path, args: argparse.Namespace) -> int:
    old = _existing(root, args.old)
    new = _new_name(root, args.new)
    plan = Plan()
    notes = plan_move(root, old, new, plan)
    _overlaps(plan)
    if plan.by_hand:
        print(f"snowball mv: nothing was changed; these places name {old} but cannot be edited safely:")
        for item in plan.by_hand:
            print(f"  {item}")
        return EXIT_ERRORS
    verb = "would rename" if args.dry_run else "renamed"
    print(f"snowball mv: {verb} stories/{old}/ to stories/{new}/")
    _apply(root, plan, dry_run=args.dry_run, rename=(old, new))
    for note in notes:
        print(f"  note: {note}")
    if not args.dry_run:
        try:
            os.rename(root / STORIES_DIR / old, root / STORIES_DIR / new)
        except OSError as exc:
            raise Refused(
                f"could not rename stories/{old}/ ({exc.strerror}); the citations above were changed"
            ) from None
    return _check_after(root, args.dry_run)


def run_rm(root: Path, args: argparse.Namespace) -> int:
    slug = _existing(root, args.slug)
    redirect_to = _existing(root, args.redirect_to) if args.redirect_to else None
    if redirect_to == slug:
        raise Refused("--redirect-to must name another story, not the one being removed")
    if redirect_to and is_draft(root / source_path("story", redirect_to)):
        raise Refused(f"--redirect-to {redirect_to} is a draft, so it is not published; name a published story")
    plan = Plan()
    places = find_places(root, slug, plan)
    if places and not args.force:
        cite = "1 place cites" if len(places) == 1 else f"{len(places)} places cite"
        print(f"snowball rm: stories/{slug}/ was not removed: {cite} it.")
        for place in places:
            print(f"  {place.path}:{place.line}: {place.shown}")
        print(
            "To keep them working under a new name, use 'snowball mv'. To remove it anyway and turn these into "
            "plain text, run again with --force (add --dry-run first to see each change)."
        )
        return EXIT_ERRORS
    notes = plan_remove(root, slug, plan, redirect_to)
    _overlaps(plan)
    if plan.by_hand:
        print(f"snowball rm: nothing was changed; these places cite {slug} but cannot be edited safely:")
        for item in plan.by_hand:
            print(f"  {item}")
        print("Edit them by hand, then run this again.")
        return EXIT_ERRORS
    folder = root / STORIES_DIR / slug
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir())
    verb = "would remove" if args.dry_run else "removed"
    print(f"snowball rm: {verb} stories/{slug}/ ({', '.join(shown(f) for f in files) or 'empty'})")
    _apply(root, plan, dry_run=args.dry_run)
    for note in notes:
        print(f"  note: {note}")
    if not args.dry_run:
        try:
            shutil.rmtree(folder)
        except OSError as exc:
            raise Refused(
                f"could not remove stories/{slug}/ ({exc.strerror}); the citations above were changed"
            ) from None
    return _check_after(root, args.dry_run)


def add_commands(sub: argparse._SubParsersAction, run: Callable[[argparse.Namespace], int]) -> None:  # type: ignore[type-arg]
    """Register `snowball mv` and `snowball rm`; run(args) finds the hub and calls args.storyop."""
    mv = sub.add_parser(
        "mv",
        help="rename a story folder and update every story and redirect that names it",
        description="Rename stories/OLD to stories/NEW. Every other story's inspired_by entry and body link to\n"
        "OLD (../OLD/, ../OLD/index.md#heading, ../OLD/report.pdf) is changed to NEW in place, redirects to\n"
        "OLD are pointed at NEW, and redirects.yml gains a redirect from the old address stories/OLD/, so\n"
        "bookmarks and links from elsewhere keep working. Each change is printed, file by file and line by\n"
        "line; then the whole hub is checked. Nothing is changed when a place cannot be edited safely.",
        epilog="Examples:\n  snowball mv old-town-plastic-free-branch old-town-plastic-free --dry-run\n"
        "  snowball mv stories/old-town-plastic-free-branch old-town-plastic-free\n\n"
        "Exit codes: 0 renamed and the hub has no errors, 1 errors remain (or nothing could be changed),\n"
        "2 the command was misused (no such story, NEW is taken or not a valid folder name).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mv.add_argument("old", metavar="OLD", help="the story folder to rename (its name, or stories/OLD)")
    mv.add_argument("new", metavar="NEW", help="the new folder name: lowercase words joined by hyphens")
    mv.add_argument("--dry-run", action="store_true", help="print every change without writing anything")
    mv.set_defaults(func=run, storyop=run_mv)

    rm = sub.add_parser(
        "rm",
        help="remove a story, refusing while other stories cite it (--force turns citations into text)",
        description="Remove stories/SLUG. While other stories cite it (inspired_by, links in their text) or\n"
        "redirects.yml sends readers to it, nothing is removed: each citing file and line is listed. With\n"
        "--force the folder is removed and each citation downgraded: the inspired_by entry is removed, a link\n"
        "becomes its plain words, a redirect to it is removed (or, with --redirect-to, sent to another\n"
        "story). The story's own address then shows 'page not found' unless --redirect-to names a story to\n"
        "send its readers to. Each change is printed; then the whole hub is checked.",
        epilog="Examples:\n  snowball rm kingsgate-repair-cafe-retired\n"
        "  snowball rm kingsgate-repair-cafe-retired --force --dry-run\n"
        "  snowball rm kingsgate-repair-cafe-retired --force --redirect-to glenmoor-repair-cafe-partnership\n\n"
        "Exit codes: 0 removed and the hub has no errors, 1 refused (the story is cited) or errors remain,\n"
        "2 the command was misused (no such story).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rm.add_argument("slug", metavar="SLUG", help="the story folder to remove (its name, or stories/SLUG)")
    rm.add_argument("--force", action="store_true", help="remove it even though it is cited, downgrading each citation")
    rm.add_argument("--redirect-to", metavar="STORY", help="send readers of the removed story's address to this story")
    rm.add_argument("--dry-run", action="store_true", help="print every change without writing anything")
    rm.set_defaults(func=run, storyop=run_rm)
