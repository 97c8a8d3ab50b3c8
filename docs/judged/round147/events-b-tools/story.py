"""Print a story (title, date, paragraphs) and dateline's events in it, grouped by sentence.

usage: story.py DOC [DOC ...]
"""
import json, sys
STORIES = "/work/wt/j147b/data/heldout_news50/stories.jsonl"
JUDGE = "/tmp/r145/heldout_news50.judge.jsonl"
want = set(sys.argv[1:])
stories = {}
for line in open(STORIES):
    s = json.loads(line)
    if s["id"] in want:
        stories[s["id"]] = s
recs = {}
for line in open(JUDGE):
    r = json.loads(line)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
for d in sys.argv[1:]:
    s = stories[d]; r = recs[d]
    print("=" * 100); print(d, s["date"], s["title"])
    for i, p in enumerate(s["text"].split("\n\n")):
        print(f"[P{i}] {p}")
    actors = {a["id"]: a for a in r["actors"]}
    def fmt(ids):
        return [f'{actors[a]["name"]}[{actors[a]["country"]}/{actors[a]["sector"]}]' if a in actors else a for a in ids]
    print("-- events")
    for e in r["events"]:
        rb = e.get("reported_by")
        print(f'  {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={fmt(e["source"])} tgt={fmt(e["target"])} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={fmt([rb]) if rb else None} | {e["sentence"]["text"][:90].strip()}')
