"""Write the browser's Snowball stemmers from the installed snowballstemmer package.

    .venv/bin/python scripts/stemmers_js.py            # (re)write theme_overrides/assets/javascripts/stemmers/<lang>.js
    .venv/bin/python scripts/stemmers_js.py --check    # exit 1 if a committed file differs from what it would write

Why: the search index is stemmed in Python by snowballstemmer, and the search worker must stem a
query exactly the same way or a word form will not find its story. snowballstemmer's modules are
plain code written by the Snowball compiler (one class per language, labelled `try`/`raise` for
Snowball's failure jumps, `while True` for its loops), so this script translates their syntax
tree one construct to one construct into JavaScript: the algorithm cannot drift from the Python
one, and nobody needs npm to build a hub. The runtime they call, stemmers/base.js, is a
hand-written port of basestemmer.py. Anything the translator does not know stops it with an error
instead of guessing, so a new snowballstemmer release is either translated faithfully or refused.
After bumping snowballstemmer, run this and commit the changed files.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import json
import sys
from pathlib import Path

import snowballstemmer

OUT = Path(__file__).resolve().parent.parent / "theme_overrides" / "assets" / "javascripts" / "stemmers"

#: Language code of each <code>.js file -> snowballstemmer's algorithm name. Every algorithm but
#: the two historical ones (porter: English's older rules; dutch_porter: Dutch's older rules).
LANGUAGES: dict[str, str] = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "st": "sesotho",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

BINARY = {ast.Add: "+", ast.Sub: "-"}
COMPARE = {ast.Eq: "===", ast.NotEq: "!==", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
SIMPLE = (ast.Constant, ast.Name, ast.Attribute, ast.Call, ast.Subscript)


class Untranslatable(Exception):
    """The Python module uses a construct this translator does not know."""


def js_string(text: str) -> str:
    """A JavaScript literal in ASCII, so the file reads the same whatever charset it is served with."""
    for char in text:
        if ord(char) > 0xFFFF or 0xD800 <= ord(char) <= 0xDFFF:
            raise Untranslatable(f"literal beyond the Basic Multilingual Plane: {text!r}")
    return json.dumps(text, ensure_ascii=True)


def method_name(name: str) -> str:
    """`__r_Step_1a` (a private routine) becomes `r_Step_1a`; `_stem` stays."""
    return name[2:] if name.startswith("__") else name


class Translator:
    """Translates one generated stemmer class into the body of a JavaScript closure."""

    def __init__(self, module: ast.Module) -> None:
        classes = [node for node in module.body if isinstance(node, ast.ClassDef) and not node.name.startswith("lab")]
        if len(classes) != 1:
            raise Untranslatable("expected one stemmer class")
        self.cls = classes[0]
        self.class_attrs: set[str] = set()

    def expr(self, node: ast.expr) -> str:
        """One expression; the generated Python only uses these few forms."""
        if isinstance(node, ast.Constant):
            if node.value is True:
                return "true"
            if node.value is False:
                return "false"
            if node.value is None:
                return "null"
            if isinstance(node.value, int):
                return str(node.value)
            if isinstance(node.value, str):
                return js_string(node.value)
        elif isinstance(node, ast.Name):
            if node.id.startswith("__r_"):  # a routine named in an among table in the class body
                return "P." + method_name(node.id)
            return node.id
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "self":
                return "this." + method_name(node.attr)
            if node.value.id == self.cls.name and node.attr in self.class_attrs:
                return node.attr
        elif isinstance(node, ast.Call) and not node.keywords:
            args = ", ".join(self.expr(arg) for arg in node.args)
            if isinstance(node.func, ast.Name) and node.func.id == "len" and len(node.args) == 1:
                return self.wrap(node.args[0]) + ".length"
            if isinstance(node.func, ast.Name) and node.func.id == "Among":
                return f"new Among({args})"
            if isinstance(node.func, ast.Attribute):
                return f"{self.expr(node.func)}({args})"
        elif isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
            return f"{self.expr(node.value)}[{self.expr(node.slice)}]"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            return ("!" if isinstance(node.op, ast.Not) else "-") + self.wrap(node.operand)
        elif isinstance(node, ast.BinOp) and type(node.op) in BINARY:
            return f"{self.wrap(node.left)} {BINARY[type(node.op)]} {self.wrap(node.right)}"
        elif isinstance(node, ast.BoolOp):
            joiner = " && " if isinstance(node.op, ast.And) else " || "
            return joiner.join(self.wrap(value) for value in node.values)
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in COMPARE:
            return f"{self.wrap(node.left)} {COMPARE[type(node.ops[0])]} {self.wrap(node.comparators[0])}"
        raise Untranslatable(f"line {node.lineno}: expression {ast.unparse(node)!r}")

    def wrap(self, node: ast.expr) -> str:
        """An operand, in parentheses unless it is atomic, so precedence never differs from Python's."""
        text = self.expr(node)
        return text if isinstance(node, SIMPLE) else f"({text})"

    def block(self, body: list[ast.stmt], depth: int) -> list[str]:
        lines: list[str] = []
        for node in body:
            lines.extend(self.stmt(node, depth))
        return lines

    def stmt(self, node: ast.stmt, depth: int) -> list[str]:
        """One statement. Snowball's failure jumps (`try: ... except labN: pass` with `raise labN()`)
        become a labelled block left by `break labN`, which is the same jump."""
        pad = "  " * depth
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            return [f"{pad}{self.expr(node.targets[0])} = {self.expr(node.value)};"]
        if isinstance(node, ast.AugAssign) and type(node.op) in BINARY:
            return [f"{pad}{self.expr(node.target)} {BINARY[type(node.op)]}= {self.expr(node.value)};"]
        if isinstance(node, ast.Expr):
            return [f"{pad}{self.expr(node.value)};"]
        if isinstance(node, ast.Return):
            return [f"{pad}return {self.expr(node.value)};" if node.value is not None else f"{pad}return;"]
        if isinstance(node, ast.Break):
            return [f"{pad}break;"]
        if isinstance(node, ast.Continue):
            return [f"{pad}continue;"]
        if isinstance(node, ast.Pass):
            return []
        if isinstance(node, ast.If):
            lines = [f"{pad}if ({self.expr(node.test)}) {{", *self.block(node.body, depth + 1)]
            orelse = node.orelse
            while len(orelse) == 1 and isinstance(orelse[0], ast.If):
                lines += [f"{pad}}} else if ({self.expr(orelse[0].test)}) {{", *self.block(orelse[0].body, depth + 1)]
                orelse = orelse[0].orelse
            if orelse:
                lines += [f"{pad}}} else {{", *self.block(orelse, depth + 1)]
            return [*lines, f"{pad}}}"]
        if isinstance(node, ast.While) and not node.orelse:
            if not (isinstance(node.test, ast.Constant) and node.test.value is True):
                raise Untranslatable(f"line {node.lineno}: loop other than `while True`")
            return [f"{pad}while (true) {{", *self.block(node.body, depth + 1), f"{pad}}}"]
        if (
            isinstance(node, ast.For)
            and not node.orelse
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Tuple)
        ):  # `for _ in 0, 0:` repeats its body a fixed number of times
            name, times = node.target.id, len(node.iter.elts)
            head = f"{pad}for ({name} = 0; {name} < {times}; {name}++) {{"
            return [head, *self.block(node.body, depth + 1), f"{pad}}}"]
        if isinstance(node, ast.Try) and len(node.handlers) == 1 and not node.orelse and not node.finalbody:
            handler = node.handlers[0]
            if not (
                isinstance(handler.type, ast.Name)
                and handler.type.id.startswith("lab")
                and handler.name is None
                and all(isinstance(item, ast.Pass) for item in handler.body)
            ):
                raise Untranslatable(f"line {node.lineno}: handler other than `except labN: pass`")
            return [f"{pad}{handler.type.id}: {{", *self.block(node.body, depth + 1), f"{pad}}}"]
        if (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and isinstance(node.exc.func, ast.Name)
            and node.exc.func.id.startswith("lab")
        ):
            return [f"{pad}break {node.exc.func.id};"]
        raise Untranslatable(f"line {node.lineno}: statement {ast.unparse(node).splitlines()[0]!r}")

    def method(self, func: ast.FunctionDef) -> list[str]:
        if [arg.arg for arg in func.args.args] != ["self"]:
            raise Untranslatable(f"line {func.lineno}: method with arguments")
        local: list[str] = []
        for node in ast.walk(func):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AugAssign, ast.For)):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and target.id not in local:
                    local.append(target.id)
        lines = [f"  P.{method_name(func.name)} = function () {{"]
        if local:
            lines.append(f"    var {', '.join(local)};")
        return [*lines, *self.block(func.body, 2), "  };"]

    def translate(self, lang: str) -> str:
        """The closure: tables, instance state, routines, among tables, then the registration."""
        name = self.cls.name
        tables: list[str] = []
        state: list[str] = []
        methods: list[str] = []
        amongs: list[str] = []
        body = [
            node for node in self.cls.body if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
        ]
        for node in body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self.class_attrs.add(node.targets[0].id)
        for node in body:
            if isinstance(node, ast.FunctionDef):
                methods += self.method(node)
                continue
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                raise Untranslatable(f"line {node.lineno}: class member {ast.unparse(node).splitlines()[0]!r}")
            attr, value = node.targets[0].id, node.value
            if attr.startswith("g_") and isinstance(value, ast.Constant) and isinstance(value.value, str):
                tables.append(f"  var {attr} = {js_string(value.value)};")
            elif attr.startswith("g_") and isinstance(value, ast.Set):
                chars = sorted(ast.literal_eval(value))
                if any(len(char) != 1 for char in chars):
                    raise Untranslatable(f"line {node.lineno}: grouping member longer than one character")
                tables.append(f"  var {attr} = {js_string(''.join(chars))};")
            elif attr.startswith("as_") and isinstance(value, ast.Tuple):
                tables.append(f"  var {attr} = [{', '.join(self.expr(item) for item in value.elts)}];")
            elif attr.startswith(("B_", "I_")) and isinstance(value, ast.Constant):
                state.append(f"    this.{attr} = {self.expr(value)};")
            elif attr.startswith("a_") and isinstance(value, ast.List):
                rows = [f"    {self.expr(item)}" for item in value.elts]
                amongs += [f"  var {attr} = [", ",\n".join(rows), "  ];"]
            else:
                raise Untranslatable(f"line {node.lineno}: class member {attr!r}")
        literals = [
            node.value
            for node in ast.walk(self.cls)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node is not getattr(self.cls.body[0], "value", None)
        ]
        highest = max((ord(char) for text in literals for char in text), default=0)
        return "\n".join(
            [
                "(function () {",
                '  "use strict";',
                "  var Among = self.snowballBase.Among;",
                "  var BaseStemmer = self.snowballBase.BaseStemmer;",
                "",
                *tables,
                "",
                f"  function {name}() {{",
                "    BaseStemmer.call(this);",
                *state,
                "  }",
                f"  {name}.prototype = Object.create(BaseStemmer.prototype);",
                f"  var P = {name}.prototype;",
                f"  P.highestLiteral = 0x{highest:04X};",
                "",
                *methods,
                "",
                *amongs,
                "",
                f"  var stemmer = new {name}();",
                "  self.snowballStem = self.snowballStem || {};",
                f"  self.snowballStem[{json.dumps(lang)}] = function (word) {{",
                "    return stemmer.stemWord(word);",
                "  };",
                "})();",
                "",
            ]
        )


def render(lang: str) -> str:
    """The text of stemmers/<lang>.js for the installed snowballstemmer."""
    algorithm = LANGUAGES[lang]
    source_path = Path(snowballstemmer.__file__).parent / f"{algorithm}_stemmer.py"
    source = source_path.read_text(encoding="utf-8")
    origin = next((line[2:] for line in source.splitlines() if line.startswith("# Generated from")), "")
    version = importlib.metadata.version("snowballstemmer")
    header = [
        f"// Snowball stemmer {algorithm!r} for language {lang!r}: self.snowballStem[{lang!r}](word).",
        f"// Translated by scripts/stemmers_js.py from {source_path.name} of snowballstemmer {version}",
        f"// ({origin}). Do not edit: change the script and run it again.",
        "// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.",
    ]
    return "\n".join(header) + "\n" + Translator(ast.parse(source)).translate(lang)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that differ; exit 1 if any")
    parser.add_argument("languages", nargs="*", help="language codes (default: all)")
    args = parser.parse_args(argv)
    stale = []
    for lang in args.languages or sorted(LANGUAGES):
        text = render(lang)
        path = OUT / f"{lang}.js"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(text.encode()):,} bytes")
    if stale:
        print(f"Out of date (run scripts/stemmers_js.py): {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
