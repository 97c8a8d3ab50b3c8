"""Print the story text of the given doc ids (only docs sampled for judge b).

usage: story.py DOC [DOC ...]
"""
import json
import sys
from pathlib import Path

STORIES = Path(__file__).resolve().parents[4] / "data" / "synthetic_stories" / "test.jsonl"
want = set(sys.argv[1:])
for line in open(STORIES):
    d = json.loads(line)
    if d["id"] in want:
        print("=" * 20, d["id"], "|", d["title"])
        print(d["text"])
        print()
