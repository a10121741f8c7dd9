"""The story form's data: the contract, the registries and the hub's settings as JSON for the browser.

The form on the contribution page (theme_overrides/assets/snowball-form.js) checks what a champion types
with the validator's own rules and messages. Nothing here is written twice: field kinds, limits and
requirements come from `settings.story_fields(settings)`, the patterns from the contract and the
validator; the message templates below are the validator's wording with placeholders
(tests/browser/test_form.py checks that form and validator say the same for the same input).

The page holds only what does not grow with the hub. The pickers' values come from the registries in
a separate file (form_choices, written to CHOICES_PATH), and earlier stories from the listing's index:
the form fetches each when a champion first uses the picker that needs it.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from .contract import (
    DATE_RE,
    DEFAULT_STAGE,
    IDEA,
    IMAGE_EXTENSIONS,
    NOT_REQUIRED_FOR_IDEAS,
    OUTCOME_FIELDS,
    SLUG_RE,
    STAGES,
    Field,
    body_sections,
)
from .fields import _MARKUP_RE  # the validator's own patterns: one definition of plain text
from .gate import language, tr
from .i18n import N_, SOURCE_LANGUAGE
from .model import Registries
from .settings import DEFAULT_SETTINGS, Settings, story_fields
from .slugs import browser_table
from .textcheck import SUSPECT_CLASS, SUSPECT_RE, bad_characters, char_name
from .urls import Urls, url_path
from .views.listings import INDEX_PATH

CHOICES_PATH = url_path("form-choices")  # the pickers' choices, beside the page

# The validator's messages (snowball/fields.py and snowball/hub.py), with %(placeholders)s the form fills in;
# the page gets them in the hub's language with {placeholders} (for_form), the form's own syntax.
MESSAGES: dict[str, str] = {
    "empty": N_("'%(name)s' is empty"),
    "missing": N_("required field '%(name)s' is missing"),
    "needs_one": N_("'%(name)s' needs at least one value"),
    "too_long": N_("'%(name)s' is %(n)s characters; the limit is %(max)s"),
    "markup": N_("'%(name)s' contains markup ('%(found)s')"),
    "control": N_("'%(name)s' contains %(kind)s %(char)s at character %(at)s of the value%(more)s"),
    "line_break": N_("'%(name)s' contains a line break"),
    "date_form": N_("'%(name)s: %(text)s' is not a date in the form YYYY-MM-DD"),
    "date_real": N_("'%(text)s' is not a real date (%(why)s)"),
    "future": N_("'%(text)s' is in the future (today is %(today)s)"),
    "invalid_id": N_("'%(text)s' is not a valid id"),
    "duplicate": N_("'%(text)s' is listed twice in '%(name)s'"),
    "unknown_story": N_("unknown story '%(text)s' in inspired_by"),
    "lineage_date": N_("inspired_by '%(text)s' is dated %(other)s, after this story (%(date)s)"),
    "image_alt": N_("'image_alt' is required when 'image' is given"),
    "image_place": N_("'%(text)s' must be a file directly in the story folder"),
    # The form's own: the validator reports these when it reads the file (image-type, invalid-slug).
    "image_type": N_("'%(text)s' is not a JPEG, PNG or WebP file name"),
    "slug": N_("'%(text)s' is not a valid folder name"),
    "slug_taken": N_("a story called '%(text)s' exists already"),
}

HINTS: dict[str, str] = {
    "empty": N_("give it a value"),
    "missing": N_("fill it in"),
    "too_long": N_("shorten it; details belong in the story body"),
    "markup": N_("use plain text here; formatting belongs in the body"),
    "control": N_("delete it: %(why)s"),
    "line_break": N_("write it on one line as plain text"),
    "date_form": N_("write it like 2024-03-12"),
    "date_real": N_("check the month and day"),
    "future": N_("use the date the result was reached"),
    "invalid_id": N_("lowercase letters and digits joined by single hyphens, like 'porto-harbour'"),
    "image_alt": N_("describe what the picture shows"),
    "lineage_date": N_("a story can only learn from one that came before it; check both dates"),
    "image_type": N_("name the photo you will upload, such as hero.jpg (JPEG, PNG or WebP)"),
    "slug": N_("lowercase words joined by hyphens, such as porto-paperless-loan-files"),
    "slug_taken": N_("choose another folder name"),
}


# The form script's own words (theme_overrides/assets/snowball-form.js, written t("...") there), sent to the
# page translated as the form data's labels; tests/test_i18n_gate.py checks this list against the script.
FORM_LABELS: tuple[str, ...] = (
    N_("Ready: nothing left to fix. Choose one of the buttons above."),
    N_("1 thing to fix:"),
    N_("%(n)s things to fix:"),
    N_("Open in %(forge)s’s web editor"),
    N_("Open the repository in %(forge)s"),
    N_("The editor opens with the file %(path)s filled in: save it on a new branch and open the pull request."),
    N_(
        "The editor opens with the file %(path)s named; your story is too long to pass in the address, so choose Copy to clipboard and paste the text there, then save it on a new branch and open the pull request."
    ),
    N_(
        "The editor opens with the file %(path)s named: choose Copy to clipboard and paste the text there, then save it on a new branch and open the pull request."
    ),
    N_(
        "The repository opens on the branch %(branch)s: create a new file there named %(path)s, paste the text (Copy to clipboard), save it on a new branch and open the pull request."
    ),
    N_("the hub’s repository"),
    N_(
        "Choose Download index.md, open %(repository)s in your browser, choose Add file and upload it as %(path)s (or create that file and paste the text: Copy to clipboard). If you cannot, send the file to the hub’s editors."
    ),
    N_("Choose Download index.md and add it to the hub’s repository as %(path)s, or send it to the hub’s editors."),
    N_("1 thing to fix first: see the list at the top of the form."),
    N_("%(n)s things to fix first: see the list at the top of the form."),
    N_("Loading the list…"),
    N_("The list could not be loaded (%(why)s). Choose the filter box again to retry."),
    N_("Nothing is called “%(typed)s”. Did you mean %(names)s?"),
    N_("Press Enter to pick it, or choose it in the list."),
    N_("Press Enter to pick the first, or choose one in the list."),
    N_("Picked %(name)s."),
    N_("Loading the stories…"),
    N_("The stories could not be loaded (%(why)s). Type again to retry."),
    N_("draft"),
    N_("No story dated on or before %(date)s matches “%(typed)s”: try part of a title or a site’s name."),
    N_("No story matches “%(typed)s”: try part of a title or a site’s name."),
    N_("No story matches “%(typed)s” exactly. Did you mean this one? Use the arrow keys and Enter, or tap one."),
    N_("No story matches “%(typed)s” exactly. Did you mean one of these? Use the arrow keys and Enter, or tap one."),
    N_("The first %(max)s of %(n)s stories dated on or before %(date)s: type more to narrow them."),
    N_("The first %(max)s of %(n)s stories: type more to narrow them."),
    N_("1 story dated on or before %(date)s matches."),
    N_("1 story matches."),
    N_("%(n)s stories dated on or before %(date)s match."),
    N_("%(n)s stories match."),
    N_("Use the arrow keys and Enter, or tap one."),
    N_("Added “%(title)s” (%(slug)s) to Stories that inspired yours."),
    N_("What was measured"),
    N_("Result"),
    N_("Before"),
    N_("After"),
    N_("Unit"),
    N_("Outcome %(n)s"),
    N_("Remove outcome %(n)s"),
    N_("Outcome removed."),
    N_("index.md downloaded: put it in a folder named %(slug)s inside stories/."),
    N_("Copied: paste it into the new file in the web editor."),
    N_("The text is selected below: press Ctrl+C (or Cmd+C) to copy it."),
)


def for_form(text: str) -> str:
    """A message in the hub's language with the form's {placeholders}: "'%(name)s' is empty" -> "'{name}' is empty"."""
    return re.sub(r"%\((\w+)\)s", r"{\1}", tr(text)).replace("%%", "%")


def forge_of(repo_url: str | None, forge: str = "auto") -> str | None:
    """The forge hosting repo_url: the hub's `forge` setting, or for auto github or gitlab from the host's
    name; None when there is no repository or the host does not say (an intranet's own name)."""
    if not repo_url or forge == "none":
        return None
    if forge != "auto":
        return forge
    host = (urlsplit(repo_url).hostname or "").lower()
    if "github" in host:
        return "github"
    if "gitlab" in host:
        return "gitlab"
    return None


# Each forge's page for a new file, as a template the form fills in: {path} and {content} become the story's
# path and text (URL-encoded); {repo} is repo_url and {branch} contribute_branch, filled in here.
#   fills: the page opens with the text in place; otherwise the champion pastes it (Copy to clipboard).
#   names: the page opens with the file's name and folders in place; otherwise the champion types them.
# Gitea and Forgejo take the path in `filename` (folders included) and have no parameter for the text
# (routers/web/repo/editor.go); a path in the address itself would be read as folders only. Bitbucket
# Server / Data Center has no documented address for a new file with its name: the button opens the
# repository's files on the branch, and the help says to create the file there.
FORGE_PAGES: dict[str, dict[str, Any]] = {
    "github": {
        "name": "GitHub",
        "fills": True,
        "names": True,
        "url": "{repo}/new/{branch}?filename={path}&value={content}",
    },
    "gitlab": {
        "name": "GitLab",
        "fills": True,
        "names": True,
        "url": "{repo}/-/new/{branch}?file_name={path}&content={content}",
    },
    "gitea": {"name": "Gitea", "fills": False, "names": True, "url": "{repo}/_new/{branch}/?filename={path}"},
    "bitbucket-server": {"name": "Bitbucket", "fills": False, "names": False, "url": "{repo}/browse?at={ref}"},
}


def forge_page(kind: str | None, repo_url: str | None, branch: str) -> dict[str, Any] | None:
    """The new-file page of this hub's forge for the form's button, or None (no button: download instead).

    Braces in repo_url are escaped so that only the form's own {path} and {content} remain to fill."""
    page = FORGE_PAGES.get(kind or "")
    if page is None or not repo_url:
        return None
    repo = repo_url.rstrip("/").replace("{", "%7B").replace("}", "%7D")
    if kind == "bitbucket-server":
        repo = repo.removesuffix("/browse")  # the address of a repository's files page, as often copied
    url = page["url"].replace("{repo}", repo).replace("{branch}", quote(branch, safe="/"))
    url = url.replace("{ref}", quote(f"refs/heads/{branch}", safe=""))
    return {**page, "url": url}


def _field(f: Field) -> dict[str, Any]:
    return {"name": f.name, "kind": f.kind, "required": f.required, "max_len": f.max_len, "ref": f.ref}


def _js_class(python_class: str) -> str:
    """The validator's class of invisible and control characters as a JavaScript `u`-flag character class.

    The Python class holds some characters literally and others as \\UXXXXXXXX escapes; JavaScript
    knows neither \\U nor raw controls in a pattern, so every character becomes \\u{...}."""
    out, i = [], 0
    while i < len(python_class):
        if python_class.startswith("\\U", i):
            out.append(f"\\u{{{int(python_class[i + 2 : i + 10], 16):x}}}")
            i += 10
        else:
            ch = python_class[i]
            out.append(ch if ch == "-" else f"\\u{{{ord(ch):x}}}")
            i += 1
    return "[" + "".join(out) + "]"


def _characters() -> dict[str, Any]:
    """What the validator says of each invisible or control character a form field may hold, so the
    form's message names it exactly as the validator does: {"kinds": [[kind, why]], "chars": {cp: [k, name]}}.

    Every character of the validator's class in the Basic Multilingual Plane (surrogates aside: a form
    field cannot hold half a character), and the astral noncharacters; joiners and tag characters are
    left to the validator, which allows them inside some scripts and emoji."""
    kinds: list[list[str]] = []
    chars: dict[str, list[object]] = {}
    candidates = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF]
    candidates += [chr(p * 0x10000 + low) for p in range(1, 17) for low in (0xFFFE, 0xFFFF)]
    for ch in candidates:
        if ch in "\n\r\u200c\u200d" or not (SUSPECT_RE.match(ch) or ch == "\t"):
            continue
        (bad,) = bad_characters(ch) or (None,)
        if bad is None:
            continue
        pair = [bad.kind, bad.why]
        if pair not in kinds:
            kinds.append(pair)
        chars[f"{ord(ch):x}"] = [kinds.index(pair), char_name(ch)]
    return {"kinds": kinds, "chars": chars}


