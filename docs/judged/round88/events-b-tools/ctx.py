"""Print, for items FIRST..LAST, the item and the other dateline events in its sentence.
usage: ctx.py FIRST LAST [--story]"""
import json, sys
HERE = "/work/wt/j88b/docs/judged/round88/"
recs = {}
for line in open("/tmp/r87/heldout_news21.judge.jsonl"):
    r = json.loads(line); recs[r["id"]] = r["record"]
stories = {json.loads(l)["id"]: json.loads(l) for l in open("/work/wt/j88b/data/heldout_news21/stories.jsonl")}
items = [json.loads(l) for l in open(HERE + "events-b-items.jsonl")]
a, b = int(sys.argv[1]), int(sys.argv[2])
for it in items[a-1:b]:
    rec = recs[it["doc"]]
    actors = {x["id"]: f'{x["name"]}[{x["country"]}/{x["sector"]}]' for x in rec["actors"]}
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} docdate={it["document_date"]}')
    if "--story" in sys.argv:
        s = stories[it["doc"]]; print("TITLE:", s["title"]); print(s["text"]); print("----")
    print("SENT:", it["sentence"].strip())
    print(f'  ITEM: trig={it["trigger"]} {it["type"]}/{it["mode"]} src={it["source"]} tgt={it["target"]} date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    sent = it["sentence"].strip()
    for e in rec["events"]:
        if e["sentence"]["text"].strip() == sent and e["id"] != it["event_id"]:
            print(f'  other {e["id"]}: trig={e["trigger"]["text"]} {e["type"]}/{e["mode"]} src={[actors.get(x) for x in e["source"]]} tgt={[actors.get(x) for x in e["target"]]} date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]}')
    print()
