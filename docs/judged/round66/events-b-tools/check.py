"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl against the brief's rules.
usage (from docs/judged/round66): python events-b-tools/check.py"""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ver) == 50
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it, "item changed"
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd[f] for f in F + ["all"])
    assert v["reasons"].strip()
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {f: sum(v["verdict"][f] for v in ver) for f in F + ["all"]})
