"""The `snowball` command: validate stories, scaffold a new one, print the front-matter schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import formats, gitfiles
from .contract import REGISTRY_FILES, STAGES
from .diagnostics import Diagnostic, count
from .gitfiles import story_of as _story_of
from .hub import STORIES_DIR, load_hub

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called: exit 2 with the message."""


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
                    f"this change edits the registry {f}",
                    None,
                    "registry changes need an editor's review",
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
                    f"this change touches {f}, outside stories/",
                    None,
                    "configuration, hooks, templates, scripts and workflows run as code in CI: "
                    "they need a maintainer's review",
                )
            )
    return out


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
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
        Path(args.output).write_text(text + "\n", encoding="utf-8")
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
    try:
        report = run_import(args.kind, source.resolve(), into.resolve(), mapping, dry_run=args.dry_run)
    except OSError as exc:
        raise UsageError(f"cannot write the hub: {exc}") from None
    except Exception as exc:  # a registry the hub cannot parse, a missing skeleton: one line, no traceback
        raise UsageError(str(exc)) from None
    verb = "would import" if args.dry_run else "imported"
    print(
        f"snowball import: {verb} {len(report.imported)} stories from {args.source}; "
        f"{len(report.not_imported)} files not imported"
    )
    for note in report.notes:
        print(f"  - {note}")
    print(f"  report: {into / 'import-report.md'} (and import-report.json)")
    if not args.dry_run:
        print(f"  next: cd {into} && snowball validate && mkdocs build --strict")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snowball",
        description="Check and write Snowball success stories.",
        epilog="Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 the command was misused.",
    )
    parser.add_argument("--root", help="the hub's folder (default: found from the current folder)")
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
    n.add_argument("--stage", choices=STAGES)
    n.add_argument("--date", help="YYYY-MM-DD (default: today)")
    n.add_argument("--slug", help="folder name (default: made from the title)")
    n.add_argument("--draft", action="store_true", help="mark the story as a draft")
    n.add_argument("--tried", help="the text under 'What we tried'")
    n.add_argument("--happened", help="the text under 'What happened'")
    n.add_argument("--advice", help="the text under 'What we would tell another site'")
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
        "Exit codes: 0 imported (see the report), 2 the command or mapping file was misused.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    i.add_argument("kind", choices=("hugo", "jekyll", "material-blog", "csv"), help="what SOURCE is")
    i.add_argument("source", help="the site's folder (or its content folder, or one section), or a .csv file")
    i.add_argument("--into", required=True, metavar="HUB", help="the hub to import into (created if missing)")
    i.add_argument("--mapping", metavar="FILE", help="a YAML mapping file (see examples/import/)")
    i.add_argument("--dry-run", action="store_true", help="write only the report, change nothing else")
    i.set_defaults(func=cmd_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"snowball {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
