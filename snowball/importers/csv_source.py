"""Read a spreadsheet saved as CSV: one row a story, the header row names the fields.

Quoted cells may hold commas and line breaks (the csv module reads them as spreadsheets
write them). Lists (authors, tags, practices) are separated by commas or semicolons inside
a cell. Columns are recognised by the mapping's names first, then by common header names in
English and Portuguese ("Story title", "Submitted by", "Site / Branch", "Data de envio"...),
ignoring case, accents and punctuation (headers.py). A form export's several free-text answers
become the story's sections, each under its question. Dates are read in the column's own
format (day or month first, decided from the whole column); formulas are reported.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .common import MAX_SOURCE_BYTES, Source, SourcePost, read_source_text, shorten, slugify
from .headers import assign_columns, is_free_text
from .mapping import Mapping
from .report import ImportReport

_HYPERLINK_RE = re.compile(r'^=\s*HYPERLINK\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)\s*$', re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")
_ISO_DATE_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_MD_ACTIVE_RE = re.compile(r"[\\`*_\[\]<>]")  # a question is text, not Markdown: "Rate 1*2" is no emphasis
MADE = "_made_"  # prefix of the front keys this reader makes (a title, a date): used, so never under source:


def read_csv(source: Path, mapping: Mapping, report: ImportReport) -> Source:
    out = Source()
    csv.field_size_limit(MAX_SOURCE_BYTES)  # a long story in one cell is normal; the default is 128 KB
    files = sorted(source.glob("*.csv")) if source.is_dir() else [source]
    base = source if source.is_dir() else source.parent
    out.image_roots.append(base)
    for path in files:
        rel = path.relative_to(base).as_posix()
        text = read_source_text(path, rel, report)
        if text is None:
            continue
        rows = _rows(text, rel, report)
        if rows is None:
            continue
        header, body_rows = rows
        out.posts += _posts(rel, path, header, body_rows, mapping, report)
    return out


def _rows(text: str, rel: str, report: ImportReport) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
    """The header and every readable row with the CSV line it starts on; problems are reported."""
    first = text.split("\n", 1)[0]
    # spreadsheets write Excel's dialect; only the delimiter varies by locale (; in much of Europe)
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text), csv.excel, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        report.add(rel, 1, "skipped", f"the header row cannot be read ({exc})")
        return None
    if not header:
        report.add(rel, 1, "skipped", "the file is empty")
        return None
    header = [h.strip().lstrip("\ufeff") for h in header]
    seen: set[str] = set()
    for i, name in enumerate(header):  # two columns with one header would share one cell: number the later ones
        unique, n = name, 2
        while name and unique in seen:
            unique, n = f"{name} ({n})", n + 1
        if unique != name:
            report.add(rel, 1, "field-kept", f"column {i + 1} repeats the header '{name}'; it is read as '{unique}'")
        header[i] = unique
        seen.add(unique)
    rows: list[tuple[int, list[str]]] = []
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
        rows.append((start, [c.replace("\r\n", "\n") for c in row]))
    return header, rows


def _posts(rel: str, path: Path, header: list[str], rows: list[tuple[int, list[str]]], mapping: Mapping,
           report: ImportReport) -> list[SourcePost]:  # fmt: skip
    columns = [[row[i] if i < len(row) else "" for _, row in rows] for i in range(len(header))]
    roles, body_cols = assign_columns(header, mapping.fields, columns)
    named = len(body_cols)
    # free-text answers nobody named (a form's questions) are sections of the body
    for i, name in enumerate(header):
        if name and i not in roles.values() and i not in body_cols and is_free_text(name, columns[i]):
            body_cols.append(i)
    # one column named as the text ('Story') is the body as it is; several, or a form's questions, are sections
    titled = not (named == 1 and len(body_cols) == 1)
    date_col = roles.get("date")
    stamp_col = roles.pop("timestamp", None)
    # each column has its own format (a form's timestamp may be month-first, the typed date day-first)
    day_first = {col: _day_first(columns[col]) for col in (date_col, stamp_col) if col is not None}
    posts = []
    for start, row in rows:
        cells = {h: row[i] if i < len(row) else "" for i, h in enumerate(header) if h}
        cells = {h: _formula(v, rel, start, h, report) for h, v in cells.items()}
        front = {h: v for h, v in cells.items() if v.strip()}
        post_roles = {field: header[i] for field, i in roles.items() if header[i] in front}
        body = _body(header, body_cols, cells, titled=titled)
        for i in body_cols:
            front.pop(header[i], None)
        _date(front, post_roles, header, date_col, stamp_col, day_first, rel, start, report)
        if "title" not in post_roles:
            made = _title_from(body) or ""
            if made:
                front[MADE + "title"] = made
                post_roles["title"] = MADE + "title"
                report.add(rel, start, "default-used", f"no title column; the title '{made}' was made from the "
                           "first answer (add a 'Title' column to choose it)")  # fmt: skip
        title = front.get(post_roles.get("title", ""), "")
        name = slugify(str(front.get(post_roles.get("slug", ""), "") or title)) or f"row-{start}"
        post = SourcePost(rel, path, front, {h: start for h in front}, body, start, name)
        post.roles = post_roles
        post.row = start  # beside the file under source:; a column called 'row' is kept as well
        url_key = next((k for k in front if k.strip().lower() == "url"), None)
        if url_key:
            from .hugo import clean_url

            post.old_urls.append(clean_url(str(front[url_key])))
        post.keys |= {name, *post.old_urls}
        posts.append(post)
    return posts


def _body(header: list[str], body_cols: list[int], cells: dict[str, str], *, titled: bool) -> str:
    """One body column as it is; several as sections, each under its column's header (the question)."""
    parts = []
    for i in body_cols:
        text = cells.get(header[i], "").strip()
        if not text:
            continue
        question = _MD_ACTIVE_RE.sub(r"\\\g<0>", " ".join(header[i].split()).lstrip("#").strip())
        parts.append(f"## {question}\n\n{text}" if titled else text)
    return "\n\n".join(parts) + ("\n" if parts else "")


