"""Read the four registries editors maintain: sites, practices, champions, tags."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError

from .contract import PRACTICE_STATUSES, PROPOSED, REGISTRY_FIELDS, REGISTRY_FILES
from .diagnostics import Diagnostic, Report, did_you_mean, spelling_key
from .fields import Values, _read_value, read_fields
from .gate import hub_language, ntr, tr
from .i18n import N_, SOURCE_LANGUAGE, gettext_tags
from .model import Champion, Practice, Registries, Site, Tag
from .reader import read_registry_file
from .settings import SETTINGS_FILE, Settings, contact_domains, load_settings
from .yamlread import Entry, Map, Scalar, Seq

# The display names editors may give per language: `name: {en: "Paperless loan files", pt: "Processos de
# crédito sem papel"}`. A plain string keeps working; pages show the hub language's (then English's, then
# the first given), resolved here at load so every view reads a plain `.name`.
PER_LANGUAGE = {"sites": ("name",), "practices": ("name",), "tags": ("label",)}  # people's names are not translated
_LANGUAGE_TAG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def known_language(tag: str) -> bool:
    """Whether tag names a language Babel (CLDR) knows, such as en, pt, pt-BR or zh-Hant."""
    if not _LANGUAGE_TAG_RE.match(tag):
        return False
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def pick_language(names: dict[str, str], language: str) -> str:
    """The name to show in language: its own (pt-BR falls back to pt), else English's, else the first given."""
    by_tag = {key.replace("-", "_").lower(): text for key, text in names.items()}
    for tag in [*gettext_tags(language), SOURCE_LANGUAGE]:
        if tag.lower() in by_tag:
            return by_tag[tag.lower()]
    return next(iter(names.values()))


def _resolve_names(item: Map, kind: str, language: str, report: Report) -> Map:
    """item with every per-language name replaced by the one to show, each language's text checked as text.

    The chosen text stays a node of the file, so read_fields checks it (length, characters) at its own
    line; the others are checked here as 'name.pt' and so on. A language tag Babel does not know is an
    error at its line: a typo ('pt-PT' is fine, 'pr' is not) would otherwise hide a name silently.
    """
    entries = dict(item.entries)
    for key in PER_LANGUAGE.get(kind, ()):
        entry = entries.get(key)
        if entry is None or not isinstance(entry.value, Map):
            continue
        spec = next(f for f in REGISTRY_FIELDS[kind] if f.name == key)
        given: dict[str, Scalar] = {}
        for tag, sub in entry.value.entries.items():
            if not known_language(tag):
                report.error(
                    "invalid-value",
                    tr("'%(field)s' gives a name for '%(tag)s', which is not a language tag", field=key, tag=tag),
                    sub.key_line,
                    sub.key_col,
                    field=f"{key}.{tag}",
                    hint=tr("use a language's code, such as en, pt, es, fr or de (pt-BR for Brazil's Portuguese)"),
                )
            elif isinstance(sub.value, Scalar):
                given[tag] = sub.value
            else:
                report.error(
                    "wrong-type",
                    tr("'%(field)s.%(tag)s' must be a single name", field=key, tag=tag),
                    sub.value.line,
                    sub.value.col,
                    field=f"{key}.{tag}",
                    hint=tr('write it as %(tag)s: "The name in that language"', tag=tag),
                )
        if not given:
            report.error(
                "empty-value",
                tr("'%(field)s' gives no name in any language", field=key),
                entry.key_line,
                entry.key_col,
                field=key,
                hint=tr(
                    'write the name, or one per language: %(field)s: {en: "Paperless loan files", pt: "..."}', field=key
                ),
            )
            continue
        shown = pick_language({tag: node.text for tag, node in given.items()}, language)
        chosen = next(node for node in given.values() if node.text == shown)
        for tag, node in given.items():
            if node is not chosen:
                _read_value(spec, node, report, f"{key}.{tag}", None, {})
        entries[key] = Entry(entry.key, entry.key_line, entry.key_col, chosen)
    return Map(item.line, item.col, entries)


