"""`snowball new`: write a valid story folder from flags (scripts) or prompts (people)."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from .contract import DATE_RE, DEFAULT_STAGE, IDEA, SLUG_RE, STAGE_MEANINGS, body_sections, compose_body
from .diagnostics import Diagnostic, count, did_you_mean
from .formats import human, shown
from .gate import hub_language, language, tr, use_language
from .hub import STORIES_DIR, load_hub, suggest_slug, today
from .model import Registries
from .registries import load_registries
from .settings import SETTINGS_FILE, Settings, load_settings, story_fields
from .slugs import story_slug
from .textcheck import SUSPECT_RE
from .urls import source_path, story_address_taken


def _quote(text: str) -> str:
    """A JSON string, which is a valid double-quoted YAML string, with every invisible or control
    character written as a visible escape (json.dumps leaves C1 and format characters raw)."""
    return SUSPECT_RE.sub(_escape_one, json.dumps(text, ensure_ascii=False))


def _escape_one(m: re.Match[str]) -> str:
    cp = ord(m.group(0))
    return f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def render_story(values: Mapping[str, object]) -> str:
    """Front matter plus a body, with every text quoted so YAML reads it as text.

    The one format of a new story: `snowball new` writes it, and the story form on the contribution page
    (theme_overrides/assets/snowball-form.js) produces exactly the same text for the same values.
    """
    lines = [
        "---",
        f"title: {_quote(str(values['title']))}",
        f"summary: {_quote(str(values['summary']))}",
        f"date: {values['date']}",
        f"site: {values['site']}",
    ]
    for key in ("champions", "practices", "tags"):
        items = values.get(key) or []
        if items or key != "tags":
            lines.append(f"{key}: [{', '.join(items)}]")  # type: ignore[arg-type]
    lines.append(f"stage: {values.get('stage') or DEFAULT_STAGE}")
    outcomes = [o for o in values.get("outcomes") or [] if any(o.values())]  # type: ignore[union-attr]
    if outcomes:
        lines.append("outcomes:")
        for outcome in outcomes:
            keys = [k for k in ("label", "value", "before", "after", "unit") if outcome.get(k)]
            for j, key in enumerate(keys):
                lines.append(f"{'  - ' if j == 0 else '    '}{key}: {_quote(str(outcome[key]))}")
    else:
        lines.append('# outcomes:\n#   - label: "Paper used per month"\n#     value: "-38 %"')
    inspired = values.get("inspired_by") or []
    if inspired:
        lines.append(f"inspired_by: [{', '.join(inspired)}]")  # type: ignore[arg-type]
    else:
        lines.append("# inspired_by: [slug-of-an-earlier-story]")
    if values.get("image"):
        lines.append(f"image: {_quote(str(values['image']))}")
    if values.get("image_alt"):
        lines.append(f"image_alt: {_quote(str(values['image_alt']))}")
    if values.get("draft"):
        lines.append("draft: true")
    lines.append("---")
    body = values.get("body")
    return "\n".join(lines) + "\n\n" + (str(body) if body else compose_body())


def _split(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


class _NoMoreAnswers(Exception):
    """Piped answers ran out before every required value was given."""


def _ask(prompt: str, read: Callable[[str], str]) -> str:
    try:
        return read(prompt).strip()
    except (EOFError, OSError):  # piped answers ran out, or there is no input at all
        raise _NoMoreAnswers from None


def _choose(
    label: str, options: Mapping[str, str], read: Callable[[str], str], *, many: bool, optional: bool = False
) -> list[str]:
    ids = list(options)
    print("\n" + tr("%(label)s:", label=label))
    for i, ident in enumerate(ids, 1):
        print(f"  {i:>2}. {ident:<28} {options[ident]}")
    while True:
        if many:
            question = (
                tr("%(label)s (numbers or ids, comma-separated, Enter to skip): ", label=label)
                if optional
                else (tr("%(label)s (numbers or ids, comma-separated): ", label=label))
            )
        else:
            question = tr("%(label)s (a number or id): ", label=label)
        answer = _ask(question, read)
        if not answer and optional:
            return []
        picked, bad = [], []
        for token in _split(answer):
            if token.isdigit() and 1 <= int(token) <= len(ids):
                picked.append(ids[int(token) - 1])
            elif token in options:
                picked.append(token)
            else:
                bad.append(token)
        if picked and not bad and (many or len(picked) == 1):
            return picked
        for token in bad:
            hint = did_you_mean(token, ids)
            print(tr("  unknown: '%(value)s'", value=shown(token)) + (f"; {hint}" if hint else ""))
        if not bad:
            print(tr("  pick exactly one") if not many else tr("  pick at least one"))


# The flag a typist used for each story field, so a refusal names what they typed.
_FLAGS = {"title", "summary", "site", "champions", "practices", "tags", "stage", "date", "body"}
_FLAG_NAMES = {"body": "--tried, --happened, --advice or --obstacles"}


def check_in_memory(root: Path, slug: str, text: str) -> list[Diagnostic]:
    """Validate a story's text exactly as `snowball validate` would, in a scratch copy of the hub's rules.

    The scratch hub holds the registries, the settings and this one story, so nothing is written into
    the real hub until the story passes.
    """
    with tempfile.TemporaryDirectory(prefix="snowball-new-") as scratch:
        tmp = Path(scratch)
        shutil.copytree(root / "registries", tmp / "registries", symlinks=True)
        if (root / SETTINGS_FILE).is_file() and not (root / SETTINGS_FILE).is_symlink():
            shutil.copyfile(root / SETTINGS_FILE, tmp / SETTINGS_FILE)
        index = tmp / source_path("story", slug)
        index.parent.mkdir(parents=True)
        index.write_text(text, encoding="utf-8", newline="\n")
        (tmp / "mkdocs.yml").write_text(
            f"theme:\n  language: {json.dumps(language())}\n", encoding="utf-8"
        )  # same words
        hub = load_hub(tmp, only={slug})
        return [d for d in hub.diagnostics if d.path.startswith(f"{STORIES_DIR}/{slug}/")]


def _refusal(items: list[Diagnostic]) -> str:
    """The validator's errors, named by the flag (or prompt) that supplied the value."""
    lines = []
    for d in items:
        if d.severity != "error":
            continue
        name = (d.field or "").split("[", 1)[0].split(".", 1)[0]
        who = _FLAG_NAMES.get(name, f"--{name}") if name in _FLAGS else (d.field or tr("the story"))
        lines.append(f"  {shown(who)}: {shown(d.message)}")
        if d.hint:
            lines.append("      " + tr("hint: %(hint)s", hint=shown(d.hint)))
    return "\n".join(lines)


