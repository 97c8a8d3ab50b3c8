"""Print a story (date, title, text) and dateline's events in it, grouped by sentence.
usage: python story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j125c/data/heldout_news40/stories.jsonl"
RECORDS = "/tmp/r125/heldout_news40.judge.jsonl"
want = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want:
        stories[d["id"]] = d
recs = {}
for l in open(RECORDS):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    actors = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}]' for a in r["actors"]}
    print("=" * 100); print(doc, s["date"], "|", s["title"]); print(s["text"]); print("-" * 40)
    for e in r["events"]:
        print(f'  {e["id"]:4} {e["type"]:9} {str(e["mode"]):10} trig="{e["trigger"]["text"]}" '
              f'src={[actors.get(a, a) for a in e["source"]]} tgt={[actors.get(a, a) for a in e["target"]]} '
              f'date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]} | S@{e["sentence"]["start"]}: {e["sentence"]["text"][:90]}')
