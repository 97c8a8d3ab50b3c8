"""Check events-c.jsonl against the items and print per-field counts and paragraph totals."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
ver = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(ver) == 50
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it, "item object changed"
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F[:-1])
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F})
par = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(par) == 6
print("paragraphs:", {k: sum((len(p[k]) if k == "coder_events" else p[k]) for p in par) for k in ["coder_events", "found", "dateline_events", "spurious"]})
