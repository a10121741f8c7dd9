"""The site plan: fingerprints cover exactly what templates receive, and changes() is a pure diff."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from snowball.fingerprint import Digests, UnknownValue, digest
from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.plan import Changes, build_plan, changes
from snowball.views import HubPages

from .conftest import VALID_FRONT, Hub

ON = dt.date(2026, 11, 27)


def plan_of(h: Hub, key: str = "k") -> dict[str, str]:
    hub = load_hub(h.root, on=ON)
    ledger = Ledger(hub, list(hub.stories.values()))
    pages = HubPages(ledger, site_name="Hub", today=ON)
    return build_plan(pages, ledger.stories, key=key).fingerprints()


def test_changes_is_a_plain_diff() -> None:
    old = {"a": "1", "b": "2", "c": "3"}
    new = {"a": "1", "b": "9", "d": "4"}
    assert changes(old, new) == Changes(frozenset({"d"}), frozenset({"b"}), frozenset({"c"}))
    assert changes(old, new).render == {"b", "d"}
    assert changes(None, new) == Changes(frozenset(new), frozenset(), frozenset())
    assert changes(old, new, same_key=False) == Changes(frozenset(new), frozenset(), frozenset({"b", "c"} - {"b"}))


fps = st.dictionaries(st.sampled_from("abcdefgh"), st.sampled_from("123"), max_size=8)


@given(fps, fps)
def test_changes_partitions_the_paths(old: dict[str, str], new: dict[str, str]) -> None:
    c = changes(old, new)
    assert c.added | c.changed | (set(new) - c.render) == set(new)
    assert not (c.added & c.changed)
    assert c.removed == set(old) - set(new)
    assert all(old[p] == new[p] for p in set(new) - c.render)
    assert changes(new, new).render == frozenset()


def test_fingerprints_walk_records_and_skip_non_data_fields() -> None:
    @dataclasses.dataclass(frozen=True)
    class Card:
        title: str
        cache: dict[str, str] = dataclasses.field(default_factory=dict, compare=False)

    assert digest(Card("a")) == digest(Card("a", {"x": "y"}))
    assert digest(Card("a")) != digest(Card("b"))
    assert digest([Card("a"), {"k": (1, dt.date(2024, 1, 1))}]) != digest([Card("a"), {"k": (1, dt.date(2024, 1, 2))}])
    assert digest({"a": 1, "b": 2}) != digest({"b": 2, "a": 1})  # templates iterate in order
    assert digest("1") != digest(1)


class _Plain(Digests):
    """The general walk alone: what the fast path for common exact types must encode identically."""

    def _feed(self, h: object, value: object) -> None:
        self._feed_other(h, value)


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | st.dates(),
    lambda inner: st.lists(inner) | st.lists(inner).map(tuple) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


@given(_values)
def test_the_fast_walk_encodes_exactly_like_the_general_one(value: object) -> None:
    # the build cache keeps fingerprints between versions of this walk: a faster walk must not change one
    assert Digests().of(value) == _Plain().of(value)
    assert Digests().of(Markup("<b>x</b>")) == _Plain().of("<b>x</b>") == Digests().of("<b>x</b>")


def test_an_opaque_value_in_a_context_is_refused() -> None:
    with pytest.raises(UnknownValue):
        Digests().of({"x": object()})


def test_editing_a_story_changes_its_page_and_the_listings_that_show_it(hub: Hub) -> None:
    hub.story("berlin-paper")
    other = VALID_FRONT.replace("site: berlin", "site: porto").replace("anna-schmidt", "ines-carvalho")
    other = other.replace("paperless-files", "repair-cafe").replace("[paper]", "[community]")
    hub.story("porto-paper", other.replace("Paperless files in Berlin", "Repair café in Porto"))
    before = plan_of(hub)
    hub.story("berlin-paper", VALID_FRONT.replace("Paperless files in Berlin", "Paper-free Berlin"))
    c = changes(before, plan_of(hub))
    assert "stories/berlin-paper/index.md" in c.changed
    assert "stories/porto-paper/index.md" not in c.changed  # not related: its page shows nothing of the other
    for page in (
        "index.md",
        "stories/index.md",
        "sites/berlin/index.md",
        "practices/paperless-files/index.md",
        "tags/paper/index.md",
        "champions/anna-schmidt/index.md",
    ):
        assert page in c.changed, page  # every page that shows the story's card, by construction
    assert "practices/repair-cafe/index.md" not in c.changed
    assert "champions/ines-carvalho/index.md" not in c.changed


def test_a_registry_name_change_reaches_every_page_that_shows_the_name(hub: Hub) -> None:
    hub.story("berlin-paper")
    before = plan_of(hub)
    hub.registry(
        "sites.yml", (hub.root / "registries" / "sites.yml").read_text().replace("Berlin Mitte", "Berlin Centre")
    )
    c = changes(before, plan_of(hub))
    assert {"stories/berlin-paper/index.md", "sites/berlin/index.md", "index.md"} <= c.changed


def test_a_different_key_changes_everything(hub: Hub) -> None:
    hub.story("berlin-paper")
    a, b = plan_of(hub, "one"), plan_of(hub, "two")
    assert set(a) == set(b)
    assert all(a[p] != b[p] for p in a)


def test_deleting_a_story_removes_its_outputs(hub: Hub) -> None:
    hub.story("berlin-paper")
    hub.story("second", VALID_FRONT.replace("Paperless files in Berlin", "Second"))
    before = plan_of(hub)
    import shutil

    shutil.rmtree(hub.root / "stories" / "second")
    c = changes(before, plan_of(hub))
    assert c.removed == {"stories/second/index.md"}


def test_an_old_output_is_not_removed_where_a_new_one_lands() -> None:
    """A redirect page a story takes over (stories/x/index.html): deleting it after the story's page is
    written would delete the story's page (the preview did)."""
    c = changes({"stories/x/index.html": "redirect", "feeds/x.xml": "f"}, {"stories/x/index.md": "story"})
    assert c.removed == {"feeds/x.xml"} and c.added == {"stories/x/index.md"}


def test_the_plan_holds_the_themes_files_and_refuses_an_output_on_them(hub: Hub) -> None:
    hub.story("berlin-paper")
    hub_ = load_hub(hub.root, on=ON)
    ledger = Ledger(hub_, list(hub_.stories.values()))
    pages = HubPages(ledger, site_name="Hub", today=ON)
    redirects = {"404.html": ("<p>moved</p>", 3), "Assets/x.css": ("<p>moved</p>", 4)}
    plan = build_plan(pages, ledger.stories, key="k", redirects=redirects)
    assert {"404.html", "sitemap.xml", "assets/"} <= {o.built for o in plan.outputs.values() if o.kind == "theme"}
    assert [(d.path, d.line, d.code) for d in plan.problems] == [
        ("redirects.yml", 3, "collision"),
        ("redirects.yml", 4, "collision"),  # Assets/ is the theme's assets/ on many computers
    ]
    assert "the redirect on line 3 and the 'page not found' page" in plan.problems[0].message
    assert "404.html" not in plan.fingerprints()  # the theme writes it: nothing of ours to render or remove
