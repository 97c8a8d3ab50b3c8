"""Print the full stories of judge b's sampled docs (items and lead paragraphs).

usage (from docs/judged/round142): python events-b-tools/context.py > /tmp/j142b_stories.txt
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
STORIES = HERE.parents[2] / "data" / "heldout_news48" / "stories.jsonl"

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
docs = {i["doc"] for i in items} | {p["doc"] for p in paras}

for l in open(STORIES):
    s = json.loads(l)
    if s["id"] in docs:
        print("=" * 30, s["id"], s["date"], s["title"])
        print(s["text"])
