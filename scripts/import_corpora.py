"""Import real public corpora with DEFAULTS (no mapping file), validate, build strictly, and measure what came through.

    .venv/bin/python scripts/import_corpora.py --hugo /tmp/corpora/digitalgov --hugo /tmp/corpora/k8s \\
        --jekyll /tmp/corpora/18f --material-blog /tmp/corpora/mkm [--csv responses.csv] [--work /tmp/corpora-hubs]

Each option may be repeated; each source becomes its own fresh hub under --work (deleted first). The corpora are
never part of this repository: scripts/BENCHMARKS.md ("Import corpora ...") gives the commands that fetch them.

Per corpus, in this order (import, validate and build timed, wall clock):
  `snowball import KIND SOURCE --into HUB` (no --mapping, no --permalink), `snowball validate`, `mkdocs build --strict`,
then one table row:
  posts          source posts seen (imported + listed as not imported in import-report.json, less section
                 list pages and bundle page resources, which Hugo does not publish as posts)
  imported %     imported / posts
  val err        errors from `snowball validate` (target 0)
  build          strict build result (target pass)
  words kept     plain-text words of the source posts (front matter, template tags, HTML tags, link targets and
                 reference definitions removed) found again in the story body or title, counted as a multiset
  images shown   images referenced in the written stories that exist in the story folder, against image
                 references in the source posts (remote source images count: they become links, not images)
  links kept     story-to-story links in the output, against source links that point at another imported post
                 (site-absolute, relative, Liquid `| url` and Hugo ref/relref links; absolute http links are not
                 counted, since the old site's host is not known for certain)
  redirects      redirects.yml entries whose `to` story exists and whose `from` is one of that story's old
                 addresses as the import recorded them (source.url, source.aliases), against all entries; "seen"
                 counts the `from`s the source posts themselves link to: independent evidence they were real
  time           import + validate + build seconds
Exit code 0 when every corpus has 0 validate errors and a passing strict build.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BIN = Path(sys.executable).parent
FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?\s*(?:---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)|\+\+\+[ \t]*\n.*?\n\+\+\+[ \t]*(?:\n|\Z))", re.S
)
TEMPLATE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
LINK_TARGET_RE = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$", re.M)
URL_RE = re.compile(r"https?://\S+")
WORD_RE = re.compile(r"[^\W\d_]{2,}|\d+")
MD_IMAGE_RE = re.compile(r"!\[(?:[^\]]|\n)*?\]\(\s*<?([^)\s>]+)")
MD_IMAGE_REF_RE = re.compile(r"!\[((?:[^\]]|\n)*?)\](?:\[([^\]]*)\]|(?![\[(:]))")  # full, collapsed, shortcut
HTML_IMG_RE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
SHORTCODE_IMG_RE = re.compile(r"\{\{[<%]\s*(?:figure|img|image)\b[^}]*?\bsrc\s*=\s*[\"']?([^\"'\s}]+)", re.I)
NUNJUCKS_IMG_RE = re.compile(r"\{%-?\s*image(?:_with_class)?\s+[\"']([^\"']+)")
MD_LINK_RE = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?((?:\{\{.*?\}\}|\{%.*?%\}|[^)\s>])+)", re.S)
HTML_HREF_RE = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"(\{\{.*?\}\}|[^\"]*)\"|'([^']*)')", re.I | re.S)
REF_LINK_DEF_RE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
LIQUID_URL_RE = re.compile(r"\{\{-?\s*[\"']([^\"']+)[\"']\s*\|\s*(?:url|relative_url|absolute_url)\b.*?\}\}")
HUGO_REF_RE = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+[\"']?([^\"'\s>%]+)")
STORY_LINK_RE = re.compile(
    r"\]\(\.\./([^/)#?\s]+)/(?:index\.md)?[#\s)]|href=\"\.\./([^/\"#?]+)/|^ {0,3}\[[^\]\n]+\]:\s*\.\./([^/\s#?]+)/",
    re.M,
)


@dataclass
class Row:
    """One corpus's measured result (one table row)."""

    name: str
    posts: int = 0
    imported: int = 0
    errors: int = -1
    build: str = "not run"
    words: tuple[int, int] = (0, 0)
    images: tuple[int, int, int] = (0, 0, 0)  # shown, referenced in source, of which remote
    links: tuple[int, int] = (0, 0)
    redirects: tuple[int, int, int] = (0, 0, 0)  # resolve, entries, seen as source link targets
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def body_of(text: str) -> str:
    """The text after the front matter (YAML, TOML, or nothing)."""
    match = FRONT_MATTER_RE.match(text)
    return text[match.end() :] if match else text


