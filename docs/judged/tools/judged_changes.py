"""The judged items (rounds 41-124 by default; 41-116 in session 111, 41-110 in session 110, 41-106 in session 109) whose event changed between two runs of run_sets.py
(session 109; judged_delta.py does this for rounds 41-62 only). Prints each changed item with its
verdict, the judge's reasons and both runs' events, then counts per field: changed where the judge
called the base value right (a risk) or wrong (perhaps fixed), and events gone or new.

usage: python judged_changes.py NEW_DIR BASE_DIR [R0-R1] [--quiet]"""
import glob, json, sys, collections
from pathlib import Path
J = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(J / "round18"))
import sample18
view, norm = sample18.view, sample18.norm
F = ("type", "source", "target", "date", "modality")

def load(folder):
    out = {}
    for p in Path(folder).glob("*.jsonl"):
        for line in open(p):
            row = json.loads(line); rec = row["record"]
            if "error" in rec: continue
            for ev in rec["events"]:
                v = view(row["id"], rec, ev)
                out.setdefault((row["id"], norm(v["sentence"])), []).append(v)
    return out

def pick(evs, trig):
    c = [v for v in evs if v["trigger"] == trig]
    return c[0] if c else None

def val(v, k):
    return json.dumps(v[k] if k != "date" else v["date"].get("value"), sort_keys=True) if v else None

def main():
    new, base = load(sys.argv[1]), load(sys.argv[2])
    r0, r1 = (int(x) for x in (sys.argv[3] if len(sys.argv) > 3 and "-" in sys.argv[3] else "41-124").split("-"))
    quiet = "--quiet" in sys.argv
    items = []
    for r in range(r0, r1 + 1):
        for f in sorted(glob.glob(str(J / f"round{r}" / "events-[a-z].jsonl"))):
            items += [dict(json.loads(l), round=r) for l in open(f)]
    tally = collections.Counter(); n = 0
    for it in items:
        key = (it["doc"], norm(it["sentence"]))
        b, w = pick(base.get(key, []), it["trigger"]), pick(new.get(key, []), it["trigger"])
        if b is None and w is None: continue
        if b is None or w is None:
            tally["gone" if w is None else "appeared"] += 1
            ok = it["verdict"].get("event") and it["verdict"].get("type")
            tally[("gone" if w is None else "appeared") + (":judged_event_ok" if ok else ":judged_no_event")] += 1
            changed = ["event"]
        else:
            changed = [k for k in F if val(b, k) != val(w, k)]
            for k in changed:
                tally[f"{k}:{'was_right' if it['verdict'].get(k) else 'was_wrong'}"] += 1
        if not changed: continue
        n += 1
        if quiet: continue
        print(f"=== r{it['round']} {it['doc']} changed {changed} | {it['sentence'][:240]}")
        bad = [k for k in ("event",) + F if not it["verdict"].get(k)]
        print(f"  wrong: {bad or 'none'}; {it['reasons'][:260]}")
        for tag, v in (("base", b), ("new ", w)):
            if v: print(f"  {tag} {v['type']} '{v['trigger']}' S{v['source']} T{v['target']} {v['date'].get('value')}/{v['date'].get('basis')} {v['modality']} [{v['rule'][-80:]}]")
    print(f"# {len(items)} judged items, {n} changed; " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))

main()
