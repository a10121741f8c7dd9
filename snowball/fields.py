"""Turn parsed YAML into typed values, field by field, as the contract says.

Every refusal names the field, the line, what was expected and the fix, so a
champion who has never seen YAML can act on it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .contract import DATE_RE, KEY_SYNONYMS, SLUG_RE, STAGES, Field
from .diagnostics import Report, did_you_mean
from .yamlread import Map, Node, Scalar, Seq

_MARKUP_RE = re.compile(r"<[A-Za-z!/?]|\]\(|\*\*|__|`|\{\{|\{%|&#?\w+;")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_TRUE, _FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")


class Values(dict[str, Any]):
    """Field values that passed their checks, and the file line of every field given."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[str, int] = {}
        self.item_places: dict[str, dict[str, tuple[int, int]]] = {}  # list field -> item -> (line, col)
        self.value_places: dict[str, tuple[int, int]] = {}  # field -> where its value starts

    def where(self, name: str, item: str | None = None) -> tuple[int, int]:
        """(line, col) of a field's value, or of one item of a list field."""
        if item is not None and item in self.item_places.get(name, {}):
            return self.item_places[name][item]
        return self.value_places.get(name, (self.lines.get(name, 0), 0))


def read_fields(
    node: Map, fields: tuple[Field, ...], report: Report, *, prefix: str = "", today: dt.date | None = None
) -> Values:
    """Check node's entries against fields; return the values that passed."""
    by_name = {f.name: f for f in fields}
    out = Values()
    for key, entry in node.entries.items():
        name = prefix + key
        spec = by_name.get(key)
        out.lines[key] = entry.key_line
        out.value_places[key] = (entry.value.line, entry.value.col)
        if spec is None:
            _unknown_key(key, entry.key_line, entry.key_col, fields, report, prefix)
            continue
        value = _read_value(spec, entry.value, report, name, today, out.item_places.setdefault(key, {}))
        if value is not None:
            out[key] = value
    for spec in fields:
        if spec.required and spec.name not in node.entries:
            report.error(
                "missing-field",
                f"required field '{prefix}{spec.name}' is missing",
                node.line,
                node.col,
                field=prefix + spec.name,
                hint=f"add '{spec.name}: {spec.example or '...'}' ({spec.doc})",
            )
    return out


def _unknown_key(key: str, line: int, col: int, fields: tuple[Field, ...], report: Report, prefix: str) -> None:
    names = [f.name for f in fields]
    synonym = KEY_SYNONYMS.get(key.lower()) if not prefix else None
    hint = f"did you mean '{synonym}'?" if synonym in names else did_you_mean(key, names, listing=20)
    report.error("unknown-field", f"unknown field '{prefix}{key}'", line, col, field=prefix + key, hint=hint)


def _read_value(
    spec: Field, node: Node, report: Report, name: str, today: dt.date | None, places: dict[str, tuple[int, int]]
) -> Any:
    kind = spec.kind
    if kind in ("ids", "slugs", "texts"):
        return _read_id_list(spec, node, report, name, places)
    if kind == "outcomes":
        return _read_outcomes(spec, node, report, name)
    if kind == "keep":  # source: kept for editors, never shown; plain values or lists of them, nothing deeper
        plain = isinstance(node, Map) and all(
            isinstance(e.value, Scalar)
            or (isinstance(e.value, Seq) and all(isinstance(i, Scalar) for i in e.value.items))
            for e in node.entries.values()
        )
        if plain:
            return {
                k: e.value.text if isinstance(e.value, Scalar) else [i.text for i in e.value.items]
                for k, e in node.entries.items()
            }  # type: ignore[union-attr]
        report.error("wrong-type", f"'{name}' must be 'name: value' lines (values or lists of values)", node.line,
                     node.col, field=name, hint='write it as source:, then lines like  file: "old/post.md"')  # fmt: skip
        return None
    if not isinstance(node, Scalar):
        shape = "a list" if isinstance(node, Seq) else "nested fields"
        report.error(
            "wrong-type",
            f"'{name}' must be a single value, not {shape}",
            node.line,
            node.col,
            field=name,
            hint=f"write it as {spec.name}: {spec.example or '...'}",
        )
        return None
    if kind == "date":
        return _read_date(node, report, name, today)
    if kind == "bool":
        if node.text in _TRUE:
            return True
        if node.text in _FALSE:
            return False
        report.error(
            "wrong-type",
            f"'{name}' must be true or false, not '{node.text}'",
            node.line,
            node.col,
            field=name,
            hint="write true or false; yes/no/on/off mean different things to different tools",
        )
        return None
    text = _read_text(node, report, name, single_line=True)
    if text is None:
        return None
    if kind == "id":
        return text if _check_id(text, node, report, name) else None
    if kind == "stage":
        if text not in STAGES:
            report.error(
                "invalid-value",
                f"unknown stage '{text}'",
                node.line,
                node.col,
                field=name,
                hint=did_you_mean(text, STAGES),
            )
            return None
        return text
    if kind == "text" and _check_plain_text(spec, text, node, report, name):
        return text
    if kind == "file":
        return text
    return None


