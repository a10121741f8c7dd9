"""The hub in its readers' language (issue 22): mkdocs.yml's theme.language turns every word Snowball shows.

The sample hub is built once per shipped language (module-scoped); the English words looked for are the
site catalog's msgids (snowball/locale/site.pot), never a hand-picked list, so a string added later is
checked as soon as `make i18n` has extracted it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.diagnostics import Report
from snowball.fields import _check_lang
from snowball.hub import load_hub
from snowball.i18n import LOCALE_DIR, catalog, language, missing, shipped_languages
from snowball.ledger import Ledger
from snowball.views import HubPages
from snowball.views.ideas import obstacle_of
from snowball.yamlread import Scalar

from .conftest import REPO, VALID_FRONT, Hub, mkdocs_bin, run_cli, run_process

SHIPPED = ["pt", "pt-BR", "es", "fr", "de"]  # theme.language values, as Material spells them
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def build_in(language_code: str, dest: Path) -> Path:
    """The sample hub copied to dest with theme.language set, built with --strict; returns the site folder."""
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("snowball.yml", "redirects.yml"):
        if (REPO / name).is_file():
            shutil.copy(REPO / name, dest / name)
    for folder in ("hooks", "theme_overrides", "registries", "stories"):
        shutil.copytree(REPO / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    config = (dest / "mkdocs.yml").read_text(encoding="utf-8")
    config, n = re.subn(r"(?m)^  language: .*$", f"  language: {language_code}", config)
    assert n == 1, "the sample mkdocs.yml names theme.language once"
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = run_process(mkdocs_bin(), "build", "--strict", cwd=dest, env={"SNOWBALL_CACHE": "off"}, timeout=300)
    assert result.code == 0, result.err
    return dest / "site"


@pytest.fixture(scope="module", params=SHIPPED)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    code = request.param
    return code, build_in(code, tmp_path_factory.mktemp(f"hub-{code}"))


# --- what the catalogs hold ------------------------------------------------------------------------------------


@cache
def english_messages() -> list[tuple[str, ...]]:
    """Every msgid of the site domain, as (singular,) or (singular, plural)."""
    with (LOCALE_DIR / "site.pot").open("rb") as f:
        return [m.id if isinstance(m.id, tuple) else (m.id,) for m in read_po(f) if m.id]


def translated(code: str, ids: tuple[str, ...]) -> set[str]:
    """Every form the language's catalog gives for a message."""
    t = catalog(code, "site")
    if len(ids) == 1:
        return {t.gettext(ids[0])}
    return {t.ngettext(ids[0], ids[1], n) for n in (0, 1, 2, 5, 1000000)}


