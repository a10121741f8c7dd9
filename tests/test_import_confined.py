"""The importer never reads or copies a file whose real path lies outside the source (issue 20, item 14).

Symbolic links inside the source that lead out (_includes -> elsewhere, assets -> elsewhere) are refused
and reported; the site root is never looked for above SOURCE (--site-root names it when it is).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from tests.conftest import run_cli
from tests.import_helpers import errors, report

SECRET = "SECRET-TEXT-FROM-OUTSIDE"
POST = "---\ntitle: {title}\ndate: 2021-05-04\n---\n{body}\n"
BODY = "{% include secret.md %}\n\n![Photo](/assets/photo.png)\n\n![Other](/images/photo.png)\n"


def outside_folder(tmp_path: Path) -> Path:
    """A folder beside the source: a secret text and an image that must never reach the hub."""
    out = tmp_path / "private"
    out.mkdir()
    (out / "secret.md").write_text(SECRET + "\n", encoding="utf-8")
    Image.new("RGB", (41, 31), "purple").save(out / "photo.png")
    return out


def hub_bytes(into: Path) -> list[bytes]:
    return [p.read_bytes() for p in into.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def assert_nothing_from(outside: Path, into: Path) -> None:
    """No outside file's content appears in any file of the hub (texts as substrings, images as copies)."""
    written = hub_bytes(into)
    for path in outside.rglob("*"):
        if path.is_file():
            data = path.read_bytes().strip()
            assert not any(data in blob for blob in written), f"{path.name} leaked into the hub"


