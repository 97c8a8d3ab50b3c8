"""For each item (or each paragraph doc), list all dateline events in the same sentence (duplicate check)
and, with --para, all events in the story's first paragraph."""
import json, sys
recs = {}
for l in open("/tmp/r116/heldout_news35.judge.jsonl"):
    d = json.loads(l); recs[d["id"]] = d["record"]
def fmt(rec, e):
    A = {a["id"]: a for a in rec["actors"]}
    nm = lambda ids: [f'{A[i]["name"]}[{A[i]["country"]}]' for i in ids]
    return f'  {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} {nm(e["source"])} -> {nm(e["target"])} {e["date"]["value"]} {e["modality"]}'
if sys.argv[1:] == ["--para"]:
    for l in open("paragraphs-b.jsonl"):
        p = json.loads(l); rec = recs[p["doc"]]
        end = rec["text"].index("\n") if "\n" in rec["text"] else len(rec["text"])
        print(p["doc"])
        for e in rec["events"]:
            if e["sentence"]["start"] < end: print(fmt(rec, e))
else:
    for l in open("events-b-items.jsonl"):
        it = json.loads(l); rec = recs[it["doc"]]
        me = [e for e in rec["events"] if e["id"] == it["event_id"]][0]
        same = [e for e in rec["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
        print(f'#{it["n"]} {it["doc"]} {it["event_id"]} ({len(same)} in sentence)')
        for e in same: print(("* " if e is me else "  ") + fmt(rec, e))
