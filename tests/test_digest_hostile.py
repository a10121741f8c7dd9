"""The digest (issue 24) against hostile and unusual input: dates at the calendar's edges, output places that
cannot be written, a site_url or site_name in mkdocs.yml that is not what it should be, Markdown syntax in
names, wide and right-to-left text. Each test failed before its fix; every refusal is plain words and exit 2."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import stat
import subprocess
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.digest import (
    NEXT_SHOWN,
    PRACTICES_SHOWN,
    REACH_SHOWN,
    STORIES_PER_PRACTICE,
    THANKS_SHOWN,
    Period,
    digest_pages,
    make_digest,
    render_email,
    render_markdown,
    render_text,
)

from .conftest import SNOWBALL, Hub, run_cli
from .test_digest import SITE_URL, Links, parse, q3, sample

FRONT = (
    'title: "{title}"\nsummary: "A summary."\ndate: {date}\nsite: berlin\nchampions: [anna-schmidt]\n'
    "practices: [paperless-files]\nstage: adopted\n"
)


def with_story(hub: Hub, title: str = "Paperless in Berlin", date: str = "2026-10-05") -> Hub:
    hub.story("s", FRONT.format(title=title, date=date))
    return hub


def set_mkdocs(hub: Hub, key: str, value: str) -> None:
    """Replace one top-level line of the hub's mkdocs.yml (value is written as YAML)."""
    path = hub.root / "mkdocs.yml"
    text = re.sub(rf"^{key}:.*$", lambda _m: f"{key}: {value}", path.read_text(encoding="utf-8"), count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    # contacts keep their domain when site_url changes
    (hub.root / "snowball.yml").write_text("allowed_contact_domains: [harbourline.example]\n", encoding="utf-8")


def digest(hub: Hub, *args: str) -> object:
    return run_cli("--root", str(hub.root), "digest", *args)


def refused(result: object, words: str) -> None:
    assert result.code == 2, (result.code, result.err)  # type: ignore[attr-defined]
    assert words in result.err, result.err  # type: ignore[attr-defined]
    assert "Traceback" not in result.err and "bug in Snowball" not in result.err  # type: ignore[attr-defined]
    assert result.out == ""  # type: ignore[attr-defined]


# --- dates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--since", "9999-12-31", "--until", "9999-12-31"], "after today"),
        (["--since", "2026-02-29"], "--since '2026-02-29' is not a date: February 2026 has 28 days"),
        (["--since", "2026-04-31"], "April 2026 has 30 days"),
        (["--since", "2030-01-01", "--until", "2030-02-01"], "--since 2030-01-01 is after today (27 Nov 2026)"),
        (["--since", "２０２６-１０"], "--since '２０２６-１０' is not a date"),
        (["--since", "2026-q5"], "a quarter as YYYY-qN (2026-q4)"),
        (["--since", "2026-Q0"], "a quarter as YYYY-qN (2026-q4)"),
    ],
)
def test_dates_at_the_edges_are_refused_in_plain_words(hub: Hub, args: list[str], words: str) -> None:
    refused(digest(with_story(hub), *args), words)


def test_a_leap_day_and_a_thirty_year_span_work(hub: Hub) -> None:
    with_story(hub, date="2024-02-29")
    leap = digest(hub, "--since", "2024-02-29", "--until", "2024-02-29")
    assert leap.code == 0 and "1 new story on 29 Feb 2024, from every site." in leap.out
    span = digest(hub, "--since", "1996-01-01", "--until", "2026-11-27")
    assert span.code == 0 and "1 new story between 1 Jan 1996 and 27 Nov 2026" in span.out
    first = digest(hub, "--since", "0001-01-01")
    assert first.code == 0 and "1 new story between 1 Jan 1 and 27 Nov 2026" in first.out, first.err
    assert digest(hub, "--since", "0001-q1", "--until", "0001-01").code == 0
    last = digest(hub, "--since", "2024-01", "--until", "9999-q4")
    assert last.code == 0 and "1 new story between 1 Jan 2024 and 31 Dec 9999" in last.out, last.err


# --- where it writes -------------------------------------------------------------------------------------------


