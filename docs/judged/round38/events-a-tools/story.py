"""Print the stories of the given docs (or of all sampled docs): story.py [DOC ...]"""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parent
stories = {}
for l in open(here.parents[3] / "data/synthetic_stories/test.jsonl"):
    d = json.loads(l); stories[d["id"]] = d
docs = sys.argv[1:]
if not docs:
    docs = []
    for l in open(here.parent / "events-a-items.jsonl"):
        d = json.loads(l)
        if d["doc"] not in docs: docs.append(d["doc"])
for doc in docs:
    s = stories[doc]
    print(f"=== {doc} | {s['title']}\n{s['text']}\n")
