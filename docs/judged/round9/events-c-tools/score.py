"""Write events-c.jsonl from sample.jsonl + verdicts.py and print the precision table.
Usage: python docs/judged/round9/events-c-tools/score.py /tmp/j11-events-c/sample.jsonl docs/judged/round9/events-c.jsonl"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from verdicts import NOTES, RECALL, SPURIOUS, WRONG  # noqa: E402

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def verdict(n):
    if n in SPURIOUS:
        v = {f: False for f in FIELDS + ["all"]}
        return v, {"event": SPURIOUS[n]}
    wrong = WRONG.get(n, {})
    v = {f: f not in wrong for f in FIELDS}
    v["all"] = not wrong
    return v, dict(wrong)


def recall(path, f):
    paras = [json.loads(l) for l in open(path)]
    coded = found = pred = spur = 0
    for p, j in zip(paras, RECALL):
        row = {"kind": "recall", "doc": p["doc"], "label": p["label"], "paragraph": p["paragraph"],
               "predicted": [{k: e[k] for k in ("type", "cameo", "trigger", "source", "target", "date", "modality")}
                             for e in p["events"]]} | j
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
        coded += len(j["coder"]); found += len(j["found"]); pred += len(p["events"]); spur += len(j["spurious"])
    print(f"recall: {found}/{coded} coder events found ({100 * found / coded:.0f}%); "
          f"spurious: {spur}/{pred} dateline events ({100 * spur / pred:.0f}%)")


def main(sample, out):
    items = [json.loads(l) for l in open(sample)]
    rows = []
    with open(out, "w") as f:
        for s in items:
            v, reasons = verdict(s["n"])
            row = s | {"verdict": v, "reasons": reasons}
            if s["n"] in NOTES:
                row["note"] = NOTES[s["n"]]
            rows.append(row)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        recall(Path(sample).with_name("recall.jsonl"), f)
    groups = {"meantime": [r for r in rows if r["corpus"] == "meantime"],
              "stories": [r for r in rows if r["corpus"] == "stories"], "all": rows}
    print("| field | " + " | ".join(f"{g} (all)" for g in groups) + " | "
          + " | ".join(f"{g} (real)" for g in groups) + " |")
    print("|---" * (1 + 2 * len(groups)) + "|")
    for f in FIELDS + ["all"]:
        cells = []
        for real in (False, True):
            for g, rs in groups.items():
                rs = [r for r in rs if r["verdict"]["event"]] if real else rs
                k = sum(r["verdict"][f] for r in rs)
                cells.append(f"{k}/{len(rs)} ({100 * k / len(rs):.0f}%)")
        print(f"| {f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
