"""Compare two run.py outputs event by event. usage: compare.py NEW OLD [--show N] [--seed S]
Prints counts of stories changed, events removed/added, and N random changed stories with the
sentence and each side's events (type, trigger, source, target, date, modality, rule)."""
import json, random, sys
args = sys.argv[1:]
show = int(args[args.index("--show") + 1]) if "--show" in args else 0
seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 0
new_p, old_p = args[0], args[1]
def load(p):
    return {json.loads(l)["id"]: json.loads(l)["record"] for l in open(p)}
NEW, OLD = load(new_p), load(old_p)
def sig(rec, e):
    names = {a["id"]: f'{a["name"]}[{a.get("country")}]' for a in rec.get("actors", [])}
    return (e["type"], e["trigger"]["text"], e["trigger"]["start"],
            tuple(names.get(x) for x in e.get("source", [])), tuple(names.get(x) for x in e.get("target", [])),
            (e.get("date") or {}).get("value"), (e.get("date") or {}).get("basis"), e.get("modality"))
def sentence(rec, e):
    s = e.get("sentence") or {}
    return rec["text"][s.get("start", 0):s.get("end", 0)].strip()
changed = []
rem = add = 0
for k in NEW:
    if k not in OLD: continue
    n, o = NEW[k], OLD[k]
    sn = {sig(n, e): e for e in n.get("events", [])}
    so = {sig(o, e): e for e in o.get("events", [])}
    r = [so[s] for s in so if s not in sn]; a = [sn[s] for s in sn if s not in so]
    if r or a:
        changed.append((k, r, a)); rem += len(r); add += len(a)
print(f"stories changed {len(changed)}, events removed {rem}, added {add}")
random.Random(seed).shuffle(changed)
for k, r, a in changed[:show]:
    print("=" * 100); print(k)
    for tag, evs, rec in (("-", r, OLD[k]), ("+", a, NEW[k])):
        for e in evs:
            s = sig(rec, e)
            print(f"  {tag} {sentence(rec, e)[:300]}")
            print(f"    {tag} {s[0]} '{s[1]}' src={list(s[3])} tgt={list(s[4])} date={s[5]}({s[6]}) {s[7]} rule={e.get('rule')}")
