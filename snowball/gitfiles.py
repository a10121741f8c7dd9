"""What git says a change holds: the files a branch changed, and the tree the next commit will hold.

Two ways git can garble a file name are closed here, for every call: git writes a name with letters
outside ASCII in quotes with octal escapes ("stories/\\303\\274n\\303\\257/index.md") unless
core.quotePath is off, and a name may hold a newline, which breaks line-by-line reading. So every call
passes `-c core.quotePath=false` and reads NUL-separated output (-z), decoded as the file system
decodes names (os.fsdecode), so a name from git equals the name the hub's checks see on disk.

Pre-commit mode (`snowball validate --staged`) must check what the commit will hold, which is git's
index, not the working copy: a story staged broken and fixed afterwards would otherwise pass, and a
story staged without the story it cites, or a `git rm` of a cited story, would go unseen. The index is
written to a temporary folder (`git checkout-index`) and the same hub checks run there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import shlex
import stat
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import formats
from .contract import REGISTRY_FILES
from .diagnostics import Diagnostic
from .hub import STORIES_DIR, load_hub
from .redirects import REDIRECTS_FILE
from .settings import MKDOCS_FILE, SETTINGS_FILE

# Files every story's check reads: staging one of them may change the result of any story.
HUB_FILES = frozenset({*REGISTRY_FILES.values(), SETTINGS_FILE, REDIRECTS_FILE, MKDOCS_FILE})
# Everything the validator reads, so everything the checked copy of the index needs.
_CHECKED_PATHS = (STORIES_DIR, "registries", SETTINGS_FILE, REDIRECTS_FILE, MKDOCS_FILE)


class GitError(Exception):
    """git is missing, or refused what was asked: the message says what to do (the command exits 2)."""


def story_of(rel: str) -> str | None:
    """The story folder a hub-relative path lies in, or None when it is not under stories/<folder>/."""
    parts = rel.split("/")
    return parts[1] if len(parts) >= 2 and parts[0] == STORIES_DIR and parts[1] else None


def _git(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run git in the hub; names in its output arrive unquoted (see the module's docstring)."""
    try:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", *args], cwd=root, input=stdin, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("this needs git, which is not installed") from None


def _run(root: Path, *args: str, failed: str, stdin: bytes | None = None) -> bytes:
    proc = _git(root, *args, stdin=stdin)
    if proc.returncode != 0:
        raise GitError(f"{failed}: {formats.shown(proc.stderr.decode('utf-8', 'replace').strip())}")
    return proc.stdout


def _names(output: bytes) -> list[str]:
    return [os.fsdecode(name) for name in output.split(b"\0") if name]


def _hub_prefix(root: Path, failed: str) -> str:
    """Where the hub sits inside the repository ('' at its top, 'site/' in a subfolder)."""
    return os.fsdecode(_run(root, "rev-parse", "--show-prefix", failed=failed).rstrip(b"\n"))


def _relative(prefix: str, names: Iterable[str]) -> list[str]:
    """Repository paths made relative to the hub (paths outside it keep a leading ../)."""
    if not prefix:
        return list(names)
    return [n[len(prefix) :] if n.startswith(prefix) else os.path.relpath(n, prefix) for n in names]


# ---- pull-request mode --------------------------------------------------------------------------------------


def resolve_revision(root: Path, base: str) -> str:
    """The commit base names, checked as a revision and nothing else (issue 9 #6).

    git reads anything starting with '-' as an option, so the value is never passed where git parses
    options: --end-of-options ends them, and only the commit id git resolves is used afterwards.
    """
    if not base or base.startswith("-") or any(ch.isspace() or not ch.isprintable() for ch in base):
        raise GitError(
            f"--changed-since takes a branch, tag or commit such as origin/main, not '{formats.shown(base)}'"
        )
    proc = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{base}^{{commit}}")
    sha = proc.stdout.decode("ascii", "replace").strip()
    if proc.returncode != 0 or not sha:
        raise GitError(
            f"git could not compare with '{formats.shown(base)}': no such branch, tag or commit here "
            "(in CI, check out with fetch-depth: 0 so the base branch is present)"
        )
    return sha


def changed_files(root: Path, base: str) -> list[str]:
    """Files a branch changed since it left base, plus uncommitted edits and new files (pull-request mode)."""
    sha = resolve_revision(root, base)
    failed = f"git could not compare with '{formats.shown(base)}'"
    files = _names(_run(root, "diff", "--name-only", "-z", "--no-renames", f"{sha}...HEAD", "--", failed=failed))
    files += _names(_run(root, "diff", "--name-only", "-z", "--no-renames", "HEAD", "--", failed=failed))
    files += _names(_run(root, "ls-files", "-z", "--full-name", "--others", "--exclude-standard", failed=failed))
    return sorted(set(_relative(_hub_prefix(root, failed), files)))


