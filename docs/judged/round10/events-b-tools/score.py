"""Write events-b.jsonl and print the precision table. Usage: python score.py SAMPLE.jsonl OUTDIR"""
import json
import sys
from pathlib import Path

from verdicts import FIELDS, V

sample = [json.loads(line) for line in open(sys.argv[1])]
out = Path(sys.argv[2])
rows = []
with open(out / "events-b.jsonl", "w") as f:
    for e in sample:
        bits, reason = V[e["n"]]
        verdict = {k: bits[i] == "1" for i, k in enumerate(FIELDS)}
        verdict["all"] = all(verdict.values())
        pred = {k: e[k] for k in ("doc", "type", "mode", "trigger", "source", "target", "date",
                                  "modality", "reported_by", "rule")}
        f.write(json.dumps({"n": e["n"], "corpus": e["corpus"], "sentence": e["sentence"],
                            "predicted": pred, "verdict": verdict, "reason": reason}) + "\n")
        rows.append((e["corpus"], verdict))
cols = ["event", "type", "source", "target", "date", "modality", "all"]
print("| field | MEANTIME (n=30) | stories (n=30) | all (n=60) | real events only: MEANTIME / stories / all |")
print("|---|---|---|---|---|")
for c in cols:
    cells = []
    for corp in ("meantime", "stories", None):
        sel = [v for k, v in rows if corp in (None, k)]
        ok = sum(v[c] for v in sel)
        cells.append(f"{ok}/{len(sel)} ({100 * ok / len(sel):.0f}%)")
    real = []
    for corp in ("meantime", "stories", None):
        sel = [v for k, v in rows if corp in (None, k) and v["event"]]
        ok = sum(v[c] for v in sel)
        real.append(f"{ok}/{len(sel)} ({100 * ok / len(sel):.0f}%)")
    print(f"| {c} | " + " | ".join(cells) + " | " + " / ".join(real) + " |")
