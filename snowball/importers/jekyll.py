"""Read Jekyll and Eleventy posts: _posts/YYYY-MM-DD-slug.md, content/posts/..., posts/...

Liquid and Nunjucks tags are converted by shortcodes.convert_liquid. The date comes from the
file name when the front matter has none; the former address from `permalink` (Jekyll's
default /:categories/:year/:month/:day/:title.html otherwise, or Eleventy's /posts/slug/).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    to_date,
)
from .hugo import MARKDOWN_EXTENSIONS, _profiles, _rel, address, clean_url
from .mapping import Mapping
from .permalinks import eleventy_rule, expand_eleventy, expand_jekyll, global_data, jekyll_pattern
from .report import ImportReport

POST_DIRS = ("_posts", "posts", "blog", "content/posts", "content/blog", "src/posts", "src/blog")
ELEVENTY_CONFIGS = (".eleventy.js", ".eleventy.cjs", "eleventy.config.js", "eleventy.config.cjs", "eleventy.config.mjs")


@dataclass
class Site:
    """What the site's configuration says about addresses, read once: engine, folders, permalink rules."""

    root: Path  # the site's folder: SOURCE, or --site-root when SOURCE is inside it
    eleventy: bool = False
    config: dict[str, Any] = field(default_factory=dict)  # Jekyll's _config.yml
    input_dir: Path | None = None  # Eleventy's dir.input
    data: dict[str, Any] = field(default_factory=dict)  # Eleventy's global data (_data/*.json)
    includes: list[Path] = field(default_factory=list)
    told: set[str] = field(default_factory=set)  # data files already named in the report


def _post_roots(source: Path) -> list[Path]:
    found = [source / d for d in POST_DIRS if (source / d).is_dir() and not (source / d).is_symlink()]
    found += [p for p in sorted(source.glob("[!_.]*/_posts")) if p.is_dir() and not p.is_symlink()]  # team/_posts
    return found or [source]


def _eleventy_dir(config_text: str, key: str, default: str) -> str:
    m = re.search(rf"""\b{key}\s*:\s*["'`]([^"'`]*)["'`]""", config_text)
    return m.group(1) if m else default


def _site(source: Path, mapping: Mapping, report: ImportReport) -> Site:
    """The site root (never above SOURCE unless --site-root says so) and its address rules, each read named."""
    root = mapping.site_root or source
    site = Site(root)
    config_js = next((root / n for n in ELEVENTY_CONFIGS if (root / n).is_file() and inside(root / n, root)), None)
    package = root / "package.json"
    if config_js is not None or (
        package.is_file() and "@11ty/eleventy" in (read_source_text(package, "package.json", report, root) or "")
    ):
        site.eleventy = True  # fmt: skip
    js = (read_source_text(config_js, config_js.name, report, root) or "") if config_js else ""
    site.input_dir = (root / _eleventy_dir(js, "input", ".")).resolve() if site.eleventy else None
    data_dir = (site.input_dir or root) / _eleventy_dir(js, "data", "_data")
    include_dir = (site.input_dir or root) / _eleventy_dir(js, "includes", "_includes")
    if site.eleventy and inside(data_dir, root):
        site.data = global_data(data_dir)
    config_file = root / "_config.yml"
    if config_file.is_file():
        text = read_source_text(config_file, _rel(config_file, source), report, root)
        try:
            site.config = parse_front_matter("yaml", text or "")
        except FrontMatterError as exc:
            report.add(_rel(config_file, source), exc.line, "front-matter", f"{exc}; Jekyll's default permalink "
                       "style 'date' was used")  # fmt: skip
    wanted = dict.fromkeys([include_dir, root / "_includes", root / "src" / "_includes"])  # each folder once
    site.includes = confined_dirs(list(wanted), root, report, source)
    if site.eleventy:
        found = f"Eleventy site ({config_js.name if config_js else 'package.json'})"
    elif config_file.is_file():
        found = "Jekyll site (_config.yml)"
    else:
        found = ("no _config.yml or Eleventy configuration there, so default address patterns were used (give "
                 "--site-root DIR when the site's configuration is in a folder above SOURCE)")  # fmt: skip
    report.notes.append(f"Site root: {root} — {found}. Nothing outside it is read.")
    return site


def read_jekyll(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    site = _site(source, mapping, report)
    site_root = site.root
    out = Source(root=site_root)
    out.image_roots += confined_dirs([site_root, site_root / "assets", site_root / "images", site_root / "src"],
                                     site_root, report, source)  # fmt: skip
    out.includes += site.includes
    authors_dir = source / mapping.authors_dir if mapping.authors_dir else None
    out.authors = _profiles(authors_dir or (site_root / "_authors"), report, source, site_root)
    for path in (site_root / "_data" / "authors.yml", site_root / "_data" / "authors.yaml"):
        if path.is_file():
            try:
                data = parse_front_matter("yaml", read_source_text(path, _rel(path, source), report, site_root) or "")
            except FrontMatterError:
                report.add(_rel(path, source), 0, "front-matter", "the authors file cannot be read; authors are "
                           "named from the posts only")  # fmt: skip
                data = {}
            for key, value in data.items():
                if isinstance(value, dict):
                    out.authors.setdefault(key, {**value, "_file": _rel(path, source)})
    for root in _post_roots(source):
        for dirpath, dirnames, filenames in os.walk(root):
            folder = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("_site", "node_modules", "vendor", "_includes", "_layouts", "_data")
                                 and not (folder / d).is_symlink())  # fmt: skip
            for filename in sorted(filenames):
                path = folder / filename
                rel = _rel(path, source)
                if path.suffix.lower() not in (*MARKDOWN_EXTENSIONS, ".html") or filename.startswith("_"):
                    continue
                if path.suffix.lower() == ".html" and "_posts" not in path.parts:
                    continue
                if filename in ("index.md", "index.html") and folder == root:
                    report.add(rel, 0, "section-skipped", "a listing page is not a story")
                    continue
                if path.is_symlink():
                    report.add(rel, 0, "skipped", "the file is a symbolic link; links are never followed")
                    continue
                post = _read(path, rel, folder, root, report, site, mapping)
                if post is not None:
                    out.posts.append(post)
    return out


