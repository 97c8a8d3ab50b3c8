"""Print a story (title, date, paragraphs) and dateline's events, grouped by sentence, for the given doc ids."""
import json, sys
STORIES = "/work/wt/j122b/data/heldout_news38/stories.jsonl"
OUT = "/tmp/r122/heldout_news38.judge.jsonl"
st = {d["id"]: d for d in map(json.loads, open(STORIES))}
out = {d["id"]: d["record"] for d in map(json.loads, open(OUT))}
for doc in sys.argv[1:]:
    s = st[doc]; rec = out[doc]
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"]); print("--- events")
    actors = {a["id"]: a for a in rec.get("actors", [])}
    def nm(ids):
        r = []
        for i in ids:
            a = actors.get(i, {})
            r.append(f"{a.get('name')}[{a.get('country')}]")
        return r
    for e in rec["events"]:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} | {e['sentence']['text'][:90]!r}")
