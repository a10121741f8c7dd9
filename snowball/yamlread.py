"""A small, strict YAML reader that keeps a line number for every key and value.

PyYAML's loaders silently take the last of duplicate keys, expand alias bombs,
build arbitrary objects from tags and coerce `no`, `1.10` and `01234`. We read
the event stream instead (with the C parser where available), refuse anchors,
aliases and tags before anything is expanded, and keep every scalar as the text
the author typed, noting whether it was quoted. Typing is the contract's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .contract import MAX_YAML_DEPTH
from .gate import tr
from .i18n import N_
from .textcheck import char_name, kind_of

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader  # type: ignore[misc]

_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
# Plain words that start with a letter yet are not text to PyYAML (YAML 1.1 booleans and nulls).
_WORDS_YAML_READS = frozenset(
    f(w) for w in ("yes", "no", "true", "false", "on", "off", "null") for f in (str.lower, str.title, str.upper)
)
_TAG_NAMES = {
    "tag:yaml.org,2002:bool": N_("a true/false value"),
    "tag:yaml.org,2002:int": N_("a whole number"),
    "tag:yaml.org,2002:float": N_("a decimal number"),
    "tag:yaml.org,2002:null": N_("empty (null)"),
    "tag:yaml.org,2002:timestamp": N_("a date"),
}


@dataclass(frozen=True)
class Scalar:
    text: str
    line: int  # 1-based, in the file
    col: int
    plain: bool  # written without quotes, so YAML tools may read it as something else
    marks: tuple[Any, Any] | None = field(default=None, compare=False, repr=False)  # YAML's start and end marks
    cut: str = ""  # for a plain value: the ' #...' text YAML dropped as a comment ("#1 at Gull Point")

    @property
    def end_line(self) -> int:
        """The file line the value ends on (its start line when unknown)."""
        return self.line + (self.marks[1].line - self.marks[0].line) if self.marks else self.line

    def file_col(self, index: int) -> int | None:
        """The file column of character index of text, when the value is written as is on one line.

        Computed from the marks only when a message needs it: this reader is the validator's hot path.
        """
        if self.marks is None:
            return None
        start, end = self.marks
        quotes = 0 if self.plain else 2
        if end.line != start.line or end.index - start.index != len(self.text) + quotes:
            return None
        return self.col + (0 if self.plain else 1) + index

    def yaml_type(self) -> str | None:
        """What YAML 1.1 tools would turn this plain scalar into, or None when they keep it as text."""
        if not self.plain:
            return None
        if self.text[:1].isalpha() and self.text not in _WORDS_YAML_READS:
            return None  # the common case (ids, words), decided without the resolver's regexes
        tag = _RESOLVER.resolve(yaml.ScalarNode, self.text, (True, False))
        return None if tag == _STR_TAG else _TAG_NAMES.get(tag, tag)


@dataclass(frozen=True)
class Seq:
    items: list[Node]
    line: int
    col: int


@dataclass(frozen=True)
class Entry:
    key: str
    key_line: int
    key_col: int
    value: Node


@dataclass
class Map:
    line: int
    col: int
    entries: dict[str, Entry] = field(default_factory=dict)


Node = Scalar | Seq | Map


class YamlProblem(Exception):
    """A YAML text we refuse, with the place and a hint a person can act on."""

    def __init__(
        self, code: str, message: str, line: int, col: int, hint: str | None = None, key: str | None = None
    ) -> None:
        super().__init__(message)
        self.code, self.message, self.line, self.col, self.hint, self.key = code, message, line, col, hint, key


def _describe(node: Node) -> str:
    return tr({Scalar: N_("a value"), Seq: N_("a list"), Map: N_("a set of fields")}[type(node)])


def parse(text: str, first_line: int = 1) -> Node | None:
    """Parse one YAML document into nodes; first_line is the file line the text starts on.

    Raises YamlProblem for syntax errors, anchors, aliases, tags, duplicate keys,
    complex keys, nesting deeper than MAX_YAML_DEPTH and multiple documents.
    """
    offset = first_line - 1
    breaks = _YAML_BREAKS_RE.search(text)
    if breaks is not None:  # YAML would silently fold these into spaces, or fail somewhere else
        raise _character_problem(text, breaks.start(), offset)
    hashes = "#" in text  # only then can a plain value have lost a ' #...' tail to a comment
    stack: list[Map | Seq] = []
    pending_key: list[Scalar | None] = []  # per open mapping: the key waiting for its value
    root: Node | None = None
    documents = 0
    try:
        loader = _Loader(text)
        while loader.check_event():  # the loader's own methods: no generator frame per event
            event = loader.get_event()
            kind = type(event)  # exact-class dispatch: this loop runs for every value of every story
            node: Node
            if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                mark = event.start_mark
                line, col = mark.line + 1 + offset, mark.column + 1
                if event.anchor is not None:
                    raise YamlProblem(
                        "yaml-anchor",
                        tr("YAML anchor '&%(anchor)s' is not allowed", anchor=event.anchor),
                        line,
                        col,
                        tr("write the value out in full; anchors (&) and aliases (*) are refused"),
                    )
                if event.tag not in (None, "!") and not (kind is yaml.ScalarEvent and event.implicit[0]):
                    raise YamlProblem(
                        "yaml-tag",
                        tr("YAML tag '%(tag)s' is not allowed", tag=event.tag),
                        line,
                        col,
                        tr("remove the tag; if the value is text, put it in quotes"),
                    )
                if kind is yaml.ScalarEvent:
                    plain = not event.style  # libyaml says "" for plain
                    if plain and hashes:
                        cut = _comment_after(text, event.end_mark.index)
                        node = Scalar(event.value, line, col, plain, (mark, event.end_mark), cut)
                    else:
                        node = Scalar(event.value, line, col, plain, (mark, event.end_mark))
                else:
                    if len(stack) >= MAX_YAML_DEPTH:
                        raise YamlProblem(
                            "yaml-too-deep",
                            tr("the YAML is nested too deeply"),
                            line,
                            col,
                            tr("fields are at most a list of outcomes deep"),
                        )
                    stack.append(Map(line, col) if kind is yaml.MappingStartEvent else Seq([], line, col))
                    pending_key.append(None)
                    continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                node = stack.pop()
                pending_key.pop()
            elif kind is yaml.AliasEvent:
                mark = event.start_mark
                raise YamlProblem(
                    "yaml-anchor",
                    tr("YAML alias '*%(anchor)s' is not allowed", anchor=event.anchor),
                    mark.line + 1 + offset,
                    mark.column + 1,
                    tr("write the value out in full; anchors (&) and aliases (*) are refused"),
                )
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlProblem(
                        "yaml-multiple-documents",
                        tr("more than one YAML document"),
                        mark.line + 1 + offset,
                        mark.column + 1,
                        tr("remove the extra '---' line inside the front matter"),
                    )
                continue
            else:
                continue
            # attach the finished node to its parent
            if not stack:
                root = node
                continue
            parent = stack[-1]
            if type(parent) is Seq:
                parent.items.append(node)
            elif pending_key[-1] is None:
                if type(node) is not Scalar:
                    raise YamlProblem(
                        "yaml-syntax",
                        tr("a field name must be a word, not %(what)s", what=_describe(node)),
                        node.line,
                        node.col,
                        tr("check the indentation and the ':' after each name"),
                    )
                if node.text in parent.entries:
                    first = parent.entries[node.text]
                    # at any depth: name the fields it sits under, so 'row' under 'source' is found
                    outer = [k.text for k in pending_key[:-1] if k is not None]
                    where = tr(" under '%(under)s'", under=".".join(outer)) if outer else ""
                    raise YamlProblem(
                        "duplicate-key",
                        tr(
                            "'%(text)s'%(where)s is given twice (first on line %(key_line)s)",
                            text=node.text,
                            where=where,
                            key_line=first.key_line,
                        ),
                        node.line,
                        node.col,
                        tr("keep one of them; YAML tools would silently take the last"),
                        key=".".join([*outer, node.text]),
                    )
                pending_key[-1] = node
            else:
                key = pending_key[-1]
                assert key is not None
                parent.entries[key.text] = Entry(key.text, key.line, key.col, node)
                pending_key[-1] = None
        if "\u201d" in text or "\u2019" in text:
            curly = _curly_closers(text.split("\n"), offset, None)
            if curly is not None:
                raise curly
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is found at the end of the text; where it opened is what helps.
        opened = exc.context_mark is not None and "end of stream" in (exc.problem or "")
        mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
        line = (mark.line + 1 + offset) if mark else first_line
        col = (mark.column + 1) if mark else 0
        problem = (exc.problem or exc.context or "invalid YAML").strip()  # PyYAML's words, in English
        hint = _syntax_hint(problem)  # chosen from PyYAML's words, before any translation
        if opened:
            what = (
                tr("the quote")
                if "quoted" in (exc.context or "")
                else tr("the '['")
                if "sequence" in (exc.context or "")
                else tr("the '{'")
                if "mapping" in (exc.context or "")
                else tr("something")
            )
            problem = tr("%(what)s opened here is never closed", what=what)
            hint = _syntax_hint("never closed")
        typed = typist_problem(text, offset, line)
        if typed is not None:
            raise typed from None
        raise YamlProblem(
            "yaml-syntax", tr("YAML syntax error: %(problem)s", problem=problem), line, col, hint
        ) from None
    except yaml.YAMLError as exc:  # reader errors: control characters, noncharacters, broken surrogates
        raise _reader_problem(exc, text, offset) from None
    return root


def _comment_after(text: str, end: int) -> str:
    """The ' #...' comment right after a plain value ending at end, which YAML silently dropped."""
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    if rest[:1] in (" ", "\t") and rest.lstrip(" \t").startswith("#"):
        return rest.strip()
    return ""


def _reader_problem(exc: yaml.YAMLError, text: str, offset: int) -> YamlProblem:
    """A character YAML refuses to read at all, found in the text and named."""
    ch = chr(getattr(exc, "character", 0) or 0)
    pos = getattr(exc, "position", -1)
    if not (0 <= pos < len(text) and text[pos] == ch):
        pos = text.find(ch) if ch != "\x00" else -1
    if pos < 0:
        return YamlProblem("invalid-characters", tr("a character that is not text"), offset + 1, 0, tr(_INVISIBLE_HINT))
    return _character_problem(text, pos, offset)


def _character_problem(text: str, pos: int, offset: int) -> YamlProblem:
    """The character at text[pos], named by code point, with its line, column and field."""
    ch = text[pos]
    line = text.count("\n", 0, pos)
    start = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    m = _LINE_RE.match(text[start : stop if stop >= 0 else len(text)])
    key = m.group("key") if m and m.group("key") else None
    kind, why = kind_of(ch)
    return YamlProblem(
        "invalid-characters",
        tr(
            "%(key)s contains %(kind)s %(char)s at column %(col)s",
            key=repr(key),
            kind=kind,
            char=char_name(ch),
            col=pos - start + 1,
        )
        if key
        else tr("%(kind)s %(char)s at column %(col)s", kind=kind, char=char_name(ch), col=pos - start + 1),
        line + 1 + offset,
        pos - start + 1,
        tr("delete it: %(why)s", why=why),
        key=key,
    )


_YAML_BREAKS_RE = re.compile("[\x85\u2028\u2029]")  # line breaks to YAML 1.1, invisible to people
_INVISIBLE_HINT = N_("delete it: it is not text (retype the words around that column if your editor does not show it)")
_CURLY_HINT = N_(
    'Word and Outlook change straight quotes to curly quotes; type the value with straight quotes " or remove them'
)
_OPENERS = "\u201c\u201d\u2018\u2019\u201e\u00ab"
# 'key: value', '- value', '- key: value' and continuation lines; keys as people write them in front matter.
_LINE_RE = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?:(?P<key>[A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+|$))?(?P<value>.*)$")
_GLUED_RE = re.compile(r"^([ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*)):(?=[^\s:/])")  # 'title:"x"'
_FIELD_START_RE = re.compile(r"^[ \t]*(?:-[ \t]+|[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)|---|\.\.\.)")


def _starts_field(lines: list[str], i: int) -> bool:
    """Whether the first non-blank line after i starts a field or list item (or the text ends)."""
    for line in lines[i + 1 :]:
        if line.strip() and not line.lstrip().startswith("#"):
            return bool(_FIELD_START_RE.match(line))
    return True


def _curly_closers(lines: list[str], offset: int, failed_at: int | None) -> YamlProblem | None:
    """A quoted value closed with a curly quote (” or ’), so the quote runs on into the next lines.

    YAML then reports a confusing error lines later (failed_at), or none at all when the next
    field's text ends up inside this one (failed_at None: then only a value that ends with the
    curly quote, followed by a line that starts a field, counts).
    """
    for i, line in enumerate(lines):
        if failed_at is not None and i + 1 + offset > failed_at:
            break
        m = _LINE_RE.match(line)
        value = m.group("value").rstrip() if m else ""
        if value[:1] not in ("'", '"') or _closing(value, value[0]) is not None:
            continue
        quote = value[0]
        curly = "\u201d" if quote == '"' else "\u2019"
        if curly not in value[1:]:
            continue
        ends, next_field = value.endswith(curly), _starts_field(lines, i)
        if (ends and next_field) or (failed_at is not None and (ends or next_field)):
            what = tr("quote") if quote == '"' else tr("single quote")
            inner = value[1:].rstrip(curly + " ").replace(quote, quote * 2 if quote == "'" else '\\"')
            shown = f"{m.group('key')}: " if m.group("key") else ""
            return YamlProblem(
                "yaml-syntax",
                tr(
                    "the %(what)s opened at column %(col)s is closed with a curly quote %(curly)s",
                    what=what,
                    col=m.start("value") + 1,
                    curly=curly,
                ),
                i + 1 + offset,
                line.rfind(curly) + 1,
                f"{tr(_CURLY_HINT)}: {shown}{quote}{inner}{quote}",
                key=m.group("key"),
            )
    return None


def _closing(value: str, quote: str) -> int | None:
    """Index of the quote closing a quoted value that starts at value[0], or None when it is not closed here."""
    i = 1
    while i < len(value):
        ch = value[i]
        if quote == '"' and ch == "\\":
            i += 2
            continue
        if ch == quote:
            if quote == "'" and value[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def typist_problem(text: str, offset: int, failed_at: int) -> YamlProblem | None:
    """When YAML fails, look at the lines up to the failure for the mistakes office software makes.

    YAML's own message points at where its parser gave up, often lines later and in terms
    ("block end", "cannot start any token") nobody outside programming knows. The raw lines
    tell us what happened: a tab, a curly quote, an apostrophe inside single quotes.
    """
    lines = text.split("\n")
    curly = _curly_closers(lines, offset, failed_at)
    for i, line in enumerate(lines[: max(0, failed_at - offset)]):
        number = i + 1 + offset
        if curly is not None and curly.line <= number:
            return curly
        m = _LINE_RE.match(line)
        if m is None:
            continue
        key, value = m.group("key"), m.group("value").rstrip()
        shown = f"{key}: " if key else ""
        if "\t" in m.group("indent"):
            return YamlProblem(
                "yaml-syntax",
                tr(
                    "the line is indented with a tab (column %(col)s)",
                    col=line.index(chr(9)) + 1,
                ),
                number,
                line.index("\t") + 1,
                tr(
                    "indent with spaces, not tabs: YAML does not allow tabs for indentation "
                    "(in most editors: 'Convert Indentation to Spaces')"
                ),
                key=key,
            )
        if "\t" in line and number == failed_at:
            return YamlProblem(
                "yaml-syntax",
                tr("there is a tab at column %(col)s", col=line.index(chr(9)) + 1),
                number,
                line.index("\t") + 1,
                tr("use spaces instead of tabs: YAML does not allow a tab there"),
                key=key,
            )
        glued = _GLUED_RE.match(line)
        if glued is not None and not key:
            at = glued.end(1)
            return YamlProblem(
                "yaml-syntax",
                tr("there is no space after '%(key)s:'", key=glued.group(2)),
                number,
                at + 1,
                tr(
                    "write a space after the colon: %(key)s: %(value)s",
                    key=glued.group(2),
                    value=line[at + 1 :].strip(),
                ),
                key=glued.group(2),
            )
        if value[:1] in ("'", '"'):
            end = _closing(value, value[0])
            rest = value[end + 1 :].strip() if end is not None else ""
            if rest and not rest.startswith("#") and rest[0] not in ",]}:":
                start = m.start("value")
                if value[0] == "'":
                    inner = value[1:-1] if value.endswith("'") else value[1:]
                    fixed = inner.replace("\\", "\\\\").replace('"', '\\"')
                    return YamlProblem(
                        "yaml-syntax",
                        tr(
                            "the apostrophe at column %(col)s ends the text in single quotes early",
                            col=start + end + 1,
                        ),
                        number,
                        start + end + 1,
                        tr(
                            "inside single quotes an apostrophe must be doubled ('') - or use double quotes: %(shown)s\"%(fixed)s\"",
                            shown=shown,
                            fixed=fixed,
                        ),
                        key=key,
                    )
                inner = value[1:-1] if value.endswith('"') else value[1:]
                fixed = inner.replace("'", "''")
                return YamlProblem(
                    "yaml-syntax",
                    tr(
                        "the quote at column %(col)s ends the text in double quotes early",
                        col=start + end + 1,
                    ),
                    number,
                    start + end + 1,
                    tr(
                        "inside double quotes write a quote as \\\" - or put the value in single quotes: %(shown)s'%(fixed)s'",
                        shown=shown,
                        fixed=fixed,
                    ),
                    key=key,
                )
        if value[:1] and value[0] in _OPENERS and number == failed_at:
            wrapped = value[-1] in _OPENERS  # curly quotes around the whole value: drop them; else keep the text
            inner = (value[1:-1].strip() if wrapped else value).replace("\\", "\\\\").replace('"', '\\"')
            return YamlProblem(
                "yaml-syntax",
                (
                    tr("the value is in curly quotes %(value_0)s...%(value_1)s", value_0=value[0], value_1=value[-1])
                    if value[-1] in _OPENERS
                    else tr("the value starts with a curly quote %(value_0)s", value_0=value[0])
                )
                + tr(", which YAML does not read as quotes")
                + (tr(", and it contains ': '") if ": " in value else ""),
                number,
                m.start("value") + 1,
                f'{tr(_CURLY_HINT)}: {shown}"{inner}"',
                key=key,
            )
    return curly


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return tr("a value containing ': ' must be put in quotes")
    if "found character '\\t'" in problem or "tab" in problem:
        return tr("indent with spaces, not tabs")
    if "could not find expected ':'" in problem:
        return tr("each line needs 'name: value'; check for a missing ':' or an unclosed quote")
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return tr("check the indentation: list items ('- ') and fields must line up")
    if "never closed" in problem:
        return tr("close the quote or bracket opened here")
    if "found undefined alias" in problem or "escape" in problem:
        return tr(
            "inside double quotes a backslash starts a code such as \\n; put the value in single quotes, or write \\\\"
        )
    return tr("check the quotes and indentation on this line and the one before")
