"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json
recs = {}
for l in open("/tmp/r166/heldout_news61.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
def actor(rec, a):
    for x in rec["actors"]:
        if x["id"] == a:
            return x.get("name") or x.get("text")
    return a
for l in open("/work/wt/j166a/docs/judged/round166/events-a-items.jsonl"):
    it = json.loads(l)
    r = recs[it["doc"]]
    evs = [e for e in r["events"] if e["sentence"]["text"].strip() == it["sentence"].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(evs)} in sentence)")
    for e in evs:
        mark = "*" if e["id"] == it["event_id"] else " "
        print(f"  {mark}{e['id']} {e['trigger']['text']} {e['type']}/{e.get('mode')} src={[actor(r,a) for a in e['source']]} tgt={[actor(r,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
