"""snowball.yml: per-hub limits reach the validator's messages; every mistake in the file is located."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from snowball.settings import DEFAULT_SETTINGS, SETTING_NAMES, Settings, load_settings, story_fields

from .conftest import REPO, VALID_FRONT, Hub, run_cli

SUMMARY_450 = "We moved every new loan file to the document system. " * 8 + "And it worked for us, yes."


def diagnostics(hub: Hub) -> list[dict]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["diagnostics"]


def settings_file(hub: Hub, text: str) -> None:
    (hub.root / "snowball.yml").write_text(text, encoding="utf-8")


def test_summary_of_450_characters(hub: Hub) -> None:
    assert len(SUMMARY_450) == 450
    hub.story("s", front=VALID_FRONT.replace("We moved loan files to the document system.", SUMMARY_450))
    found = diagnostics(hub)
    assert [(d["code"], d["line"]) for d in found] == [("too-long", 3)]
    assert found[0]["message"] == "'summary' is 450 characters; the limit is 300"
    assert found[0]["hint"] == (
        "shorten it by 150 characters; details belong in the story body; this hub's limit is set in "
        "snowball.yml under 'limits:' (summary: 300), which editors can change"
    )
    settings_file(hub, "limits:\n  summary: 600\n")
    assert diagnostics(hub) == []
    assert run_cli("--root", str(hub.root), "validate").code == 0


def test_lowered_limit_is_quoted(hub: Hub) -> None:
    settings_file(hub, "limits:\n  title: 20\n")
    hub.story("s")
    d = diagnostics(hub)[0]
    assert d["message"] == "'title' is 25 characters; the limit is 20"
    assert "(title: 20)" in d["hint"]


def test_registry_limits_do_not_point_at_snowball_yml(hub: Hub) -> None:
    hub.registry("sites.yml", "- id: berlin\n  name: " + "B" * 81 + "\n  region: Europe\n")
    d = [d for d in diagnostics(hub) if d["code"] == "too-long"][0]
    assert d["hint"] == "shorten it by 1 characters; details belong in the story body"


@pytest.mark.parametrize(
    ("text", "line", "col", "message", "hint"),
    [
        (
            "limit:\n  summary: 600\n",
            1,
            1,
            "unknown setting 'limit'",
            "did you mean 'limits'? (settings are: limits, required, allowed_addresses, allow_indexing, "
            "contribute_branch, allowed_contact_domains, forge; see the comments in the example snowball.yml)",
        ),
        (
            "limits: 600\n",
            1,
            9,
            "'limits' must be a set of 'field: number' lines, not '600'",
            "write it like: limits: {summary: 600}",
        ),
        (
            "limits:\n  summary: lots\n",
            2,
            12,
            "limits.summary must be a whole number of characters from 1 to 10,000, not 'lots'",
            "for example 'summary: 300' (the default)",
        ),
        (
            "limits:\n  summery: 600\n",
            2,
            3,
            "'summery' has no length limit to set",
            "did you mean 'summary'?",
        ),
        (
            "limits:\n  date: 10\n",
            2,
            3,
            "'date' has no length limit to set",
            "limits apply to: title, summary, image_alt, lang",
        ),
        (
            "required: tags\n",
            1,
            11,
            "'required' must be a list of story fields, not 'tags'",
            "write it like: required: [tags, outcomes]",
        ),
        ("required: [tgas]\n", 1, 12, "'tgas' in 'required' is not a story field", "did you mean 'tags'?"),
        (
            "allowed_addresses: [press]\n",
            1,
            21,
            "'press' in 'allowed_addresses' is not an e-mail address",
            "list public role addresses such as press@example.org, one per item",
        ),
        (
            "allow_indexing: yes\n",
            1,
            17,
            "'allow_indexing' must be true or false, not 'yes'",
            "write it like: allow_indexing: false",
        ),
        (
            "contribute_branch: my branch\n",
            1,
            20,
            "'contribute_branch' must be a branch name, not 'my branch'",
            "write the name of the branch stories are proposed against, like: contribute_branch: main",
        ),
        (
            "allowed_contact_domains: [harbourline.example, '@harbourline.example']\n",
            1,
            48,
            "'@harbourline.example' in 'allowed_contact_domains' is not a domain name",
            "write 'harbourline.example' alone; its subdomains are included",
        ),
        (
            "allowed_contact_domains:\n  - https://chat.example.org/u/\n",
            2,
            5,
            "'https://chat.example.org/u/' in 'allowed_contact_domains' is not a domain name",
            "write 'chat.example.org' alone; its subdomains are included",
        ),
        (
            "allowed_contact_domains:\n  - evil\n",
            2,
            5,
            "'evil' in 'allowed_contact_domains' is not a domain name",
            "write a domain such as example.org (letters, digits, '-' and dots; an international name in its "
            "xn-- form), one per item",
        ),
        (
            "allowed_contact_domains: harbourline.example\n",
            1,
            26,
            "'allowed_contact_domains' must be a list of domains, not 'harbourline.example'",
            "write it like: allowed_contact_domains: [example.org]",
        ),
        (
            "forge: gitee\n",
            1,
            8,
            "'forge' must be one of auto, github, gitlab, gitea, bitbucket-server, none, not 'gitee'",
            "did you mean 'gitea'? auto tells GitHub and GitLab from repo_url in mkdocs.yml; gitea also covers "
            "Forgejo, bitbucket-server also covers Bitbucket Data Center; write none if the hub's forge is none of these",
        ),
        (
            "forge: [github]\n",
            1,
            8,
            "'forge' must be one of auto, github, gitlab, gitea, bitbucket-server, none, not a list",
            "auto tells GitHub and GitLab from repo_url in mkdocs.yml; gitea also covers Forgejo, bitbucket-server "
            "also covers Bitbucket Data Center; write none if the hub's forge is none of these",
        ),
        (
            "- limits\n",
            1,
            1,
            "snowball.yml must be a set of 'name: value' settings",
            "start each setting at the beginning of a line, like 'limits:' or 'allow_indexing: false'",
        ),
    ],
)
def test_mistakes_in_snowball_yml_are_located(
    hub: Hub, text: str, line: int, col: int, message: str, hint: str
) -> None:
    settings_file(hub, text)
    found = [d for d in diagnostics(hub) if d["path"] == "snowball.yml"]
    assert [(d["code"], d["line"], d["col"], d["message"], d["hint"]) for d in found] == [
        ("settings", line, col, message, hint)
    ]
    assert run_cli("--root", str(hub.root), "validate").code == 1


def test_required_already_required_is_a_warning(hub: Hub) -> None:
    settings_file(hub, "required: [title, tags]\n")
    settings, problems = load_settings(hub.root)
    assert settings.required == frozenset({"tags"})
    assert [(d.severity, d.message) for d in problems] == [
        ("warning", "'title' is always required; listing it in 'required' changes nothing")
    ]


def test_required_setting_reaches_the_validator(hub: Hub) -> None:
    settings_file(hub, "required: [outcomes]\n")
    hub.story("s")
    d = diagnostics(hub)[0]
    assert (d["code"], d["message"]) == ("missing-field", "required field 'outcomes' is missing")
    assert d["hint"] == (
        "add a line 'outcomes:' followed by lines like '  - label: \"Paper used per month\"' and "
        "'    value: \"-38 %\"' (Measured results, each with a label and a value, optionally before, after and unit.)"
    )


def test_one_wrong_setting_keeps_the_others(hub: Hub) -> None:
    settings_file(hub, "limits:\n  summary: 600\nallow_indexing: maybe\ncontribute_branch: stories\n")
    settings, problems = load_settings(hub.root)
    assert settings == Settings(limits={"summary": 600}, contribute_branch="stories")
    assert len(problems) == 1


@pytest.mark.parametrize("forge", ["auto", "github", "gitlab", "gitea", "bitbucket-server", "none", "GitLab"])
def test_forge_setting_names_the_hubs_forge(hub: Hub, forge: str) -> None:
    settings_file(hub, f"forge: {forge}\n")
    settings, problems = load_settings(hub.root)
    assert (settings.forge, problems) == (forge.lower(), [])


def test_empty_and_comment_only_files_keep_defaults(hub: Hub) -> None:
    for text in ("", "# nothing yet\n", "limits:\nrequired:\nallowed_addresses:\n"):
        settings_file(hub, text)
        assert load_settings(hub.root) == (DEFAULT_SETTINGS, [])


def test_example_snowball_yml_documents_every_setting_at_its_default() -> None:
    """The repository's snowball.yml is the documented example: loading it changes nothing."""
    settings, problems = load_settings(REPO)
    assert problems == []
    assert settings == DEFAULT_SETTINGS
    text = (REPO / "snowball.yml").read_text(encoding="utf-8")
    for name in SETTING_NAMES:
        assert f"\n{name}:" in text, f"document '{name}' in snowball.yml"
    for field in story_fields():
        if field.max_len is not None:
            assert f"  {field.name}: {field.max_len} " in text
    assert {f.name for f in dataclasses.fields(Settings)} == set(SETTING_NAMES)


