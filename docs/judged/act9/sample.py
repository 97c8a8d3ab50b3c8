"""act9's own judged sample (issue 11, actor side): 20 MEANTIME + 20 story actors, seed 71114.

Run from the worktree: DATELINE_SHARED=/work/shared .venv/bin/python docs/judged/act9/sample.py OUT.json
draws 15 MEANTIME docs and 60 synthetic test stories with random.Random(71114), extracts them,
then 20 actors from each corpus's pool with random.Random(71114 + 1). With a second argument
(an earlier OUT.json) it prints, for each sampled actor of the earlier run, the actor of this
run that holds the same first mention (so before and after are judged on the same items).
"""
import json
import random
import sys

import dateline

SEED = 71114


def run() -> dict:
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in open("/work/shared/eval/meantime/docs.jsonl")]
    st = [json.loads(line) for line in open("data/synthetic_stories/test.jsonl")]
    mt_docs = rng.sample(mt, 15)
    st_docs = rng.sample(st, 60)
    arts = [{"text": d["text"], "published": d["dct"], "id": "mt-" + d["doc_id"]} for d in mt_docs]
    recs = list(dateline.extract_many(arts))
    srecs = list(dateline.extract_many([{"text": d["text"], "id": d["id"]} for d in st_docs],
                                       date="2023-06-15"))
    return {"mt": [r.to_dict() for r in recs], "st": [r.to_dict() for r in srecs]}


def sample(out: dict) -> list[tuple[str, int, dict]]:
    rng = random.Random(SEED + 1)
    items = []
    for corpus in ("mt", "st"):
        pool = [(corpus, i, a) for i, r in enumerate(out[corpus]) if "actors" in r
                for a in r["actors"]]
        items += rng.sample(pool, 20)
    return items


def show(n: int, corpus: str, r: dict, a: dict | None, tag: str) -> None:
    if a is None:
        print(f"   {tag}: (no actor holds this mention)")
        return
    print(f"   {tag}: {a['name']!r} kind={a['kind']} c={a['country']} s={a['sector']} "
          f"rule={a['rule']} src={a.get('source')}")
    print(f"        mentions: {[m['text'] for m in a['mentions']]}")


def holder(r: dict, start: int) -> dict | None:
    for a in r.get("actors", []):
        if any(m["start"] == start for m in a["mentions"]):
            return a
    return None


def main() -> None:
    out = run()
    json.dump(out, open(sys.argv[1], "w"))
    earlier = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else out
    for n, (corpus, i, a) in enumerate(sample(earlier)):
        r = earlier[corpus][i]
        m0 = a["mentions"][0]
        t = r["text"]
        ctx = t[max(0, m0["start"] - 100): m0["end"] + 80].replace("\n", " ")
        print(f"#{n} {corpus} {r['source']['id']} {r['document_date']} first mention {m0['text']!r}")
        print(f"   ctx: {ctx}")
        show(n, corpus, r, a, "before" if len(sys.argv) > 2 else "actor")
        if len(sys.argv) > 2:
            show(n, corpus, out[corpus][i], holder(out[corpus][i], m0["start"]), "after ")


if __name__ == "__main__":
    main()
