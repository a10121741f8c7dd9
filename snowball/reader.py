"""The one reader of story and registry files, shared by the validator and the build.

MkDocs' meta parser and python-frontmatter disagree on BOMs, CR line endings,
`...` closers and MultiMarkdown headers; we read every file once, here, and
hand both sides the same result with a line number for every key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .contract import MAX_FRONT_MATTER_BYTES, MAX_REGISTRY_BYTES, MAX_STORY_BYTES
from .diagnostics import Report
from .fields import TRUE_WORDS
from .foreign import looks_like_toml
from .gate import tr
from .yamlread import Map, Node, Scalar, YamlProblem, parse


@dataclass(frozen=True)
class RawFile:
    """A story file split into its parsed front matter and its Markdown body."""

    front: Map | None  # None when the front matter could not be read
    body: str
    body_line: int  # file line on which the body starts


def read_text(path: Path, report: Report, limit: int) -> str | None:
    """Read a file as UTF-8 text with LF endings, reporting what is wrong with its encoding.

    Returns None when nothing useful can be read (binary, oversized, undecodable).
    A BOM or CR line endings are reported as errors but the text is still returned,
    so the author also learns about everything else in one run.
    """
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        report.error("unreadable", tr("cannot read the file: %(strerror)s", strerror=exc.strerror))
        return None
    if len(data) > limit:
        size = path.stat().st_size
        report.error(
            "file-too-large",
            tr(
                "the file is %(size)s KB; the limit is %(limit)s KB",
                size=format(size / 1024, ",.0f"),
                limit=format(limit // 1024, ","),
            ),
            hint=tr("shorten the text; put large data in a linked document instead"),
        )
        return None
    if b"\x00" in data:
        report.error(
            "not-text", tr("the file is not text (it contains NUL bytes)"), hint=tr("save it as plain UTF-8 Markdown")
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        report.error(
            "encoding-bom",
            tr("the file starts with a byte-order mark (BOM)"),
            1,
            1,
            hint=tr("save as UTF-8 without BOM (in VS Code: 'Save with Encoding' > 'UTF-8')"),
        )
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            "encoding",
            tr(
                "the file is not valid UTF-8 (byte 0x%(byte)s)",
                byte=format(data[exc.start], "02x"),
            ),
            line,
            col,
            hint=tr("save the file as UTF-8"),
        )
        return None
    if "\r" in text:
        line = text.count("\n", 0, text.index("\r")) + 1
        report.error(
            "line-endings",
            tr("the file has Windows (CRLF) or old Mac (CR) line endings"),
            line,
            hint=tr("save with LF line endings (the repository's .gitattributes does this on commit)"),
        )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def split_front_matter(text: str, report: Report) -> RawFile:
    """Split '---' front matter from the body and parse it; problems go to report."""
    lines = text.split("\n")
    if lines and looks_like_toml(lines[0]):
        report.error(
            "foreign-front-matter",
            tr("this looks like a Hugo page with TOML front matter ('+++'), not a Snowball story"),
            1,
            1,
            hint=tr(
                "convert it with the importer, which maps the fields and keeps the rest: "
                "snowball import hugo FOLDER-WITH-THE-POSTS --into ."
            ),
        )
        return RawFile(None, text, 1)
    if not lines or lines[0].rstrip() != "---":
        first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
        if first is not None and lines[first].rstrip() == "---":
            report.error(
                "front-matter-start",
                tr("the front matter starts on line %(first_1)s, not line 1", first_1=first + 1),
                first + 1,
                1,
                hint=tr("delete the blank lines above the first '---'"),
            )
        else:
            report.error(
                "front-matter-missing",
                tr("the file does not start with front matter"),
                1,
                1,
                hint=tr("start the file with a '---' line, the fields (title, summary, date, ...), and '---'"),
            )
        return RawFile(None, text, 1)
    close = None
    size = 0
    for i in range(1, len(lines)):
        size += len(lines[i]) + 1
        stripped = lines[i].rstrip()
        if stripped == "---":
            close = i
            break
        if stripped == "...":
            report.error(
                "front-matter-close",
                tr("the front matter is closed with '...'"),
                i + 1,
                1,
                hint=tr("close it with '---'"),
            )
            close = i
            break
        if size > MAX_FRONT_MATTER_BYTES:
            break
    if size > MAX_FRONT_MATTER_BYTES:
        report.error(
            "front-matter-too-large",
            tr(
                "the front matter is over %(limit)s KB",
                limit=MAX_FRONT_MATTER_BYTES // 1024,
            ),
            1,
            1,
            hint=tr("front matter holds a few short fields; move long text into the story body"),
        )
        return RawFile(None, "", len(lines))
    if close is None:
        report.error(
            "front-matter-unclosed",
            tr("the front matter is never closed"),
            1,
            1,
            hint=tr("add a line with '---' after the last field"),
        )
        return RawFile(None, "", len(lines))
    body = "\n".join(lines[close + 1 :])
    before = len(report.items)
    front = parse_yaml("\n".join(lines[1:close]) + "\n", report, first_line=2, context="front matter")
    if front is not None and not isinstance(front, Map):
        report.error(
            "front-matter-not-fields",
            tr("the front matter must be a set of 'name: value' fields"),
            2,
            1,
            hint=tr("write one field per line, like 'title: \"...\"'"),
        )
        front = None
    if front is None and len(report.items) == before:
        report.error(
            "front-matter-empty",
            tr("the front matter is empty"),
            2,
            1,
            hint=tr("add title, summary, date, site, champions and practices"),
        )
    return RawFile(front if isinstance(front, Map) else None, body, close + 2)


def parse_yaml(text: str, report: Report, *, first_line: int, context: str) -> Node | None:
    """Parse YAML, turning every refusal into one diagnostic."""
    try:
        return parse(text, first_line)
    except YamlProblem as p:
        named = p.code == "invalid-characters" and p.key  # "'title' contains ...": the field says where
        message = p.message if named else f"{context}: {p.message}"
        report.error(p.code, message, p.line, p.col, field=p.key, hint=p.hint)
        return None


def read_story_file(path: Path, report: Report) -> RawFile | None:
    text = read_text(path, report, MAX_STORY_BYTES)
    if text is None:
        return None
    return split_front_matter(text, report)


def is_draft(index: Path) -> bool:
    """Whether a story file says `draft: true`, as the hub reads it (so `draft: true  # not ready` counts).

    The one draft check for tools that look at a single story without loading the hub (redirects.yml's
    targets, `snowball mv`/`rm`): the file is read by this reader and the value by the fields' bool words.
    """
    raw = read_story_file(index, Report(str(index)))
    entry = raw.front.entries.get("draft") if raw is not None and raw.front is not None else None
    return entry is not None and isinstance(entry.value, Scalar) and entry.value.text in TRUE_WORDS


def read_registry_file(path: Path, report: Report) -> Node | None:
    text = read_text(path, report, MAX_REGISTRY_BYTES)
    if text is None:
        return None
    return parse_yaml(text, report, first_line=1, context=path.name)