def test_story_fields_say_where_the_limit_is_set() -> None:
    fields = {f.name: f for f in story_fields(Settings(limits={"summary": 600}))}
    assert (fields["summary"].max_len, fields["summary"].setting) == (600, "limits.summary")
    assert fields["date"].setting is None


_SETTING_LINES = st.sampled_from(
    [
        "limits:",
        "  summary: 600",
        "  title: x",
        "  date: 3",
        "required: [tags, x]",
        "required:",
        "  - outcomes",
        "allowed_addresses: [a@b.example, nope]",
        "allow_indexing: true",
        "allow_indexing: [1]",
        "contribute_branch: main",
        "contribute_branch: ..",
        "allowed_contact_domains: [harbourline.example, '@x', 3]",
        "allowed_contact_domains: x",
        "forge: gitea",
        "forge: github.com",
        "\tlimits: 1",
        "limits: {summary: 99999999}",
        "x: \u201cy\u201d",
        "- 1",
        "# comment",
    ]
)


@hyp_settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_SETTING_LINES, st.text(max_size=30)), max_size=8))
def test_any_snowball_yml_is_read_without_raising(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    root = tmp_path_factory.mktemp("hub")
    text = "\n".join(lines) + "\n"
    (root / "snowball.yml").write_text(text, encoding="utf-8", errors="surrogatepass")
    settings, problems = load_settings(root)
    assert isinstance(settings, Settings)
    for d in problems:
        assert d.path == "snowball.yml" and 0 <= d.line <= text.count("\n") + 1
        assert "\x1b" not in d.message and "\n" not in d.message
