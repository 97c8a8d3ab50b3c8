"""Print a story's title and text and the extractor's events in it (compact), for judging context.

usage: story.py RECORDS.jsonl DOC [DOC ...]
"""
import json
import sys
from pathlib import Path

STORIES = Path(__file__).resolve().parents[4] / "data" / "synthetic_stories" / "test.jsonl"

def main():
    recs, docs = sys.argv[1], set(sys.argv[2:])
    stories = {}
    for line in STORIES.open():
        d = json.loads(line)
        if d["id"] in docs:
            stories[d["id"]] = d
    out = {}
    for line in open(recs):
        d = json.loads(line)
        if d["id"] in docs:
            out[d["id"]] = d["record"]
    for doc in sys.argv[2:]:
        s = stories[doc]
        print("=" * 100)
        print(doc, "|", s["title"], "| label", s["label"], s["mode"])
        print(s["text"])
        rec = out.get(doc, {})
        act = {a["id"]: "%s[%s/%s]" % (a["name"], a.get("country"), a.get("sector")) for a in rec.get("actors", [])}
        ar = lambda xs: [act.get(x, x) for x in xs]
        for e in rec.get("events", []):
            d = e.get("date") or {}
            print("  %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s | %s" % (
                e["id"], e["type"], e.get("mode"), (e.get("trigger") or {}).get("text"), ar(e["source"]), ar(e["target"]),
                d.get("value"), d.get("basis"), e.get("modality"), act.get(e.get("reported_by")), e["sentence"]["text"][:110]))


if __name__ == "__main__":
    main()
