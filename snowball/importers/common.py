"""What every importer shares: reading source files safely, front matter, plain text, slugs, dates.

Readers (hugo.py, jekyll.py, material_blog.py, csv_source.py) turn a source tree into
SourcePost records; the engine (engine.py) maps them onto the contract and writes the hub.
Nothing here raises on odd input: every problem becomes a report entry and the file is skipped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..markscan import sub_links, sub_tags, sub_template_tags
from ..slugs import slugify as slugify  # re-exported: the one slug function (snowball new, the form, importers)
from .report import ImportReport

MAX_SOURCE_BYTES = 4 * 1024 * 1024
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEY_LINE_RE = re.compile(r"^([A-Za-z_][\w.-]*)\s*[:=]", re.MULTILINE)
_DATE_IN_NAME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_INVISIBLE_RE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe]"
)


@dataclass
class SourcePost:
    """One post as read from the source, before mapping: front matter as plain values, body as text."""

    file: str  # path relative to the source folder, shown in the report
    path: Path
    front: dict[str, Any]
    key_lines: dict[str, int]
    body: str
    body_line: int
    name: str  # the file or bundle name without date prefix and extension: the default slug
    date_hint: str | None = None  # YYYY-MM-DD from the file name
    row: int | None = None  # the spreadsheet row (CSV), written under source: beside the file
    folder: Path | None = None  # folder whose files belong to this post (a page bundle), for images
    old_urls: list[str] = field(default_factory=list)  # site-relative paths, without leading slash
    keys: set[str] = field(default_factory=set)  # names other posts use to link here (file names, paths, urls)
    roles: dict[str, str] = field(default_factory=dict)  # contract field -> the front key that holds it (CSV)


@dataclass
class Source:
    """Everything a reader found: posts, author and practice profiles, where images may be."""

    posts: list[SourcePost] = field(default_factory=list)
    authors: dict[str, dict[str, Any]] = field(default_factory=dict)  # author key -> profile fields (+ _file)
    practices: dict[str, dict[str, Any]] = field(default_factory=dict)  # topic key -> {name, description}
    image_roots: list[Path] = field(default_factory=list)  # static/, assets/ ... searched for images
    includes: list[Path] = field(default_factory=list)  # _includes/ folders (Liquid include)
    root: Path | None = None  # nothing whose real path lies outside this folder is read or copied


OUTSIDE = "its real location is outside the source folder (a symbolic link or ../ leads there); nothing outside the source is read"


def inside(path: Path, root: Path) -> bool:
    """True when path's real location (every symbolic link followed) lies within root's real location.

    Why: a source folder may hold links (_includes -> ~/private) whose files must never reach a
    published page, so every read and copy is checked against the resolved source, not the path typed."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def confined_dirs(folders: list[Path], root: Path, report: ImportReport, base: Path) -> list[Path]:
    """The existing folders among these that lie inside root; a link leading out is reported, not used."""
    out: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        if not inside(folder, root):
            report.add(_rel_to(folder, base), 0, "skipped", f"the folder was not used: {OUTSIDE}")
            continue
        out.append(folder)
    return out


