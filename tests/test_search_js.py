"""The search worker's side (theme_overrides/assets/javascripts/snowball-search*.js) run in node: its pure
functions, and the worker itself answering queries against an index written by snowball/search.py
(scripts/search_harness.js runs it as a browser would, fetching from the folder)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.search import entry, markdown_text, write_search

from .conftest import REPO

JS = REPO / "theme_overrides" / "assets" / "javascripts"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


def core(expression: str) -> object:
    """The value of a JavaScript expression over SnowballSearch (the core file), in node."""
    script = (
        "const vm = require('vm'), fs = require('fs'); const ctx = {}; ctx.self = ctx; vm.createContext(ctx);"
        f"vm.runInContext(fs.readFileSync({json.dumps(str(JS / 'snowball-search-core.js'))}, 'utf8'), ctx);"
        f"const S = ctx.SnowballSearch; process.stdout.write(JSON.stringify({expression}));"
    )
    done = subprocess.run([NODE or "node", "-e", script], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout)


def test_the_tokeniser_matches_pythons() -> None:
    assert core("S.tokens('Inês ADOÇÃO café 东京都的故事 Tokyo東京2024')") == [
        *("ines", "adocao", "cafe", "东京", "京都", "都的", "的故", "故事", "tokyo", "東京", "2024"),
    ]
    assert core("S.queryWords('the adoption of paper', ['the', 'of'])") == ["adoption", "paper"]
    assert core("S.queryWords('the', ['the'])") == ["the"]  # only stop words: still searched


def test_edit_distance_counts_one_swap_as_one_and_stops_past_the_limit() -> None:
    assert core("[S.editDistance('papr', 'paper', 1), S.editDistance('mony', 'money', 1)]") == [1, 1]
    assert core("[S.editDistance('bicycel', 'bicycle', 1), S.editDistance('abcdef', 'uvwxyz', 2)]") == [1, 3]
    assert core(
        "[S.typosAllowed('papr', 'paper'), S.typosAllowed('cat', 'cart'), S.typosAllowed('1234', '12345')]"
    ) == [1, 0, 0]
    assert core("S.typosAllowed('mortgaeg', 'mortgages')") == 2


def test_a_word_stands_for_itself_longer_words_its_forms_and_else_near_spellings() -> None:
    dictionary = json.dumps("adopt\tadopted adoption\npaper\npaperless\npapers\tpapers\nmoney")
    got = core(f"(() => {{ const d = S.parseDictionary({dictionary}); return ["
               "Array.from(S.expand('paper', d, null)), Array.from(S.expand('adopting', d, null)),"
               "Array.from(S.expand('papr', d, null)), Array.from(S.expand('mony', d, null))] })()")  # fmt: skip
    exact, prefix, stem, typo = 3, 2, 1, 0
    assert got[0] == [["paper", exact], ["paperless", prefix], ["papers", prefix]]
    assert got[1] == [["adopted", stem], ["adoption", stem]]  # no stemmer: the longest indexed stem it starts with
    assert got[2] == [["paper", typo]] and got[3] == [["money", typo]]


def test_marks_are_accent_and_case_blind_and_leave_entities_whole() -> None:
    got = core("S.highlight('In&ecirc;s and Inês &amp; AMP', S.matcher(['ines', 'amp'], ['ines']), [])")
    assert got == "In&ecirc;s and <mark data-md-highlight>Inês</mark> &amp; <mark data-md-highlight>AMP</mark>"
    assert (
        core("S.highlight('东京都的故事', S.matcher([], []), ['故事'])")
        == "东京都的<mark data-md-highlight>故事</mark>"
    )


def test_the_snippet_is_the_passage_that_matched() -> None:
    body = json.dumps("Words " * 100 + "the harbour crew " + "more " * 100)
    got = core(f"S.snippet('A summary.', {body}, S.matcher(['harbour'], []), [], 200)")
    assert isinstance(got, str) and "harbour crew" in got and got.startswith("… ") and len(got) < 230
    assert core("S.snippet('A summary with harbour.', 'body', S.matcher(['harbour'], []), [], 200)") == (
        "A summary with harbour."
    )


def ask(folder: Path, *queries: str, typed: bool = False) -> list[dict]:
    done = subprocess.run(
        [NODE or "node", str(REPO / "scripts" / "search_harness.js"), str(JS), str(folder), *(["--typed"] * typed)],
        input=json.dumps(queries), capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("en") / "search"
    stories = [
        entry("stories/adoption/", "The adoption guide", "How a branch adopts a practice.", meta="Porto · Inês Costa"),
        entry(
            "stories/paper/", "Paper-light loan files", "Less paper in the branch.", "Money saved.", body="Money saved."
        ),
        entry(
            "stories/long/",
            "A long story",
            "Summary.",
            markdown_text("Filler. " * 60 + "The harbour crew won."),
            body="Filler. " * 60 + "The harbour crew won.",
        ),
        *(entry(f"stories/b{i:03}/", f"Branch {i}", "A branch story.") for i in range(40)),
        entry("stories/tokyo/", "东京的故事", "在东京都的分行。"),
    ]
    write_search(folder, stories, language="en")
    return folder


def test_typos_word_forms_and_true_counts_in_english(english: Path) -> None:
    papr, mony, adopting, branch, paper = ask(english, "papr", "mony", "adopting", "branch", "paper")
    assert papr["locations"][0] == "stories/paper/" and mony["locations"] == ["stories/paper/"]
    assert adopting["locations"][0] == "stories/adoption/"
    assert branch["count"] == 42  # every match, not the first ten (Material prints the list's length)
    assert paper["locations"][0] == "stories/paper/" and "<mark data-md-highlight>Paper</mark>" in paper["titles"][0]


def test_a_query_typed_key_by_key_fetches_and_answers_only_as_its_last_key_leaves_it(english: Path) -> None:
    """Material asks once per key; the worker skips the queries a newer one has replaced, so typing a query
    costs what the query alone costs (here "branch" alone would fetch other shards and chunks)."""
    (typed,) = ask(english, "branch money", typed=True)
    (alone,) = ask(english, "branch money")
    assert typed["answers"] == 1
    assert typed["count"] == alone["count"] == 42 and typed["locations"] == alone["locations"]
    assert typed["bytes"] == alone["bytes"]


def test_accents_marks_snippets_and_chinese(english: Path) -> None:
    ines, harbour, tokyo = ask(english, "Ines", "harbour", "东京")
    assert ines["locations"] == ["stories/adoption/"]
    assert "<mark data-md-highlight>Inês</mark>" in ines["texts"][0]
    assert "<mark data-md-highlight>harbour</mark> crew won" in harbour["texts"][0]
    assert harbour["texts"][0].startswith("<p>… ")  # the passage, not the first 200 characters
    assert tokyo["locations"] == ["stories/tokyo/"] and "<mark data-md-highlight>东京</mark>" in tokyo["titles"][0]


def test_portuguese_word_forms_and_accents(tmp_path: Path) -> None:
    folder = tmp_path / "search"
    write_search(
        folder,
        [
            entry("stories/a/", "Adoção do papel digital", "A agência adotou extratos digitais."),
            entry("stories/b/", "Bicicletas para a equipa", "Uma frota de bicicletas."),
        ],
        language="pt",
    )
    adocao, adotando, bicicleta, para = ask(folder, "adocao", "adotando", "bicicleta", "para")
    assert adocao["locations"] == ["stories/a/"] and "<mark data-md-highlight>Adoção</mark>" in adocao["titles"][0]
    assert adotando["locations"] == ["stories/a/"]  # adotou, adotando: one stem
    assert bicicleta["locations"] == ["stories/b/"]
    assert para["count"] == 0  # a Portuguese stop word, not indexed


def test_filters_come_out_of_the_query_and_narrow_and_count() -> None:
    assert core("S.splitFilters('paper site:porto x:y', ['site', 'tag'])") == {
        "query": "paper x:y",
        "filters": {"site": "porto"},
    }
    data = json.dumps(
        {"site": [["porto", "Porto", [4, 4]], ["leeds", "Leeds", [12]]], "tag": [["paper", "Paper", [8]]]}
    )
    got = core(
        f"(() => {{ const f = S.prepareFacets({data}); const ranked = [2, 0, 1];"
        "return [S.narrow(ranked, f, {site: 'porto'}), S.narrow(ranked, f, {site: 'nowhere'}),"
        "S.facetCounts(ranked, f)] })()"
    )
    assert got[0] == [0, 1] and got[1] == []
    assert got[2] == {"site": [["porto", "Porto", 2], ["leeds", "Leeds", 1]], "tag": [["paper", "Paper", 1]]}


def test_ranking_exact_then_prefix_then_stem_then_typo_then_field_then_newer() -> None:
    per_word = (
        "[new Map([[0, {kind: 0, field: 4}], [1, {kind: 3, field: 1}], [2, {kind: 2, field: 4}],"
        " [3, {kind: 3, field: 4}], [4, {kind: 3, field: 4}], [5, {kind: 1, field: 4}]])]"
    )
    assert core(f"S.rank({per_word}, [0, 0, 0, 240101, 250101, 0])") == [4, 3, 1, 2, 5, 0]
    assert core(f"S.rank({per_word}.concat([new Map([[0, {{kind: 0, field: 1}}]])]))") == [0, 3, 4, 1, 2, 5]


MATCH = st.fixed_dictionaries({"kind": st.integers(0, 3), "field": st.integers(1, 4)})


@settings(max_examples=25, deadline=None)
@given(
    per_word=st.lists(st.dictionaries(st.integers(0, 30), MATCH, max_size=12), min_size=1, max_size=7),
    dates=st.lists(st.integers(0, 3), min_size=31, max_size=31),
)
def test_ranking_in_one_number_per_document_orders_as_the_rules_say(per_word: list, dates: list) -> None:
    """The worker packs words found, kinds and fields into one number per document: the order must be the
    rules' order (more words, better kinds, better fields, newer, index order) for any number of words."""
    maps = "[" + ",".join(f"new Map({json.dumps([[d, m] for d, m in w.items()])})" for w in per_word) + "]"
    got = core(f"S.rank({maps}, {json.dumps(dates)})")
    sums: dict[int, list[int]] = {}
    for word in per_word:
        for doc, m in word.items():
            s = sums.setdefault(doc, [0, 0, 0])
            s[0], s[1], s[2] = s[0] + 1, s[1] + m["kind"], s[2] + m["field"]
    assert got == sorted(sums, key=lambda d: (-sums[d][0], -sums[d][1], -sums[d][2], -dates[d], d))


