"""Element ids and names that story HTML must never take, and the heading slugs that avoid them.

Material finds its page configuration by the id `__config` and its other parts by ids such as
`__search` and `__drawer`; the first element with an id wins, and story text comes before
Material's own elements. A story element with one of these ids would replace the theme's (its
JSON read as configuration: script on load). Snowball's templates put ids of their own on the
story page (`lineage`, `related`). So story HTML never keeps one of these ids or names:
the validator reports them, the heading slugifier renames them, and the sanitiser drops any left.

`RESERVED_IDS` is written out here (no theme files are read at run time); `derive()` re-reads
them from the installed Material and our templates, and a test fails when a new one appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

RESERVED_PREFIXES = ("__", "sb-")  # Material's ids all start with "__"; Snowball's own with "sb-"

# Ids and names in Material 9.8's templates and JavaScript bundle, and in theme_overrides/ and
# snowball/templates/ (re-derived by tests/test_gate_body.py). Compared lowercase.
RESERVED_IDS = frozenset(
    {
        # Material: templates and bundle (all start with "__"; listed so the test can compare)
        "__analytics",
        "__announce",
        "__codelineno",
        "__config",
        "__consent",
        "__drawer",
        "__outdated",
        "__palette",
        "__search",
        "__settings",
        "__source",
        "__tabs",
        "__toc",
        # Material: form field names on every page
        "consent",
        "feedback",
        "query",
        "search",
        # Snowball's templates: ids on the story page and on the other generated pages
        "about-to-try",
        "adopted",
        "ask",
        "inspired",
        "latest",
        "lineage",
        "new-stories",
        "newest",
        "next",
        "not-yet",
        "obstacles",
        "opportunities",
        "per-quarter",
        "practices",
        "reached",
        "regions",
        "related",
        "retired",
        "sites",
        "sort",
        "spread",
        "stories",
        "thanks",
        "this-quarter",
        "timeline",
        "waves",
    }
)

_ID_ATTR_RE = re.compile(r"""\b(?:id|name|for)\s*=\s*["']([^"'{}]+)["']""")
_ID_ATTR_TEMPLATED_RE = re.compile(r"""\b(?:id|name|for)\s*=\s*["']([A-Za-z_-]*)\{""")
_JS_ID_RE = re.compile(r"""["'#](__[A-Za-z][A-Za-z0-9]*)""")
_META_NAME_RE = re.compile(r"""<meta\s[^>]*\bname\s*=\s*["']([^"'{}]+)["']""")  # document metadata, not elements


def is_reserved(value: str) -> bool:
    """True when an id or name (as written in HTML) would clash with the theme or Snowball."""
    v = value.strip().lower()
    return v in RESERVED_IDS or v.startswith(RESERVED_PREFIXES)


def slugify(value: str, separator: str) -> str:
    """Python-Markdown's toc slug, renamed when it would take a reserved id.

    mkdocs.yml gives this to the toc extension, so heading ids, the table of contents and
    permalinks all use the renamed slug; the validator computes anchors with it too.
    """
    from markdown.extensions.toc import slugify as markdown_slugify

    slug = markdown_slugify(value, separator)
    if is_reserved(slug):
        slug = "section" + separator + slug.lstrip("_" + separator)
        if is_reserved(slug):  # cannot happen with the prefixes above; kept as a guard
            slug = "section" + separator + "x"
    return slug


def derive(material: Path, ours: Iterable[Path]) -> set[str]:
    """Every fixed id, name or label target in Material's templates and bundle and in our templates.

    Templated ids such as `__nav_{{ n }}` are covered by the "__" prefix; the result keeps their
    fixed part so the test sees a new prefix appear.
    """
    found: set[str] = set()
    for folder in (material / "templates", *ours):
        for path in folder.rglob("*.html"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found.update(m.group(1).strip().lower() for m in _ID_ATTR_RE.finditer(text))
            found.update(m.group(1).lower() for m in _ID_ATTR_TEMPLATED_RE.finditer(text) if m.group(1))
            found.difference_update(m.group(1).strip().lower() for m in _META_NAME_RE.finditer(text))
    for bundle in (material / "templates" / "assets" / "javascripts").glob("bundle.*.js"):
        found.update(m.group(1).lower() for m in _JS_ID_RE.finditer(bundle.read_text(encoding="utf-8")))
    return {f for f in found if f and " " not in f}
