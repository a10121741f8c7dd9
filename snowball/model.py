"""The hub's model: plain, immutable records that know nothing of MkDocs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic
from .settings import DEFAULT_SETTINGS, Settings


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    region: str
    lead: str | None = None


@dataclass(frozen=True)
class Practice:
    id: str
    name: str
    description: str
    category: str | None = None
    proposed: bool = False  # status: proposed in the registry: an idea suggests it, editors have not accepted it


@dataclass(frozen=True)
class Champion:
    id: str
    name: str
    site: str
    contact: str | None = None


@dataclass(frozen=True)
class Tag:
    id: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Outcome:
    label: str
    value: str
    before: str | None = None
    after: str | None = None
    unit: str | None = None

    @property
    def value_unit(self) -> str | None:
        """The unit to print after the value: only after a bare number ("41" items), not "-38 %" sheets."""
        bare = self.value.replace(",", "").replace(".", "").lstrip("+-−~≈ ").isdigit()
        return self.unit if self.unit and bare else None


@dataclass(frozen=True)
class Story:
    slug: str
    path: Path  # the index.md
    title: str
    summary: str
    date: dt.date
    site: str
    champions: tuple[str, ...]
    practices: tuple[str, ...]
    stage: str
    tags: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    inspired_by: tuple[str, ...]
    image: str | None
    image_alt: str | None
    draft: bool
    body: str
    body_line: int
    files: tuple[str, ...] = ()  # images in the story folder that the story uses
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)  # field -> file line
    lang: str | None = None  # BCP 47, when the story is not in the hub's language (front matter `lang`)

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class Registries:
    sites: dict[str, Site]
    practices: dict[str, Practice]
    champions: dict[str, Champion]
    tags: dict[str, Tag]
    tag_aliases: dict[str, str]  # alias -> canonical tag id
    unreadable: frozenset[str] = frozenset()  # registries that could not be read at all: skip their references


@dataclass(frozen=True)
class Hub:
    """Everything read from the repository in one pass, plus what was wrong with it."""

    root: Path
    registries: Registries
    stories: dict[str, Story]  # slug -> story, only stories that passed every check
    diagnostics: tuple[Diagnostic, ...]
    broken: dict[str, tuple[Diagnostic, ...]]  # slug -> errors, for stories refused
    settings: Settings = DEFAULT_SETTINGS  # the hub's snowball.yml

    @property
    def sites(self) -> dict[str, Site]:
        return self.registries.sites

    @property
    def practices(self) -> dict[str, Practice]:
        return self.registries.practices

    @property
    def champions(self) -> dict[str, Champion]:
        return self.registries.champions

    @property
    def tags(self) -> dict[str, Tag]:
        return self.registries.tags

    def published(self) -> list[Story]:
        """Stories that go on the public site, newest first."""
        return sorted((s for s in self.stories.values() if not s.draft), key=lambda s: (s.date, s.slug), reverse=True)
