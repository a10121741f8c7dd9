"""A small, strict YAML reader that keeps a line number for every key and value.

PyYAML's loaders silently take the last of duplicate keys, expand alias bombs,
build arbitrary objects from tags and coerce `no`, `1.10` and `01234`. We read
the event stream instead (with the C parser where available), refuse anchors,
aliases and tags before anything is expanded, and keep every scalar as the text
the author typed, noting whether it was quoted. Typing is the contract's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .contract import MAX_YAML_DEPTH

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
    "tag:yaml.org,2002:bool": "a true/false value",
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a decimal number",
    "tag:yaml.org,2002:null": "empty (null)",
    "tag:yaml.org,2002:timestamp": "a date",
}


@dataclass(frozen=True)
class Scalar:
    text: str
    line: int  # 1-based, in the file
    col: int
    plain: bool  # written without quotes, so YAML tools may read it as something else

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
    return {Scalar: "a value", Seq: "a list", Map: "a set of fields"}[type(node)]


def parse(text: str, first_line: int = 1) -> Node | None:
    """Parse one YAML document into nodes; first_line is the file line the text starts on.

    Raises YamlProblem for syntax errors, anchors, aliases, tags, duplicate keys,
    complex keys, nesting deeper than MAX_YAML_DEPTH and multiple documents.
    """
    offset = first_line - 1
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
                        f"YAML anchor '&{event.anchor}' is not allowed",
                        line,
                        col,
                        "write the value out in full; anchors (&) and aliases (*) are refused",
                    )
                if event.tag not in (None, "!") and not (kind is yaml.ScalarEvent and event.implicit[0]):
                    raise YamlProblem(
                        "yaml-tag",
                        f"YAML tag '{event.tag}' is not allowed",
                        line,
                        col,
                        "remove the tag; if the value is text, put it in quotes",
                    )
                if kind is yaml.ScalarEvent:
                    node = Scalar(event.value, line, col, not event.style)  # libyaml says "" for plain
                else:
                    if len(stack) >= MAX_YAML_DEPTH:
                        raise YamlProblem(
                            "yaml-too-deep",
                            "the YAML is nested too deeply",
                            line,
                            col,
                            "fields are at most a list of outcomes deep",
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
                    f"YAML alias '*{event.anchor}' is not allowed",
                    mark.line + 1 + offset,
                    mark.column + 1,
                    "write the value out in full; anchors (&) and aliases (*) are refused",
                )
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlProblem(
                        "yaml-multiple-documents",
                        "more than one YAML document",
                        mark.line + 1 + offset,
                        mark.column + 1,
                        "remove the extra '---' line inside the front matter",
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
                        f"a field name must be a word, not {_describe(node)}",
                        node.line,
                        node.col,
                        "check the indentation and the ':' after each name",
                    )
                if node.text in parent.entries:
                    first = parent.entries[node.text]
                    raise YamlProblem(
                        "duplicate-key",
                        f"'{node.text}' is given twice (first on line {first.key_line})",
                        node.line,
                        node.col,
                        "keep one of them; YAML tools would silently take the last",
                        key=node.text,
                    )
                pending_key[-1] = node
            else:
                key = pending_key[-1]
                assert key is not None
                parent.entries[key.text] = Entry(key.text, key.line, key.col, node)
                pending_key[-1] = None
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is found at the end of the text; where it opened is what helps.
        opened = exc.context_mark is not None and "end of stream" in (exc.problem or "")
        mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
        line = (mark.line + 1 + offset) if mark else first_line
        col = (mark.column + 1) if mark else 0
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if opened:
            what = (
                "the quote"
                if "quoted" in (exc.context or "")
                else "the '['"
                if "sequence" in (exc.context or "")
                else "the '{'"
                if "mapping" in (exc.context or "")
                else "something"
            )
            problem = f"{what} opened here is never closed"
        raise YamlProblem("yaml-syntax", f"YAML syntax error: {problem}", line, col, _syntax_hint(problem)) from None
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        raise YamlProblem(
            "yaml-syntax",
            f"YAML error: {str(exc).splitlines()[0]}",
            first_line,
            0,
            "remove control characters and non-text bytes",
        ) from None
    return root


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' must be put in quotes"
    if "found character '\\t'" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "could not find expected ':'" in problem:
        return "each line needs 'name: value'; check for a missing ':' or an unclosed quote"
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "check the indentation: list items ('- ') and fields must line up"
    if "never closed" in problem:
        return "close the quote or bracket opened here"
    if "found undefined alias" in problem or "found unknown escape" in problem:
        return "put the value in single quotes"
    return "check the quotes and indentation on this line and the one before"
