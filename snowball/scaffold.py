"""`snowball new`: write a valid story folder from flags (scripts) or prompts (people)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from .contract import SLUG_RE
from .diagnostics import count, did_you_mean
from .formats import human
from .hub import STORIES_DIR, load_hub, suggest_slug, today
from .registries import load_registries

BODY_TEMPLATE = """\
## What we tried

Describe the practice as you ran it at your site: who was involved, how long it took, what it cost.

## What happened

The results, with numbers where you have them. What surprised you? What went wrong?

## What we would tell another site

The two or three things you wish you had known before starting.
"""


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML string


def render_story(values: Mapping[str, object]) -> str:
    """Front matter plus a body template, with every text quoted so YAML reads it as text."""
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
    lines.append(f"stage: {values.get('stage') or 'adopted'}")
    lines.append('# outcomes:\n#   - label: "Paper used per month"\n#     value: "-38 %"')
    lines.append("# inspired_by: [slug-of-an-earlier-story]")
    if values.get("draft"):
        lines.append("draft: true")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + BODY_TEMPLATE


def _split(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def _ask(prompt: str, read: Callable[[str], str]) -> str:
    return read(prompt).strip()


def _choose(
    label: str, options: Mapping[str, str], read: Callable[[str], str], *, many: bool, optional: bool = False
) -> list[str]:
    ids = list(options)
    print(f"\n{label}:")
    for i, ident in enumerate(ids, 1):
        print(f"  {i:>2}. {ident:<28} {options[ident]}")
    while True:
        how = "numbers or ids, comma-separated" if many else "a number or id"
        answer = _ask(f"{label} ({how}{', Enter to skip' if optional else ''}): ", read)
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
            print(f"  unknown: '{token}'" + (f"; {did_you_mean(token, ids)}" if did_you_mean(token, ids) else ""))
        if not bad:
            print("  pick exactly one" if not many else "  pick at least one")


def scaffold(root: Path, args: argparse.Namespace, read: Callable[[str], str] = input) -> int:
    registries, problems = load_registries(root)
    if count(problems)[0]:
        print(human(problems), file=sys.stderr)
        print("fix the registries first", file=sys.stderr)
        return 1
    interactive = not args.no_input and sys.stdin.isatty()
    values: dict[str, object] = {
        "title": args.title,
        "summary": args.summary,
        "site": args.site,
        "champions": _split(args.champions),
        "practices": _split(args.practices),
        "tags": _split(args.tags),
        "stage": args.stage,
        "date": args.date or today().isoformat(),
        "draft": args.draft,
    }
    if interactive:
        while not values["title"]:
            values["title"] = _ask("Title (plain text, up to 120 characters): ", read)
        while not values["summary"]:
            values["summary"] = _ask("Summary (one or two sentences, up to 300 characters): ", read)
        if not values["site"]:
            values["site"] = _choose("Site", {k: s.name for k, s in registries.sites.items()}, read, many=False)[0]
        if not values["champions"]:
            values["champions"] = _choose(
                "Champions", {k: f"{c.name} ({c.site})" for k, c in registries.champions.items()}, read, many=True
            )
        if not values["practices"]:
            values["practices"] = _choose(
                "Practices", {k: p.name for k, p in registries.practices.items()}, read, many=True
            )
        if not values["tags"]:
            values["tags"] = _choose(
                "Tags", {k: t.label for k, t in registries.tags.items()}, read, many=True, optional=True
            )
    missing = [k for k in ("title", "summary", "site", "champions", "practices") if not values[k]]
    if missing:
        print(
            "snowball new: missing " + ", ".join(f"--{m}" for m in missing) + " (or run it on a terminal to be asked)",
            file=sys.stderr,
        )
        return 2
    slug = args.slug or suggest_slug(str(values["title"]))[:60].strip("-")
    if not SLUG_RE.match(slug):
        print(f"snowball new: '{slug}' is not a valid slug; try '{suggest_slug(slug)}'", file=sys.stderr)
        return 2
    folder = root / STORIES_DIR / slug
    if folder.exists():
        print(f"snowball new: {folder.relative_to(root)} already exists; choose another --slug", file=sys.stderr)
        return 2
    folder.mkdir(parents=True)
    (folder / "index.md").write_text(render_story(values), encoding="utf-8", newline="\n")
    print(f"created {STORIES_DIR}/{slug}/index.md")
    hub = load_hub(root, only={slug})
    mine = [d for d in hub.diagnostics if d.path.startswith(f"{STORIES_DIR}/{slug}/")]
    print(human(mine, checked=1))
    print(f"next: write the story under the headings, add outcomes, then run: snowball validate {STORIES_DIR}/{slug}")
    return 1 if count(mine)[0] else 0
