"""For each of judge c's items, list every dateline event in the same sentence of the same story (duplicate check)."""
import json
recs = {}
for l in open("/tmp/r129/heldout_news42.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
def name(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f"{a['name']}[{a['country']}]"
    return aid
for l in open("events-c-items.jsonl"):
    it = json.loads(l)
    rec = recs[it["doc"]]
    sent = it["sentence"]
    others = [e for e in rec["events"] if e["sentence"]["text"] == sent]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(others)} in sentence)")
    for e in others:
        mark = "*" if e["id"] == it["event_id"] else " "
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']} {[name(rec,a) for a in e['source']]} -> {[name(rec,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
