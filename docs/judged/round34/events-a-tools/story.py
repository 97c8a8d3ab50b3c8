"""Print the story text of sampled items: story.py ITEMS.jsonl FIRST LAST"""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
a, b = int(sys.argv[2]), int(sys.argv[3])
docs = {i["doc"] for i in items if a <= i.get("n", 0) <= b} if "n" in items[0] else {i["doc"] for i in items}
for l in open("/work/wt/j53ra/data/synthetic_stories/test.jsonl"):
    d = json.loads(l)
    if d["id"] in docs:
        ns = [i.get("n") for i in items if i["doc"] == d["id"]]
        print(f"== {ns} {d['id']} [{d.get('label')}/{d.get('mode')}] {d['title']}\n{d['text']}\n")