def words(text: str) -> Counter[str]:
    """Plain-text words of Markdown/HTML: markup, template tags, link targets and URLs removed, case folded."""
    for pattern in (COMMENT_RE, TEMPLATE_RE, REF_DEF_RE, LINK_TARGET_RE, TAG_RE, URL_RE):
        text = pattern.sub(" ", text)
    return Counter(w.casefold() for w in WORD_RE.findall(text))


def image_refs(text: str) -> list[str]:
    """Every image reference in a post: Markdown (inline and reference), <img>, figure-like shortcodes."""
    defs = {" ".join(k.split()).casefold(): v for k, v in REF_LINK_DEF_RE.findall(text)}
    found = MD_IMAGE_RE.findall(text) + HTML_IMG_RE.findall(text) + SHORTCODE_IMG_RE.findall(text)
    found += NUNJUCKS_IMG_RE.findall(text)
    for label, ref in MD_IMAGE_REF_RE.findall(text):
        key = " ".join((ref or label).split()).casefold()
        if key in defs:
            found.append(defs[key])
    return found


def link_targets(text: str) -> list[str]:
    """Every link target in a post (inline Markdown, reference definitions, <a href>), template forms unwrapped."""
    found = MD_LINK_RE.findall(text) + HTML_HREF_RE.findall(text) + REF_LINK_DEF_RE.findall(text)
    targets = [next((part for part in t[::-1] if part), "") if isinstance(t, tuple) else t for t in found]
    out = []
    for target in targets:
        liquid = LIQUID_URL_RE.search(target)
        hugo = HUGO_REF_RE.search(target)
        out.append("ref:" + hugo.group(1) if hugo else liquid.group(1) if liquid else target)
    return out


def norm_address(path: str) -> str:
    """An old address as a comparable key: no host, query, fragment, index.html; one leading and trailing slash."""
    path = path.split("#", 1)[0].split("?", 1)[0]
    if path.endswith(("/index.html", "/index.htm")):
        path = path.rsplit("/", 1)[0]
    elif path.endswith(".html"):
        path = path[:-5]
    path = posixpath.normpath("/" + path).strip("/")
    return "/" + path.casefold() + "/" if path and path != "." else "/"


def front_matter(path: Path) -> dict:
    """A written story's front matter (Snowball writes plain YAML)."""
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---\n", 1)[0][4:]) if text.startswith("---\n") else {}


def old_addresses(origin: dict) -> set[str]:
    """A post's addresses on the old site, as the import recorded them under source: (url, aliases)."""
    found = [origin.get("url") or ""]
    aliases = origin.get("aliases") or origin.get("redirect_from") or []
    found += aliases if isinstance(aliases, list) else [aliases]
    return {norm_address(str(a)) for a in found if a}