def test_dash_output_is_the_screen(hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = digest(with_story(hub), "--since", "2026-10", "-o", "-")
    assert result.code == 0 and result.out.startswith("Harbourline Snowball digest: 1 Oct 2026")
    assert not (tmp_path / "-").exists()


def test_output_in_a_missing_folder_or_a_folder_is_refused_in_plain_words(hub: Hub, tmp_path: Path) -> None:
    with_story(hub)
    missing = tmp_path / "no" / "such" / "d.html"
    refused(
        digest(hub, "--since", "2026-10", "-o", str(missing)),
        f"-o {missing}: the folder {missing.parent} does not exist",
    )
    refused(digest(hub, "--since", "2026-10", "-o", str(tmp_path)), f"-o {tmp_path}: is a folder; give a file name")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_in_a_read_only_folder_is_refused_in_plain_words(hub: Hub, tmp_path: Path) -> None:
    with_story(hub)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        refused(digest(hub, "--since", "2026-10", "-o", str(folder / "d.md")), "cannot be written")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_output_to_a_file_that_cannot_be_created_is_refused_in_plain_words(hub: Hub) -> None:
    refused(digest(with_story(hub), "--since", "2026-10", "-o", "/proc/d.html"), "-o /proc/d.html: cannot be written")


# --- mkdocs.yml: site_url and site_name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)//", "intranet.example/hubs/", "ftp://x.example/", "https://x.example/?a=1", "https://x.example/#top",
     "https://user:secret@x.example/", "https:///hubs/"],
)  # fmt: skip
def test_a_site_url_that_is_not_a_web_address_is_refused(hub: Hub, url: str) -> None:
    set_mkdocs(with_story(hub), "site_url", f"'{url}'")
    refused(digest(hub, "--since", "2026-10", "--format", "html"), f"site_url in mkdocs.yml is '{url}'")


@pytest.mark.parametrize(
    ("url", "story"),
    [
        ("https://intranet.example/hubs/snowball", "https://intranet.example/hubs/snowball/stories/s/"),
        ("https://intranet.example/hubs/snowball/", "https://intranet.example/hubs/snowball/stories/s/"),
        ("http://intranet.example", "http://intranet.example/stories/s/"),
        ("https://x.example/my hub (new)/", "https://x.example/my%20hub%20%28new%29/stories/s/"),
    ],
)
def test_a_site_url_with_a_path_or_odd_characters_gives_working_links(hub: Hub, url: str, story: str) -> None:
    set_mkdocs(with_story(hub), "site_url", f"'{url}'")
    html = digest(hub, "--since", "2026-10", "--format", "html")
    assert html.code == 0 and f'href="{story}"' in html.out
    md = digest(hub, "--since", "2026-10", "--until", "2026-10", "--format", "md")
    links = Links()
    links.feed(markdown.markdown(md.out))
    assert story in links.texts


def test_site_name_with_line_breaks_and_markup_stays_one_line_of_text(hub: Hub) -> None:
    set_mkdocs(with_story(hub), "site_name", '"<b>Hub</b> *x* ~~s~~\\n# Heading\\n1. list"')
    md = digest(hub, "--since", "2026-10", "--until", "2026-10", "--format", "md")
    assert md.code == 0 and md.out.startswith("# ") and md.out.splitlines()[1] == ""
    html = markdown.markdown(md.out)
    assert [t for t, _a, _p in parse(html).tags if t in ("h1", "ol", "del", "b")] == ["h1"]
    h1 = re.search("<h1>(.*)</h1>", html)
    assert h1 and h1[1] == "&lt;b&gt;Hub&lt;/b&gt; *x* &#126;&#126;s&#126;&#126; # Heading 1. list digest: October 2026"
    text = digest(hub, "--since", "2026-10", "--until", "2026-10")
    assert text.out.splitlines()[0] == "<b>Hub</b> *x* ~~s~~ # Heading 1. list digest: October 2026"


