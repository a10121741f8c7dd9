"""Rules the registries state in their own comments are enforced (issue 9 #9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snowball.registries import load_registries

from .conftest import REGISTRIES, REPO, Hub, run_cli


def diagnostics(hub: Hub) -> list[dict]:
    result = run_cli("--root", str(hub.root), "validate", "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["diagnostics"]


def test_lead_from_another_site_is_an_error(hub: Hub) -> None:
    """sites.yml: 'that champion's home site must be this site'."""
    hub.registry(
        "sites.yml",
        REGISTRIES["sites.yml"].replace(
            "  region: Europe\n- id: lagos", "  region: Europe\n  lead: anna-schmidt\n- id: lagos"
        ),
    )
    found = [d for d in diagnostics(hub) if d["code"] == "registry-rule"]
    assert len(found) == 1
    d = found[0]
    assert (d["path"], d["line"], d["col"], d["field"], d["severity"]) == (
        "registries/sites.yml",
        8,
        9,
        "lead",
        "error",
    )
    assert d["message"] == (
        "the lead of site 'porto' is 'anna-schmidt', whose home site is 'berlin' (registries/champions.yml line 3)"
    )
    assert d["hint"] == (
        "a site's lead must be one of its own champions: choose 'ines-carvalho', "
        "or change 'anna-schmidt''s site in registries/champions.yml"
    )
    assert run_cli("--root", str(hub.root), "validate").code == 1


def test_sample_registries_keep_the_rule() -> None:
    registries, problems = load_registries(REPO)
    assert problems == []
    for site in registries.sites.values():
        if site.lead:
            assert registries.champions[site.lead].site == site.id


def test_region_spelled_two_ways_is_named(hub: Hub) -> None:
    hub.registry(
        "sites.yml",
        REGISTRIES["sites.yml"].replace(
            "name: Porto Harbour\n  region: Europe", "name: Porto Harbour\n  region: europe"
        ),
    )
    found = [d for d in diagnostics(hub) if d["code"] == "registry-rule"]
    assert [(d["severity"], d["line"], d["message"], d["hint"]) for d in found] == [
        (
            "warning",
            7,
            "region 'europe' of 'porto' is spelled differently from 'Europe' (1 entry)",
            "write 'Europe'; pages group by the exact text, so this would make a region of its own",
        )
    ]


def test_unknown_lead_suggests_by_name(hub: Hub) -> None:
    hub.registry("sites.yml", REGISTRIES["sites.yml"].replace("lead: anna-schmidt", "lead: Anna Schmidt"))
    d = [d for d in diagnostics(hub) if d["path"] == "registries/sites.yml"][0]
    assert (d["code"], d["line"]) == ("invalid-id", 4)


def test_contact_must_be_clickable(hub: Hub) -> None:
    """An "Ask" link must work: a contact is an e-mail address or an https:// chat link (issue 11)."""
    hub.registry(
        "champions.yml",
        REGISTRIES["champions.yml"].replace("contact: ines@harbourline.example", 'contact: "call me on extension 42"'),
    )
    found = [d for d in diagnostics(hub) if d["code"] == "contact"]
    assert [(d["path"], d["line"], d["field"], d["severity"]) for d in found] == [
        ("registries/champions.yml", 7, "contact", "error")
    ]
    assert found[0]["message"] == (
        "the contact of champion 'ines-carvalho' is neither an e-mail address nor an https:// chat link"
    )
    assert "name@example.org" in found[0]["hint"]


def test_contact_links() -> None:
    from snowball.registries import contact_href

    assert contact_href("ines@example.org") == "mailto:ines@example.org"
    assert contact_href("mailto:ines@example.org") == "mailto:ines@example.org"
    assert contact_href("https://chat.example.org/u/ines") == "https://chat.example.org/u/ines"
    for bad in ("javascript:alert(1)", "http://chat.example.org", "@ines", "ines at example dot org", "https://"):
        assert contact_href(bad) is None, bad


NEITHER = (
    "is neither an e-mail address nor an https:// chat link",
    "write an address colleagues can click, like name@example.org or https://chat.example.org/u/name",
)


def _contact(hub: Hub, contact: str) -> list[dict]:
    hub.registry("champions.yml", REGISTRIES["champions.yml"].replace("ines@harbourline.example", contact))
    return [d for d in diagnostics(hub) if d["code"] == "contact"]


