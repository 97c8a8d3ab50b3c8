"""Extraction for ingest lives in dateline.batch; the store never imports the pipeline (issue 10).
Also: `ingest --reprocess` (issue 15/19), dict inputs and metadata dates (issue 15)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import update

from dateline.ingest.readers import ReadFailure, metadata_date_warnings, parse_metadata_date
from dateline.store import Store
from tests.test_store import cli  # noqa: F401

SRC = Path(__file__).resolve().parents[1] / "src" / "dateline"
PIPELINE_MODULES = ("dateline.pipeline", "dateline.engine", "dateline.batch", "dateline.stages",
                    "spacy")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


@pytest.mark.parametrize("path", sorted((SRC / "store").glob("*.py")), ids=lambda p: p.name)
def test_store_modules_never_import_the_pipeline(path: Path) -> None:
    bad = {m for m in _imports(path) if m.startswith(PIPELINE_MODULES)}
    assert not bad, f"{path.name} imports {bad}"


def test_store_queries_load_no_pipeline(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from dateline.store import Store\n"
        f"with Store.open({str(tmp_path / 's.db')!r}) as store:\n"
        "    store.events(); store.dyads(); store.quotes(); store.search('x')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('spacy', 'dateline.pipeline'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("raw", "iso"), [
    ("2022-01-26", "2022-01-26"), ("2022/08/10", "2022-08-10"),
    ("Wed, 26 Jan 2022 10:00 GMT", "2022-01-26T10:00:00+00:00"),
    ("January 26, 2022", "2022-01-26"), ("26 January 2022", "2022-01-26"),
    ("Wednesday, Jan. 26, 2022", "2022-01-26"), ("26/01/2022", "2022-01-26"),
    ("01/26/2022", "2022-01-26"), ("03/04/2023", None), ("soon", None), ("2022/02/30", None),
])
def test_metadata_dates_in_common_formats(raw: str, iso: str | None) -> None:
    assert parse_metadata_date(raw) == iso
    assert bool(metadata_date_warnings(iso or raw)) == (iso is None)


@pytest.mark.model
def test_dicts_and_metadata_dates_through_batch(tmp_path: Path, nlp: Any) -> None:
    from dateline import batch

    items = [
        {"text": "Russia accused Ukraine of shelling yesterday.", "id": "a",
         "date": "Wed, 26 Jan 2022 10:00 GMT"},
        {"text": "Ukraine rejected the claim yesterday, officials said.", "id": "b",
         "date": "03/04/2023"},
    ]
    with Store.open(str(tmp_path / "s.db")) as store:
        report = batch.ingest_articles(store, items)
        assert (report.added, report.failed) == (2, 0)
        records = {r.source.id: r for r in store.records()}
    assert records["a"].document_date == "2022-01-26" and records["a"].warnings == []
    assert records["b"].document_date_source != "metadata"
    assert records["b"].warnings and "03/04/2023" in records["b"].warnings[0]
    refused = batch.as_item(42)  # type: ignore[arg-type]
    assert isinstance(refused, ReadFailure) and "cannot extract from int" in str(refused.error)


@pytest.mark.model
def test_cli_ingest_reprocess_alone(cli: click.Group, tmp_path: Path, nlp: Any) -> None:  # noqa: F811
    from dateline.store import schema

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    good = tmp_path / "good.txt"
    good.write_text("MOSCOW, Jan. 26, 2022 - Russia accused Ukraine of shelling.\n",
                    encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(good), "--db", url]).exit_code == 0
    nothing = runner.invoke(cli, ["ingest", "--reprocess", "--db", url])
    assert nothing.exit_code == 0, nothing.output
    assert '"replaced": 0' in nothing.stdout
    with Store.open(url) as store, store.engine.begin() as conn:
        conn.execute(update(schema.articles).values(pipeline_rules="rules.old"))
    again = runner.invoke(cli, ["ingest", "--reprocess", "--db", url])
    assert again.exit_code == 0, again.output
    assert '"replaced": 1' in again.stdout
