"""JSON Schema of story front matter, generated from the contract so editors' tools agree with the validator."""

from __future__ import annotations

from typing import Any

from .contract import (
    DATE_RE,
    IDEA,
    LANG_RE,
    MAX_FRONT_MATTER_BYTES,
    NOT_REQUIRED_FOR_IDEAS,
    OUTCOME_FIELDS,
    SLUG_RE,
    STAGES,
    Field,
)
from .model import Registries
from .settings import DEFAULT_SETTINGS, Settings, story_fields

SCHEMA_FILES = {"2020-12": "schema/story.schema.json", "draft-07": "schema/story.draft-07.schema.json"}

_SLUG = {"type": "string", "pattern": SLUG_RE.pattern}


def _field_schema(f: Field) -> dict[str, Any]:
    schema: dict[str, Any]
    if f.kind == "text":
        schema = {"type": "string", "minLength": 1}
        if f.max_len:
            schema["maxLength"] = f.max_len
    elif f.kind == "date":
        schema = {"type": "string", "format": "date", "pattern": DATE_RE.pattern}
    elif f.kind == "id":
        schema = dict(_SLUG)
    elif f.kind in ("ids", "slugs", "texts"):
        schema = {"type": "array", "items": dict(_SLUG), "uniqueItems": True}
        if f.required:
            schema["minItems"] = 1
    elif f.kind == "stage":
        schema = {"type": "string", "enum": list(STAGES)}
    elif f.kind == "bool":
        schema = {"type": "boolean"}
    elif f.kind == "outcomes":
        schema = {"type": "array", "items": _object_schema(OUTCOME_FIELDS)}
    elif f.kind == "lang":
        schema = {"type": "string", "pattern": LANG_RE.pattern}
    elif f.kind == "keep":
        plain = {"type": ["string", "number", "boolean"]}
        schema = {"type": "object", "additionalProperties": {"anyOf": [plain, {"type": "array", "items": plain}]}}
    else:  # file
        schema = {"type": "string", "pattern": r"^[^/\\.][^/\\]*\.(jpe?g|png|webp)$"}
    schema["description"] = f.doc
    return schema


def _object_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _field_schema(f) for f in fields},
    }


def _story_object(settings: Settings) -> dict[str, Any]:
    """The story's object schema; fields a hub requires but an idea need not give are required unless the
    stage is idea (contract.NOT_REQUIRED_FOR_IDEAS), with if/else, which both 2020-12 and draft-07 read."""
    body = _object_schema(story_fields(settings))
    spared = [name for name in body["required"] if name in NOT_REQUIRED_FOR_IDEAS]
    if spared:
        body["required"] = [name for name in body["required"] if name not in spared]
        body["if"] = {"properties": {"stage": {"const": IDEA}}, "required": ["stage"]}
        body["else"] = {"required": spared}
    return body


def _registry_ids(registries: Registries) -> dict[str, list[str]]:
    return {
        "sites": sorted(registries.sites),
        "champions": sorted(registries.champions),
        "practices": sorted(registries.practices),
        "tags": sorted(registries.tags),
    }


def story_schema(settings: Settings = DEFAULT_SETTINGS) -> dict[str, Any]:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://snowball.example/schema/story.schema.json",
        "title": "Snowball story front matter",
        "description": "Generated from snowball/contract.py by 'snowball schema'; do not edit by hand. "
        "Registry references (site, champions, practices, tags, inspired_by) and limits such as "
        f"{MAX_FRONT_MATTER_BYTES // 1024} KB of front matter are checked by 'snowball validate'.",
        **_story_object(settings),
    }
    schema["dependentRequired"] = {"image": ["image_alt"]}
    return schema


def story_schema_draft07(registries: Registries, settings: Settings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """The same contract for editors whose YAML tooling speaks draft-07 (VS Code's YAML language server,
    JetBrains IDEs), with the registries' ids as enums so a wrong site or champion is flagged as you type.

    Regenerated with the other by `make schema`; `snowball schema --check` fails when a registry changed.
    """
    body = _story_object(settings)
    ids = _registry_ids(registries)
    for f in story_fields(settings):
        if f.ref in ids and ids[f.ref]:
            prop = body["properties"][f.name]
            target = prop["items"] if f.kind == "ids" else prop
            target.pop("pattern", None)
            target["enum"] = ids[f.ref]
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://snowball.example/schema/story.draft-07.schema.json",
        "title": "Snowball story front matter (draft-07, with registry values)",
        "description": "Generated from snowball/contract.py and registries/ by 'snowball schema --draft-07'; do "
        "not edit by hand (run 'make schema' after changing a registry). 'snowball validate' remains the check.",
        **body,
        "dependencies": {"image": ["image_alt"]},
    }
