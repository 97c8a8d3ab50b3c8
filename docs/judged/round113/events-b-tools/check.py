"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl against the brief and print the counts."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
K = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert all(b[k] == a[k] for k in a), a["n"]
    assert (b["n"], b["doc"], b["trigger"]) == (a["n"], a["doc"], a["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in K)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({k: sum(o["verdict"][k] for o in out) for k in K + ["all"]}, "of 50")
ps = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