@pytest.mark.parametrize(
    ("char", "name"),
    [("\\e", "U+001B ESCAPE"), ("\\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("\\u200b", "U+200B ZERO WIDTH SPACE")],
)
def test_site_name_with_invisible_or_control_characters_is_refused(hub: Hub, char: str, name: str) -> None:
    set_mkdocs(with_story(hub), "site_name", f'"Hub{char}x"')
    refused(digest(hub, "--since", "2026-10"), f"site_name in mkdocs.yml contains {name}")


# --- Markdown, text and HTML renderings of names -------------------------------------------------------------


def renamed(title: str, site: str = "Porto Harbour Branch") -> object:
    """The sample's third quarter with one story's title and its site's name replaced."""
    lg = sample()
    s = next(s for s in lg.stories if s.slug == "kingsgate-ebike-leasing")
    sites = {**lg.hub.sites, s.site: dataclasses.replace(lg.hub.sites[s.site], name=site)}
    hub = dataclasses.replace(lg.hub, registries=dataclasses.replace(lg.hub.registries, sites=sites))
    return q3(type(lg)(hub, [dataclasses.replace(s, title=title) if x.slug == s.slug else x for x in lg.stories]))


MARKDOWN_TRAPS = ["~~gone~~", "$x^2$", "a | b | c", "# heading", "1. list", "- item", "+ item", "> quote", "=== x"]


@pytest.mark.parametrize("trap", MARKDOWN_TRAPS)
def test_markdown_syntax_in_names_is_shown_as_written(trap: str) -> None:
    md = render_markdown(renamed(trap, site=trap), site_url=SITE_URL)
    html = markdown.markdown(md, extensions=["tables"])
    assert not {t for t, _a, _p in parse(html).tags} & {"del", "table", "blockquote", "ol", "math"}
    assert "$x^2$" not in md and "~~" not in md.replace("\\~\\~", "")
    links = Links()
    links.feed(html)
    assert links.texts[SITE_URL + "stories/kingsgate-ebike-leasing/"] == trap


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Zl", "Zp")), min_size=1, max_size=40
    ).filter(str.strip)
)
def test_any_title_is_one_link_whose_text_is_the_title(title: str) -> None:
    title = " ".join(title.split())
    md = render_markdown(renamed(title), site_url=SITE_URL)
    links = Links()
    links.feed(markdown.markdown(md))
    assert links.texts[SITE_URL + "stories/kingsgate-ebike-leasing/"] == title


def test_text_headings_are_underlined_to_their_width_on_screen(hub: Hub) -> None:
    set_mkdocs(with_story(hub), "site_name", '"无纸化 🎉 Hub"')
    lines = digest(hub, "--since", "2026-10", "--until", "2026-10").out.splitlines()
    assert lines[0] == "无纸化 🎉 Hub digest: October 2026"
    assert lines[1] == "=" * (len(lines[0]) + 3 + 1)  # three wide letters and one wide emoji take two columns


def test_email_breaks_a_long_word_instead_of_widening_the_mail() -> None:
    html = render_email(renamed("Paperless" * 13), site_url=SITE_URL)
    wraps = [a["style"] for t, a, _p in parse(html).tags if "overflow-wrap:anywhere" in (a.get("style") or "")]
    assert len(wraps) >= 3  # the title's cell, the content's cell, the footer
    assert all(s.index("word-wrap:break-word") < s.index("overflow-wrap:anywhere") for s in wraps)  # aliases: last wins


def test_email_isolates_right_to_left_names_and_an_rtl_hub_writes_right_to_left() -> None:
    html = render_email(renamed("שלום עולם: תיקים ללא נייר"), site_url=SITE_URL)
    story = [a for t, a, _p in parse(html).tags if t == "a" and a["href"].endswith("kingsgate-ebike-leasing/")]
    assert story and all(a.get("dir") == "auto" for a in story)
    assert '<html lang="en" dir="ltr">' in html
    rtl = render_email(q3(), site_url=SITE_URL, language="he")
    assert '<html lang="he" dir="rtl">' in rtl and 'dir="rtl"' in rtl.split("<body", 1)[1]


# --- regions -------------------------------------------------------------------------------------------------------


def test_region_by_name_ignores_case_and_accents(hub: Hub) -> None:
    hub.registry("sites.yml", "- id: berlin\n  name: Berlin Mitte\n  region: Région Île-de-France\n  lead: anna-schmidt\n"
                 "- id: porto\n  name: Porto Harbour\n  region: Europe\n")  # fmt: skip
    with_story(hub)
    for given_name in ("région île-de-france", "REGION ILE-DE-FRANCE", "region-ile-de-france"):
        result = digest(hub, "--since", "2026-10", "--region", given_name)
        assert result.code == 0 and "from the sites of Région Île-de-France" in result.out, (given_name, result.err)


def test_make_digest_at_the_calendars_edges_does_not_crash() -> None:
    lg = sample()
    for start, end in ((dt.date(1, 1, 1), dt.date(1, 12, 31)), (dt.date(9999, 1, 1), dt.date(9999, 12, 31))):
        d = make_digest(lg, Period.between(start, end), hub_name="Hub", prepared=dt.date(2026, 11, 27))
        assert d.stories == 0 and render_text(d, site_url=SITE_URL)


