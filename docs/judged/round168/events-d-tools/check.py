"""Check judge d's outputs against the brief and print per-field counts and paragraph totals."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]}
print("right of 50:", counts)
paras = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
tot = {"coded": sum(len(p["coder_events"]) for p in paras), "found": sum(p["found"] for p in paras),
       "dateline_events": sum(p["dateline_events"] for p in paras), "spurious": sum(p["spurious"] for p in paras)}
print("paragraphs:", tot)
from collections import Counter
print("wrong by type:", Counter(o["type"] for o in out if not o["verdict"]["all"]))
