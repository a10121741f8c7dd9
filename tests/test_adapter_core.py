"""The core modules the MkDocs adapter delegates to, without MkDocs: the last build set aside and reused
(sitefolder), conversions looked up in order with helper failures falling back (work), what a preview
keeps and deletes between rebuilds (preview), and what each output is placed with (placement)."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from snowball.bridge.buildcache import BuildCache
from snowball.bridge.placement import edit_url, nav_titles, refusal
from snowball.bridge.preview import Memory, watched_files
from snowball.bridge.sitefolder import CarriedSite, build_complete, unwritable_site
from snowball.bridge.work import Work, capture_warnings, replay, toc_tokens
from snowball.plan import Output
from snowball.store import MemoryStore


def _site(folder: Path) -> Path:
    (folder / "stories" / "a").mkdir(parents=True)
    (folder / "stories" / "a" / "index.html").write_text("<p>old a</p>")
    (folder / "search" / "terms").mkdir(parents=True)
    (folder / "search" / "docs").mkdir()
    (folder / "search" / "terms" / "ab.json").write_text("{}")
    (folder / "search" / "docs" / "0.json").write_text("[]")
    return folder


def test_the_last_complete_build_is_set_aside_reused_and_discarded(tmp_path: Path) -> None:
    site, cache, notes = _site(tmp_path / "site"), BuildCache(tmp_path, "key"), []
    assert CarriedSite.set_aside(cache, site, notes.append) is None  # no complete build yet: build everything
    build_complete(cache, None, site, {"stories/a/index.md": "f1"})
    carried = CarriedSite.set_aside(cache, site, notes.append)
    assert carried is not None and carried.fingerprints == {"stories/a/index.md": "f1"}
    assert list(site.iterdir()) == []  # MkDocs may clean it: nothing of the last build is lost
    assert carried.output("stories/a/index.html") == b"<p>old a</p>"
    assert carried.output("stories/gone/index.html") is None
    carried.restore(site, ["stories/a/index.html", "search/terms/ab.json"], notes.append)  # moved back, less these
    assert not (site / "stories" / "a").exists()  # a folder left empty goes too
    assert (site / "search" / "docs" / "0.json").read_text() == "[]" and not (site / "search" / "terms").exists()
    assert carried.has("search/docs/0.json") and not carried.has("stories/a/index.html")
    assert carried.output("search/docs/0.json") == b"[]"
    assert CarriedSite.set_aside(BuildCache(tmp_path, "other key"), site, notes.append) is None
    build_complete(cache, None, site, {"x": "1"})  # a build under another key then writes the site folder:
    assert CarriedSite.set_aside(BuildCache(tmp_path, "other key"), site, notes.append) is None
    assert CarriedSite.set_aside(cache, site, notes.append) is None  # the first key's plan no longer describes it
    build_complete(cache, carried, site, {})
    assert not carried.folder.exists() and notes == []


def test_a_build_that_stops_midway_leaves_no_plan_to_trust(tmp_path: Path) -> None:
    site, cache = _site(tmp_path / "site"), BuildCache(tmp_path, "key")
    build_complete(cache, None, site, {"x": "1"})
    assert CarriedSite.set_aside(cache, site, print) is not None
    assert CarriedSite.set_aside(cache, site, print) is None  # marked incomplete until build_complete


def test_a_site_folder_that_is_a_file_is_named_with_a_fix(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("not a folder")
    assert "is not a writable folder. Hint: remove it or pass another with -d." in (
        unwritable_site(tmp_path / "site") or ""
    )
    assert unwritable_site(tmp_path / "new") is None


def test_the_preview_recovers_after_a_failed_rebuild(tmp_path: Path) -> None:
    memory = Memory()
    (tmp_path / "stories" / "gone").mkdir(parents=True)
    (tmp_path / "stories" / "gone" / "index.html").write_text("old")
    assert memory.changes({"a": "1"}).render == {"a"}  # first rebuild: everything
    memory.served(tmp_path, {"a": "1", "stories/gone/index.md": "2"}, [], True, lambda: None)
    assert memory.changes({"a": "1"}).render == frozenset()
    memory.served(tmp_path, {"a": "1"}, ["stories/gone/index.md"], True, lambda: None)
    assert not (tmp_path / "stories" / "gone" / "index.html").exists()
    memory.failed()
    assert memory.changes({"a": "1"}).render == {"a"}  # after a failure: everything again


def test_cards_are_kept_only_while_the_registries_stay_the_same() -> None:
    memory = Memory()
    memory.cards("registries v1")["card"] = "<div>"
    assert memory.cards("registries v1") == {"card": "<div>"}
    assert memory.cards("registries v2") == {}


def test_optional_hub_files_are_watched_when_they_exist(tmp_path: Path) -> None:
    assert watched_files(tmp_path) == []
    (tmp_path / "snowball.yml").write_text("{}")
    assert watched_files(tmp_path) == [tmp_path / "snowball.yml"]


def test_what_was_logged_while_converting_is_kept_and_said_again(caplog: pytest.LogCaptureFixture) -> None:
    def convert() -> str:
        logging.getLogger("mkdocs.test").warning("a link to nowhere")
        logging.getLogger("mkdocs.test").info("not kept")
        return "done"

    result, records = capture_warnings("mkdocs", convert)
    assert result == "done" and records == [("mkdocs.test", logging.WARNING, "a link to nowhere")]
    caplog.clear()
    replay(records)
    assert [(r.name, r.getMessage()) for r in caplog.records] == [("mkdocs.test", "a link to nowhere")]


def test_a_table_of_contents_becomes_plain_tokens_in_order() -> None:
    def link(title: str, *children: Any) -> SimpleNamespace:
        return SimpleNamespace(level=2 if children else 3, id=title.lower(), title=title, children=list(children))

    tokens = toc_tokens([link("A", link("A1"), link("A2")), link("B")])
    assert [t["name"] for t in tokens] == ["A", "B"]
    assert [t["name"] for t in tokens[0]["children"]] == ["A1", "A2"]


def _story_output(slug: str, body: str) -> Output:
    return Output(f"stories/{slug}/index.md", "story", "story.html", "f", source=SimpleNamespace(slug=slug, body=body))


def test_a_conversion_is_looked_up_before_it_is_done_and_a_failed_helper_costs_only_time(tmp_path: Path) -> None:
    done: list[str] = []
    notes: list[str] = []

    def convert(path: str) -> dict[str, Any]:
        done.append(path)
        return {"content": f"<p>{path}</p>", "log": []}

    class DeadHelper:  # took the item, then died (snowball.background.Shared)
        def mine(self, i: int) -> bool:
            return False

        def wait(self, i: int) -> dict[str, Any]:
            raise RuntimeError("the background process ended early")

    memory: MemoryStore[tuple[str, str], dict[str, Any]] = MemoryStore()
    work = Work(
        SimpleNamespace(), frozenset(), tmp_path, convert=convert, cache=None, converted=memory, note=notes.append
    )  # type: ignore[arg-type]
    work.shared, work.queued = DeadHelper(), {"stories/a/index.md": 0}  # type: ignore[assignment]
    a = _story_output("a", "body")
    assert work.converted(a)["content"] == "<p>stories/a/index.md</p>"
    assert notes == ["a helper process failed (the background process ended early); doing its work here instead"]
    assert work.converted(a) == memory.get(("a", "body")) and done == ["stories/a/index.md"]  # remembered
    cache = BuildCache(tmp_path, "key")
    cached = Work(
        SimpleNamespace(), frozenset(), tmp_path, convert=convert, cache=cache, converted=cache.converted, note=print
    )  # type: ignore[arg-type]
    cached.converted(a)
    assert cache.converted.get(("a", "body")) is not None and len(done) == 2
    cached.converted(a)
    assert len(done) == 2  # the second build finds it in the cache


def test_placement_values() -> None:
    story = _story_output("porto", "")
    assert edit_url(story, "https://git.example/hub/", "edit/main/stories/") == (
        "https://git.example/hub/edit/main/stories/porto/index.md"
    )
    assert edit_url(story, None, "edit/main/stories/") is None
    assert nav_titles([{"Home": "index.md"}, {"More": [{"Guide": "contribute/index.md"}]}]) == {
        "index.md": "Home",
        "contribute/index.md": "Guide",
    }
    assert refusal(2).startswith("Aborted: 2 error(s) in the stories or registries, so nothing was published.")


def test_prune_strays_keeps_outputs_owned_folders_and_hidden_entries(tmp_path: Path) -> None:
    from snowball.bridge.sitefolder import prune_strays

    site = tmp_path / "site"
    for name in ["index.html", "stories/a/index.html", "stories/a/stray.txt", "stray/deep/x.html",
                 "search/docs/meta.json", "search/old-shard.json", ".git/config", ".git/refs/tags/.keep"]:  # fmt: skip
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x")
    (site / ".git" / "empty").mkdir()
    deleted = prune_strays(site, {"index.html", "stories/a/index.html"}, owned=("search/",))
    assert sorted(deleted) == ["stories/a/stray.txt", "stray/deep/x.html"]
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert "stray" not in left and "stories/a/index.html" in left
    assert {"search/old-shard.json", ".git/config", ".git/empty", ".git/refs/tags/.keep"} <= set(left)


def test_compiled_templates_are_shared_only_by_environments_that_compile_alike(tmp_path: Path) -> None:
    """Jinja keys its file cache by template name and source only: an environment with other delimiters or
    autoescaping must compile the same file afresh, and one that compiles alike reuses the first's program."""
    import jinja2

    from snowball.store import CompiledTemplates

    (folder := tmp_path / "t").mkdir()
    (folder / "p.html").write_text("<% x %>{{ y }}")

    def render(cache: jinja2.BytecodeCache, **options: object) -> str:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), bytecode_cache=cache, **options)
        return env.get_template("p.html").render(x="<a>", y="<b>")

    (tmp_path / "compiled").mkdir()
    cache = CompiledTemplates(str(tmp_path / "compiled"))
    assert render(cache, autoescape=True) == "<% x %>&lt;b&gt;"
    assert render(cache, autoescape=False) == "<% x %><b>"
    assert render(cache, variable_start_string="<%", variable_end_string="%>") == "<a>{{ y }}"
    assert len(list((tmp_path / "compiled").iterdir())) == 3
    assert render(cache, autoescape=True) == "<% x %>&lt;b&gt;"  # the first program, read back
    assert len(list((tmp_path / "compiled").iterdir())) == 3
