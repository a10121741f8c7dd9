"""Importing into a hub that already exists, and importing again: settings merged in place, editors' changes
kept, redirects kept, and two sources' posts with one file name kept apart."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_cli
from tests.import_helpers import errors, report, snapshot, story

REPO = Path(__file__).resolve().parents[1]
LONG = "We tried a new way of working. " * 14  # 434 characters: over the default summary limit of 300


def _fork(tmp_path: Path) -> Path:
    """This repository as a fork has it: its configuration, sample registries and stories."""
    hub = tmp_path / "fork"
    hub.mkdir()
    for name in ("mkdocs.yml", "snowball.yml"):
        shutil.copyfile(REPO / name, hub / name)
    for name in ("registries", "stories", "hooks", "theme_overrides"):
        shutil.copytree(REPO / name, hub / name, ignore=shutil.ignore_patterns("__pycache__"))
    return hub


def _csv(tmp_path: Path, text: str, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_into_a_fork_raises_a_listed_limit_in_place(tmp_path: Path) -> None:
    hub = _fork(tmp_path)
    before = (hub / "snowball.yml").read_text(encoding="utf-8")
    src = _csv(tmp_path, f'title,summary,date,body\nLong one,"{LONG.strip()}",2024-01-02,Body\n')
    result = run_cli("import", "csv", str(src), "--into", str(hub))
    assert result.code == 0, result.err
    after = (hub / "snowball.yml").read_text(encoding="utf-8")
    assert after == before.replace("  summary: 300    #", "  summary: 440    #")  # the number only; comments stay
    assert errors(hub) == []
    notes = report(hub)["notes"]
    assert not any("by hand" in n for n in notes)
    assert not any("set up from Snowball's skeleton" in n for n in notes)
    assert any(n.startswith("The hub already existed") for n in notes)
    assert f'summary: "{LONG.strip()}"' in story(hub, "long-one")


def test_a_limit_the_hub_lowered_is_respected(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    src = _csv(tmp_path, f'title,summary,date,body\nLong one,"{LONG.strip()}",2024-01-02,Body\n')
    hub.mkdir()
    (hub / "snowball.yml").write_text("limits:\n  summary: 200  # ours\n", encoding="utf-8")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert (hub / "snowball.yml").read_text(encoding="utf-8") == "limits:\n  summary: 200  # ours\n"
    assert any("limits summary to 200" in n for n in report(hub)["notes"])


def test_a_new_hub_says_it_was_set_up_from_the_skeleton_every_time(tmp_path: Path) -> None:
    src = _csv(tmp_path, "title,summary,date,body\nA,Short.,2024-01-02,Body\n")
    hub = tmp_path / "hub"
    for _ in range(2):
        assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
        assert any("set up from Snowball's skeleton" in n for n in report(hub)["notes"])


def test_reimport_keeps_a_story_an_editor_changed(tmp_path: Path) -> None:
    src = _csv(tmp_path, "title,summary,date,body\nA,Short.,2024-01-02,Body\nB,Short.,2024-01-03,Body B\n")
    hub = tmp_path / "hub"
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    edited = story(hub, "a").replace("Body\n", "Body, improved by an editor.\n")
    (hub / "stories/a/index.md").write_text(edited, encoding="utf-8")
    src.write_text("title,summary,date,body\nA,Short.,2024-01-02,Body v2\nB,Short.,2024-01-03,Body B v2\n")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert story(hub, "a") == edited
    assert story(hub, "b").endswith("Body B v2\n")  # untouched since the import: updated
    kept = [e for e in report(hub)["entries"] if e["code"] == "edited-kept"]
    assert [(e["story"], e["line"]) for e in kept] == [("a", 2)]
    assert "edited since the last import" in kept[0]["message"]
    assert errors(hub) == []


def test_reimport_unchanged_writes_the_same_bytes(tmp_path: Path) -> None:
    src = _csv(tmp_path, "title,summary,date,url,body\nA,Short.,2024-01-02,/old/a/,Body\n")
    hub = tmp_path / "hub"
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    before = snapshot(hub)
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert snapshot(hub) == before


def test_a_changed_slug_keeps_the_story_folder_and_earlier_redirects(tmp_path: Path) -> None:
    src = _csv(tmp_path, "title,summary,date,url,body\nA,Short.,2024-01-02,/old/a/,Body\n")
    hub = tmp_path / "hub"
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    redirects = hub / "redirects.yml"
    redirects.write_text(redirects.read_text(encoding="utf-8") + '- from: "older/x/"\n  to: a\n', encoding="utf-8")
    src.write_text("title,summary,date,url,body\nA renamed,Short.,2024-01-02,/old/a/,Body\n")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert sorted(p.name for p in (hub / "stories").iterdir()) == ["a"]
    assert 'title: "A renamed"' in story(hub, "a")
    text = redirects.read_text(encoding="utf-8")
    assert '- from: "old/a/"\n  to: a' in text and '- from: "older/x/"\n  to: a' in text
    assert errors(hub) == []


def test_an_earlier_redirect_to_another_story_is_kept_and_reported(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    first = _csv(tmp_path, "title,summary,date,url,body\nA,Short.,2024-01-02,/old/a/,Body\n", "one.csv")
    assert run_cli("import", "csv", str(first), "--into", str(hub)).code == 0
    second = _csv(tmp_path, "title,summary,date,url,body\nZ,Short.,2024-01-02,/old/a/,Body\n", "two.csv")
    assert run_cli("import", "csv", str(second), "--into", str(hub)).code == 0
    assert '- from: "old/a/"\n  to: a\n' in (hub / "redirects.yml").read_text(encoding="utf-8")
    said = [e["message"] for e in report(hub)["entries"] if e["code"] == "redirect"]
    assert any("already sends /old/a/ to 'a'" in m for m in said)


def test_a_second_sites_post_with_the_same_file_name_gets_its_own_folder(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    for site, words in (("one", "First site"), ("two", "Second site")):
        posts = tmp_path / site / "_posts"
        posts.mkdir(parents=True)
        (tmp_path / site / "_config.yml").write_text(f"url: https://{site}.example\n", encoding="utf-8")
        (posts / "2024-01-02-hello.md").write_text(f"---\ntitle: Hello\n---\n{words} text.\n", encoding="utf-8")
        assert run_cli("import", "jekyll", str(tmp_path / site), "--into", str(hub)).code == 0
    assert story(hub, "hello").endswith("First site text.\n")
    assert story(hub, "hello-2").endswith("Second site text.\n")
    clash = [e for e in report(hub)["entries"] if e["code"] == "source-clash"]
    assert len(clash) == 1 and "another source" in clash[0]["message"]
    assert errors(hub) == []


def test_a_fork_s_sites_and_champions_are_found_by_their_names(tmp_path: Path) -> None:
    hub = _fork(tmp_path)
    src = _csv(
        tmp_path, "Story title,Submitted by,Site / Branch,Story\nQueues,Inês Carvalho,porto harbour branch,Body\n"
    )
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    text = story(hub, "queues")
    assert "site: porto-harbour" in text and "champions: [ines-carvalho]" in text
    assert "imported: review" not in (hub / "registries/sites.yml").read_text(encoding="utf-8")
    assert errors(hub) == []


def test_redirects_yml_keeps_its_comments_and_order(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    src = _csv(tmp_path, "title,summary,date,url,body\nA,Short.,2024-01-02,/old/a/,Body\n")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    mine = '# Ours: the campaign page moved.\n- from: "zzz/"\n  to: a\n'
    (hub / "redirects.yml").write_text(mine, encoding="utf-8")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert (hub / "redirects.yml").read_text(encoding="utf-8") == mine + '- from: "old/a/"\n  to: a\n'
    (hub / "redirects.yml").write_text("[]\n", encoding="utf-8")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert errors(hub) == []


def test_merge_limits_edits_numbers_in_place() -> None:
    from snowball.importers.registry_files import merge_limits

    text = "# top\nlimits:   # ours\n  title: 120   # headline\n\n  summary: 300\nrequired: []\n"
    got = merge_limits(text, {"summary": 600, "image_alt": 400})
    assert got == ("# top\nlimits:   # ours\n  image_alt: 400  # raised by snowball import. imported: review\n"
                   "  title: 120   # headline\n\n  summary: 600\nrequired: []\n")  # fmt: skip
    assert merge_limits("limits: {}\nrequired: []\n", {"summary": 600}).startswith("limits:\n  summary: 600  #")
    assert merge_limits("", {"summary": 600}).endswith("limits:\n  summary: 600\n")


@given(st.dictionaries(st.sampled_from(["title", "summary", "image_alt"]), st.integers(1, 10_000)),
       st.dictionaries(st.sampled_from(["title", "summary", "image_alt"]), st.integers(1, 10_000), min_size=1),
       st.sampled_from(["", "  # a comment", "    "]), st.booleans())  # fmt: skip
@settings(max_examples=100, deadline=None)
def test_merge_limits_always_gives_the_merged_limits(old: dict, new: dict, comment: str, block: bool) -> None:
    import yaml

    from snowball.importers.registry_files import merge_limits

    lines = ["# settings", "required: []"]
    if block or old:
        lines += ["limits:" + comment] + [f"  {k}: {v}{comment}" for k, v in old.items()] + ["forge: auto"]
    text = "\n".join(lines) + "\n"
    data = yaml.safe_load(merge_limits(text, new))
    assert data["limits"] == {**old, **new} and data["required"] == []


def test_two_sources_under_one_configuration_are_two_sources(tmp_path: Path) -> None:
    from snowball.importers.origin import source_id

    (tmp_path / "mkdocs.yml").write_text("site_url: https://hub.example/\n", encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert source_id(tmp_path / "a") != source_id(tmp_path / "b")
    moved = tmp_path / "elsewhere"
    shutil.copytree(tmp_path, moved / "copy", ignore=shutil.ignore_patterns("elsewhere"))
    assert source_id(moved / "copy" / "a") == source_id(tmp_path / "a")  # the same site on another machine


def test_every_report_code_is_explained() -> None:
    """import-report.md explains each code in its summary table; a code without a meaning shows an empty cell."""
    import re

    from snowball.importers.report import ENTRY_CODES

    folder = REPO / "snowball" / "importers"
    used = set()
    for path in folder.glob("*.py"):
        used |= set(re.findall(r"""\.add\(\s*[^,]+,\s*[^,]+,\s*"([a-z-]+)\"""", path.read_text(encoding="utf-8")))
    assert used and used <= set(ENTRY_CODES), used - set(ENTRY_CODES)


def test_a_story_from_an_import_before_origins_is_updated_only_when_untouched(tmp_path: Path) -> None:
    import re

    src = _csv(tmp_path, "title,summary,date,body\nA,Short.,2024-01-02,Body\nB,Short.,2024-01-03,Body B\n")
    hub = tmp_path / "hub"
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    for slug in ("a", "b"):  # as the importer wrote them before it recorded origins
        path = hub / "stories" / slug / "index.md"
        path.write_text(re.sub(r'^  import_\w+: "[^"]*"\n', "", path.read_text(encoding="utf-8"), flags=re.M))
    edited = story(hub, "b").replace("Body B", "Body B, edited")
    (hub / "stories/b/index.md").write_text(edited, encoding="utf-8")
    src.write_text("title,summary,date,body\nA,Short.,2024-01-02,Body\nB,Short.,2024-01-03,Body B v2\n")
    assert run_cli("import", "csv", str(src), "--into", str(hub)).code == 0
    assert 'import_hash: "' in story(hub, "a")  # untouched: now carries its origin
    assert story(hub, "b") == edited
    kept = [e for e in report(hub)["entries"] if e["code"] == "edited-kept"]
    assert [e["story"] for e in kept] == ["b"] and "before Snowball recorded" in kept[0]["message"]