def _read_entries(root: Path, name: str, report: Report) -> list[Values] | None:
    """The entries of one registry; None when the file cannot be read at all."""
    path = root / REGISTRY_FILES[name]
    if path.is_symlink() or not path.is_file():
        report.error(
            "registry-missing",
            tr(
                "the %(name)s registry %(file)s is missing or not a file",
                name=name,
                file=REGISTRY_FILES[name],
            ),
            hint=tr("restore it from the repository"),
        )
        return None
    node = read_registry_file(path, report)
    if node is None:
        return None
    if not isinstance(node, Seq):
        report.error(
            "registry-shape",
            tr("%(file)s must be a list of entries", file=REGISTRY_FILES[name]),
            1,
            1,
            hint=tr("start each entry with '- id: ...'"),
        )
        return None
    entries: list[Values] = []
    seen: dict[str, int] = {}
    language = hub_language(root)  # the names pages show
    for item in node.items:
        if not isinstance(item, Map):
            report.error(
                "registry-shape", tr("each entry must be a set of fields starting with '- id:'"), item.line, item.col
            )
            continue
        values = read_fields(_resolve_names(item, name, language, report), REGISTRY_FIELDS[name], report)
        values.lines["_entry"] = item.line
        ident = values.get("id")
        if ident is None:
            continue
        if ident in seen:
            report.error(
                "duplicate-id",
                tr(
                    "%(name_1)s id '%(ident)s' is used twice (first on line %(seen_ident)s)",
                    name_1=name[:-1],
                    ident=ident,
                    seen_ident=seen[ident],
                ),
                values.lines["id"],
                field="id",
                hint=tr("ids must be unique; rename one of them"),
            )
            continue
        seen[ident] = values.lines["id"]
        entries.append(values)
    return entries


_MAIL_RE = re.compile(r"(?:mailto:)?(?P<local>[^@\s]+)@(?P<host>[^@\s]+)")
_LOCAL_RE = re.compile(r"[A-Za-z0-9._+-]+")
_HOST_RE = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?")
_UNSAFE = frozenset("<>\"'\\`{}|^")  # never in a link we write (quotes, and what browsers read as '/')


_NEITHER = (
    N_("is neither an e-mail address nor an https:// chat link"),
    N_("write an address colleagues can click, like name@example.org or https://chat.example.org/u/name"),
)


@dataclass(frozen=True)
class _Contact:
    """A contact read apart: its link when the form is safe, the host it leads to, or what is wrong."""

    href: str | None
    host: str = ""  # as written: the e-mail domain or the https:// host (compared lowercase)
    problem: tuple[str, str] | None = None  # (what is wrong, how to fix it), for the registry check


