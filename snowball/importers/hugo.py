"""Read a Hugo site's content: page bundles (slug/index.md) and flat files, YAML or TOML front matter.

SOURCE may be the site root, its content/ folder or one section (content/news). Section pages
(_index.md) are not stories: they are skipped and reported. Author profiles (content/authors/*)
and topic or category pages (content/topics/*) are read to name champions and describe practices.
Former addresses come from url/aliases, the site's [permalinks] (or the mapping), else the path.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .common import (
    FrontMatterError,
    Source,
    SourcePost,
    confined_dirs,
    front_start,
    inside,
    key_lines,
    name_and_date,
    parse_front_matter,
    read_post_file,
    read_source_text,
    slugify,
    split_front_matter,
    to_date,
)
from .mapping import Mapping
from .report import ImportReport

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
CONFIG_NAMES = (
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
)


def _site_config(site_root: Path | None) -> dict[str, Any]:
    if site_root is None:
        return {}
    candidates = [site_root / n for n in CONFIG_NAMES]
    candidates += [site_root / "config" / "_default" / n for n in CONFIG_NAMES]
    candidates += [site_root / "config" / "_default" / f"{part}.{ext}" for part in ("permalinks", "languages")
                   for ext in ("toml", "yaml", "yml")]  # fmt: skip
    config: dict[str, Any] = {}
    for path in candidates:
        if not path.is_file() or not inside(path, site_root):
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, yaml.YAMLError):
            continue
        if isinstance(data, dict):
            if path.stem in ("permalinks", "languages"):
                data = {path.stem: data}
            config.update(data)
    return config


def _permalinks(config: dict[str, Any]) -> dict[str, str]:
    raw = config.get("permalinks") or {}
    if isinstance(raw, dict) and isinstance(raw.get("page"), dict):
        raw = raw["page"]
    return {str(k): str(v) for k, v in raw.items() if isinstance(v, str)} if isinstance(raw, dict) else {}


def expand_permalink(pattern: str, *, date: str | None, slug: str, name: str, title: str, section: str) -> str:
    """A Hugo permalink pattern (/:year/:month/:day/:slug/) filled in for one post.

    slug: the front matter's slug, or '' (then Hugo's :slug is the title, :slugorfilename the file name);
    section: the folders between the content folder and the page (a bundle's own folder excluded)."""
    day = dt.date.fromisoformat(date) if date else None
    values = {
        ":year": f"{day.year:04d}" if day else "",
        ":month": f"{day.month:02d}" if day else "",
        ":day": f"{day.day:02d}" if day else "",
        ":monthname": day.strftime("%B").lower() if day else "",
        ":yearday": str(day.timetuple().tm_yday) if day else "",
        ":contentbasename": name,
        ":filename": name,
        ":slugorcontentbasename": slug or name,
        ":slugorfilename": slug or name,
        ":slug": slug or slugify(title) or name,
        ":title": slugify(title) or slug or name,
        ":sections": section,
        ":section": section.split("/")[0],
    }
    out = pattern
    for key in sorted(values, key=len, reverse=True):
        out = out.replace(key, values[key])
    return address(out)


def address(url: str) -> str:
    """A site-relative address from an expanded permalink; a trailing '/' is kept even after a dot
    ('/2016/02/18/analytics.usa.gov-dashboards/' is a folder, not a file)."""
    out = clean_url(url)
    return out + "/" if out and url.strip().endswith("/") and not out.endswith("/") else out


def clean_url(url: str) -> str:
    """'https://host/a/b/' or '/a/b' -> 'a/b/'; '' for the home page."""
    url = url.strip()
    if "://" in url:
        url = url.split("://", 1)[1].split("/", 1)[1] if "/" in url.split("://", 1)[1] else ""
    url = url.split("#")[0].split("?")[0].strip("/")
    while "//" in url:
        url = url.replace("//", "/")
    if not url:
        return ""
    return url if "." in url.rsplit("/", 1)[-1] else url + "/"


def _profiles(folder: Path | None, report: ImportReport, base: Path, root: Path) -> dict[str, dict[str, Any]]:
    """Author or topic pages: content/authors/<key>/_index.md or <key>.md -> their front matter."""
    out: dict[str, dict[str, Any]] = {}
    if folder is None or not folder.is_dir():
        return out
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            path = next((entry / n for n in ("_index.md", "index.md") if (entry / n).is_file()), None)
            key = entry.name
        elif entry.suffix in MARKDOWN_EXTENSIONS and entry.stem != "_index":
            path, key = entry, entry.stem
        else:
            continue
        if path is None:
            continue
        rel = _rel(path, base)
        text = read_source_text(path, rel, report, root)
        if text is None:
            continue
        fmt, front_text, _body, _line = split_front_matter(text)
        try:
            data = parse_front_matter(fmt, front_text)
        except FrontMatterError as exc:
            report.add(rel, exc.line, "front-matter", f"profile not used: {exc}")
            continue
        data["_file"] = rel
        out[key] = data
        if isinstance(data.get("slug"), str):
            out.setdefault(data["slug"], data)
    return out


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class ContentDir:
    """One content folder of the site (one per language with its own contentDir) and its address rules."""

    path: Path
    prefix: str  # '' for the default language, 'fr/' for the others: Hugo's address prefix
    permalinks: dict[str, str]
    default_lang: str = "en"  # a translation (index.fr.md) in another language lives under /fr/


def _content_dirs(site_root: Path, config: dict[str, Any]) -> list[ContentDir]:
    """contentDir (content/en), and each language's own contentDir with its permalinks, deepest first."""
    default_lang = str(config.get("defaultContentLanguage") or "en").lower()
    in_subdir = str(config.get("defaultContentLanguageInSubdir", "")).lower() in ("true", "1")
    permalinks = _permalinks(config)
    base = site_root / str(config.get("contentDir") or "content")
    dirs: list[ContentDir] = []
    languages = config.get("languages") if isinstance(config.get("languages"), dict) else {}
    for lang, conf in languages.items():
        if isinstance(conf, dict) and isinstance(conf.get("contentDir"), str):
            prefix = "" if str(lang).lower() == default_lang and not in_subdir else f"{str(lang).lower()}/"
            perm = {**permalinks, **_permalinks(conf)}
            dirs.append(ContentDir(site_root / conf["contentDir"], prefix, perm, default_lang))
    if not any(d.path == base for d in dirs):
        dirs.append(ContentDir(base, "", permalinks, default_lang))
    return sorted(dirs, key=lambda d: len(d.path.parts), reverse=True)


def _holder(path: Path, dirs: list[ContentDir]) -> ContentDir | None:
    return next((d for d in dirs if path == d.path or d.path in path.parents), None)


def read_hugo(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    has_config = any((source / n).is_file() for n in CONFIG_NAMES) or (source / "config" / "_default").is_dir()
    site_root = mapping.site_root or (source if has_config else None)
    confine = mapping.site_root or source
    out = Source(root=confine)
    config = _site_config(site_root)
    if site_root is not None:
        dirs = [d for d in _content_dirs(site_root, config) if d.path.is_dir() and inside(d.path, confine)]
        report.notes.append(f"Site root: {site_root} (its configuration was read). Nothing outside "
                            f"{confine} is read.")  # fmt: skip
    else:
        named = next((p for p in (source, *source.parents) if p.name == "content"), None)  # path only, never read
        dirs = [ContentDir(named or (source / "content" if (source / "content").is_dir() else source), "", {})]
        report.notes.append(f"No Hugo configuration (hugo.toml, config.toml ...) in {source}: default addresses "
                            "were used. Give --site-root DIR when it is in a folder above. Nothing outside "
                            f"{source} is read.")  # fmt: skip
    if not dirs:
        dirs = [ContentDir(source, "", _permalinks(config))]
    content_root = dirs[-1].path
    base = source  # report paths are relative to SOURCE, as the user typed it
    if site_root is not None:
        out.image_roots += confined_dirs([site_root / "static", site_root / "assets"], confine, report, base)
    out.image_roots += [d.path for d in dirs if inside(d.path, confine)]
    authors_dir = (source / mapping.authors_dir) if mapping.authors_dir else None
    if authors_dir is None:
        authors_dir = next((content_root / n for n in ("authors", "author") if (content_root / n).is_dir()), None)
    out.authors = _profiles(authors_dir, report, base, confine)
    practices_dir = (source / mapping.practices_dir) if mapping.practices_dir else None
    if practices_dir is None:
        practices_dir = next((content_root / n for n in ("topics", "categories") if (content_root / n).is_dir()), None)
    out.practices = _profiles(practices_dir, report, base, confine)
    skip_dirs = {p.resolve() for p in (authors_dir, practices_dir) if p is not None and p != source}

    # given the site root, read its content only (not themes/, archetypes/ or node_modules/)
    walk_roots = [d.path for d in dirs if source in d.path.parents] or [source]
    for walk_root in walk_roots:
        _walk(walk_root, dirs, skip_dirs, base, confine, mapping, report, out)
    return out


def _walk(walk_root: Path, dirs: list[ContentDir], skip_dirs: set[Path], base: Path, confine: Path,
          mapping: Mapping, report: ImportReport, out: Source) -> None:  # fmt: skip
    for dirpath, dirnames, filenames in os.walk(walk_root):
        folder = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith((".", "_")) and (folder / d).resolve() not in skip_dirs
        )
        dirnames[:] = [d for d in dirnames if not (folder / d).is_symlink()]
        holder = _holder(folder, dirs)
        bundle = "index.md" in filenames or "index.markdown" in filenames
        if bundle:
            dirnames[:] = []  # a leaf bundle's subfolders are its resources
        for filename in sorted(filenames):
            path = folder / filename
            rel = _rel(path, base)
            if path.suffix.lower() not in MARKDOWN_EXTENSIONS:
                if not bundle and path.suffix.lower() in (".html", ".htm", ".adoc", ".org", ".rst"):
                    report.add(rel, 0, "skipped", "only Markdown posts are imported; convert this page by hand")
                continue
            if path.is_symlink():
                report.add(rel, 0, "skipped", "the file is a symbolic link; links are never followed")
                continue
            if path.stem == "_index" or path.stem.startswith("_index."):
                report.add(rel, 0, "section-skipped", "a section page (_index.md) lists posts; it is not a story")
                continue
            translated = bundle and re.match(r"^index\.([a-z]{2,3}(?:-[a-z0-9]+)?)$", path.stem, re.I)
            if bundle and path.stem != "index" and not translated:
                report.add(rel, 0, "skipped", "a page resource of the bundle beside index.md: Hugo does not publish "
                           "it as a page, so it is not a story (its text is not in the story either)")  # fmt: skip
                continue
            cd = holder or dirs[-1]
            post = _read_post(path, rel, bundle, cd.path, report, confine)
            if post is None:
                continue
            section_path = _rel(path.parent, cd.path)  # a bundle's own folder too: _old_urls strips it
            section_path = "" if section_path == "." else section_path
            prefix = cd.prefix
            if translated and translated.group(1).lower() != cd.default_lang:
                prefix = f"{translated.group(1).lower()}/"
            _old_urls(post, mapping, cd.permalinks, section_path, prefix)
            if translated:  # index.fr.md: the bundle's French version, a story of its own
                post.name = f"{post.name}-{translated.group(1).lower()}"
            out.posts.append(post)


def _read_post(
    path: Path, rel: str, is_bundle: bool, content_root: Path, report: ImportReport, confine: Path
) -> SourcePost | None:
    split = read_post_file(path, rel, report, confine)
    if split is None:
        return None
    fmt, front_text, body, body_line = split
    try:
        front = parse_front_matter(fmt, front_text)
    except FrontMatterError as exc:
        report.add(rel, exc.line + front_start(front_text, body_line) - 2, "front-matter", str(exc))
        return None
    stem = path.parent.name if is_bundle else path.stem
    name, date_hint = name_and_date(stem)
    post = SourcePost(
        file=rel,
        path=path,
        front=front,
        key_lines=key_lines(front_text, front_start(front_text, body_line)),
        body=body,
        body_line=body_line,
        name=name,
        date_hint=date_hint,
        folder=path.parent if is_bundle else None,
    )
    content_rel = _rel(path, content_root)
    post.keys |= {path.name, path.stem, content_rel, "/" + content_rel, content_rel.rsplit(".", 1)[0]}
    if is_bundle:
        bundle_rel = _rel(path.parent, content_root)
        post.keys |= {path.parent.name, bundle_rel, "/" + bundle_rel}
    return post


def _old_urls(
    post: SourcePost, mapping: Mapping, permalinks: dict[str, str], section_path: str, prefix: str = ""
) -> None:
    front = post.front
    urls: list[str] = []
    slug = str(front.get("slug") or "") or post.name
    if isinstance(front.get("url"), str) and front["url"].strip():
        urls.append(clean_url(front["url"]))
    else:
        date, _ = to_date(front.get("date") or post.date_hint)
        section = section_path.split("/")[0] if section_path else ""
        pattern = mapping.permalink or permalinks.get(section)
        if pattern:
            urls.append(
                expand_permalink(
                    pattern,
                    date=date,
                    slug=slugify(str(front.get("slug") or "")),
                    name=post.name,
                    title=str(front.get("title") or ""),
                    section=section_path.rsplit("/", 1)[0]
                    if post.folder is not None and "/" in section_path
                    else ("" if post.folder is not None else section_path),
                )
            )
        else:
            parent = section_path.rsplit("/", 1)[0] if post.folder is not None and "/" in section_path else ""
            parent = "" if post.folder is not None and "/" not in section_path else parent
            folder = parent if post.folder is not None else section_path
            urls.append(address(f"{folder}/{slug}/"))
    if prefix and urls and not (isinstance(front.get("url"), str) and front["url"].strip()):
        urls = [address(prefix + urls[0]), *urls[1:]]  # a language's pages live under /fr/
    aliases = front.get("aliases")
    for alias in aliases if isinstance(aliases, list) else [aliases] if isinstance(aliases, str) else []:
        if isinstance(alias, str) and alias.strip():
            urls.append(clean_url(alias))
    post.old_urls = [u for u in dict.fromkeys(urls) if u]
    post.keys |= {u.strip("/") for u in post.old_urls} | {"/" + u for u in post.old_urls}
