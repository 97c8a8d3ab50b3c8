"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's requirements."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert all(a[k] == b[k] for k in a), a["n"]          # item object unchanged
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert set(v) == set(F + ["all"]) and all(isinstance(x, bool) for x in v.values())
    assert v["all"] == all(v[f] for f in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"].strip()
pars = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(pars) == 6
assert [p["doc"] for p in pars] == [json.loads(l)["doc"] for l in open(HERE / "paragraphs-d.jsonl")]
print("ok:", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]})
