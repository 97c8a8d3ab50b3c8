"""How the judges scored each rule (session 109): for the judged items of rounds 41-124 by default (--rounds A-B; 41-116 in session 111, 41-110 in session 110, 41-106 in session 109) whose event in
a run of run_sets.py still has the judged value of FIELD, the verdicts of FIELD tallied by the run's
rule names that start with PREFIX; --show RULE prints those items with the judges' reasons.

usage: python rule_verdicts.py RUN_DIR FIELD PREFIX [--show RULE] [--rounds A-B]   (FIELD: type, source, target,
date, modality)"""
import collections
import glob
import json
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round18"))
import sample18
J = Path(__file__).resolve().parents[1]
run, field, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
r0, r1 = (int(x) for x in (sys.argv[sys.argv.index("--rounds") + 1] if "--rounds" in sys.argv else "41-124").split("-"))
cur = {}
for p in Path(run).glob("*.jsonl"):
    for line in open(p):
        row = json.loads(line); rec = row["record"]
        if "error" in rec: continue
        for ev in rec["events"]:
            v = sample18.view(row["id"], rec, ev)
            cur.setdefault((row["id"], sample18.norm(v["sentence"]), v["trigger"]), v)
val = lambda v: json.dumps(v[field] if field != "date" else v["date"].get("value"), sort_keys=True)
c = collections.defaultdict(lambda: [0, 0])
for r in range(r0, r1 + 1):
    for f in sorted(glob.glob(str(J / f"round{r}" / "events-[a-z].jsonl"))):
        for line in open(f):
            it = json.loads(line)
            if not (it["verdict"].get("event") and it["verdict"].get("type")): continue
            v = cur.get((it["doc"], sample18.norm(it["sentence"]), it["trigger"]))
            if v is None or val(v) != val(it): continue
            for rule in v["rule"].split("+"):
                if rule.startswith(prefix):
                    c[rule][0 if it["verdict"][field] else 1] += 1
                    if rule == show:
                        print(f"r{r} {'OK ' if it['verdict'][field] else 'BAD'} {v['type']} {v[field] if field!='date' else v['date']} doc={v['document_date']} | {it['sentence'][:150]}\n    => {'' if it['verdict'][field] else it['reasons'][:220]}")
for k, (a, b) in sorted(c.items(), key=lambda x: -x[1][1])[:45]:
    print(f"{k:60s} right {a:4d} wrong {b:4d}  {a/(a+b):.2f}")
