"""Search understands words (issue 23): the index's side (snowball/search.py) of folding, Chinese and Japanese
pairs, stop words and stems per language, the dictionary the worker loads once, and the manifest's count."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from snowball.search import entry, manifest, present_stemmers, sharded_index, stem, terms, tokens

from .conftest import REPO


def test_words_are_folded_and_chinese_and_japanese_runs_become_pairs() -> None:
    assert tokens("Inês ADOÇÃO café") == ["ines", "adocao", "cafe"]
    assert tokens("东京都的故事") == ["东京", "京都", "都的", "的故", "故事"]
    assert tokens("我 in Porto") == ["我", "in", "porto"]  # a lone character is itself
    assert tokens("Tokyo東京2024") == ["tokyo", "東京", "2024"]


def test_stop_words_are_the_hubs_language() -> None:
    assert "the" not in terms("the harbour", "en") and "harbour" in terms("the harbour", "en")
    assert set(terms("a adoção do papel", "pt")) == {"adocao", "papel"}
    assert "the" in terms("the harbour", "pt")  # English stop words are English only
    assert set(terms("die Bank und der Kunde", "de")) == {"bank", "kunde"}


def test_stems_are_snowballs_for_the_language() -> None:
    assert stem("adopting", "en") == stem("adoption", "en") == stem("adopted", "en") == "adopt"
    assert stem("adotando", "pt-BR") == stem("adotar", "pt") == "adot"
    assert stem("2024", "en") == "2024" and stem("东京", "zh") == "东京" and stem("paper", "xx") == "paper"


@given(st.text(max_size=40))
def test_tokens_never_hold_spaces_or_empty_words(text: str) -> None:
    assert all(t and not any(c.isspace() for c in t) for t in tokens(text))


def _files(language: str = "en") -> dict[str, str]:
    return sharded_index(
        [
            entry("stories/a/", "Adoption of paper-light files", "We adopted it.", body="We adopted it."),
            entry("stories/b/", "Adopting e-bikes", "Bikes."),
            entry("sites/porto/", "Porto", "Site in North."),
        ],
        language=language,
    )


def test_the_dictionary_groups_exact_terms_by_stem() -> None:
    lines = _files()["docs/dict.txt"].split("\n")
    assert "adopt\tadopted adopting adoption" in lines
    assert "paper" in lines and "porto" in lines


def test_the_manifest_counts_documents_not_shards_and_says_the_language() -> None:
    meta = json.loads(_files("pt-BR")["docs/meta.json"])
    assert meta["docs"] == 3 and len(meta["shards"]) != 3
    assert meta["lang"] == "pt" and meta["stemmer"] == ["stemmers/base.js", "stemmers/pt.js"]
    assert "para" in meta["stopwords"] and "the" not in meta["stopwords"]
    out = json.loads(manifest('{"config": {"lang": ["pt"]}, "docs": [{"x": 1}]}', meta))
    assert out["docs"] == [] and out["config"]["snowball"]["docs"] == 3 and out["config"]["lang"] == ["pt"]


def test_postings_say_where_a_term_is_best_title_first() -> None:
    files = _files()
    shard = json.loads(files["terms/ado.json"])
    # documents sorted by location: sites/porto/ 0, stories/a/ 1, stories/b/ 2; (gap * 4 + code - 1)
    assert shard["adoption"] == [2 * 4 + 3]  # doc 1, title (4)
    assert shard["adopted"] == [2 * 4 + 1]  # doc 1, summary (2)


def test_a_big_shard_is_split_by_one_more_letter() -> None:
    words = "probe process produce program project proof"
    many = [entry(f"stories/s{i:04}/", f"Story {i}", words) for i in range(2000)]  # pro...: about 36 kB
    names = json.loads(sharded_index(many)["docs/meta.json"])["shards"]
    assert "pro" not in names and {"prob", "proc"} <= set(names)


def test_facets_list_each_value_with_its_documents() -> None:
    stories = [
        entry("stories/a/", "A", "x", facets=(("site", "porto", "Porto & Co"), ("stage", "pilot", "Pilot"))),
        entry("stories/b/", "B", "x", facets=(("site", "porto", "Porto & Co"), ("tag", "paper", "Paper"))),
        entry("sites/porto/", "Porto", "Site."),
    ]
    facets = json.loads(sharded_index(stories)["docs/facets.json"])
    assert facets["site"] == [["porto", "Porto &amp; Co", [2 * 4, 1 * 4]]]  # docs 1 and 2 (sites/porto/ is 0)
    assert facets["stage"] == [["pilot", "Pilot", [2 * 4]]] and facets["practice"] == []


def test_each_document_has_a_date_number_that_grows_with_its_date() -> None:
    stories = [entry("stories/a/", "A", "x", date="2024-03-01"), entry("tags/x/", "X", "y")]
    assert json.loads(sharded_index(stories)["docs/dates.json"]) == [240301, 0]


def _mixed() -> dict[str, str]:
    """A Portuguese hub with one story written in English (front matter `lang: en`)."""
    return sharded_index(
        [
            entry("stories/a/", "Adoção do papel digital", "A agência adotou extratos digitais."),
            entry("stories/b/", "Adopting e-bikes", "The branch is adopting bikes for the couriers.", lang="en"),
        ],
        language="pt",
    )


def test_a_story_in_another_language_is_indexed_with_its_own_stems_and_stop_words() -> None:
    files = _mixed()
    lines = files["docs/dict.txt"].split("\n")
    assert "adopt\tadopting" in lines  # English stem, so "adopted" finds it
    assert "adot\tadotou" in lines  # the hub's stories keep the hub's stems
    postings = {
        t for name in json.loads(files["docs/meta.json"])["shards"] for t in json.loads(files[f"terms/{name}.json"])
    }
    assert "the" not in postings and "for" not in postings  # English stop words, in the English story
    assert {"branch", "couriers", "agencia"} <= postings


def test_a_term_indexed_in_two_languages_is_found_by_the_stem_of_each() -> None:
    files = sharded_index(
        [entry("stories/a/", "Papers", "papers"), entry("stories/b/", "Papers", "papers", lang="en")], language="pt"
    )
    lines = files["docs/dict.txt"].split("\n")
    assert "paper\tpapers" in lines and "papers" in lines  # English stem "paper"; Portuguese keeps "papers"


def test_the_manifest_lists_the_languages_present_hub_first_with_their_stemmers() -> None:
    meta = json.loads(_mixed()["docs/meta.json"])
    assert meta["lang"] == "pt" and meta["langs"] == ["pt", "en"]
    assert meta["stemmer"] == ["stemmers/base.js", "stemmers/pt.js", "stemmers/en.js"]


def test_a_language_without_a_javascript_stemmer_leaves_the_others_loaded() -> None:
    js = REPO / "theme_overrides" / "assets" / "javascripts"
    both = ["stemmers/base.js", "stemmers/pt.js", "stemmers/en.js"]
    assert present_stemmers(both, js) == both
    assert present_stemmers(["stemmers/base.js", "stemmers/nb.js", "stemmers/en.js"], js) == both[::2]
    assert present_stemmers(["stemmers/base.js", "stemmers/nb.js"], js) is None and present_stemmers(None, js) is None