def test_email_has_no_fixed_width_wider_than_a_phone() -> None:
    """A table 600 px wide by attribute or style keeps the mail 600 px wide on a 390 px phone: max-width only."""
    html = render_email(q3(), site_url=SITE_URL)
    for tag, attrs, _p in parse(html).tags:
        widths = [attrs.get("width") or "", *re.findall(r"(?:^|;)\s*width:\s*([^;]+)", attrs.get("style") or "")]
        assert all(w.strip() in ("", "100%") for w in widths), (tag, attrs)
    assert "max-width:600px" in html


CHROMIUM = Path(os.environ.get("SNOWBALL_CHROMIUM", "/usr/bin/chromium"))


# --- the hub's settings and the machine's clock --------------------------------------------------------------------


def test_a_language_babel_does_not_know_is_refused_in_words(hub: Hub) -> None:
    path = with_story(hub).root / "mkdocs.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("language: en", "language: xx"), encoding="utf-8")
    refused(digest(hub, "--since", "2026-10"), "theme.language in mkdocs.yml is 'xx'")


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("SOURCE_DATE_EPOCH", "abc", "SOURCE_DATE_EPOCH is 'abc'; expected a whole number of seconds since 1970"),
        ("SOURCE_DATE_EPOCH", "1e9", "SOURCE_DATE_EPOCH is '1e9'"),
        ("SNOWBALL_TODAY", "2026-13-01", "SNOWBALL_TODAY is '2026-13-01'; expected a day as YYYY-MM-DD"),
    ],
)
def test_a_pinned_today_that_is_no_date_is_refused_in_words(
    hub: Hub, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, words: str
) -> None:
    monkeypatch.delenv("SNOWBALL_TODAY", raising=False)
    monkeypatch.setenv(variable, value)
    refused(digest(with_story(hub), "--since", "2026-10"), words)


