"""The build keeps the gate: one verdict with the validator, nothing followed, no traceback, nothing rejected published.

Each test holds the original input of a gate finding (issue 9: 4, 5, 8, 11, 13) on a small hub of its own.
"""

from __future__ import annotations

import shutil

import pytest

from .conftest import REPO, VALID_BODY, VALID_FRONT, Hub, mkdocs_bin, run_cli, run_process


@pytest.fixture
def site_hub(hub: Hub) -> Hub:
    """The tiny registry hub with the real configuration, hooks and theme."""
    shutil.copy(REPO / "mkdocs.yml", hub.root / "mkdocs.yml")
    for folder in ("hooks", "theme_overrides"):
        shutil.copytree(REPO / folder, hub.root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    hub.story("good")
    return hub


def build(h: Hub, *flags: str, timeout: float = 120):  # type: ignore[no-untyped-def]
    return run_process(mkdocs_bin(), "build", "-d", str(h.root / "site"), *flags, cwd=h.root, timeout=timeout)


def verdicts(h: Hub, *flags: str) -> tuple[int, int]:
    return run_cli("--root", str(h.root), "validate").code, build(h, *flags).code


@pytest.mark.parametrize("flags", [("--strict",), ("--strict", "-q"), ()])
def test_a_rejected_story_fails_the_build_with_the_validators_words(site_hub: Hub, flags: tuple[str, ...]) -> None:
    site_hub.story("typo", VALID_FRONT.replace("site: berlin", "site: berlinn"))
    result = build(site_hub, *flags)
    assert result.code == 1
    assert "stories/typo/index.md:5: [site] unknown site 'berlinn'" in result.err  # shown even with -q
    assert "Traceback" not in result.err + result.out
    assert not (site_hub.root / "site" / "stories" / "typo").exists()  # never published, not even as an error page


@pytest.mark.parametrize("target", ["../good/", "../good", "../good/index.md"])
def test_folder_links_get_one_verdict(site_hub: Hub, target: str) -> None:
    """Gate finding 8: validate said yes and the strict build said no."""
    site_hub.story("linking", body=VALID_BODY + f"\nSee [the good one]({target}).\n")
    assert verdicts(site_hub, "--strict") == (0, 0)
    page = (site_hub.root / "site" / "stories" / "linking" / "index.html").read_text()
    assert 'href="../good' in page  # ../good: a web server adds the slash, as for any folder


def test_a_link_to_a_missing_heading_of_another_story_fails_both(site_hub: Hub) -> None:
    """Validate and build both passed '#nope' on another story's page; now both refuse it, in the same words."""
    site_hub.story("linking", body=VALID_BODY + "\nSee [their result](../good/#nope).\n")
    checked = run_cli("--root", str(site_hub.root), "validate")
    built = build(site_hub, "--strict")
    assert (checked.code, built.code) == (1, 1)
    words = "[body] the link '../good/#nope' points to no heading or anchor in the story 'good'"
    for said in (checked.out, built.err):
        assert "stories/linking/index.md:15" in said and words in said


def test_a_hero_image_also_in_the_body_builds(site_hub: Hub) -> None:
    from PIL import Image

    folder = site_hub.root / "stories" / "pictured"
    site_hub.story(
        "pictured", VALID_FRONT + "image: hero.jpg\nimage_alt: A scanner\n", VALID_BODY + "\n![A scanner](hero.jpg)\n"
    )
    Image.new("RGB", (800, 500), (20, 120, 90)).save(folder / "hero.jpg", "JPEG")
    assert verdicts(site_hub, "--strict") == (0, 0)
    assert (site_hub.root / "site" / "stories" / "pictured" / "hero.jpg").is_file()


def test_a_linked_pdf_is_published(site_hub: Hub) -> None:
    site_hub.story("documented", body=VALID_BODY + "\nRead [the plan](plan.pdf).\n")
    (site_hub.root / "stories" / "documented" / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert verdicts(site_hub, "--strict") == (0, 0)
    assert (site_hub.root / "site" / "stories" / "documented" / "plan.pdf").read_bytes() == b"%PDF-1.4\n%%EOF\n"


@pytest.mark.parametrize("target", ["..", "/"])
def test_a_symlinked_story_folder_is_never_followed(site_hub: Hub, target: str) -> None:
    """Gate finding 5: MkDocs followed stories/x -> .. forever."""
    (site_hub.root / "stories" / "x").symlink_to(target)
    result = build(site_hub, "--strict", timeout=60)
    assert result.code == 1
    assert "stories/x is a symbolic link" in result.err


def test_two_hundred_linked_stories_build(site_hub: Hub) -> None:
    """Gate finding 4: each story links to the next in slug order; the validator crashed with RecursionError."""
    for i in range(200):
        link = f"\n[next](../s{i + 1:03d}/index.md)\n" if i < 199 else "\n"
        site_hub.story(f"s{i:03d}", body=VALID_BODY + link)
    assert verdicts(site_hub, "--strict") == (0, 0)


def test_deep_nesting_is_one_clear_line_never_a_traceback(site_hub: Hub) -> None:
    """Gate finding 4: 400 nested list levels crashed the strict build with a traceback."""
    site_hub.story("deep", body="\n" + "".join("    " * i + "- x\n" for i in range(400)))
    result = build(site_hub, "--strict")
    assert result.code == 1
    assert "Traceback" not in result.err + result.out
    assert "stories/deep/index.md" in result.err


def test_a_site_folder_that_is_a_file_is_one_clear_line(site_hub: Hub) -> None:
    """Gate finding 11: a raw traceback."""
    (site_hub.root / "site").write_text("not a folder")
    result = build(site_hub)
    assert result.code == 1
    assert "is not a writable folder" in result.out + result.err
    assert "Traceback" not in result.err + result.out


def test_a_valid_story_is_not_blamed_for_an_uppercase_copy(site_hub: Hub) -> None:
    """Gate finding 13."""
    shutil.copytree(site_hub.root / "stories" / "good", site_hub.root / "stories" / "GOOD")
    result = build(site_hub, "--strict")
    assert result.code == 1
    assert "stories/GOOD:0: [duplicate-slug] story folder 'GOOD' clashes with 'good'" in result.err


def test_a_build_with_the_cache_after_one_change_equals_a_clean_build(site_hub: Hub) -> None:
    site_hub.story("second", VALID_FRONT.replace("Paperless files in Berlin", "Second story"))
    assert build(site_hub, "--strict").code == 0
    site_hub.story("second", VALID_FRONT.replace("Paperless files in Berlin", "Second story, retitled"))
    shutil.rmtree(site_hub.root / "stories" / "good")
    assert build(site_hub, "--strict").code == 0
    clean = run_process(
        mkdocs_bin(),
        "build",
        "--strict",
        "-d",
        str(site_hub.root / "clean"),
        cwd=site_hub.root,
        env={"SNOWBALL_CACHE": "off"},
    )
    assert clean.code == 0
    a, b = site_hub.root / "site", site_hub.root / "clean"
    names = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert "stories/good/index.html" not in names  # the deleted story's page is gone
    assert [n for n in names if not n.endswith(".gz") and (a / n).read_bytes() != (b / n).read_bytes()] == []