def _read(
    path: Path, rel: str, folder: Path, root: Path, report: ImportReport, site: Site, mapping: Mapping
) -> SourcePost | None:
    split = read_post_file(path, rel, report, site.root)
    if split is None:
        return None
    fmt, front_text, body, body_line = split
    if fmt != "yaml":
        report.add(rel, 0, "skipped", "no front matter (--- ... ---): Jekyll does not publish this as a post")
        return None
    try:
        front = parse_front_matter(fmt, front_text)
    except FrontMatterError as exc:
        report.add(rel, exc.line + front_start(front_text, body_line) - 2, "front-matter", str(exc))
        return None
    for key in ("tags", "categories", "category"):  # Jekyll: space-separated strings
        if isinstance(front.get(key), str) and "," not in front[key]:
            front[key] = front[key].split()
    bundle = path.stem == "index" and folder != root
    stem = folder.name if bundle else path.stem
    name, date_hint = name_and_date(stem)
    post = SourcePost(rel, path, front, key_lines(front_text, front_start(front_text, body_line)), body, body_line, name, date_hint,
                      folder if bundle else None)  # fmt: skip
    date, _ = to_date(front.get("date") or date_hint)
    url = _eleventy_url(post, site, date, mapping, report) if site.eleventy else _jekyll_url(post, site, date, mapping)
    if url:
        post.old_urls.append(url)
    elif url is None:
        post.old_urls.append(clean_url(_rel(folder if bundle else path.with_suffix(""), root.parent) + "/"))
    post.keys |= {path.name, path.stem, rel, "/" + rel, f"_posts/{path.name}", rel.rsplit(".", 1)[0]}
    post.keys |= {u for u in post.old_urls} | {"/" + u for u in post.old_urls}
    return post


def _jekyll_url(post: SourcePost, site: Site, date: str | None, mapping: Mapping) -> str | None:
    """Jekyll's address for a post: --permalink, front matter, _config.yml defaults/permalink; None: the path."""
    front, rel_site = post.front, _rel(post.path, site.root)
    in_posts = "_posts" in post.path.parts
    given = front.get("permalink")
    if not in_posts and not (isinstance(given, str) and given.strip()) and not mapping.permalink:
        return None  # a page outside _posts: published at its path
    pattern = mapping.permalink or jekyll_pattern(front, site.config, rel_site)
    if date is None and re.search(r":(year|month|day|y_day|week)", pattern):
        return None
    if ":" not in pattern:
        return clean_url(pattern)
    cats = front.get("categories") or front.get("category") or []
    cats = [str(c) for c in (cats if isinstance(cats, list) else [cats])]
    above = rel_site.split("_posts/")[0].strip("/").split("/") if in_posts and "_posts/" in rel_site else []
    cats = [c for c in [*above, *cats] if c and slugify(c)]
    slug = str(front.get("slug") or post.name)
    return address(expand_jekyll(pattern, date=date, title=slug, slug=slugify(slug) or slug, categories=cats))


def _eleventy_url(post: SourcePost, site: Site, date: str | None, mapping: Mapping, report: ImportReport) -> str | None:
    """Eleventy's address: front matter permalink, else template/folder data files, else the input path.
    '' when the post is not published (permalink: false); None when the default path applies."""
    input_dir = site.input_dir or site.root
    stem_path = post.path.with_suffix("")
    rel_input = _rel(stem_path, input_dir)
    file_slug = post.name if post.path.stem != "index" else post.path.parent.name
    page = {"fileSlug": file_slug, "date": date or "", "filePathStem": "/" + rel_input,
            "inputPath": "./" + _rel(post.path, input_dir), "url": ""}  # fmt: skip
    variables = {**site.data, **post.front, "page": page}
    where = "front matter"
    value: Any = post.front.get("permalink")
    if mapping.permalink:
        value, where = mapping.permalink, "--permalink"
    elif value is None:
        found = eleventy_rule(post.path.parent, input_dir, post.path.stem)
        if found is not None:
            value, where = found
    default = clean_url((rel_input[: -len("/index")] if rel_input.endswith("/index") else rel_input) + "/")
    if value is None:
        return default
    if value is False or str(value).strip().lower() == "false":
        report.add(post.file, post.key_lines.get("permalink", 0), "redirect", f"permalink: false ({where}): the "
                   "post had no address of its own, so it gets no redirect")  # fmt: skip
        return ""
    text = str(value)
    if text and "{{" not in text and ":" in text:  # a Jekyll/Hugo style pattern (--permalink /:year/:slug/)
        slug = str(post.front.get("slug") or post.name)
        return address(expand_jekyll(text, date=date, title=slug, slug=slugify(slug) or slug, categories=[]))
    expanded = expand_eleventy(text, variables) if text else None
    if expanded is None:
        if where not in site.told:
            site.told.add(where)
            why = "is code, not a plain text" if not text else f"'{text}' uses template logic this importer cannot run"
            report.notes.append(f"The permalink in {where} {why}; former addresses use Eleventy's default "
                                f"/<folder>/<file name>/ instead (e.g. /{default}). Give the real one with "
                                "--permalink PATTERN (e.g. /:year/:month/:day/:slug/).")  # fmt: skip
        return default
    return address(expanded)
