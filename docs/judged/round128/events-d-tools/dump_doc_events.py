"""Print every dateline event of the sampled docs (type, trigger, sentence, args), for the duplicate check
and the paragraph recall count.  usage: dump_doc_events.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl"""
import json, sys

recs, items, paras = sys.argv[1:4]
items = [json.loads(l) for l in open(items)]
paras = [json.loads(l) for l in open(paras)]
docs = []
for x in items + paras:
    if x["doc"] not in docs:
        docs.append(x["doc"])
sampled = {(i["doc"], i["event_id"]): i["n"] for i in items}
for l in open(recs):
    r = json.loads(l)
    if r["id"] not in docs:
        continue
    rec = r["record"]
    actors = {a["id"]: a for a in rec.get("actors", [])}
    def nm(ids):
        out = []
        for a in ids:
            x = actors.get(a, {})
            out.append("%s[%s]" % (x.get("name") or x.get("text"), x.get("country")))
        return out
    print("=====", r["id"])
    for e in rec["events"]:
        tag = "  <== item #%d" % sampled[(r["id"], e["id"])] if (r["id"], e["id"]) in sampled else ""
        print(" %s %s/%s trig=%r src=%s tgt=%s date=%s mod=%s%s" % (e["id"], e["type"], e["mode"], e["trigger"]["text"],
              nm(e["source"]), nm(e["target"]), e["date"].get("value"), e["modality"], tag))
        print("     S: %s" % e["sentence"]["text"].strip()[:220])
