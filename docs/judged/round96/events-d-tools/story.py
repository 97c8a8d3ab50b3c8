"""Print a story (paragraphs) and dateline's events for it, with actors resolved.
usage: story.py DOC [DOC...]"""
import json, sys
S = "/work/wt/j96d/data/heldout_news25/stories.jsonl"
R = "/tmp/r95/heldout_news25.judge.jsonl"
stories = {json.loads(l)["id"]: json.loads(l) for l in open(S)}
recs = {}
for l in open(R):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
def act(a, amap):
    x = amap.get(a)
    if not x: return a
    return f"{x['name']}[{x.get('country')}/{x.get('sector')}]"
for doc in sys.argv[1:]:
    s = stories[doc]
    print("=" * 100); print(doc, s["date"], s["title"])
    for i, p in enumerate(s["text"].split("\n\n")):
        print(f"[P{i}] {p}")
    r = recs.get(doc)
    amap = {a["id"]: a for a in r["actors"]}
    print("-- dateline events:", len(r["events"]))
    for e in r["events"]:
        print(f"  {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[act(a,amap) for a in e['source']]} tgt={[act(a,amap) for a in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} | {e['sentence']['text'][:80]!r}")
