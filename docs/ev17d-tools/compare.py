"""Compare two run.py outputs: events only in A, only in B, and field changes on shared events.
usage: compare.py A.jsonl B.jsonl [--show N] [--kinds type,source,target,date,modality,added,removed]"""
import json, sys, random, collections

def load(p):
    out = {}
    for line in open(p):
        d = json.loads(line)
        out[d["id"]] = d["record"]
    return out

def name(rec, aid):
    a = next((x for x in rec["actors"] if x["id"] == aid), None)
    return f'{a["name"]}[{a.get("country")}]' if a else aid

def evs(rec):
    if "error" in rec or "events" not in rec:
        return {}
    res = {}
    for e in rec["events"]:
        t = e["trigger"]
        key = (t["start"], t["end"])
        res.setdefault(key, []).append(e)
    return res

def view(rec, e):
    return {"type": e["type"], "source": sorted(name(rec, a) for a in e["source"]),
            "target": sorted(name(rec, a) for a in e["target"]),
            "date": (e["date"].get("value"), e["date"].get("basis")), "modality": e["modality"], "rule": e["rule"]}

def sent(rec, e):
    s = e["sentence"]; return rec["text"][s["start"]:s["end"]].replace("\n", " ")[:300]

a, b = load(sys.argv[1]), load(sys.argv[2])
show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 15
kinds = sys.argv[sys.argv.index("--kinds") + 1].split(",") if "--kinds" in sys.argv else ["type","source","target","date","modality","added","removed"]
changes = collections.defaultdict(list)
na = nb = 0
for doc in a:
    ra, rb = a[doc], b.get(doc, {})
    ea, eb = evs(ra), evs(rb)
    na += sum(len(v) for v in ea.values()); nb += sum(len(v) for v in eb.values())
    for k in set(ea) | set(eb):
        la, lb = ea.get(k, []), eb.get(k, [])
        if not lb:
            for e in la: changes["removed"].append((doc, sent(ra, e), view(ra, e), None))
            continue
        if not la:
            for e in lb: changes["added"].append((doc, sent(rb, e), None, view(rb, e)))
            continue
        if len(la) != len(lb):
            tb = {x["type"] for x in lb}
            for e in la:
                if e["type"] not in tb: changes["removed"].append((doc, sent(ra, e), view(ra, e), None))
            ta = {x["type"] for x in la}
            for e in lb:
                if e["type"] not in ta: changes["added"].append((doc, sent(rb, e), None, view(rb, e)))
            continue
        for ea_, eb_ in zip(la, lb):
            va, vb = view(ra, ea_), view(rb, eb_)
            for f in ("type", "source", "target", "date", "modality"):
                if va[f] != vb[f]:
                    changes[f].append((doc, sent(rb, eb_), va, vb))
print(f"events A {na}  B {nb}")
for k in ["type","source","target","date","modality","added","removed"]:
    print(f"{k}: {len(changes[k])}")
rng = random.Random(1)
for k in kinds:
    items = changes[k]
    if not items: continue
    print(f"\n===== {k} ({len(items)}) =====")
    for doc, s, va, vb in (items if len(items) <= show else rng.sample(items, show)):
        print(f"- {doc}: {s}")
        if va and vb:
            print(f"    {k}: {va[k]}  ->  {vb[k]}   [{va['type']} {vb['rule']}]")
        else:
            v = va or vb
            print(f"    {'-' if va else '+'} {v['type']} src={v['source']} tgt={v['target']} date={v['date']} mod={v['modality']} rule={v['rule']}")
