"""The snowball rolling (snowball.momentum): quarters, events per quarter, sites running over time and waves, on
small hubs of their own built in memory (independent of the sample content)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.hub import load_hub
from snowball.ledger import Ledger
from snowball.momentum import (
    Momentum,
    adoption_events,
    quarter_bounds,
    quarter_of,
    quarter_range,
    quarter_text,
    sites_running,
)
from tests.conftest import REPO
from tests.test_ledger import make_ledger, story

D = dt.date.fromisoformat


# --- quarters ---


def test_quarter_labels_and_bounds() -> None:
    assert quarter_of(D("2026-08-12")) == "2026-Q3"
    assert quarter_of(D("2026-01-01")) == "2026-Q1"
    assert quarter_of(D("2026-12-31")) == "2026-Q4"
    assert quarter_bounds("2026-Q3") == (D("2026-07-01"), D("2026-09-30"))
    assert quarter_bounds("2024-Q1") == (D("2024-01-01"), D("2024-03-31"))
    assert quarter_bounds("2025-Q4") == (D("2025-10-01"), D("2025-12-31"))
    assert quarter_range("2025-Q3", "2026-Q2") == ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    assert quarter_range("2026-Q2", "2025-Q3") == []
    assert quarter_text("2026-Q3") == "Q3 2026"


@settings(max_examples=300)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_every_date_lies_within_its_quarter(day: dt.date) -> None:
    first, last = quarter_bounds(quarter_of(day))
    assert first <= day <= last
    assert quarter_of(first) == quarter_of(last) == quarter_of(day)
    assert quarter_of(first - dt.timedelta(days=1)) != quarter_of(day)
    assert quarter_of(last + dt.timedelta(days=1)) != quarter_of(day)


# --- one adoption's events ---


def _events(*stages_dates: tuple[str, str]) -> list[tuple[str, str, int, bool]]:
    stories = [story(f"s{i}", "a", ["p"], date=d, stage=st_) for i, (st_, d) in enumerate(stages_dates)]
    lg = make_ledger({"a": "North"}, ["p"], stories)
    return [(e.kind, e.quarter, e.change, e.returning) for e in adoption_events(lg.adoptions[("a", "p")])]


def test_a_pilot_then_an_adoption_is_one_pilot_and_one_adoption_in_their_quarters() -> None:
    assert _events(("pilot", "2025-02-01"), ("adopted", "2025-08-01")) == [
        ("pilot", "2025-Q1", 1, False),
        ("adoption", "2025-Q3", 0, False),
    ]


def test_a_story_that_repeats_or_steps_back_counts_nothing_and_a_second_scaled_is_not_a_second_scale_up() -> None:
    got = _events(
        ("adopted", "2025-01-10"),
        ("adopted", "2025-02-10"),
        ("scaled", "2025-05-10"),
        ("adopted", "2025-08-10"),
        ("scaled", "2025-11-10"),
    )
    assert got == [("adoption", "2025-Q1", 1, False), ("scale-up", "2025-Q2", 0, False)]


def test_a_first_story_at_scaled_is_an_adoption_and_a_scale_up() -> None:
    assert _events(("scaled", "2025-04-01")) == [
        ("adoption", "2025-Q2", 1, False),
        ("scale-up", "2025-Q2", 0, False),
    ]


def test_retire_and_come_back_counts_a_retirement_and_a_returning_start() -> None:
    got = _events(
        ("pilot", "2024-11-01"),
        ("adopted", "2025-01-15"),
        ("retired", "2025-06-01"),
        ("retired", "2025-07-01"),  # a second retired story: no second retirement
        ("pilot", "2026-02-01"),
        ("adopted", "2026-05-01"),
    )
    assert got == [
        ("pilot", "2024-Q4", 1, False),
        ("adoption", "2025-Q1", 0, False),
        ("retirement", "2025-Q2", -1, False),
        ("pilot", "2026-Q1", 1, True),
        ("adoption", "2026-Q2", 0, True),
    ]


def test_ideas_and_unknown_stages_count_nowhere() -> None:
    assert _events(("idea", "2025-01-01"), ("someday", "2025-02-01")) == []
    assert _events(("idea", "2025-01-01"), ("pilot", "2025-04-01"), ("idea", "2025-07-01")) == [
        ("pilot", "2025-Q2", 1, False)
    ]


def test_a_first_story_that_says_retired_is_a_retirement_but_no_site_leaves_the_count() -> None:
    """The site stopped something the hub has no story of starting (Kingsgate's repair café in the sample)."""
    assert _events(("retired", "2025-01-01"), ("retired", "2025-03-01")) == [("retirement", "2025-Q1", 0, False)]
    assert _events(("retired", "2025-01-01"), ("adopted", "2025-05-01")) == [
        ("retirement", "2025-Q1", 0, False),
        ("adoption", "2025-Q2", 1, True),
    ]


# --- sites running on a day ---


def _hub(ideas: bool = True):  # type: ignore[no-untyped-def]
    """Four sites in two regions; site a pilots p, adopts it, retires it and comes back. ideas=False leaves out
    the one story at stage `idea` (the place pages learn that stage on another branch)."""
    stories = [
        story("a1", "a", ["p"], date="2025-01-10", stage="pilot"),
        story("a2", "a", ["p"], date="2025-04-10", stage="adopted"),
        story("a3", "a", ["p"], date="2025-09-10", stage="retired"),
        story("a4", "a", ["p"], date="2026-02-10", stage="adopted"),
        story("b1", "b", ["p"], date="2025-05-01", stage="adopted", inspired_by=["a2"]),
        story("c1", "c", ["p"], date="2025-06-01", stage="pilot", inspired_by=["a2", "a1"]),
        story("c2", "c", ["q"], date="2025-06-02", stage="scaled"),
        story("d1", "d", ["p"], date="2025-06-05", stage="idea"),
        story("d2", "d", ["q"], date="2026-03-01", stage="adopted", inspired_by=["c2"]),
    ]
    stories = [s for s in stories if ideas or s.stage != "idea"]
    return make_ledger({"a": "North", "b": "North", "c": "South", "d": "South"}, ["p", "q", "r"], stories)


def test_sites_running_on_a_day_leaves_out_retired_sites_ideas_and_later_stories() -> None:
    lg = _hub()
    assert sites_running(lg, "p", D("2025-01-09")) == []
    assert sites_running(lg, "p", D("2025-01-10")) == ["a"]  # the story's own day counts
    assert sites_running(lg, "p", D("2025-06-30")) == ["a", "b", "c"]  # d has only an idea
    assert sites_running(lg, "p", D("2025-12-31")) == ["b", "c"]  # a retired
    assert sites_running(lg, "p", D("2026-06-30")) == ["a", "b", "c"]  # a came back
    assert sites_running(lg, "r", D("2026-06-30")) == []


# --- the hub's figures ---


def test_counts_per_quarter_hub_wide_and_per_region() -> None:
    m = Momentum(_hub(), D("2026-04-02"))
    assert m.current == "2026-Q2"
    assert m.quarters == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    rows = {c.quarter: (c.pilots, c.adoptions, c.scale_ups, c.retirements) for c in m.counts()}
    assert rows == {
        "2025-Q1": (1, 0, 0, 0),
        "2025-Q2": (1, 3, 1, 0),  # a adopted, b adopted, c piloted p and scaled q at once
        "2025-Q3": (0, 0, 0, 1),
        "2025-Q4": (0, 0, 0, 0),
        "2026-Q1": (0, 2, 0, 0),  # a came back, d adopted q
        "2026-Q2": (0, 0, 0, 0),
    }
    north = {c.quarter: (c.pilots, c.adoptions, c.scale_ups, c.retirements) for c in m.counts("North")}
    assert north["2025-Q2"] == (0, 2, 0, 0) and north["2026-Q1"] == (0, 1, 0, 0)
    south = {c.quarter: (c.pilots, c.adoptions, c.scale_ups, c.retirements) for c in m.counts("South")}
    assert south["2025-Q2"] == (1, 1, 1, 0) and south["2026-Q1"] == (0, 1, 0, 0)


def test_sites_running_each_practice_at_each_quarters_end() -> None:
    m = Momentum(_hub(), D("2026-04-02"))
    assert m.running("p") == [1, 3, 2, 2, 3, 3]
    assert m.running("q") == [0, 1, 1, 1, 2, 2]
    assert m.running("r") == [0, 0, 0, 0, 0, 0]
    lg = _hub()
    for i, q in enumerate(m.quarters):  # the series agrees with sites_running on each quarter's last day
        assert m.running("p")[i] == len(sites_running(lg, "p", quarter_bounds(q)[1]))


def test_fastest_spreading_first_and_practices_that_never_ran_left_out() -> None:
    m = Momentum(_hub(), D("2026-04-02"))
    # over the last four quarters (2025-Q3 to 2026-Q2) q went from 1 site to 2; p lost a and won it back
    assert (m.gained("q"), m.gained("p")) == (1, 0)
    assert m.fastest() == ["q", "p"]
    # seen from 2026-Q1 (the newest story's quarter) both gained 2 sites; p runs at more sites now
    assert Momentum(_hub(), D("2025-06-30")).fastest() == ["p", "q"]


def test_a_wave_is_two_sites_starting_in_one_quarter_with_the_stories_they_named() -> None:
    m = Momentum(_hub(), D("2026-04-02"))
    waves = m.waves()
    assert [(w.practice, w.quarter, [e.site for e in w.starts]) for w in waves] == [("p", "2025-Q2", ["b", "c"])]
    assert [s.slug for s in waves[0].sparks] == ["a2", "a1"]  # newest first, each once


def test_sparks_outside_the_window_are_left_out() -> None:
    stories = [
        story("old", "a", ["p"], date="2022-01-10"),
        story("b1", "b", ["p"], date="2025-05-01", inspired_by=["old"]),
        story("c1", "c", ["p"], date="2025-05-02", inspired_by=["old"]),
    ]
    m = Momentum(make_ledger({"a": "N", "b": "N", "c": "N"}, ["p"], stories), D("2025-06-01"))
    [wave] = [w for w in m.waves() if w.quarter == "2025-Q2"]
    assert wave.sparks == ()


def test_now_never_before_the_newest_story_and_this_quarters_events() -> None:
    m = Momentum(_hub(), D("2020-01-01"))
    assert m.current == "2026-Q1"
    assert [(e.kind, e.site) for e in m.in_quarter("2026-Q1")] == [("adoption", "d"), ("adoption", "a")]
    assert m.latest_active() == "2026-Q1"


def test_an_empty_hub_has_one_quarter_and_no_waves() -> None:
    m = Momentum(make_ledger({"a": "N"}, ["p"], []), D("2026-05-05"))
    assert m.quarters == ["2026-Q2"]
    assert m.counts()[0].total == 0
    assert m.waves() == [] and m.fastest() == [] and m.latest_active() is None


_STAGES = st.sampled_from(["pilot", "adopted", "scaled", "retired", "idea", "someday"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from(["p", "q"]),
            _STAGES,
            st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 6, 30)),
        ),
        max_size=25,
    )
)
def test_the_counts_agree_with_who_runs_what_at_every_quarters_end(
    rows: list[tuple[str, str, str, dt.date]],
) -> None:
    """Whatever the stages and their order: the running series is sites_running on each quarter's last day,
    never negative, and moves by exactly the quarter's starts minus the runs that ended."""
    stories = [story(f"s{i}", site, [p], date=d.isoformat(), stage=stage) for i, (site, p, stage, d) in enumerate(rows)]
    lg = make_ledger({"a": "N", "b": "N", "c": "S"}, ["p", "q"], stories)
    m = Momentum(lg, dt.date(2026, 6, 30))
    for practice in ("p", "q"):
        series = m.running(practice)
        assert len(series) == len(m.quarters)
        for i, q in enumerate(m.quarters):
            assert series[i] == len(sites_running(lg, practice, quarter_bounds(q)[1])) >= 0
    for region in (None, "N", "S"):
        for c in m.counts(region):
            assert min(c.pilots, c.adoptions, c.scale_ups, c.retirements) >= 0
    assert sum(c.total for c in m.counts()) == len(m.events)
    assert sum(c.total for c in m.counts("N")) + sum(c.total for c in m.counts("S")) == len(m.events)


