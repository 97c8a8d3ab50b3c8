"""Print the full story of a doc, with dateline's events grouped under their sentences.
usage: python story.py DOC [DOC ...]"""
import json, sys
J = "/tmp/r121/heldout_news38.judge.jsonl"
S = "/work/wt/j121a/data/heldout_news38/stories.jsonl"
recs = {json.loads(l)["id"]: json.loads(l) for l in open(J)}
stories = {json.loads(l)["id"]: json.loads(l) for l in open(S)}
for doc in sys.argv[1:]:
    st, r = stories[doc], recs[doc]["record"]
    acts = {a["id"]: a for a in r["actors"]}
    def A(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" if i in acts else i for i in ids or []]
    print("=" * 100)
    print(doc, st["date"], st["title"])
    print(st["text"])
    print("--- dateline events")
    last = None
    for e in r["events"]:
        s = e["sentence"]["text"].strip()
        if s != last:
            print("  S:", s[:300])
            last = s
        d = e["date"]
        print(f"    {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {A(e['source'])} -> {A(e['target'])} {d.get('value')}({d.get('basis')}) {e['modality']} rep={e.get('reported_by')}")
