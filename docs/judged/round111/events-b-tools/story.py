"""Print a story of the sampled docs with all dateline events (sampled items marked).
usage: python story.py DOC [DOC...]   (run from docs/judged/round111)"""
import json, sys
STORIES = "/work/wt/j111b/data/heldout_news33/stories.jsonl"
OUT = "/tmp/r111/heldout_news33.judge.jsonl"
items = [json.loads(l) for l in open("events-b-items.jsonl")]
mine = {(i["doc"], i["event_id"]): i["n"] for i in items}
stories = {json.loads(l)["id"]: json.loads(l) for l in open(STORIES)}
recs = {}
for l in open(OUT):
    r = json.loads(l); recs[r["id"]] = r["record"]
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid
for doc in sys.argv[1:]:
    s = stories[doc]; rec = recs[doc]
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"]); print("-" * 40)
    for e in rec["events"]:
        tag = f'  <<#{mine[(doc, e["id"])]}>>' if (doc, e["id"]) in mine else ""
        print(f'{e["id"]}{tag} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={[actor(rec,a) for a in e["source"]]} '
              f'tgt={[actor(rec,a) for a in e["target"]]} date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]} '
              f'rep={actor(rec,e["reported_by"]) if e["reported_by"] else None}')
        print(f'      S: {e["sentence"]["text"][:300]}')
