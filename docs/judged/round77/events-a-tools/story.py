"""Print a sampled story (date, title, text) and every dateline event in it, marking sampled items.
usage: python events-a-tools/story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j77a/data/heldout_news16/stories.jsonl"
RECS = "/tmp/r77/heldout_news16.judge.jsonl"
ITEMS = "events-a-items.jsonl"
items = [json.loads(l) for l in open(ITEMS)]
paras = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
want = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want:
        stories[d["id"]] = d
recs = {}
for l in open(RECS):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    actors = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' for a in r["actors"]}
    samp = {i["event_id"]: i["n"] for i in items if i["doc"] == doc}
    print("=" * 100)
    print(doc, s["date"], "|", s.get("title"), "| para-sample" if doc in paras else "")
    print(s["text"])
    print("-- events:")
    for e in r["events"]:
        mark = f'  <<< ITEM #{samp[e["id"]]}' if e["id"] in samp else ""
        print(f'{e["id"]} {e["type"]}/{e["mode"]} trig="{e["trigger"]["text"]}" '
              f'src={[actors.get(a, a) for a in e["source"]]} tgt={[actors.get(a, a) for a in e["target"]]} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} '
              f'rep={actors.get(e["reported_by"], e["reported_by"])}{mark}')
        print(f'     SENT: {e["sentence"]["text"].strip()[:300]}')