def test_linked_includes_and_assets_folders_are_refused_and_reported(tmp_path: Path) -> None:
    outside = outside_folder(tmp_path)
    src = tmp_path / "blog"
    (src / "_posts").mkdir(parents=True)
    (src / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    (src / "_posts/2021-05-04-post.md").write_text(POST.format(title="Post", body=BODY), encoding="utf-8")
    (src / "_includes").symlink_to(outside, target_is_directory=True)
    (src / "assets").symlink_to(outside, target_is_directory=True)
    (src / "images").mkdir()
    (src / "images/photo.png").symlink_to(outside / "photo.png")
    into = tmp_path / "hub"
    result = run_cli("import", "jekyll", str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert errors(into) == []
    assert_nothing_from(outside, into)
    messages = [f"{e['file']}: {e['message']}" for e in report(into)["entries"]]
    assert any(m.startswith("_includes: the folder was not used") and "outside the source" in m for m in messages)
    assert any("/assets/photo.png was not copied" in m and "outside the source" in m for m in messages)


def test_no_climbing_above_the_source_and_site_root_option(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_includes").mkdir(parents=True)
    (site / "_includes/secret.md").write_text(SECRET + "\n", encoding="utf-8")
    (site / "_config.yml").write_text("permalink: pretty\n", encoding="utf-8")
    src = site / "blog"
    (src / "_posts").mkdir(parents=True)
    (src / "_posts/2021-05-04-post.md").write_text(POST.format(title="Post", body=BODY), encoding="utf-8")
    into = tmp_path / "hub"
    result = run_cli("import", "jekyll", str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert f"Site root: {src}" in result.out and "--site-root" in result.out
    assert not any(SECRET.encode() in blob for blob in hub_bytes(into))
    # named by the user, the folder above is the site root: its includes and permalink style are used
    into2 = tmp_path / "hub2"
    result = run_cli("import", "jekyll", str(src), "--into", str(into2), "--site-root", str(site))
    assert result.code == 0, result.err
    assert f"Site root: {site}" in result.out
    assert SECRET in (into2 / "stories/post/index.md").read_text(encoding="utf-8")
    bad = run_cli("import", "jekyll", str(site), "--into", str(tmp_path / "hub3"), "--site-root", str(src))
    assert bad.code == 2 and "does not hold" in bad.err


def test_hugo_linked_static_and_authors_are_refused(tmp_path: Path) -> None:
    outside = outside_folder(tmp_path)
    (outside / "jane.md").write_text(f"---\ntitle: {SECRET}\n---\n", encoding="utf-8")
    src = tmp_path / "site"
    (src / "content/posts").mkdir(parents=True)
    (src / "hugo.toml").write_text('title = "x"\n', encoding="utf-8")
    (src / "content/posts/post.md").write_text(
        "---\ntitle: Post\ndate: 2020-01-01\nauthor: jane\n---\n![P](/photo.png)\n", encoding="utf-8"
    )
    (src / "static").symlink_to(outside, target_is_directory=True)
    (src / "content/authors").symlink_to(outside, target_is_directory=True)
    into = tmp_path / "hub"
    result = run_cli("import", "hugo", str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert_nothing_from(outside, into)
    assert any(e["file"] == "static" and "outside the source" in e["message"] for e in report(into)["entries"])


LINKABLE = ("_includes", "assets", "images", "_authors", "_data", "_posts/linked", "content/posts/linked",
            "static", "content/authors", "_posts/2021-01-01-linked.md", "content/posts/linked.md")  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["jekyll", "hugo"]),
    links=st.lists(st.sampled_from(LINKABLE), min_size=1, max_size=5, unique=True),
    via_dotdot=st.booleans(),
)
def test_property_no_byte_of_an_outside_file_reaches_the_hub(
    tmp_path_factory: object, kind: str, links: list[str], via_dotdot: bool
) -> None:
    base = tmp_path_factory.mktemp("confined")  # type: ignore[attr-defined]
    outside = outside_folder(base)
    (outside / "authors.yml").write_text(f"jane:\n  name: {SECRET}-AUTHOR\n", encoding="utf-8")
    (outside / "2021-01-01-linked.md").write_text(POST.format(title=SECRET, body=SECRET), encoding="utf-8")
    (outside / "linked.md").write_text(POST.format(title=SECRET, body=SECRET), encoding="utf-8")
    src = base / "site"
    posts = src / ("_posts" if kind == "jekyll" else "content/posts")
    posts.mkdir(parents=True)
    (src / ("_config.yml" if kind == "jekyll" else "hugo.toml")).write_text(
        "title: x\n" if kind == "jekyll" else 'title = "x"\n'
    )
    body = BODY + "\n![Up](../../../private/photo.png)\n" if via_dotdot else BODY
    (posts / "2021-05-04-post.md").write_text(
        POST.format(title="Post", body=body).replace("---\n\n", "---\nauthor: jane\n\n", 1)
    )
    for rel in links:
        link = src / rel
        if link.exists() or link.is_symlink():
            continue
        link.parent.mkdir(parents=True, exist_ok=True)
        target = outside / link.name if (outside / link.name).exists() else outside
        os.symlink(target, link, target_is_directory=target.is_dir())
    into = base / "hub"
    result = run_cli("import", kind, str(src), "--into", str(into))
    assert result.code == 0, result.err
    assert_nothing_from(outside, into)


def test_mapping_names_the_site_root(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_includes").mkdir(parents=True)
    (site / "_includes/secret.md").write_text("Included from the site root.\n", encoding="utf-8")
    (site / "blog/_posts").mkdir(parents=True)
    (site / "blog/_posts/2021-05-04-post.md").write_text(POST.format(title="Post", body=BODY), encoding="utf-8")
    (site / "map.yml").write_text("redirects:\n  site_root: .\n  permalink: /:year/:title/\n", encoding="utf-8")
    into = tmp_path / "hub"
    result = run_cli("import", "jekyll", str(site / "blog"), "--into", str(into), "--mapping", str(site / "map.yml"))
    assert result.code == 0, result.err
    assert f"Site root: {site}" in result.out
    assert "Included from the site root." in (into / "stories/post/index.md").read_text(encoding="utf-8")
    assert '- from: "2021/post/"' in (into / "redirects.yml").read_text(encoding="utf-8")
