"""The digest e-mail as a mail reader shows it, in the browser tests' shared Chromium (one per session:
a second sync Playwright inside the session's event loop is refused)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from snowball.digest import render_email
from tests.test_digest_hostile import SITE_URL, renamed


def test_email_in_chromium_fits_a_phone_and_requests_nothing(browser: Browser, tmp_path: Path) -> None:
    """JavaScript off, every request recorded, 390 px wide: nothing leaves the message and nothing overflows."""
    page_file = tmp_path / "digest.html"
    page_file.write_text(render_email(renamed("Paperless" * 13, site="שלום עולם 无纸化 🎉"), site_url=SITE_URL))
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        size = page.evaluate("[document.documentElement.scrollWidth, document.body.innerText.length]")
    finally:
        context.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert size[0] <= 390 and size[1] > 500, size
