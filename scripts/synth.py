"""Generate a deterministic synthetic hub of N stories, for benchmarks and scale tests.

    python scripts/synth.py OUT_DIR --stories 1000 [--sites 100] [--practices 40] [--images 10] [--seed 1]

The same N and seed always give byte-identical files. Stories have varied prose
(~600 words), realistic front matter, outcomes, and inspired_by lineage chains
within each practice, dated over five years before 2026-11-01.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_WORDS = (
    "branch team customers paper energy loans savings volunteers meeting process pilot results month week colleagues "
    "manager training counter advice mortgage repair bicycle lighting heating supplier lunch canteen statement "
    "account archive scanner signature form printer visit community fund grant audit carpark roof panel charger "
    "commute travel waste plastic bottle cup recycling partner library school council market survey feedback "
    "target budget cost saving risk compliance approval schedule rota queue morning evening weekend quarter"
).split()
_VERBS = "tried measured changed moved cut saved doubled halved started stopped asked trained shared tested".split()
_ADJ = "small simple quiet busy slow fast cheap costly early late local regional shared visible".split()
_FIRST = (
    "Ana Ben Chloe Dan Eva Femi Gita Hugo Ines Jon Kai Lea Mo Nia Oli Pia Raj Sara Tom Uma Vic Wen Yara Zoe".split()
)
_LAST = "Silva Smith Okafor Berg Novak Rossi Khan Lopez Meyer Dubois Costa Fischer Tanaka Ahmed Kowalski Murphy".split()
_REGIONS = ("North Coast", "Central Valley", "Capital Region", "Highlands", "East Plains", "South Bay")
_STAGES = ("pilot", "adopted", "adopted", "adopted", "scaled", "retired")
END = dt.date(2026, 11, 1)


def _sentence(rng: random.Random) -> str:
    n = rng.randint(8, 18)
    words = [rng.choice(_WORDS) for _ in range(n)]
    words.insert(rng.randint(1, n - 1), rng.choice(_VERBS))
    words.insert(rng.randint(0, n - 1), rng.choice(_ADJ))
    text = " ".join(words)
    if rng.random() < 0.2:
        text += f", about {rng.randint(2, 95)} % less than before"
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 7)))


def _body(rng: random.Random, words: int, links: list[str]) -> str:
    parts: list[str] = []
    for heading in ("What we tried", "What happened", "What we would tell another site"):
        parts.append(f"## {heading}")
        for _ in range(max(1, words // 300)):
            parts.append(_paragraph(rng))
        if heading == "What happened" and rng.random() < 0.3:
            parts.append(
                "| Measure | Before | After |\n|---|---|---|\n"
                + "\n".join(
                    f"| {rng.choice(_WORDS).capitalize()} | {rng.randint(10, 900)} | {rng.randint(5, 800)} |"
                    for _ in range(3)
                )
            )
        if heading == "What we would tell another site" and rng.random() < 0.4:
            parts.append('!!! tip "Our advice"\n    ' + _sentence(rng))
    if links:
        parts.append("We learned a lot from [the earlier story](../" + links[0] + "/index.md).")
    return "\n\n".join(parts) + "\n"


def _image(path: Path, rng: random.Random) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (960, 540), (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))
    draw = ImageDraw.Draw(im)
    for _ in range(12):
        x, y = rng.randint(0, 900), rng.randint(0, 500)
        draw.ellipse(
            (x, y, x + rng.randint(20, 200), y + rng.randint(20, 200)),
            fill=(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)),
        )
    im.save(path, "JPEG", quality=80)


def generate(
    out: Path,
    stories: int,
    *,
    images: int = 0,
    seed: int = 1,
    words: int = 600,
    sites: int | None = None,
    practices: int | None = None,
) -> Path:
    """Write registries/ and stories/ for a hub of `stories` stories into out (replacing what is there).

    sites and practices default to numbers that grow with the hub (12 or more of each)."""
    rng = random.Random(seed)
    for sub in ("registries", "stories"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    n_sites = sites or max(12, stories // 40)
    n_practices = practices or max(12, min(60, stories // 150))
    n_champions = max(30, stories // 8)
    sites = [f"site-{i:04d}" for i in range(n_sites)]
    practices = [f"practice-{i:03d}" for i in range(n_practices)]
    champions = [f"champion-{i:05d}" for i in range(n_champions)]
    tags = [f"tag-{w}" for w in sorted(set(_WORDS))[:40]]
    home = {c: rng.choice(sites) for c in champions}
    by_site: dict[str, list[str]] = {s: [] for s in sites}
    for c, s in home.items():
        by_site[s].append(c)
    reg = out / "registries"
    reg.joinpath("sites.yml").write_text(
        "".join(
            f'- id: {s}\n  name: "{rng.choice(_ADJ).capitalize()} {rng.choice(_WORDS).capitalize()} {i}"\n'
            f'  region: "{_REGIONS[i % len(_REGIONS)]}"\n'
            for i, s in enumerate(sites)
        ),
        encoding="utf-8",
    )
    reg.joinpath("practices.yml").write_text(
        "".join(
            f'- id: {p}\n  name: "{rng.choice(_WORDS).capitalize()} {rng.choice(_WORDS)} {i}"\n'
            f'  description: "{_sentence(rng)[:190]}"\n  category: "{rng.choice(["Operations", "Products", "Community"])}"\n'
            for i, p in enumerate(practices)
        ),
        encoding="utf-8",
    )
    reg.joinpath("champions.yml").write_text(
        "".join(
            f'- id: {c}\n  name: "{rng.choice(_FIRST)} {rng.choice(_LAST)}"\n  site: {home[c]}\n' for c in champions
        ),
        encoding="utf-8",
    )
    reg.joinpath("tags.yml").write_text(
        "".join(f'- id: {t}\n  label: "{t[4:].capitalize()}"\n' for t in tags), encoding="utf-8"
    )

    span = 5 * 365
    dates = sorted(END - dt.timedelta(days=rng.randint(0, span)) for _ in range(stories))
    earlier: dict[str, list[str]] = {p: [] for p in practices}
    image_every = stories // images if images else 0
    for i, date in enumerate(dates):
        slug = f"story-{i:05d}"
        site = rng.choice(sites)
        team = by_site[site] or champions
        practice = rng.choice(practices)
        extra = [rng.choice(practices)] if rng.random() < 0.15 else []
        inspired = [rng.choice(earlier[practice][-20:])] if earlier[practice] and rng.random() < 0.7 else []
        folder = out / "stories" / slug
        folder.mkdir()
        fm = [
            "---",
            f'title: "{rng.choice(_ADJ).capitalize()} {rng.choice(_WORDS)} at {site}: story {i}"',
            f'summary: "{_sentence(rng)[:280]}"',
            f"date: {date.isoformat()}",
            f"site: {site}",
            f"champions: [{', '.join(rng.sample(team, min(len(team), rng.randint(1, 2))))}]",
            f"practices: [{', '.join(dict.fromkeys([practice, *extra]))}]",
            f"stage: {rng.choice(_STAGES)}",
            f"tags: [{', '.join(rng.sample(tags, 2))}]",
            "outcomes:",
            f'  - label: "{rng.choice(_WORDS).capitalize()} per month"',
            f'    value: "-{rng.randint(5, 60)} %"',
        ]
        if inspired:
            fm.append(f"inspired_by: [{inspired[0]}]")
        if image_every and i % image_every == 0:
            _image(folder / "hero.jpg", rng)
            fm += ["image: hero.jpg", f'image_alt: "Illustration for story {i}"']
        fm.append("---")
        (folder / "index.md").write_text("\n".join(fm) + "\n\n" + _body(rng, words, inspired), encoding="utf-8")
        earlier[practice].append(slug)
    return out


def make_site_config(out: Path) -> None:
    """Copy the hub's configuration, hooks and theme next to generated content, so it builds as a hub."""
    shutil.copy(REPO / "mkdocs.yml", out / "mkdocs.yml")
    for folder in ("hooks", "theme_overrides"):
        shutil.rmtree(out / folder, ignore_errors=True)
        shutil.copytree(REPO / folder, out / folder, ignore=shutil.ignore_patterns("__pycache__"))


