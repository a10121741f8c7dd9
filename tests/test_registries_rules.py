"""Rules the registries state in their own comments are enforced (issue 9 #9)."""

from __future__ import annotations

import json

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
        REGISTRIES["champions.yml"].replace("contact: ines@example.org", 'contact: "call me on extension 42"'),
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
