"""Browser fixtures: the sample hub built once, served on 127.0.0.1, read by Debian's headless Chromium.

Every page a test opens goes through a `Reader`, which records each request the page makes. Anything
addressed to another host is blocked and fails the test (the hub must work on an intranet with no
internet), as do uncaught script errors, alert dialogs and broken local links.

Without Chromium or axe-core the tests skip with the command that installs them; under CI
(CI=true) they fail instead, so a broken CI image cannot turn the browser suite silently green.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect, sync_playwright

from snowball.hub import load_hub
from snowball.ledger import Ledger

from ..conftest import REPO, mkdocs_bin, run_process

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Route

CHROMIUM = Path(os.environ.get("SNOWBALL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
MKDOCS = mkdocs_bin()

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# One page of each type a reader meets, with the sample hub's content.
PAGE_TYPES = {
    "home": "/",
    "story": "/stories/kingsgate-paperless-loan-files/",
    "site": "/sites/kingsgate/",
    "practice": "/practices/paperless-loan-files/",
    "matrix": "/matrix/",
    "tag": "/tags/paper/",
    "champion": "/champions/nadia-haddad/",
    "listing": "/stories/",
    "contribute": "/contribute/",
    "region": "/regions/north-coast/",
    "site-stories": "/sites/porto-harbour/stories/",
    "sites-index": "/sites/",
    "practices-index": "/practices/",
    "regions-index": "/regions/",
    "tags-index": "/tags/",
    "champions-index": "/champions/",
}

# The same page types in the synthetic hub (tests/browser/conftest.py synth_site): names from scripts/synth.py.
SYNTH_PAGE_TYPES = {
    "home": "/",
    "story": "/stories/story-00999/",
    "site": "/sites/site-0000/",
    "practice": "/practices/practice-000/",
    "matrix": "/matrix/",
    "tag": "/tags/tag-account/",
    "champion": "/champions/champion-00000/",
    "listing": "/stories/",
    "contribute": "/contribute/",
    "region": "/regions/north-coast/",
    "site-stories": "/sites/site-0000/stories/",
    "sites-index": "/sites/",
    "practices-index": "/practices/",
    "regions-index": "/regions/",
    "tags-index": "/tags/",
    "champions-index": "/champions/",
}

# CI machines are slow and shared: give auto-retrying assertions (search results arriving, say) some slack.
expect.set_options(timeout=30_000)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(message: str) -> None:
    """Skip locally; fail in CI, where a missing tool means a broken image, not a choice."""
    if in_ci():
        pytest.fail(f"{message} (CI=true, so this fails instead of skipping)", pytrace=False)
    pytest.skip(message)


# --- the sites under test --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sample() -> Ledger:
    hub = load_hub(REPO)
    return Ledger(hub, hub.published())


@pytest.fixture(scope="session")
def built_site(sample_site: Path) -> Path:
    """The sample hub as CI publishes it, shared with the build tests (tests/conftest.py)."""
    return sample_site


@pytest.fixture(scope="session")
def synth_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic hub shaped like a large real one (1,000 stories, 100 sites, 40 practices), built once."""
    root = tmp_path_factory.mktemp("synth-hub")
    made = run_process(
        sys.executable,
        str(REPO / "scripts" / "synth.py"),
        str(root),
        "--stories",
        "1000",
        "--sites",
        "100",
        "--practices",
        "40",
        cwd=REPO,
    )
    assert made.code == 0, made.err
    out = root / "site"
    built = run_process(MKDOCS, "build", "--strict", "--site-dir", str(out), cwd=root, timeout=600)
    assert built.code == 0, built.err
    return out


