"""For each doc sampled for judge a: the story, paragraph by paragraph, and every dateline event
in it (compact), with the sampled items marked by their n. For the duplicate check and context."""
import json
HERE = "/work/wt/j180a/docs/judged/round180/"
items = [json.loads(l) for l in open(HERE + "events-a-items.jsonl")]
paras = [json.loads(l) for l in open(HERE + "paragraphs-a.jsonl")]
mark = {(i["doc"], i["event_id"]): i["n"] for i in items}
docs = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in docs:
        docs.append(d)
recs = {}
for l in open("/tmp/r178/heldout_news67.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
def actor(a, rec):
    for x in rec["actors"]:
        if x["id"] == a:
            return f'{x["name"]}[{x["country"]}/{x["sector"]}/{x["kind"]}]'
    return a
for d in docs:
    rec = recs[d]
    print("=" * 100)
    print(d, "docdate", rec["document_date"], "| paragraph sample" if d in [p["doc"] for p in paras] else "")
    text = rec["text"]
    evs = sorted(rec["events"], key=lambda e: e["trigger"]["start"])
    pos = 0
    for k, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        print(f"[L{k}] {line}")
        for e in evs:
            if start <= e["trigger"]["start"] < end:
                m = mark.get((d, e["id"]))
                tag = f"**#{m}**" if m else "   "
                print(f'    {tag} {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
                      f'src={[actor(a, rec) for a in e["source"]]} tgt={[actor(a, rec) for a in e["target"]]} '
                      f'date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]}')
