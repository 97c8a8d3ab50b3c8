"""Property-based fuzzing of every operation in the OpenAPI schema with schemathesis: no request,
valid or not, gets a 500, and JSON answers match the schema's documented statuses and shapes.
Example counts are bounded so the module stays quick.

Each operation's schemathesis strategy is driven by hypothesis directly (one test per
operation), which needs nothing from schemathesis' pytest plugin.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from dateline.store import Store
from dateline.web import create_app
from tests.test_web_fixtures import web_store  # noqa: F401

pytestmark = pytest.mark.model

EXAMPLES = 15
JSON_CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
               response_schema_conformance]
#: Operations in the schema (a change in the app's routes must show up here).
OPERATIONS = [
    "GET /overview.json", "GET /", "GET /events/{merged_id}.json", "GET /events/{merged_id}",
    "GET /events.json", "GET /events", "GET /articles/{article_id}.json",
    "GET /articles/{article_id}", "GET /actors/{actor_id}.json", "GET /actors/{actor_id}",
    "GET /actors.json", "GET /actors", "GET /timeline.json", "GET /timeline",
    "GET /network.json", "GET /network", "GET /map.json", "GET /map", "GET /quotes.json",
    "GET /quotes", "GET /search.json", "GET /search", "GET /threads/{thread_id}.json",
    "GET /threads/{thread_id}", "GET /threads.json", "GET /threads", "POST /api/extract",
    "POST /api/ingest",
]


@pytest.fixture(scope="module")
def api_schema(web_store: Path) -> Iterator[Any]:  # noqa: F811
    store = Store.open(str(web_store), mode="read")
    # a token is set so the write endpoints parse their input; fuzzed requests never carry it
    app = create_app(store, token="fuzz-token-never-sent", max_upload=4096)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


def operation(api_schema: Any, label: str) -> Any:
    for result in api_schema.get_all_operations():
        found = result.ok()
        if f"{found.method.upper()} {found.path}" == label:
            return found
    raise LookupError(label)


def test_the_schema_lists_every_operation(api_schema: Any) -> None:
    labels = [f"{r.ok().method.upper()} {r.ok().path}" for r in api_schema.get_all_operations()]
    assert sorted(labels) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_request_gets_a_server_error(api_schema: Any, label: str) -> None:
    op = operation(api_schema, label)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=op.as_strategy())
    def run(case: Any) -> None:
        if "write" in op.tags:
            response = case.call()
            assert response.status_code in {401, 411, 413, 422}, response.text
        elif "json" in op.tags:
            case.call_and_validate(checks=JSON_CHECKS)
        else:
            case.call_and_validate(checks=[not_a_server_error])

    run()
