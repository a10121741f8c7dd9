"""What the adapter places for each planned output, as plain values: the metadata the theme reads,
the page's HTML, its share image and edit link, and the titles mkdocs.yml's nav gives.

Each MkDocs event in hooks/snowball_site.py is a lookup in the plan; what it looks up is here, so
the adapter holds no page logic of its own and none of this needs MkDocs to be tested.
"""

from __future__ import annotations

import html
import posixpath
from typing import Any

from ..model import Hub
from ..plan import Output, hero
from ..sanitize import clean_html
from ..site import SitePlan
from ..urls import Target, source_path, story_file, url_path
from ..views import error_panel, unshown_banner
from ..views.listings import INDEX_PATH


def share_image(planned: SitePlan, o: Output) -> str | None:
    """Site-root-relative path of a story's largest hero rendition, for og:image; None elsewhere."""
    renditions = planned.heroes.get(o.source.slug) if o.kind == "story" else None
    return story_file(o.source.slug, renditions[-1][0]) if renditions else None


def page_meta(planned: SitePlan, o: Output, *, allow_indexing: bool) -> dict[str, Any]:
    """A page's metadata, as the theme reads it. MkDocs' Jinja does not autoescape and Material prints
    title and description raw into <title> and <meta>: they are escaped here."""
    feeds = [("All stories", url_path("feed-all")), *getattr(o.source, "feeds", ())]
    return {
        "title": html.escape(o.title),
        "description": html.escape(o.description),
        "search": {"exclude": True},  # Material's plugin parses nothing; the adapter writes our index
        "snowball_feeds": [(html.escape(t), p) for t, p in feeds],
        "snowball_draft": o.kind == "story" and o.source.draft,
        "snowball_image": share_image(planned, o),  # the page's picture for link previews (og:image)
        "snowball_noindex": not allow_indexing,
        "hide": ["navigation"],  # the tabs are the navigation; the sidebar would repeat one link
    }


def not_found_links() -> dict[str, str]:
    """What the 404 page (theme_overrides/404.html) links to, site-root-relative. The page is served at any
    missing address, so the theme makes these absolute from site_url's path (MkDocs' base_url for it).
    index: the story index its script reads to suggest stories with an address like the one typed."""
    return {
        "stories": url_path("stories"),
        "sites": url_path("sites"),
        "contribute": url_path("contribute"),
        "index": INDEX_PATH,
    }


def edit_url(o: Output, repo_url: str | None, edit_uri: str | None) -> str | None:
    """A story's "edit this page" link (edit_uri is relative to stories/); None for generated pages."""
    if o.kind != "story" or not (repo_url and edit_uri):
        return None
    return posixpath.join(repo_url.rstrip("/"), edit_uri.strip("/"), f"{o.source.slug}/index.md")


def story_html(planned: SitePlan, o: Output, converted: str) -> str:
    """A story page's content from its converted Markdown, which is sanitised here."""
    return planned.pages.story(o.source, clean_html(converted), hero(o.source, planned.heroes.get(o.source.slug)))


def generated_html(planned: SitePlan, o: Output, rendered: str, *, preview: bool) -> str:
    """A generated page's content; the preview's home page also shows what is wrong in the registries."""
    problems = planned.registry_errors
    shown = preview and problems and o.path == source_path("home")
    return (error_panel("registries/", problems, planned.pages.lang.code) if shown else "") + rendered


def with_banner(planned: SitePlan, o: Output, content: str) -> str:
    """Any page of the preview, led by the banner naming the stories it cannot show (when there are any)."""
    return unshown_banner(Target.of(o.path).link, planned.unshown, planned.pages.lang.code) + content


def rejected_html(hub: Hub, o: Output, lang: str = "en") -> str:
    """The preview's page for a story that cannot be shown: the validator's messages."""
    return error_panel(source_path("story", o.source), hub.broken[o.source], lang)


def crashed_html(o: Output, lang: str = "en") -> str:
    """What a page shows when rendering it failed (the log says why)."""
    return error_panel(o.path, [], lang)


def refusal(errors: int) -> str:
    """Why a build published nothing, and what to do."""
    hint = "run `snowball validate` to see the same list; fix the stories it names and build again"
    return f"Aborted: {errors} error(s) in the stories or registries, so nothing was published. Hint: {hint}."


def crash_text(doing: str, exc: BaseException) -> str:
    """One line for any unexpected failure, never a traceback."""
    return f"Snowball failed while {doing}: {type(exc).__name__}: {str(exc)[:300]}"


def nav_titles(nav: list[Any]) -> dict[str, str]:
    """Titles mkdocs.yml's nav gives to pages, by path."""
    titles, items = {}, list(nav)
    while items:
        item = items.pop()
        for title, value in item.items() if isinstance(item, dict) else ():
            (items.extend(value) if isinstance(value, list) else titles.setdefault(value, title))
    return titles
