"""Read a Material for MkDocs blog: docs/blog/posts/*.md with docs/blog/.authors.yml.

Front matter: date (a value, or a mapping with created/updated), authors (keys of
.authors.yml, each with name, description, avatar), categories, tags, slug, draft.
The former address is the blog plugin's default: blog/YYYY/MM/DD/slug/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from .common import (
    FrontMatterError,
    Source,
    SourcePost,
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
from .hugo import MARKDOWN_EXTENSIONS, _rel, clean_url
from .linear import markdown_wrapper
from .mapping import Mapping
from .report import ImportReport


def _blog_dir(source: Path) -> Path:
    for candidate in (source / "docs" / "blog", source / "blog", source):
        if (candidate / "posts").is_dir():
            return candidate
    return source.parent if source.name == "posts" else source


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name and !ENV tags; their values do not matter here."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _blog_settings(root: Path, report: ImportReport) -> tuple[dict[str, Any], str]:
    """The blog plugin's settings from mkdocs.yml (blog_dir, post_url_format ...) and docs_dir."""
    path = root / "mkdocs.yml"
    if not path.is_file():
        return {}, "docs"
    text = read_source_text(path, "mkdocs.yml", report, root) or ""
    try:
        data = yaml.load(text, Loader=_AnyTagLoader)  # noqa: S506 - a safe loader that drops unknown tags
    except yaml.YAMLError:
        report.notes.append("mkdocs.yml cannot be read; the blog plugin's default address pattern was used")
        return {}, "docs"
    if not isinstance(data, dict):
        return {}, "docs"
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict):
            for name, conf in plugin.items():
                if str(name).split("/")[-1] == "blog" and isinstance(conf, dict):
                    return conf, str(data.get("docs_dir") or "docs")
    return {}, str(data.get("docs_dir") or "docs")


def blog_url(settings: dict[str, Any], blog_rel: str, date: str, slug: str, categories: list[str], file: str) -> str:
    """The blog plugin's address of a post: blog_dir + post_url_format ({date}/{slug} by default)."""
    y, m, d = date.split("-")
    date_format = str(settings.get("post_url_date_format") or "yyyy/MM/dd")
    date_text = date_format.replace("yyyy", y).replace("MM", m).replace("dd", d).replace("yy", y[2:])
    fmt = str(settings.get("post_url_format") or "{date}/{slug}")
    cats = "/".join(slugify(c) for c in categories[:1] if slugify(c))
    url = fmt.replace("{date}", date_text).replace("{slug}", slug).replace("{categories}", cats)
    url = url.replace("{file}", file)
    return clean_url(f"{blog_rel}/{url}/")


