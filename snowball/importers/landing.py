"""After the import writes the hub: the checks `snowball validate` runs, on what was written.

An import either lands (every story passes validate) or says exactly why not. The conversion
(shortcodes.py) already resolves what real posts write; this step is the proof and the safety net:
1. load the hub with the core's own checks (hub.load_hub), for the imported stories;
2. repair, in the written story, what has a safe repair (a remote image becomes a link, a link to a
   file that is not there becomes its text, a mail link loses its subject, a tag with broken quotes is
   shown as text), each reported;
3. what is left becomes report.unlanded ("N stories will not validate"), with file, line and the line's
   text, and the command exits 1.
Warnings are summarised: markup the build removes, by kind with one example each; a public address
found in many stories is offered once as an allowed_addresses entry for snowball.yml.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from ..diagnostics import Diagnostic
from ..hub import STORIES_DIR, load_hub
from .report import ImportReport, Unlanded

ROLE_ADDRESS_STORIES = 3  # an address in this many stories or more is offered for allowed_addresses
KINDS_SHOWN = 12  # kinds of removed markup listed one by one; the rest are counted together
MORE_KIND = "more"  # validate's "N more like the above" (it names a few of each kind per story)
_STORY_PATH_RE = re.compile(r"^" + STORIES_DIR + r"/([^/]+)/")
_EMAIL_IN_MESSAGE_RE = re.compile(r"^'([^']+@[^']+)' looks like an e-mail address")
_MORE_RE = re.compile(r"^(\d+) more like the above$")
_KIND_RE = re.compile(r"^(the (?:attribute|class) '[^']*' on <[\w-]+>|<[\w-]+>)")


def land(into: Path, sources: dict[str, str], report: ImportReport, source_root: Path | None = None) -> None:
    """Check what was written (sources: story slug -> the source file it came from, relative to source_root);
    repair; record the rest, each with the source file and, when the text is still there, its line."""
    slugs = set(sources)
    hub = load_hub(into, only=slugs)
    errors = [d for d in hub.diagnostics if d.severity == "error"]
    if _repair(into, errors, sources, report):
        hub = load_hub(into, only=slugs)
    report.checked = True
    for d in hub.diagnostics:
        if d.severity == "error":
            text = _line_text(into, d)
            origin = sources.get(_slug(d.path) or "", "")
            if origin and text and source_root is not None:
                line = _source_line(source_root, origin, text)
                origin += f":{line}" if line else ""
            report.unlanded.append(Unlanded(d.path, d.line, d.code, d.message, text, origin))
    report.warnings = summarise_warnings([d for d in hub.diagnostics if d.severity == "warning"])


def _slug(path: str) -> str | None:
    m = _STORY_PATH_RE.match(path)
    return m.group(1) if m else None


def _line_text(into: Path, d: Diagnostic) -> str:
    if d.line <= 0:
        return ""
    try:
        lines = (into / d.path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return ""
    return lines[d.line - 1].strip() if d.line <= len(lines) else ""


def _source_line(root: Path, rel: str, text: str) -> int:
    """The line of the source file that holds the written line's text (the import keeps most lines as they
    were), or 0 when the text changed on the way."""
    try:
        source = (root / rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return 0
    found = source.find(text)
    return source.count("\n", 0, found) + 1 if found >= 0 else 0


# --- repairs in the written stories --------------------------------------------------------------

_REPAIRABLE = {"outside-resource", "broken-link", "missing-file", "mail-link", "html-quoting"}


def _repair(into: Path, errors: list[Diagnostic], sources: dict[str, str], report: ImportReport) -> bool:
    """Repair each error that has a safe repair, in its story file; True when a file changed."""
    by_file: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in errors:
        slug = _slug(d.path)
        if slug in sources and d.code in _REPAIRABLE and d.line > 0 and d.path.endswith("/index.md"):
            by_file[d.path].append(d)
    changed = False
    for path, found in by_file.items():
        file = into / path
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # from the end of the file backwards: a repair never moves the places of the ones still to do
        for d in sorted(found, key=lambda d: (d.line, d.col), reverse=True):
            if d.line > len(starts):
                continue
            at = starts[d.line - 1] + max(d.col - 1, 0)
            fixed = repair_at(text, at, d.code)
            if fixed is None:
                continue
            text, what = fixed
            slug = _slug(path) or ""
            report.add(sources[slug], 0, _ENTRY_CODE[d.code], f"after writing, {path}:{d.line} {what}", slug)
            changed = True
        if changed:
            file.write_text(text, encoding="utf-8")
    return changed


_ENTRY_CODE = {"outside-resource": "image-remote", "broken-link": "link-rewritten", "missing-file": "link-rewritten",
               "mail-link": "link-rewritten", "html-quoting": "html-changed"}  # fmt: skip


def repair_at(text: str, at: int, code: str) -> tuple[str, str] | None:
    """(new text, what was done) for the problem validate found at offset at, or None when there is no safe repair."""
    if code == "html-quoting":
        if text[at : at + 1] == "<":
            return text[:at] + "&lt;" + text[
                at + 1 :
            ], f"the tag '{text[at : at + 40]}' had broken quotes; shown as text"
        return None
    link = _link_at(text, at)
    if link is None:
        return None
    start, end, image, label, target = link
    if code == "mail-link":
        if not target.lower().startswith("mailto:") or "?" not in target:
            return None
        new = f"{'!' if image else ''}[{label}]({target.split('?', 1)[0]})"
        return text[:start] + new + text[end:], f"the mail link {target[:50]} lost its subject or copies"
    label_text = " ".join(label.split())
    if code == "outside-resource" and image and re.match(r"^(https?:)?//", target):
        url = "https:" + target if target.startswith("//") else target
        new = f"[Image: {label_text or 'image'}]({url})"
        return text[:start] + new + text[end:], f"the image {target[:60]} is on another server; it became a link"
    if code in ("broken-link", "missing-file"):
        new = f"*Image: {label_text or 'image'}*" if image else label
        return text[:start] + new + text[end:], f"the link to {target[:60]} leads nowhere in the hub; it became text"
    return None


def _link_at(text: str, at: int) -> tuple[int, int, bool, str, str] | None:
    """The Markdown link or image validate pointed at (its start, or its address): (start, end, is image,
    text, address). Reference-style images ([alt][ref]) are read through their [ref]: definition."""
    if text[at - 2 : at] == "](":  # the address: find the text's opening bracket
        depth, i = 0, at - 3
        while i >= 0:
            ch = text[i]
            if ch == "]":
                depth += 1
            elif ch == "[":
                if depth == 0:
                    break
                depth -= 1
            i -= 1
        if i < 0:
            return None
        start = i - 1 if i > 0 and text[i - 1] == "!" else i
        m = re.compile(r"([^)\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)").match(text, at)
        if not m:
            return None
        return start, m.end(), start < i, text[i + 1 : at - 2], m.group(1)
    m = re.compile(r"(!?)\[([^\[\]]*)\](?:\(([^)\s]*)\)|\[([^\[\]]*)\])?").match(text, at)
    if not m:
        return None
    target = m.group(3)
    if target is None:
        label = (m.group(4) or m.group(2)).lower()
        ref = re.search(r"^ {0,3}\[" + re.escape(label) + r"\]:[^\S\n]*<?([^\s>]+)", text, re.M | re.I)
        if not ref:
            return None
        target = ref.group(1)
    return m.start(), m.end(), bool(m.group(1)), m.group(2), target


# --- warnings, summarised ------------------------------------------------------------------------


def summarise_warnings(warnings: list[Diagnostic]) -> list[str]:
    """A few lines instead of thousands: per code, then markup the build removes by kind, one example each;
    public addresses in many stories offered once for snowball.yml's allowed_addresses."""
    out: list[str] = []
    kinds: Counter[str] = Counter()
    example: dict[str, str] = {}
    by_code: Counter[str] = Counter()
    code_example: dict[str, str] = {}
    addresses: dict[str, set[str]] = defaultdict(set)
    for d in sorted(warnings):
        more = _MORE_RE.match(d.message)
        n = int(more.group(1)) if more else 1
        by_code[d.code] += n
        code_example.setdefault(d.code, f"{d.path}:{d.line} {d.message}")
        if d.code == "html-removed":
            kind = MORE_KIND if more else _kind(d.message)
            kinds[kind] += n
            example.setdefault(kind, f"{d.path}:{d.line}")
        elif d.code == "personal-data":
            found = _EMAIL_IN_MESSAGE_RE.match(d.message)
            if found:
                addresses[found.group(1).lower().rstrip(".")].add(d.path)
    if not by_code:
        return out
    out.append("warnings on the imported stories (they do not stop the build): "
               + ", ".join(f"{n} {code}" for code, n in by_code.most_common()))  # fmt: skip

    if kinds:
        out.append(f"html-removed: HTML the build removes (its text stays), {sum(kinds.values())} in all; by kind:")
        ranked = [(kind, n) for kind, n in kinds.most_common() if kind != MORE_KIND]
        out += [f"  {n} × {kind} (e.g. {example[kind]})" for kind, n in ranked[:KINDS_SHOWN]]
        rest = ranked[KINDS_SHOWN:]
        if rest:
            out.append(f"  {sum(n for _, n in rest)} × {len(rest)} other kinds, such as {rest[0][0]} "
                       f"(e.g. {example[rest[0][0]]})")  # fmt: skip
        if kinds[MORE_KIND]:
            out.append(f"  {kinds[MORE_KIND]} more in stories that have many (validate names the first few of "
                       "each story)")  # fmt: skip
    for code, n in by_code.most_common():
        if code not in ("html-removed",):
            out.append(f"{code}: {n}, e.g. {code_example[code][:160]}")
    offered = sorted((a for a, stories in addresses.items() if _public_role(a, len(stories))),
                     key=lambda a: (-len(addresses[a]), a))  # fmt: skip
    if offered:
        counted = ", ".join(f"{a} ({len(addresses[a])} stories)" for a in offered)
        listed = ", ".join(f'"{a}"' for a in offered)
        out.append(f"personal-data: these addresses look like public role addresses: {counted}. If they are, "
                   f"allow them once in snowball.yml instead of a warning in every story: "
                   f"allowed_addresses: [{listed}]")  # fmt: skip
    return out


def _kind(message: str) -> str:
    m = _KIND_RE.match(message)
    return m.group(1) if m else message.split(" is removed")[0][:60]


def _public_role(address: str, stories: int) -> bool:
    """A role address (press@, digitalgov@) rather than a person's: in many stories, a local part without
    the first.last shape, and not the name of its own domain (bill@billsmith.com is a person)."""
    local, _, domain = address.partition("@")
    local = re.sub(r"^[^a-z]+", "", local)  # "%20bill@" in a mail link is still bill
    if stories < ROLE_ADDRESS_STORIES or re.search(r"[._]", local):
        return False
    return local not in domain.split(".")[0] or domain.split(".")[0] == local
