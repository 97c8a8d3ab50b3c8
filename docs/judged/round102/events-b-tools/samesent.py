"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json
recs = {}
for l in open("/tmp/r102/heldout_news28.judge.jsonl"):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
for l in open("events-b-items.jsonl"):
    it = json.loads(l)
    r = recs[it["doc"]]
    actors = {a["id"]: a["name"] for a in r["actors"]}
    me = next(e for e in r["events"] if e["id"] == it["event_id"])
    others = [e for e in r["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r}")
    for e in others:
        mark = "*" if e["id"] == me["id"] else " "
        print(f"   {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
              f"src={[actors.get(a) for a in e['source']]} tgt={[actors.get(a) for a in e['target']]} "
              f"date={e['date']['value']} mod={e['modality']}")
