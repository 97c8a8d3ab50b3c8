"""Print each sampled story with dateline's events (item numbers marked), for judging.
usage: story.py DOC [DOC...]   (or 'all' for every doc in events-a-items.jsonl, in item order)"""
import json, sys
HERE = "/work/wt/j106a/docs/judged/round106/"
items = [json.loads(l) for l in open(HERE + "events-a-items.jsonl")]
stories = {json.loads(l)["id"]: json.loads(l) for l in open("/work/wt/j106a/data/heldout_news30/stories.jsonl")}
recs = {}
for l in open("/tmp/r106/heldout_news30.judge.jsonl"):
    d = json.loads(l); recs[d["id"]] = d["record"]
docs = sys.argv[1:]
if docs == ["all"]:
    docs = []
    for it in items:
        if it["doc"] not in docs: docs.append(it["doc"])
for doc in docs:
    s = stories[doc]; r = recs[doc]
    act = {a["id"]: a for a in r["actors"]}
    def nm(ids): return [f'{act[i]["name"]}[{act[i]["country"]}/{act[i]["sector"]}]' for i in ids]
    mark = {it["event_id"]: it["n"] for it in items if it["doc"] == doc}
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"]); print("-" * 40)
    for e in r["events"]:
        m = f'#{mark[e["id"]]}' if e["id"] in mark else "  "
        print(f'{m:4} {e["id"]} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} {nm(e["source"])} -> {nm(e["target"])} {e["date"]["value"]}/{e["date"]["basis"]} {e["modality"]} rep={nm([e["reported_by"]]) if e["reported_by"] else None}')
