"""An import either lands or says exactly why not (issue 20).

Each fixture is a small Hugo site written here, holding one kind of slip measured on real posts.
What is asserted is what an editor sees: the command's last lines, its exit code, the story text,
and that `snowball validate` (the core's load_hub) finds no error in what was written.
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from snowball.importers.landing import land, repair_at, summarise_warnings
from snowball.importers.report import ImportReport
from tests.conftest import run_cli
from tests.import_helpers import errors, story


def _site(tmp_path: Path, posts: dict[str, str], images: tuple[str, ...] = ()) -> Path:
    """A Hugo site: hugo.toml with /blog/:year/:month/:day/:slug/ addresses, posts under content/news/.

    The site root is what is imported: the importer reads nothing above its source (hugo.toml, static/).
    """
    root = tmp_path / "src"
    (root / "content/news").mkdir(parents=True)
    (root / "hugo.toml").write_text('[permalinks]\nnews = "/blog/:year/:month/:day/:slug/"\n', encoding="utf-8")
    for rel, text in posts.items():
        path = root / "content/news" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for rel in images:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (40, 30), "red").save(path)
    return root


def _post(title: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: {date}\nsummary: About {title}.\n---\n{body}"


REAL_SLIPS = """Text before.

{{< figure src="/blog/2023/10/20/kcs-shanghai/kcs04.jpeg" alt="People at the event" >}}

![A screenshot of the site on a desktop, tablet,
and mobile device.](/assets/devices.png)