def run(cmd: list[str], cwd: Path | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run a command with output captured; return it and its wall time."""
    start = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)  # noqa: S603
    return done, time.perf_counter() - start


def measure(row: Row, source: Path, hub: Path) -> None:
    """Compare each imported story with its source post: words, images, links, redirects."""
    stories = {}
    for index in sorted((hub / "stories").glob("*/index.md")):
        meta = front_matter(index)
        origin = meta.get("source") or {}
        if "file" in origin:
            origin = {**origin, "_title": str(meta.get("title") or "")}
            stories[index.parent.name] = (index, origin)
    by_file = {origin["file"]: slug for slug, (_, origin) in stories.items()}
    by_address = {norm_address(str(origin["url"])): slug for slug, (_, origin) in stories.items() if origin.get("url")}
    redirects = (
        yaml.safe_load((hub / "redirects.yml").read_text(encoding="utf-8")) if (hub / "redirects.yml").exists() else []
    )
    for entry in redirects or []:
        by_address.setdefault(norm_address(str(entry["from"])), str(entry["to"]))
    kept = total = shown = referenced = remote = links_in = links_out = 0
    seen_targets: set[str] = set()
    for slug, (index, origin) in stories.items():
        src_file = source / origin["file"]
        if not src_file.is_file():
            row.notes.append(f"{slug}: source file {origin['file']} not found")
            continue
        src = body_of(src_file.read_text(encoding="utf-8", errors="replace"))
        out = body_of(index.read_text(encoding="utf-8"))
        src_words, out_words = words(src), words(out) + words(origin["_title"])  # a first "# Title" is the title
        total += sum(src_words.values())
        kept += sum(min(n, out_words[w]) for w, n in src_words.items())
        refs = image_refs(src)
        referenced += len(refs)
        remote += sum(1 for r in refs if r.startswith(("http://", "https://", "//")))
        for ref in image_refs(out):
            if not ref.startswith(("http://", "https://", "//", "/")) and (index.parent / ref.split("#")[0]).is_file():
                shown += 1
        folder = posixpath.dirname(origin["file"])
        old = str(origin.get("url") or "/")
        for target in link_targets(src):
            if target.startswith("ref:"):
                rel = target[4:].split("#")[0].lstrip("/")
                ends = ("/" + rel, "/" + rel + ".md", "/" + rel + "/index.md", "/" + rel + "/_index.md")
                hit = next((s for f, s in by_file.items() if ("/" + f).endswith(ends)), None)
            elif target.startswith(("http:", "https:", "mailto:", "#", "//")):
                continue
            elif target.split("#")[0].endswith(".md"):
                hit = by_file.get(posixpath.normpath(posixpath.join(folder, target.split("#")[0])))
            else:
                address = norm_address(target if target.startswith("/") else posixpath.join(old, target))
                hit = by_address.get(address)
                if hit:
                    seen_targets.add(address)
            if hit and hit != slug:
                links_in += 1
        links_out += sum(1 for m in STORY_LINK_RE.findall(out) if "".join(m) in stories and "".join(m) != slug)
    resolve = 0
    for entry in redirects or []:
        to = str(entry["to"])
        if to in stories and norm_address(str(entry["from"])) in old_addresses(stories[to][1]):
            resolve += 1
    seen = sum(1 for e in redirects or [] if norm_address(str(e["from"])) in seen_targets)
    row.words = (kept, total)
    row.images = (shown, referenced, remote)
    row.links = (links_out, links_in)
    row.redirects = (resolve, len(redirects or []), seen)


def corpus(kind: str, source: Path, hub: Path, build: bool) -> Row:
    """Import one corpus with defaults into a fresh hub, validate, build strictly, measure."""
    row = Row(name=f"{kind} {source.name}")
    shutil.rmtree(hub, ignore_errors=True)
    done, row.seconds["import"] = run([str(BIN / "snowball"), "import", kind, str(source), "--into", str(hub)])
    if not (hub / "import-report.json").exists():
        row.notes.append(f"import failed (exit {done.returncode}): {(done.stderr or done.stdout)[-400:]}")
        return row
    if done.returncode:
        row.notes.append(f"import exit {done.returncode}: " + " | ".join(done.stdout.splitlines()[-3:]))
    report = json.loads((hub / "import-report.json").read_text(encoding="utf-8"))
    row.imported = report["imported"]
    not_posts = [e for e in report["entries"] if e["code"] == "section-skipped" or
                 (e["code"] == "skipped" and "page resource" in e["message"])]  # fmt: skip
    row.posts = report["imported"] + report["not_imported"] - len(not_posts)
    if not_posts:
        row.notes.append(f"{len(not_posts)} files are not posts (section lists, bundle page resources); not counted")
    done, row.seconds["validate"] = run([str(BIN / "snowball"), "validate", "--format", "json"], cwd=hub)
    try:
        data = json.loads(done.stdout)
        row.errors = data["errors"]
        errors = [d for d in data.get("diagnostics", []) if d.get("severity") == "error"]
        for item in errors[:5]:
            row.notes.append(f"validate: {item['path']}:{item['line']} {item['code']}: {item['message'][:160]}")
    except (json.JSONDecodeError, KeyError):
        row.notes.append("validate printed no JSON: " + (done.stderr or done.stdout)[-300:])
    if build:
        done, row.seconds["build"] = run([str(BIN / "mkdocs"), "build", "--strict"], cwd=hub)
        row.build = "pass" if done.returncode == 0 else "FAIL"
        for line in done.stderr.splitlines():
            if line.startswith(("WARNING", "ERROR")) and len(row.notes) < 12:
                row.notes.append("build: " + line[:200])
    if kind != "csv":
        measure(row, Path(report["source"]), hub)
    return row


def pct(part: int, whole: int) -> str:
    """part/whole as a percentage with the counts (or n/a)."""
    return f"{100 * part / whole:.1f}% ({part:,}/{whole:,})" if whole else "n/a (0)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    helps = {
        "hugo": "a Hugo site's folder (its root, so authors and hugo.toml are found)",
        "jekyll": "a Jekyll or Eleventy site's folder",
        "material-blog": "a Material for MkDocs site's folder (with docs/blog/)",
        "csv": "a spreadsheet export (.csv), e.g. a form's responses",
    }
    for kind, text in helps.items():
        parser.add_argument(f"--{kind}", action="append", default=[], metavar="PATH", help=text + "; repeatable")
    parser.add_argument("--work", default="/tmp/snowball-corpora", help="where the hubs are made (default %(default)s)")
    parser.add_argument("--no-build", action="store_true", help="skip mkdocs build --strict")
    args = parser.parse_args()
    jobs = [(kind, Path(p).resolve()) for kind in ("hugo", "jekyll", "material-blog", "csv")
            for p in getattr(args, kind.replace("-", "_"))]  # fmt: skip
    if not jobs:
        parser.error("give at least one corpus (see --help and scripts/BENCHMARKS.md)")
    rows = []
    for number, (kind, source) in enumerate(jobs):
        row = corpus(kind, source, Path(args.work) / f"{number}-{kind}-{source.stem}", not args.no_build)
        rows.append(row)
        print(f"{row.name}: done in {sum(row.seconds.values()):.0f} s", flush=True)
    print()
    print("| corpus | posts | imported | validate errors | strict build | words kept | images shown | "
          "links between posts kept | redirects that resolve | time (import + validate + build) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        s = r.seconds
        print(f"| {r.name} | {r.posts:,} | {pct(r.imported, r.posts)} | {r.errors} | {r.build} | "
              f"{pct(*r.words)} | {pct(*r.images[:2])}, {r.images[2]} remote | {pct(*r.links)} | "
              f"{pct(*r.redirects[:2])}, {r.redirects[2]} seen linked | "
              f"{s.get('import', 0):.1f} + {s.get('validate', 0):.1f} + {s.get('build', 0):.1f} s |")  # fmt: skip
    for r in rows:
        for note in r.notes:
            print(f"  {r.name}: {note}")
    ok = all(r.errors == 0 and r.build in ("pass", "not run") for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
