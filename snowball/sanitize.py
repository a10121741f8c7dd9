"""The allow-list for story HTML: keeps Material's markup, drops anything that can run, load or clash.

One definition serves two sides: `clean_html` (the build's sanitiser, nh3) and `judge_tag` /
`judge_attribute` (the validator, which warns about everything the build would drop, with
its line). Change the lists here and both follow.
"""

from __future__ import annotations

import html
import re

import nh3

from .reserved import is_reserved

# Tags that can run script, load something or take over the page: an error in the validator.
FORBIDDEN_TAGS = frozenset(
    {
        "script",
        "iframe",
        "object",
        "embed",
        "form",
        "style",
        "frame",
        "frameset",
        "applet",
        "base",
        "link",
        "meta",
        "svg",
        "math",
        "input",
        "button",
        "textarea",
        "select",
        "noscript",
        "template",
        "portal",
        "fencedframe",
    }
)
ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "audio",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "source",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "track",
        "u",
        "ul",
        "video",
    }
)
MEDIA_TAGS = frozenset({"audio", "video", "source", "track"})
# nh3's defaults strip class and id, which would break admonitions, code highlighting and permalinks.
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"class", "id", "title", "lang", "dir"}),
    "a": frozenset({"href", "name"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "audio": frozenset({"src", "loop", "muted", "preload"}),
    "video": frozenset({"src", "loop", "muted", "preload", "poster", "width", "height", "playsinline"}),
    "source": frozenset({"src", "type"}),
    "track": frozenset({"src", "kind", "srclang", "label", "default"}),
    "td": frozenset({"align", "colspan", "rowspan"}),
    "th": frozenset({"align", "colspan", "rowspan", "scope"}),
    "ol": frozenset({"start"}),
    "details": frozenset({"open"}),
    "abbr": frozenset({"title"}),
}
GENERIC_PREFIXES = frozenset({"aria-"})
FORCED = {"audio": {"controls": "controls"}, "video": {"controls": "controls"}}  # players always have controls
# Attributes whose URL the browser fetches by itself, without a click.
RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "background", "data", "ping", "lowsrc", "dynsrc"})
DROPPED_CLASSES = frozenset({"mermaid"})  # Material fetches Mermaid from unpkg.com for pre.mermaid
# The theme's own classes (Material's md-*, Snowball's sb-*, in theme_overrides/assets/*.css) style the page
# around the story: kept in a story, <div class="md-dialog md-dialog--active"> pins a convincing fake notice
# ("your session expired: sign in again") on every screen. Only the buttons Material documents for content are
# kept; admonitions, details, tabs and code highlighting use classes of their own (admonition, note, highlight).
THEME_CLASS_PREFIXES = ("md-", "sb-")
KEPT_THEME_CLASSES = frozenset({"md-button", "md-button--primary"})
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_NOISE_RE = re.compile(r"[\x00-\x20\x7f]+")


def normalise_url(url: str) -> str:
    """The URL as a browser reads it: entities decoded, whitespace and control characters gone."""
    return _NOISE_RE.sub("", html.unescape(url) if "&" in url else url)


def is_outside(url: str) -> bool:
    """True when fetching the URL would leave the site: any scheme, or a protocol-relative `//host`."""
    u = normalise_url(url).replace("\\", "/")
    return u.startswith("//") or bool(_SCHEME_RE.match(u))


def is_local_file(url: str) -> bool:
    """A plain file name in the story folder (what audio and video sources must be)."""
    u = normalise_url(url)
    return bool(u) and not is_outside(u) and not re.search(r"[/\\?#]", u) and not u.startswith(".")


def judge_tag(tag: str) -> str | None:
    """Why the build drops this tag ("forbidden" for ones that can run or load), or None to keep it."""
    if tag in FORBIDDEN_TAGS:
        return "forbidden"
    if tag not in ALLOWED_TAGS:
        return "not on the list of HTML the site shows"
    return None


def judge_attribute(tag: str, name: str, value: str | None) -> str | None:
    """Why the build drops this attribute of this tag, or None when it keeps it (perhaps cleaned)."""
    if name.startswith("on"):
        return "event handler"
    if name == "controls" and tag in ("audio", "video"):
        return None  # forced on anyway
    allowed = name in ALLOWED_ATTRIBUTES["*"] or name in ALLOWED_ATTRIBUTES.get(tag, ())
    if not allowed and not name.startswith(tuple(GENERIC_PREFIXES)):
        return "not an attribute the site keeps"
    v = value or ""
    if name in ("id", "name") and is_reserved(v):
        return f"the {name} '{v.strip()}' is used by the site itself"
    if name in RESOURCE_ATTRIBUTES and v and is_outside(v):
        return "it loads a file from outside the site"
    if name == "src" and tag in MEDIA_TAGS and not is_local_file(v):
        return "audio and video must be files in the story folder"
    return None


def judge_class(name: str) -> str | None:
    """Why the build drops this class from story HTML, or None to keep it."""
    lowered = name.lower()
    if lowered in DROPPED_CLASSES:
        return "it makes the theme load a script from outside the site"
    if lowered.startswith(THEME_CLASS_PREFIXES) and lowered not in KEPT_THEME_CLASSES:
        return "it belongs to the site's own layout, which a story cannot borrow"
    return None


def _filter(tag: str, name: str, value: str) -> str | None:
    if judge_attribute(tag, name, value) is not None:
        return None
    if name == "class" and value:
        kept = [c for c in value.split() if judge_class(c) is None]
        return " ".join(kept) if kept else None
    return value


_ATTRS = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}


def clean_html(html_: str) -> str:
    """Sanitise rendered story HTML: no scripts, handlers, frames, styles, outside resources,
    javascript:/data: URLs, or ids and names the theme uses."""
    return nh3.clean(
        html_,
        tags=set(ALLOWED_TAGS),
        attributes=_ATTRS,
        attribute_filter=_filter,
        generic_attribute_prefixes=set(GENERIC_PREFIXES),
        set_tag_attribute_values=FORCED,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
