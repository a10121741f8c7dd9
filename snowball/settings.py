"""A hub's own settings (snowball.yml at the hub root): the one place a hub adjusts the contract.

Defaults keep the contract as documented, so a hub without snowball.yml behaves exactly
as before. The validator, the build, the JSON Schema, the guide, the form and the
scaffolder all read the fields through story_fields(settings), never STORY_FIELDS alone.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .contract import STORY_FIELDS, Field
from .diagnostics import Diagnostic, Report, did_you_mean
from .gate import tr
from .reader import read_registry_file
from .yamlread import Map, Node, Scalar, Seq

SETTINGS_FILE = "snowball.yml"
MKDOCS_FILE = "mkdocs.yml"  # read for site_url: the contacts' default domain (contact_domains)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # compose only: mkdocs.yml's !!python tags are not run


@dataclass(frozen=True)
class Settings:
    """What a hub may change. Every field has the documented default."""

    limits: dict[str, int] = field(default_factory=dict)  # story field -> max length, overriding the contract
    required: frozenset[str] = frozenset()  # optional story fields this hub requires (e.g. tags, outcomes)
    allowed_addresses: tuple[str, ...] = ()  # public role e-mail addresses that may appear in story text
    allow_indexing: bool = False  # false: pages carry noindex and robots.txt disallows crawling
    contribute_branch: str = "main"  # the branch the story form's "open in the web editor" link targets
    # Domains champions' contacts may use (each with its subdomains). Empty: the organisation's domain taken
    # from site_url in mkdocs.yml (contact_domains below); never "any domain".
    allowed_contact_domains: tuple[str, ...] = ()
    forge: str = "auto"  # what hosts mkdocs.yml's repo_url (FORGES): which web editor the story form opens


DEFAULT_SETTINGS = Settings()

# The values of `forge`: auto tells GitHub and GitLab from repo_url's host; an intranet's own forge is named;
# none means no web-editor button (the form says how to download the file and hand it in).
FORGES: tuple[str, ...] = ("auto", "github", "gitlab", "gitea", "bitbucket-server", "none")


def story_fields(settings: Settings = DEFAULT_SETTINGS) -> tuple[Field, ...]:
    """The story contract as this hub applies it: the contract's fields with the hub's limits and requirements."""
    out = []
    for f in STORY_FIELDS:
        changes: dict[str, object] = {"setting": f"limits.{f.name}"} if f.max_len is not None else {}
        if f.name in settings.limits:
            changes["max_len"] = settings.limits[f.name]
        if f.name in settings.required:
            changes["required"] = True
        out.append(dataclasses.replace(f, **changes) if changes else f)
    return tuple(out)


# Every setting, with what it holds: the unknown-setting hint, the example snowball.yml and its test read this.
SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Settings))
LIMITABLE: tuple[str, ...] = tuple(f.name for f in STORY_FIELDS if f.max_len is not None)
MAX_LIMIT = 10_000  # characters; front matter is at most 32 KB
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# git check-ref-format, in the parts a person can get wrong
_BAD_BRANCH_RE = re.compile(r"(^[-/.])|(\.\.)|([\x00-\x20~^:?*\[\\\x7f])|(@\{)|(/$)|(\.lock$)|(\.$)|(//)")


def _shape(node: Node) -> str:
    return (
        tr("a list") if isinstance(node, Seq) else tr("a set of fields") if isinstance(node, Map) else f"'{node.text}'"
    )


def _empty(node: Node) -> bool:
    return isinstance(node, Scalar) and node.plain and node.text.strip() in ("", "null", "~")


class _Reader:
    """Reads each setting, reporting every mistake where it is and keeping the default for that setting."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.names = {f.name: f for f in STORY_FIELDS}

    def wrong(self, key: str, node: Node, expected: str, example: str) -> None:
        self.report.error(
            "settings",
            tr(
                "'%(key)s' must be %(expected)s, not %(shape_node)s",
                key=key,
                expected=expected,
                shape_node=_shape(node),
            ),
            node.line,
            node.col,
            field=key,
            hint=tr("write it like: %(example)s", example=example),
        )

    def limits(self, node: Node) -> dict[str, int] | None:
        if _empty(node):
            return {}
        if not isinstance(node, Map):
            self.wrong("limits", node, tr("a set of 'field: number' lines"), "limits: {summary: 600}")
            return None
        out: dict[str, int] = {}
        for name, sub in node.entries.items():
            text = sub.value.text.strip() if isinstance(sub.value, Scalar) else None
            if name not in LIMITABLE:
                self.report.error(
                    "settings",
                    tr("'%(name)s' has no length limit to set", name=name),
                    sub.key_line,
                    sub.key_col,
                    field=f"limits.{name}",
                    hint=did_you_mean(name, LIMITABLE, listing=0)
                    or tr("limits apply to: %(join_limitable)s", join_limitable=", ".join(LIMITABLE)),
                )
            elif text is None or not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
                self.report.error(
                    "settings",
                    tr(
                        "limits.%(name)s must be a whole number of characters from 1 to %(MAX_LIMIT)s, not %(shape)s",
                        name=name,
                        MAX_LIMIT=format(MAX_LIMIT, ","),
                        shape=_shape(sub.value),
                    ),
                    sub.value.line,
                    sub.value.col,
                    field=f"limits.{name}",
                    hint=tr(
                        "for example '%(name)s: %(max_len)s' (the default)", name=name, max_len=self.names[name].max_len
                    ),
                )
            elif int(text) != self.names[name].max_len:  # the default written out changes nothing
                out[name] = int(text)
        return out

    def required(self, node: Node) -> frozenset[str] | None:
        if _empty(node):
            return frozenset()
        if not isinstance(node, Seq):
            self.wrong("required", node, tr("a list of story fields"), "required: [tags, outcomes]")
            return None
        wanted = []
        for item in node.items:
            text = item.text.strip() if isinstance(item, Scalar) else None
            if text is None or text not in self.names:
                self.report.error(
                    "settings",
                    tr(
                        "'%(value)s' in 'required' is not a story field",
                        value=text if text is not None else _shape(item),
                    ),
                    item.line,
                    item.col,
                    field="required",
                    hint=(did_you_mean(text, self.names) if text else None)
                    or tr("use field names from the contribution guide, such as tags or outcomes"),
                )
            elif self.names[text].required:
                self.report.warning(
                    "settings",
                    tr("'%(text)s' is always required; listing it in 'required' changes nothing", text=text),
                    item.line,
                    item.col,
                    field="required",
                    hint=tr("remove '%(text)s' from the list", text=text),
                )
            else:
                wanted.append(text)
        return frozenset(wanted)

    def addresses(self, node: Node) -> tuple[str, ...] | None:
        if _empty(node):
            return ()
        if not isinstance(node, Seq):
            self.wrong(
                "allowed_addresses", node, tr("a list of e-mail addresses"), 'allowed_addresses: ["press@example.org"]'
            )
            return None
        out = []
        for item in node.items:
            text = item.text.strip() if isinstance(item, Scalar) else ""
            if not _EMAIL_RE.match(text):
                self.report.error(
                    "settings",
                    tr(
                        "'%(value)s' in 'allowed_addresses' is not an e-mail address",
                        value=text or _shape(item),
                    ),
                    item.line,
                    item.col,
                    field="allowed_addresses",
                    hint=tr("list public role addresses such as press@example.org, one per item"),
                )
            else:
                out.append(text.lower())
        return tuple(out)

    def domains(self, node: Node) -> tuple[str, ...] | None:
        if _empty(node):
            return ()
        if not isinstance(node, Seq):
            self.wrong(
                "allowed_contact_domains", node, tr("a list of domains"), "allowed_contact_domains: [example.org]"
            )
            return None
        out = []
        for item in node.items:
            text = item.text.strip().lower() if isinstance(item, Scalar) else ""
            if not _DOMAIN_RE.match(text) or len(text) > 253:
                bare = text.removeprefix("*.").removeprefix("@").split("://")[-1].split("/")[0]
                self.report.error(
                    "settings",
                    tr("'%(value)s' in 'allowed_contact_domains' is not a domain name", value=text or _shape(item)),
                    item.line,
                    item.col,
                    field="allowed_contact_domains",
                    hint=(tr("write '%(bare)s' alone; its subdomains are included", bare=bare) if bare and _DOMAIN_RE.match(bare)
                          else tr("write a domain such as example.org (letters, digits, '-' and dots; an international "
                          "name in its xn-- form), one per item")),
                )  # fmt: skip
            else:
                out.append(text)
        return tuple(out)

    def flag(self, key: str, node: Node) -> bool | None:
        if isinstance(node, Scalar) and node.text in ("true", "false"):
            return node.text == "true"
        self.wrong(key, node, tr("true or false"), f"{key}: false")
        return None

    def branch(self, node: Node) -> str | None:
        text = node.text.strip() if isinstance(node, Scalar) else None
        if not text or _BAD_BRANCH_RE.search(text) or not text.isascii():
            self.report.error(
                "settings",
                tr(
                    "'contribute_branch' must be a branch name, not %(value)s",
                    value=_shape(node) if text is None else repr(text),
                ),
                node.line,
                node.col,
                field="contribute_branch",
                hint=tr("write the name of the branch stories are proposed against, like: contribute_branch: main"),
            )
            return None
        return text

    def forge(self, node: Node) -> str | None:
        text = node.text.strip().lower() if isinstance(node, Scalar) else None
        if text in FORGES:
            return text
        shown = _shape(node) if text is None else repr(node.text.strip())
        guess = did_you_mean(text, FORGES, listing=0) if text else None
        self.report.error(
            "settings",
            tr("'forge' must be one of %(join_forges)s, not %(shown)s", join_forges=", ".join(FORGES), shown=shown),
            node.line,
            node.col,
            field="forge",
            hint=(f"{guess} " if guess else "")
            + tr(
                "auto tells GitHub and GitLab from repo_url in mkdocs.yml; gitea also covers Forgejo, "
                "bitbucket-server also covers Bitbucket Data Center; write none if the hub's forge is none of these"
            ),
        )
        return None