def _read_text(node: Scalar, report: Report, name: str, *, single_line: bool) -> str | None:
    coerced = node.yaml_type()
    if coerced == "empty (null)" or not node.text.strip():
        report.error(
            "empty-value",
            f"'{name}' is empty",
            node.line,
            node.col,
            field=name,
            hint="give it a value or remove the line",
        )
        return None
    if coerced is not None:
        report.error(
            "coerced-value",
            f"'{name}: {node.text}' would be read as {coerced}, not as text",
            node.line,
            node.col,
            field=name,
            hint=f'put it in quotes: {name.rsplit(".", 1)[-1]}: "{node.text}"',
        )
        return None
    if _CONTROL_RE.search(node.text) or (single_line and "\n" in node.text.strip()):
        report.error(
            "invalid-characters",
            f"'{name}' contains line breaks or invisible control characters",
            node.line,
            node.col,
            field=name,
            hint="write it on one line as plain text",
        )
        return None
    return node.text.strip()


def _check_plain_text(spec: Field, text: str, node: Scalar, report: Report, name: str) -> bool:
    if spec.max_len is not None and len(text) > spec.max_len:
        report.error(
            "too-long",
            f"'{name}' is {len(text)} characters; the limit is {spec.max_len}",
            node.line,
            node.col,
            field=name,
            hint="shorten it; details belong in the story body",
        )
        return False
    if _MARKUP_RE.search(text):
        report.error(
            "markup-in-text",
            f"'{name}' contains markup ({_MARKUP_RE.search(text).group(0)!r})",  # type: ignore[union-attr]
            node.line,
            node.col,
            field=name,
            hint="use plain text here; formatting belongs in the body",
        )
        return False
    return True


def _check_id(text: str, node: Scalar, report: Report, name: str) -> bool:
    if SLUG_RE.match(text):
        return True
    report.error(
        "invalid-id",
        f"'{text}' is not a valid id",
        node.line,
        node.col,
        field=name,
        hint="ids are lowercase letters and digits joined by single hyphens, like 'porto-harbour'",
    )
    return False


def _read_date(node: Scalar, report: Report, name: str, today: dt.date | None) -> dt.date | None:
    text = node.text.strip()
    if not DATE_RE.match(text):
        report.error(
            "invalid-date",
            f"'{name}: {text}' is not a date in the form YYYY-MM-DD",
            node.line,
            node.col,
            field=name,
            hint="write it like 2024-03-12",
        )
        return None
    try:
        value = dt.date.fromisoformat(text)
    except ValueError as exc:
        report.error(
            "invalid-date",
            f"'{text}' is not a real date ({exc})",
            node.line,
            node.col,
            field=name,
            hint="check the month and day",
        )
        return None
    if today is not None and value > today:
        report.error(
            "future-date",
            f"'{text}' is in the future (today is {today.isoformat()})",
            node.line,
            node.col,
            field=name,
            hint="use the date the result was reached",
        )
        return None
    return value


def _read_id_list(
    spec: Field, node: Node, report: Report, name: str, places: dict[str, tuple[int, int]]
) -> tuple[str, ...] | None:
    if isinstance(node, Scalar) and not node.text.strip() and node.plain:
        items: list[Node] = []
    elif not isinstance(node, Seq):
        example = f"[{node.text}]" if isinstance(node, Scalar) else spec.example
        report.error(
            "wrong-type",
            f"'{name}' must be a list",
            node.line,
            node.col,
            field=name,
            hint=f"write it as {spec.name}: {example}",
        )
        return None
    else:
        items = node.items
    if spec.required and not items:
        report.error(
            "empty-value",
            f"'{name}' needs at least one value",
            node.line,
            node.col,
            field=name,
            hint=f"write it as {spec.name}: {spec.example}",
        )
        return None
    values: list[str] = []
    for i, item in enumerate(items):
        if not isinstance(item, Scalar):
            report.error(
                "wrong-type",
                f"'{name}' item {i + 1} must be a single value",
                item.line,
                item.col,
                field=name,
                hint=f"write it as {spec.name}: {spec.example}",
            )
            continue
        text = _read_text(item, report, name, single_line=True)
        if text is None or not _check_id(text, item, report, name):
            continue
        if text in values:
            report.warning(
                "duplicate-value",
                f"'{text}' is listed twice in '{name}'",
                item.line,
                item.col,
                field=name,
                hint="remove the second one",
            )
            continue
        values.append(text)
        places[text] = (item.line, item.col)
    return tuple(values)


def _read_outcomes(spec: Field, node: Node, report: Report, name: str) -> list[tuple[Values, Map]] | None:
    from .contract import OUTCOME_FIELDS

    if not isinstance(node, Seq):
        report.error(
            "wrong-type",
            f"'{name}' must be a list of results",
            node.line,
            node.col,
            field=name,
            hint="write each result as '- label: \"...\"' with 'value: \"...\"' under it",
        )
        return None
    out = []
    for i, item in enumerate(node.items):
        where = f"{name}[{i + 1}]."
        if not isinstance(item, Map):
            report.error(
                "wrong-type",
                f"'{name}' item {i + 1} must have a label and a value",
                item.line,
                item.col,
                field=name,
                hint="write it as '- label: \"Paper used\"' and '  value: \"-38 %\"'",
            )
            continue
        out.append((read_fields(item, OUTCOME_FIELDS, report, prefix=where), item))
    return out