def scaffold(root: Path, args: argparse.Namespace, read: Callable[[str], str] = input) -> int:
    """Ask for (or take from flags) every value, check the story in memory, and write it only if it passes."""
    use_language(hub_language(root))  # questions and answers in theme.language of mkdocs.yml
    registries, problems = load_registries(root)
    if count(problems)[0]:
        print(human(problems), file=sys.stderr)
        print(tr("fix the registries first"), file=sys.stderr)
        return 1
    if args.date and not DATE_RE.match(args.date.strip()):
        print(
            tr(
                "snowball new: --date '%(date)s' is not a date; write it as YYYY-MM-DD, for example %(today)s",
                date=shown(args.date),
                today=today().isoformat(),
            ),
            file=sys.stderr,
        )
        return 2
    if args.slug and not SLUG_RE.match(args.slug):
        print(
            tr(
                "snowball new: '%(slug)s' is not a valid slug; try '%(suggestion)s'",
                slug=shown(args.slug),
                suggestion=suggest_slug(args.slug),
            ),
            file=sys.stderr,
        )
        return 2
    # Piped answers work like typed ones: prompts are asked whenever --no-input is not given.
    interactive = not args.no_input
    values: dict[str, object] = {
        "title": args.title,
        "summary": args.summary,
        "site": args.site,
        "champions": _split(args.champions),
        "practices": _split(args.practices),
        "tags": _split(args.tags),
        "stage": args.stage,
        "date": (args.date or "").strip() or today().isoformat(),
        "draft": args.draft,
        "sections": [args.tried or "", args.happened or "", args.advice or "", getattr(args, "obstacles", None) or ""],
    }
    if interactive:
        with contextlib.suppress(_NoMoreAnswers):  # the answers ran out: what is missing is reported below
            _prompt(values, registries, read, load_settings(root)[0])
    missing = [k for k in ("title", "summary", "site", "champions", "practices") if not values[k]]
    if missing:
        print(
            tr(
                "snowball new: missing %(flags)s (give them as flags or answers)",
                flags=", ".join(f"--{m}" for m in missing),
            ),
            file=sys.stderr,
        )
        return 2
    slug = args.slug or story_slug(str(values["title"]))  # "Page" becomes page-story: stories/page/ is taken
    if SLUG_RE.match(slug) and (taken := story_address_taken(slug)) is not None:
        print(
            tr(
                "snowball new: '%(slug)s' cannot be a story's folder name: its address is %(taken)s",
                slug=slug,
                taken=taken,
            ),
            file=sys.stderr,
        )
        return 2
    if not SLUG_RE.match(slug):
        print(
            tr(
                "snowball new: '%(slug)s' is not a valid slug; try '%(suggestion)s'",
                slug=shown(slug),
                suggestion=suggest_slug(slug),
            ),
            file=sys.stderr,
        )
        return 2
    folder = root / STORIES_DIR / slug
    if folder.exists() or folder.is_symlink():
        print(
            tr(
                "snowball new: %(STORIES_DIR)s/%(slug)s already exists; choose another --slug",
                STORIES_DIR=STORIES_DIR,
                slug=slug,
            ),
            file=sys.stderr,
        )
        return 2
    values["body"] = compose_body(values["sections"])  # type: ignore[arg-type]
    text = render_story(values)
    found = check_in_memory(root, slug, text)
    if count(found)[0]:
        print(tr("snowball new: nothing was written; fix these and run it again:"))
        print(_refusal(found))
        return 1
    folder.mkdir(parents=True)
    (root / source_path("story", slug)).write_text(text, encoding="utf-8", newline="\n")
    print(tr("created %(STORIES_DIR)s/%(slug)s/index.md", STORIES_DIR=STORIES_DIR, slug=slug))
    print(human(found, checked=1))
    if values["stage"] == IDEA:  # an idea has nothing measured yet
        nxt = tr("next: write the story under the headings, then run: snowball validate %(STORIES_DIR)s/%(slug)s",
                 STORIES_DIR=STORIES_DIR, slug=slug)  # fmt: skip
    else:
        nxt = tr(
            "next: write the story under the headings, add outcomes, then run: snowball validate %(STORIES_DIR)s/%(slug)s",
            STORIES_DIR=STORIES_DIR,
            slug=slug,
        )
    print(nxt)
    return 0