def change_report(items: Sequence[Diagnostic], changed: set[str], extra: Sequence[Diagnostic] = ()) -> list[Diagnostic]:
    """What a change is told: every problem in the files it changed (and their story folders), then the
    errors elsewhere, which the change caused when the tree it started from passed."""
    touched = {s for f in changed if (s := story_of(f))}
    mine = [d for d in items if d.path in changed or story_of(d.path) in touched]
    elsewhere = [d for d in items if d not in mine and d.severity == "error"]
    return sorted([*mine, *extra]) + sorted(elsewhere)


# ---- pre-commit mode: the index -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StagedCheck:
    """The report on the next commit: its problems (hub-relative paths) and how many stories were checked."""

    items: list[Diagnostic]
    checked: int


@contextlib.contextmanager
def index_tree(root: Path) -> Iterator[Path]:
    """The hub as the next commit holds it (the files the validator reads), in a temporary folder.

    git writes the staged version of each file (`checkout-index`), applying the same filters and line
    endings a checkout would; a file that is not staged, or staged for deletion, is simply not there.
    """
    failed = "--staged needs a git repository"
    prefix = _hub_prefix(root, failed)
    listed = _run(root, "ls-files", "-z", "--", *_CHECKED_PATHS, failed=failed)  # relative to the hub
    with tempfile.TemporaryDirectory(prefix="snowball-staged-") as tmp:
        if listed:
            _run(root, "checkout-index", f"--prefix={tmp}/", "-z", "--stdin", stdin=listed, failed=failed)
        tree = Path(tmp, prefix)
        (tree / STORIES_DIR).mkdir(parents=True, exist_ok=True)  # a commit that removes every story
        yield tree


@dataclass(frozen=True)
class Staged:
    """What the next commit changes, relative to the hub."""

    paths: list[str]  # every path it adds, changes or removes (a rename: both paths)
    moved: dict[str, str]  # story folders it renames: old folder name -> new
    unmerged: list[str]  # paths with a merge conflict not yet resolved: no commit can hold them yet


def _working_copy_is_index(root: Path) -> bool:
    """Whether the working copy holds exactly what the index holds, for every file the validator reads.

    Then the working copy is the commit's tree, and the copy is skipped: writing a big hub out takes
    seconds. This is the usual case under pre-commit, which sets unstaged edits aside while hooks run.
    Any edited, deleted, untracked or ignored file (or empty folder) there means a copy is needed.
    """
    failed = "--staged needs a git repository"
    edited = _run(root, "diff-files", "--name-only", "-z", "--", *_CHECKED_PATHS, failed=failed)
    extra = _run(root, "ls-files", "--others", "--directory", "-z", "--", *_CHECKED_PATHS, failed=failed)
    return not edited and not extra


def staged_files(root: Path) -> Staged:
    """The paths the next commit changes, and the story folders it renames (for hints that name the new one)."""
    failed = "--staged needs a git repository"
    prefix = _hub_prefix(root, failed)  # first: outside a repository, `git diff` would compare two folders
    out = _run(root, "diff", "--cached", "--name-status", "-z", "-M", "--", failed=failed)
    fields = iter(out.split(b"\0"))
    paths: list[str] = []
    moved: dict[str, str] = {}
    unmerged: list[str] = []
    for status in fields:  # -z --name-status: status, path (a rename or copy: status, old path, new path)
        if not status:
            continue
        count = 2 if status[:1] in (b"R", b"C") else 1
        names = _relative(prefix, [os.fsdecode(next(fields, b"")) for _ in range(count)])
        paths += names
        if status[:1] == b"U":
            unmerged += names
        elif status[:1] == b"R":
            old, new = (n.split("/") for n in names)
            if old[-1] == new[-1] == "index.md" and len(old) == len(new) == 3 and old[0] == new[0] == STORIES_DIR:
                moved[old[1]] = new[1]
    return Staged(sorted(p for p in set(paths) if not p.startswith("../")), moved, sorted(set(unmerged)))


def _citing(tree: Path, slugs: set[str]) -> set[str]:
    """Stories whose index.md names one of slugs (a link, inspired_by): a change to those may break them.

    A plain text search, so it finds every story that could cite them (and a few that merely mention
    them, which are checked for nothing worse than their errors)."""
    if not slugs:
        return set()
    wanted = re.compile(b"|".join(re.escape(os.fsencode(s)) for s in sorted(slugs)))
    found = set()
    for name in _folder_names(tree / STORIES_DIR):
        with contextlib.suppress(OSError):
            if wanted.search(Path(tree, STORIES_DIR, name, "index.md").read_bytes()):
                found.add(name)
    return found


