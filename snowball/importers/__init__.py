"""`snowball import KIND SOURCE --into HUB`: bring an existing site's posts into a hub.

Kinds: hugo, jekyll (also Eleventy), material-blog (Material for MkDocs blog), csv.
See engine.py for the phases, mapping.py for every choice a mapping file can make,
and examples/import/ for a commented mapping file per kind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..progress import Progress
from .common import Source
from .mapping import Mapping, default_mapping, load_mapping
from .report import ImportReport

__all__ = ["KINDS", "Mapping", "default_mapping", "load_mapping", "run_import"]


def _reader(kind: str) -> Callable[[Path, Mapping, ImportReport], Source]:
    if kind == "hugo":
        from .hugo import read_hugo

        return read_hugo
    if kind == "jekyll":
        from .jekyll import read_jekyll

        return read_jekyll
    if kind == "material-blog":
        from .material_blog import read_material_blog

        return read_material_blog
    from .csv_source import read_csv

    return read_csv


KINDS = ("hugo", "jekyll", "material-blog", "csv")


def run_import(
    kind: str, source: Path, into: Path, mapping: Mapping, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Import SOURCE into the hub at INTO (set up from the skeleton when it is not a hub yet).
    progress: where to show how far it got (the command passes one that writes only to a terminal)."""
    from .engine import run

    return run(kind, _reader(kind), source, into, mapping, dry_run, progress or Progress())
