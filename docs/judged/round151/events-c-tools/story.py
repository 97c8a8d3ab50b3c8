"""Print a story (title, date, text) and dateline's events for it, sentence by sentence.

usage: story.py DOC [DOC ...]
"""
import json
import sys

STORIES = "/work/wt/j151c/data/heldout_news52/stories.jsonl"
RECORDS = "/tmp/r149/heldout_news52.judge.jsonl"


def load(path):
    return {d["id"]: d for d in map(json.loads, open(path))}


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a.get("name")}[{a.get("country")}/{a.get("sector")}]'
    return aid


def main(docs):
    stories, records = load(STORIES), load(RECORDS)
    for doc in docs:
        s, rec = stories[doc], records[doc]["record"]
        print(f"==== {doc} {s['date']} :: {s['title']}")
        print(s["text"])
        print("---- dateline events")
        for e in rec["events"]:
            src = [actor(rec, a) for a in e["source"]]
            tgt = [actor(rec, a) for a in e["target"]]
            print(f'{e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e["mode"]} {src}->{tgt} '
                  f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} :: {e["sentence"]["text"][:90]!r}')
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
