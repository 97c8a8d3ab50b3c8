"""Print the story text and dateline's events (one line each) for given doc ids."""
import json, sys
OUT = "/tmp/integ55/test.jsonl"
STORIES = "/work/wt/j55ra/data/synthetic_stories/test.jsonl"
want = set(sys.argv[1:])
stories = {}
for line in open(STORIES):
    d = json.loads(line)
    if d["id"] in want:
        stories[d["id"]] = d
for line in open(OUT):
    d = json.loads(line)
    if d["id"] not in want:
        continue
    s = stories[d["id"]]
    print("=" * 20, d["id"], "|", s.get("title"), "| label", s.get("label"), s.get("mode"))
    print(s["text"])
    rec = d["record"]
    actors = {a["id"]: a for a in rec.get("actors", [])}
    for e in rec.get("events", []):
        def names(k):
            v = e.get(k) or []
            out = []
            for x in v:
                a = actors.get(x, {}) if isinstance(x, str) else x
                out.append(f"{a.get('name')}[{a.get('country')}]" if a else str(x))
            return out
        print(" ", e.get("id"), "{"+e["sentence"]["text"][:50]+"}", e.get("type"), e.get("trigger", {}).get("text") if isinstance(e.get("trigger"), dict) else e.get("trigger"),
              names("source"), names("target"), e.get("date", {}).get("value") if isinstance(e.get("date"), dict) else e.get("date"), e.get("modality"))
