"""Print, for items FIRST..LAST of events-d-items.jsonl, the full story once per doc and
every dateline event of that story (actor names resolved), marking the sampled ones.

usage: ctx.py FIRST LAST [--nostory]
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
STORIES = Path("/work/wt/j175d/data/heldout_news64/stories.jsonl")
RECORDS = Path("/tmp/r173/heldout_news64.judge.jsonl")

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
first, last = int(sys.argv[1]), int(sys.argv[2])
nostory = "--nostory" in sys.argv
want = [it for it in items if first <= it["n"] <= last]
docs = {it["doc"] for it in want}
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in docs:
        stories[d["id"]] = d
recs = {}
for l in open(RECORDS):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]

def actor(r, aid):
    for a in r["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return aid

shown = set()
for it in want:
    doc = it["doc"]
    r = recs[doc]
    print("=" * 100)
    print(f'#{it["n"]} {doc} {it["event_id"]} docdate={it["document_date"]}')
    if doc not in shown and not nostory:
        s = stories[doc]
        print("TITLE:", s["title"])
        print(s["text"])
        print("--- dateline events in story:")
        for e in r["events"]:
            mark = "*" if any(x["doc"] == doc and x["event_id"] == e["id"] for x in items) else " "
            print(f' {mark}{e["id"]} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
                  f'{[actor(r,a) for a in e["source"]]} -> {[actor(r,a) for a in e["target"]]} '
                  f'{e["date"]["value"]}/{e["date"]["basis"]} {e["modality"]}')
        shown.add(doc)
    else:
        # only events in the same sentence
        pass
    # events sharing the item's sentence
    me = [e for e in r["events"] if e["id"] == it["event_id"]][0]
    same = [e for e in r["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print("SENT:", it["sentence"].strip())
    print(f' ITEM: trig="{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]} src={it["source"]} tgt={it["target"]} '
          f'date={it["date"]} mod={it["modality"]} rep={it["reported_by"]} rule={it["rule"]}')
    print(" same-sentence events:", [(e["id"], e["trigger"]["text"], e["type"]) for e in same])
