"""Print one or more stories by id: python story.py ID [ID...]"""
import json, sys, datetime
want = sys.argv[1:]
for l in open("/work/wt/j132a/data/heldout_news43/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        wd = datetime.date.fromisoformat(s["date"]).strftime("%A")
        print("=" * 20, s["id"], s["date"], wd, "|", s["title"])
        print(s["text"])
