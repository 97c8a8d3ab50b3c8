"""Print, for each sampled doc, the story text and all dateline events (actors resolved), marking sampled items."""
import json, sys
HERE = "/work/wt/j149b/docs/judged/round149/"
items = [json.loads(l) for l in open(HERE + "events-b-items.jsonl")]
paras = [json.loads(l) for l in open(HERE + "paragraphs-b.jsonl")]
stories = {}
for l in open("/work/wt/j149b/data/heldout_news52/stories.jsonl"):
    d = json.loads(l); stories[d["id"]] = d
recs = {}
for l in open("/tmp/r149/heldout_news52.judge.jsonl"):
    d = json.loads(l); recs[d["id"]] = d["record"]
docs = []
for it in items + paras:
    if it["doc"] not in docs: docs.append(it["doc"])
sel = sys.argv[1:] or docs
for doc in sel:
    s = stories[doc]; r = recs[doc]
    mine = {it["event_id"]: it["n"] for it in items if it["doc"] == doc}
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"]); print("-" * 40)
    acts = {a["id"]: a for a in r["actors"]}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i, {})
            out.append(f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]")
        return out
    for e in r["events"]:
        mark = f"** #{mine[e['id']]}" if e["id"] in mine else "  "
        print(f"{mark} {e['id']} {e['type']}/{e['mode']} trig='{e['trigger']['text']}' src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={nm([e['reported_by']]) if e.get('reported_by') else None}")
        print(f"      SENT: {e['sentence']['text'].strip()[:400]}")
