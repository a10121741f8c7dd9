"""Former addresses that keep working: redirects.yml at the hub root, and the tiny pages that redirect.

    - from: 2019/03/26/a-year-in-the-life/     # a path on this site, as the old site had it
      to: a-year-in-the-life                   # a story folder under stories/

`snowball import` writes the file, `snowball mv` adds a renamed story's former address
(`stories/old-slug/`); editors may add entries by hand. load_redirects() checks it
(every mistake a located diagnostic: a target story that does not exist, an address that
the site itself uses, the same address twice); the build writes redirect_html() at each
'from' path: one line of script that keeps the old address's #fragment, and a meta refresh, a canonical
link and a plain link for a browser without script.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .contract import SLUG_RE
from .diagnostics import Diagnostic, Report
from .gate import tr
from .i18n import SOURCE_LANGUAGE, language
from .reader import is_draft, read_registry_file
from .urls import Target, Urls, address_parts, ident_at, owner, source_path, story_address_taken
from .yamlread import Map, Scalar, Seq

REDIRECTS_FILE = "redirects.yml"
_PATH_RE = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=:@%/-]+$")


@dataclass(frozen=True)
class Redirect:
    source: str  # the former path, relative to the site root, e.g. '2019/03/26/a-story/'
    target: str  # the story slug
    line: int

    @property
    def output_path(self) -> str:
        """Where the redirect page is written in the built site."""
        return Target.at(self.source).built

    def target_url(self) -> str:
        """The story's address relative to the redirect page (works from any folder or server)."""
        return Urls(self.source).to("story", self.target)


def read_redirect_entries(root: Path) -> list[dict[str, str]]:
    """The raw entries, leniently (for tools that merge the file); unreadable files give []."""
    path = root / REDIRECTS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    if not isinstance(data, list):
        return []
    return [
        {"from": str(e["from"]), "to": str(e["to"])}
        for e in data
        if isinstance(e, dict) and isinstance(e.get("from"), str) and isinstance(e.get("to"), str)
    ]


def _diag(line: int, message: str, hint: str, field: str | None = None) -> Diagnostic:
    return Diagnostic(REDIRECTS_FILE, line, 0, "error", "redirect", message, field, hint)


