"""Security of the web shell: hostile text renders inert on every page and in the JSON, SQL in
filters is harmless, write endpoints need the token, uploads have a limit, and the server does
not listen beyond this machine unless told to with --host."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dateline.record import Record
from dateline.store import Store
from dateline.web import create_app
from tests.test_web_fixtures import IMG, JS_LINK, SCRIPT, hostile, web_store  # noqa: F401

pytestmark = pytest.mark.model

TOKEN = "s3cret-token"
INJECTIONS = ["' OR '1'='1", "'; DROP TABLE articles; --", '" OR 1=1 --', "%' OR 1=1 --",
              "1); DELETE FROM events; --", "\\' UNION SELECT * FROM articles --", "*", "%_%"]
FILTERS = {"/events.json": ["actor", "source", "target"],
           "/timeline.json": ["actor", "counterpart"], "/network.json": ["actor"],
           "/quotes.json": ["speaker", "contains"], "/actors.json": ["name"], "/search.json": ["q"]}


@pytest.fixture(scope="module")
def store(web_store: Path) -> Iterator[Store]:  # noqa: F811
    opened = Store.open(str(web_store), mode="read")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store, token="")) as test_client:
        yield test_client


class _Audit(HTMLParser):
    """Collects what would run: script elements, event-handler attributes, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str | None] = []
        self.handlers: list[str] = []
        self.script_urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            found = dict(attrs)
            if found.get("type") != "application/json":
                self.scripts.append(found.get("src"))
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value and \
                    value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.script_urls.append(value)


#: The only scripts a page may load: ours and the vendored ones.
SCRIPTS = {"/static/app.js", "/static/vendor/chart.umd.min.js", "/static/vendor/leaflet.js",
           "/static/vendor/topojson-client.min.js"}


def hostile_pages(client: TestClient, record: Record) -> list[str]:
    from dateline.exchanges import thread_id

    events = client.get(f"/events.json?actor={record.actors[0].name}").json()["events"]
    assert events, "the hostile record's event is stored"
    actor_id = client.get("/actors.json?name=evil").json()["actors"][0]["id"]
    name = record.actors[0].name
    return ["/", "/events", f"/events?actor={name}", f"/events/{events[0]['merged_id']}",
            f"/articles/{record.id}", "/actors?name=evil", f"/actors/{actor_id}",
            f"/timeline?actor={name}", f"/timeline?actor={name}&counterpart={IMG}",
            "/network", "/map", f"/map?actor={name}", "/quotes?contains=reject",
            "/search?q=evil+corp", f"/events?type=ATTACK&actor={SCRIPT}", f"/search?q={SCRIPT}",
            "/threads", f"/threads?actor={IMG}", f"/threads/{thread_id(record.id, 'th1')}"]


