"""The brief's checks: 50 verdict lines in item order, all == and of six, spurious false everywhere, 6 paragraph lines."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]; six = [v[k] for k in ("event", "type", "source", "target", "date", "modality")]
    assert v["all"] == all(six)
    if not v["event"]: assert not any(six) and not v["all"]
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
print("ok")
