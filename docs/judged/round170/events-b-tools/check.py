"""Check events-b.jsonl against the items and count right fields; check the paragraph file."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
outs = [json.loads(l) for l in open(os.path.join(ROOT, "events-b.jsonl"))]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == it
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ["all"])
    assert o["reasons"]
cnt = collections.Counter()
for o in outs:
    for k in F + ["all"]:
        cnt[k] += o["verdict"][k]
print({k: cnt[k] for k in F + ["all"]})
wrong = collections.Counter(k for o in outs for k in F if not o["verdict"][k] and o["verdict"]["event"])
print("wrong among held events:", dict(wrong))
P = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"))]
assert len(P) == 6
pd = [json.loads(l)["doc"] for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
assert [p["doc"] for p in P] == pd
pe = [len(json.loads(l)["events"]) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
assert [p["dateline_events"] for p in P] == pe
print("paragraphs:", sum(len(p["coder_events"]) for p in P), sum(p["found"] for p in P), sum(p["dateline_events"] for p in P), sum(p["spurious"] for p in P))
print("OK")