def _rel_to(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def read_source_text(path: Path, rel: str, report: ImportReport, root: Path | None = None) -> str | None:
    """The file as text with LF endings, or None (reported) when it is unreadable, binary, too big,
    or (given root, the source folder) really lies outside root."""
    if root is not None and not inside(path, root):
        report.add(rel, 0, "skipped", f"the file was not read: {OUTSIDE}")
        return None
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        report.add(rel, 0, "unreadable", f"cannot read the file ({exc.strerror or exc})")
        return None
    if len(data) > MAX_SOURCE_BYTES:
        report.add(rel, 0, "unreadable", f"the file is over {MAX_SOURCE_BYTES // 1024 // 1024} MB; not a post")
        return None
    if b"\x00" in data:
        report.add(rel, 0, "unreadable", "the file is binary, not text")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            report.add(rel, 0, "entity-decoded", "the file was not UTF-8; it was read as Windows-1252")
        except UnicodeDecodeError:
            report.add(rel, 0, "unreadable", "the file is not UTF-8 text")
            return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_post_file(
    path: Path, rel: str, report: ImportReport, root: Path | None = None
) -> tuple[str | None, str, str, int] | None:
    """A post file split into (front-matter format, front matter, body, body line); None when it cannot be
    read, lies outside root or is empty, which is reported. One place for what every Markdown importer does first."""
    text = read_source_text(path, rel, report, root)
    if text is None:
        return None
    if not text.strip():
        report.add(rel, 0, "skipped", "the file is empty")
        return None
    return split_front_matter(text)


def split_front_matter(text: str) -> tuple[str | None, str, str, int]:
    """(format, front matter text, body, body's first line). format is 'yaml', 'toml', 'json' or None."""
    stripped = text.lstrip("\n")
    if stripped != text and stripped.startswith(("---\n", "+++\n", "{")):  # Hugo skips blank lines above it
        skipped = len(text) - len(stripped)
        fmt, front, body, line = split_front_matter(stripped)
        return fmt, front, body, line + skipped
    if text.startswith("{"):  # Hugo's JSON front matter: one object, then the body
        import json

        try:
            _obj, end = json.JSONDecoder().raw_decode(text)
        except ValueError:
            return "json", text.split("\n\n", 1)[0], "", 1
        rest = text[end:]
        return (
            "json",
            text[:end],
            rest.lstrip("\n"),
            text.count("\n", 0, end) + 1 + (len(rest) - len(rest.lstrip("\n"))),
        )
    for fence, fmt in (("---", "yaml"), ("+++", "toml")):
        if text.startswith(fence + "\n") or text.rstrip("\n") == fence:
            lines = text.split("\n")
            for i in range(1, len(lines)):
                stripped = lines[i].rstrip()
                if stripped == fence or (fmt == "yaml" and stripped == "..."):
                    return fmt, "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
            return fmt, "\n".join(lines[1:]), "", len(lines) + 1  # unclosed: the caller reports it
    return None, "", text, 1


class FrontMatterError(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def parse_front_matter(fmt: str | None, text: str) -> dict[str, Any]:
    """Parse YAML or TOML front matter into plain values; raise FrontMatterError with a line."""
    if fmt is None or not text.strip():
        return {}
    if fmt == "json":
        import json

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise FrontMatterError(f"the JSON front matter cannot be read ({exc})", getattr(exc, "lineno", 1)) from None
    elif fmt == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise FrontMatterError(
                f"the TOML front matter cannot be read ({exc})", int(m.group(1)) + 1 if m else 1
            ) from None
    else:
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
            raise FrontMatterError(
                f"the YAML front matter cannot be read ({problem})", mark.line + 2 if mark else 1
            ) from None
        except RecursionError:
            raise FrontMatterError("the YAML front matter is nested too deeply", 1) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter is not a set of 'name: value' fields", 2)
    budget = [5000]
    return {str(k): plain_value(v, budget) for k, v in data.items()}


def plain_value(value: Any, budget: list[int], depth: int = 0) -> Any:
    """Dates, numbers and booleans as text; lists and mappings kept; refuse alias bombs and deep nesting."""
    budget[0] -= 1
    if budget[0] < 0 or depth > 8:
        raise FrontMatterError("the front matter is far larger or deeper than a post's fields", 1)
    if isinstance(value, dict):
        return {str(k): plain_value(v, budget, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_value(v, budget, depth + 1) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if value is None:
        return None
    return str(value)


def front_start(front_text: str, body_line: int) -> int:
    """The file line of the front matter's first line (after '---'), wherever the fence sat."""
    return max(2, body_line - front_text.count("\n") - 2) if front_text else 2


def key_lines(front_text: str, first_line: int) -> dict[str, int]:
    """The file line of each top-level key (first occurrence), for the report."""
    out: dict[str, int] = {}
    for m in _KEY_LINE_RE.finditer(front_text):
        out.setdefault(m.group(1), first_line + front_text.count("\n", 0, m.start()))
    return out


def name_and_date(stem: str) -> tuple[str, str | None]:
    """'2019-03-26-a-year' -> ('a-year', '2019-03-26'); other names unchanged."""
    m = _DATE_IN_NAME_RE.match(stem)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return m.group(4), f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        except ValueError:
            pass
    return stem, None


_EMPH_RE = re.compile(r"(\*\*|__|`|~~)")
_ENTITY_LEFT_RE = re.compile(r"&(#?\w+);")


def plain_text(value: Any) -> tuple[str, list[str]]:
    """One line of plain text from a source value, and what had to change ('entities', 'markup', ...)."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v is not None)
    text = "" if value is None else str(value)
    changes: list[str] = []
    unescaped = html.unescape(text)
    if unescaped != text:
        changes.append("entity-decoded")
        text = unescaped
    cleaned = sub_template_tags(text)  # markscan: linear whatever the post holds
    cleaned = sub_tags(cleaned)
    cleaned = sub_links(cleaned, bang=True)
    cleaned = _EMPH_RE.sub("", cleaned)
    cleaned = html.unescape(cleaned) if cleaned != text else cleaned
    cleaned = _ENTITY_LEFT_RE.sub(r"&\1", cleaned)  # 'AT&T;' is not an entity; keep it from looking like one
    cleaned = cleaned.replace("<", "‹").replace(">", "›") if re.search(r"<[A-Za-z!/?]", cleaned) else cleaned
    if cleaned != text:
        changes.append("markup-removed")
    invisible = _INVISIBLE_RE.sub(" ", cleaned)
    if invisible != cleaned:
        changes.append("markup-removed")
    return " ".join(invisible.split()), changes


def shorten(text: str, limit: int, *, sentence: bool = False) -> str:
    """Cut text to at most limit characters: at the last sentence end when asked, else at a word, with '…'."""
    if len(text) <= limit:
        return text
    if sentence:
        cut = text[:limit]
        ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", cut)]
        if ends and ends[-1] > limit // 3:
            return cut[: ends[-1]].strip()
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def to_date(value: Any) -> tuple[str | None, bool]:
    """(YYYY-MM-DD, changed) from a date, datetime or text; (None, False) when it is not a date."""
    if value is None:
        return None, False
    if isinstance(value, dict):  # Material blog: date: {created: ..., updated: ...}
        value = value.get("created") or value.get("published") or next(iter(value.values()), None)
        if isinstance(value, dict | list):
            return None, False
        got, _ = to_date(value)
        return got, True
    text = str(value).strip().strip("\"'")
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not m:
        for fmt in ("%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%b %d, %Y"):
            try:
                return dt.datetime.strptime(text, fmt).date().isoformat(), True
            except ValueError:
                continue
        return None, False
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, False
    iso = day.isoformat()
    return iso, iso != text


def first_paragraph(body: str) -> str:
    """The first paragraph of prose in a Markdown body (skipping headings, images, HTML-only and code)."""
    in_code = False
    para: list[str] = []
    for line in body.split("\n"):
        s = line.strip()
        if s.startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code:
            continue
        if not s:
            if para:
                break
            continue
        if not para and (s.startswith(("#", "!", "{{", "{%", "<", "|", ">", "---", "***", "===")) or s == "..."):
            continue
        para.append(s.lstrip("-*+ ").strip())
    text, _ = plain_text(" ".join(para))
    return text


def first_present(data: dict[str, Any], names: list[str]) -> tuple[str | None, Any]:
    for name in names:
        if name in data and data[name] not in (None, "", []):
            return name, data[name]
    return None, None


def as_list(value: Any) -> list[str]:
    """A list of non-empty strings from a value given as a list, a comma-separated string or one value."""
    if value is None:
        return []
    if isinstance(value, dict):  # author: {name: ..., url: ...} is one person; {key: ...} a set of keys
        one = value.get("name") or value.get("id") or value.get("title")
        return [str(one)] if one else [str(k) for k in value]
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            if isinstance(v, dict):  # e.g. authors: [{name: ...}]
                v = v.get("name") or v.get("id") or next(iter(v.values()), "")
            if v not in (None, ""):
                out.append(str(v).strip())
        return [v for v in out if v]
    text = str(value)
    parts = re.split(r"[,;]", text) if ("," in text or ";" in text) else [text]
    return [p.strip() for p in parts if p.strip()]