def _title_from(body: str) -> str:
    for line in body.split("\n"):
        s = line.strip()
        if s and not s.startswith("#"):
            sentence = re.split(r"(?<=[.!?])\s", s, maxsplit=1)[0]
            return shorten(sentence.rstrip("."), 90)
    return ""


def _formula(cell: str, rel: str, line: int, column: str, report: ImportReport) -> str:
    """=HYPERLINK("url","text") becomes a Markdown link; other formulas stay as text, reported (the CSV holds
    the formula, not its result)."""
    if not cell.startswith("="):
        return cell
    m = _HYPERLINK_RE.match(cell.strip())
    if m:
        url, text = m.group(1), m.group(2) or m.group(1)
        report.add(rel, line, "formula", f"{column}: the HYPERLINK formula became the link [{text}]({url})")
        return f"[{text}]({url})"
    report.add(rel, line, "formula", f"{column}: {cell[:60]!r} is a spreadsheet formula; the CSV holds the formula, "
               "not its result, so it was kept as text (paste values in the spreadsheet and export again)")  # fmt: skip
    return cell


def _day_first(cells: list[str]) -> bool | None:
    """True when the column writes day/month, False for month/day, None when no date tells (every day <= 12)."""
    day_first = month_first = 0
    for cell in cells:
        m = _NUMERIC_DATE_RE.match(cell.strip())
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        day_first += a > 12 >= b
        month_first += b > 12 >= a
    if day_first == month_first:
        return None
    return day_first > month_first


def parse_date(cell: str, day_first: bool | None) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, a problem in plain words or ''). Time after the date (a form's timestamp) is ignored."""
    import datetime as dt

    text = cell.strip()
    iso = _ISO_DATE_RE.match(text)
    numeric = _NUMERIC_DATE_RE.match(text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat(), ""
        if numeric:
            a, b, y = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
            y += 2000 if y < 100 else 0
            ambiguous = day_first is None and a != b and a <= 12 and b <= 12
            first = True if day_first is None else day_first
            day, month = (a, b) if first else (b, a)
            got = dt.date(y, month, day).isoformat()
            return got, ("it could be day/month or month/day and no other date in the column tells; read as "
                         "day/month" if ambiguous else "")  # fmt: skip
    except ValueError:
        return None, "it is not a real date"
    from .common import to_date

    got, _ = to_date(text)
    return got, "" if got else "it is not a date the importer can read"


def _date(front: dict[str, str], roles: dict[str, str], header: list[str], date_col: int | None,
          stamp_col: int | None, day_first: dict[int, bool | None], rel: str, line: int,
          report: ImportReport) -> None:  # fmt: skip
    """Put the row's date, as YYYY-MM-DD, where the engine reads it; report every date that is not plain."""
    date_key = header[date_col] if date_col is not None else None
    stamp_key = header[stamp_col] if stamp_col is not None else None
    roles.pop("date", None)
    for key, col in ((date_key, date_col), (stamp_key, stamp_col)):
        if key is None or col is None:
            continue
        cell = front.get(key, "")
        if not cell.strip():
            if key == date_key:
                report.add(rel, line, "date-missing", f"{key}: the cell is empty" + (
                    f"; the form's timestamp ({stamp_key}) is used instead" if stamp_key else ""))  # fmt: skip
            continue
        got, problem = parse_date(cell, day_first[col])
        if got is None:
            report.add(rel, line, "date-invalid", f"{key}: '{cell}' cannot be used: {problem}; kept under source:")
            continue
        if problem:
            report.add(rel, line, "date-ambiguous", f"{key}: '{cell}' {problem} as {got}; the cell is kept under "
                       "source: (check it)")  # fmt: skip
        elif got != cell.strip():
            report.add(rel, line, "date-normalised", f"{key}: {cell.strip()} -> {got} (kept under source:)")
        if key == stamp_key and date_key:
            report.add(rel, line, "default-used", f"the date {got} is the form's timestamp ({key})")
        if key == date_key and got == cell.strip():
            roles["date"] = key  # already YYYY-MM-DD: read as it is
        else:
            front[MADE + "date"], roles["date"] = got, MADE + "date"  # the cell itself stays, under source:
        return
