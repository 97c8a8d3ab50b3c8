"""act7's own judged sample (issue 12): 40 paragraphs, seed 71103; run from the worktree root.

    python docs/judged/act7/sample.py            # writes /tmp/act7/{mt,st}.jsonl
    dateline extract /tmp/act7/mt.jsonl > /tmp/act7/mt.out.jsonl
    dateline extract /tmp/act7/st.jsonl --date 2023-06-15 > /tmp/act7/st.out.jsonl
    python docs/judged/act7/sample.py --show     # each paragraph with its state sources

20 MEANTIME docs and 20 synthetic test stories are drawn with random.Random(71103); from each
drawn doc one paragraph of at least 80 characters is drawn with the same generator.
"""
import json
import random
import sys

SEED = 71103
STATE = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"}


def inputs() -> None:
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
    st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
    with open("/tmp/act7/mt.jsonl", "w") as f:
        for d in rng.sample(mt, 20):
            f.write(json.dumps({"id": d["doc_id"], "text": d["text"], "title": d["title"],
                                "date": d["dct"]}) + "\n")
    with open("/tmp/act7/st.jsonl", "w") as f:
        for i in rng.sample(range(len(st)), 20):
            f.write(json.dumps({"id": "st%d" % i, "text": st[i]["text"]}) + "\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for p in text.split("\n"):
        if len(p) >= 80:
            out.append((pos, pos + len(p)))
        pos += len(p) + 1
    return out


def show() -> None:
    rng = random.Random(SEED + 1)
    for fn in ("/tmp/act7/mt.out.jsonl", "/tmp/act7/st.out.jsonl"):
        for r in map(json.loads, open(fn)):
            start, end = rng.choice(paragraphs(r["text"]))
            actors = {a["id"]: a for a in r["actors"]}
            print("=" * 100)
            print(r["source"]["id"], start, end)
            print(r["text"][start:end])
            ids = []
            for e in r["events"]:
                if start <= e["trigger"]["start"] < end:
                    ids += [(i, "event " + e["type"]) for i in e["source"]]
            for q in r["quotes"]:
                sp = q.get("speaker")
                if sp and sp.get("actor") and start <= sp["start"] < end:
                    ids.append((sp["actor"], "quote"))
            for i, why in ids:
                a = actors.get(i)
                if a:
                    print("   SRC", why, "|", a["name"], a["kind"], a.get("country"),
                          a.get("sector"), a.get("rule"))


if __name__ == "__main__":
    show() if "--show" in sys.argv else inputs()
