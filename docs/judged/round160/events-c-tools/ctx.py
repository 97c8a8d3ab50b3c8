"""Print, for judge c's items, each sampled story once (full text) and every dateline event in
the item's sentence (for the duplicate check). usage: python events-c-tools/ctx.py FROM TO"""
import json, sys
HERE = "/work/wt/j160c/docs/judged/round160/"
items = [json.loads(l) for l in open(HERE + "events-c-items.jsonl")]
recs = {}
for l in open("/tmp/r158/heldout_news57.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
stories = {}
for l in open("/work/wt/j160c/data/heldout_news57/stories.jsonl"):
    s = json.loads(l)
    stories[s["id"]] = s
lo, hi = int(sys.argv[1]), int(sys.argv[2])
seen = set()
for it in items:
    if not lo <= it["n"] <= hi:
        continue
    rec = recs[it["doc"]]
    actors = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' for a in rec["actors"]}
    if it["doc"] not in seen and "--story" in sys.argv:
        seen.add(it["doc"])
        s = stories[it["doc"]]
        print("=" * 30, it["doc"], s["date"], s["title"])
        print(s["text"])
    print(f'--- #{it["n"]} {it["doc"]} {it["event_id"]} trig={it["trigger"]!r} {it["type"]}/{it["mode"]} src={it["source"]} tgt={it["target"]} date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    print("   SENT:", it["sentence"].strip())
    me = [e for e in rec["events"] if e["id"] == it["event_id"]][0]
    for e in rec["events"]:
        if e["sentence"]["start"] == me["sentence"]["start"] and e["id"] != it["event_id"]:
            print(f'   same-sentence {e["id"]}: trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} src={[actors.get(a,a) for a in e["source"]]} tgt={[actors.get(a,a) for a in e["target"]]} date={e["date"]["value"]} {e["date"]["basis"]} mod={e["modality"]}')