def read_material_blog(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    root = mapping.site_root or source
    out = Source(root=root)
    settings, docs_dir = _blog_settings(root, report)
    report.notes.append(f"Site root: {root}" + (" (mkdocs.yml's blog plugin settings were read)" if settings else "")
                        + ". Nothing outside it is read.")  # fmt: skip
    configured = root / docs_dir / str(settings["blog_dir"]) if settings.get("blog_dir") else None
    blog = configured if configured is not None and configured.is_dir() else _blog_dir(source)
    posts = blog / "posts" if (blog / "posts").is_dir() else blog
    docs = next((p for p in (blog, *blog.parents) if p.name == "docs"), blog.parent)
    out.image_roots += [r for r in (blog, docs) if inside(r, root)]
    authors_file = next((p for p in (blog / ".authors.yml", docs / ".authors.yml") if p.is_file()), None)
    if authors_file is not None:
        rel = _rel(authors_file, source)
        text = read_source_text(authors_file, rel, report, root)
        try:
            data = parse_front_matter("yaml", text or "")
        except FrontMatterError as exc:
            report.add(rel, exc.line, "front-matter", f"{exc}; authors are named by their keys only")
            data = {}
        authors = data.get("authors", data) if isinstance(data.get("authors", data), dict) else {}
        for key, value in authors.items():
            if isinstance(value, dict):
                profile = dict(value)
                profile["_file"] = rel
                out.authors[key] = profile
    for dirpath, dirnames, filenames in os.walk(posts):
        folder = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (folder / d).is_symlink())
        for filename in sorted(filenames):
            path = folder / filename
            rel = _rel(path, source)
            if path.suffix.lower() not in MARKDOWN_EXTENSIONS:
                continue
            if path.is_symlink():
                report.add(rel, 0, "skipped", "the file is a symbolic link; links are never followed")
                continue
            split = read_post_file(path, rel, report, root)
            if split is None:
                continue
            fmt, front_text, body, body_line = split
            try:
                front = parse_front_matter(fmt, front_text)
            except FrontMatterError as exc:
                report.add(rel, exc.line + front_start(front_text, body_line) - 2, "front-matter", str(exc))
                continue
            if "date" not in front:
                report.add(rel, 0, "skipped", "the blog plugin needs a date; this post has none")
                continue
            name, date_hint = name_and_date(path.stem)
            title = str(front.get("title") or "")
            lines = body.split("\n")
            for i, line in enumerate(lines):  # the blog plugin takes the first heading as the title
                if line.startswith("# "):
                    if not title or line[2:].strip() == title:
                        title = line[2:].strip()
                        front["title"] = title
                        del lines[i]  # the story page shows the title; a second one would repeat it
                        report.add(rel, body_line + i, "markup-removed", "the first heading became the title")
                    break
                if line.strip():
                    break
            if "<!-- more -->" in lines:  # the excerpt separator means nothing in a story
                lines.remove("<!-- more -->")
            body = material_flavour("\n".join(lines), rel, body_line, report)
            post = SourcePost(
                rel,
                path,
                front,
                key_lines(front_text, front_start(front_text, body_line)),
                body,
                body_line,
                name,
                date_hint,
            )
            date, _ = to_date(front.get("date"))
            slug = str(front.get("slug") or "") or slugify(title) or name
            if date and mapping.permalink:
                from .permalinks import expand_jekyll

                post.old_urls.append(clean_url(expand_jekyll(mapping.permalink, date=date, title=slug, slug=slug,
                                                             categories=[])))  # fmt: skip
            elif date:
                cats = [str(c) for c in front.get("categories") or [] if isinstance(front.get("categories"), list)]
                post.old_urls.append(blog_url(settings, _rel(blog, docs), date, slug, cats, name))
            post.keys |= {path.name, path.stem, rel, _rel(path, blog), _rel(path, docs), "posts/" + path.name}
            post.keys |= set(post.old_urls)
            out.posts.append(post)
    return out


_TAB_RE = re.compile(r'^(\s*)===[+!]?\s+"([^"]*)"\s*$')
_ICON_RE = re.compile(r":(?:material|octicons|fontawesome|simple)-[a-z0-9-]+:(?:\{[^}\n]*\})?")


def material_flavour(body: str, rel: str, first_line: int, report: ImportReport) -> str:
    """Material's Markdown extras a hub does not enable, turned into plain Markdown (each change reported).

    <div markdown> / <figure markdown> wrappers are unwrapped so their Markdown renders; content tabs
    (=== "Title") become a bold title over their dedented content; icon shortcodes (:octicons-x:) go.
    """
    out: list[str] = []
    fence: str | None = None
    open_tags: list[str] = []
    tab_indent: int | None = None
    for i, line in enumerate(body.split("\n")):
        where = first_line + i
        stripped = line.strip()
        if fence is None and re.match(r"^(`{3,}|~{3,})", stripped):
            fence = stripped[:3]
        elif fence is not None and stripped.startswith(fence):
            fence = None
            out.append(_dedent(line, tab_indent))
            continue
        if fence is not None:
            out.append(_dedent(line, tab_indent))
            continue
        wrapper = markdown_wrapper(line)  # linear: the regex tried every split of a long line
        if wrapper:
            open_tags.append(wrapper)
            report.add(rel, where, "html-changed", f"<{wrapper} markdown> was unwrapped so its Markdown renders")
            continue
        if open_tags and stripped == f"</{open_tags[-1]}>":
            open_tags.pop()
            continue
        t = _TAB_RE.match(line)
        if t:
            tab_indent = len(t.group(1)) + 4
            out.append(f"{t.group(1)}**{t.group(2)}**")
            report.add(rel, where, "shortcode-converted", f'the content tab "{t.group(2)}" became a bold title')
            continue
        if tab_indent is not None and stripped and len(line) - len(line.lstrip()) < tab_indent:
            tab_indent = None
        if ":" in line and _ICON_RE.search(line):
            report.add(rel, where, "shortcode-removed", f"icon {_ICON_RE.search(line).group(0)} removed")  # type: ignore[union-attr]
            line = _ICON_RE.sub("", line)
        out.append(_dedent(line, tab_indent))
    return "\n".join(out)


def _dedent(line: str, tab_indent: int | None) -> str:
    if tab_indent is None:
        return line
    return line[4:] if line.startswith("    ") else line.lstrip()