# --- the views: what the momentum page, practice pages and site pages say ---

TODAY = dt.date(2026, 4, 2)


def _views(lg):  # type: ignore[no-untyped-def]
    from snowball.views import HubPages

    return HubPages(lg, site_name="Hub", today=TODAY)


def _page(lg, src: str) -> str:  # type: ignore[no-untyped-def]
    views = _views(lg)
    kind, _, rest = src.partition("/")
    if kind == "momentum":
        return views.momentum_page().html.text
    page = views.practice(rest.split("/")[0]) if kind == "practices" else views.site(rest.split("/")[0])
    return page.html.text


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_momentum_page_says_this_quarters_news_counts_waves_and_fastest_first() -> None:
    html = _page(_hub(), "momentum/index.md")
    text = _text(html)
    assert "New this quarter: Q2 2026" in text
    assert "No site has started, adopted, scaled up or retired a practice yet this quarter." in text
    assert "The most recent news, from Q1 2026:" in text  # and its two adoptions, linked
    assert 'href="../sites/d/">Site d</a> adopted <a href="../practices/q/">Practice q</a>' in html
    assert 'href="../sites/a/">Site a</a> adopted <a href="../practices/p/">Practice p</a> again' in html
    # the table under the bars: one row per quarter, pilots / adoptions / scale-ups / retirements
    assert '<th scope="row">Q2 2025<td>1<td>3<td>1<td>0' in html
    assert '<th scope="row">Q3 2025<td>0<td>0<td>0<td>1' in html
    assert "In all, from Q1 2025 to Q2 2026: 2 new pilots, 5 adoptions, 1 scale-up and 1 retirement." in text
    # one section per region, each with its chart
    assert (
        text.count("Nothing new this quarter.") == 2
        and 'id="sb-region-north"' in html
        and 'id="sb-region-south"' in html
    )
    # curves: fastest first (q gained a site over the year, p none), never-run r left out
    names = re.findall(r'class="sb-curve__name"><a href="[^"]+">([^<]+)</a>', html)
    assert names == ["Practice q", "Practice p"]
    assert "2 sites now · 1 more than a year ago" in text
    # the wave and the stories before it
    assert "Practice p, Q2 2025" in text
    assert "2 sites started running it:" in text
    wave = html[html.index('id="waves"') :]
    assert wave.index('href="../stories/a2/"') < wave.index('href="../stories/a1/"')