def load_settings(root: Path) -> tuple[Settings, list[Diagnostic]]:
    """Read snowball.yml if present; every mistake is a located diagnostic and keeps that setting's default."""
    path = root / SETTINGS_FILE
    report = Report(SETTINGS_FILE)
    if not path.exists() and not path.is_symlink():
        return DEFAULT_SETTINGS, []
    if path.is_symlink() or not path.is_file():
        report.error(
            "settings",
            tr("%(SETTINGS_FILE)s is not a plain file", SETTINGS_FILE=SETTINGS_FILE),
            hint=tr("commit the real file; links are never followed"),
        )
        return DEFAULT_SETTINGS, report.items
    node = read_registry_file(path, report)
    if node is None or _empty(node):
        return DEFAULT_SETTINGS, report.items  # an empty or all-comment file keeps every default
    if not isinstance(node, Map):
        report.error(
            "settings",
            tr("%(SETTINGS_FILE)s must be a set of 'name: value' settings", SETTINGS_FILE=SETTINGS_FILE),
            node.line,
            node.col,
            hint=tr("start each setting at the beginning of a line, like 'limits:' or 'allow_indexing: false'"),
        )
        return DEFAULT_SETTINGS, report.items
    read = _Reader(report)
    readers = {
        "limits": read.limits,
        "required": read.required,
        "allowed_addresses": read.addresses,
        "allow_indexing": lambda n: read.flag("allow_indexing", n),
        "contribute_branch": read.branch,
        "allowed_contact_domains": read.domains,
        "forge": read.forge,
    }
    values: dict[str, object] = {}
    for key, entry in node.entries.items():
        if key not in readers:
            report.error(
                "settings",
                tr("unknown setting '%(key)s'", key=key),
                entry.key_line,
                entry.key_col,
                field=key,
                hint=(did_you_mean(key, SETTING_NAMES, listing=0) or "")
                + tr(
                    " (settings are: %(names)s; see the comments in the example %(SETTINGS_FILE)s)",
                    names=", ".join(SETTING_NAMES),
                    SETTINGS_FILE=SETTINGS_FILE,
                ),
            )
            continue
        value = readers[key](entry.value)
        if value is not None:
            values[key] = value
    return Settings(**values), report.items  # type: ignore[arg-type]


