"""Recognise front matter written for another site generator, so one message can point at the importer.

A Hugo post copied in unchanged has a dozen fields Snowball does not know; twelve
"unknown field" errors per file (19,099 for one real site) bury the one useful
thing to say: this is a Hugo page, and `snowball import hugo` converts it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .yamlread import Map, Seq

# Fields only one family of tools writes. A single one of these is enough to recognise the tool.
_MARKERS: dict[str, tuple[str, ...]] = {
    "hugo": (
        "expirydate",
        "expiryDate",
        "publishdate",
        "publishDate",
        "lastmod",
        "linktitle",
        "linkTitle",
        "featured_image",
        "featuredImage",
        "headless",
        "outputs",
        "cascade",
        "aliases",
        "weight",
        "images",
        "url",
        "markup",
        "translationKey",
        "keywords",
    ),
    "jekyll": (
        "layout",
        "permalink",
        "published",
        "redirect_from",
        "last_modified_at",
        "excerpt_separator",
        "eleventyNavigation",
        "eleventyExcludeFromCollections",
        "eleventyComputed",
        "pagination",
    ),
    "material-blog": ("readtime", "pin", "links"),
}
# Fields many tools write: two of these together (and no marker) still say "a blog post from elsewhere".
_COMMON = frozenset(
    {"authors", "author", "categories", "category", "description", "slug", "type", "toc", "series", "comments"}
)
LABELS = {"hugo": "Hugo page", "jekyll": "Jekyll or Eleventy post", "material-blog": "Material for MkDocs blog post"}


def foreign_keys(node: Map, unknown: Sequence[str]) -> tuple[str, str, list[str]] | None:
    """(importer kind, what it looks like, the foreign keys in file order), or None for a Snowball story.

    One field only a tool writes (Hugo's `lastmod:`, Jekyll's `layout:`, Material's `readtime:`) is
    enough; so are two fields blogs share (`authors:` and `categories:`). Material's blog also
    writes `date:` as a mapping (created/updated).
    """
    votes = {kind: [k for k in unknown if k in keys] for kind, keys in _MARKERS.items()}
    common = [k for k in unknown if k in _COMMON]
    date = node.entries.get("date")
    material_date = date is not None and isinstance(date.value, Map)
    best = max(votes, key=lambda kind: len(votes[kind]) + (kind == "material-blog" and material_date))
    if not votes[best]:
        if len(common) < 2 and not (material_date and common):
            return None
        lists = all(isinstance(node.entries[k].value, Seq) for k in common if k in ("authors", "categories"))
        blog = material_date or ({"authors", "categories"} <= set(common) and lists)
        best = "material-blog" if blog else "hugo"
    keys = [k for k in unknown if k in _ALL or k in _COMMON]
    return best, LABELS[best], keys


_ALL = frozenset(k for keys in _MARKERS.values() for k in keys)


def looks_like_toml(first_line: str) -> bool:
    """Hugo's TOML front matter opens with '+++'."""
    return first_line.rstrip() == "+++"
