"""Build events-d.jsonl and the tables from sample.json and verdicts.py.
Usage: python report.py /tmp/j11-events-d/sample.json docs/judged/round9"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from verdicts import NOTES, PARAGRAPH_NOTES, PARAGRAPHS, SPURIOUS, WRONG  # noqa: E402

FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]
sample = json.load(open(sys.argv[1]))
outdir = Path(sys.argv[2])
rows = []
for i, it in enumerate(sample["events"]):
    if i in SPURIOUS:
        verdict = {f: False for f in FIELDS}
        reasons = {"event": SPURIOUS[i]}
    else:
        reasons = WRONG.get(i, {})
        verdict = {f: f not in reasons for f in FIELDS[:-1]}
        verdict["all"] = all(verdict.values())
    rows.append({"index": i, **it, "verdict": verdict, "reasons": reasons, "note": NOTES.get(i)})
with open(outdir / "events-d.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for doc, (coded, found, spurious) in PARAGRAPHS.items():
        p = next(p for p in sample["paragraphs"] if p["doc"] == doc)
        f.write(json.dumps({"kind": "paragraph-recall", **p, "coder_events": coded, "found": found,
                            "spurious": spurious, "note": PARAGRAPH_NOTES.get(doc)},
                           ensure_ascii=False) + "\n")


def cell(sel):
    n = len(sel)
    return [f"{sum(r['verdict'][f] for r in sel)}/{n} ({100 * sum(r['verdict'][f] for r in sel) / n:.0f}%)"
            for f in FIELDS]


groups = {"MEANTIME": [r for r in rows if r["corpus"] == "meantime"],
          "stories": [r for r in rows if r["corpus"] == "stories"], "all": rows}
print("| set | " + " | ".join(FIELDS) + " |")
print("|---" * (len(FIELDS) + 1) + "|")
for name, sel in groups.items():
    print(f"| {name} (all 50) | " + " | ".join(cell(sel)) + " |" if name == "all" else
          f"| {name} (all {len(sel)}) | " + " | ".join(cell(sel)) + " |")
for name, sel in groups.items():
    real = [r for r in sel if r["verdict"]["event"]]
    print(f"| {name}, real events only ({len(real)}) | " + " | ".join(cell(real)) + " |")
coded = sum(len(v[0]) for v in PARAGRAPHS.values())
found = sum(v[1] for v in PARAGRAPHS.values())
pred = sum(len(p["predicted"]) for p in sample["paragraphs"])
spur = sum(v[2] for v in PARAGRAPHS.values())
print(f"\nparagraph recall: {found}/{coded} ({100 * found / coded:.0f}%); dateline events {pred}, spurious {spur}")