[![The
logo](/assets/devices.png)](https://example.com/)

See [“We want to [to] standardize it”](/blog/2020/01/01/other/) here.

Badge: [![badge][b]](#usage)

[b]: https://img.shields.io/badge/x-y-green.svg

## Usage

A <a href="http://example.com/page>broken link</a> and a <a href="https://example.com/recap/>">recap</a>.

[Join the community]({{< ref "/communities" >}} to keep up with the news.

[Write to us](mailto:team@example.org?subject=Hello%20there).
"""


def test_real_slips_land_and_the_command_says_so(tmp_path: Path) -> None:
    src = _site(
        tmp_path,
        {
            "2023/10/kcs-shanghai/index.md": _post("KCS Shanghai", "2023-10-20", REAL_SLIPS),
            "other.md": _post("Other", "2020-01-01", "Hello.\n"),
        },  # fmt: skip
        images=("content/news/2023/10/kcs-shanghai/kcs04.jpeg", "static/assets/devices.png"),
    )
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 0, result.out + result.err
    assert result.out.rstrip().endswith("snowball validate && mkdocs build --strict")
    assert "every imported story passes snowball validate" in result.out
    assert errors(into) == []
    body = story(into, "kcs-shanghai").split("\n---\n", 1)[1]
    assert "![People at the event](kcs04.jpeg)" in body  # by the post's published URL, from its bundle
    assert "![A screenshot of the site on a desktop, tablet, and mobile device.](devices.png)" in body
    assert "[![The logo](devices.png)](https://example.com/)" in body
    assert "[“We want to [to] standardize it”](../other/index.md)" in body
    assert "[Image: badge](#usage)" in body
    assert '<a href="http://example.com/page">broken link</a>' in body
    assert '<a href="https://example.com/recap/">recap</a>' in body
    assert "the community to keep up with the news." in body and "](" not in body.split("Join")[1].split("\n")[0]
    assert "[Write to us](mailto:team@example.org)." in body
    entries = json.loads((into / "import-report.json").read_text(encoding="utf-8"))["entries"]
    messages = " ".join(e["message"] for e in entries)
    assert "were broken; repaired as" in messages and "was not closed" in messages
    assert json.loads((into / "import-report.json").read_text(encoding="utf-8"))["will_not_validate"] == []


def test_what_does_not_land_is_listed_last_and_the_exit_code_says_so(tmp_path: Path) -> None:
    src = _site(
        tmp_path,
        {
            "fine.md": _post("Fine", "2021-01-01", "All good.\n"),
            "clash.md": _post("Clash", "2021-02-02", 'Intro.\n\nJump <a id="__search">here</a> now.\n'),
        },  # fmt: skip
    )
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 1
    last = result.out.rstrip().split("\n")[-3:]
    assert last[0] == "1 story will not validate; fix each, then run snowball validate:"
    assert last[1].startswith("  stories/clash/index.md:") and "(from content/news/clash.md:8)" in last[1]
    assert "(reserved-id)" in last[1]
    assert last[2] == '      | Jump <a id="__search">here</a> now.'
    data = json.loads((into / "import-report.json").read_text(encoding="utf-8"))
    assert [u["file"] for u in data["will_not_validate"]] == ["stories/clash/index.md"]
    assert "1 story will not validate" in (into / "import-report.md").read_text(encoding="utf-8")
    assert (into / "stories/fine/index.md").is_file()  # the rest of the import is written all the same


def test_help_documents_the_exit_code() -> None:
    result = run_cli("import", "--help")
    assert "will not validate" in result.out and "1 the import could not finish or" in result.out


def test_landing_repairs_what_the_written_story_still_holds(tmp_path: Path) -> None:
    """The safety net: slips the conversion did not catch are repaired in the written file, and reported."""
    src = _site(tmp_path, {"p.md": _post("P", "2021-01-01", "Body.\n")})
    into = tmp_path / "hub"
    assert run_cli("import", "hugo", str(src), "--into", str(into)).code == 0
    index = into / "stories/p/index.md"
    index.write_text(
        index.read_text(encoding="utf-8")
        + "\n![A chart](https://cdn.example.org/chart.png) and [the file](missing.pdf).\n\n"
        "[Mail](mailto:a@example.org?subject=x) and <a href='x>bad</a>.\n",
        encoding="utf-8",
    )
    # the remote image, the missing file, the prepared mail, and the broken tag (its quotes, and the file
    # name its href would then be)
    assert len(errors(into)) == 5
    report = ImportReport("hugo", str(src), str(into))
    land(into, {"p": "p.md"}, report)
    assert errors(into) == [] and report.unlanded == []
    text = index.read_text(encoding="utf-8")
    assert "[Image: A chart](https://cdn.example.org/chart.png) and the file." in text
    assert "[Mail](mailto:a@example.org) and &lt;a href='x>bad</a>." in text
    assert sorted(e.code for e in report.entries) == ["html-changed", "image-remote", "link-rewritten",
                                                      "link-rewritten"]  # fmt: skip
    assert all(e.file == "p.md" and e.story == "p" for e in report.entries)


def test_repair_at_leaves_what_it_cannot_read() -> None:
    assert repair_at("plain words here", 3, "broken-link") is None
    assert repair_at("[a](b.png)", 4, "outside-resource") is None  # a local image is not remote: no repair
    assert repair_at("see [x][r]\n\n[r]: https://x.org/i.png\n", 4, "outside-resource") is None  # a link


def test_many_warnings_are_summarised_and_a_role_address_offered_once(tmp_path: Path) -> None:
    body = ('Read <a href="https://example.org/a" target="_blank">this</a> and <tt>that</tt>. '
            "Write to digitalgov@example.gov or jane.doe@example.gov.\n")  # fmt: skip
    posts = {f"p{i}.md": _post(f"Post {i}", f"2021-01-0{i}", body) for i in range(1, 6)}
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(_site(tmp_path, posts)), "--into", str(into))
    assert result.code == 0, result.out
    out = result.out
    assert "5 × the attribute 'target' on <a> (e.g. stories/p1/index.md:" in out
    assert "5 × <tt> (e.g. stories/p1/index.md:" in out
    assert 'allowed_addresses: ["digitalgov@example.gov"]' in out  # a person's address is never offered
    assert out.count("digitalgov@example.gov") <= 3  # an example, a count, the offer: not once per story
    assert "jane.doe@example.gov" not in out.split("personal-data: these")[1]
    md = (into / "import-report.md").read_text(encoding="utf-8")
    assert "## Warnings snowball validate will show" in md and "allowed\\_addresses" in md


def test_warning_summary_is_short_whatever_the_number_of_kinds() -> None:
    from snowball.diagnostics import Diagnostic

    def removed(path: str, line: int, what: str) -> Diagnostic:
        return Diagnostic(path, line, 1, "warning", "html-removed", what, "body")

    warnings = [removed(f"stories/s{i}/index.md", 3, f"<tag{k}> is removed when the page is built (x)")
                for i in range(3) for k in range(20)]  # fmt: skip
    warnings.append(removed("stories/s0/index.md", 9, "40 more like the above"))
    lines = summarise_warnings(warnings)
    assert len(lines) == 1 + 1 + 12 + 2
    assert lines[0] == "warnings on the imported stories (they do not stop the build): 100 html-removed"
    assert lines[2] == "  3 × <tag0> (e.g. stories/s0/index.md:3)"
    assert lines[-2] == "  24 × 8 other kinds, such as <tag2> (e.g. stories/s0/index.md:3)"
    assert lines[-1].startswith("  40 more in stories that have many")


def test_an_image_a_template_tag_placed_stays_placed(tmp_path: Path) -> None:
    """Eleventy's {% image "assets/…" %}: copied into the story, and the story shows it (it was text before,
    and the copied file an unused-file warning)."""
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_posts/2015-06-11-hack.md").write_text(
        "---\ntitle: Hack day\nsummary: A day.\n---\nIntro.\n\n"
        '{% image "assets/blog/hack/dc.jpg" "Pictures from the D.C. event" %}\n',
        encoding="utf-8",
    )
    (root / "assets/blog/hack").mkdir(parents=True)
    Image.new("RGB", (40, 30), "red").save(root / "assets/blog/hack/dc.jpg")
    into = tmp_path / "hub"
    result = run_cli("import", "jekyll", str(root), "--into", str(into))
    assert result.code == 0, result.out
    assert "![Pictures from the D.C. event](dc.jpg)" in story(into, "hack")
    assert "unused-file" not in result.out


def test_a_long_list_of_problems_is_cut_on_the_terminal_and_whole_in_the_report() -> None:
    from snowball.importers.report import Unlanded

    report = ImportReport("hugo", "src", "hub")
    report.checked = True
    report.unlanded = [
        Unlanded(f"stories/s{i:03}/index.md", 7, "reserved-id", "the id is taken", "x") for i in range(130)
    ]
    lines = report.landing_lines()
    assert lines[0] == "130 stories will not validate; fix each, then run snowball validate:"
    assert lines[-1] == "  … and 30 more, each listed in import-report.md"
    assert report.as_markdown().count("(reserved-id)") == 130
