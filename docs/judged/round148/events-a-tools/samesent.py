"""For each judge-a item, list every dateline event (in the default output) in the same sentence,
for the duplicate check. Usage: python samesent.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
for l in open(sys.argv[2]):
    it = json.loads(l)
    r = recs[it["doc"]]
    acts = {a["id"]: a for a in r["actors"]} if isinstance(r["actors"], list) else r["actors"]
    others = [e for e in r["events"] if e["sentence"]["text"] == it["sentence"] and e["id"] != it["event_id"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        nm = lambda ids: [acts.get(i, {}).get("text", acts.get(i, {}).get("name", i)) if isinstance(acts.get(i), dict) else i for i in ids]
        print(f"    other {e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} {e['modality']}")
