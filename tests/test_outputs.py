"""The plan owns every output: a build with the cache and the preview publish what a clean build does after
an edit that reaches an output only through what it reads (a registry entry's words in search, a document's
bytes), a link to another story's file is checked against what that story publishes, and redirects keep
the old address's #fragment."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snowball.hub import load_hub

from .conftest import REPO, VALID_FRONT, Hub, search_locations

sys.path.insert(0, str(REPO / "scripts"))
import oracle  # noqa: E402
import synth  # noqa: E402


def _hub(root: Path, stories: int = 12) -> oracle.Engine:
    synth.generate(root, stories, words=60, sites=3, practices=3, seed=5)
    synth.make_site_config(root)
    return oracle.Engine(root)


def test_a_practice_description_reaches_search_in_a_build_with_the_cache(tmp_path: Path) -> None:
    root, site = tmp_path / "hub", tmp_path / "site"
    engine = _hub(root)
    assert engine.build("build", site, preview=False, fresh=False)
    oracle._set_in_entry(root / "registries" / "practices.yml", "practice-001", "description", '"Frobnicated anew"')
    assert engine.build("build", site, preview=False, fresh=False)
    assert "Frobnicated anew" in (site / "practices" / "practice-001" / "index.html").read_text(encoding="utf-8")
    assert "practices/practice-001/" in search_locations(site, "frobnicated")
    clean = tmp_path / "clean"
    assert engine.build("clean", clean, preview=False, fresh=True)
    assert oracle.differences(site, clean) == []


def test_every_registry_word_search_reads_reaches_it(tmp_path: Path) -> None:
    """A site's region and a champion's contact too: the search output's fingerprint is what it reads."""
    root, site = tmp_path / "hub", tmp_path / "site"
    engine = _hub(root)
    assert engine.build("build", site, preview=False, fresh=False)
    oracle._set_in_entry(root / "registries" / "sites.yml", "site-0001", "region", '"Frobnia"')
    oracle._set_in_entry(root / "registries" / "champions.yml", "champion-00003", "contact",
                         "zyxwq@snowball.harbourline.example")  # fmt: skip
    assert engine.build("build", site, preview=False, fresh=False)
    assert "sites/site-0001/" in search_locations(site, "frobnia")
    assert "champions/champion-00003/" in search_locations(site, "zyxwq")


def test_the_preview_serves_a_replaced_document(tmp_path: Path) -> None:
    root, site = tmp_path / "hub", tmp_path / "preview"
    engine = _hub(root, 3)
    story = root / "stories" / "story-00001"
    story.joinpath("index.md").write_text(
        story.joinpath("index.md").read_text(encoding="utf-8") + "\n\nThe [figures](data.csv).\n", encoding="utf-8"
    )
    story.joinpath("data.csv").write_text("month,count\n1,10\n", encoding="utf-8")
    assert engine.build("preview", site, preview=True, fresh=False)
    assert (site / "stories/story-00001/data.csv").read_text(encoding="utf-8") == "month,count\n1,10\n"
    story.joinpath("data.csv").write_text("month,count\n1,99\n", encoding="utf-8")
    assert engine.build("preview", site, preview=True, fresh=False)
    assert (site / "stories/story-00001/data.csv").read_text(encoding="utf-8") == "month,count\n1,99\n"


def test_a_link_to_a_file_another_story_does_not_publish_is_refused(hub: Hub) -> None:
    hub.story("other")
    (hub.root / "stories" / "other" / "data.csv").write_text("a,b\n", encoding="utf-8")  # there, never linked
    hub.story("linking", body="\nThe [table](../other/data.csv).\n")
    found = [d for d in load_hub(hub.root).diagnostics if d.path == "stories/linking/index.md"]
    assert [d.code for d in found] == ["broken-link"], found
    assert "'../other/data.csv'" in found[0].message and "does not publish" in found[0].message


def test_a_link_to_a_file_another_story_publishes_passes(hub: Hub) -> None:
    hub.story("other", body="\nOur [data](data.csv).\n")
    (hub.root / "stories" / "other" / "data.csv").write_text("a,b\n", encoding="utf-8")
    hub.story("linking", front=VALID_FRONT, body="\nThe [table](../other/data.csv).\n")
    assert [d for d in load_hub(hub.root).diagnostics if d.severity == "error"] == []