PROPOSED_NOTE = N_("proposed: for ideas only")


def form_choices(registries: Registries) -> dict[str, Any]:
    """What the form's site, champion, practice and tag pickers offer, written to CHOICES_PATH.

    Not inside the page: a hub with 1,250 champions would make the page grow with its registries. The
    form loads this file when a champion first opens a picker. Rows are [id, name, detail], sorted by
    name as the pickers show them; detail is the site's region, a champion's home site, a tag's older
    spellings (accepted with a warning), or for a practice "" (PROPOSED_NOTE when it is only proposed).
    """

    def by_name(rows: list[list[Any]]) -> list[list[Any]]:
        return sorted(rows, key=lambda row: (str(row[1]).casefold(), row[0]))

    sites = registries.sites
    return {
        "v": 1,
        "site": by_name([[s.id, s.name, s.region] for s in sites.values()]),
        "champions": by_name(
            [[c.id, c.name, sites[c.site].name if c.site in sites else c.site] for c in registries.champions.values()]
        ),
        # a proposed practice is shown as such: only ideas may name it until editors accept it
        "practices": by_name(
            [[p.id, p.name, PROPOSED_NOTE if p.proposed else ""] for p in registries.practices.values()]
        ),
        "tags": by_name([[t.id, t.label, list(t.aliases)] for t in registries.tags.values()]),
    }


