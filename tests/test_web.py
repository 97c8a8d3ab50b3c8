"""The web app over a store of the sample corpus: pages, JSON twins, filters, paging, errors,
highlights, and the assets it ships."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dateline.record import Record
from dateline.store import Store
from dateline.web import create_app
from dateline.web.params import EventType
from dateline.web.views import Mark, highlight
from tests.test_web_fixtures import hostile, web_store  # noqa: F401

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(web_store: Path) -> Iterator[TestClient]:  # noqa: F811
    store = Store.open(str(web_store), mode="read")
    with TestClient(create_app(store, token=""), raise_server_exceptions=True) as test_client:
        yield test_client
    store.close()


def get_json(client: TestClient, path: str, status: int = 200) -> Any:
    response = client.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


@pytest.fixture(scope="module")
def ids(client: TestClient) -> dict[str, Any]:
    """Ids of stored things to visit: an article with events, a merged event, an actor."""
    events = get_json(client, "/events.json?per_page=200")["events"]
    overview = get_json(client, "/overview.json")
    return {"article": events[0]["article"], "event": events[0], "merged": events[0]["merged_id"],
            "actor": overview["top_actors"][0], "events": events}


def pages(ids: dict[str, Any]) -> list[str]:
    actor = ids["actor"]
    return ["/", "/events", "/events?merged=true", f"/events/{ids['merged']}",
            f"/articles/{ids['article']}", "/actors", f"/actors/{actor['id']}", "/timeline",
            f"/timeline?actor={actor['name']}", "/network", "/map", "/map?country=UKR", "/quotes",
            "/search?q=minister"]


def twin(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/overview" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


def test_every_page_answers_in_html_and_its_json_twin(client: TestClient,
                                                      ids: dict[str, Any]) -> None:
    for path in pages(ids):
        page = client.get(path)
        assert page.status_code == 200, (path, page.text[:300])
        assert page.headers["content-type"].startswith("text/html")
        assert "<h1>" in page.text
        by_suffix = get_json(client, twin(path))
        by_accept = client.get(path, headers={"accept": "application/json"})
        assert by_accept.headers["content-type"].startswith("application/json"), path
        assert by_accept.json() == by_suffix, path


def test_overview_counts_and_aggregates(client: TestClient) -> None:
    data = get_json(client, "/overview.json")
    assert data["counts"]["articles"] == 17  # 16 sample articles + the hostile record
    assert data["counts"]["events"] > 20
    assert data["top_actors"] and data["top_dyads"]
    months = {row["month"] for row in data["types_by_month"]}
    assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in months)
    assert sum(row["events"] for row in data["types_by_month"]) <= data["counts"]["events"]
    page = client.get("/").text
    assert 'id="types-chart"' in page and 'id="chart-data"' in page


def test_event_filters_narrow_the_list(client: TestClient, ids: dict[str, Any]) -> None:
    kind = ids["event"]["type"]
    rows = get_json(client, f"/events.json?type={kind}&per_page=200")["events"]
    assert rows and {r["type"] for r in rows} == {kind}
    modal = get_json(client, "/events.json?modality=hypothetical&per_page=200")["events"]
    assert {r["modality"] for r in modal} <= {"hypothetical"}
    dated = get_json(client, "/events.json?since=2023-12&until=2023-12&per_page=200")["events"]
    assert dated and all(r["date_start"] <= "2023-12-31" and r["date_end"] >= "2023-12-01"
                         for r in dated)


def test_min_confidence_keeps_the_surer_events(client: TestClient) -> None:
    every = get_json(client, "/events.json?per_page=200")
    sure = get_json(client, "/events.json?min_confidence=0.5&per_page=200")
    assert 0 < sure["total"] < every["total"]
    assert all(row["confidence"] >= 0.5 for row in sure["events"])
    assert sure["total"] == sum(row["confidence"] >= 0.5 for row in every["events"])
    page = client.get("/events?min_confidence=0.5").text
    assert 'name="min_confidence" value="0.5"' in page and ">confidence</th>" in page
    shown = [float(x) for x in re.findall(r"<td>(\d\.\d\d)</td></tr>", page)]
    assert len(shown) == min(sure["total"], 50) and min(shown) >= 0.5


def test_date_filters_are_the_stores_intervals(client: TestClient) -> None:
    """Dates overlap since..until (a year overlaps its months), ``within`` keeps intervals
    inside it, ``precision`` keeps dates at least that precise (issue 17 on the new store)."""
    def listed(query: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = get_json(client, f"/events.json?per_page=200&{query}")[
            "events"]
        return rows

    overlap = listed("since=2023-12&until=2023-12")
    inside = listed("since=2023-12&until=2023-12&within=true")
    assert inside and all("2023-12-01" <= r["date_start"] <= r["date_end"] <= "2023-12-31"
                          for r in inside)
    coarse = [r for r in overlap if r["date_start"] < "2023-12-01"]
    assert coarse, "a coarser date overlapping December 2023 is listed without within"
    assert {r["id"] for r in inside} < {r["id"] for r in overlap}
    days = listed("precision=day")
    assert days and {r["date_precision"] for r in days} == {"day"}
    months = {r["date_precision"] for r in listed("precision=month")}
    assert "day" in months and months <= {"day", "week", "month"}
    bad = get_json(client, "/events.json?precision=fortnight", status=422)["error"]
    assert bad["param"] == "precision" and "day" in bad["valid"]
    backwards = get_json(client, "/events.json?since=2024&until=2023", status=422)["error"]
    assert backwards["param"] == "since"
    form = client.get("/events?precision=month&within=true").text
    assert '<option value="month" selected>' in form
    assert 'name="within" value="true" checked' in form


def test_source_and_target_filters_keep_the_direction(client: TestClient,
                                                      ids: dict[str, Any]) -> None:
    event = next(e for e in ids["events"] if e["source"] and e["target"])
    source, target = event["source"][0], event["target"][0]
    forward = get_json(client, f"/events.json?source={source}&target={target}")["events"]
    assert event["id"] in {e["id"] for e in forward}
    assert all(source in e["source"] and target in e["target"] for e in forward)
    backward = get_json(client, f"/events.json?source={target}&target={source}")["events"]
    assert event["id"] not in {e["id"] for e in backward}


def test_paging_splits_the_list_without_overlap(client: TestClient) -> None:
    first = get_json(client, "/events.json?per_page=5&page=1")
    second = get_json(client, "/events.json?per_page=5&page=2")
    assert first["total"] == second["total"] > 10
    assert first["pages"] == -(-first["total"] // 5)
    ids_1, ids_2 = {e["id"] for e in first["events"]}, {e["id"] for e in second["events"]}
    assert len(ids_1) == len(ids_2) == 5 and not ids_1 & ids_2
    page = client.get("/events?per_page=5&page=2").text
    assert 'rel="next"' in page and 'rel="prev"' in page


def test_merged_events_list_their_mentions(client: TestClient, ids: dict[str, Any]) -> None:
    merged = get_json(client, "/events.json?merged=true&per_page=200")
    assert merged["merged"] is True and merged["events"]
    event = get_json(client, f"/events/{ids['merged']}.json")["event"]
    assert ids["event"]["id"] in {m["id"] for m in event["members"]}
    page = client.get(f"/events/{ids['merged']}").text
    link = f'/articles/{ids["event"]["article"]}#{ids["event"]["local_id"]}'
    assert html.escape(link) in page or link in page


def test_article_view_highlights_every_trigger_at_its_characters(client: TestClient,
                                                                 ids: dict[str, Any]) -> None:
    data = get_json(client, f"/articles/{ids['article']}.json")
    record = Record.from_json(data["record"])
    page = client.get(f"/articles/{ids['article']}").text
    text_html = page.split('<article class="text" id="article-text">', 1)[1].split(
        "</article>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", text_html)) == record.text
    for event in record.events:
        pattern = (rf'<mark class="hl hl-trigger" id="{event.id}" data-ref="{event.id}" '
                   rf'data-start="{event.trigger.start}" data-end="{event.trigger.end}"')
        assert re.search(pattern, text_html), event.id
    for time in record.times:
        assert f'id="{time.id}"' in text_html
    for quote in record.quotes:
        assert f'id="{quote.id}"' in text_html


def test_actor_page_has_codes_aliases_and_counterparts(client: TestClient,
                                                       ids: dict[str, Any]) -> None:
    data = get_json(client, f"/actors/{ids['actor']['id']}.json")
    assert data["actor"]["name"] == ids["actor"]["name"]
    assert data["actor"]["aliases"]
    assert data["items"], "the top actor has events"
    for other in data["counterparts"]:
        assert sum(other["quads"].values()) == other["events"]


def test_timeline_draws_imprecise_dates_as_intervals(client: TestClient) -> None:
    data = get_json(client, "/timeline.json")
    assert data["items"]
    page = client.get("/timeline").text
    precisions = set(re.findall(r'data-precision="(\w+)"', page))
    assert "day" in precisions
    assert precisions - {"day"}, "some sample events are dated to a month or a year"
    narrowed = get_json(client, "/timeline.json?since=2023-12&until=2023-12")["items"]
    assert narrowed and all(i["date_start"] <= "2023-12-31" and i["date_end"] >= "2023-12-01"
                            for i in narrowed)
    assert 'id="zoom-in"' in page


def test_network_has_nodes_and_quad_coloured_edges(client: TestClient) -> None:
    data = get_json(client, "/network.json")
    node_ids = {n["id"] for n in data["nodes"]}
    assert data["edges"] and all(
        e["source_id"] in node_ids and e["target_id"] in node_ids for e in data["edges"])
    page = client.get("/network").text
    assert re.search(r'class="edge q[1-4]"', page)


def test_quote_and_full_text_search_highlight_the_words(client: TestClient) -> None:
    found = get_json(client, "/quotes.json?contains=agreement")
    assert found["quotes"] and all("agreement" in q["content"].lower() for q in found["quotes"])
    assert "<mark>agreement</mark>" in client.get("/quotes?contains=agreement").text
    results = get_json(client, "/search.json?q=ceasefire")["results"]
    assert results
    assert "<mark>ceasefire</mark>" in client.get("/search?q=ceasefire").text.lower()


def test_quotes_page_shows_speech_and_documents_unless_asked(client: TestClient) -> None:
    """Issue 13: beliefs and intentions are listed only when asked for (?class=)."""
    default = get_json(client, "/quotes.json")
    every = get_json(client, "/quotes.json?class=all&per_page=200")
    assert default["filters"]["class"] is None and every["total"] > default["total"] > 0
    assert {q["cue_class"] for q in default["quotes"]} <= {"speech", "document"}
    others = get_json(client, "/quotes.json?class=thought,intention,perception")
    assert others["total"] == every["total"] - default["total"]
    assert 'value="thought" selected' in client.get("/quotes?class=thought").text


@pytest.mark.parametrize(("path", "param"), [
    ("/events.json?type=ATTACK", "type"), ("/events.json?modality=maybe", "modality"),
    ("/events.json?since=2020-13-01", "since"), ("/events.json?until=yesterday", "until"),
    ("/events.json?page=0", "page"), ("/events.json?per_page=100000", "per_page"),
    ("/timeline.json?type=attack", "type"), ("/network.json?since=20200101", "since"),
    ("/events/abc.json", "merged_id"), ("/threads.json?since=2022-13", "since"),
    ("/threads/x1.json?as_of=soon", "as_of"), ("/quotes.json?class=rumour", "class"),
    ("/events.json?min_confidence=2", "min_confidence"),
    ("/map.json?min_confidence=high", "min_confidence"),
])
def test_bad_filters_are_422_naming_the_filter(client: TestClient, path: str,
                                               param: str) -> None:
    error = get_json(client, path, 422)["error"]
    assert error["status"] == 422 and error["code"] == "invalid"
    assert error["param"] == param and param in error["message"]
    if param == "type":
        assert error["valid"] == [t.value for t in EventType]
        assert "ASSAULT" in error["message"]


@pytest.mark.parametrize("path", ["/articles/sha256:nothing.json", "/actors/987654.json",
                                  "/events/987654.json", "/no/such/page", "/threads/x0.json"])
def test_unknown_ids_are_404_in_one_shape(client: TestClient, path: str) -> None:
    error = get_json(client, path, 404)["error"] if path.endswith(".json") else None
    if error is None:
        response = client.get(path, headers={"accept": "application/json"})
        assert response.status_code == 404
        error = response.json()["error"]
    assert set(error) >= {"status", "code", "message"} and error["code"] == "not-found"


def test_threads_list_and_each_thread_page_link_to_their_evidence(
        client: TestClient, hostile: Record) -> None:  # noqa: F811
    from dateline.exchanges import thread_id

    listed = get_json(client, "/threads.json?per_page=200")
    assert listed["total"] == len(listed["threads"]) >= 1
    ours = thread_id(hostile.id, "th1")
    assert ours in {t["id"] for t in listed["threads"]}
    assert [t["id"] for t in get_json(client, "/threads.json?actor=usa")["threads"]] == \
        [t["id"] for t in listed["threads"] if "USA" in t["parties"]]
    assert get_json(client, "/threads.json?since=2090")["total"] == 0
    assert ours in {t["id"] for t in get_json(
        client, "/threads.json?since=2022-01&until=2022-01")["threads"]}
    for row in listed["threads"]:
        page = client.get(f"/threads/{row['id']}")
        assert page.status_code == 200 and 'class="thread-lane"' in page.text
        detail = get_json(client, f"/threads/{row['id']}.json")["thread"]
        assert len(detail["steps"]) == row["steps"]
        for step in detail["steps"]:
            assert f'href="/articles/{step["article"]}#{step["anchor"]}"' in page.text
            article = client.get(f"/articles/{step['article']}").text
            assert f'id="{step["anchor"]}"' in article, step
            first = step["evidence"][0]
            assert f'data-start="{first["start"]}" data-end="{first["end"]}"' in article
    early = get_json(client, f"/threads/{ours}.json?as_of=2021-12-31")["thread"]
    assert early["steps"] == [] and early["state"] is None


def test_html_errors_are_pages_with_the_same_facts(client: TestClient) -> None:
    page = client.get("/events?type=ATTACK")
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "ASSAULT" in page.text and "type" in page.text


def test_event_types_are_the_plover_types() -> None:
    from dateline import scales
    from dateline.store.filters import PLOVER_TYPES

    assert {t.value for t in EventType} == set(PLOVER_TYPES) == set(scales.scales().plover_quad)


def test_quad_names_are_the_scales() -> None:
    from dateline import scales
    from dateline.web import views

    assert scales.scales().quad_names == views.QUAD_NAMES
    assert views.quad("REJECT") == scales.plover_quad("REJECT") and views.quad(None) == 0


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in {"src", "href"} and v and tag != "a"]


def test_openapi_and_docs_use_only_local_assets(client: TestClient, ids: dict[str, Any]) -> None:
    schema = get_json(client, "/openapi.json")
    assert "/events.json" in schema["paths"] and "/api/ingest" in schema["paths"]
    for path in ["/docs", *pages(ids)]:
        parser = _Assets()
        parser.feed(client.get(path).text)
        assert parser.urls and all(u.startswith("/") and not u.startswith("//")
                                   for u in parser.urls), (path, parser.urls)
        for url in parser.urls:
            assert client.get(url).status_code == 200, url


def test_assets_ship_in_the_package_with_their_licences() -> None:
    static = resources.files("dateline.web") / "static"
    vendor = static / "vendor"
    for name in ["chart.umd.min.js", "chart.js.LICENSE.md", "swagger-ui-bundle.js",
                 "swagger-ui.css", "swagger-ui.LICENSE", "README.md", "leaflet.js", "leaflet.css",
                 "leaflet.LICENSE", "topojson-client.min.js", "topojson-client.LICENSE",
                 "countries-110m.json", "world-atlas.LICENSE"]:
        assert (vendor / name).is_file(), name
    for name in ["app.css", "app.js", "docs.js"]:
        assert (static / name).is_file(), name
    assert (resources.files("dateline.web") / "templates" / "article.html").is_file()


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


# -- highlights, without a store --------------------------------------------------------------


def _strip(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_highlight_nests_crossing_spans_and_keeps_the_text() -> None:
    text = "Russia said <b> it would respond."
    marks = sorted([Mark(0, 6, "actor", "a1", "a1-m1", "Russia"),
                    Mark(0, 16, "quote", "q1", "q1", "quote"),
                    Mark(12, 27, "trigger", "e1", "e1", "x & y")], key=Mark.order)
    out = str(highlight(text, marks))
    assert _strip(out) == text
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert out.count('id="e1"') == 1 and "hl-cont" in out  # the crossing trigger is split
    depth = 0
    for tag in re.findall(r"</?mark", out):
        depth += 1 if tag == "<mark" else -1
        assert depth >= 0
    assert depth == 0


def test_cached_aggregates_follow_the_store(tmp_path: Path, hostile: Record,  # noqa: F811
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from dateline.record import text_id
    from dateline.web import service

    monkeypatch.setattr(service, "FRESHNESS", 0.0)
    path = str(tmp_path / "cache.db")
    with Store.open(path) as store, Store.open(path, mode="read") as reader:
        store.ingest([hostile])
        client = TestClient(create_app(reader, token=""))
        assert get_json(client, "/overview.json")["counts"]["articles"] == 1
        assert get_json(client, "/actors.json")["total"] == 2
        app_browser = client.app.state.browser  # type: ignore[attr-defined]
        app_browser.warm()
        assert {key[0] for key in app_browser._cache} == {"overview", "actors", "network", "map"}
        text = hostile.text + "More.\n"
        store.ingest([replace(hostile, id=text_id(text), text=text)])
        assert get_json(client, "/overview.json")["counts"]["articles"] == 2


def test_package_data_ships_every_web_and_lexicon_file() -> None:
    """Every non-Python file under src/dateline matches a package-data pattern of
    pyproject.toml (a template or asset missing from the wheel breaks an installed serve)."""
    import tomllib
    from pathlib import PurePosixPath

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["dateline"]
    package = root / "src" / "dateline"
    data = [PurePosixPath(p.relative_to(package).as_posix()) for p in package.rglob("*")
            if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts]
    assert any(str(p).startswith("web/static/vendor/") for p in data)

    def shipped(path: PurePosixPath) -> bool:
        return any(len(path.parts) == len(PurePosixPath(pattern).parts) and path.match(pattern)
                   for pattern in patterns)

    assert [str(p) for p in data if not shipped(p)] == []


def test_thread_chart_puts_each_side_in_its_lane_and_marks_undated_steps() -> None:
    from dateline.web.threadview import thread_chart

    def step(role: str, date: str | None, source: list[str], target: list[str],
             modality: str = "asserted", published: str = "2022-01-27") -> dict[str, Any]:
        return {"role": role, "date": date, "source": source, "target": target,
                "modality": modality, "published": published}

    detail = {"parties": ["NATO", "RUS", "USA"], "steps": [
        step("REQUEST", "2021-12", ["RUS"], ["NATO"]),
        step("RESPOND", "2022-01-26", ["RUS"], ["USA"]),  # "Russia received the US response"
        step("RESPOND", "2022-01-26", ["NATO"], ["RUS"]),
        step("RESPOND", None, [], [], "hypothetical"),  # an act with no coded event
        step("REJECT", None, ["NATO"], ["RUS"], "hypothetical", "2022-01-26")]}
    chart = thread_chart(detail)
    assert [lane["codes"] for lane in chart["lanes"]] == [["RUS"], ["NATO", "USA"]]
    marks = chart["marks"]
    assert [m["lane"] for m in marks] == [0, 1, 1, 1, 1]
    assert not marks[0]["point"] and marks[0]["precision"] == "month"
    assert marks[1]["point"] and marks[1]["y"] != marks[2]["y"]  # same day: stacked
    assert marks[4]["undated"] and marks[4]["tentative"] and not marks[2]["tentative"]
    assert marks[4]["x"] > marks[2]["x"], "an undated step sits after its article's date"
    assert chart["start"] == "2021-12-01" and chart["end"] == "2022-01-27"
    assert all(m["label_x"] <= chart["width"] for m in marks)