def _picture(path: Path, width: int) -> None:
    from PIL import Image

    Image.new("RGB", (width, width // 2), (200, 90, 40)).save(path, "JPEG")


CLASH_BODY = "\n## What we tried\n\n![A chart](photo-960w.jpg)\n"


def test_a_file_named_like_a_pictures_copy_is_refused_by_validate_naming_both(hub: Hub) -> None:
    hub.story("clash", VALID_FRONT + 'image: photo.jpg\nimage_alt: "A photo"\n', CLASH_BODY)
    _picture(hub.root / "stories" / "clash" / "photo.jpg", 1000)
    _picture(hub.root / "stories" / "clash" / "photo-960w.jpg", 500)
    found = [d for d in load_hub(hub.root).diagnostics if d.code == "collision"]
    assert [(d.path, d.message) for d in found] == [
        (
            "stories/clash/index.md",
            "the file photo-960w.jpg and the 960 px copy of the picture photo.jpg (stories/clash/index.md) would be "
            "written to the same place in the built site (stories/clash/photo-960w.jpg)",
        )
    ]


def test_the_plan_refuses_two_outputs_on_one_path_after_normalising() -> None:
    from snowball.urls import Planned, collisions

    planned = [
        Planned("stories/a/index.html", "the page of the story 'a'", "stories/a/index.md"),
        Planned("./Stories//A/index.html", "the redirect on line 3", "redirects.yml", 3),
        Planned("assets/", "the theme's files"),
        Planned("%61ssets/x.css", "the redirect on line 4", "redirects.yml", 4),
        Planned("regions", "the redirect on line 5", "redirects.yml", 5),
        Planned("regions/index.html", "the list of regions"),
    ]
    found = collisions(planned)
    assert [(d.path, d.line) for d in found] == [("redirects.yml", 3), ("redirects.yml", 4), ("redirects.yml", 5)]
    assert "the redirect on line 3 and the page of the story 'a' (stories/a/index.md)" in found[0].message
    assert "the list of regions and the redirect on line 5 (redirects.yml, line 5)" in found[2].message


def test_the_build_refuses_the_clash_in_the_validators_words(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "hub"
    engine = _hub(root, 3)
    story = root / "stories" / "story-00001"
    text = story.joinpath("index.md").read_text(encoding="utf-8")
    text = text.replace("---\n", '---\nimage: photo.jpg\nimage_alt: "A"\n', 1) + CLASH_BODY
    story.joinpath("index.md").write_text(text, encoding="utf-8")
    _picture(story / "photo.jpg", 1000)
    _picture(story / "photo-960w.jpg", 500)
    assert not engine.build("clean", tmp_path / "site", preview=False, fresh=True)
    words = "the file photo-960w.jpg and the 960 px copy of the picture photo.jpg"
    assert any(words in r.getMessage() and "stories/story-00001/index.md" in r.getMessage() for r in caplog.records)
    found = [d for d in load_hub(root).diagnostics if d.code == "collision"]
    assert len(found) == 1 and words in found[0].message


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seed=st.integers(0, 10_000),
    stories=st.integers(1, 6),
    images=st.integers(0, 2),
    documents=st.booleans(),
    redirects=st.integers(0, 2),
)
def test_every_built_file_belongs_to_exactly_one_planned_output(
    tmp_path_factory, seed: int, stories: int, images: int, documents: bool, redirects: int
) -> None:  # type: ignore[no-untyped-def]
    from snowball.urls import Planned, address_parts, collisions

    root = tmp_path_factory.mktemp("hub")
    synth.generate(root, stories, images=min(images, stories), words=40, sites=2, practices=2, seed=seed)
    synth.make_site_config(root)
    rng = random.Random(seed)
    for _ in range(redirects):
        oracle.edit_redirect(root, rng)
    if documents:
        oracle.replace_document(root, rng)
    engine, site = oracle.Engine(root), root / "site"
    assert engine.build("build", site, preview=False, fresh=False)
    plan = engine.sessions["build"].site
    outputs = list(plan.outputs.values())
    assert plan.problems == () and collisions(Planned(o.built, o.what) for o in outputs) == []
    files = {"/".join(address_parts(o.built)) for o in outputs if not o.built.endswith("/")}
    folders = ["/".join(address_parts(o.built)) + "/" for o in outputs if o.built.endswith("/")]
    for written in (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()):
        owners = (written.casefold() in files) + sum(written.casefold().startswith(f) for f in folders)
        assert owners == 1, written
