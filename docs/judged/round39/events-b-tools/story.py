"""Print the stories of the given doc ids from data/synthetic_stories/test.jsonl.

usage: story.py DOC [DOC ...]
"""
import json
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[4] / "data" / "synthetic_stories" / "test.jsonl"
want = set(sys.argv[1:])
for line in PATH.open():
    d = json.loads(line)
    doc = d.get("doc") or d.get("id") or d.get("doc_id")
    if doc in want:
        text = d.get("text") or d.get("story") or d.get("body")
        print("=" * 20, doc)
        print(text)
        print()
