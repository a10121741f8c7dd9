"""The champions' and editors' side of the hub's language (issue 22): the validator, `snowball new`, the story
form and the written guide speak theme.language of mkdocs.yml through the "gate" catalog; folder names come
from one slug function for every script; registries may name things per language."""

from __future__ import annotations

import ast
import dataclasses
import html
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.contract import SLUG_RE, STAGE_MEANINGS, contract_messages
from snowball.formdata import FORM_LABELS, form_data
from snowball.gate import GATE_KEYWORDS, GATE_SOURCES, use_language
from snowball.guide import guide_markdown, story_form_html
from snowball.hub import load_hub, scan_stories
from snowball.i18n import LOCALE_DIR, catalog
from snowball.importers.common import slugify as importer_slugify
from snowball.registries import load_registries
from snowball.slugs import browser_table, slugify, story_slug
from snowball.urls import story_address_taken

from .conftest import REPO, SNOWBALL, VALID_FRONT, Hub, run_cli

SHIPPED = (
    "pt",
    "de",
    "fr",
    "es",
)  # every gate message translated, checked below; other languages fall back to English per message


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """Messages speak the language of the last hub read in this process: put English back for other tests."""
    yield
    use_language("en")


def speak(hub: Hub, language: str) -> None:
    """Set theme.language in the hub's mkdocs.yml (the only place the hub's language is set)."""
    path = hub.root / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^  language: .*$", f"  language: {language}", text), encoding="utf-8")


BROKEN = VALID_FRONT.replace('summary: "We moved loan files to the document system."\n', "summry: oops\n").replace(
    "site: berlin", "site: nowhere"
)


# ---- the validator ----------------------------------------------------------------------------------------------


def test_validate_speaks_portuguese_when_the_hub_does(hub: Hub) -> None:
    hub.story("broken", BROKEN)
    english = run_cli("--root", str(hub.root), "validate")
    speak(hub, "pt")
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == english.code == 1
    assert "erro [summary] falta o campo obrigatório 'summary' (missing-field)" in result.out
    assert "erro [summry] campo desconhecido 'summry' (unknown-field)" in result.out
    assert "    sugestão: quis dizer 'summary'?" in result.out
    assert "unidade desconhecida 'nowhere' (unknown-reference)" in result.out
    assert "3 erros, 0 avisos em 1 história" in result.out or "3 erros, 0 avisos" in result.out
    assert "required field" not in result.out and "hint:" not in result.out
    # the English hub says it in English, word for word as before
    assert "error [summary] required field 'summary' is missing (missing-field)" in english.out
    assert "    hint: did you mean 'summary'?" in english.out


def test_every_output_format_carries_the_translated_words(hub: Hub) -> None:
    hub.story("broken", BROKEN)
    speak(hub, "pt")
    data = json.loads(run_cli("--root", str(hub.root), "validate", "--format", "json").out)
    messages = {d["code"]: d for d in data["diagnostics"]}
    assert messages["unknown-field"]["message"] == "campo desconhecido 'summry'"
    assert messages["unknown-field"]["hint"] == "quis dizer 'summary'?"
    github = run_cli("--root", str(hub.root), "validate", "--format", "github").out
    assert "campo desconhecido 'summry'%0Asugestão: quis dizer 'summary'?" in github


def test_a_regional_tag_falls_back_to_its_language_and_an_unknown_one_to_english(hub: Hub) -> None:
    hub.story("broken", BROKEN)
    speak(hub, "pt-BR")  # no pt_BR catalog: Portuguese
    assert "campo desconhecido 'summry'" in run_cli("--root", str(hub.root), "validate").out
    speak(hub, "xx")  # no catalog at all: English, never a failure
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 1 and "unknown field 'summry'" in result.out


def test_clean_hub_says_all_good_in_portuguese(hub: Hub) -> None:
    hub.story("good")
    speak(hub, "pt")
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 0
    assert "tudo bem: nenhum problema em 1 história" in result.out


# ---- the catalogs -----------------------------------------------------------------------------------------------


