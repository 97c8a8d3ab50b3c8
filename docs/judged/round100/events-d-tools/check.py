"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's rules."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ev = [json.loads(l) for l in open("events-d.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ev) == 50 == len(items)
for it, e in zip(items, ev):
    assert (it["n"], it["doc"], it["trigger"]) == (e["n"], e["doc"], e["trigger"])
    assert {k: v for k, v in e.items() if k not in ("verdict", "reasons")} == it
    v = e["verdict"]
    assert set(v) == set(F + ["all"]) and all(isinstance(x, bool) for x in v.values())
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert e["reasons"].strip()
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6
print("ok", {f: sum(e["verdict"][f] for e in ev) for f in F + ["all"]})
