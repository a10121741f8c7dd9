"""Import the Digital.gov corpus into a fresh hub and check the result end to end.

    .venv/bin/python scripts/import_digitalgov.py [--hub /tmp/dg-hub] [--no-build]

Steps (each timed): `snowball import hugo .../content/news --mapping examples/import/digitalgov.yml`,
`snowball validate` in the new hub, `mkdocs build --strict` there, then a scan of every built page for
template syntax ({{< {{% {% {{ }}) outside <code> and <pre>. Prints one line per step.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent.parent / "shared" / "corpora" / "digitalgov" / "content" / "news"
BIN = Path(sys.executable).parent
TEMPLATE_RE = re.compile(r"\{\{[<%]|[%>]\}\}|\{%|%\}|\{\{.*?\}\}")


class _TextOutsideCode(HTMLParser):
    """Collects the text and attribute values of a page, except inside code, pre, script and style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "pre", "script", "style"):
            self.depth += 1
        elif self.depth == 0:
            for _name, value in attrs:
                if value and TEMPLATE_RE.search(value):
                    self.found.append(value[:80])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "pre", "script", "style") and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and TEMPLATE_RE.search(data):
            self.found.append(TEMPLATE_RE.search(data).group(0) + " in: " + data.strip()[:80])  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hub", default="/tmp/dg-hub")
    parser.add_argument("--source", default=str(CORPUS))
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    hub = Path(args.hub)
    shutil.rmtree(hub, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    imported = subprocess.run([str(BIN / "snowball"), "import", "hugo", args.source, "--into", str(hub),
                               "--mapping", str(REPO / "examples/import/digitalgov.yml")], env=env)  # fmt: skip
    if imported.returncode not in (0, 1):  # 1: imported, but some stories will not validate (listed above)
        return imported.returncode
    report = json.loads((hub / "import-report.json").read_text(encoding="utf-8"))
    posts = report["imported"] + sum(1 for e in report["entries"] if e["code"] in ("skipped", "unreadable",
                                                                                   "front-matter"))  # fmt: skip
    print(
        f"import: {report['imported']} of {posts} posts in {time.perf_counter() - start:.1f} s; exit "
        f"{imported.returncode}, {len(report['will_not_validate'])} problems left"
    )
    start = time.perf_counter()
    out = subprocess.run([str(BIN / "snowball"), "validate", "--format", "json"], cwd=hub, capture_output=True,
                         text=True, env=env)  # fmt: skip
    data = json.loads(out.stdout)
    print(f"validate: {data['errors']} errors, {data['warnings']} warnings in {time.perf_counter() - start:.1f} s")
    if args.no_build:
        return 0
    start = time.perf_counter()
    build = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=hub, capture_output=True, text=True,
                           env=env)  # fmt: skip
    warnings = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    print(f"mkdocs build --strict: exit {build.returncode} in {time.perf_counter() - start:.1f} s; "
          f"{len(warnings)} warnings")  # fmt: skip
    for line in warnings[:20]:
        print("  " + line)
    leftovers = 0
    pages = 0
    for page in sorted((hub / "site" / "stories").rglob("*.html")):
        pages += 1
        scan = _TextOutsideCode()
        scan.feed(page.read_text(encoding="utf-8"))
        for hit in scan.found:
            leftovers += 1
            if leftovers <= 20:
                print(f"  {page.relative_to(hub / 'site')}: {hit}")
    print(f"template syntax outside code in built story pages: {leftovers} (in {pages} pages)")
    return 0 if data["errors"] == 0 and build.returncode == 0 and leftovers == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
