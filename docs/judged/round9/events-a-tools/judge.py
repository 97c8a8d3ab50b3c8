"""Merge the verdicts with the sample, write events-a.jsonl, print the precision table.

Usage: python docs/judged/round9/events-a-tools/judge.py /tmp/j11-events-a/sample.jsonl \
           /tmp/j11-events-a/paras.jsonl docs/judged/round9/events-a.jsonl
"""
import json
import sys

from verdicts import FIELDS, P, V


def verdict(n):
    v = V[n]
    if "spurious" in v:
        return {f: False for f in FIELDS} | {"all": False}, {"event": v["spurious"]}
    ok = {f: f not in v for f in FIELDS}
    return ok | {"all": all(ok.values())}, dict(v)


def main(sample, paras, out):
    rows = [json.loads(line) for line in open(sample)]
    counts = {}
    with open(out, "w") as f:
        for r in rows:
            ok, why = verdict(r["n"])
            f.write(json.dumps({"kind": "event", "n": r["n"], "origin": r["origin"],
                                "doc_id": r["doc_id"], "sentence": r["sentence"],
                                "predicted": {k: r[k] for k in ("trigger", "event", "source",
                                                                 "target", "reported_by_actor")},
                                "verdict": ok, "reasons": why}) + "\n")
            for grp in (r["origin"], "all"):
                counts.setdefault(grp, []).append(ok)
        pred = {json.loads(line)["id"]: json.loads(line) for line in open(paras)}
        for p in P:
            d = pred[p["id"]]
            f.write(json.dumps({"kind": "paragraph", "id": p["id"], "label": d["label"],
                                "paragraph": d["paragraph"], "coder_events": p["coder"],
                                "found": p["found"], "predicted_in_paragraph": p["predicted"],
                                "spurious": p["spurious"], "note": p["note"]}) + "\n")
    print("| field | MEANTIME all | stories all | all 60 | MEANTIME real | stories real | all real |")
    print("|---|---|---|---|---|---|---|")
    for fld in FIELDS + ("all",):
        cells = []
        for real in (False, True):
            for grp in ("meantime", "stories", "all"):
                oks = [o for o in counts[grp] if o["event"] or not real]
                k = sum(o[fld] for o in oks)
                cells.append(f"{k}/{len(oks)} ({100 * k / len(oks):.0f}%)")
        print(f"| {fld} | " + " | ".join(cells) + " |")
    gold = sum(len(p["coder"]) for p in P)
    found = sum(p["found"] for p in P)
    predicted = sum(p["predicted"] for p in P)
    spur = sum(p["spurious"] for p in P)
    print(f"\nparagraphs: coder events {gold}, found {found} ({100 * found / gold:.0f}%), "
          f"dateline events {predicted}, spurious {spur}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
