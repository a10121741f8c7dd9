"""Read Jekyll and Eleventy posts: _posts/YYYY-MM-DD-slug.md, content/posts/..., posts/...

Liquid and Nunjucks tags are converted by shortcodes.convert_liquid. The date comes from the
file name when the front matter has none; the former address from `permalink` (Jekyll's
default /:categories/:year/:month/:day/:title.html otherwise, or Eleventy's /posts/slug/).
"""

from __future__ import annotations

import os
from pathlib import Path

from .common import (
    FrontMatterError,
    Source,
    SourcePost,
    front_start,
    key_lines,
    name_and_date,
    parse_front_matter,
    read_post_file,
    slugify,
    to_date,
)
from .hugo import MARKDOWN_EXTENSIONS, _profiles, _rel, clean_url, find_up
from .mapping import Mapping
from .report import ImportReport

POST_DIRS = ("_posts", "posts", "blog", "content/posts", "content/blog", "src/posts", "src/blog")


def _post_roots(source: Path) -> list[Path]:
    found = [source / d for d in POST_DIRS if (source / d).is_dir()]
    return found or [source]


def read_jekyll(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    out = Source()
    site_root = find_up(source, lambda p: any((p / n).exists() for n in ("_config.yml", ".eleventy.js",
                        "eleventy.config.js", "_includes", "package.json"))) or source  # fmt: skip
    out.image_roots += [site_root, site_root / "assets", site_root / "images", site_root / "src"]
    out.includes += [d for d in (site_root / "_includes", site_root / "src" / "_includes") if d.is_dir()]
    authors_dir = source / mapping.authors_dir if mapping.authors_dir else None
    out.authors = _profiles(authors_dir or (site_root / "_authors"), report, source)
    for path in (site_root / "_data" / "authors.yml", site_root / "_data" / "authors.yaml"):
        if path.is_file():
            try:
                data = parse_front_matter("yaml", path.read_text(encoding="utf-8"))
            except (FrontMatterError, OSError, UnicodeDecodeError):
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
                post = _read(path, rel, folder, root, report)
                if post is not None:
                    out.posts.append(post)
    return out


def _read(path: Path, rel: str, folder: Path, root: Path, report: ImportReport) -> SourcePost | None:
    split = read_post_file(path, rel, report)
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
    slug = slugify(str(front.get("slug") or name)) or name
    if isinstance(front.get("permalink"), str) and front["permalink"].strip():
        pattern = front["permalink"]
        if ":" in pattern:
            from .hugo import expand_permalink

            url = expand_permalink(pattern.replace(":title", ":slug"), date=date, slug=slug, name=name,
                                   title=str(front.get("title") or ""), section="")  # fmt: skip
        else:
            url = clean_url(pattern)
        post.old_urls.append(url)
    elif "_posts" in path.parts and date:
        cats = front.get("categories") or front.get("category") or []
        cats = [slugify(c) for c in (cats if isinstance(cats, list) else [cats]) if slugify(str(c))]
        y, m, d = date.split("-")
        post.old_urls.append(clean_url("/".join([*cats, y, m, d, slug]) + ".html"))
    else:
        post.old_urls.append(clean_url(_rel(folder if bundle else path.with_suffix(""), root.parent) + "/"))
    post.keys |= {path.name, path.stem, rel, "/" + rel, f"_posts/{path.name}", rel.rsplit(".", 1)[0]}
    post.keys |= {u for u in post.old_urls} | {"/" + u for u in post.old_urls}
    return post
