"""The `snowball` command: validate stories, scaffold a new one, print the front-matter schema."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import formats, gitfiles
from .contract import REGISTRY_FILES, STAGE_MEANINGS, STAGES
from .diagnostics import Diagnostic, count
from .export import FORMATS, TABLES
from .gate import hub_language, tr, use_language
from .gitfiles import story_of as _story_of
from .hub import STORIES_DIR, load_hub

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a command whose reader (head, less) left early
ERROR_LOG = ".cache/snowball-error.log"  # the traceback of an unexpected failure, for whoever fixes it


class UsageError(Exception):
    """A mistake in how the command was called: exit 2 with the message."""


class Failure(Exception):
    """The command was called right but could not finish (a broken registry, a full disk): exit 1."""


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / STORIES_DIR).is_dir() and (folder / "registries").is_dir():
            return folder
    raise UsageError(
        f"no hub found at {start} or above (looked for stories/ and registries/); run inside the hub or pass --root"
    )


def _paths_to_scope(root: Path, paths: Sequence[str]) -> tuple[set[str], set[str]]:
    """(slugs to check, repository paths given) for the paths named on the command line."""
    slugs: set[str] = set()
    rels: set[str] = set()
    for p in paths:
        path = Path(p)
        absolute = (Path.cwd() / path) if not path.is_absolute() else path
        if not absolute.exists() and not path.is_absolute():
            absolute = root / path  # a path written relative to the hub, as in the README's examples
        if not absolute.exists() and not absolute.is_symlink():
            raise UsageError(f"no such file or folder: {p}")
        try:
            rel = Path(os.path.normpath(absolute)).relative_to(root).as_posix()
        except ValueError:
            raise UsageError(f"{p} is outside the hub at {root}") from None
        if rel in (".", STORIES_DIR):
            return set(), set()  # the whole hub
        rels.add(rel)
        if slug := _story_of(rel):
            slugs.add(slug)
    return slugs, rels


def changed_files(root: Path, base: str) -> list[str]:
    """Files a branch changed since it left base, plus uncommitted edits (pull-request mode)."""
    try:
        return gitfiles.changed_files(root, base)
    except gitfiles.GitError as exc:
        raise UsageError(str(exc)) from None


def _outside_warnings(files: Sequence[str]) -> list[Diagnostic]:
    registries = set(REGISTRY_FILES.values())
    out = []
    for f in files:
        if _story_of(f):
            continue
        if f in registries:
            out.append(
                Diagnostic(
                    f,
                    0,
                    0,
                    "warning",
                    "outside-stories",
                    tr("this change edits the registry %(file)s", file=f),
                    None,
                    tr("registry changes need an editor's review"),
                )
            )
        else:
            out.append(
                Diagnostic(
                    f,
                    0,
                    0,
                    "warning",
                    "outside-stories",
                    tr("this change touches %(file)s, outside stories/", file=f),
                    None,
                    tr(
                        "configuration, hooks, templates, scripts and workflows run as code in CI: "
                        "they need a maintainer's review"
                    ),
                )
            )
    return out


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    use_language(hub_language(root))  # messages made before the hub is read speak its language too
    extra: list[Diagnostic] = []
    changed: set[str] | None = None
    if args.changed_since and (args.paths or args.staged):
        raise UsageError("give either paths, --staged or --changed-since, not two of them")
    if args.staged:
        # Pre-commit mode: the tree the next commit holds (git's index), not the working copy, is checked.
        more = _paths_to_scope(root, args.paths)[1] if args.paths else set()
        try:
            result = gitfiles.check_staged(root, more)
        except gitfiles.GitError as exc:
            raise UsageError(str(exc)) from None
        items, checked = result.items, result.checked
    else:
        if args.changed_since:
            # Pull-request mode: the whole hub is checked (under a second) so a change that breaks a story it
            # did not touch (a renamed story another cites, a registry entry removed) fails too.
            files = changed_files(root, args.changed_since)
            extra = _outside_warnings(files)
            changed = set(files)
            slugs, rels, scoped = set(), set(), False
        else:
            slugs, rels = _paths_to_scope(root, args.paths)
            scoped = bool(rels)
        hub = load_hub(root, only=slugs if scoped else None)
        items = list(hub.diagnostics)
        if scoped:
            registry_paths = set(REGISTRY_FILES.values())
            items = [
                d
                for d in items
                if d.path in registry_paths
                or _story_of(d.path) in slugs
                or any(d.path == r or d.path.startswith(r + "/") for r in rels)
            ]
        # In pull-request mode: everything in the changed files, then only errors from the files the change
        # left alone (which the change caused: the base branch passed).
        items = gitfiles.change_report(items, changed, extra) if changed is not None else sorted(items)
        checked = len(slugs) if scoped else len(hub.stories) + len(hub.broken)
    if args.format == "github":
        text = formats.github(items)
    elif args.format == "gitlab":
        text = formats.gitlab(items)
    elif args.format == "json":
        text = formats.as_json(items, checked=checked)
    else:
        text = formats.human(items, colour=_use_colour(args.colour), checked=checked)
    if args.output:
        try:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            raise Failure(f"cannot write {args.output}: {exc.strerror or exc}") from None
        if args.format != "human":
            print(formats.human(items, colour=_use_colour(args.colour), checked=checked))
    elif text:
        print(text)
    errors, warnings = count(items)
    return EXIT_ERRORS if errors or (args.strict and warnings) else EXIT_OK


def _use_colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def cmd_new(args: argparse.Namespace) -> int:
    from .scaffold import scaffold

    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    return scaffold(root, args)


def cmd_schema(args: argparse.Namespace) -> int:
    from .registries import load_registries
    from .schema import SCHEMA_FILES, story_schema, story_schema_draft07
    from .settings import load_settings

    try:
        root: Path | None = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    except UsageError:
        root = None  # the 2020-12 schema needs no hub; the draft-07 one lists the hub's registry values
    settings = load_settings(root)[0] if root else None

    def generate(flavour: str) -> str:
        from .settings import DEFAULT_SETTINGS

        chosen = settings or DEFAULT_SETTINGS
        if flavour == "draft-07":
            if root is None:
                raise UsageError("the draft-07 schema lists the registries' values: run it inside a hub or pass --root")
            registries, problems = load_registries(root)
            if count(problems)[0]:
                raise UsageError("the registries have errors; run 'snowball validate' and fix them first")
            data = story_schema_draft07(registries, chosen)
        else:
            data = story_schema(chosen)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    flavour = "draft-07" if args.draft_07 else "2020-12"
    if args.check is not None:
        if args.check:  # one file: its flavour from the flag, or from its name
            wanted = {flavour if args.draft_07 or "draft-07" not in args.check else "draft-07": args.check}
        else:  # both committed files of the hub
            wanted = dict(SCHEMA_FILES)  # paths relative to the hub, as the messages show them
        stale = 0
        for kind, path in wanted.items():
            file = (root or Path.cwd()) / path if not args.check else Path(path)
            current = file.read_text(encoding="utf-8") if file.is_file() else ""
            flag = " --draft-07" if kind == "draft-07" else ""
            if current != generate(kind):
                print(f"{path} is out of date; run: snowball schema{flag} > {path}", file=sys.stderr)
                stale += 1
            else:
                print(f"{path} is current")
        return EXIT_ERRORS if stale else EXIT_OK
    sys.stdout.write(generate(flavour))
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from .summary import summary_markdown

    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    if bool(args.changed_since) == bool(args.paths):
        raise UsageError("give either --changed-since REF or story paths")
    files = changed_files(root, args.changed_since) if args.changed_since else _paths_to_scope(root, args.paths)[1]
    sys.stdout.write(summary_markdown(root, sorted(files), base=args.changed_since))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .importers import default_mapping, load_mapping, run_import
    from .importers.registry_files import RegistryError
    from .progress import Progress

    source, into = Path(args.source), Path(args.into)
    if not source.exists():
        raise UsageError(f"no such file or folder: {args.source}")
    if args.kind == "csv" and source.is_dir() and not any(source.glob("*.csv")):
        raise UsageError(f"{args.source} holds no .csv file")
    if args.kind != "csv" and not source.is_dir():
        raise UsageError(f"{args.source} is not a folder; give the {args.kind} site's folder (or its content folder)")
    if into.exists() and not into.is_dir():
        raise UsageError(f"--into {args.into} is a file, not a folder")
    if args.mapping:
        mapping, problems = load_mapping(Path(args.mapping), args.kind)
        if problems:
            raise UsageError("the mapping file has problems:\n  " + "\n  ".join(problems))
    else:
        mapping = default_mapping(args.kind)
    mapping.permalink = args.permalink or mapping.permalink
    mapping.site_root = Path(args.site_root).resolve() if args.site_root else mapping.site_root
    if mapping.site_root is not None and not source.resolve().is_relative_to(mapping.site_root):
        raise UsageError(f"--site-root {mapping.site_root} does not hold {args.source}; give a folder above it")
    progress = Progress.on_terminal()
    try:
        report = run_import(
            args.kind, source.resolve(), into.resolve(), mapping, dry_run=args.dry_run, progress=progress
        )
    except RegistryError as exc:  # a registry of the hub it cannot parse: the hub's problem, named in exc
        raise Failure(str(exc)) from None
    except OSError as exc:  # a folder it may not write, a full disk, a missing skeleton
        raise Failure(f"cannot write the hub: {_os_problem(exc)}") from None
    finally:
        progress.end()
    verb = "would import" if args.dry_run else "imported"
    print(
        f"snowball import: {verb} {len(report.imported)} stories from {args.source}; "
        f"{len(report.not_imported)} files not imported"
    )
    for note in report.notes:
        print(f"  - {note}")
    print(f"  report: {into / 'import-report.md'} (and import-report.json)")
    for line in report.warnings:
        print(f"  {line}")
    for line in report.landing_lines():  # last, so the answer to "will it build?" is what the reader sees
        print(line)
    if report.unlanded:
        return EXIT_ERRORS
    if not args.dry_run:
        print(f"  next: cd {into} && snowball validate && mkdocs build --strict")
    return EXIT_OK


_DIGEST_DAY = (
    ("day", r"([0-9]{4})-([0-9]{2})-([0-9]{2})"),
    ("month", r"([0-9]{4})-([0-9]{2})"),
    ("quarter", r"([0-9]{4})-[qQ]([1-4])"),
)


def _digest_day(option: str, text: str, *, end: bool) -> dt.date:
    """A --since/--until value: a day (2026-10-01), a month (2026-10) or a quarter (2026-q4); a month or a
    quarter means its first day for --since and its last for --until. Digits are 0-9 only (Python's int()
    would also read other scripts' digits, which nobody means in a date)."""
    import calendar

    from .digest import month_bounds, quarter_bounds

    value = text.strip()
    for kind, pattern in _DIGEST_DAY:
        match = re.fullmatch(pattern, value)
        if not match:
            continue
        year, month = int(match[1]), int(match[2])
        if not year:  # the calendar starts at 0001
            break
        if kind == "quarter":
            bounds = quarter_bounds(f"{match[1]}-Q{match[2]}")
        elif not 1 <= month <= 12:
            break
        elif kind == "month":
            bounds = month_bounds(value)
        else:
            days = calendar.monthrange(year, month)[1]
            if not 1 <= int(match[3]) <= days:
                raise UsageError(
                    f"{option} {text!r} is not a date: {calendar.month_name[month]} {year} has {days} days"
                )
            bounds = (dt.date(year, month, int(match[3])),) * 2
        return bounds[1] if end else bounds[0]
    raise UsageError(
        f"{option} {text!r} is not a date; expected a day as YYYY-MM-DD (2026-10-01), a month as YYYY-MM "
        "(2026-10) or a quarter as YYYY-qN (2026-q4)"
    )


def _digest_region(ledger: object, wanted: str) -> str:
    """The region's name for --region given as its id or its name, in any case, with or without accents, with
    spaces or hyphens: 'region-ile-de-france' finds 'Région Île-de-France'."""
    import unicodedata

    def fold(text: str) -> str:
        plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        return re.sub(r"[\s_-]+", "-", plain.casefold().strip())

    by_id = {rid: name for name, rid in ledger.region_ids.items()}  # type: ignore[attr-defined]
    if wanted.strip() in by_id:
        return by_id[wanted.strip()]
    found = {name for rid, name in by_id.items() if fold(wanted) in (fold(rid), fold(name))}
    if len(found) == 1:
        return found.pop()
    known = ", ".join(f"{rid} ({name})" for rid, name in sorted(by_id.items())) or "none"
    raise UsageError(f"--region {wanted!r} is not a region of registries/sites.yml; the regions are: {known}")


def _digest_today(today: Callable[[], dt.date]) -> dt.date:
    """today(), or in words which pinned date cannot be read (SNOWBALL_TODAY first, as today() reads them)."""
    try:
        return today()
    except (ValueError, OverflowError, OSError):
        if pinned := os.environ.get("SNOWBALL_TODAY"):
            raise UsageError(f"SNOWBALL_TODAY is {pinned!r}; expected a day as YYYY-MM-DD, or unset it") from None
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        raise UsageError(
            f"SOURCE_DATE_EPOCH is {epoch!r}; expected a whole number of seconds since 1970 (1796083200 is "
            "1 Dec 2026), or unset it"
        ) from None


def _digest_show(text: str) -> None:
    """The digest on the screen or into a pipe, as UTF-8 whatever the terminal's encoding says: it is a document
    (`snowball digest > mail.html`), and an ASCII locale must not turn an en dash into a crash."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream of text only (tests capture output in memory)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _digest_write(output: str, text: str, root: Path) -> None:
    """Write the digest to -o FILE ('-' is the screen), or say in words why that place cannot hold it. A story,
    a registry or the hub's settings are never overwritten: `-o stories/x/index.md` is a slip, not a wish."""
    if output == "-":
        _digest_show(text)
        return
    path = Path(output)
    target = path.resolve()
    own = [root / STORIES_DIR, root / "registries", *(root / name for name in gitfiles.HUB_FILES)]
    if any(target == p or target.is_relative_to(p) for p in own):
        raise UsageError(
            f"-o {output}: is part of the hub (its stories, registries or settings); write the digest somewhere "
            "else, like digest.html"
        )
    try:
        path.write_text(text, encoding="utf-8")
    except IsADirectoryError:
        raise UsageError(f"-o {output}: is a folder; give a file name, like {path / 'digest.html'}") from None
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise UsageError(
                f"-o {output}: the folder {path.parent} does not exist; create it first or choose another place"
            ) from None
        raise UsageError(f"-o {output}: cannot be written there; choose a folder you can write to") from None
    except OSError as exc:
        raise UsageError(
            f"-o {output}: cannot be written ({exc.strerror or exc}); choose a folder you can write to"
        ) from None


def cmd_digest(args: argparse.Namespace) -> int:
    """snowball digest: the period's summary for a newsletter (snowball/digest.py), to stdout or -o FILE."""
    from .digest import RENDERERS, Period, hub_name_of, language_of, make_digest, site_base, site_url_of
    from .hub import today
    from .i18n import language
    from .ledger import Ledger

    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    now = _digest_today(today)
    since = _digest_day("--since", args.since, end=False)
    until = _digest_day("--until", args.until, end=True) if args.until else now
    if since > now:
        raise UsageError(
            f"--since {since.isoformat()} is after today ({language('en').date(now)}); a digest "
            "tells what a period brought, so give a start on or before today"
        )
    if until < since:
        raise UsageError(
            f"--until {until.isoformat()} is before --since {since.isoformat()}; give an end on or after the start"
        )
    output = args.output or ""
    fmt = args.format or {".html": "html", ".htm": "html", ".md": "md"}.get(Path(output).suffix.lower(), "text")
    try:
        site_url, name, language = site_url_of(root), hub_name_of(root), language_of(root)
        site_base(site_url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    hub = load_hub(root)
    ledger = Ledger(hub, [s for s in hub.stories.values() if not s.draft])
    region = _digest_region(ledger, args.region) if args.region is not None else None
    wrong = [d for d in hub.diagnostics if d.severity == "error" and not d.path.startswith(f"{STORIES_DIR}/")]
    if wrong:  # a digest from a registry that did not load would name the wrong sites, or none
        raise Failure(
            f"{wrong[0].path}{f', line {wrong[0].line}' if wrong[0].line else ''}: {wrong[0].message}; fix it first ('snowball validate' lists every problem), "
            "the digest needs the registries to name sites, practices and champions"
        )
    broken = len(hub.broken)
    if broken:
        print(
            f"snowball digest: {broken} {'story has' if broken == 1 else 'stories have'} errors and "
            "{} left out; 'snowball validate' names them".format("is" if broken == 1 else "are"),
            file=sys.stderr,
        )
    period = Period.between(since, until)
    scope = {site.id for site in ledger.regions.get(region, [])} if region else None
    drafts = sum(s.draft and s.date in period and (scope is None or s.site in scope) for s in hub.stories.values())
    if drafts:
        print(
            f"snowball digest: {drafts} {'draft in the period is' if drafts == 1 else 'drafts in the period are'} "
            "left out (drafts are not published yet)",
            file=sys.stderr,
        )
    digest = make_digest(ledger, period, hub_name=name, prepared=now, region=region)
    text = RENDERERS[fmt](digest, site_url=site_url, language=language)
    if output:
        _digest_write(output, text, root)
        if output != "-":
            print(f"snowball digest: wrote {output} ({digest.stories} stories)", file=sys.stderr)
    else:
        _digest_show(text)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """snowball export: the published ledger as CSV or JSON (snowball/export.py), to a file or the screen."""
    from .export import export
    from .ledger import Ledger

    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    hub = load_hub(root)
    left_out = len(hub.broken)
    registry_errors = sum(1 for d in hub.diagnostics if d.severity == "error" and not d.path.startswith("stories/"))
    text = export(Ledger(hub, hub.published()), args.what, args.format, bom=not args.no_bom)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise Failure(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(f"wrote {args.output}: {args.what} as {args.format.upper()}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    if left_out or registry_errors:  # nothing left out silently
        print(
            "snowball export: "
            + (f"{left_out} {'story' if left_out == 1 else 'stories'} with errors left out" if left_out else "")
            + (" and " if left_out and registry_errors else "")
            + (
                f"{registry_errors} {'error' if registry_errors == 1 else 'errors'} in the registries"
                if registry_errors
                else ""
            )
            + "; run 'snowball validate' to see them",
            file=sys.stderr,
        )
    return EXIT_OK


def version_text() -> str:
    """'snowball 0.1.0 (MkDocs 1.6.1, Material for MkDocs 9.8.2, Python 3.11.2)': what a bug report needs."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    def of(dist: str) -> str:
        try:
            return version(dist)
        except PackageNotFoundError:
            return "not installed"

    return (
        f"snowball {of('snowball-hub')} (MkDocs {of('mkdocs')}, Material for MkDocs {of('mkdocs-material')}, "
        f"Python {platform.python_version()})"
    )


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (package metadata is read from disk)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(version_text())
        parser.exit()


def cmd_completion(args: argparse.Namespace) -> int:
    """Print shtab's completion script for the whole command, with file and folder arguments marked."""
    try:
        import shtab
    except ImportError:
        raise Failure("shell completion needs the shtab package: .venv/bin/pip install shtab") from None
    parser = build_parser()
    folders, files = {"root", "into"}, {"paths", "source", "mapping", "output", "check"}
    todo = [parser]
    while todo:  # every subcommand's parser: arguments named as above complete to folders or files
        for action in todo.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())
            elif action.dest in folders:
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
            elif action.dest in files:
                action.complete = shtab.FILE  # type: ignore[attr-defined]
    sys.stdout.write(shtab.complete(parser, shell=args.shell))
    return EXIT_OK


def cmd_storyop(args: argparse.Namespace) -> int:
    """snowball mv / rm (snowball/storyops.py): find the hub, then run the command; a refusal is a usage error."""
    from .storyops import Refused

    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    try:
        return int(args.storyop(root, args))
    except Refused as exc:
        raise UsageError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snowball",
        description="Check and write Snowball success stories.",
        epilog="Exit codes: 0 no errors, 1 errors found (or warnings with --strict, or the command could not "
        "finish: the message says why), 2 the command was misused, 141 the reader of the output stopped early "
        "(as in snowball validate | head).",
    )
    parser.add_argument("--root", help="the hub's folder (default: found from the current folder)")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--debug", action="store_true", help="when Snowball fails unexpectedly, print the details (a traceback)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    v = sub.add_parser(
        "validate",
        help="check stories and registries without building the site",
        description="Check the whole hub, or only the stories given, against the story contract.",
        epilog="Examples:\n  snowball validate\n  snowball validate stories/porto-paperless-loan-files\n"
        "  snowball validate --changed-since origin/main --format github\n\n"
        "Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage problem.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("paths", nargs="*", help="story folders or files to check (default: everything)")
    v.add_argument(
        "--changed-since",
        metavar="REF",
        help="pull-request mode: check the whole hub, report every problem in the files changed since REF "
        "(a branch, tag or commit such as origin/main) and every error the change causes elsewhere, and warn "
        "about changes outside stories/",
    )
    v.add_argument(
        "--format",
        choices=("human", "github", "gitlab", "json"),
        default="human",
        help="human (default), github (pull-request annotations), gitlab (code-quality JSON), json",
    )
    v.add_argument(
        "--staged",
        action="store_true",
        help="pre-commit mode: check the stories staged for the next commit, and that every file they use "
        "(images, pictures) is staged too",
    )
    v.add_argument("--output", metavar="FILE", help="write the report to FILE (and a human summary to the screen)")
    v.add_argument("--strict", action="store_true", help="fail on warnings too")
    v.add_argument(
        "--colour",
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the human output (default: only on a terminal)",
    )
    v.set_defaults(func=cmd_validate)

    n = sub.add_parser(
        "new",
        help="create a new story folder from flags or prompts",
        description="Create stories/<slug>/index.md with valid front matter. Missing values are "
        "asked for on a terminal (with the registry's choices); in scripts give them as flags.",
    )
    n.add_argument("--title")
    n.add_argument("--summary")
    n.add_argument("--site", help="site id")
    n.add_argument("--champions", help="champion ids, comma-separated")
    n.add_argument("--practices", help="practice ids, comma-separated")
    n.add_argument("--tags", help="tag ids, comma-separated")
    n.add_argument(
        "--stage",
        choices=STAGES,
        help="; ".join(f"{name}: {meaning}" for name, meaning in STAGE_MEANINGS.items()) + " (default adopted)",
    )
    n.add_argument("--date", help="YYYY-MM-DD (default: today)")
    n.add_argument("--slug", help="folder name (default: made from the title)")
    n.add_argument("--draft", action="store_true", help="mark the story as a draft")
    n.add_argument("--tried", help="the text under 'What we tried'")
    n.add_argument("--happened", help="the text under 'What happened'")
    n.add_argument("--advice", help="the text under 'What we would tell another site'")
    n.add_argument("--obstacles", help="the text under 'What got in the way' (optional; left out when not given)")
    n.add_argument("--no-input", action="store_true", help="never prompt; fail when a required value is missing")
    n.set_defaults(func=cmd_new)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of story front matter",
        description="Print the JSON Schema generated from the story contract.",
    )
    s.add_argument(
        "--check",
        metavar="FILE",
        nargs="?",
        const="",
        help="exit 1 if FILE (default: both files in schema/) differs from the generated schema",
    )
    s.add_argument(
        "--draft-07",
        action="store_true",
        help="the draft-07 schema with the registries' ids as enums, for VS Code and other editors",
    )
    s.set_defaults(func=cmd_schema)

    m = sub.add_parser(
        "summary",
        help="print a Markdown card for each story a change touches (for a pull request's job summary)",
        description="Print each changed story's card (title, site, champions, practices, checks) and the pages "
        "it will appear on, in Markdown. Always exits 0: 'snowball validate' is the check.",
        epilog='Example:\n  snowball summary --changed-since origin/main >> "$GITHUB_STEP_SUMMARY"',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    m.add_argument("paths", nargs="*", help="story folders or files to summarise")
    m.add_argument("--changed-since", metavar="REF", help="summarise the stories changed since REF (e.g. origin/main)")
    m.set_defaults(func=cmd_summary)

    i = sub.add_parser(
        "import",
        help="bring in posts from a Hugo, Jekyll/Eleventy or Material blog site, or a CSV spreadsheet",
        description="Turn an existing site's posts into stories of a hub: fields mapped onto the story contract,\n"
        "shortcodes and template tags converted, images copied, authors, topics and tags added to the\n"
        "registries (marked '# imported: review'), former addresses kept in redirects.yml. Every change and\n"
        "every file not imported is listed in import-report.md and import-report.json in the hub.\n"
        "A folder that is not a hub yet is set up from Snowball's skeleton. Running it again writes the same files.",
        epilog="Examples:\n"
        "  snowball import hugo ../oldsite/content/posts --into ../hub\n"
        "  snowball import jekyll ../blog --into ../hub --mapping examples/import/jekyll.yml\n"
        "  snowball import material-blog ../docs-site --into . --dry-run\n"
        "  snowball import csv stories.csv --into ../hub --mapping examples/import/csv.yml\n\n"
        "Mapping files (YAML, every setting optional) choose which source field feeds which story field, map\n"
        "values (an agency to a site, a topic to a practice) and set defaults; see examples/import/.\n"
        "After writing, the import runs snowball validate's checks on the stories it wrote, repairs what it\n"
        "safely can, and lists what is left at the end as 'N stories will not validate' (file, line, text).\n"
        "Exit codes: 0 imported and every story validates (see the report), 1 the import could not finish or\n"
        "some imported stories will not validate (the last lines say which and why), 2 the command or mapping\n"
        "file was misused.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    i.add_argument("kind", choices=("hugo", "jekyll", "material-blog", "csv"), help="what SOURCE is")
    i.add_argument("source", help="the site's folder (or its content folder, or one section), or a .csv file")
    i.add_argument("--into", required=True, metavar="HUB", help="the hub to import into (created if missing)")
    i.add_argument("--mapping", metavar="FILE", help="a YAML mapping file (see examples/import/)")
    i.add_argument("--dry-run", action="store_true", help="write only the report, change nothing else")
    i.add_argument("--permalink", metavar="PATTERN", help="the old site's address pattern, e.g. /:year/:month/:slug/")
    i.add_argument("--site-root", metavar="DIR", help="the old site's folder when SOURCE is inside it (nothing "
                   "outside SOURCE, or DIR, is ever read)")  # fmt: skip
    i.set_defaults(func=cmd_import)

    g = sub.add_parser(
        "digest",
        help="write a newsletter-ready summary of a period: new stories, spread, thanks, who could adopt next",
        description="Summarise the stories published in a period (both ends included): new stories by practice,\n"
        "practices that reached new sites, champions to thank and sites that could adopt next with who to ask.\n"
        "Links are absolute to site_url in mkdocs.yml. The HTML is safe to paste into an e-mail (inline styles,\n"
        "no scripts, nothing fetched from outside); md is Markdown; text is plain text with the addresses.",
        epilog="Examples:\n"
        "  snowball digest --since 2026-10-01 --until 2026-12-31\n"
        "  snowball digest --since 2026-q3 --until 2026-q3 --format html -o digest.html\n"
        "  snowball digest --since 2026-11 --region north-coast --format md\n\n"
        "DATE is a day (2026-10-01), a month (2026-10) or a quarter (2026-q4): a month or quarter means its first\n"
        "day in --since and its last day in --until; -o - writes to the screen. Exit codes: 0 written, 1 the hub's\n"
        "registries have errors, 2 a date, a region, the output file or site_url/site_name in mkdocs.yml is not usable.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    g.add_argument("--since", required=True, metavar="DATE", help="the first day of the period")
    g.add_argument("--until", metavar="DATE", help="the last day of the period (default: today)")
    g.add_argument(
        "--region", metavar="ID", help="only the sites of one region, by id or name in any case, accents optional"
    )
    g.add_argument(
        "--format",
        choices=("html", "md", "text"),
        help="html (for e-mail), md (Markdown) or text (default: from -o's extension, else text)",
    )
    g.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    g.set_defaults(func=cmd_digest)
    x = sub.add_parser(
        "export",
        help="write the ledger (adoptions, stories, outcomes, practices, sites) as CSV or JSON for a spreadsheet",
        description="Write the hub's published stories as one table a spreadsheet or BI tool reads directly: "
        "one row per adoption (a site and a practice), story, outcome, practice or site. Drafts and stories "
        "with errors are left out (the second are named on the screen); ideas are stories, not adoptions. The "
        "built site publishes the same tables under data/ (data/adoptions.csv, data/adoptions.json, ...).",
        epilog="Examples:\n"
        "  snowball export                                    # adoptions as CSV, on the screen\n"
        "  snowball export --what stories -o stories.csv\n"
        "  snowball export --format json --what outcomes -o outcomes.json\n\n"
        "CSV: a header row, then one row per item, columns always in the same order; dates YYYY-MM-DD; several\n"
        "values in one cell are joined by '; '; UTF-8 with a byte-order mark, so Excel shows accents right\n"
        "(--no-bom for tools that dislike it). A cell starting with = + - or @ gets a leading ' so a spreadsheet\n"
        "shows it as text and never runs it as a formula (a plain signed number such as -38 % is left alone).\n"
        "JSON: an array of objects with the same keys; lists are arrays, counts numbers, missing values null.\n"
        "Outcomes are a table of their own (one row per outcome, joined to stories by 'story'), the shape a\n"
        "BI tool sums and charts.\n\nColumns, in order:\n"
        + "\n".join(f"  {table}: {', '.join(columns)}" for table, columns in TABLES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("--format", choices=FORMATS, default="csv", help="csv (default) or json")
    x.add_argument(
        "--what",
        choices=tuple(TABLES),
        default="adoptions",
        help="which table (default adoptions)",
    )
    x.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    x.add_argument("--no-bom", action="store_true", help="CSV without the byte-order mark Excel needs")
    x.set_defaults(func=cmd_export)

    c = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or tcsh)",
        description="Print a script that completes snowball's commands, options and paths in your shell.",
        epilog="Enable it (see the README):\n"
        "  bash: echo 'eval \"$(snowball completion bash)\"' >> ~/.bashrc\n"
        "  zsh:  snowball completion zsh > ~/.zfunc/_snowball   (with fpath+=(~/.zfunc) before compinit)\n"
        "  tcsh: snowball completion tcsh > ~/.snowball.csh && echo 'source ~/.snowball.csh' >> ~/.tcshrc",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    c.set_defaults(func=cmd_completion)
    from .storyops import add_commands

    add_commands(sub, cmd_storyop)  # snowball mv, snowball rm
    return parser


def _os_problem(exc: OSError) -> str:
    """'Permission denied: /hub/stories' rather than '[Errno 13] Permission denied: ...'."""
    if exc.strerror and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return exc.strerror or str(exc)


def _crash(args: argparse.Namespace, exc: Exception) -> None:
    """A bug: one plain line and a hint on the screen, the traceback in a log file (or here with --debug)."""
    import traceback

    details = "".join(traceback.format_exception(exc))
    command = args.command
    if args.debug:
        print(details, end="", file=sys.stderr)
    print(
        f"snowball {command}: Snowball failed unexpectedly ({type(exc).__name__}: {exc}); "
        "this is a bug in Snowball, not a mistake of yours",
        file=sys.stderr,
    )
    if args.debug:
        return
    log = _write_error_log(args, details)
    where = f"the details are in {log}" if log else "the details could not be saved"
    print(
        f"  hint: {where}; please send that file to whoever looks after your hub's Snowball (the owners in "
        f".github/CODEOWNERS), or run 'snowball --debug {command} ...' to see them here",
        file=sys.stderr,
    )


def _write_error_log(args: argparse.Namespace, details: str) -> Path | None:
    """ERROR_LOG in the hub the command worked on (else the current folder, else the temporary folder);
    None when nothing can be written anywhere."""
    import tempfile

    into = Path(args.into) if getattr(args, "into", None) else None
    if into is not None and into.is_dir():
        base = into
    elif args.root:
        base = Path(args.root)
    else:
        try:
            base = find_root(Path.cwd())
        except UsageError:
            base = Path.cwd()
    for log in ((base / ERROR_LOG).resolve(), Path(tempfile.gettempdir()) / "snowball-error.log"):
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(details, encoding="utf-8")
            return log
        except OSError:
            continue
    return None


def _run(args: argparse.Namespace) -> int:
    """The command, with every way it can end turned into an exit code and at most a line and a hint."""
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"snowball {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Failure as exc:
        print(f"snowball {args.command}: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except BrokenPipeError:
        raise  # main's: the reader left, nothing more to say
    except OSError as exc:  # the machine, not the hub or Snowball: a folder it may not write, a full disk
        print(f"snowball {args.command}: {_os_problem(exc)}", file=sys.stderr)
        return EXIT_ERRORS
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001  (a bug must not look like the user's mistake: exit 1, not 2)
        _crash(args, exc)
        return EXIT_ERRORS


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. A reader that stops early (`snowball validate | head -1`) ends it quietly with 141:
    stdout (and stderr, when it shares the pipe) goes to /dev/null so Python's exit flush cannot fail again."""
    try:
        args = build_parser().parse_args(argv)
        code = _run(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at interpreter exit
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # not a real file (tests capture output in memory)
                os.dup2(devnull, stream.fileno())
        return EXIT_PIPE


if __name__ == "__main__":
    sys.exit(main())
