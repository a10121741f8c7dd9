"""Turn parsed YAML into typed values, field by field, as the contract says.

Every refusal names the field, the line, what was expected and the fix, so a
champion who has never seen YAML can act on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .contract import DATE_RE, KEY_SYNONYMS, LANG_RE, SLUG_RE, STAGES, Field
from .diagnostics import Report, did_you_mean, suggest_reference
from .foreign import foreign_keys
from .gate import ntr, tr
from .i18n import N_
from .textcheck import ENTITY_RE, SUSPECT_RE, bad_characters, char_name, entities, lookalikes, shown
from .yamlread import Map, Node, Scalar, Seq

if TYPE_CHECKING:
    from .model import Registries

_MARKUP_RE = re.compile(r"<[A-Za-z!/?]|\]\(|\*\*|__|`|\{\{|\{%|&#?\w+;")
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")  # the only suspects in ASCII text, the common case
TRUE_WORDS, _FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")  # what the reader takes as a bool
_CURLY_OPEN, _CURLY_CLOSE = "\u201c\u2018\u201e\u00ab\u201d\u2019", "\u201d\u2019\u201c\u00bb\"'"
CURLY_HINT = N_(
    'Word and Outlook change straight quotes to curly quotes; type the value with straight quotes " or remove them'
)


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


@dataclass(frozen=True)
class _Context:
    """What a field check may need beyond the field: the registries and stories, to suggest ids."""

    registries: Registries | None = None
    stories: Collection[str] = ()  # as given: sorted only when a suggestion is needed (hot path)


_NO_CONTEXT = _Context()


def read_fields(
    node: Map,
    fields: tuple[Field, ...],
    report: Report,
    *,
    prefix: str = "",
    today: dt.date | None = None,
    registries: Registries | None = None,
    stories: Collection[str] = (),
) -> Values:
    """Check node's entries against fields; return the values that passed.

    registries and stories, when given, let an invalid id that is really a name ("Gull Point
    Branch", "Maren Fjeld") be answered with the id it names.
    """
    by_name = {f.name: f for f in fields}
    ctx = _Context(registries, stories) if registries is not None or stories else _NO_CONTEXT
    out = Values()
    unknown: list[tuple[str, int, int]] = []
    for key, entry in node.entries.items():
        name = prefix + key
        spec = by_name.get(key)
        out.lines[key] = entry.key_line
        out.value_places[key] = (entry.value.line, entry.value.col)
        if spec is None:
            unknown.append((key, entry.key_line, entry.key_col))
            continue
        value = _read_value(spec, entry.value, report, name, today, out.item_places.setdefault(key, {}), ctx)
        if value is not None:
            out[key] = value
    if unknown:
        _unknown_keys(node, unknown, fields, report, prefix)
    for spec in fields:
        if spec.required and spec.name not in node.entries:
            if "\n" in spec.example:  # a list of fields, shown line by line: hints are one line
                lines = " and ".join(f"'{ln}'" for ln in spec.example.strip("\n").split("\n"))
                hint = tr(
                    "add a line '%(name)s:' followed by lines like %(lines)s (%(doc)s)",
                    name=spec.name,
                    lines=lines,
                    doc=tr(spec.doc),
                )
            else:
                hint = tr(
                    "add '%(name)s: %(example)s' (%(doc)s)",
                    name=spec.name,
                    example=spec.example or "...",
                    doc=tr(spec.doc),
                )
            report.error(
                "missing-field",
                tr("required field '%(prefix)s%(name)s' is missing", prefix=prefix, name=spec.name),
                node.line,
                node.col,
                field=prefix + spec.name,
                hint=hint,
            )
    return out


def _unknown_keys(
    node: Map, unknown: list[tuple[str, int, int]], fields: tuple[Field, ...], report: Report, prefix: str
) -> None:
    """One error per unknown key; or, for a page written for another tool, one error pointing at the importer."""
    names = {f.name for f in fields}
    if not prefix and {"title", "champions"} <= names:  # the story contract, not a registry entry
        tool = foreign_keys(node, [k for k, _l, _c in unknown])
        if tool is not None:
            kind, label, keys = tool
            line, col = next((ln, c) for k, ln, c in unknown if k == keys[0])
            named = keys[:6]
            rest = len(unknown) - len(named)
            report.error(
                "foreign-front-matter",
                (
                    tr(
                        "this looks like a %(label)s, not a Snowball story (fields %(fields)s and %(rest)s more that "
                        "Snowball does not know)",
                        label=label,
                        fields=", ".join(named),
                        rest=rest,
                    )
                    if rest
                    else tr(
                        "this looks like a %(label)s, not a Snowball story (fields %(fields)s that Snowball does not "
                        "know)",
                        label=label,
                        fields=", ".join(named),
                    )
                ),
                line,
                col,
                field=keys[0],
                hint=tr(
                    "convert it with the importer, which maps the fields and keeps the rest: snowball import %(kind)s FOLDER-WITH-THE-POSTS --into .",
                    kind=kind,
                ),
            )
            return
    for key, line, col in unknown:
        _unknown_key(key, line, col, fields, report, prefix)


def _unknown_key(key: str, line: int, col: int, fields: tuple[Field, ...], report: Report, prefix: str) -> None:
    names = [f.name for f in fields]
    synonym = KEY_SYNONYMS.get(key.lower()) if not prefix else None
    hint = (
        tr("did you mean '%(synonym)s'?", synonym=synonym) if synonym in names else did_you_mean(key, names, listing=20)
    )
    report.error(
        "unknown-field",
        tr("unknown field '%(prefix)s%(key)s'", prefix=prefix, key=key),
        line,
        col,
        field=prefix + key,
        hint=hint,
    )


def _read_value(
    spec: Field,
    node: Node,
    report: Report,
    name: str,
    today: dt.date | None,
    places: dict[str, tuple[int, int]],
    ctx: _Context = _NO_CONTEXT,
) -> Any:
    kind = spec.kind
    if kind in ("ids", "slugs", "texts"):
        return _read_id_list(spec, node, report, name, places, ctx)
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
        report.error("wrong-type", tr("'%(name)s' must be 'name: value' lines (values or lists of values)", name=name), node.line,
                     node.col, field=name, hint=tr('write it as source:, then lines like  file: "old/post.md"'))  # fmt: skip
        return None
    if not isinstance(node, Scalar):
        shape = tr("a list") if isinstance(node, Seq) else tr("nested fields")
        report.error(
            "wrong-type",
            tr("'%(name)s' must be a single value, not %(shape)s", name=name, shape=shape),
            node.line,
            node.col,
            field=name,
            hint=tr("write it as %(name)s: %(example)s", name=spec.name, example=spec.example or "..."),
        )
        return None
    if kind == "date":
        return _read_date(node, report, name, today)
    if kind == "bool":
        if node.text in TRUE_WORDS:
            return True
        if node.text in _FALSE:
            return False
        report.error(
            "wrong-type",
            tr("'%(name)s' must be true or false, not '%(text)s'", name=name, text=node.text),
            node.line,
            node.col,
            field=name,
            hint=tr("write true or false; yes/no/on/off mean different things to different tools"),
        )
        return None
    if kind == "text" and node.plain and not _check_typed_as_text(node, report, name):
        return None
    text = _read_text(node, report, name, single_line=True)
    if text is None:
        return None
    if kind == "id":
        return text if _check_id(text, node, report, name, spec, ctx) else None
    if kind == "stage":
        if text not in STAGES:
            report.error(
                "invalid-value",
                tr("unknown stage '%(text)s'", text=text),
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
    if kind == "lang":
        return _check_lang(text, node, report, name)
    return None


def _check_lang(text: str, node: Scalar, report: Report, name: str) -> str | None:
    """A BCP 47 tag whose language CLDR knows ("en", "pt-BR"), else a located error saying what to write."""
    from babel import Locale, UnknownLocaleError

    hint = "write a language tag such as en, pt-BR, es, fr or de (language, then a hyphen and the country)"
    if not LANG_RE.match(text):
        report.error("invalid-value", f"'{name}' is not a language tag: '{text}'", node.line, node.col, field=name,
                     hint=hint)  # fmt: skip
        return None
    try:
        Locale.parse(text.split("-")[0].lower())
    except (ValueError, UnknownLocaleError):
        report.error("invalid-value", f"'{name}' names no known language: '{text}'", node.line, node.col,
                     field=name, hint=hint)  # fmt: skip
        return None
    return text


def _read_text(node: Scalar, report: Report, name: str, *, single_line: bool) -> str | None:
    coerced = node.yaml_type()
    if coerced == "empty (null)" or not node.text.strip():
        report.error(
            "empty-value",
            tr("'%(name)s' is empty", name=name),
            node.line,
            node.col,
            field=name,
            hint=tr("give it a value or remove the line"),
        )
        return None
    if coerced is not None:
        report.error(
            "coerced-value",
            tr(
                "'%(name)s: %(text)s' would be read as %(coerced)s, not as text",
                name=name,
                text=node.text,
                coerced=tr(coerced),
            ),
            node.line,
            node.col,
            field=name,
            hint=tr(
                'put it in quotes: %(key)s: "%(text)s"',
                key=name.rsplit(".", 1)[-1],
                text=node.text,
            ),
        )
        return None
    text = node.text
    suspect = _ASCII_CONTROL_RE.search(text) if text.isascii() else SUSPECT_RE.search(text)
    if suspect is not None and not _check_characters(node, report, name, single_line=single_line):
        return None
    return node.text.strip()


def _check_characters(node: Scalar, report: Report, name: str, *, single_line: bool) -> bool:
    """Refuse invisible, control and broken characters, each named by code point and place."""
    text = node.text
    if single_line and "\n" in text.strip():
        i = text.strip().index("\n") + len(text) - len(text.lstrip())
        col = node.file_col(i)
        report.error(
            "invalid-characters",
            tr("'%(name)s' contains a line break", name=name),
            node.line,
            col or node.col,
            field=name,
            hint=tr("write it on one line as plain text"),
        )
        return False
    bad = bad_characters(text)
    if not bad:
        return True
    first = bad[0]
    col = node.file_col(first.index)
    where = (
        tr("at column %(col)s", col=col)
        if col is not None
        else tr("at character %(at)s of the value", at=first.index + 1)
    )
    more = tr(" (and %(n)s more)", n=len(bad) - 1) if len(bad) > 1 else ""
    report.error(
        "invalid-characters",
        tr(
            "'%(name)s' contains %(kind)s %(char)s %(where)s%(more)s",
            name=name,
            kind=first.kind,
            char=char_name(first.char),
            where=where,
            more=more,
        ),
        node.line,
        col or node.col,
        field=name,
        hint=tr("delete it: %(why)s", why=first.why),
    )
    return False


def _check_typed_as_text(node: Scalar, report: Report, name: str) -> bool:
    """Plain-text mistakes YAML hides in unquoted values: a ' #' that cut the text, curly quotes kept in it."""
    text = node.text
    if not node.cut and (len(text) < 2 or text[0] not in _CURLY_OPEN):
        return True  # the common case, decided in two comparisons
    key = name.rsplit(".", 1)[-1]
    if node.cut:
        whole = f"{node.text} {node.cut}".strip().replace("\\", "\\\\").replace('"', '\\"')
        report.error(
            "cut-by-comment",
            tr(
                "'%(name)s' was cut at '#': YAML reads ' %(cut)s' as a comment, so the text would be only '%(text)s'",
                name=name,
                cut=node.cut,
                text=node.text,
            )
            if node.text.strip()
            else tr(
                "'%(name)s' was cut at '#': YAML reads ' %(cut)s' as a comment, so the text would be empty",
                name=name,
                cut=node.cut,
            ),
            node.line,
            node.col,
            field=name,
            hint=tr('put the whole value in quotes: %(key)s: "%(whole)s"', key=key, whole=whole),
        )
        return False
    text = text.strip()
    if len(text) >= 2 and text[0] in _CURLY_OPEN and text[-1] in _CURLY_CLOSE:
        inner = text[1:-1].strip().replace("\\", "\\\\").replace('"', '\\"')
        report.warning(
            "curly-quotes",
            tr(
                "'%(name)s' is wrapped in curly quotes %(text_0)s...%(text_1)s, which would be shown as part of the text",
                name=name,
                text_0=text[0],
                text_1=text[-1],
            ),
            node.line,
            node.col,
            field=name,
            hint=f'{tr(CURLY_HINT)}: {key}: "{inner}"',
        )
    return True


def _check_plain_text(spec: Field, text: str, node: Scalar, report: Report, name: str) -> bool:
    ok = True
    if spec.max_len is not None and len(text) > spec.max_len:
        where = (
            tr(
                "; this hub's limit is set in snowball.yml under 'limits:' (%(name)s: %(max_len)s), which editors can change",
                name=spec.name,
                max_len=spec.max_len,
            )
            if spec.setting
            else ""
        )
        report.error(
            "too-long",
            tr(
                "'%(name)s' is %(n)s characters; the limit is %(max_len)s",
                name=name,
                n=len(text),
                max_len=spec.max_len,
            ),
            node.line,
            node.col,
            field=name,
            hint=tr(
                "shorten it by %(over)s characters; details belong in the story body%(where)s",
                over=len(text) - spec.max_len,
                where=where,
            ),
        )
        ok = False
    found = entities(text) if "&" in text else []
    if found:
        pairs = list(dict.fromkeys((e, shown(c)) for e, c in found))
        report.error(
            "html-entity",
            ntr(
                "'%(name)s' contains the HTML entity %(entities)s",
                "'%(name)s' contains the HTML entities %(entities)s",
                len(found),
                name=name,
                entities=", ".join(dict.fromkeys(f"'{e}'" for e, _c in found)),
            ),
            node.line,
            node.col,
            field=name,
            hint=tr("write the character itself: %(character)s", character=pairs[0][1])
            if len(pairs) == 1
            else tr("write the characters themselves: ") + ", ".join(f"{c} for {e}" for e, c in pairs),
        )
        ok = False
        text = ENTITY_RE.sub("", text)
    markup = _MARKUP_RE.search(text)
    if markup:
        report.error(
            "markup-in-text",
            tr("'%(name)s' contains markup (%(markup)r)", name=name, markup=markup.group(0)),
            node.line,
            node.col,
            field=name,
            hint=tr("use plain text here; formatting belongs in the body"),
        )
        ok = False
    if ok and not text.isascii():
        for odd in lookalikes(text)[:1]:
            col = node.file_col(node.text.index(text[:1]) + odd.index) if text else None
            report.warning(
                "mixed-script",
                tr(
                    "'%(name)s' mixes alphabets in '%(word)s': '%(char)s' is %(char2)s (%(script)s) in a %(main)s word",
                    name=name,
                    word=odd.word,
                    char=odd.char,
                    char2=char_name(odd.char),
                    script=odd.script,
                    main=odd.main,
                ),
                node.line,
                col or node.col,
                field=name,
                hint=tr(
                    "retype the word on a %(main)s keyboard; a look-alike letter from another alphabet breaks search and can be used to impersonate",
                    main=odd.main,
                ),
            )
    return ok


def _check_id(
    text: str, node: Scalar, report: Report, name: str, spec: Field | None = None, ctx: _Context = _NO_CONTEXT
) -> bool:
    if SLUG_RE.match(text):
        return True
    hint = tr("ids are lowercase letters and digits joined by single hyphens, like 'porto-harbour'")
    odd = next((c for c in text if not c.isascii() and c.isalpha() and c.lower() == c and _latin_lookalike(c)), None)
    if odd is not None:
        hint = tr(
            "'%(odd)s' is %(char)s, a look-alike of a Latin letter; retype the id on a Latin keyboard",
            odd=odd,
            char=char_name(odd),
        )
    elif spec is not None and spec.ref and (ctx.registries is not None or spec.ref == "stories"):
        suggestion = suggest_reference(text, spec.ref, ctx.registries, stories=ctx.stories, listing=0)
        if suggestion:
            hint = f"{suggestion} ({hint})"
    report.error(
        "invalid-id",
        tr("'%(text)s' is not a valid id", text=text),
        node.line,
        node.col,
        field=name,
        hint=hint,
    )
    return False


def _latin_lookalike(ch: str) -> bool:
    import unicodedata

    return unicodedata.name(ch, "").split(" ", 1)[0] in ("CYRILLIC", "GREEK", "ARMENIAN")


_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212\u2043", "-------")
_DMY_RE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def _date_hint(text: str) -> str:
    """How to write this date: long dashes from Word, or day and month in the local order."""
    dashed = text.translate(_DASHES)
    if dashed != text and DATE_RE.match(dashed):
        return f"the dashes are long dashes (Word and Outlook make them); type plain hyphens: {dashed}"
    slashed = text.replace("/", "-").replace(".", "-")
    if slashed != text and DATE_RE.match(slashed):
        return f"write it with hyphens: {slashed}"
    m = _DMY_RE.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        options = [f"{year}-{month:02d}-{day:02d}" for day, month in ((a, b), (b, a)) if 1 <= month <= 12]
        options = list(dict.fromkeys(options))
        if len(options) == 2:
            return f"write year-month-day: {options[0]} if the day comes first, {options[1]} if the month does"
        if options:
            return f"write year-month-day: {options[0]}"
    return "write it like 2024-03-12"


def _read_date(node: Scalar, report: Report, name: str, today: dt.date | None) -> dt.date | None:
    text = node.text.strip()
    if not DATE_RE.match(text):
        report.error(
            "invalid-date",
            tr("'%(name)s: %(text)s' is not a date in the form YYYY-MM-DD", name=name, text=text),
            node.line,
            node.col,
            field=name,
            hint=_date_hint(text),
        )
        return None
    try:
        value = dt.date.fromisoformat(text)
    except ValueError as exc:
        report.error(
            "invalid-date",
            tr("'%(text)s' is not a real date (%(exc)s)", text=text, exc=exc),
            node.line,
            node.col,
            field=name,
            hint=tr("check the month and day"),
        )
        return None
    if today is not None and value > today:
        report.error(
            "future-date",
            tr(
                "'%(text)s' is in the future (today is %(today)s)",
                text=text,
                today=today.isoformat(),
            ),
            node.line,
            node.col,
            field=name,
            hint=tr("use the date the result was reached"),
        )
        return None
    return value


def _read_id_list(
    spec: Field, node: Node, report: Report, name: str, places: dict[str, tuple[int, int]], ctx: _Context = _NO_CONTEXT
) -> tuple[str, ...] | None:
    if isinstance(node, Scalar) and not node.text.strip() and node.plain:
        items: list[Node] = []
    elif not isinstance(node, Seq):
        example = f"[{node.text}]" if isinstance(node, Scalar) else spec.example
        report.error(
            "wrong-type",
            tr("'%(name)s' must be a list", name=name),
            node.line,
            node.col,
            field=name,
            hint=tr("write it as %(name)s: %(example)s", name=spec.name, example=example),
        )
        return None
    else:
        items = node.items
    if spec.required and not items:
        report.error(
            "empty-value",
            tr("'%(name)s' needs at least one value", name=name),
            node.line,
            node.col,
            field=name,
            hint=tr("write it as %(name)s: %(example)s", name=spec.name, example=spec.example),
        )
        return None
    values: list[str] = []
    for i, item in enumerate(items):
        if not isinstance(item, Scalar):
            report.error(
                "wrong-type",
                tr("'%(name)s' item %(i_1)s must be a single value", name=name, i_1=i + 1),
                item.line,
                item.col,
                field=name,
                hint=tr("write it as %(name)s: %(example)s", name=spec.name, example=spec.example),
            )
            continue
        text = _read_text(item, report, name, single_line=True)
        if text is None or not _check_id(text, item, report, name, spec, ctx):
            continue
        if text in values:
            report.warning(
                "duplicate-value",
                tr("'%(text)s' is listed twice in '%(name)s'", text=text, name=name),
                item.line,
                item.col,
                field=name,
                hint=tr("remove the second one"),
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
            tr("'%(name)s' must be a list of results", name=name),
            node.line,
            node.col,
            field=name,
            hint=tr("write each result as '- label: \"...\"' with 'value: \"...\"' under it"),
        )
        return None
    out = []
    for i, item in enumerate(node.items):
        where = f"{name}[{i + 1}]."
        if not isinstance(item, Map):
            report.error(
                "wrong-type",
                tr("'%(name)s' item %(i_1)s must have a label and a value", name=name, i_1=i + 1),
                item.line,
                item.col,
                field=name,
                hint=tr("write it as '- label: \"Paper used\"' and '  value: \"-38 %\"'"),
            )
            continue
        out.append((read_fields(item, OUTCOME_FIELDS, report, prefix=where), item))
    return out