def choices_json(registries: Registries) -> str:
    """form_choices as the compact JSON file the build writes (a file, so no escaping for a page)."""
    return json.dumps(form_choices(registries), ensure_ascii=False, separators=(",", ":"))


def form_data(settings: Settings = DEFAULT_SETTINGS, *, repo_url: str | None = None) -> dict[str, Any]:
    """Everything the form checks against, as plain data of a fixed size: nothing here grows with the hub.

    The pickers' choices are not here (form_choices, loaded on first use), nor are the stories (the
    inspired_by picker searches the listing's stories/index.json on first use). repo_url (mkdocs.yml's)
    and the `forge` setting say where "Open in the web editor" goes; with neither there is no button.
    """
    kind = forge_of(repo_url, settings.forge)
    return {
        "fields": [_field(f) for f in story_fields(settings)],
        "outcome_fields": [_field(f) for f in OUTCOME_FIELDS],
        "patterns": {
            "slug": SLUG_RE.pattern,
            "date": DATE_RE.pattern,
            "markup": _MARKUP_RE.pattern,
            "control": _js_class(SUSPECT_CLASS),
        },
        "image_extensions": sorted(IMAGE_EXTENSIONS),
        "characters": _characters(),
        "stages": list(STAGES),
        "default_stage": DEFAULT_STAGE,  # a story that names no stage
        "idea": IDEA,  # an idea needs none of these, even where the hub requires them (contract.idea_fields)
        "not_required_for_ideas": sorted(NOT_REQUIRED_FOR_IDEAS),
        "messages": {key: for_form(text) for key, text in MESSAGES.items()},
        "hints": {key: for_form(text) for key, text in HINTS.items()},
        "body_sections": [list(s) for s in body_sections()],
        "translit": browser_table(),  # the folder name the form proposes: slugs.slugify's letters
        "labels": {text: tr(text) for text in FORM_LABELS} if language() != SOURCE_LANGUAGE else {},
        # Loaded on first use, relative to the page (so the site works from any folder): the pickers'
        # choices, and the listing's compact story index that the inspired_by picker searches.
        "urls": {
            "choices": Urls(url_path("contribute")).at(CHOICES_PATH),
            "stories": Urls(url_path("contribute")).at(INDEX_PATH),
        },
        "forge": {
            "kind": kind,
            "repo_url": repo_url,
            "branch": settings.contribute_branch,
            "page": forge_page(kind, repo_url, settings.contribute_branch),
        },
    }


def script_json(data: object) -> str:
    """JSON safe inside <script type="application/json">: no '</' can close it, no '<!--' open a comment,
    no '&' start an entity, and U+2028/U+2029 stay escaped. JSON.parse reads it back unchanged."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text
