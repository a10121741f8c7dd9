"""The import report: every story not imported, every value changed, every shortcode rewritten.

Written as import-report.md (for people) and import-report.json (for tools) in the hub.
Entries carry the source file and line, so an editor can check each change against the
original. The report holds no timestamps: re-running an import writes the same bytes.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

# What each entry code means; shown at the top of import-report.md.
ENTRY_CODES: dict[str, str] = {
    "skipped": "The file was not imported (the message says why).",
    "section-skipped": "A section or list page (_index.md, index page) is not a story and was not imported.",
    "unreadable": "The file could not be read (binary, not UTF-8, unreadable) and was not imported.",
    "front-matter": "The front matter could not be read; the file was not imported.",
    "default-used": "A required field was missing in the source; the mapping's default (or Snowball's) was used.",
    "summary-made": "The summary was missing; the first paragraph of the body was used.",
    "truncated": "A text was longer than the hub allows and was shortened at a word or sentence.",
    "entity-decoded": "HTML entities (&amp;, &#8217;...) were turned into the characters themselves.",
    "markup-removed": "Markup in a plain-text field (links, emphasis, HTML) was turned into plain text.",
    "date-normalised": "The date was rewritten as YYYY-MM-DD (time and zone are kept under source:).",
    "date-from-filename": "The post had no date; it was taken from the file name.",
    "id-created": "A new id was made for a site, champion, practice, tag or story slug.",
    "slug-changed": "The story's folder name differs from the source slug (invalid characters or a clash).",
    "registry-added": "A new registry entry was added, marked '# imported: review' for an editor.",
    "shortcode-converted": "A shortcode or template tag was turned into Markdown.",
    "shortcode-removed": "A shortcode or template tag had no Markdown equivalent; it was removed or kept as text.",
    "link-rewritten": "A link to another imported post now points to its story; other site links became text or "
    "full addresses.",
    "image-copied": "An image was copied into the story folder.",
    "image-missing": "An image could not be found in the source; the reference became text.",
    "image-remote": "An image on another server was not fetched; the reference became a link.",
    "html-changed": "Raw HTML that a story cannot hold (frames, scripts, forms) became a link or text.",
    "body-made": "The post had no body; a short one pointing at the original was written.",
    "redirect": "The post's former address now redirects to the story (redirects.yml).",
    "limit-raised": "Real texts were longer than the contract's default limit; the hub's snowball.yml now allows them.",
    "authors-split": "One author cell or field named several people ('A and B', 'A & B'); each became a champion, and "
    "a trailing '(Organisation)' was kept under source:.",
    "date-missing": "The date cell is empty; the message says which date was used instead.",
    "date-invalid": "The date cannot be read or is not a real date; the cell is kept under source: and another "
    "date was used.",
    "date-ambiguous": "The date could be day/month or month/day; it was read as the message says (check it).",
    "formula": "A spreadsheet formula: HYPERLINK became a link; others were kept as text (the CSV has no result).",
    "edited-kept": "The story was edited since the last import: it was left as it is (the new text was not written).",
    "source-clash": "Another source's story already uses that folder; this one got its own folder.",
    "field-kept": "Source fields the contract does not have are kept under source: in the story (not shown).",
}


@dataclass(frozen=True, order=True)
class Entry:
    file: str  # source-relative path, or a hub path for hub-wide entries
    line: int
    code: str
    message: str
    story: str = ""  # the story slug this entry concerns, when there is one


@dataclass(frozen=True, order=True)
class Unlanded:
    """One problem `snowball validate` will still find in what the import wrote: where, why, and the text."""

    file: str  # hub path (stories/<slug>/index.md, registries/...)
    line: int
    code: str
    message: str
    text: str = ""  # the written line, so the reader sees what is wrong without opening the file
    source: str = ""  # the source file the story came from


@dataclass
class ImportReport:
    kind: str
    source: str
    hub: str
    entries: list[Entry] = field(default_factory=list)
    imported: list[tuple[str, str]] = field(default_factory=list)  # (source file, story slug)
    notes: list[str] = field(default_factory=list)  # hub-wide facts: default site, skeleton copied, limits
    unlanded: list[Unlanded] = field(default_factory=list)  # errors validate still finds after the import
    warnings: list[str] = field(default_factory=list)  # validate's warnings on the imported stories, summarised
    checked: bool = False  # the written hub was checked (not in a dry run)

    def add(self, file: str, line: int, code: str, message: str, story: str = "") -> None:
        self.entries.append(Entry(file, max(0, line), code, message, story))

    @property
    def not_imported(self) -> list[Entry]:
        return [e for e in self.entries if e.code in ("skipped", "section-skipped", "unreadable", "front-matter")]

    @property
    def failing_files(self) -> list[str]:
        """The written files `snowball validate` will refuse, stories first."""
        files = sorted({u.file for u in self.unlanded})
        return [f for f in files if f.startswith("stories/")] + [f for f in files if not f.startswith("stories/")]

    def landing_lines(self, limit: int = 100) -> list[str]:
        """What did not land, as the command prints it: 'N stories will not validate', then each problem
        (the first limit of them; import-report.md lists every one)."""
        if not self.checked:
            return []
        failing = self.failing_files
        if not failing:
            return ["every imported story passes snowball validate"]
        stories = sum(f.startswith("stories/") for f in failing)
        head = f"{stories} {'story' if stories == 1 else 'stories'} will not validate"
        if len(failing) > stories:
            head += f" (and {len(failing) - stories} other {'file' if len(failing) - stories == 1 else 'files'})"
        out = [head + "; fix each, then run snowball validate:"]
        order = {f: i for i, f in enumerate(failing)}
        listed = sorted(self.unlanded, key=lambda u: (order[u.file], u.line, u.code))
        for u in listed[:limit]:
            origin = f" (from {u.source})" if u.source else ""
            out.append(f"  {u.file}:{u.line}{origin}: {u.message} ({u.code})")
            if u.text:
                out.append(f"      | {u.text[:160]}")
        if len(listed) > limit:
            out.append(f"  … and {len(listed) - limit} more, each listed in import-report.md")
        return out

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(e.code for e in self.entries).items()))

    def as_json(self) -> str:
        data = {
            "kind": self.kind,
            "source": self.source,
            "hub": self.hub,
            "imported": len(self.imported),
            "not_imported": len(self.not_imported),
            "notes": self.notes,
            "counts": self.counts(),
            "will_not_validate": [
                {
                    "file": u.file,
                    "line": u.line,
                    "code": u.code,
                    "message": u.message,
                    "text": u.text,
                    "source": u.source,
                }  # fmt: skip
                for u in sorted(self.unlanded)
            ],
            "warnings": self.warnings,
            "stories": [{"file": f, "story": s} for f, s in sorted(self.imported)],
            "entries": [
                {"file": e.file, "line": e.line, "code": e.code, "message": e.message, "story": e.story}
                for e in sorted(self.entries)
            ],
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    def as_markdown(self) -> str:
        out = [
            "# Import report",
            "",
            f"Imported **{len(self.imported)}** stories from `{self.source}` ({self.kind}); "
            f"**{len(self.not_imported)}** files were not imported.",
            "",
        ]
        if self.checked:
            landing = self.landing_lines()
            out += ["## Will it validate?", "", _md_escape(landing[0]), ""]
            for u in sorted(self.unlanded):
                origin = f" — from `{u.source}`" if u.source else ""
                out.append(f"- `{u.file}`:{u.line} {_md_escape(u.message)} ({u.code}){origin}")
                if u.text:
                    out.append("  `` " + u.text[:160].replace("`", "'") + " ``")
            out += [""] if self.unlanded else []
        if self.warnings:
            out += ["## Warnings snowball validate will show", ""]
            out += [("  - " if w.startswith("  ") else "- ") + _md_escape(w.strip()) for w in self.warnings]
            out.append("")
        if self.notes:
            out += ["## About this hub", ""] + [f"- {n}" for n in self.notes] + [""]
        counts = self.counts()
        if counts:
            out += ["## Summary", "", "| what | count | meaning |", "|---|---:|---|"]
            out += [f"| {code} | {n} | {ENTRY_CODES.get(code, '')} |" for code, n in counts.items()]
            out.append("")
        if self.not_imported:
            out += ["## Not imported", ""]
            out += [f"- `{e.file}`:{e.line} {e.message}" for e in sorted(self.not_imported)]
            out.append("")
        out += ["## Every change, by source file and story", "", "Lines are lines of the source file (for a "
                "spreadsheet, the line its row starts on); line 0 means the file as a whole. Paths are relative to "
                "the source folder.", ""]  # fmt: skip
        groups: dict[tuple[str, str], list[Entry]] = {}  # one heading per story: a spreadsheet has many per file
        for e in sorted(self.entries):
            if e.code not in ("skipped", "section-skipped", "unreadable", "front-matter"):
                groups.setdefault((e.file, e.story), []).append(e)
        order = sorted(groups, key=lambda k: (k[0], min((e.line for e in groups[k] if e.line), default=0), k[1]))
        for file, story in order:
            entries = groups[(file, story)]
            out.append(f"### `{file}`" + (f" → `stories/{story}/`" if story else ""))
            out.append("")
            out += [f"- line {e.line}: **{e.code}** {_md_escape(e.message)}" for e in entries]
            out.append("")
        return "\n".join(out).rstrip("\n") + "\n"


def _md_escape(text: str) -> str:
    """Keep report text inert when rendered: backslash Markdown's active characters."""
    return text.replace("\n", " ").translate(_MD_ESCAPES)


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<#|{}"})