def test_title_words_misspelt_inflected_or_without_accents_find_their_story_in_the_top_5(tmp_path: Path) -> None:
    """A fast version of scripts/search_bench.py's quality measure: ten of the sample hub's stories and those
    whose titles have accents."""
    import importlib.util

    from snowball.hub import load_hub

    spec = importlib.util.spec_from_file_location("search_bench", REPO / "scripts" / "search_bench.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.index(REPO, tmp_path / "search")
    published = load_hub(REPO).published()
    picked = published[:10] + [s for s in published[10:] if not s.title.isascii()]
    stories = [(f"stories/{s.slug}/", s.title) for s in picked]
    tally = bench.quality(tmp_path / "search", stories)
    assert set(tally) >= {"misspelt", "inflected", "accent-stripped"}
    found, asked = sum(t[0] for t in tally.values()), sum(t[2] for t in tally.values())
    assert asked > 100 and found / asked >= 0.95


def test_a_story_in_another_language_is_found_by_its_languages_word_forms(tmp_path: Path) -> None:
    """A Portuguese hub with one English story (front matter `lang: en`): "adopted" finds the story that
    says "adopting" only, through the English stemmer the worker loads beside the hub's."""
    folder = tmp_path / "search"
    write_search(
        folder,
        [
            entry("stories/a/", "Adoção do papel digital", "A agência adotou extratos digitais."),
            entry("stories/b/", "E-bikes for couriers", "The branch is adopting bikes.", lang="en"),
        ],
        language="pt",
    )
    adopted, adotando = ask(folder, "adopted", "adotando")
    assert adopted["locations"] == ["stories/b/"]
    assert "<mark data-md-highlight>adopting</mark>" in adopted["texts"][0]
    assert adotando["locations"] == ["stories/a/"]  # the hub's own stories still by the hub's stems