@pytest.mark.parametrize(
    ("contact", "message", "hint"),
    [
        (
            '"ines@harbourline.example?bcc=all%40harbourline.example&subject=Reset&body=Click"',
            "has '?bcc=all%40harbourline.example&subject=R…' after the address: a mail link could add copies, "
            "a subject or a text",
            "write the address alone, like ines@harbourline.example",
        ),
        ("ines@harbourline.example#x", "has '#x' after the address: a mail link could add copies, a subject or a text",
         "write the address alone, like ines@harbourline.example"),
        ("ines%40evil.example@harbourline.example", "has '%40evil.example@harbourline.example' after the address: "
         "a mail link could add copies, a subject or a text", "write the address alone, like name@example.org"),
        (
            '"https://harbourline.example@evil.example/u/hannah"',
            "has 'harbourline.example@' before the host, so the link opens evil.example",
            "write the link with nothing between 'https://' and the host, like https://chat.example.org/u/name",
        ),
        ("https://chat.harbourline.example:8443/u/ines", "names the port :8443", "remove ':8443' after the host"),
        (
            "ines@harbourIine.example",
            "is on 'harbourIine.example' (in small letters: harbouriine.example), which is not one of the hub's "
            "contact domains (harbourline.example, from site_url in mkdocs.yml)",
            "use an address on harbourline.example, or add its domain to allowed_contact_domains in snowball.yml",
        ),
        (
            "https://h\u0430rbourline.example/u/ines",
            "is on 'h\u0430rbourline.example' (not Latin letters: '\u0430' CYRILLIC SMALL LETTER A), which is not "
            "one of the hub's contact domains (harbourline.example, from site_url in mkdocs.yml)",
            "use an address on harbourline.example, or add its domain to allowed_contact_domains in snowball.yml",
        ),
        (
            "https://harbourline.example.evil.example/u/ines",
            "is on 'harbourline.example.evil.example', which is not one of the hub's contact domains "
            "(harbourline.example, from site_url in mkdocs.yml)",
            "use an address on harbourline.example, or add its domain to allowed_contact_domains in snowball.yml",
        ),
        ("http://chat.harbourline.example/u/ines", *NEITHER),
    ],
)  # fmt: skip
def test_contact_that_misleads_is_refused_with_a_fix(hub: Hub, contact: str, message: str, hint: str) -> None:
    """Every "Ask" button opened a mail to all staff, or another host, and validate said nothing (issue 19)."""
    found = _contact(hub, contact)
    assert [(d["path"], d["line"], d["field"], d["severity"]) for d in found] == [
        ("registries/champions.yml", 7, "contact", "error")
    ]
    assert (found[0]["message"], found[0]["hint"]) == (f"the contact of champion 'ines-carvalho' {message}", hint)


@pytest.mark.parametrize(
    "contact",
    ["ines@harbourline.example", "mailto:ines@harbourline.example", "ines.carvalho+snowball@mail.harbourline.example",
     "https://chat.harbourline.example/u/ines?tab=profile", "https://HARBOURLINE.example:443/u/ines"],
)  # fmt: skip
def test_contact_on_the_organisations_domain_passes(hub: Hub, contact: str) -> None:
    assert _contact(hub, contact) == []


def test_allowed_contact_domains_replace_the_site_urls(hub: Hub) -> None:
    (hub.root / "snowball.yml").write_text("allowed_contact_domains: [Partner.example, chat.other.example]\n")
    assert _contact(hub, "ines@partner.example") == []
    assert _contact(hub, "https://x.chat.other.example/u/ines") == []
    found = _contact(hub, "ines@harbourline.example")
    assert found[0]["message"] == (
        "the contact of champion 'ines-carvalho' is on 'harbourline.example', which is not one of the hub's "
        "contact domains (partner.example, chat.other.example, from allowed_contact_domains in snowball.yml)"
    )


def test_without_site_url_or_setting_a_contact_is_refused_not_let_through(hub: Hub) -> None:
    """'Any domain' would let evil.example through: with nothing to compare with, the hub is asked to say."""
    (hub.root / "mkdocs.yml").write_text("site_name: Hub\n", encoding="utf-8")
    found = _contact(hub, "ines@evil.example")
    assert [(d["message"], d["hint"]) for d in found] == [
        (
            "the contact of champion 'ines-carvalho' is on 'evil.example', but the hub names no domains that "
            "contacts may use",
            "add 'allowed_contact_domains: [your-organisation.example]' to snowball.yml (or set site_url in mkdocs.yml)",
        )
    ]


@pytest.mark.parametrize(
    ("site_url", "domain"),
    [
        ("https://snowball.harbourline.example/", "harbourline.example"),
        ("https://hub.example.org/stories/", "example.org"),
        ("https://example.org", "example.org"),
        ("https://a.b.example.org:8443/", "b.example.org"),
        ("https://example.co.uk/", "example.co.uk"),  # never the shared ending co.uk
        ("http://snowball/", None),
        ("https://10.0.0.7/", None),
        ("", None),
    ],
)
def test_the_default_domain_comes_from_site_url(tmp_path: Path, site_url: str, domain: str | None) -> None:
    from snowball.settings import site_domain

    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: x\nsite_url: {site_url}\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/name:a.b\n"
    )
    assert site_domain(tmp_path) == domain


