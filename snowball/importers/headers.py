"""Which spreadsheet column is which story field: common header names, one small table per language.

A form or a team's spreadsheet names its columns in its own words ("Story title", "Submitted by",
"Site / Branch", "Data de envio"). Headers are compared after normalising (lower case, accents
and punctuation gone, spaces collapsed), first against the mapping's own names (exact), then
against these tables (whole header), then by the table's words inside a longer header
("Your story title" -> title). Add a language by adding a table; the first match wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anyascii import anyascii

# field -> header names, normalised. "timestamp" is a form's submission time: the date when no date column.
# "body" columns hold the story's text; several become sections.
ENGLISH: dict[str, list[str]] = {
    "title": ["title", "story title", "headline", "story name", "name of the story", "subject"],
    "summary": ["summary", "short summary", "excerpt", "abstract", "in one sentence", "one line summary"],
    "body": ["body", "story", "text", "content", "description", "the story", "full story", "details"],
    "champions": [
        "champions",
        "champion",
        "author",
        "authors",
        "submitted by",
        "submitter",
        "your name",
        "name",
        "written by",
        "contact person",
        "owner",
    ],  # fmt: skip
    "site": ["site", "branch", "office", "team", "site branch", "agency", "location", "department", "unit"],
    "date": ["date", "date submitted", "submitted", "submission date", "published", "date of the story"],
    "timestamp": ["timestamp", "start time", "completion time", "submitted at", "created"],
    "tags": ["tags", "tag", "keywords", "keyword", "labels"],
    "practices": ["practices", "practice", "category", "categories", "topic", "topics", "theme"],
    "image": ["image", "photo", "picture"],
    "image_alt": ["image alt", "alt", "image description", "photo description"],
    "slug": ["slug"],
    "draft": ["draft"],
    "stage": ["stage"],
}
PORTUGUESE: dict[str, list[str]] = {
    "title": ["titulo", "titulo da historia", "nome da historia", "assunto"],
    "summary": ["resumo", "sumario", "resumo curto", "em uma frase"],
    "body": ["historia", "texto", "conteudo", "descricao", "relato", "detalhes"],
    "champions": [
        "autor",
        "autores",
        "autora",
        "enviado por",
        "submetido por",
        "seu nome",
        "nome",
        "responsavel",
        "campeao",
        "campea",
    ],  # fmt: skip
    "site": ["agencia", "balcao", "filial", "escritorio", "equipe", "equipa", "unidade", "local", "departamento"],
    "date": ["data", "data de envio", "data de submissao", "enviado em", "data da historia"],
    "timestamp": ["carimbo de data hora", "carimbo de data", "hora de inicio", "hora de conclusao"],
    "tags": ["etiquetas", "palavras chave", "tags"],
    "practices": ["pratica", "praticas", "categoria", "categorias", "tema", "temas"],
    "image": ["imagem", "foto", "fotografia"],
    "image_alt": ["descricao da imagem", "descricao da foto"],
}
LANGUAGES = (ENGLISH, PORTUGUESE)
# Fields that take one column each, in the order they claim columns (body takes every column it names).
SINGLE = ("title", "summary", "date", "timestamp", "champions", "site", "tags", "practices", "image", "image_alt")
SINGLE += ("slug", "draft", "stage")


def norm(text: str) -> str:
    """'Site / Branch' -> 'site branch'; 'Título da história?' -> 'titulo da historia'."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).split())


def _names(field: str) -> list[str]:
    return [n for table in LANGUAGES for n in table.get(field, [])]


def assign_columns(
    header: list[str], mapping_fields: dict[str, list[str]], columns: list[list[str]]
) -> tuple[dict[str, int], list[int]]:
    """(field -> column index, the columns named as the story's text: 'Story', 'Body', 'Descrição'...)."""
    normed = [norm(h) for h in header]
    roles: dict[str, int] = {}
    taken: set[int] = set()

    def claim(field: str, match: Callable[[int], bool]) -> None:
        if field in roles:
            return
        for i in range(len(header)):
            if i not in taken and header[i] and match(i):
                roles[field] = i
                taken.add(i)
                return

    # 1. the mapping's names, exactly; 2. whole-header synonyms; 3. a synonym of two or more words inside
    for field in SINGLE:
        for name in mapping_fields.get(field, []):  # in the mapping's order: the first name present wins
            claim(field, lambda i, n=name: header[i] == n)
    for field in SINGLE:
        names = set(_names(field))
        claim(field, lambda i, n=names: normed[i] in n)
    # 3. a synonym inside a longer header ('Title of your story', 'Which branch are you in?'), for a column of
    # short values only: 'What did your team try?' answered in paragraphs is a section, not the site
    for field in SINGLE:
        words = _names(field)
        claim(field, lambda i, w=words: len(normed[i]) <= 80 and not _prose(columns[i])
              and any(f" {n} " in f" {normed[i]} " for n in w))  # fmt: skip
    body_names = set(mapping_fields.get("body", []))
    body_normed = set(_names("body"))
    body = [i for i in range(len(header)) if i not in taken and header[i]
            and (header[i] in body_names or normed[i] in body_normed)]  # fmt: skip
    return roles, body


def _prose(cells: list[str]) -> bool:
    """Answers in sentences (a line break, more than eight words, or mostly ending like a sentence), not names."""
    filled = [c.strip() for c in cells if c.strip()]
    if any("\n" in c or len(c.split()) > 8 for c in filled):
        return True
    return bool(filled) and sum(c.endswith((".", "!", "?")) for c in filled) * 2 >= len(filled)


def is_free_text(header: str, cells: list[str]) -> bool:
    """A column of answers in prose: its header is a question, or its cells are long or run over lines."""
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if header.rstrip().endswith("?") and len(header.split()) > 1 and any(" " in c.strip() for c in filled):
        return True  # a question answered in words ('Which branch?' answered 'Porto' stays a plain field)
    long = sum(1 for c in filled if len(c) > 80 or "\n" in c.strip())
    return long * 2 >= len(filled)
