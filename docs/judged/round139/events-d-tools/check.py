import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
outs = [json.loads(l) for l in open("events-d.jsonl")]
assert len(outs) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, outs):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ["all"])
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {k: sum(o["verdict"][k] for o in outs) for k in F + ["all"]})