def _read_contact(contact: str) -> _Contact:
    """Parse a contact as a browser would, so what the check approves is exactly what the link does.

    An e-mail address is the address alone: '?', '#', '&' and '%' would let a mail link carry copies to
    everyone ('?bcc=all%40…'), a subject or a prepared text. An https:// link is split with urllib:
    anything before an '@' in the host part (user info) makes the browser open the host after it.
    A host that is not plain ASCII letters, digits and '-' gets no link; the domain rule names it.
    """
    text = contact.strip()
    https = text.lower().startswith("https://")
    if not https and "@" not in text:
        return _Contact(None, problem=(tr(_NEITHER[0]), tr(_NEITHER[1])))
    if any(c.isspace() or ord(c) < 32 or c in _UNSAFE for c in text):
        return _Contact(None, problem=(tr("contains spaces, quotes or other characters a link cannot hold"),
                                       tr("write only the address, like name@example.org")))  # fmt: skip
    if https:
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            return _Contact(
                None, problem=(tr("is not a valid https:// link"), tr("copy the link from the chat's profile"))
            )
        host = parts.netloc.rpartition("@")[2]
        host = host.partition("]")[0] + "]" if host.startswith("[") else host.partition(":")[0]
        host = host.rstrip(".")
        if parts.username is not None or parts.password is not None:
            before = parts.netloc.rpartition("@")[0]
            return _Contact(None, host, (tr("has '%(before)s@' before the host, so the link opens %(host)s", before=before, host=host or tr('nothing')),
                                         tr("write the link with nothing between 'https://' and the host, like "
                                         "https://chat.example.org/u/name")))  # fmt: skip
        if port not in (None, 443):
            return _Contact(
                None,
                host,
                (tr("names the port :%(port)s", port=port), tr("remove ':%(port)s' after the host", port=port)),
            )
        if not host:
            return _Contact(None, problem=(tr("is an https:// link without a host"), tr("write the full link")))
        return _Contact(text if host.isascii() and _HOST_RE.fullmatch(host) else None, host)
    mail = _MAIL_RE.fullmatch(text)
    if mail is None or text.count("@") != 1:
        return _Contact(None, problem=(tr(_NEITHER[0]), tr(_NEITHER[1])))
    extra = next((i for i, c in enumerate(text) if c in "?#%&"), None)
    if extra is not None:
        address = text[:extra].removeprefix("mailto:") if "@" in text[:extra] else "name@example.org"
        added = text[extra:] if len(text) - extra <= 40 else text[extra : extra + 40] + "…"
        return _Contact(None, problem=(tr("has '%(added)s' after the address: a mail link could add copies, a subject or a text", added=added), tr("write the address alone, like %(address)s", address=address)))  # fmt: skip
    if not _LOCAL_RE.fullmatch(mail["local"]):
        return _Contact(None, problem=(tr("is not a plain e-mail address"),
                                       tr("use letters, digits, '.', '_', '+' and '-' before the @")))  # fmt: skip
    host = mail["host"].rstrip(".")
    if "." not in host:
        return _Contact(None, host, (tr("is not a complete e-mail address"), tr("write it like name@example.org")))
    plain = host.isascii() and _HOST_RE.fullmatch(host)
    return _Contact(f"mailto:{text.removeprefix('mailto:')}" if plain else None, host)


def contact_href(contact: str) -> str | None:
    """The link behind a champion's contact: mailto: for an e-mail address, the address itself for https://.

    Anything else has no link (no javascript:, no plain http:// on pages that may be served over https, no
    mail headers, no user info before a host), and the registry check refuses it, so every "Ask" on the
    site works. Which domains a contact may use is the registry check's part (contact_problem).
    """
    return _read_contact(contact).href


def contact_problem(contact: str, domains: tuple[str, ...], source: str) -> tuple[str, str] | None:
    """What is wrong with a champion's contact, in words with a fix; None when it may be published.

    domains: the hub's contact domains (settings.contact_domains); a host must be one of them or end
    with '.' + one of them. source says where they are set, for the hint.
    """
    read = _read_contact(contact)
    if read.problem is not None:
        return read.problem
    if not domains:
        return (tr("is on '%(host)s', but the hub names no domains that contacts may use", host=read.host),
                tr("add 'allowed_contact_domains: [your-organisation.example]' to %(SETTINGS_FILE)s (or set site_url in mkdocs.yml)", SETTINGS_FILE=SETTINGS_FILE))  # fmt: skip
    host = read.host.lower()
    if not any(host == d or host.endswith("." + d) for d in domains):
        listed = ", ".join(domains)
        # a look-alike reads as the real name: say what it is made of
        odd = [f"'{c}' {unicodedata.name(c, hex(ord(c)))}" for c in dict.fromkeys(read.host) if not c.isascii()]
        seen = f" (in small letters: {host})" if host != read.host and read.host.isascii() else ""
        seen += f" (not Latin letters: {', '.join(odd[:3])})" if odd else ""
        return (
            tr(
                "is on '%(host)s'%(seen)s, which is not one of the hub's contact domains (%(listed)s, from %(source)s)",
                host=read.host,
                seen=seen,
                listed=listed,
                source=source,
            ),
            tr(
                "use an address on %(listed)s, or add its domain to allowed_contact_domains in %(SETTINGS_FILE)s",
                listed=listed,
                SETTINGS_FILE=SETTINGS_FILE,
            ),
        )
    if read.href is None:  # on the domain, but no link can be made: the "Ask" button would silently have none
        return (tr("has the host '%(host)s', which a link cannot use as written (only letters a-z, digits, '-' and '.')", host=read.host),
                tr("write the host in plain letters; an international name in its xn-- form"))  # fmt: skip
    return None