@pytest.fixture(scope="session")
def synth_url(synth_site: Path, serve: Callable[[Path], str]) -> str:
    return serve(synth_site)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve a built site on 127.0.0.1 at a free port, as a static web server would; returns its address."""
    servers: list[ThreadingHTTPServer] = []

    def start(root: Path) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name=f"http-{root.name}", daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path, serve: Callable[[Path], str]) -> str:
    return serve(built_site)


# --- the browser -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        unavailable(f"Chromium not found at {CHROMIUM}: install Debian's chromium package to run the browser tests")
    pw = sync_playwright().start()
    try:
        # Debian's Chromium, never a downloaded one: executable_path, and no `playwright install`.
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception as exc:
        pw.stop()
        unavailable(f"Chromium at {CHROMIUM} did not start: {exc}")
    try:
        yield chromium
    finally:
        chromium.close()
        pw.stop()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE.is_file():
        unavailable("axe-core is not installed: run `npm ci --prefix tests/browser` (needs Node.js and npm)")
    return AXE


@dataclass
class Reader:
    """One browser context, as one reader: what it requested, what went wrong, what popped up."""

    context: BrowserContext
    page: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def goto(self, path: str) -> Page:
        response = self.page.goto(self.origin + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return self.page

    def local(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in {"data", "blob", "about"} or f"{parts.scheme}://{parts.netloc}" == self.origin

    def problems(self) -> list[str]:
        return (
            [f"request to another host: {u}" for u in self.external]
            + [f"broken local address: {u}" for u in self.broken]
            + [f"script error: {e}" for e in self.errors]
            + [f"dialog opened: {d}" for d in self.dialogs]
        )


def _watch(reader: Reader) -> None:
    def route(route: Route) -> None:
        url = route.request.url
        if reader.local(url):
            route.continue_()
        else:  # never let the browser reach the internet, and remember that the page tried to
            reader.external.append(url)
            route.abort("blockedbyclient")

    def on_request(request: Request) -> None:
        reader.requests.append(request.url)

    def on_response(response: Any) -> None:
        if response.status >= 400:
            reader.broken.append(f"{response.status} {response.url}")

    def on_console(message: ConsoleMessage) -> None:
        where = message.location.get("url", "") if message.location else ""
        failed_load = message.text.startswith("Failed to load resource")
        if message.type == "error" and not failed_load:  # failed loads are reported by on_response
            reader.errors.append(f"{message.text} ({where})")

    def on_dialog(dialog: Any) -> None:
        reader.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    reader.context.route("**/*", route)
    reader.context.on("request", on_request)
    reader.context.on("response", on_response)
    reader.page.on("console", on_console)
    reader.page.on("pageerror", lambda exc: reader.errors.append(f"uncaught: {exc}"))
    reader.page.on("dialog", on_dialog)


@pytest.fixture
def open_reader(browser: Browser, site_url: str) -> Iterator[Callable[..., Reader]]:
    """Open a fresh reader (own context: own storage, viewport, colour preference); checked when the test ends."""
    readers: list[Reader] = []

    def make(viewport: dict[str, int] = DESKTOP, color_scheme: str = "light", origin: str = site_url) -> Reader:
        context = browser.new_context(
            viewport=viewport, color_scheme=color_scheme, reduced_motion="reduce", service_workers="block"
        )
        context.set_default_timeout(30_000)
        reader = Reader(context, context.new_page(), origin)
        _watch(reader)
        readers.append(reader)
        return reader

    yield make
    problems = [p for r in readers for p in r.problems()]
    for r in readers:
        r.context.close()
    assert problems == [], "the pages did something a reader on an intranet would notice"


@pytest.fixture
def reader(open_reader: Callable[..., Reader]) -> Reader:
    """A desktop reader (1280 x 900, light colour preference)."""
    return open_reader()


# --- reading the built HTML, for expectations ------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    title: str
    href: str
    site: str
    practices: frozenset[str]
    tags: frozenset[str]


class _Cards(HTMLParser):
    """The story cards of a listing, from the data attributes the filter script reads."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[Card] = []
        self._open: dict[str, str] | None = None
        self._in_title = False
        self._title = ""
        self._href = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "article" and "sb-card" in a.get("class", "").split():
            self._open, self._title, self._href = a, "", ""
        elif tag == "h3" and self._open is not None:
            self._in_title = True
        elif tag == "a" and self._in_title and not self._href:
            self._href = a.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3":
            self._in_title = False
        elif tag == "article" and self._open is not None:
            o = self._open
            self.cards.append(
                Card(
                    self._title.strip(),
                    self._href,
                    o.get("data-site", ""),
                    frozenset(o.get("data-practices", "").split()),
                    frozenset(o.get("data-tags", "").split()),
                )
            )
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._in_title and self._href and not self._title:
            self._title = data


def built_cards(site_dir: Path, path: str) -> list[Card]:
    parser = _Cards()
    parser.feed((site_dir / path.strip("/") / "index.html").read_text(encoding="utf-8"))
    parser.close()
    return parser.cards