def site_domain(root: Path) -> str | None:
    """The organisation's domain from site_url in the hub's mkdocs.yml; None when there is none to take.

    The host without its first part when it has three or more ('snowball.harbourline.example' ->
    'harbourline.example'), else the host itself. When the rest looks like a country's shared ending
    ('example.co.uk' -> 'co.uk') the host is kept whole: stricter, never wider. The file is read, not
    MkDocs' configuration, so `snowball validate`, the build and the preview (whose site_url MkDocs
    replaces with the local address) all see the same value.
    """
    try:
        node = yaml.compose((root / MKDOCS_FILE).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None  # the build reports an unreadable mkdocs.yml itself
    if not isinstance(node, yaml.MappingNode):
        return None
    url = next((v.value for k, v in node.value if k.value == "site_url" and isinstance(v, yaml.ScalarNode)), None)
    try:
        host = urlsplit(str(url or "")).hostname or ""
    except ValueError:
        return None
    host = host.rstrip(".")
    if not _DOMAIN_RE.match(host) or host.replace(".", "").isdigit():
        return None  # no host, a one-word intranet name, or an IP address
    labels = host.split(".")
    shared_ending = len(labels) == 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
    return ".".join(labels[1:]) if len(labels) >= 3 and not shared_ending else host


def contact_domains(root: Path, settings: Settings) -> tuple[tuple[str, ...], str]:
    """The domains champions' contacts may use, and where that list comes from (for messages).

    allowed_contact_domains when set; otherwise the organisation's domain from site_url; otherwise
    none, and every contact is refused with a hint to set one ("any domain" would let a look-alike
    host or a stranger's address behind every "Ask" button).
    """
    if settings.allowed_contact_domains:
        return settings.allowed_contact_domains, f"allowed_contact_domains in {SETTINGS_FILE}"
    domain = site_domain(root)
    return ((domain,), "site_url in mkdocs.yml") if domain else ((), "")
