"""The web pages over PostgreSQL (when DATELINE_TEST_PG_URL is set): the sample store's records
copied into a fresh schema, every page and its JSON twin answered, search highlighted."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app
from tests.test_web_fixtures import web_store  # noqa: F401

PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL is not set")]


@pytest.fixture(scope="module")
def pg_client(web_store: Path) -> Iterator[TestClient]:  # noqa: F811
    from sqlalchemy import create_engine

    schema = f"web_{uuid.uuid4().hex[:12]}"
    admin = create_engine(str(PG_URL))
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        url = f"{PG_URL}?options=-csearch_path%3D{schema}"
        with Store.open(str(web_store), mode="read") as source, Store.open(url) as store:
            report = store.ingest(source.records())
            assert report.added == source.counts()["articles"]
        with Store.open(url, mode="read") as reader, \
                TestClient(create_app(reader, token="")) as client:
            yield client
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def test_every_page_answers_on_postgresql(pg_client: TestClient) -> None:
    events = pg_client.get("/events.json?per_page=5&page=2").json()
    assert events["total"] > 10 and len(events["events"]) == 5
    first = events["events"][0]
    top = pg_client.get("/overview.json").json()["top_actors"][0]
    for path in ["/", "/events?type=REJECT", "/events?merged=true&since=2023",
                 f"/events/{first['merged_id']}", f"/articles/{first['article']}", "/actors",
                 f"/actors/{top['id']}", "/timeline", f"/timeline?actor={top['name']}",
                 "/network?since=2023-01&until=2024", "/quotes?contains=agreement",
                 "/search?q=ceasefire"]:
        page = pg_client.get(path)
        assert page.status_code == 200, (path, page.text[:300])
        assert pg_client.get(path, headers={"accept": "application/json"}).status_code == 200
    assert "<mark>" in pg_client.get("/search?q=ceasefire").text
