"""Every check of the validator, each with a failing input and the exact message a champion reads."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from .conftest import VALID_FRONT, Hub, run_cli


def diagnostics(hub: Hub, *paths: str) -> list[dict]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json", *paths)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["diagnostics"]


def only(hub: Hub, code: str) -> dict:
    found = [d for d in diagnostics(hub) if d["code"] == code]
    assert len(found) == 1, f"expected one {code}, got {diagnostics(hub)}"
    return found[0]


def front(**changes: str | None) -> str:
    """VALID_FRONT with fields replaced (value None removes the field); new fields are appended."""
    lines = VALID_FRONT.splitlines()
    out, seen = [], set()
    for line in lines:
        key = line.split(":", 1)[0]
        if key in changes:
            seen.add(key)
            if changes[key] is not None:
                out.append(f"{key}: {changes[key]}")
        else:
            out.append(line)
    out += [f"{k}: {v}" for k, v in changes.items() if k not in seen and v is not None]
    return "\n".join(out) + "\n"


def test_sample_story_is_clean(hub: Hub) -> None:
    hub.story("berlin-paperless")
    result = run_cli("--root", str(hub.root), "validate")
    assert result.code == 0
    assert "all good: no problems in 1 story" in result.out


# ---- encoding and the front-matter block -------------------------------------------------------


def test_bom(hub: Hub) -> None:
    hub.story("s", raw=b"\xef\xbb\xbf---\n" + VALID_FRONT.encode() + b"---\nBody\n")
    d = only(hub, "encoding-bom")
    assert (d["line"], d["message"]) == (1, "the file starts with a byte-order mark (BOM)")
    assert "UTF-8 without BOM" in d["hint"]


def test_crlf(hub: Hub) -> None:
    hub.story("s", raw=("---\n" + VALID_FRONT + "---\nBody\n").replace("\n", "\r\n").encode())
    d = only(hub, "line-endings")
    assert d["message"] == "the file has Windows (CRLF) or old Mac (CR) line endings"
    assert d["line"] == 1


def test_not_utf8(hub: Hub) -> None:
    hub.story("s", raw=b"---\n" + VALID_FRONT.encode() + b"---\nCaf\xe9\n")
    d = only(hub, "encoding")
    assert (d["line"], d["col"], d["message"]) == (10, 4, "the file is not valid UTF-8 (byte 0xe9)")


def test_binary_garbage(hub: Hub) -> None:
    hub.story("s", raw=os.urandom(4096) + b"\x00" * 10)
    d = only(hub, "not-text")
    assert d["message"] == "the file is not text (it contains NUL bytes)"


def test_front_matter_missing(hub: Hub) -> None:
    hub.story("s", raw=b"# Just a title\n\nText\n")
    assert only(hub, "front-matter-missing")["message"] == "the file does not start with front matter"


def test_front_matter_not_on_line_one(hub: Hub) -> None:
    hub.story("s", raw=b"\n---\n" + VALID_FRONT.encode() + b"---\n")
    d = only(hub, "front-matter-start")
    assert (d["line"], d["message"]) == (2, "the front matter starts on line 2, not line 1")


def test_front_matter_unclosed(hub: Hub) -> None:
    hub.story("s", raw=b"---\n" + VALID_FRONT.encode() + b"\nBody\n")
    d = only(hub, "front-matter-unclosed")
    assert d["message"] == "the front matter is never closed"
    assert d["hint"] == "add a line with '---' after the last field"


def test_front_matter_dots_closer(hub: Hub) -> None:
    hub.story("s", raw=b"---\n" + VALID_FRONT.encode() + b"...\nBody\n")
    d = only(hub, "front-matter-close")
    assert (d["line"], d["message"]) == (9, "the front matter is closed with '...'")


def test_yaml_syntax_error_has_line(hub: Hub) -> None:
    hub.story("s", front=front(summary='"We moved: loan files'))
    d = only(hub, "yaml-syntax")
    assert (d["line"], d["col"]) == (3, 10)
    assert d["message"] == "front matter: YAML syntax error: the quote opened here is never closed"
    assert d["hint"] == "close the quote or bracket opened here"


def test_unquoted_colon_hint(hub: Hub) -> None:
    hub.story("s", front=front(title="Paper: the sequel"))
    d = only(hub, "yaml-syntax")
    assert d["line"] == 2
    assert d["hint"] == "a value containing ': ' must be put in quotes"


def test_duplicate_key(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + 'title: "Again"\n')
    d = only(hub, "duplicate-key")
    assert (d["line"], d["field"], d["message"]) == (
        9,
        "title",
        "front matter: 'title' is given twice (first on line 2)",
    )


def test_anchor_refused(hub: Hub) -> None:
    hub.story("s", front=front(champions="&who [anna-schmidt]"))
    d = only(hub, "yaml-anchor")
    assert d["message"] == "front matter: YAML anchor '&who' is not allowed"
    assert d["line"] == 6


def test_alias_bomb_is_quick_and_refused(hub: Hub) -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    hub.story("s", raw=("---\n" + "\n".join(levels) + "\n---\n").encode())
    d = only(hub, "yaml-anchor")
    assert d["line"] == 2


def test_yaml_tag_refused(hub: Hub) -> None:
    hub.story("s", front=front(title="!!python/object/apply:os.system [echo hi]"))
    assert only(hub, "yaml-tag")["message"].startswith("front matter: YAML tag 'tag:yaml.org,2002:python/object/apply")


def test_huge_front_matter_is_refused_quickly(hub: Hub) -> None:
    hub.story("s", raw=b"---\n" + b"x: " + b"a" * (20 * 1024 * 1024) + b"\n---\n")
    d = only(hub, "file-too-large")
    assert d["message"] == "the file is 20,480 KB; the limit is 512 KB"


def test_front_matter_over_limit(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + "".join(f"# comment line {i} " + "x" * 60 + "\n" for i in range(600)))
    assert only(hub, "front-matter-too-large")["message"] == "the front matter is over 32 KB"


# ---- fields --------------------------------------------------------------------------------------


def test_unknown_key_did_you_mean(hub: Hub) -> None:
    hub.story("s", front=front(champions=None, champion="[anna-schmidt]"))
    found = {d["code"]: d for d in diagnostics(hub)}
    assert found["unknown-field"]["message"] == "unknown field 'champion'"
    assert found["unknown-field"]["hint"] == "did you mean 'champions'?"
    assert found["unknown-field"]["line"] == 8
    assert found["missing-field"]["message"] == "required field 'champions' is missing"


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("no", "a true/false value"),
        ("on", "a true/false value"),
        ("1.10", "a decimal number"),
        ("01234", "a whole number"),
        ("2024-01-01", "a date"),
    ],
)
def test_coerced_values_must_be_quoted(hub: Hub, value: str, kind: str) -> None:
    hub.story("s", front=front(title=value))
    d = only(hub, "coerced-value")
    assert d["message"] == f"'title: {value}' would be read as {kind}, not as text"
    assert d["hint"] == f'put it in quotes: title: "{value}"'
    assert d["line"] == 2


def test_coerced_outcome_value(hub: Hub) -> None:
    hub.story("s", front=VALID_FRONT + 'outcomes:\n  - label: "Version"\n    value: 1.10\n')
    d = only(hub, "coerced-value")
    assert (d["line"], d["field"]) == (11, "outcomes[1].value")
    assert d["hint"] == 'put it in quotes: value: "1.10"'


def test_boolean_spelled_yes(hub: Hub) -> None:
    hub.story("s", front=front(draft="yes"))
    d = only(hub, "wrong-type")
    assert d["message"] == "'draft' must be true or false, not 'yes'"


def test_missing_required_field(hub: Hub) -> None:
    hub.story("s", front=front(summary=None))
    d = only(hub, "missing-field")
    assert d["message"] == "required field 'summary' is missing"
    assert d["hint"].startswith("add 'summary: ")


def test_list_given_as_single_value(hub: Hub) -> None:
    hub.story("s", front=front(champions="anna-schmidt"))
    d = only(hub, "wrong-type")
    assert d["message"] == "'champions' must be a list"
    assert d["hint"] == "write it as champions: [anna-schmidt]"


def test_title_too_long(hub: Hub) -> None:
    hub.story("s", front=front(title='"' + "x" * 121 + '"'))
    assert only(hub, "too-long")["message"] == "'title' is 121 characters; the limit is 120"


@pytest.mark.parametrize("title", ['"<b>Bold</b> move"', '"A [link](https://x.example)"', '"**Big** win"'])
def test_markup_in_plain_text(hub: Hub, title: str) -> None:
    hub.story("s", front=front(title=title))
    d = only(hub, "markup-in-text")
    assert d["message"].startswith("'title' contains markup")


def test_impossible_date(hub: Hub) -> None:
    hub.story("s", front=front(date="2024-02-30"))
    assert only(hub, "invalid-date")["message"] == "'2024-02-30' is not a real date (day is out of range for month)"


def test_date_format(hub: Hub) -> None:
    hub.story("s", front=front(date="12/03/2024"))
    d = only(hub, "invalid-date")
    assert d["message"] == "'date: 12/03/2024' is not a date in the form YYYY-MM-DD"


def test_future_date(hub: Hub) -> None:
    hub.story("s", front=front(date="2027-01-01"))
    assert only(hub, "future-date")["message"] == "'2027-01-01' is in the future (today is 2026-11-27)"


def test_stage_did_you_mean(hub: Hub) -> None:
    hub.story("s", front=front(stage="piloted"))
    d = only(hub, "invalid-value")
    assert (d["message"], d["hint"]) == ("unknown stage 'piloted'", "did you mean 'pilot'?")


def test_image_needs_alt(hub: Hub) -> None:
    Image.new("RGB", (40, 30), "red").save(hub.root / "stories" / "s" / "hero.jpg") if (
        hub.story("s", front=front(image="hero.jpg"))
    ) else None
    assert only(hub, "missing-field")["message"] == "'image_alt' is required when 'image' is given"


# ---- references ------------------------------------------------------------------------------------


def test_unknown_site_did_you_mean(hub: Hub) -> None:
    hub.story("s", front=front(site="berln"))
    d = only(hub, "unknown-reference")
    assert (d["line"], d["field"], d["message"], d["hint"]) == (
        5,
        "site",
        "unknown site 'berln'",
        "did you mean 'berlin'?",
    )


def test_unknown_champion_on_its_own_line(hub: Hub) -> None:
    hub.story("s", front=front(champions="\n  - anna-schmidt\n  - ines-carvahlo"))
    d = only(hub, "unknown-reference")
    assert (d["line"], d["message"], d["hint"]) == (
        8,
        "unknown champion 'ines-carvahlo'",
        "did you mean 'ines-carvalho'?",
    )


def test_unknown_practice_lists_short_registry(hub: Hub) -> None:
    hub.story("s", front=front(practices="[composting]"))
    d = only(hub, "unknown-reference")
    assert d["message"] == "unknown practice 'composting'"
    assert d["hint"] == "valid values: paperless-files, repair-cafe"


def test_tag_alias_warns_with_canonical(hub: Hub) -> None:
    hub.story("s", front=front(tags="[paperless]"))
    d = only(hub, "tag-alias")
    assert (d["severity"], d["message"], d["hint"]) == (
        "warning",
        "tag 'paperless' is an alias of 'paper'",
        "write 'paper'",
    )
    assert run_cli("--root", str(hub.root), "validate").code == 0
    assert run_cli("--root", str(hub.root), "validate", "--strict").code == 1


def test_unknown_tag(hub: Hub) -> None:
    hub.story("s", front=front(tags="[comunity]"))
    assert only(hub, "unknown-reference")["hint"] == "did you mean 'community'?"


def test_inspired_by_unknown(hub: Hub) -> None:
    hub.story("a")
    hub.story("b", front=front(inspired_by="[aa]"))
    d = only(hub, "unknown-reference")
    assert (d["message"], d["hint"]) == ("unknown story 'aa' in inspired_by", "did you mean 'a'?")


def test_inspired_by_later_story(hub: Hub) -> None:
    hub.story("early", front=front(date="2024-01-01", inspired_by="[late]"))
    hub.story("late", front=front(date="2024-06-01"))
    d = only(hub, "lineage")
    assert d["path"] == "stories/early/index.md"
    assert d["message"] == "inspired_by 'late' is dated 2024-06-01, after this story (2024-01-01)"


def test_inspired_by_cycle(hub: Hub) -> None:
    hub.story("a", front=front(inspired_by="[b]"))
    hub.story("b", front=front(inspired_by="[c]"))
    hub.story("c", front=front(inspired_by="[a]"))
    found = [d for d in diagnostics(hub) if d["code"] == "lineage"]
    assert {d["message"] for d in found} == {
        "inspired_by forms a cycle: a -> b -> c -> a",
        "inspired_by forms a cycle: b -> c -> a -> b",
        "inspired_by forms a cycle: c -> a -> b -> c",
    }


def test_inspired_by_self_and_draft(hub: Hub) -> None:
    hub.story("d", front=front(draft="true"))
    hub.story("s", front=front(inspired_by="[s, d]"))
    messages = {d["message"] for d in diagnostics(hub) if d["code"] == "lineage"}
    assert "a story cannot be inspired by itself" in messages
    assert "inspired_by 'd' is a draft" in messages


# ---- folders, slugs, symlinks --------------------------------------------------------------------


def test_invalid_slug_suggests_one(hub: Hub) -> None:
    hub.story("Café Story")
    d = only(hub, "invalid-slug")
    assert d["message"] == "story folder 'Café Story' is not a valid slug"
    assert d["hint"].startswith("rename it to 'cafe-story'")


def test_slugs_clash_after_case_folding(hub: Hub) -> None:
    hub.story("paper-files")
    hub.story("Paper-Files")
    d = only(hub, "duplicate-slug")
    assert d["message"] == "story folder 'Paper-Files' clashes with 'paper-files'"  # the odd name is blamed


def test_stray_markdown_file(hub: Hub) -> None:
    (hub.root / "stories" / "dup.md").write_text("---\n" + VALID_FRONT + "---\n")
    d = only(hub, "stray-file")
    assert (d["message"], d["hint"]) == ("stories/dup.md is not a story folder", "move it to stories/dup/index.md")


def test_symlinked_story_folder(hub: Hub, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "index.md").write_text("---\n" + VALID_FRONT + "---\nsecret\n")
    (hub.root / "stories" / "linked").symlink_to(outside, target_is_directory=True)
    assert only(hub, "symlink")["message"] == "stories/linked is a symbolic link"


def test_symlinked_file_in_story(hub: Hub) -> None:
    hub.story("s", front=front(image="hero.jpg", image_alt='"x"'))
    (hub.root / "stories" / "s" / "hero.jpg").symlink_to("/etc/passwd")
    assert only(hub, "symlink")["message"] == "stories/s/hero.jpg is a symbolic link"


def test_symlinked_index(hub: Hub) -> None:
    (hub.root / "stories" / "s").mkdir()
    (hub.root / "stories" / "s" / "index.md").symlink_to("/etc/hostname")
    assert only(hub, "symlink")["message"] == "stories/s/index.md is a symbolic link"  # a link, not "no index.md"


# ---- the body ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<script>alert(1)</script>", "<script> is not allowed in a story"),
        ('<iframe src="https://x.example"></iframe>', "<iframe> is not allowed in a story"),
        ('<object data="x.swf"></object>', "<object> is not allowed in a story"),
        ('<embed src="x.swf">', "<embed> is not allowed in a story"),
        ('<form action="https://x.example"><input></form>', "<form> is not allowed in a story"),
        ("<style>body{display:none}</style>", "<style> is not allowed in a story"),
        ('<img src="x.png" onerror="alert(1)">', "the event-handler attribute 'onerror' on <img> is not allowed"),
    ],
)
def test_dangerous_html_with_line(hub: Hub, html: str, message: str) -> None:
    hub.story("s", body=f"\nFirst paragraph.\n\n{html}\n")
    found = [d for d in diagnostics(hub) if d["code"] == "unsafe-html"]
    assert found[0]["message"] == message
    assert found[0]["line"] == 13


@pytest.mark.parametrize(
    "link",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        '<a href="jav&#x61;script:alert(1)">x</a>',
        "[x]: javascript:alert(1)",
    ],
)
def test_unsafe_urls(hub: Hub, link: str) -> None:
    hub.story("s", body=f"\n{link}\n")
    d = only(hub, "unsafe-url")
    assert d["line"] == 11
    assert "forbidden URL scheme" in d["message"]


def test_code_is_not_flagged(hub: Hub) -> None:
    hub.story("s", body="\nUse `<script>` tags never.\n\n```html\n<script>alert(1)</script>\n```\n")
    assert [d for d in diagnostics(hub) if d["code"] == "unsafe-html"] == []


def test_link_to_missing_story(hub: Hub) -> None:
    hub.story("porto-paperless")
    hub.story("s", body="\nSee [Porto](../porto-paperles/index.md).\n")
    d = only(hub, "broken-link")
    assert d["message"] == "the link '../porto-paperles/index.md' points to a story that does not exist"
    assert d["hint"] == "did you mean 'porto-paperless'?"
    assert (d["line"], d["col"]) == (11, 13)


def test_link_outside_stories(hub: Hub) -> None:
    hub.story("s", body="\n[secrets](../../registries/champions.yml)\n")
    assert only(hub, "broken-link")["message"] == "the link '../../registries/champions.yml' points outside the stories"


def test_link_to_draft_from_published(hub: Hub) -> None:
    hub.story("d", front=front(draft="true"))
    hub.story("s", body="\n[draft](../d/index.md)\n")
    assert only(hub, "link-to-draft")["message"] == "the link '../d/index.md' points to the draft story 'd'"


def test_personal_data_warnings(hub: Hub) -> None:
    hub.story(
        "s", body="\nMail anna.schmidt@bank.example or call +49 30 1234 5678.\n\nWe saved 12,000 sheets in 2024-03.\n"
    )
    found = [d for d in diagnostics(hub) if d["code"] == "personal-data"]
    assert [d["message"] for d in found] == [
        "'anna.schmidt@bank.example' looks like an e-mail address",
        "'+49 30 1234 5678' looks like a phone number",
    ]
    assert all(d["severity"] == "warning" for d in found)


# ---- images -------------------------------------------------------------------------------------------


def _story_with_image(hub: Hub, name: str) -> Path:
    hub.story("s", front=front(image=name, image_alt='"A picture"'))
    return hub.root / "stories" / "s" / name


def test_image_missing(hub: Hub) -> None:
    hub.story("s", front=front(image="hero.jpg", image_alt='"x"'))
    Image.new("RGB", (10, 10)).save(hub.root / "stories" / "s" / "hero.jpeg")
    d = only(hub, "missing-file")
    assert d["message"] == "the image 'hero.jpg' is not in the story folder"
    assert d["hint"] == "did you mean 'hero.jpeg'?"


def test_image_content_must_match_extension(hub: Hub) -> None:
    Image.new("RGB", (10, 10)).save(_story_with_image(hub, "hero.jpg"), "PNG")
    assert only(hub, "image-type")["message"] == "'hero.jpg' is named .jpg but contains PNG data"


def test_svg_refused(hub: Hub) -> None:
    _story_with_image(hub, "hero.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
    assert only(hub, "image-type")["message"] == "'hero.svg' is an SVG image, which can carry scripts"


def test_image_over_10_mb(hub: Hub) -> None:
    path = _story_with_image(hub, "hero.png")
    Image.new("RGB", (10, 10)).save(path)
    with path.open("ab") as fh:
        fh.truncate(11 * 1024 * 1024)
    assert only(hub, "image-too-large")["message"] == "'hero.png' is 11.5 MB; the limit is 10 MB"


def test_png_header_of_100000_by_100000_is_refused_quickly(hub: Hub) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    _story_with_image(hub, "hero.png").write_bytes(png)
    d = only(hub, "image-too-large")
    assert d["message"] == "'hero.png' is 100000 x 100000 pixels (10000 megapixels); the limit is 40"


def test_animated_image_refused(hub: Hub) -> None:
    frames = [Image.new("RGB", (20, 20), c) for c in ("red", "blue")]
    frames[0].save(_story_with_image(hub, "hero.webp"), "WEBP", save_all=True, append_images=frames[1:])
    assert only(hub, "image-animated")["message"] == "'hero.webp' is animated"


def test_truncated_jpeg(hub: Hub) -> None:
    path = _story_with_image(hub, "hero.jpg")
    Image.effect_noise((400, 300), 50).convert("RGB").save(path, "JPEG")
    path.write_bytes(path.read_bytes()[:2000])
    assert only(hub, "image-damaged")["message"].startswith("'hero.jpg' cannot be read as an image")


def test_gps_metadata_warns(hub: Hub) -> None:
    path = _story_with_image(hub, "hero.jpg")
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (52.0, 31.0, 12.0)  # GPSLatitude
    exif[0x013B] = "Anna Schmidt"
    Image.new("RGB", (20, 20)).save(path, "JPEG", exif=exif, comment=b"taken at home")
    d = only(hub, "image-metadata")
    assert d["severity"] == "warning"
    assert d["message"] == "'hero.jpg' carries GPS location, artist name, a comment"


# ---- registries -------------------------------------------------------------------------------------


def test_registry_duplicate_id_and_bad_reference(hub: Hub) -> None:
    hub.registry(
        "sites.yml", "- id: berlin\n  name: A\n  region: R\n  lead: nobody\n- id: berlin\n  name: B\n  region: R\n"
    )
    found = {d["code"]: d for d in diagnostics(hub)}
    assert found["duplicate-id"]["message"] == "site id 'berlin' is used twice (first on line 1)"
    assert found["unknown-reference"]["message"] == "unknown champion 'nobody' as lead of site 'berlin'"


def test_broken_registry_is_one_error_not_hundreds(hub: Hub) -> None:
    for i in range(5):
        hub.story(f"s{i}")
    hub.registry("practices.yml", "- id: x\n  name: Bad: colon\n  description: y\n")
    found = diagnostics(hub)
    assert [d["code"] for d in found] == ["yaml-syntax"]
    assert found[0]["path"] == "registries/practices.yml"