def load_registries(root: Path, settings: Settings | None = None) -> tuple[Registries, list[Diagnostic]]:
    """Read and cross-check the registries; entries with errors are left out of the result.

    settings: the hub's (read from snowball.yml when not given); they say which domains contacts may use.
    """
    domains, source = contact_domains(root, settings or load_settings(root)[0])
    reports = {name: Report(REGISTRY_FILES[name]) for name in REGISTRY_FILES}
    read = {name: _read_entries(root, name, reports[name]) for name in REGISTRY_FILES}
    unreadable = frozenset(name for name, entries in read.items() if entries is None)
    raw = {name: entries or [] for name, entries in read.items()}
    site_ids = {v["id"] for v in raw["sites"] if "name" in v and "region" in v}
    champion_ids = {v["id"] for v in raw["champions"] if "name" in v}

    champion_names = {v["id"]: SimpleNamespace(name=v["name"]) for v in raw["champions"] if "name" in v}
    site_names = {v["id"]: SimpleNamespace(name=v["name"]) for v in raw["sites"] if "name" in v}
    homes = {v["id"]: (v.get("site"), v.lines.get("site", 0)) for v in raw["champions"]}

    sites: dict[str, Site] = {}
    for v in raw["sites"]:
        lead = v.get("lead")
        if lead is not None and lead not in champion_ids and "champions" not in unreadable:
            reports["sites"].error(
                "unknown-reference",
                tr("unknown champion '%(lead)s' as lead of site '%(id)s'", lead=lead, id=v["id"]),
                *v.where("lead"),
                field="lead",
                hint=did_you_mean(lead, champion_names),
            )
            continue
        if lead is not None and lead in homes and homes[lead][0] not in (None, v["id"]):
            # sites.yml: "that champion's home site must be this site"
            home, home_line = homes[lead]
            locals_ = sorted(c for c, (h, _l) in homes.items() if h == v["id"] and c in champion_ids)
            reports["sites"].error(
                "registry-rule",
                tr(
                    "the lead of site '%(id)s' is '%(lead)s', whose home site is '%(home)s' (%(file)s line %(home_line)s)",
                    id=v["id"],
                    lead=lead,
                    home=home,
                    file=REGISTRY_FILES["champions"],
                    home_line=home_line,
                ),
                *v.where("lead"),
                field="lead",
                hint=tr("a site's lead must be one of its own champions: ")
                + (
                    tr(
                        "choose %(letters)s, ",
                        letters=" or ".join(repr(c) for c in locals_[:4]),
                    )
                    if locals_
                    else ""
                )
                + tr(
                    "or change '%(lead)s''s site in %(file)s",
                    lead=lead,
                    file=REGISTRY_FILES["champions"],
                ),
            )
            continue
        if v["id"] in site_ids:
            sites[v["id"]] = Site(v["id"], v["name"], v["region"], lead)

    champions: dict[str, Champion] = {}
    for v in raw["champions"]:
        home = v.get("site")
        if home is not None and home not in site_ids and "sites" not in unreadable:
            reports["champions"].error(
                "unknown-reference",
                tr("unknown site '%(home)s' for champion '%(id)s'", home=home, id=v["id"]),
                *v.where("site"),
                field="site",
                hint=did_you_mean(home, site_names),
            )
            continue
        contact = v.get("contact")
        problem = contact_problem(contact, domains, source) if contact is not None else None
        if problem is not None:
            reports["champions"].error(
                "contact",
                tr("the contact of champion '%(id)s' %(problem_0)s", id=v["id"], problem_0=problem[0]),
                *v.where("contact"),
                field="contact",
                hint=problem[1],
            )
            contact = None
        if "name" in v and home is not None:
            champions[v["id"]] = Champion(v["id"], v["name"], home, contact)

    _check_spellings(raw["sites"], "region", reports["sites"])
    _check_spellings(raw["practices"], "category", reports["practices"])

    proposed = _proposed_practices(raw["practices"], reports["practices"])
    practices = {
        v["id"]: Practice(v["id"], v["name"], v["description"], v.get("category"), v["id"] in proposed)
        for v in raw["practices"]
        if "name" in v and "description" in v
    }

    tags: dict[str, Tag] = {}
    aliases: dict[str, str] = {}
    tag_ids = {v["id"] for v in raw["tags"]}
    for v in raw["tags"]:
        if "label" not in v:
            continue
        kept = []
        for alias in v.get("aliases", ()):
            if alias in tag_ids or alias in aliases:
                owner = alias if alias in tag_ids else aliases[alias]
                reports["tags"].error(
                    "duplicate-id",
                    tr(
                        "alias '%(alias)s' of tag '%(id)s' is already the tag '%(owner)s' or one of its aliases",
                        alias=alias,
                        id=v["id"],
                        owner=owner,
                    ),
                    v.lines.get("aliases", 0),
                    field="aliases",
                    hint=tr("an alias must name exactly one tag"),
                )
                continue
            aliases[alias] = v["id"]
            kept.append(alias)
        tags[v["id"]] = Tag(v["id"], v["label"], tuple(kept), v.get("description"))

    diagnostics = [d for r in reports.values() for d in r.items]
    return Registries(sites, practices, champions, tags, aliases, unreadable), diagnostics


