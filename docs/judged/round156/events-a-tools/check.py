"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the brief; print per-field counts."""
import json

F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 45 == len(items)
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F[:-1])
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
print("right of 45:", {f: sum(v["verdict"][f] for v in ver) for f in F})
paras = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
src = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [s["doc"] for s in src]
for p, s in zip(paras, src):
    assert p["dateline_events"] == len(s["events"])
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