def english_left(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """The English messages a page in this language must not show: each as a pattern (placeholders match any
    text), leaving out messages the language writes the same ("Total" in Spanish), English words that are the
    language's own word for another message (Portuguese "Data" is "Date", not "Data") and those with under four
    letters of their own (a bare " and " or "%(n)s" says nothing about the page's language)."""
    own_words = {text for ids in english_messages() for text in translated(code, ids)}
    out = []
    for ids in english_messages():
        same = translated(code, ids)
        for msgid in ids:
            if msgid in same or msgid in own_words or len(re.sub(r"[^A-Za-z]", "", PLACEHOLDER.sub("", msgid))) < 4:
                continue
            parts = [re.escape(p.strip()) for p in PLACEHOLDER.split(msgid)[::2]]
            body = r"\s*.+?\s*".join(p for p in parts if p) if parts else ""
            out.append((msgid, re.compile(r"(?<![\w])" + body + r"(?![\w])")))
    return out


@cache
def content_strings() -> list[str]:
    """Everything the hub's own content says (titles, summaries, registry names ...): written by champions in
    English in the sample hub, it is masked before a page is searched for English UI words."""
    hub = load_hub(REPO)
    found: set[str] = {"Harbourline Snowball"}
    for s in hub.stories.values():
        found |= {s.title, s.summary, s.image_alt or "", s.slug}
        for o in s.outcomes:
            found |= {o.label, o.value, o.before or "", o.after or "", o.unit or ""}
    for site in hub.sites.values():
        found |= {site.name, site.region}
    for p in hub.practices.values():
        found |= {p.name, p.description, p.category or ""}
    for c in hub.champions.values():
        found |= {c.name, c.contact or "", c.name.split()[0]}
    for t in hub.tags.values():
        found |= {t.label, t.description or ""}
    for s in hub.stories.values():  # practice pages quote each story's "What got in the way" in its own words
        found.add((obstacle_of(s.body) or ("", ""))[1])
    return sorted((f for f in found if len(f.strip()) >= 3), key=len, reverse=True)


def visible_ui_text(page: str) -> str:
    """What a reader reads of Snowball's own words on a page: the content area and the footer, as text and the
    labels people hear (aria-label, title, alt), with the story's body and every content string masked."""
    parts = re.findall(r'<article class="md-content__inner md-typeset">(.*?)</article>', page, re.S)
    parts += re.findall(r'<div class="md-copyright sb-footer">(.*?)</div>', page, re.S)
    text = "\n".join(parts)
    text = re.sub(r'<div class="sb-story-body">.*?</div>\s*<section class="sb-lineage">', "", text, flags=re.S)
    text = re.sub(r"<script.*?</script>", "", text, flags=re.S)
    text = re.sub(
        r"<svg.*?</svg>", lambda m: " ".join(re.findall(r"<title>(.*?)</title>", m.group(0))), text, flags=re.S
    )
    labels = re.findall(r'(?:aria-label|title|alt|data-label)="([^"]*)"', text)
    text = re.sub(r"<[^>]+>", "\n", text) + "\n" + "\n".join(labels)
    text = html.unescape(text)
    for s in content_strings():
        text = text.replace(s, "◊")
    return re.sub(r"[ \t\u00a0\u202f]+", " ", text)


def generated_pages(site: Path) -> list[Path]:
    """Every page the build wrote except the contribute pages (the gate domain's) and the search worker."""
    return [p for p in sorted(site.rglob("*.html")) if not p.relative_to(site).as_posix().startswith("contribute/")]


# --- the tests ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", shipped_languages("site"))
def test_every_shipped_language_translates_every_site_message(tag: str) -> None:
    """A shipped language misses nothing of the site domain (`make i18n-check` prints the same list)."""
    assert missing(tag, "site") == [], f"{tag} has no translation for these site messages"


def test_the_shipped_languages_are_the_ones_the_readme_names() -> None:
    assert shipped_languages("site") == ["de", "es", "fr", "pt", "pt_BR"]


def test_no_english_ui_word_on_any_page(built: tuple[str, Path]) -> None:
    code, site = built
    patterns = english_left(code)
    assert len(patterns) > 150, "the English messages come from the catalog, not a short hand-picked list"
    found: dict[str, set[str]] = {}
    for path in generated_pages(site):
        text = visible_ui_text(path.read_text(encoding="utf-8"))
        for msgid, pattern in patterns:
            if pattern.search(text):
                found.setdefault(msgid, set()).add(path.relative_to(site).as_posix())
    assert found == {}, f"English on {code} pages: " + "; ".join(f"{m!r} on {sorted(p)[:3]}" for m, p in found.items())


def test_pages_say_their_language_and_write_dates_in_it(built: tuple[str, Path]) -> None:
    code, site = built
    lang = language(code)
    home = (site / "index.html").read_text(encoding="utf-8")
    material = re.search(r'<html lang="([^"]+)"', home)  # Material's own: "pt" for pt-BR
    assert material and material.group(1).split("-")[0] == code.split("-")[0]
    assert f'id="sb-labels" data-lang="{code}"' in home  # the scripts' language, region included
    story = next(iter(load_hub(REPO).stories.values()))
    page = (site / "stories" / story.slug / "index.html").read_text(encoding="utf-8")
    shown = re.search(rf'<time datetime="{story.date.isoformat()}">([^<]*)</time>', page)
    assert shown and html.unescape(shown.group(1)) == lang.date(story.date)
    english_month = dt.date(2024, 3, 1).strftime("%b")  # no English month abbreviation where it differs
    assert lang.date(dt.date(2024, 3, 12)) != "12 Mar 2024" and (english_month not in lang.months()[2] or code == "fr")
    index = json.loads((site / "stories" / "index.json").read_text(encoding="utf-8"))
    assert index["months"] == lang.months() and index["date"] == lang.date_pattern


def test_labels_json_holds_every_script_word_translated(built: tuple[str, Path]) -> None:
    """Every page carries the scripts' words in its language, keyed by the English msgid; none is English."""
    code, site = built
    page = (site / "stories" / "index.html").read_text(encoding="utf-8")
    raw = re.search(r'<script type="application/json" id="sb-labels"[^>]*>(.*?)</script>', page, re.S)
    assert raw, "no labels on the listing page"
    labels = json.loads(raw.group(1))
    with (LOCALE_DIR / "site.pot").open("rb") as f:
        script_messages = [m for m in read_po(f) if m.id and any(p.endswith(".js") for p, _ in m.locations)]
    assert script_messages, "the catalog locates the scripts' words in their .js files"
    for m in script_messages:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        if m.context:  # tp("filter", "site"): keyed "filter\x04site", as gettext keys a message with a context
            same = {catalog(code, "site").pgettext(m.context, m.id)} & set(ids)
            key = f"{m.context}\x04{m.id}"
        else:
            same, key = translated(code, ids) & set(ids), ids[0]
        if same:
            continue  # written the same in this language: nothing to carry
        value = labels.get(key)
        assert value is not None, f"{code}: the labels miss {key!r}"
        forms = list(value.values()) if isinstance(value, dict) else [value]
        assert not set(forms) & set(ids), f"{code}: {ids[0]!r} is English in the labels"


def test_feeds_say_their_language(built: tuple[str, Path]) -> None:
    code, site = built
    feed = (site / "feeds" / "all.xml").read_text(encoding="utf-8") if (site / "feeds" / "all.xml").exists() else ""
    feed = feed or next((site / "feeds").rglob("*.xml")).read_text(encoding="utf-8")
    assert f'xml:lang="{code}"' in feed


def test_an_english_hub_has_no_labels_and_english_dates() -> None:
    """English is the source language: nothing to carry to the scripts, and "12 Mar 2024" stays."""
    from snowball.i18n import labels_json

    assert labels_json("en") == ""
    assert language("en").date(dt.date(2024, 3, 12)) == "12 Mar 2024"
    assert language("en").plural(1000, "story", "stories") == "1,000 stories"


def test_a_language_snowball_does_not_ship_falls_back_to_english_words_with_its_own_dates() -> None:
    it = language("it")
    assert it.gettext("Latest stories") == "Latest stories"
    assert it.date(dt.date(2024, 3, 12)) == "12 mar 2024"
    assert it.number(10000) == "10.000"


def test_regional_portuguese_falls_back_to_european_portuguese_then_english() -> None:
    br, pt = language("pt-BR"), language("pt")
    assert br.gettext("Share your story") == "Compartilhe sua história"  # Brazil's own
    assert br.gettext("Latest stories") == pt.gettext("Latest stories") == "Histórias mais recentes"  # from pt
    assert pt.plural(0, "story", "stories") == "0 histórias" and br.plural(1, "story", "stories") == "1 história"
    assert br.js_labels()["%(num)s story"]["one"] == "%(num)s história"
    assert pt.date(dt.date(2024, 3, 12)) == "12 de março de 2024"


# --- a story in another language: front matter `lang` -----------------------------------------------------------


def _diagnostics(hub: Hub) -> list[dict[str, object]]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json")
    return list(json.loads(result.out)["diagnostics"])


@pytest.mark.parametrize(("value", "words"), [("english", "is not a language tag"), ("xq", "names no known language")])
def test_a_wrong_lang_is_a_located_error_saying_what_to_write(hub: Hub, value: str, words: str) -> None:
    hub.story("s", front=VALID_FRONT + f"lang: {value}\n")
    (d,) = [d for d in _diagnostics(hub) if d["field"] == "lang"]
    assert (d["severity"], d["code"], d["line"]) == ("error", "invalid-value", 9)
    assert d["message"] == f"'lang' {words}: '{value}'"
    assert "en, pt-BR" in str(d["hint"])


@given(st.sampled_from(["en", "pt-BR", "fr", "de-CH", "sr-Latn", "es-419", "de-CH-1996"]))
@settings(max_examples=7, deadline=None)
def test_well_formed_tags_of_known_languages_pass(value: str) -> None:
    report = Report("stories/s/index.md")
    assert _check_lang(value, Scalar(value, 9, 7, True), report, "lang") == value and not report.items


def test_lang_marks_the_storys_own_words_and_its_card(hub: Hub) -> None:
    """Snowball's words around the story stay in the hub's language; the story's own words say theirs."""
    hub.story("s", front=VALID_FRONT + "lang: en-GB\n")
    loaded = load_hub(hub.root)
    story = loaded.stories["s"]
    assert story.lang == "en-GB"
    views = HubPages(Ledger(loaded, list(loaded.stories.values())), site_name="Hub", today=story.date,
                     language_code="de")  # fmt: skip
    page = views.story(story, "<p>Body</p>", None)
    assert '<h1 lang="en-GB">' in page and '<div class="sb-story-body" lang="en-GB">' in page
    assert "<dt>Standort</dt>" in page  # the hub's words: German
    card = views.cards([story], "stories/").__html__()
    assert '<h3 class="sb-card__title" lang="en-GB">' in card and '<p class="sb-card__summary" lang="en-GB">' in card
    row = json.loads(views.story_index())["stories"][0]
    assert row[12] == "en-GB"  # the listing script marks its cards the same way
    from snowball.feeds import atom_feed

    feed = atom_feed([story], feed_path="feeds/all.xml", title="Hub", site_url="", updated=story.date,
                     names=views.names, lang="de")  # fmt: skip
    assert 'xml:lang="de"' in feed and '<entry xml:lang="en-GB">' in feed
    schema = json.loads(run_cli("schema").out)
    assert schema["properties"]["lang"]["pattern"].startswith("^[A-Za-z]{2,3}")


# --- the preview's panels and the redirect pages, which the built site does not show ---------------------------


def test_the_preview_panels_speak_the_hubs_language() -> None:
    from snowball.diagnostics import Diagnostic
    from snowball.views import error_panel, unshown_banner, unshown_stories

    problem = Diagnostic("stories/s/index.md", 3, 1, "error", "empty-value", "'title' is empty", "title", "fix it")
    panel = error_panel("stories/s/index.md", [problem], "de")
    assert "Das kann erst angezeigt werden, wenn stories/s/index.md korrigiert ist" in panel
    assert "<strong>Fehler</strong>" in panel and "Tipp: fix it" in panel
    banner = unshown_banner("", unshown_stories({"s": (problem,), "t": (problem,)}), "pt")
    assert "Não é possível mostrar 2 histórias" in banner and "Ficam fora de todas as listas" in banner
    assert ", linha 3" in banner


def test_a_redirect_page_speaks_the_hubs_language() -> None:
    from snowball.redirects import redirect_html

    page = redirect_html("/stories/new/", "fr")
    assert '<html lang="fr">' in page and "<title>Cette page a changé d&#x27;adresse</title>" in page
    assert 'Cette page se trouve désormais à l&#x27;adresse <a href="/stories/new/">/stories/new/</a>.' in page
    assert '<html lang="en">' in redirect_html("/x/") and "This page has moved to" in redirect_html("/x/")


def test_who_to_ask_still_says_a_first_adopter_retired_it() -> None:
    """English stays as it was: a first adopter that stopped is "First to adopt it, <date>, retired since"."""
    loaded = load_hub(REPO)
    ledger = Ledger(loaded, [s for s in loaded.stories.values() if not s.draft])
    views = HubPages(ledger, site_name="Hub", today=dt.date(2026, 12, 6))
    practice = next(p for p in sorted(loaded.practices) if (a := ledger.practice_adoptions(p)) and not a[0].live)
    first = ledger.practice_adoptions(practice)[0]
    html_text = views.practice(practice).html.text
    assert f"First to adopt it, {language('en').date(first.first_date)}, retired since" in html_text


# --- momentum, digests and their feed: quarters, months and the e-mail digest in the hub's language ---------


@pytest.mark.parametrize(
    ("code", "month", "quarter"),
    [
        ("en", "November 2026", "Q4 2026"),
        ("pt", "novembro de 2026", "T4 2026"),
        ("pt-BR", "novembro de 2026", "T4 2026"),
        ("es", "noviembre de 2026", "T4 2026"),
        ("fr", "novembre 2026", "T4 2026"),
        ("de", "November 2026", "Q4 2026"),
    ],
)
def test_months_and_quarters_are_named_in_the_hubs_language(code: str, month: str, quarter: str) -> None:
    """CLDR's words and order: a Spanish reader sees "noviembre de 2026", never "noviembre 2026" or "Q4"."""
    from snowball.digest import Period, period_name
    from snowball.momentum import quarter_text

    assert period_name(Period.month("2026-11"), code) == month
    assert period_name(Period.quarter("2026-q4"), code) == quarter == quarter_text("2026-Q4", language(code).locale)
    day = period_name(Period.between(dt.date(2026, 11, 3), dt.date(2026, 11, 3)), code)
    assert day == language(code).date(dt.date(2026, 11, 3))


def test_momentum_and_digest_pages_name_quarters_and_months_in_the_hubs_language(built: tuple[str, Path]) -> None:
    code, site = built
    lang = language(code)
    momentum = visible_ui_text((site / "momentum" / "index.html").read_text(encoding="utf-8"))
    index = visible_ui_text((site / "digest" / "index.html").read_text(encoding="utf-8"))
    story = max(load_hub(REPO).stories.values(), key=lambda s: s.date)
    from snowball.digest import Period, period_name

    month = period_name(Period.month(f"{story.date:%Y-%m}"), code)
    assert month in index and lang.months("wide")[story.date.month - 1] in month
    if code != "de":  # German writes quarters as English does ("Q4 2026"); the others do not
        assert not re.search(r"\bQ[1-4] \d{4}\b", momentum + index), "an English quarter label"
        assert re.search(r"\bT[1-4] \d{4}\b", momentum) and re.search(r"\bT[1-4] \d{4}\b", index)
    bars = (site / "momentum" / "index.html").read_text(encoding="utf-8")
    sep = lang.gettext("%(quarter)s: %(counts)s", quarter="", counts="")  # French: a no-break space before ":"
    assert re.search(r"<title>[QT][1-4] \d{4}" + re.escape(sep), bars), "the bars' tooltips in the language"
    page = (site / "digest" / f"{story.date:%Y-%m}" / "index.html").read_text(encoding="utf-8")
    assert f"<h1>{html.escape(lang.gettext('Digest: %(period)s', period=month))}</h1>" in page


def test_the_digest_feed_speaks_the_hubs_language(built: tuple[str, Path]) -> None:
    code, site = built
    lang = language(code)
    feed = (site / "feeds" / "digest.xml").read_text(encoding="utf-8")
    assert f'xml:lang="{code}"' in feed
    title = html.escape(lang.gettext("%(hub)s: digests", hub="Harbourline Snowball"), quote=False)
    assert f"<title>{title}</title>" in feed and "digests</title>" not in feed
    entries = re.findall(r"<entry>\s*<title>([^<]*)</title>", feed)
    word = lang.gettext("Digest: %(period)s", period="").strip()
    assert entries and all(e.startswith(html.escape(word, quote=False)) for e in entries)


def _reader_words(out: str) -> str:
    """What a reader reads in a digest e-mail (HTML, Markdown or text): no markup, no addresses, no hub content."""
    out = re.sub(r"<[^>]+>", "\n", out)
    out = html.unescape(re.sub(r"\]\([^)]*\)", "]", out))
    out = re.sub(r"\\(.)", r"\1", out)  # Markdown's escapes
    out = re.sub(r"(?:https?://|mailto:)\S+|\S*/\S*", " ", out)
    for s in content_strings():
        out = out.replace(s, "◊")
    return out


def test_snowball_digest_writes_every_format_in_the_hubs_language(built: tuple[str, Path]) -> None:
    """The CLI reads theme.language from the hub's mkdocs.yml: headings, stages, counts and dates in it."""
    code, site = built
    from snowball.digest import Period, period_name

    lang = language(code)
    patterns = english_left(code)
    quarter = period_name(Period.quarter("2026-q3"), code)
    for fmt in ("html", "md", "text"):
        result = run_cli("--root", str(site.parent), "digest", "--since", "2026-q3", "--until", "2026-q3",
                         "--format", fmt)  # fmt: skip
        assert result.code == 0, result.err
        words = _reader_words(result.out)
        assert lang.gettext("New stories") in words and lang.gettext("Who could adopt next") in words
        assert lang.gettext("in %(quarter)s", quarter=quarter) in words  # "no T3 2026", "au T3 2026"
        left = [msgid for msgid, pattern in patterns if pattern.search(words)]
        assert left == [], f"English in the {fmt} digest of a {code} hub: {left}"


def test_the_tabs_the_shipped_nav_names_speak_the_hubs_language(built: tuple[str, Path]) -> None:
    """mkdocs.yml's nav titles (Stories, Sites, ...) are Snowball's words until a hub writes its own."""
    code, site = built
    lang = language(code)
    home = (site / "index.html").read_text(encoding="utf-8")
    tabs = [html.unescape(t) for t in re.findall(r'md-tabs__link">\s*([^<]*?)\s*<', home)]
    assert tabs and lang.gettext("Stories") in tabs and lang.gettext("Share your story") in tabs
    english = {w for w in ("Stories", "Sites", "Regions", "Share your story") if lang.gettext(w) != w}
    assert not english & set(tabs), tabs  # (French "Sites" is French too)


def test_a_hubs_own_nav_title_stays_as_written() -> None:
    from snowball.views.common import nav_title

    assert nav_title("Histórias de sucesso", language("pt")) == "Histórias de sucesso"
    assert nav_title("Stories", language("pt")) == "Histórias"
