"""Read a spreadsheet saved as CSV: one row a story, the header row names the fields.

Quoted cells may hold commas and line breaks (the csv module reads them as spreadsheets
write them). Lists (authors, tags, practices) are separated by commas or semicolons inside
a cell. The body column (body, text, content or story; see the mapping) holds the Markdown.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .common import MAX_SOURCE_BYTES, Source, SourcePost, read_source_text, slugify
from .mapping import Mapping
from .report import ImportReport


def read_csv(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    out = Source()
    csv.field_size_limit(MAX_SOURCE_BYTES)  # a long story in one cell is normal; the default is 128 KB
    files = sorted(source.glob("*.csv")) if source.is_dir() else [source]
    base = source if source.is_dir() else source.parent
    out.image_roots.append(base)
    body_names = mapping.fields.get("body", [])
    for path in files:
        rel = path.relative_to(base).as_posix()
        text = read_source_text(path, rel, report)
        if text is None:
            continue
        first = text.split("\n", 1)[0]
        # spreadsheets write Excel's dialect; only the delimiter varies by locale (; in much of Europe)
        delimiter = max(",;\t", key=first.count)
        reader = csv.reader(io.StringIO(text), csv.excel, delimiter=delimiter)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            report.add(rel, 1, "skipped", f"the header row cannot be read ({exc})")
            continue
        if not header:
            report.add(rel, 1, "skipped", "the file is empty")
            continue
        header = [h.strip().lstrip("\ufeff") for h in header]
        row_line = reader.line_num + 1
        while True:
            start = row_line
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                report.add(rel, start, "skipped", f"the row cannot be read ({exc})")
                break
            row_line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                report.add(rel, start, "skipped", f"the row has {len(row)} cells but the header names "
                           f"{len(header)}; check for an unquoted comma")  # fmt: skip
                continue
            front = {h: cell for h, cell in zip(header, row, strict=False) if h and cell.strip()}
            body_key = next((k for k in body_names if k in front), None)
            body = front.pop(body_key, "") if body_key else ""
            title = front.get("title") or front.get("Title") or ""
            name = slugify(str(front.get("slug") or title)) or f"row-{start}"
            post = SourcePost(rel, path, front, {h: start for h in header}, body.replace("\r\n", "\n"),
                              start, name)  # fmt: skip
            post.key_lines = {h: start for h in header}
            post.row = start  # beside the file under source:; a column called 'row' is kept as well
            if front.get("url"):
                from .hugo import clean_url

                post.old_urls.append(clean_url(str(front["url"])))
            post.keys |= {name, *post.old_urls}
            out.posts.append(post)
    return out
