"""The hub works with no internet: every request every page makes goes to the hub's own server.

The Reader fixture blocks and records any request to another host on every page of every browser test; here
each page type (and search, which loads its index and worker) is visited on purpose, and the recorder itself
is shown to work.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import PAGE_TYPES, Reader

pytestmark = pytest.mark.browser


def test_every_page_type_loads_only_from_the_hub_itself(reader: Reader) -> None:
    for kind, path in PAGE_TYPES.items():
        before = len(reader.requests)
        # Requests made by scripts count too: Material fetches the search index on every page, after the
        # page has loaded. Wait for that request (the event), not for time: a fresh clone's first run is slow.
        with reader.page.expect_request(lambda r: r.url.endswith("/search/search_index.json"), timeout=30_000):
            reader.goto(path)
        made = reader.requests[before:]
        assert any(u.endswith((".css", ".js")) for u in made), f"{kind}: no styles or scripts recorded"
        assert any(u.endswith("/search/search_index.json") for u in made), f"{kind}: search index not recorded"
        assert [u for u in made if not reader.local(u)] == [], kind
    assert reader.external == []
    assert reader.broken == []


def test_search_loads_its_index_and_worker_locally(reader: Reader) -> None:
    page = reader.goto("/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("paper")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert any(u.endswith("/search/search_index.json") for u in reader.requests)
    assert any(u.endswith("/snowball-search.js") for u in reader.requests)  # the sharded-index worker
    assert any("/search/terms/pap.json" in u for u in reader.requests)  # it loaded the one shard it needed
    assert all(reader.local(u) for u in reader.requests)
    assert reader.external == []


def test_a_request_to_another_host_is_caught(reader: Reader) -> None:
    """Guard against a silent pass: a planted image from the internet is blocked and recorded."""
    page = reader.goto("/")
    page.evaluate("""() => new Promise(done => {
        const img = new Image();
        img.onload = img.onerror = done;
        img.src = 'https://cdn.example.com/pixel.png';
    })""")
    assert reader.external == ["https://cdn.example.com/pixel.png"]
    reader.external.clear()