def gate_template() -> Catalog:
    """Every message the gate shows, read from its sources as extraction does (plus the contract's words)."""
    catalog = Catalog(domain="gate")
    for source in GATE_SOURCES:
        method = "javascript" if source.endswith(".js") else "python"
        with (REPO / source).open("rb") as f:
            for lineno, message, _comments, _context in extract(method, f, keywords=GATE_KEYWORDS):
                catalog.add(message, locations=[(source, lineno)])
    for text in contract_messages():
        catalog.add(text, locations=[("snowball/contract.py", 0)])
    return catalog


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\(\w+\)[sdr]", text))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_gate_message_is_translated(language: str) -> None:
    """Lists what is missing, so whoever adds a message sees exactly which ones to translate."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / "gate.po").open("rb") as f:
        po = read_po(f, locale=language, domain="gate")
    missing, wrong = [], []
    for message in gate_template():
        if not message.id:
            continue
        found = po.get(message.id)
        strings = [found.string] if found and isinstance(found.string, str) else list(found.string if found else [])
        if not found or not all(strings):
            missing.append(message.id)
            continue
        source = message.id if isinstance(message.id, str) else message.id[1]
        plural = not isinstance(message.id, str)
        # a plural may leave out the number (one form says "um"); a message must keep every placeholder
        allowed = placeholders(source) | {"%(n)s"} if plural else placeholders(source)
        wrong += [
            (message.id, t)
            for t in strings
            if not placeholders(t) <= allowed or not placeholders(t) >= (set() if plural else placeholders(source))
        ]
    assert not missing, f"{len(missing)} gate messages without a {language} translation:\n" + "\n".join(
        map(repr, missing)
    )
    assert not wrong, f"placeholders differ from the English: {wrong}"


def literal_messages(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every tr/ntr/N_ call with a literal message in a gate source, read by Python's own
    parser, so a call inside an f-string is found too (Babel's extraction does not look inside them)."""
    for node in ast.walk(ast.parse((REPO / source).read_text(encoding="utf-8"))):
        marked = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "ntr", "N_")
        if marked and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            yield node.lineno, node.args[0].value


def test_every_message_the_gate_shows_reaches_the_catalog() -> None:
    """A message extraction misses is shown in English in every hub, with no test to say so."""
    extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in gate_template()}
    missed = [
        (source, line, text)
        for source in GATE_SOURCES
        if source.endswith(".py")
        for line, text in literal_messages(source)
        if text and text not in extracted
    ]
    assert not missed


def test_extraction_skips_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """Babel skips an f-string with substitutions inside a marked call (and says so only on stderr)."""
    gate_template()
    assert "warning" not in capfd.readouterr().err


def test_the_story_form_speaks_the_hub_language(hub: Hub) -> None:
    use_language("pt")
    pt = catalog("pt", "gate")
    form = story_form_html(load_registries(hub.root)[0])
    for english in ("Write your story here", "Your story", "Open in the web editor", "Search by name", "required"):
        assert pt.gettext(english) != english, english
        assert html.escape(pt.gettext(english)) in form, english
        assert f">{html.escape(english)}<" not in form, english


@pytest.mark.parametrize(("language", "written"), [("en", "1,250"), ("de", "1.250"), ("fr", "1\u202f250")])
def test_the_form_counts_a_registry_as_the_hub_language_writes_numbers(hub: Hub, language: str, written: str) -> None:
    """ "1,250" reads as one and a quarter in German: the pickers' counts are grouped the language's way."""
    use_language(language)
    registries = load_registries(hub.root)[0]
    champion = next(iter(registries.champions.values()))
    many = dataclasses.replace(registries, champions={f"c{i}": champion for i in range(1250)})
    form = story_form_html(many)
    champions = catalog(language, "gate").gettext("%(n)s champions") % {"n": written}
    assert champions in form
    assert language == "en" or "1,250" not in form


@pytest.mark.parametrize("language", SHIPPED)
def test_what_snowball_loads_is_what_the_po_says(language: str) -> None:
    """The catalog Snowball reads at run time (compiled .mo, or the .po itself) says what translators wrote."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / "gate.po").open("rb") as f:
        po = read_po(f, locale=language, domain="gate")
    loaded = catalog(language, "gate")
    for message in po:
        if not message.id:
            continue
        if isinstance(message.id, str):
            assert loaded.gettext(message.id) == message.string, message.id
        else:
            assert loaded.ngettext(message.id[0], message.id[1], 1) == message.string[0], message.id
            assert loaded.ngettext(message.id[0], message.id[1], 5) == message.string[1], message.id


def test_form_script_words_are_the_form_labels() -> None:
    """The script's t("...") words and FORM_LABELS (what the page sends translated) are the same list."""
    with (REPO / "theme_overrides/assets/snowball-form.js").open("rb") as f:
        in_script = {m for _l, m, _c, _x in extract("javascript", f, keywords={"t": None})}
    assert in_script == set(FORM_LABELS)


def test_form_data_speaks_the_hub_language() -> None:
    use_language("pt")
    data = form_data()
    assert data["messages"]["empty"] == "'{name}' está vazio"
    assert data["messages"]["too_long"] == "'{name}' tem {n} caracteres; o limite é {max}"
    assert data["labels"]["Outcome removed."] == "Resultado retirado."
    assert data["body_sections"][0][0] == "O que experimentámos"
    use_language("en")
    english = form_data()
    assert english["messages"]["empty"] == "'{name}' is empty" and english["labels"] == {}


