"""What editors and champions read about the contract stays generated from it.

schema/story.schema.json is committed for editors' tools and must match `snowball schema`; the sample
stories must satisfy it; and every diagnostic code the source can emit is explained in snowball/codes.py
(which the contribution guide prints), with no explanation left for a code that no longer exists.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from snowball.codes import CODES
from snowball.contract import STORY_FIELD_NAMES

from .conftest import REPO, VALID_FRONT, run_cli

SCHEMA_FILE = REPO / "schema" / "story.schema.json"


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


class DatesAsText(yaml.SafeLoader):
    """YAML as editors' tools read it (YAML 1.2's core schema): 2024-03-12 is a string, as in the schema."""


DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.load(text[4 : text.index("\n---\n", 3)], Loader=DatesAsText)  # DatesAsText is a SafeLoader


def test_committed_schema_is_current() -> None:
    result = run_cli("schema", "--check", "schema/story.schema.json", cwd=REPO)
    assert (result.code, result.out) == (0, "schema/story.schema.json is current\n"), result.err


def test_a_stale_schema_is_reported_with_the_fix(tmp_path: Path) -> None:
    stale = tmp_path / "story.schema.json"
    stale.write_text(SCHEMA_FILE.read_text(encoding="utf-8").replace('"maxLength": 120', '"maxLength": 100'))
    result = run_cli("schema", "--check", str(stale))
    assert result.code == 1
    assert result.err == f"{stale} is out of date; run: snowball schema > {stale}\n"


def test_schema_covers_exactly_the_contract_fields() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert tuple(schema["properties"]) == STORY_FIELD_NAMES
    assert schema["additionalProperties"] is False


def test_sample_stories_satisfy_the_schema() -> None:
    check = validator()
    stories = sorted((REPO / "stories").glob("*/index.md"))
    assert len(stories) >= 10
    for path in stories:
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in check.iter_errors(front_matter(path.read_text(encoding="utf-8")))
        ]
        assert errors == [], f"{path.relative_to(REPO)}: {errors}"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ("", None),
        ("author: [anna-schmidt]\n", "Additional properties are not allowed ('author' was unexpected)"),
        ("stage: finished\n", "'finished' is not one of ['idea', 'pilot', 'adopted', 'scaled', 'retired']"),
        ("image: hero.jpg\n", "'image_alt' is a dependency of 'image'"),
        ("tags: [paper, paper]\n", "has non-unique elements"),
        ("date: 2024-02-30\n", "is not a 'date'"),
    ],
)
def test_schema_and_validator_agree_on_the_contract(change: str, complaint: str | None) -> None:
    """The schema refuses what the validator refuses for the contract's own rules (not registry references)."""
    lines = {line.split(":")[0]: line for line in VALID_FRONT.splitlines()}
    for line in change.splitlines():
        lines[line.split(":")[0]] = line
    text = "---\n" + "\n".join(lines.values()) + "\n---\n"
    messages = [e.message for e in validator().iter_errors(front_matter(text))]
    if complaint is None:
        assert messages == []
    else:
        assert any(complaint in m for m in messages), messages


# ---- diagnostic codes ---------------------------------------------------------------------------------------


def emitted_codes() -> dict[str, list[str]]:
    """Codes passed to Report.error/.warning, Diagnostic(...), YamlProblem(...) and dataclasses.replace(d, code=...)
    in snowball/, with where."""
    found: dict[str, list[str]] = {}
    unverifiable = []
    for path in sorted((REPO / "snowball").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func, arg = node.func, None
            reports = isinstance(func, ast.Attribute) and func.attr in ("error", "warning")
            if node.args and (reports or isinstance(func, ast.Name) and func.id == "YamlProblem"):
                arg = node.args[0]
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "replace"
                and any(k.arg == "code" for k in node.keywords)
            ):
                arg = next(k.value for k in node.keywords if k.arg == "code")  # dataclasses.replace(d, code=...)
            elif isinstance(func, ast.Name) and func.id == "Diagnostic":
                arg = (
                    node.args[4]
                    if len(node.args) > 4
                    else next((k.value for k in node.keywords if k.arg == "code"), None)
                )
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append(where)
            elif arg is not None and not (
                isinstance(arg, ast.Name) and arg.id == "code" or isinstance(arg, ast.Attribute) and arg.attr == "code"
            ):
                unverifiable.append(f"{where}: {ast.unparse(arg)}")
    assert unverifiable == [], "pass diagnostic codes as string literals so they can be checked"
    return found


def test_every_emitted_code_is_explained() -> None:
    found = emitted_codes()
    assert len(found) > 40  # the scan sees the checks
    missing = {code: where for code, where in found.items() if code not in CODES}
    assert missing == {}, "add these codes to snowball/codes.py (the guide explains them from there)"


def test_every_explained_code_is_emitted() -> None:
    stale = sorted(set(CODES) - set(emitted_codes()))
    assert stale == [], "these codes are explained in snowball/codes.py but nothing emits them"


def test_the_guide_explains_every_code() -> None:
    from snowball.guide import guide_markdown
    from snowball.registries import load_registries

    registries, _problems = load_registries(REPO)
    guide = guide_markdown(registries)
    for code in CODES:
        assert f"| `{code}` |" in guide
