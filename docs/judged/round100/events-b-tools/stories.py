"""Print the full story text of each sampled doc (items + paragraphs), with the item numbers in it."""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
paras = [json.loads(l) for l in open(here / "paragraphs-b.jsonl")]
want = {}
for it in items:
    want.setdefault(it["doc"], []).append(it["n"])
for p in paras:
    want.setdefault(p["doc"], []).append("P")
stories = {}
for l in open(here.parents[2] / "data/heldout_news27/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        stories[s["id"]] = s
sel = sys.argv[1:] or list(want)
for d in sel:
    s = stories[d]
    print("=" * 100)
    print(d, s["date"], s["title"], "items:", want[d])
    print(s["text"])
