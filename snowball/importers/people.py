"""People named in one author cell or field: "A and B", "A, B and C", "A & B (Org)" are several champions.

A trailing "(Org)" is the people's organisation, not part of a name: it is taken off and kept
for the report and under source:, so one champion is not called "Paco Xu and Michael Yao (DaoCloud)".
"""

from __future__ import annotations

import re

_ORG_RE = re.compile(r"\s*\(([^()]{1,80})\)\s*$")
_JOIN_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|,\s*|;\s*)\s*", re.IGNORECASE)
_BYLINE_RE = re.compile(r"^\s*(?:by|authors?|written by|por|autor(?:es|a)?)\s*:?\s+", re.IGNORECASE)


def split_people(text: str) -> tuple[list[str], str]:
    """('Paco Xu and Michael Yao (DaoCloud)') -> (['Paco Xu', 'Michael Yao'], 'DaoCloud')."""
    text = _BYLINE_RE.sub("", " ".join(text.split()))
    org = ""
    m = _ORG_RE.search(text)
    if m and m.start() > 0:
        org, text = m.group(1).strip(), text[: m.start()]
    names = []
    for part in _JOIN_RE.split(text):
        # Portuguese 'e' joins two full names ('Ana Silva e Rui Mendes'), but is also inside surnames ('Sá e Melo')
        halves = re.split(r"\s+e\s+", part)
        names += halves if len(halves) == 2 and all(len(h.split()) >= 2 for h in halves) else [part]
    names = [n.strip(" .") for n in names]
    return [n for n in names if n], org


def is_byline(line: str) -> bool:
    """'Authors: A, B', 'By Jane Doe', '*Por Ana Silva*': a line naming the writers, not a summary."""
    plain = line.strip().strip("*_ ")
    return bool(_BYLINE_RE.match(plain)) and len(plain) < 200