def _check_spellings(entries: list[Values], name: str, report: Report) -> None:
    """Regions (and practice categories) that differ only in case, spacing or accents.

    Pages group sites by the exact region text, so 'North coast' beside 'North Coast' makes a
    second region with one site in it: almost always a typo, so it is named with the usual spelling.
    """
    spellings: dict[str, dict[str, int]] = {}
    for v in entries:
        if name in v:
            counts = spellings.setdefault(spelling_key(v[name]), {})
            counts[v[name]] = counts.get(v[name], 0) + 1
    for v in entries:
        counts = spellings.get(spelling_key(v.get(name, "")), {})
        if name not in v or len(counts) < 2:
            continue
        usual = max(counts, key=counts.__getitem__)  # the most used; on a tie, the first written
        if usual != v[name]:
            report.warning(
                "registry-rule",
                ntr(
                    "%(name)s '%(value)s' of '%(id)s' is spelled differently from '%(usual)s' (%(n)s entry)",
                    "%(name)s '%(value)s' of '%(id)s' is spelled differently from '%(usual)s' (%(n)s entries)",
                    counts[usual],
                    name=name,
                    value=v[name],
                    id=v["id"],
                    usual=usual,
                ),
                *v.where(name),
                field=name,
                hint=tr(
                    "write '%(usual)s'; pages group by the exact text, so this would make a %(name)s of its own",
                    usual=usual,
                    name=name,
                ),
            )


def _proposed_practices(entries: list[Values], report: Report) -> set[str]:
    """The ids of practices marked `status: proposed`; any other status is an error at its line.

    A practice with a wrong status is still read (as accepted would be wrong: as proposed it stays limited to
    ideas), so the one mistake is reported once, where it is, and not again in every story that names it.
    """
    out: set[str] = set()
    for v in entries:
        status = v.get("status")
        if status is None:
            continue
        if status not in PRACTICE_STATUSES:
            report.error(
                "invalid-value",
                tr(
                    "status '%(status)s' of practice '%(id)s' is not one of: %(allowed)s",
                    status=status,
                    id=v["id"],
                    allowed=", ".join(PRACTICE_STATUSES),
                ),
                *v.where("status"),
                field="status",
                hint=tr(
                    "write 'status: %(proposed)s' for a practice an idea proposes; remove the line to accept it",
                    proposed=PROPOSED,
                ),
            )
        out.add(v["id"])
    return out
