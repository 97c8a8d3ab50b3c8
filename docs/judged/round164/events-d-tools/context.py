"""Print, for judge d's items, each sampled story's full text and every dateline event (all stories
in one file), so the duplicate check and dates can be read in context.
usage: python events-d-tools/context.py > /tmp/j164d_ctx.txt"""
import json

items = [json.loads(l) for l in open("events-d-items.jsonl")]
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
docs = sorted({i["doc"] for i in items} | {p["doc"] for p in paras})
stories = {}
for l in open("/work/wt/j164d/data/heldout_news59/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r162/heldout_news59.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
for d in docs:
    s, r = stories[d], recs[d]
    mine = [i["n"] for i in items if i["doc"] == d]
    print("=" * 100)
    print(d, s["date"], s["title"], "items:", mine)
    print(s["text"])
    actors = {a["id"]: a for a in r["actors"]}
    def nm(ids):
        out = []
        for x in ids:
            a = actors.get(x, {})
            out.append(a.get("name") or a.get("text") or x)
        return out
    print("-- dateline events:")
    for e in r["events"]:
        print(f'  {e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e["mode"]} {nm(e["source"])} -> {nm(e["target"])} '
              f'{e["date"]["value"]} {e["date"]["basis"]} {e["modality"]} || {e["sentence"]["text"][:90].strip()}')
