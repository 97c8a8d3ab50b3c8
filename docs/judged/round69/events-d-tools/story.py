"""Print a story's text and dateline's events (compact), for judging. usage: story.py DOC [DOC...]"""
import json, sys
STORIES = "/work/wt/j69d/data/heldout_news12/stories.jsonl"
OUT = "/tmp/r69/heldout_news12.judge.jsonl"
want = sys.argv[1:]
stories = {json.loads(l)["id"]: json.loads(l) for l in open(STORIES)}
recs = {}
for l in open(OUT):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
for d in want:
    s = stories[d]
    print("=" * 100)
    print(d, s["date"], s["title"])
    print(s["text"])
    rec = recs.get(d)
    if not rec:
        continue
    actors = {a["id"]: a for a in rec.get("actors", [])}
    def an(i):
        a = actors.get(i, {})
        return f"{a.get('name', a.get('text'))}[{a.get('country')}]"
    print("-- events:")
    for e in rec["events"]:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[an(x) for x in e['source']]} tgt={[an(x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} conf={e.get('confidence')} | {e['sentence']['text'][:90]!r}")
