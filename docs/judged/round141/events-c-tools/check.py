"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl, print the per-field counts."""
import json
items = [json.loads(l) for l in open("events-c-items.jsonl")]
vs = [json.loads(l) for l in open("events-c.jsonl")]
assert len(vs) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
for it, v in zip(items, vs):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: it[k] for k in it} == {k: v[k] for k in it}
    vd = v["verdict"]
    assert vd["all"] == all(vd[k] for k in keys)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
counts = {k: sum(v["verdict"][k] for v in vs) for k in keys + ["all"]}
print("per-field right (of 50):", counts)
ps = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in ps), found=sum(p["found"] for p in ps),
           dateline=sum(p["dateline_events"] for p in ps), spurious=sum(p["spurious"] for p in ps))
print("paragraphs:", tot)
for p in ps:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
