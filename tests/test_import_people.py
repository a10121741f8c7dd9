"""Authors, heroes and summaries: several people in one byline, profile fields reported, 'false' images, ß."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.import_helpers import errors, report, story


def _blog(tmp_path: Path, post: str) -> Path:
    blog = tmp_path / "src" / "docs" / "blog"
    (blog / "posts").mkdir(parents=True)
    (blog / ".authors.yml").write_text(
        "authors:\n  jane:\n    name: Jane Doe\n    description: Platform lead\n    url: https://jane.example\n"
        "    avatar: https://jane.example/a.png\n",
        encoding="utf-8",
    )
    (blog / "posts" / "post.md").write_text(post, encoding="utf-8")
    return tmp_path / "src"


def test_author_profile_fields_a_champion_cannot_hold_are_reported(tmp_path: Path) -> None:
    src = _blog(tmp_path, "---\ntitle: A post\ndate: 2024-01-02\nauthors: [jane]\n---\nSome text here.\n")
    into = tmp_path / "hub"
    assert run_cli("import", "material-blog", str(src), "--into", str(into)).code == 0
    said = [e for e in report(into)["entries"] if e["file"].endswith(".authors.yml")]
    assert len(said) == 1 and "avatar, description, url not imported" in said[0]["message"]
    assert errors(into) == []


def test_hero_false_is_no_image(tmp_path: Path) -> None:
    src = _blog(tmp_path, "---\ntitle: A post\ndate: 2024-01-02\nimage: false\n---\nSome text here.\n")
    into = tmp_path / "hub"
    assert run_cli("import", "material-blog", str(src), "--into", str(into)).code == 0
    assert not [e for e in report(into)["entries"] if e["code"] == "image-missing"]
    assert "image:" not in story(into, "post")
    assert errors(into) == []


def test_a_byline_is_not_the_summary(tmp_path: Path) -> None:
    src = _blog(tmp_path, "---\ntitle: A post\ndate: 2024-01-02\n---\n**Authors: Paco Xu, Michael Yao**\n\n"
                "By Jane Doe\n\nThe real first paragraph.\n")  # fmt: skip
    into = tmp_path / "hub"
    assert run_cli("import", "material-blog", str(src), "--into", str(into)).code == 0
    assert 'summary: "The real first paragraph."' in story(into, "post")


def test_split_people() -> None:
    from snowball.importers.people import split_people

    assert split_people("Paco Xu and Michael Yao (DaoCloud)") == (["Paco Xu", "Michael Yao"], "DaoCloud")
    assert split_people("A, B and C") == (["A", "B", "C"], "")
    assert split_people("A, B, and C") == (["A", "B", "C"], "")
    assert split_people("A & B") == (["A", "B"], "")
    assert split_people("Jane Doe") == (["Jane Doe"], "")
    assert split_people("Ana Silva e Rui Mendes") == (["Ana Silva", "Rui Mendes"], "")
    assert split_people("Maria Sá e Melo") == (["Maria Sá e Melo"], "")


def test_sharp_s_is_transliterated_in_ids() -> None:
    from snowball.importers.common import slugify

    assert slugify("Jürgen Großmann") == "jurgen-grossmann"
    assert slugify("Ærø Øster") == "aero-oster"
