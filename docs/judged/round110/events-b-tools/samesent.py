"""For each item (or items n1..n2), list every dateline event in the same sentence of the same story (duplicate check)."""
import json, sys
recs = {}
for l in open("/tmp/r110/heldout_news32.judge.jsonl"):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, len(items))
for it in items:
    if not lo <= it["n"] <= hi:
        continue
    r = recs[it["doc"]]
    names = {a["id"]: a["name"] for a in r["actors"]}
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r["events"]:
        if e["sentence"]["text"].strip() == it["sentence"].strip():
            mark = "*" if e["id"] == it["event_id"] else " "
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"{[names.get(a, a) for a in e['source']]} -> {[names.get(a, a) for a in e['target']]} "
                  f"{e['date'].get('value')} {e['modality']} conf={e.get('confidence')}")
