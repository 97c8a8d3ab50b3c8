"""The web app in real headless Chromium (Debian's, driven by Playwright): every page loads with
no error and no request leaving the machine, an event links to its highlighted trigger at the
right characters, the timeline filters and zooms, and each page is saved as a screenshot under
``tests/artifacts/screenshots/`` (git-ignored).

Skips only where Chromium is absent outside CI; in CI (``CI`` set) a missing Chromium fails.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from dateline.store import Store
from tests.test_web_fixtures import IMG, SCRIPT, hostile, web_store  # noqa: F401

pytestmark = pytest.mark.model

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SHOTS = Path(__file__).resolve().parent / "artifacts" / "screenshots"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve(path: Path) -> Iterator[str]:
    import uvicorn

    from dateline.web import create_app

    store = Store.open(str(path), mode="read")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, token=""), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def base_url(web_store: Path) -> Iterator[str]:  # noqa: F811
    yield from _serve(web_store)


@pytest.fixture(scope="module")
def seed_url(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a store of the seed article alone (issue 18: its one exchange thread)."""
    from dateline.batch import ingest_articles
    from dateline.ingest.readers import read_inputs
    from tests.conftest import SEED

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store.open(str(path)) as store:
        assert ingest_articles(store, list(read_inputs([str(SEED)]))).added == 1
    yield from _serve(path)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield found
        found.close()