def test_hostile_text_renders_inert_on_every_page(client: TestClient,
                                                  hostile: Record) -> None:  # noqa: F811
    for path in hostile_pages(client, hostile):
        page = client.get(path)
        assert page.status_code in {200, 422}, path
        audit = _Audit()
        audit.feed(page.text)
        assert set(audit.scripts) <= SCRIPTS, path
        assert not audit.handlers, (path, audit.handlers)
        assert not audit.script_urls, (path, audit.script_urls)
        assert SCRIPT not in page.text and IMG not in page.text, path
    article = client.get(f"/articles/{hostile.id}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in article
    assert JS_LINK in article  # shown as text, never as a link


def test_hostile_text_is_inert_in_the_json_and_comes_back_intact(
        client: TestClient, hostile: Record) -> None:  # noqa: F811
    for path in hostile_pages(client, hostile):
        json_path = path.replace("?", ".json?", 1) if "?" in path else (
            "/overview.json" if path == "/" else path + ".json")
        response = client.get(json_path)
        assert response.headers["content-type"].startswith("application/json")
        assert "<" not in response.text and ">" not in response.text, json_path
    data = client.get(f"/articles/{hostile.id}.json").json()
    assert Record.from_json(data["record"]).text == hostile.text
    assert data["article"]["title"] == hostile.source.title


def test_sql_in_every_filter_is_harmless(client: TestClient, store: Store) -> None:
    before = store.counts()
    everything = client.get("/events.json?per_page=200").json()["total"]
    for path, params in FILTERS.items():
        for param in params:
            for value in INJECTIONS:
                response = client.get(path, params={param: value})
                assert response.status_code == 200, (path, param, value, response.text)
                body = response.json()
                if path == "/events.json":
                    assert body["total"] < everything, (param, value)
    assert store.counts() == before


def _writer(store: Store, path: Path, token: str | None, limit: int | None = None
            ) -> TestClient:
    """The app over the read-only ``store``; uploads are written to ``path``."""
    return TestClient(create_app(store, token=token or "", max_upload=limit,
                                 write_url=str(path)))


def test_write_endpoints_are_off_without_a_token(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, None)
    for path in ["/api/extract", "/api/ingest"]:
        response = client.post(path, json={"text": "x"},
                               headers={"authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "writes-disabled"


def test_write_endpoints_refuse_a_missing_or_wrong_token(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN)
    for headers in [{}, {"authorization": "Bearer wrong"}, {"authorization": TOKEN},
                    {"authorization": f"Basic {TOKEN}"}]:
        response = client.post("/api/extract", json={"text": "Russia met Ukraine."},
                               headers=headers)
        assert response.status_code == 401, headers
        upload = client.post("/api/ingest", files={"file": ("a.txt", b"text")},
                             headers=headers)
        assert upload.status_code == 401, headers


def test_extract_accepts_the_token(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN)
    before = store.counts()["articles"]
    response = client.post(
        "/api/extract", headers={"authorization": f"Bearer {TOKEN}"},
        json={"text": "Russia accused Ukraine of shelling on Monday.", "date": "2022-01-26"})
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["schema"].startswith("dateline.record/")
    assert any(e["type"] == "ACCUSE" for e in record["events"])
    assert store.counts()["articles"] == before  # extract stores nothing


def test_extract_withholds_events_as_the_request_asks(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN)
    auth = {"authorization": f"Bearer {TOKEN}"}
    text = ("Officials said Sudan had asked Egypt to mediate on Monday, and rebels attacked "
            "the town.")
    counts = []
    for extra in ({}, {"min_confidence": 0}, {}):
        response = client.post("/api/extract", headers=auth,
                               json={"text": text, "date": "2024-03-06", **extra})
        assert response.status_code == 200, response.text
        counts.append(len(response.json()["events"]))
    assert counts == [1, 2, 1]  # a request's threshold does not stay for the next one
    refused = client.post("/api/extract", headers=auth, json={"text": text, "min_confidence": 2})
    assert refused.status_code == 422 and "min_confidence" in refused.text


def test_ingest_accepts_the_token_and_stores_the_upload(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN)
    text = b"Japan and South Korea agreed on Tuesday to hold new talks on trade, officials said."
    before = store.counts()["articles"]
    response = client.post("/api/ingest", headers={"authorization": f"Bearer {TOKEN}"},
                           files={"file": ("talks.txt", text)}, data={"date": "2024-02-06"})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 1
    assert store.counts()["articles"] == before + 1
    again = client.post("/api/ingest", headers={"authorization": f"Bearer {TOKEN}"},
                        files={"file": ("talks.txt", text)})
    assert again.json()["unchanged"] == 1


def test_ingest_withholds_events_as_the_upload_asks(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN)
    auth = {"authorization": f"Bearer {TOKEN}"}
    text = (b"Officials said Sudan had asked Egypt to mediate on Monday, and rebels attacked "
            b"the town of Kassala.")
    refused = client.post("/api/ingest", headers=auth, files={"file": ("m.txt", text)},
                          data={"min_confidence": "two"})
    assert refused.status_code == 422 and "min_confidence" in refused.text
    before = store.counts()["events"]
    response = client.post("/api/ingest", headers=auth, files={"file": ("m.txt", text)},
                           data={"date": "2024-03-06", "min_confidence": "0"})
    assert response.status_code == 200 and response.json()["added"] == 1, response.text
    assert store.counts()["events"] == before + 2


def test_uploads_above_the_limit_are_413(store: Store,
        web_store: Path) -> None:  # noqa: F811
    client = _writer(store, web_store, TOKEN, limit=1000)
    auth = {"authorization": f"Bearer {TOKEN}"}
    big = b"Russia met Ukraine. " * 5000
    upload = client.post("/api/ingest", headers=auth, files={"file": ("big.txt", big)})
    assert upload.status_code == 413 and upload.json()["error"]["code"] == "too-large"
    text = client.post("/api/extract", headers=auth, json={"text": "word " * 1000})
    assert text.status_code == 413
    kind = client.post("/api/ingest", headers=auth, files={"file": ("x.exe", b"MZ")})
    assert kind.status_code == 415 and ".txt" in kind.json()["error"]["valid"]


# -- binding ----------------------------------------------------------------------------------


def _serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str],
           env: dict[str, str] | None = None) -> tuple[Any, dict[str, Any]]:
    import uvicorn

    from dateline import cli_web
    from dateline.cli import main

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    monkeypatch.setattr(cli_web, "_warm", lambda app: seen.update(warmed=True))
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--create", *args],
                                env=env or {})
    return result, seen


def test_serve_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    result, seen = _serve(monkeypatch, tmp_path, [])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000 and seen["warmed"]


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_serve_refuses_a_non_loopback_host_not_given_with_host(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, host: str) -> None:
    result, seen = _serve(monkeypatch, tmp_path, [], env={"DATELINE_HOST": host})
    assert result.exit_code == 2, result.output
    assert "--host" in result.output and not seen


def test_serve_binds_a_non_loopback_host_given_with_host(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    result, seen = _serve(monkeypatch, tmp_path, ["--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "0.0.0.0" and seen["port"] == 8123


def test_loopback_addresses() -> None:
    from dateline.cli_web import is_loopback

    assert all(is_loopback(h) for h in ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"])
    assert not any(is_loopback(h) for h in ["0.0.0.0", "::", "10.0.0.1", "localhost.evil.org"])


def test_serve_is_documented() -> None:
    from dateline.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "Example:" in result.output and "DATELINE_TOKEN" in result.output
