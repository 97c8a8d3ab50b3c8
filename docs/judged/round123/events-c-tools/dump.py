"""Print, for each doc sampled for judge c, the full story and all dateline events (one line each)."""
import json, sys
HERE = "/work/wt/j123c/docs/judged/round123/"
items = [json.loads(l) for l in open(HERE + "events-c-items.jsonl")]
paras = [json.loads(l) for l in open(HERE + "paragraphs-c.jsonl")]
docs = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in docs:
        docs.append(d)
only = sys.argv[1:] or docs
stories = {}
for l in open("/work/wt/j123c/data/heldout_news39/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in only:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r123/heldout_news39.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in only:
        recs[r["id"]] = r["record"]
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return a.get("name") or a.get("text")
    return aid
for d in only:
    s = stories[d]; rec = recs[d]
    ns = [i["n"] for i in items if i["doc"] == d]
    print("=" * 100); print(d, s["date"], s["title"], "items:", ns)
    print(s["text"])
    print("--- dateline events")
    for e in rec["events"]:
        src = [actor(rec, a) for a in e["source"]]; tgt = [actor(rec, a) for a in e["target"]]
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {src}->{tgt} {e['date']['value']}/{e['date']['basis']} {e['modality']}")