class Watched:
    """A page whose console errors, page errors, dialogs and off-machine requests are kept."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        self.page.on("dialog", self._dialog)
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))

    def _route(self, route: Any) -> None:
        host = urlsplit(route.request.url).hostname
        if host in {"127.0.0.1", None}:
            route.continue_()
        else:
            self.problems.append(f"off-machine request: {route.request.url}")
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def visit(self, url: str, shot: str | None = None) -> Any:
        response = self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
        return response

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.close()


def _json(watched: Watched, url: str) -> Any:
    return watched.context.request.get(url).json()


#: Where a link to an article span landed: the span's text, its offset in the article text
#: counted in the browser, its classes, the article text, and the focused spans of its kind.
LANDED = """(kind) => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const text = document.getElementById('article-text');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEndBefore(el);
    return {offset: range.toString().length, text: el.textContent, classes: [...el.classList],
            full: text.textContent,
            focused: document.querySelectorAll(`mark.${kind}.focus`).length};
}"""


def _follow_to_highlight(watched: Watched, link: Any, url: str,
                         kind: str) -> tuple[str, int, dict[str, Any]]:
    """Follow a link to an article span (``data-start``: its offset) and check the page lands
    on that span, highlighted as ``kind`` and focused, at the same characters; the link's text,
    its offset, and what ``LANDED`` found."""
    expected, start = link.inner_text(), int(link.get_attribute("data-start") or -1)
    link.click()
    watched.page.wait_for_url(url)
    watched.page.wait_for_load_state("networkidle")
    found: dict[str, Any] = watched.page.evaluate(LANDED, kind)
    assert found["text"] == expected and found["offset"] == start
    assert kind in found["classes"] and "focus" in found["classes"]
    return expected, start, found


def test_every_page_loads_without_errors_or_network(watched: Watched, base_url: str) -> None:
    events = _json(watched, f"{base_url}/events.json?per_page=200")["events"]
    top = _json(watched, f"{base_url}/overview.json")["top_actors"][0]
    first = next(e for e in events if e["article"])
    pages = {"overview": "/", "events": "/events", "events-merged": "/events?merged=true",
             "event": f"/events/{first['merged_id']}", "article": f"/articles/{first['article']}",
             "actors": "/actors", "actor": f"/actors/{top['id']}", "timeline": "/timeline",
             "timeline-actor": f"/timeline?actor={top['name']}", "network": "/network",
             "map": "/map",
             "quotes": "/quotes?contains=agreement", "search": "/search?q=minister",
             "threads": "/threads",
             "docs": "/docs", "not-found": "/articles/sha256:unknown"}
    for name, path in pages.items():
        response = watched.visit(base_url + path, shot=name)
        expected = 404 if name == "not-found" else 200
        assert response.status == expected, (path, response.status)
        if name == "docs":
            watched.page.wait_for_selector(".opblock", timeout=15000)
            watched.page.screenshot(path=str(SHOTS / "docs.png"))
    watched.problems = [p for p in watched.problems if "404" not in p]  # the not-found page
    assert not watched.problems


def test_the_overview_chart_is_drawn(watched: Watched, base_url: str) -> None:
    watched.visit(base_url + "/")
    drawn = watched.page.evaluate(
        "() => { const c = document.getElementById('types-chart');"
        " const chart = Chart.getChart(c); return chart ? chart.data.datasets.length : 0; }")
    assert drawn > 0
    assert not watched.problems


def test_the_overview_map_draws_outlines_and_a_marker_per_place(watched: Watched,
                                                                base_url: str) -> None:
    places = _json(watched, f"{base_url}/overview.json")["map"]["places"]
    assert places, "the sample corpus has located events"
    watched.visit(base_url + "/")
    watched.page.wait_for_selector("#event-map path.map-country", timeout=15000)
    markers = watched.page.locator("#event-map path.map-marker")
    assert markers.count() == len(places)
    assert watched.page.locator("#event-map path.map-country").count() > 100  # the outlines
    assert watched.page.locator("#event-map path.map-country.located").count() >= 1
    assert watched.page.locator("#event-map img").count() == 0  # no tiles
    watched.page.locator("#event-map").screenshot(path=str(SHOTS / "overview-map.png"))
    markers.first.click(force=True)
    watched.page.wait_for_url("**/events?*near=*")
    assert watched.page.locator("table.events tbody tr td.empty").count() == 0
    assert not watched.problems


def test_an_event_links_to_its_trigger_highlighted_at_the_right_characters(
        watched: Watched, base_url: str) -> None:
    watched.visit(base_url + "/events")
    link = watched.page.locator("a.trigger-link").first
    trigger, start, found = _follow_to_highlight(watched, link, "**/articles/**", "hl-trigger")
    article = watched.page.url.split("/articles/", 1)[1].split("#", 1)[0]
    record = _json(watched, f"{base_url}/articles/{article}.json")["record"]
    assert found["full"] == record["text"]
    assert record["text"][start:start + len(trigger)] == trigger
    watched.page.screenshot(path=str(SHOTS / "article-from-event.png"))
    assert not watched.problems


def test_the_timeline_filters_and_zooms(watched: Watched, base_url: str) -> None:
    watched.visit(base_url + "/timeline")
    rows = watched.page.locator("tr.timeline-row")
    before = rows.count()
    types = {rows.nth(i).get_attribute("data-type") for i in range(before)}
    chosen = sorted(t for t in types if t)[0]
    watched.page.select_option("select[name=type]", chosen)
    watched.page.click("form.filters button[type=submit]")
    watched.page.wait_for_url(f"**type={chosen}**")
    after = watched.page.locator("tr.timeline-row")
    assert 0 < after.count() < before
    assert {after.nth(i).get_attribute("data-type") for i in range(after.count())} == {chosen}
    watched.visit(base_url + "/timeline")
    svg = watched.page.locator("svg.timeline")
    start, end = svg.get_attribute("data-start"), svg.get_attribute("data-end")
    watched.page.click("#zoom-in")
    watched.page.wait_for_url("**since=**")
    zoomed = watched.page.locator("svg.timeline")
    if zoomed.count():
        assert (zoomed.get_attribute("data-start") or "") > (start or "")
        assert (zoomed.get_attribute("data-end") or "") < (end or "")
    watched.page.screenshot(path=str(SHOTS / "timeline-zoomed.png"), full_page=True)
    assert not watched.problems


def test_hostile_text_runs_nothing_in_the_browser(watched: Watched, base_url: str,
                                                  hostile: Any) -> None:  # noqa: F811
    name = hostile.actors[0].name
    for path in [f"/articles/{hostile.id}", f"/events?actor={name}", f"/timeline?actor={name}",
                 "/quotes?contains=reject", f"/search?q={SCRIPT}", f"/actors?name={IMG}"]:
        watched.visit(base_url + path)
        assert watched.page.locator("img[src=x]").count() == 0, path
    watched.visit(base_url + f"/articles/{hostile.id}", shot="hostile-article")
    assert SCRIPT in watched.page.inner_text("#article-text")
    assert not watched.problems


def test_the_seed_thread_page_has_two_lanes_and_a_step_links_to_its_highlight(
        watched: Watched, seed_url: str) -> None:
    [row] = _json(watched, f"{seed_url}/threads.json")["threads"]
    watched.visit(f"{seed_url}/threads")
    watched.page.locator("a.thread-link").first.click()
    watched.page.wait_for_url(f"**/threads/{row['id']}")
    watched.page.wait_for_load_state("networkidle")
    watched.page.screenshot(path=str(SHOTS / "thread-seed.png"), full_page=True)
    lanes = watched.page.locator("svg.thread-chart g.thread-lane")
    assert lanes.count() == 2
    codes = [set((lanes.nth(i).get_attribute("data-codes") or "").split(",")) for i in range(2)]
    assert "RUS" in codes[0] and {"USA", "NATO"} <= codes[1]
    marks = watched.page.locator("svg.thread-chart a.step-mark")
    assert {marks.nth(i).get_attribute("data-lane") for i in range(marks.count())} == {"0", "1"}
    roles = [marks.nth(i).get_attribute("data-role") for i in range(marks.count())]
    assert roles[0] in {"PROPOSE", "REQUEST"} and "RESPOND" in roles and roles[-1] == "REJECT"
    assert "tentative" in (marks.nth(marks.count() - 1).get_attribute("class") or "")
    link = watched.page.locator("a.evidence-link").nth(2)  # the US response
    _, _, found = _follow_to_highlight(watched, link, "**/articles/**#th1-s*", "hl-evidence")
    assert found["focused"] >= 2, "every evidence span of the step is shown"
    watched.page.screenshot(path=str(SHOTS / "article-from-thread.png"))
    assert not watched.problems
