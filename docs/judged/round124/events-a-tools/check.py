"""Check events-a.jsonl against the items and print per-field counts.
usage: check.py   (run in docs/judged/round124)"""
import json, collections
F = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ("all",))
    assert b["reasons"]
c = {f: sum(o["verdict"][f] for o in out) for f in F + ("all",)}
print("right of 50:", c)
wrong = collections.Counter(f for o in out for f in F if not o["verdict"][f] and o["verdict"]["event"])
print("wrong fields among held events:", dict(wrong))
bytype = collections.defaultdict(lambda: [0, 0])
for o in out:
    bytype[o["type"]][0] += o["verdict"]["all"]; bytype[o["type"]][1] += 1
print("all-right by type:", {k: f"{a}/{n}" for k, (a, n) in sorted(bytype.items())})
p = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(p) == 6
print("paragraphs:", {k: sum(len(x[k]) if k == "coder_events" else x[k] for x in p)
                       for k in ("coder_events", "found", "dateline_events", "spurious")})
