"""A pull request's story cards, in Markdown: what reviewers read in the job summary before they open a file.

For each story a change touches it shows the card (title, site, champions, practices), whether the checks
pass, and the pages the story will appear on once merged; then stories removed and files changed outside
stories/, which need another reviewer. Pure function of the repository and a list of changed paths.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .contract import REGISTRY_FILES
from .diagnostics import Diagnostic, count
from .hub import STORIES_DIR, load_hub
from .model import Hub, Story
from .urls import source_path, url_path

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def _text(value: object) -> str:
    """Champion-written text as inert Markdown: no links, HTML, tables or emphasis sneak into the summary."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _story_of(rel: str) -> str | None:
    parts = rel.split("/")
    return parts[1] if len(parts) >= 2 and parts[0] == STORIES_DIR and parts[1] else None


def _name(table: dict[str, object], ident: str, attr: str = "name") -> str:
    entry = table.get(ident)
    return f"{_text(getattr(entry, attr))} (`{ident}`)" if entry is not None else f"`{ident}`"


def _problem(d: Diagnostic) -> str:
    where = f"line {d.line}" if d.line else d.path
    hint = f"; hint: {_text(d.hint)}" if d.hint else ""
    return f"- {d.severity} at {where}: {_text(d.message)}{hint} (`{d.code}`)"


def _problems(items: Sequence[Diagnostic]) -> list[str]:
    """Every problem: the job summary is where those GitHub does not annotate (beyond 10) are read."""
    return [_problem(d) for d in items]


def _checks(items: Sequence[Diagnostic]) -> str:
    errors, warnings = count(items)
    if not errors and not warnings:
        return "no problems"
    parts = [f"{n} {word}{'s' * (n != 1)}" for n, word in ((errors, "error"), (warnings, "warning")) if n]
    return ", ".join(parts) + " (annotated in *Files changed*)"


def _label(table: dict[str, object], ident: str, attr: str = "name") -> str:
    entry = table.get(ident)
    return _text(getattr(entry, attr)) if entry is not None else ident


def _appears_on(hub: Hub, story: Story) -> list[str]:
    pages = [
        ("Its own page", url_path("story", story.slug)),
        ("All stories", url_path("stories")),
        (f"Site: {_label(hub.sites, story.site)}", url_path("site", story.site)),
    ]
    pages += [(f"Practice: {_label(hub.practices, p)}", url_path("practice", p)) for p in story.practices]
    pages += [(f"Tag: {_label(hub.tags, t, 'label')}", url_path("tag", t)) for t in story.tags]
    pages += [(f"Champion: {_label(hub.champions, c)}", url_path("champion", c)) for c in story.champions]
    return [f"- {label} (`/{path}`)" for label, path in pages]


def _story_card(hub: Hub, story: Story, items: Sequence[Diagnostic]) -> list[str]:
    rel = source_path("story", story.slug)
    mark = "📝" if story.draft else ("⚠️" if items else "✅")
    out = [
        f"### {mark} {_text(story.title)}" + (" (draft)" if story.draft else ""),
        "",
        f"> {_text(story.summary)}",
        "",
    ]
    rows = [
        ("File", f"`{rel}`"),
        ("Site", _name(hub.sites, story.site)),
        ("Champions", ", ".join(_name(hub.champions, c) for c in story.champions)),
        ("Practices", ", ".join(_name(hub.practices, p) for p in story.practices)),
        ("Tags", ", ".join(_name(hub.tags, t, "label") for t in story.tags) or "none"),
        ("Stage", f"{story.stage}, {story.date.isoformat()}"),
        ("Outcomes", "; ".join(f"{_text(o.label)}: {_text(o.value)}" for o in story.outcomes) or "none"),
        ("Checks", _checks(items)),
    ]
    out += ["| | |", "|---|---|", *(f"| {label} | {value} |" for label, value in rows), ""]
    if items:
        out += [*_problems(items), ""]
    if story.draft:
        out += [
            "A draft shows in the preview (`make serve`) but is not published: it will appear on no page "
            "until `draft: true` is removed.",
            "",
        ]
    else:
        out += [
            "Once merged it will appear on these pages (addresses from the site's root):",
            "",
            *_appears_on(hub, story),
            "",
        ]
    return out


def _broken_card(slug: str, items: Sequence[Diagnostic]) -> list[str]:
    errors, _warnings = count(items)
    return [
        f"### ❌ `{STORIES_DIR}/{slug}/`: not ready yet",
        "",
        f"{errors} error{'s' * (errors != 1)} to fix before this story can be published (each is annotated on "
        "its line in *Files changed*):",
        "",
        *_problems(items),
        "",
    ]


def _other_file(rel: str) -> str:
    if rel in REGISTRY_FILES.values():
        return f"- `{rel}`: a registry; needs an editor's review"
    return f"- `{rel}`: outside stories/; needs a maintainer's review"


def summary_markdown(root: Path, files: Sequence[str], *, base: str | None = None) -> str:
    """The Markdown summary of a change that touches files (repository-relative paths)."""
    root = root.resolve()
    touched = sorted({s for f in files if (s := _story_of(f))})
    present = [s for s in touched if (root / STORIES_DIR / s).is_dir()]
    removed = [s for s in touched if s not in present]
    others = sorted({f for f in files if not _story_of(f)})
    against = f" (compared with `{base}`)" if base else ""

    out = ["## Snowball: stories in this change", ""]
    if not touched:
        out += [f"This change touches no story{against}.", ""]
    else:
        n = len(touched)
        out += [f"{n} {'story' if n == 1 else 'stories'} changed{against}.", ""]
    hub = load_hub(root)  # the whole hub, as `snowball validate --changed-since` checks it
    if present:
        for slug in present:
            items = [d for d in hub.diagnostics if _story_of(d.path) == slug]
            if slug in hub.stories:
                out += _story_card(hub, hub.stories[slug], items)
            else:
                out += _broken_card(slug, items)
    if removed:
        out += [
            "### Removed stories",
            "",
            *(f"- `{STORIES_DIR}/{s}/`: its page and listings go when this is merged" for s in removed),
            "",
        ]
    if others:
        out += ["### Other files", "", *(_other_file(f) for f in others), ""]
    changed = set(files)
    elsewhere = [
        d
        for d in hub.diagnostics
        if d.severity == "error" and d.path not in changed and _story_of(d.path) not in set(touched)
    ]
    if elsewhere:
        n = len(elsewhere)
        out += [
            f"### ❌ {n} error{'s' * (n != 1)} in files this change did not touch",
            "",
            "The base branch passes, so this change caused them: a story renamed or removed while another "
            "still names it, or a registry entry changed that stories use. They fail the check too.",
            "",
            *(f"- `{_text(d.path)}` " + _problem(d)[2:] for d in sorted(elsewhere)),
            "",
        ]
    errors, warnings = count(
        [d for d in hub.diagnostics if d.severity == "error" or d.path in changed or _story_of(d.path) in touched]
    )
    out += [f"**Checks:** {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in all.", ""]
    return "\n".join(out)