def load_redirects(root: Path) -> tuple[list[Redirect], list[Diagnostic]]:
    """Read and check redirects.yml; a hub without one has no redirects and no problems.

    Read with the same strict YAML reader as every other hub file (a key given twice is an error, not
    the last one silently kept). A redirect may not take an address the built site writes itself
    (urls.owner: pages, feeds, the theme's files, a story), nor one another redirect's page clashes
    with: either would make the build fail when it writes the page, or hide a real page.
    """
    path = root / REDIRECTS_FILE
    if not path.exists() and not path.is_symlink():
        return [], []
    if path.is_symlink() or not path.is_file():
        return [], [
            _diag(
                0,
                tr("%(REDIRECTS_FILE)s is not a plain file", REDIRECTS_FILE=REDIRECTS_FILE),
                tr("commit the real file; links are never followed"),
            )
        ]
    report = Report(REDIRECTS_FILE)
    node = read_registry_file(path, report)
    if node is None:
        return [], report.items
    if not isinstance(node, Seq):
        if isinstance(node, Scalar) and node.plain and node.text.strip() in ("", "null", "~"):
            return [], []
        return [], [_diag(node.line, tr("%(REDIRECTS_FILE)s must be a list of entries", REDIRECTS_FILE=REDIRECTS_FILE), tr("write each as '- from: old/path/' "
                          "with 'to: story-slug' under it"))]  # fmt: skip
    stories = root / "stories"
    found: list[Redirect] = []
    problems: list[Diagnostic] = report.items
    files: dict[str, int] = {}  # written page (normalised) -> line of its redirect
    folders: dict[str, int] = {}  # every folder those pages sit in -> line
    for item in node.items:
        line = item.line
        values = (
            {k: e.value.text for k, e in item.entries.items() if isinstance(e.value, Scalar)}
            if isinstance(item, Map)
            else {}
        )
        old, target = values.get("from"), values.get("to")
        if not old or not target:
            problems.append(_diag(line, tr("each redirect needs 'from' and 'to'"), tr("write '- from: old/path/' and "
                                  "'  to: story-slug'")))  # fmt: skip
            continue
        source = old.strip().lstrip("/")
        parts = address_parts(source)
        former = is_former_story_address(source, stories)  # a renamed or removed story's (snowball mv, rm)
        taken = owner(source) if not former and ".." not in parts and (not source or _PATH_RE.match(source)) else None
        if taken is not None:
            problems.append(_diag(line, tr("'%(old)s' is an address the site itself uses: %(taken)s", old=old, taken=taken),
                                  tr("remove this redirect; it would hide that page or stop the build"), "from"))  # fmt: skip
            continue
        if not source or ".." in parts or not _PATH_RE.match(source) or "//" in source:
            problems.append(_diag(line, tr("'%(old)s' is not a path on this site", old=old), tr("write the old address without the "
                                  "host, like 2019/03/26/my-story/"), "from"))  # fmt: skip
            continue
        if not SLUG_RE.match(target) or not (root / source_path("story", target)).is_file():
            problems.append(_diag(line, tr("the story '%(target)s' does not exist", target=target), tr("use the folder name of a story "
                                  "under stories/"), "to"))  # fmt: skip
            continue
        if is_draft(root / source_path("story", target)):
            problems.append(_diag(line, tr("the story '%(target)s' is a draft, so it is not published", target=target),
                                  tr("remove this redirect until the story is published"), "to"))  # fmt: skip
            continue
        redirect = Redirect(source, target, line)
        page = "/".join(address_parts(redirect.output_path))
        if page in files:
            problems.append(_diag(line, tr("'%(old)s' is redirected twice (first on line %(files_page)s)", old=old, files_page=files[page]),
                                  tr("keep one of them"), "from"))  # fmt: skip
            continue
        inside = ["/".join(page.split("/")[:i]) for i in range(1, page.count("/") + 1)]
        clash = folders.get(page) or next((files[f] for f in inside if f in files), None)
        if clash is not None:
            problems.append(_diag(line, tr("'%(old)s' and the redirect on line %(clash)s need the same name for a page and a folder", old=old, clash=clash), tr("end both old addresses with '/' (or remove one)"), "from"))  # fmt: skip
            continue
        files[page] = line
        folders.update({f: line for f in inside if f not in folders})
        found.append(redirect)
    return found, problems


def is_former_story_address(source: str, stories: Path) -> bool:
    """stories/<slug>/ when no story folder has that name: the address of a story that was renamed or removed.

    Any other path under stories/ belongs to the hub's own pages (a story, the listing's page/2/).
    """
    slug = ident_at("story", source)
    return (
        slug is not None
        and SLUG_RE.match(slug) is not None
        and story_address_taken(slug) is None
        and not os.path.lexists(stories / slug)
    )


def redirect_html(target_url: str, lang: str = SOURCE_LANGUAGE) -> str:
    """A redirect page in the hub's language: one line of script that carries the old address's #fragment
    along (a link to old/#results lands on the story's #results), then a meta refresh, a canonical link and a
    plain link for a browser without script (which lands at the story's top). Not indexed."""
    url = html.escape(target_url, quote=True)
    script = json.dumps(target_url).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    _ = language(lang).gettext
    moved = html.escape(_("This page has moved"))
    link = f'<a href="{url}">{url}</a>'
    sentence = html.escape(_("This page has moved to %(address)s.", address="@@")).replace("@@", link)
    return (
        "<!doctype html>\n"
        f'<html lang="{html.escape(lang.replace("_", "-"), quote=True)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{moved}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{url}">\n'
        f"<script>location.replace({script} + location.hash)</script>\n"
        f'<meta http-equiv="refresh" content="0; url={url}">\n'
        "</head>\n<body>\n"
        f"<p>{sentence}</p>\n"
        "</body>\n</html>\n"
    )


def redirect_pages(redirects: list[Redirect], lang: str = SOURCE_LANGUAGE) -> dict[str, str]:
    """Built-site path -> page, for every redirect: what the build writes after the site (on_post_build)."""
    return {r.output_path: redirect_html(r.target_url(), lang) for r in redirects}