def test_the_momentum_charts_are_named_focusable_and_have_a_table() -> None:
    html = _page(_hub(), "momentum/index.md")
    charts = re.findall(r'<svg class="sb-(?:bars|line)[^"]*" role="img" tabindex="0" aria-labelledby="([^"]+)"', html)
    assert len(charts) == 1 + 2 + 2  # all sites, two regions, two practices
    for ids in charts:
        title, desc = ids.split()
        assert f'<title id="{title}">' in html and f'<desc id="{desc}">' in html
    assert html.count("<details") == 1 + 2 + 1  # the bars', each region's, the lines'
    assert '<caption class="sb-sr-only">' in html


def test_practice_page_draws_sites_running_on_its_spread_chart_and_tabulates_it() -> None:
    html = _page(_hub(ideas=False), "practices/p/index.md")
    assert '<path class="sb-spread__running"' in html
    assert "Sites running it at the end of each quarter: 3 now" in _text(html)
    rows = re.findall(r'<tr><th scope="row">(Q\d \d{4})<td>(\d+)<td>([^<\n]*)', html)
    assert rows == [
        ("Q1 2025", "1", "+1"),
        ("Q2 2025", "3", "+2"),
        ("Q3 2025", "2", "-1"),
        ("Q4 2025", "2", ""),
        ("Q1 2026", "3", "+1"),
        ("Q2 2026", "3", ""),
    ]


