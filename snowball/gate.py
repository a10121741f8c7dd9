"""Champions' and editors' words in the hub's language: the validator, `snowball new`, the story form.

Every message the gate shows is written in English with named placeholders, `tr("'%(name)s' is empty",
name=name)`, and looked up in the "gate" catalog (snowball/locale/<lang>/LC_MESSAGES/gate.po) of the
hub's language: Material's `theme.language` in mkdocs.yml, nothing else. A missing catalog or message
stays English, the language the source is written in.

The language is set once per run (`use_language`, called by load_hub and the CLI) rather than passed
through every check: diagnostics are built deep inside the readers, and a hub has one language.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from .i18n import SOURCE_LANGUAGE, catalog

MKDOCS_FILE = "mkdocs.yml"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # compose only: mkdocs.yml's !!python tags are not run
_state = {"language": SOURCE_LANGUAGE}


def mkdocs_value(root: Path, keys: Sequence[str]) -> object:
    """The scalar at keys in the hub's mkdocs.yml (("theme", "language")), or None: read, not run (its !!python
    tags stay text), so `snowball validate`, `snowball new`, the digest and the build agree without MkDocs."""
    try:
        node = yaml.compose((root / MKDOCS_FILE).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None  # the build reports an unreadable mkdocs.yml itself
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
    return node.value if isinstance(node, yaml.ScalarNode) else None


def hub_language(root: Path) -> str:
    """theme.language from the hub's mkdocs.yml; English when the file or the setting is missing."""
    text = mkdocs_value(root, ("theme", "language"))
    return text.strip() if isinstance(text, str) and text.strip() else SOURCE_LANGUAGE


def use_language(language: str) -> None:
    """Make every later message of this process speak language (a BCP 47 tag such as "pt" or "pt-BR")."""
    _state["language"] = language or SOURCE_LANGUAGE


def language() -> str:
    """The language messages are shown in now."""
    return _state["language"]


def tr(message: str, /, **data: object) -> str:
    """message in the hub's language, its %(placeholders)s filled from data.

    Without data the text is not %-formatted, so a message may contain a plain '%'.
    """
    if not message:
        return message  # gettext("") is the catalog's header, never a message
    text = catalog(_state["language"], "gate").gettext(message)
    return text % data if data else text


def ntr(singular: str, plural: str, n: int, /, **data: object) -> str:
    """The singular or plural message for n in the hub's language (languages count differently)."""
    text = catalog(_state["language"], "gate").ngettext(singular, plural, n)
    return text % {"n": n, **data}


# The files whose words are the gate's (the rest speak to readers, domain "site"): extraction reads these
# with the keywords below, and tests/test_i18n_gate.py checks every shipped catalog against them.
GATE_SOURCES = (
    "snowball/body.py",
    "snowball/cli.py",
    "snowball/codes.py",
    "snowball/diagnostics.py",
    "snowball/fields.py",
    "snowball/formats.py",
    "snowball/formdata.py",
    "snowball/guide.py",
    "snowball/hub.py",
    "snowball/images.py",
    "snowball/reader.py",
    "snowball/redirects.py",
    "snowball/registries.py",
    "snowball/scaffold.py",
    "snowball/settings.py",
    "snowball/textcheck.py",
    "snowball/urls.py",
    "snowball/yamlread.py",
    "theme_overrides/assets/snowball-form.js",
)
GATE_KEYWORDS = {"tr": None, "ntr": (1, 2), "N_": None, "t": None}
