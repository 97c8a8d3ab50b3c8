"""Checks and per-field counts for events-a.jsonl and paragraphs-a-verdicts.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 50
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert all(it[k] == v[k] for k in it)
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F[:-1])
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F})
par = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(par) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in par), "found", sum(p["found"] for p in par),
      "dateline", sum(p["dateline_events"] for p in par), "spurious", sum(p["spurious"] for p in par))