def test_site_page_has_a_timeline_of_its_own_steps_newest_first() -> None:
    html = _page(_hub(ideas=False), "sites/a/index.md")
    timeline = html[html.index('id="timeline"') :]
    items = re.findall(r'<li class="sb-event[^"]*">(.*?)<span class="sb-muted">', timeline, re.S)
    steps = [_text(li).strip() for li in items]
    assert steps == [
        "Adopted Practice p again",
        "Retired Practice p",
        "Adopted Practice p",
        "Started a pilot of Practice p",
    ]


def test_every_momentum_context_is_plain_data() -> None:
    from tests.test_places_views import plain

    for p in _views(_hub()).momentum_pages():
        assert plain(p.html.context, p.src) == []


def test_an_empty_hub_has_a_momentum_page_that_says_so() -> None:
    text = _text(_page(make_ledger({"a": "N"}, ["p"], []), "momentum/index.md"))
    assert "New this quarter: Q2 2026" in text
    assert "No site runs a practice yet." in text
    assert "No wave yet" in text


def test_the_momentum_page_at_10000_stories_stays_within_the_page_budget() -> None:
    """Quarters and regions are aggregated, lines are one path each, lists stop at a fixed length: the page does
    not grow with the number of stories (Material's frame adds about 30 KB to the 200 KB budget)."""
    import random

    rng = random.Random(3)
    sites = {f"site-{i:04d}": f"Region {i % 6}" for i in range(250)}
    practices = [f"practice-{i:03d}" for i in range(60)]
    start = dt.date(2021, 11, 1)
    stories = []
    for i in range(10_000):
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        stage = rng.choice(["pilot", "adopted", "adopted", "scaled", "retired"])
        refs = [f"s{rng.randrange(i):05d}"] if i and rng.random() < 0.6 else []
        stories.append(
            story(
                f"s{i:05d}",
                rng.choice(list(sites)),
                [rng.choice(practices)],
                date=day.isoformat(),
                stage=stage,
                inspired_by=refs,
            )
        )
    html = _page(make_ledger(sites, practices, stories), "momentum/index.md")
    assert len(html.encode()) < 170_000, len(html.encode())
    assert html.count('class="sb-curve"') == 60 and html.count('class="sb-wave"') == 12
    assert "earlier waves." in html


