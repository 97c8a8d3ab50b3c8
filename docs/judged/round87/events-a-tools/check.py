import json
F=["event","type","source","target","date","modality"]
items=[json.loads(l) for l in open("events-a-items.jsonl")]
out=[json.loads(l) for l in open("events-a.jsonl")]
assert len(out)==50
for a,b in zip(items,out):
    for k in a: assert a[k]==b[k],(a['n'],k)
    v=b["verdict"]; assert v["all"]==all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
cnt={f:sum(o["verdict"][f] for o in out) for f in F+["all"]}
print(cnt)
P=[json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(P)==6
print("coded",sum(len(p["coder_events"]) for p in P),"found",sum(p["found"] for p in P),"dl",sum(p["dateline_events"] for p in P),"spur",sum(p["spurious"] for p in P))
