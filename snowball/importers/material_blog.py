"""Read a Material for MkDocs blog: docs/blog/posts/*.md with docs/blog/.authors.yml.

Front matter: date (a value, or a mapping with created/updated), authors (keys of
.authors.yml, each with name, description, avatar), categories, tags, slug, draft.
The former address is the blog plugin's default: blog/YYYY/MM/DD/slug/.
"""

from __future__ import annotations

import os
from pathlib import Path

from .common import (
    FrontMatterError,
    Source,
    SourcePost,
    key_lines,
    name_and_date,
    parse_front_matter,
    read_source_text,
    slugify,
    split_front_matter,
    to_date,
)
from .hugo import MARKDOWN_EXTENSIONS, _rel, clean_url
from .mapping import Mapping
from .report import ImportReport


def _blog_dir(source: Path) -> Path:
    for candidate in (source / "docs" / "blog", source / "blog", source):
        if (candidate / "posts").is_dir():
            return candidate
    return source.parent if source.name == "posts" else source


def read_material_blog(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    out = Source()
    blog = _blog_dir(source)
    posts = blog / "posts" if (blog / "posts").is_dir() else blog
    docs = next((p for p in (blog, *blog.parents) if p.name == "docs"), blog.parent)
    out.image_roots += [blog, docs]
    authors_file = next((p for p in (blog / ".authors.yml", docs / ".authors.yml") if p.is_file()), None)
    if authors_file is not None:
        rel = _rel(authors_file, source)
        text = read_source_text(authors_file, rel, report)
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
            text = read_source_text(path, rel, report)
            if text is None:
                continue
            if not text.strip():
                report.add(rel, 0, "skipped", "the file is empty")
                continue
            fmt, front_text, body, body_line = split_front_matter(text)
            try:
                front = parse_front_matter(fmt, front_text)
            except FrontMatterError as exc:
                report.add(rel, exc.line, "front-matter", str(exc))
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
            body = "\n".join(lines)
            post = SourcePost(rel, path, front, key_lines(front_text, 2), body, body_line, name, date_hint)
            date, _ = to_date(front.get("date"))
            slug = str(front.get("slug") or "") or slugify(title) or name
            if date:
                y, m, d = date.split("-")
                post.old_urls.append(clean_url(f"{_rel(blog, docs)}/{y}/{m}/{d}/{slug}/"))
            post.keys |= {path.name, path.stem, rel, _rel(path, blog), _rel(path, docs), "posts/" + path.name}
            post.keys |= set(post.old_urls)
            out.posts.append(post)
    return out