@pytest.mark.parametrize(("epoch", "day"), [("1796169599", "1 Dec 2026"), ("1796169600", "2 Dec 2026")])
def test_source_date_epoch_near_midnight_is_the_utc_day_in_any_time_zone(
    hub: Hub, monkeypatch: pytest.MonkeyPatch, epoch: str, day: str
) -> None:
    monkeypatch.delenv("SNOWBALL_TODAY", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        monkeypatch.setenv("TZ", zone)
        result = digest(with_story(hub), "--since", "2026-10")
        assert f"Prepared on {day} from" in result.out


# --- a busy period ---------------------------------------------------------------------------------------------------


def full_digest() -> object:
    """The sample's third quarter with every list at its cap, every title at the 120-character limit and every
    name 40 characters long: the biggest e-mail the digest writes for a hub with such names."""
    d = q3()
    line = dataclasses.replace(d.groups[0].stories[0], title=("Long title " * 12)[:120], site_name="S" * 40)
    group = dataclasses.replace(d.groups[0], name="P" * 40, stories=(line,) * STORIES_PER_PRACTICE, more=99)
    reach = dataclasses.replace(d.reach[0], name="P" * 40, joined=("S" * 40,) * 3)
    thanks = dataclasses.replace(d.thanks[0], name="C" * 40, site_name="S" * 40)
    suggestion = dataclasses.replace(
        d.next[0], site_name="S" * 40, practice_name="P" * 40, from_site="S" * 40, story=line
    )
    return dataclasses.replace(
        d,
        groups=(group,) * PRACTICES_SHOWN,
        reach=(reach,) * REACH_SHOWN,
        thanks=(thanks,) * THANKS_SHOWN,
        next=(suggestion,) * NEXT_SHOWN,
        more_practices=9,
        more_reach=9,
        more_thanks=9,
        more_next=9,
    )


def test_the_biggest_email_stays_under_gmails_clipping_size() -> None:
    """Gmail cuts a message after 102 KB and hides the rest behind "View entire message": the thanks and who to
    ask would be what readers miss. Styles every paragraph shares are set once, on the cell that holds them."""
    html = render_email(full_digest(), site_url=SITE_URL)
    assert html.count("<p ") > 250
    assert len(html.encode("utf-8")) < 100_000, len(html.encode("utf-8"))


# --- what is left out is said -----------------------------------------------------------------------------------------


def test_drafts_in_the_period_are_left_out_and_said_so(hub: Hub) -> None:
    hub.story("draft", FRONT.format(title="Not yet", date="2026-10-07") + "draft: true\n")
    hub.story("old-draft", FRONT.format(title="Older", date="2025-01-07") + "draft: true\n")
    result = digest(hub, "--since", "2026-10", "--until", "2026-10")
    assert result.code == 0 and "0 new stories in October 2026" in result.out
    assert "snowball digest: 1 draft in the period is left out (drafts are not published yet)" in result.err
    assert "2 drafts" not in result.err


def test_a_hub_without_stories_says_so_in_every_format(hub: Hub) -> None:
    for fmt in ("html", "md", "text"):
        result = digest(hub, "--since", "2026-10", "--until", "2026-10", "--format", fmt)
        assert result.code == 0 and "No new stories in this period." in result.out and result.err == ""


def test_the_screen_gets_utf8_whatever_the_terminals_encoding(hub: Hub) -> None:
    """A digest is a document: `snowball digest > mail.html` on a machine set to ASCII still writes it whole."""
    with_story(hub, title="Papierlose Akten – 无纸化 🎉")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "SNOWBALL_TODAY": "2026-11-27"}
    for extra in ([], ["-o", "-"]):
        proc = subprocess.run(
            [*SNOWBALL, "--root", str(hub.root), "digest", "--since", "2026-10", "--until", "2026-10", *extra],
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert "Papierlose Akten – 无纸化 🎉" in proc.stdout.decode("utf-8")


def test_the_output_files_extension_picks_the_format_in_any_case(hub: Hub, tmp_path: Path) -> None:
    assert digest(with_story(hub), "--since", "2026-10", "-o", str(tmp_path / "D.HTML")).code == 0
    assert (tmp_path / "D.HTML").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_chat_link_with_brackets_stays_one_markdown_link() -> None:
    d = q3()
    ask = "https://chat.harbourline.example/x?a=(1&b=2)x)"
    d = dataclasses.replace(d, next=(dataclasses.replace(d.next[0], ask_href=ask, ask_name="Ann"),))
    links = Links()
    links.feed(markdown.markdown(render_markdown(d, site_url=SITE_URL)))
    assert links.texts["https://chat.harbourline.example/x?a=%281&b=2%29x%29"] == "Ann"


@pytest.mark.parametrize("given_region", ["", "  "])
def test_an_empty_region_is_refused_not_read_as_every_site(hub: Hub, given_region: str) -> None:
    result = digest(with_story(hub), "--since", "2026-10", "--region", given_region)
    refused(
        result, f"--region {given_region!r} is not a region of registries/sites.yml; the regions are: africa (Africa)"
    )


def test_stories_from_year_one_and_9999_get_their_pages_not_a_crash_of_the_site() -> None:
    """`snowball validate` accepts a date of 0001-01-01 ('%Y' wrote that year as '1' on Linux, which is no month),
    and the preview shows drafts, whose dates may be far ahead (9999-Q4 ended on a day of year 10000)."""
    lg = sample()
    first = dataclasses.replace(lg.stories[-1], date=dt.date(1, 1, 1))
    last = dataclasses.replace(lg.stories[0], slug="far-ahead", date=dt.date(9999, 12, 31))
    stories = [last, *lg.stories[:-1], first]
    pages, entries = digest_pages(type(lg)(lg.hub, stories), hub_name="Hub", today=dt.date(2026, 11, 27))
    sources = {p.src for p in pages}
    assert {"digest/0001-01/index.md", "digest/0001-q1/index.md", "digest/9999-q4/index.md"} <= sources
    assert [e.name for e in entries[-2:]] == ["Q1 1", "January 1"] and entries[0].name == "Q4 9999"


@pytest.mark.parametrize("target", ["mkdocs.yml", "registries/sites.yml", "stories/s/index.md", "stories/new.md"])
def test_output_over_the_hubs_own_files_is_refused(hub: Hub, target: str) -> None:
    with_story(hub)
    before = (hub.root / target).read_bytes() if (hub.root / target).exists() else None
    refused(digest(hub, "--since", "2026-10", "-o", str(hub.root / target)), "is part of the hub")
    assert ((hub.root / target).read_bytes() if (hub.root / target).exists() else None) == before