def test_written_guide_speaks_the_hub_language(hub: Hub) -> None:
    use_language("pt")
    registries = load_registries(hub.root)[0]
    text = guide_markdown(registries)
    assert text.startswith("# Partilhe a sua história: o guia escrito")
    assert "| `missing-field` | Falta um campo obrigatório. |" in text
    assert "| `title` | sim | O título da história, em texto simples. No máximo 120 caracteres. |" in text


# ---- snowball new -----------------------------------------------------------------------------------------------


def test_snowball_new_asks_in_portuguese(hub: Hub) -> None:
    speak(hub, "pt")
    answers = (
        "Menos papel no Porto\nPassámos os processos de crédito para o sistema documental.\n2\n2\n2\n\n"
        "Digitalizámos cada processo novo.\n\n\n"
    )
    proc = subprocess.run(
        [*SNOWBALL, "--root", str(hub.root), "new"],
        input=answers,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=hub.root,
    )
    assert "Título (texto simples, até 120 caracteres): " in proc.stdout
    assert "Resumo (uma ou duas frases, até " in proc.stdout
    assert "Unidade (um número ou id): " in proc.stdout
    assert "Embaixadores (números ou ids, separados por vírgulas): " in proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "criado stories/menos-papel-no-porto/index.md" in proc.stdout
    story = (hub.root / "stories" / "menos-papel-no-porto" / "index.md").read_text(encoding="utf-8")
    assert "## O que experimentámos" in story  # the headings in the hub's language


def test_every_stage_meaning_is_a_gate_message() -> None:
    """`snowball new` lists the stages with their meanings, so the meanings are the gate's words too."""
    extracted = {m.id for m in gate_template()}
    assert set(STAGE_MEANINGS.values()) <= extracted


