"""Print, for each of judge d's items, the story (once per doc) and all dateline events of the item's sentence.
usage: python events-d-tools/context.py FIRST LAST  (item numbers n)"""
import json, sys

RECS = "/tmp/r143/heldout_news49.judge.jsonl"
STORIES = "/work/wt/j144d/data/heldout_news49/stories.jsonl"
items = [json.loads(l) for l in open("events-d-items.jsonl")]
docs = {i["doc"] for i in items} | {json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")}
recs = {}
for l in open(RECS):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid


def ev_line(rec, e):
    return (f'  {e["id"]} {e["type"]}/{e["mode"]} trig="{e["trigger"]["text"]}"@{e["trigger"]["start"]} '
            f'src={[actor(rec, x) for x in e["source"]]} tgt={[actor(rec, x) for x in e["target"]]} '
            f'date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]} rep={actor(rec, e["reported_by"]) if e["reported_by"] else None}')


lo, hi = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in (sorted(items, key=lambda i: (i["doc"], i["n"])) if len(sys.argv) > 3 else items):
    if not lo <= it["n"] <= hi:
        continue
    rec = recs[it["doc"]]
    if len(sys.argv) > 3 and it["doc"] not in shown:
        shown.add(it["doc"])
        s = stories[it["doc"]]
        print(f'==== STORY {it["doc"]} {s["date"]} {s["title"]}\n{s["text"]}\n')
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} docdate={it["document_date"]}')
    print(f'  SENT: {it["sentence"].strip()}')
    print(f'  ITEM: {it["type"]}/{it["mode"]} trig="{it["trigger"]}" src={it["source"]} tgt={it["target"]} '
          f'date={it["date"]} mod={it["modality"]} rep={it["reported_by"]} rule={it["rule"]}')
    same = [e for e in rec["events"] if e["sentence"]["text"] == it["sentence"] and e["id"] != it["event_id"]]
    for e in same:
        print("  OTHER" + ev_line(rec, e))
    print()
