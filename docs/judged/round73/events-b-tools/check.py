"""Check events-b.jsonl against the items and paragraphs-b-verdicts.jsonl against the paragraphs."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
ver = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(ver) == 50 == len(items)
for a, b in zip(items, ver):
    assert {k: b[k] for k in a} == a, a["n"]
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"].strip()
par = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
pin = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(par) == 6 and [p["doc"] for p in par] == [p["doc"] for p in pin]
print("ok", {k: sum(x["verdict"][k] for x in ver) for k in F + ["all"]})
