"""Final checks for judge a's files (run from docs/judged/round107)."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert o["reasons"]
paras = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
