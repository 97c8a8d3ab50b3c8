"""Print the synthetic stories (title and text) of the given doc ids.

usage: story.py DOC [DOC ...]
"""
import json
import sys

WANT = set(sys.argv[1:])
for line in open("/work/wt/j64ra/data/synthetic_stories/test.jsonl"):
    s = json.loads(line)
    if s["id"] in WANT:
        print(f'=== {s["id"]} [{s.get("label")}/{s.get("mode")}] {s["title"]}\n{s["text"]}\n')
