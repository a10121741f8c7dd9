"""Former addresses of Jekyll and Eleventy posts: the permalink rules read from where each engine keeps them.

Why: redirects and links between imported posts are only right when the old address is the one the
old site really published. Jekyll: front matter `permalink`, `_config.yml` `defaults:` and `permalink`
(styles date, pretty, ordinal, weekdate, none, or a pattern with :year, :title, :categories ...).
Eleventy: front matter, the template's and its folders' `.11tydata.json` / `.11tydata.js` files
(a plain string `permalink:` is read from the JS; code is not run), with global data from `_data/`.
When a rule cannot be read, the caller says which pattern was used instead.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from .common import slugify

JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
# a plain quoted string after `permalink:` in a .11tydata.js object (no code is run)
_JS_PERMALINK_RE = re.compile(r"""(?m)^\s*["']?permalink["']?\s*:\s*(?P<q>["'`])(?P<value>[^"'`\n]*)(?P=q)\s*,?\s*$""")
_JS_PERMALINK_ANY_RE = re.compile(r"""(?m)^\s*["']?permalink["']?\s*[:(]""")
_TEMPLATE_RE = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}")
_FILTER_RE = re.compile(r"""^\s*([\w-]+)\s*(?:\(\s*(.*?)\s*\)|:\s*(.*?))?\s*$""")


def jekyll_pattern(front: dict[str, Any], config: dict[str, Any], rel: str) -> str:
    """The permalink pattern that applies to one post: front matter, then _config.yml defaults, then its style."""
    given = front.get("permalink")
    if isinstance(given, str) and given.strip():
        return JEKYLL_STYLES.get(given.strip(), given.strip())
    chosen = config.get("permalink")
    for rule in config.get("defaults") or []:
        if not isinstance(rule, dict) or not isinstance(rule.get("values"), dict):
            continue
        scope = rule.get("scope") if isinstance(rule.get("scope"), dict) else {}
        path = str(scope.get("path") or "").strip("/")
        kind = scope.get("type")
        matches = (not path or rel.startswith(path + "/") or rel == path) and kind in (None, "posts")
        if matches and isinstance(rule["values"].get("permalink"), str):
            chosen = rule["values"]["permalink"]
    chosen = str(chosen).strip() if isinstance(chosen, str) and chosen.strip() else "date"
    return JEKYLL_STYLES.get(chosen, chosen)


def expand_jekyll(pattern: str, *, date: str | None, title: str, slug: str, categories: list[str]) -> str:
    """A Jekyll permalink pattern filled in for one post (':title' is the file name's title or the slug)."""
    day = dt.date.fromisoformat(date) if date else dt.date(1970, 1, 1)
    values = {
        ":year": f"{day.year:04d}",
        ":short_year": f"{day.year % 100:02d}",
        ":month": f"{day.month:02d}",
        ":i_month": str(day.month),
        ":short_month": day.strftime("%b"),
        ":long_month": day.strftime("%B"),
        ":day": f"{day.day:02d}",
        ":i_day": str(day.day),
        ":y_day": f"{day.timetuple().tm_yday:03d}",
        ":week": f"{day.isocalendar()[1]:02d}",
        ":short_day": day.strftime("%a"),
        ":long_day": day.strftime("%A"),
        ":hour": "00",
        ":minute": "00",
        ":second": "00",
        ":title": title,
        ":slug": slug,
        ":name": title,
        ":categories": "/".join(c.lower() for c in categories),
        ":output_ext": ".html",
    }
    out = pattern
    for key in sorted(values, key=len, reverse=True):
        out = out.replace(key, values[key])
    return re.sub(r"/{2,}", "/", out)


def eleventy_rule(folder: Path, stop: Path, stem: str) -> tuple[Any, str] | None:
    """(permalink value, the file it came from) from the template data file and folder data files.

    Eleventy's order: the template's own `<stem>.11tydata.*`, then `<folder>.11tydata.*` in its folder,
    then each parent folder's up to the input folder (stop). The first file that sets a permalink wins.
    A .js file whose permalink is code (not a plain string) yields ("", file): the caller says so."""
    candidates = [folder / f"{stem}.11tydata.json", folder / f"{stem}.11tydata.js"]
    current = folder
    while True:
        candidates += [current / f"{current.name}.11tydata.json", current / f"{current.name}.11tydata.js"]
        if current == stop or stop not in current.parents:
            break
        current = current.parent
    for path in candidates:
        if not path.is_file() or path.is_symlink():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if path.suffix == ".json":
            try:
                data = json.loads(text)
            except ValueError:
                continue
            if isinstance(data, dict):
                computed = data.get("eleventyComputed")
                value = data.get("permalink", computed.get("permalink") if isinstance(computed, dict) else None)
                if value is not None:
                    return value, path.name
            continue
        m = _JS_PERMALINK_RE.search(text)
        if m:
            return m.group("value"), path.name
        if _JS_PERMALINK_ANY_RE.search(text):
            return "", path.name
    return None


def global_data(folder: Path) -> dict[str, Any]:
    """Eleventy's global data: each `_data/name.json` as the variable `name` (JS data files are not run)."""
    out: dict[str, Any] = {}
    if not folder.is_dir() or folder.is_symlink():
        return out
    for path in sorted(folder.glob("*.json")):
        if path.is_symlink():
            continue
        try:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
    return out


def expand_eleventy(template: str, variables: dict[str, Any]) -> str | None:
    """A Liquid/Nunjucks permalink filled in: {{ page.date | toDatePath }}, {{ title | slugify }},
    {{ page.date | date: "%Y/%m" }} ... None when it holds something this cannot evaluate ({% if %}, code)."""
    if "{%" in template:
        return None
    failed = False

    def one(m: re.Match[str]) -> str:
        nonlocal failed
        parts = [p.strip() for p in re.split(r"\|(?![^(]*\))", m.group(1))]
        value = _lookup(parts[0], variables)
        for flt in parts[1:]:
            value = _filter(value, flt)
        if value is None:
            failed = True
            return ""
        return str(value)

    out = _TEMPLATE_RE.sub(one, template)
    return None if failed else out


def _lookup(expr: str, variables: dict[str, Any]) -> Any:
    if len(expr) >= 2 and expr[0] == expr[-1] and expr[0] in "\"'":
        return expr[1:-1]
    value: Any = variables
    for part in expr.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _filter(value: Any, flt: str) -> Any:
    if value is None:
        return None
    m = _FILTER_RE.match(flt)
    if not m:
        return None
    name, arg = m.group(1), (m.group(2) or m.group(3) or "").strip().strip("\"'")
    if name in ("slugify", "slug"):
        return slugify(str(value))
    if name in ("url", "safe", "trim", "escape", "e"):
        return str(value).strip()
    if name in ("lower", "downcase"):
        return str(value).lower()
    day = _as_date(value)
    if name == "toDatePath":
        return f"{day.year:04d}/{day.month:02d}/{day.day:02d}" if day else None
    if name in ("date", "dateFormat", "readableDate", "htmlDateString") and day:
        fmt = arg or "%Y-%m-%d"
        if "%" not in fmt:  # luxon tokens: yyyy/LL/dd
            fmt = fmt.replace("yyyy", "%Y").replace("LL", "%m").replace("MM", "%m").replace("dd", "%d")
        return day.strftime(fmt)
    return None


def _as_date(value: Any) -> dt.date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