def _prompt(values: dict[str, object], registries: Registries, read: Callable[[str], str], settings: Settings) -> None:
    """Ask for what the flags did not give, in the order of the form; optional tags only in a questionnaire."""
    limits = {f.name: f.max_len for f in story_fields(settings)}
    asked = False
    while not values["title"]:
        asked = True
        values["title"] = _ask(tr("Title (plain text, up to %(n)s characters): ", n=limits["title"]), read)
    while not values["summary"]:
        asked = True
        values["summary"] = _ask(
            tr(
                "Summary (one or two sentences, up to %(n)s characters): ",
                n=limits["summary"],
            ),
            read,
        )
    if not values["site"]:
        asked = True
        values["site"] = _choose(tr("Site"), {k: s.name for k, s in registries.sites.items()}, read, many=False)[0]
    if not values["champions"]:
        asked = True
        values["champions"] = _choose(
            tr("Champions"), {k: f"{c.name} ({c.site})" for k, c in registries.champions.items()}, read, many=True
        )
    if not values["practices"]:
        asked = True
        values["practices"] = _choose(
            tr("Practices"), {k: p.name for k, p in registries.practices.items()}, read, many=True
        )
    if not values["tags"] and (asked or sys.stdin.isatty()):  # a script that gave every flag is not asked
        values["tags"] = _choose(
            tr("Tags"), {k: t.label for k, t in registries.tags.items()}, read, many=True, optional=True
        )
    sections: list[str] = values["sections"]  # type: ignore[assignment]
    if not any(sections):  # the story itself: at least one section in the champion's words
        print(tr("\nThe story, in a few sentences each (Enter to skip one; you can edit the file afterwards):"))
        for i, (heading, prompt, _optional) in enumerate(body_sections()):
            sections[i] = _ask(f"{heading} ({prompt}): ", read)
    if not values["stage"] and (asked or sys.stdin.isatty()):  # last, so piped answers keep their order
        meanings = {stage: tr(meaning) for stage, meaning in STAGE_MEANINGS.items()}
        label = tr("Stage (Enter for %(default)s)", default=DEFAULT_STAGE)
        picked = _choose(label, meanings, read, many=False, optional=True)
        values["stage"] = picked[0] if picked else None
