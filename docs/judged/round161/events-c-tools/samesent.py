"""For each judge-c item, list every dateline event in the same sentence (duplicate check)."""
import json
HERE = "/work/wt/j161c/docs/judged/round161/"
recs = {}
for line in open("/tmp/r161/heldout_news58.judge.jsonl"):
    r = json.loads(line)
    recs[r["id"]] = r["record"]
def name(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return a.get("name") or a.get("text") or aid
    return aid
for line in open(HERE + "events-c-items.jsonl"):
    it = json.loads(line)
    rec = recs[it["doc"]]
    me = [e for e in rec["events"] if e["id"] == it["event_id"]][0]
    same = [e for e in rec["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = "*" if e["id"] == me["id"] else " "
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} date={e['date']['value']} {e['modality']}")
