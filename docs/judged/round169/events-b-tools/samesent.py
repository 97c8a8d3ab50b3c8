"""For each item (or each paragraph doc), list every dateline event in the same sentence/paragraph,
to check for duplicates and for recall. usage: samesent.py items|paras"""
import json, sys
recs = {}
for l in open("/tmp/r169/heldout_news62.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]

def name(rec, aid):
    for a in rec["actors"]:
        if a.get("id") == aid:
            return f'{a.get("name") or a.get("text")}[{a.get("country")}]'
    return aid

def fmt(rec, e):
    return (f'  {e["id"]} {e["type"]}/{e["mode"]} trig="{e["trigger"]["text"]}" '
            f'src={[name(rec,a) for a in e["source"]]} tgt={[name(rec,a) for a in e["target"]]} '
            f'date={e["date"]["value"]} mod={e["modality"]}')

if sys.argv[1] == "items":
    for l in open("events-b-items.jsonl"):
        it = json.loads(l)
        rec = recs[it["doc"]]
        print(f'#{it["n"]} {it["doc"]} {it["event_id"]}')
        for e in rec["events"]:
            if e["sentence"]["text"] == it["sentence"]:
                print(("* " if e["id"] == it["event_id"] else "  ") + fmt(rec, e))
else:
    for l in open("paragraphs-b.jsonl"):
        p = json.loads(l)
        rec = recs[p["doc"]]
        print(p["doc"])
        for e in rec["events"]:
            if e["sentence"]["text"].strip() in p["paragraph"]:
                print(fmt(rec, e))
