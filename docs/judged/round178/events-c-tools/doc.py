"""Print one story (text, paragraph by paragraph) and every dateline event in it.

usage: doc.py DOC_ID [DOC_ID ...]
Reads /work/wt/j178c/data/heldout_news67/stories.jsonl and /tmp/r178/heldout_news67.judge.jsonl.
"""
import json
import sys

STORIES = "/work/wt/j178c/data/heldout_news67/stories.jsonl"
RECORDS = "/tmp/r178/heldout_news67.judge.jsonl"


def load(path, key):
    out = {}
    for line in open(path):
        d = json.loads(line)
        out[d[key]] = d
    return out


def actor(a):
    return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"


def main(ids):
    stories = load(STORIES, "id")
    recs = load(RECORDS, "id")
    for doc in ids:
        s = stories[doc]
        r = recs[doc]["record"]
        acts = {a["id"]: a for a in r["actors"]}
        print(f"===== {doc} date={s['date']} title={s['title']}")
        print(s["text"])
        print("----- events")
        for e in r["events"]:
            src = [actor(acts[x]) for x in e["source"]]
            tgt = [actor(acts[x]) for x in e["target"]]
            rep = e.get("reported_by")
            if rep in acts:
                rep = actor(acts[rep])
            print(f"{e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={src} tgt={tgt} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={rep}")
            print(f"     S: {e['sentence']['text'][:300]}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
