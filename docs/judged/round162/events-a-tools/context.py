"""Print, per sampled doc, the story text and every dateline event (so the duplicate check can see
the other events in an item's sentence). usage: python context.py ITEMS.jsonl [PARAGRAPHS.jsonl]"""
import json, sys
RECS = "/tmp/r162/heldout_news59.judge.jsonl"
STORIES = "/work/wt/j162a/data/heldout_news59/stories.jsonl"
items = [json.loads(l) for l in open(sys.argv[1])]
docs = []
for it in items:
    if it["doc"] not in docs:
        docs.append(it["doc"])
if len(sys.argv) > 2:
    for l in open(sys.argv[2]):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = set(docs)
recs = {}
for l in open(RECS):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s["id"] in want:
        stories[s["id"]] = s
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a.get("country")}/{a.get("sector")}]'
    return aid
for d in docs:
    s, rec = stories[d], recs[d]
    ns = [it["n"] for it in items if it["doc"] == d]
    print("=" * 100)
    print(d, s["date"], "items", ns, "|", s.get("title"))
    print(s["text"])
    print("-- dateline events:")
    for e in rec["events"]:
        src = ",".join(actor(rec, a) for a in e["source"])
        tgt = ",".join(actor(rec, a) for a in e["target"])
        print(f'  {e["id"]} [{e["sentence"]["start"]}] {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} {src} -> {tgt} '
              f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]}')