def test_snowball_new_offers_the_stages_in_portuguese(hub: Hub) -> None:
    speak(hub, "pt")
    answers = "Menos papel\nPassámos os processos para o sistema.\n2\n2\n2\n\nDigitalizámos.\n\n\n\n1\n"
    proc = subprocess.run(
        [*SNOWBALL, "--root", str(hub.root), "new"],
        input=answers,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=hub.root,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pt = catalog("pt", "gate")
    for stage, meaning in STAGE_MEANINGS.items():
        assert pt.gettext(meaning) != meaning, meaning
        assert f"{stage:<28} {pt.gettext(meaning)}\n" in proc.stdout
    assert "Stage (Enter for" not in proc.stdout
    assert "stage: idea" in (hub.root / "stories" / "menos-papel" / "index.md").read_text(encoding="utf-8")


def test_snowball_new_without_answers_says_what_is_missing_in_portuguese(hub: Hub) -> None:
    speak(hub, "pt")
    result = run_cli("--root", str(hub.root), "new", "--no-input", "--title", "Olá")
    assert result.code == 2
    assert "snowball new: falta --summary, --site, --champions, --practices (indique-os como opções ou respostas)" in (
        result.err
    )


def test_snowball_new_names_a_cyrillic_story_readably(hub: Hub) -> None:
    result = run_cli(
        "--root",
        str(hub.root),
        "new",
        "--no-input",
        "--title",
        "Безбумажные кредитные дела",
        "--summary",
        "Мы перевели кредитные дела в систему документов.",
        "--site",
        "berlin",
        "--champions",
        "anna-schmidt",
        "--practices",
        "paperless-files",
        "--tried",
        "Сканировали каждое новое дело.",
    )
    assert result.code == 0, result.out + result.err
    assert (hub.root / "stories" / "bezbumazhnye-kreditnye-dela" / "index.md").is_file()


# ---- folder names -----------------------------------------------------------------------------------------------

TITLES = {
    "de": ("Größere Effizienz in der Filiale Köln", "grossere-effizienz-in-der-filiale-koln"),
    "fr": ("Moins de papier à l’agence de Besançon", "moins-de-papier-a-l-agence-de-besancon"),
    "pt": ("Processos de crédito sem papel em São João", "processos-de-credito-sem-papel-em-sao-joao"),
    "ru": ("Безбумажные кредитные дела в Москве", "bezbumazhnye-kreditnye-dela-v-moskve"),
    "el": ("Λιγότερο χαρτί στην Αθήνα", "ligotero-charti-stin-athina"),
    "zh": ("无纸化贷款档案", "wu-zhi-hua-dai-kuan-dang-an"),
    "ja": ("東京支店のペーパーレス化", "dong-jing-zhi-dian-nopeparesu-hua"),
}


@pytest.mark.parametrize("language", sorted(TITLES))
def test_titles_in_any_script_give_readable_folder_names(language: str) -> None:
    title, expected = TITLES[language]
    assert story_slug(title) == expected
    assert importer_slugify(title) == slugify(title)  # the importers use the same function


def test_distinct_titles_give_distinct_folders(tmp_path: Path) -> None:
    slugs = [story_slug(title) for title, _ in TITLES.values()]
    assert len(set(slugs)) == len(slugs)
    assert "my-story" not in slugs
    # and the validator's folder rule accepts every one of them
    for slug in slugs:
        (tmp_path / "stories" / slug).mkdir(parents=True)
        (tmp_path / "stories" / slug / "index.md").write_text("---\n---\n", encoding="utf-8")
    found, problems = scan_stories(tmp_path)
    assert sorted(found) == sorted(slugs) and not [d for d in problems if d.code == "invalid-slug"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_title_gives_a_folder_name_the_validator_accepts(title: str) -> None:
    slug = story_slug(title)
    assert SLUG_RE.match(slug) and len(slug) <= 66
    assert story_address_taken(slug) is None  # the rest of the validator's folder rule (hub.scan_stories)


def test_a_title_taking_a_site_address_gets_story_added() -> None:
    assert story_slug("Page") == "page-story"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the form's script")
def test_the_form_proposes_the_same_folder_names_for_latin_greek_and_cyrillic() -> None:
    titles = [TITLES[k][0] for k in ("de", "fr", "pt", "ru", "el")] + ["Ærøskøbing: Łódź, Ørsted & Þór"]
    script = (
        "global.window = {}; global.document = { getElementById: function () { return null; } };\n"
        f"require({json.dumps(str(REPO / 'theme_overrides/assets/snowball-form.js'))});\n"
        f"var table = {json.dumps(browser_table(), ensure_ascii=False)};\n"
        f"console.log(JSON.stringify({json.dumps(titles, ensure_ascii=False)}.map(function (t) "
        "{ return window.snowballForm.slugify(t, table); })));\n"
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(out) == [slugify(t, 60) for t in titles]


# ---- registry names per language --------------------------------------------------------------------------------

PER_LANGUAGE_PRACTICES = """\
- id: paperless-files
  name: {en: "Paperless loan files", pt: "Processos de crédito sem papel"}
  description: Loan files kept in the document system instead of on paper.
- id: repair-cafe
  name: {pt: "Café de reparações", fr: "Café réparation"}
  description: A monthly repair café hosted in the branch.
- id: plain
  name: Plain name
  description: A name given once keeps working.
"""


@pytest.mark.parametrize(
    ("language", "paperless", "repair"),
    [
        ("pt", "Processos de crédito sem papel", "Café de reparações"),
        ("pt-BR", "Processos de crédito sem papel", "Café de reparações"),
        ("en", "Paperless loan files", "Café de reparações"),  # no English: the first given
        ("de", "Paperless loan files", "Café de reparações"),  # no German: English, then the first
        ("fr", "Paperless loan files", "Café réparation"),
    ],
)
def test_registry_names_per_language(hub: Hub, language: str, paperless: str, repair: str) -> None:
    hub.registry("practices.yml", PER_LANGUAGE_PRACTICES)
    speak(hub, language)
    registries, problems = load_registries(hub.root)
    assert not problems
    assert registries.practices["paperless-files"].name == paperless
    assert registries.practices["repair-cafe"].name == repair
    assert registries.practices["plain"].name == "Plain name"


def test_registry_names_per_language_reach_the_pages_views_read(hub: Hub) -> None:
    hub.registry("practices.yml", PER_LANGUAGE_PRACTICES)
    hub.story("good")
    speak(hub, "pt")
    built = load_hub(hub.root)
    assert built.registries.practices["paperless-files"].name == "Processos de crédito sem papel"
    assert "good" in built.stories


def test_registry_names_per_language_are_checked_with_their_lines(hub: Hub) -> None:
    hub.registry(
        "practices.yml",
        """\
- id: paperless-files
  name:
    en: "Paperless loan files"
    pr: "Processos de crédito sem papel"
    fr: ""
  description: Loan files kept in the document system instead of on paper.
- id: repair-cafe
  name: {}
  description: A monthly repair café hosted in the branch.
""",
    )
    problems = {(d.code, d.field, d.line): d for d in load_registries(hub.root)[1]}
    unknown = problems[("invalid-value", "name.pr", 4)]
    assert unknown.message == "'name' gives a name for 'pr', which is not a language tag"
    assert "such as en, pt, es, fr or de" in (unknown.hint or "")
    assert problems[("empty-value", "name.fr", 5)].message == "'name.fr' is empty"
    assert ("empty-value", "name", 8) in problems
    assert problems[("empty-value", "name", 8)].message == "'name' gives no name in any language"
