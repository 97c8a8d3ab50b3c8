"""Print a story's text with every dateline event found in each sentence (for context and the duplicate check).
usage: python story.py DOC [DOC ...]"""
import json, sys
RECS = "/tmp/r71/heldout_news13.judge.jsonl"
want = set(sys.argv[1:])
for line in open(RECS):
    r = json.loads(line)
    if r["id"] not in want:
        continue
    rec = r["record"]
    actors = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' for a in rec["actors"]}
    print("=" * 100); print(r["id"], rec["document_date"])
    bysent = {}
    for e in rec["events"]:
        bysent.setdefault(e["sentence"]["start"], []).append(e)
    text = rec["text"]
    # print text paragraph by paragraph, with events after the sentence
    pos = 0
    starts = sorted(bysent)
    print(text)
    print("-- events --")
    for s in starts:
        es = bysent[s]
        print("SENT@%d: %s" % (s, es[0]["sentence"]["text"].strip()))
        for e in es:
            print("   %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s" % (
                e["id"], e["type"], e["mode"], e["trigger"]["text"],
                [actors.get(a, a) for a in e["source"]], [actors.get(a, a) for a in e["target"]],
                e["date"]["value"], e["date"]["basis"], e["modality"],
                actors.get(e["reported_by"], e["reported_by"])))
