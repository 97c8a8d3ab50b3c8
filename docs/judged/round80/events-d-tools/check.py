"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ver) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: it[k] for k in it} == {k: v[k] for k in it}
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd[f] for f in F + ["all"])
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F + ["all"]})
pars = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
src = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in pars] == [s["doc"] for s in src]
for p, s in zip(pars, src):
    assert p["dateline_events"] == len(s["events"])
print("paragraphs", len(pars), "coded", sum(len(p["coder_events"]) for p in pars), "found", sum(p["found"] for p in pars),
      "dateline", sum(p["dateline_events"] for p in pars), "spurious", sum(p["spurious"] for p in pars))
