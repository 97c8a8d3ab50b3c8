"""Check events-d.jsonl against the items and count right fields; check the paragraph file."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
ver = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F[:-1])
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F})
par = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(par) == 6
print("paragraphs ok", sum(len(p["coder_events"]) for p in par), sum(p["found"] for p in par),
      sum(p["dateline_events"] for p in par), sum(p["spurious"] for p in par))