def check_staged(root: Path, more: Iterable[str] = ()) -> StagedCheck:
    """Check the tree the next commit will hold; report what the commit changes.

    Reported: every problem in the staged files and their story folders, and the errors the commit
    causes elsewhere: in stories that cite a story it changes, removes or renames, and anywhere in the
    hub when it stages a registry, snowball.yml, redirects.yml or mkdocs.yml (its site_url), which every
    story's check reads.
    more: paths given on the command line, treated as staged.
    """
    staged = staged_files(root)
    if staged.unmerged:
        raise GitError(
            f"{formats.shown(staged.unmerged[0])} has a merge conflict: resolve it, `git add` it, then run this again"
        )
    changed = {f for f in [*staged.paths, *more] if story_of(f) or f in HUB_FILES or f.startswith("registries/")}
    if not changed:
        return StagedCheck([], 0)
    touched = {s for f in changed if (s := story_of(f))}
    hub_wide = any(not story_of(f) for f in changed)
    with contextlib.nullcontext(root) if _working_copy_is_index(root) else index_tree(root) as tree:
        scope = None if hub_wide else touched | _citing(tree, touched)
        hub = load_hub(tree, only=scope)
        items = [_relocated(d, tree, root) for d in hub.diagnostics]
        items = _explained(root, tree, items, touched, staged.moved)
    if scope is not None:  # the tree's other stories were not checked; leave their folders' scan alone too
        items = [d for d in items if story_of(d.path) in scope or not story_of(d.path)]
    return StagedCheck(change_report(items, changed), len(hub.stories) + len(hub.broken))


def _relocated(d: Diagnostic, tree: Path, root: Path) -> Diagnostic:
    """A message that quotes the temporary folder (an unreadable file's error) names the hub instead."""
    where = str(tree)
    if where in d.message or (d.hint and where in d.hint):
        return dataclasses.replace(
            d, message=d.message.replace(where, str(root)), hint=d.hint and d.hint.replace(where, str(root))
        )
    return d


def _explained(
    root: Path, tree: Path, items: list[Diagnostic], touched: set[str], moved: dict[str, str]
) -> list[Diagnostic]:
    """Say how the commit caused what is missing from its tree, so the fix is plain.

    A file a story uses (image, picture, document) that only the working copy holds becomes 'not-staged'
    (the fix: `git add` it). A story cited or linked that the commit lacks gets a hint saying why: it
    is only in the working copy (not staged), or the commit deletes or renames it; so does a redirect's 'to'.
    """
    present = _folder_names(tree / STORIES_DIR)
    unstaged = _folder_names(root / STORIES_DIR) - present
    gone = {s for s in touched if s not in present}
    out = []
    for d in items:
        slug = story_of(d.path)
        if d.severity == "error" and d.code == "missing-file" and slug:
            here, there = root / STORIES_DIR / slug, tree / STORIES_DIR / slug
            missing = [n for n in sorted(_file_names(here) - _file_names(there)) if f"'{n}'" in d.message]
            if missing:
                rel = f"{STORIES_DIR}/{slug}/{missing[0]}"
                d = dataclasses.replace(
                    d,
                    code="not-staged",
                    message=f"{rel} is used by the story but is not staged, so the commit would not contain it",
                    hint=f"stage it too: git add {shlex.quote(rel)}",
                )
        elif d.severity == "error" and (d.code in ("unknown-reference", "broken-link") or d.field == "to"):
            named = [s for s in sorted(unstaged | gone) if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", d.message)]
            if named:
                d = dataclasses.replace(d, hint=_why_missing(named[0], unstaged, moved))
        out.append(d)
    return out


def _why_missing(slug: str, unstaged: set[str], moved: dict[str, str]) -> str:
    folder = f"{STORIES_DIR}/{slug}"
    if slug in moved:
        return f"this commit renames {folder}/ to {STORIES_DIR}/{moved[slug]}/: write '{moved[slug]}' here, or keep the old name"
    if slug in unstaged:
        return f"{folder}/ is in your working copy but not staged, so the commit would not contain it: git add {shlex.quote(folder)}"
    return f"this commit deletes {folder}/, which this story names: keep that story, or remove '{slug}' from this story"


def _folder_names(folder: Path) -> set[str]:
    """Story folders holding an index.md file (in the working copy, or in the checked copy of the index).

    Links are never followed (a linked index.md could lead anywhere); the checks report them."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        return {e.name for e in entries if e.is_dir(follow_symlinks=False) and _plain_file(Path(e.path, "index.md"))}
    return set()


def _plain_file(path: Path) -> bool:
    with contextlib.suppress(OSError):
        return stat.S_ISREG(path.lstat().st_mode)
    return False


def _file_names(folder: Path) -> set[str]:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        return {e.name for e in entries if e.is_file(follow_symlinks=False)}
    return set()