def make_bare_config(out: Path) -> Path:
    """Plain Material over the same stories: the hub's theme settings and Markdown extensions, no hooks,
    no overrides, stories out of the nav, search on. What these stories cost before Snowball adds anything."""
    import yaml

    class Loader(yaml.SafeLoader):  # mkdocs.yml names Python objects (toc's slugify); bare Material needs none
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    hub = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)  # noqa: S506
    for ext in hub["markdown_extensions"]:
        if isinstance(ext, dict) and isinstance(ext.get("toc"), dict):
            ext["toc"].pop("slugify", None)
    theme = {k: v for k, v in hub["theme"].items() if k not in ("custom_dir", "favicon")}
    first = sorted(p.name for p in (out / "stories").iterdir())[0]
    bare = {
        "site_name": "Bare",
        "site_url": "https://bare.example/",
        "docs_dir": "stories",
        "site_dir": "site-bare",
        "theme": theme,
        "plugins": ["search"],
        "nav": [{"Home": f"{first}/index.md"}],
        "validation": {"nav": {"omitted_files": "ignore"}, "links": {"unrecognized_links": "ignore"}},
        "markdown_extensions": hub["markdown_extensions"],
    }
    config = out / "bare.yml"
    config.write_text(yaml.safe_dump(bare, sort_keys=False), encoding="utf-8")
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--images", type=int, default=0, help="how many stories get a hero image")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sites", type=int, help="how many sites (default: grows with --stories)")
    parser.add_argument("--practices", type=int, help="how many practices (default: grows with --stories)")
    args = parser.parse_args()
    generate(args.out, args.stories, images=args.images, seed=args.seed, sites=args.sites, practices=args.practices)
    make_site_config(args.out)
    make_bare_config(args.out)
    print(f"wrote a hub of {args.stories} stories to {args.out}")


if __name__ == "__main__":
    main()