@given(st.text(alphabet="abcxyzIl0-.@:/?#%&[]\\ \u0430", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_linked_contact_always_leads_to_an_allowed_host(text: str) -> None:
    """Whatever is written, a contact the check passes gets a link whose host (as urllib reads it) is allowed."""
    from urllib.parse import urlsplit

    from snowball.registries import contact_href, contact_problem

    forms = (text, "https://" + text, text + "@harbourline.example", "https://chat.harbourline.example" + text,
             "https://" + text + ".harbourline.example/", "ines@" + text + ".harbourline.example")  # fmt: skip
    for contact in forms:
        if contact_problem(contact, ("harbourline.example",), "x") is None:
            href = contact_href(contact)
            assert href is not None
            split = urlsplit(href if href.startswith("https://") else "mailto://" + href.removeprefix("mailto:"))
            host = (split.hostname or "").rstrip(".")
            assert host == "harbourline.example" or host.endswith(".harbourline.example"), contact
            assert split.query == "" or href.startswith("https://"), contact
            assert split.username is None or href.startswith("mailto:"), contact


@pytest.mark.parametrize(
    ("contact", "host"),
    [
        ("https://a%2fb.harbourline.example/u/ines", "a%2fb.harbourline.example"),
        ("https://\u0435vil.harbourline.example/u/ines", "\u0435vil.harbourline.example"),
        ("ines@\u0435vil.harbourline.example", "\u0435vil.harbourline.example"),
    ],
)
def test_a_contact_on_the_domain_that_cannot_be_a_link_is_refused_not_shown_without_one(
    hub: Hub, contact: str, host: str
) -> None:
    """Under an allowed domain, a host with '%' or non-Latin letters passed and its "Ask" button had no link."""
    found = [d for d in _contact(hub, contact) if d["severity"] == "error"]
    assert [(d["line"], d["field"]) for d in found] == [(7, "contact")]
    assert found[0]["message"] == (
        f"the contact of champion 'ines-carvalho' has the host '{host}', which a link cannot use as written "
        "(only letters a-z, digits, '-' and '.')"
    )


BAD_CONTACT = '"https://harbourline.example@evil.example/u/ines"'
BAD_WORDS = (
    "[contact] the contact of champion 'ines-carvalho' has 'harbourline.example@' before the host, "
    "so the link opens evil.example"
)


def test_the_strict_build_refuses_the_contact_in_the_validators_words(hub: Hub) -> None:
    import shutil

    from .conftest import REPO, VALID_FRONT, mkdocs_bin, run_process

    for folder in ("hooks", "theme_overrides"):
        shutil.copytree(REPO / folder, hub.root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    hub.story("good", VALID_FRONT.replace("anna-schmidt", "ines-carvalho").replace("site: berlin", "site: porto"))
    hub.registry("champions.yml", REGISTRIES["champions.yml"].replace("ines@harbourline.example", BAD_CONTACT))
    checked = run_cli("--root", str(hub.root), "validate")
    assert checked.code == 1 and f"registries/champions.yml:7:12: error {BAD_WORDS}" in checked.out
    built = run_process(mkdocs_bin(), "build", "--strict", "-d", str(hub.root / "site"), cwd=hub.root, timeout=300)
    assert built.code == 1 and f"registries/champions.yml:7: {BAD_WORDS}" in built.err, built.err
    assert "Traceback" not in built.err + built.out


def test_the_preview_shows_the_same_refusal_and_no_link_to_the_other_host(hub: Hub) -> None:
    from snowball.bridge.placement import generated_html
    from snowball.hub import load_hub
    from snowball.images import ImageCache
    from snowball.site import plan_site

    from .conftest import VALID_FRONT

    hub.story("good", VALID_FRONT.replace("anna-schmidt", "ines-carvalho").replace("site: berlin", "site: porto"))
    hub.registry("champions.yml", REGISTRIES["champions.yml"].replace("ines@harbourline.example", BAD_CONTACT))
    loaded = load_hub(hub.root)
    planned = plan_site(loaded, preview=True, site_name="x", site_url="http://127.0.0.1:8000/", key="k",
                        images=ImageCache(hub.root / ".cache" / "images"))  # fmt: skip
    home = planned.plan.outputs["index.md"]
    panel = generated_html(planned, home, "", preview=True)
    assert "registries/champions.yml" in panel and "so the link opens evil.example" in panel
    assert loaded.registries.champions["ines-carvalho"].contact is None  # no "Ask" link to evil.example