# --- the built sample hub (mkdocs build --strict, built once per session) ---


def test_the_sample_builds_a_momentum_page_linked_from_the_tabs_and_the_home_page(sample_site: Path) -> None:
    html = (sample_site / "momentum" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Momentum</h1>" in html
    tabs = re.search(r'<nav class="md-tabs".*?</nav>', html, re.S)
    assert tabs and re.search(r'<a href="\./" class="md-tabs__link[^"]*">\s*Momentum', tabs.group(0))
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'href="momentum/">How the snowball rolled, quarter by quarter</a>' in home
    for page in ("sites/kingsgate", "practices/paperless-loan-files"):
        other = (sample_site / page / "index.html").read_text(encoding="utf-8")
        assert re.search(r'<a href="\.\./\.\./momentum/" class="md-tabs__link', other), page


def test_the_sample_shows_the_snowball_rolling(sample_site: Path) -> None:
    """The sample's stories spread over many quarters, with pilots that became adoptions, a retirement of a
    running practice and at least two waves: the page a new hub owner sees first must show what it is for."""
    hub = load_hub(REPO)
    lg = Ledger(hub, [s for s in hub.stories.values() if not s.draft])
    m = Momentum(lg, dt.date(2026, 11, 27))
    counts = m.counts()
    assert len([c for c in counts if c.total]) >= 8
    assert sum(c.retirements for c in counts) >= 2
    pilots_adopted = [e for e in m.events if e.kind == "adoption" and not e.starts]
    assert len(pilots_adopted) >= 4
    assert any(e.kind == "retirement" and e.change == -1 for e in m.events)
    assert len(m.waves()) >= 2
    html = (sample_site / "momentum" / "index.html").read_text(encoding="utf-8")
    for w in m.waves():
        assert f'id="sb-wave-{w.practice}-{w.quarter}"' in html


def test_sample_practice_and_site_pages_show_their_momentum(sample_site: Path) -> None:
    practice = (sample_site / "practices" / "local-supplier-lunches" / "index.html").read_text(encoding="utf-8")
    assert '<path class="sb-spread__running"' in practice
    assert "Sites running it at the end of each quarter" in practice
    site = (sample_site / "sites" / "pinecrest" / "index.html").read_text(encoding="utf-8")
    assert 'id="timeline"' in site
    assert 'Retired <a href="../../practices/local-supplier-lunches/">Local supplier lunches</a>' in site


# --- the plan: the momentum page is a generated page like the others ---


def test_the_momentum_page_is_planned_and_a_new_story_updates_it(hub) -> None:  # type: ignore[no-untyped-def]
    from snowball.plan import changes
    from tests.conftest import VALID_FRONT
    from tests.test_plan import plan_of

    hub.story("berlin-paper")
    before = plan_of(hub)
    assert "momentum/index.md" in before
    # a body edit shows nowhere on the momentum page: it is not rendered again
    hub.story("berlin-paper", body="\n## What we tried\n\nScanning every new file, and the old ones.\n")
    assert "momentum/index.md" not in changes(before, plan_of(hub)).render
    # a new story at another site (a second adoption of the practice) is: counts, lines and waves change
    other = VALID_FRONT.replace("site: berlin", "site: porto").replace("anna-schmidt", "ines-carvalho")
    hub.story("porto-paper", other.replace("Paperless files in Berlin", "Paperless files in Porto"))
    c = changes(before, plan_of(hub))
    assert "momentum/index.md" in c.changed
    assert "sites/porto/index.md" in c.changed  # its timeline
