"""The cross-check's items: round 21's and round 22's judge-b items (60 each), shuffled with one seed and
renumbered, the key (new number -> round, old number) kept out of the judge's worktree.

usage (from the repo root): python docs/judged/cross22/tools/draw.py ITEMS_OUT.jsonl KEY_OUT.json
"""
import json
import random
import sys

items = []
for judged_round in ("round21", "round22"):
    for line in open(f"docs/judged/{judged_round}/events-b-items.jsonl"):
        item = json.loads(line)
        item["_from"] = (judged_round, item["n"])
        items.append(item)
random.Random(20261324).shuffle(items)
key = {}
with open(sys.argv[1], "w") as out:
    for number, item in enumerate(items, 1):
        key[number] = item.pop("_from")
        item["n"] = number
        out.write(json.dumps(item) + "\n")
json.dump(key, open(sys.argv[2], "w"))
