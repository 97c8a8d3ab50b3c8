"""Check events-c.jsonl / paragraphs-c-verdicts.jsonl against the brief and print the counts."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
ver = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
assert len(ver) == 50 == len(items)
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it, "item object changed"
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"].strip()
counts = {f: sum(v["verdict"][f] for v in ver) for f in F + ["all"]}
print("per-field right of 50:", counts)
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))]
assert len(paras) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in paras), found=sum(p["found"] for p in paras),
           dateline=sum(p["dateline_events"] for p in paras), spurious=sum(p["spurious"] for p in paras))
print("paragraphs:", tot)
for p in paras:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
from collections import Counter
c = Counter()
for v in ver:
    for f in F:
        if not v["verdict"][f] and v["verdict"]["event"]:
            c[f] += 1
print("wrong fields among real events:", dict(c))
print("types of items:", Counter(v["type"] for v in ver))
