"""Check judge b's outputs against the brief: order, unchanged items, all = and of six, spurious all false, 6 paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(out) == 50
for it, o in zip(items, out):
    assert {k: o[k] for k in it} == it, it["n"]
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = o["verdict"]
    assert set(v) == set(F + ["all"]) and all(isinstance(x, bool) for x in v.values())
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open(HERE / "paragraphs-b.jsonl")]
print("ok")
for o in out:
    v = o["verdict"]
    print(o["n"], "".join("1" if v[k] else "0" for k in F), "wrong:", [k for k in F if not v[k]])
