"""Write docs/judged/round9/actors.jsonl and print the precision table.

Usage: python score.py OUTDIR   (OUTDIR has actor_sample.jsonl and para_sample.jsonl from sample.py)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from paragraphs import P  # noqa: E402
from verdicts import NOT, V  # noqa: E402

out = Path(sys.argv[1])
dest = Path(__file__).parent.parent / "actors.jsonl"
FIELDS = ("name", "country", "sector", "kind", "mentions")
samples = [json.loads(line) for line in open(out / "actor_sample.jsonl")]
paras = [json.loads(line) for line in open(out / "para_sample.jsonl")]
rows = []
with open(dest, "w") as fh:
    for i, s in enumerate(samples):
        v = V[i]
        is_actor = NOT not in v
        verdict = {"actor": is_actor}
        for f in FIELDS:
            verdict[f] = (f not in v) if is_actor else None
        verdict["all"] = is_actor and all(verdict[f] for f in FIELDS)
        reasons = {k: r for k, r in v.items()}
        rows.append((s["corpus"], verdict))
        fh.write(json.dumps({"item": i, "kind": "actor", "corpus": s["corpus"], "doc": s["doc"], "date": s["date"],
                             "sentence": s["sentence"], "predicted": s["predicted"],
                             "mentions": [m["text"] for m in s["mentions"]],
                             "verdict": verdict, "reasons": reasons}, ensure_ascii=False) + "\n")
    for i, p in enumerate(paras):
        fh.write(json.dumps({"item": i, "kind": "paragraph", "corpus": p["corpus"], "doc": p["doc"], "date": p["date"],
                             "sentence": p["text"], "predicted": {"events": p["events"], "quotes": p["quotes"]},
                             "state_sources": [{"actor": a, "country": c, "given": g, "right_country": r}
                                               for a, c, g, r in P.get(i, [])]}, ensure_ascii=False) + "\n")


def pct(n, d):
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "-"


print("| field | MEANTIME (all 40) | stories (all 40) | all 80 | MEANTIME (real actors) | stories (real actors) | all (real actors) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for f in ("actor",) + FIELDS + ("all",):
    cells = []
    for real in (False, True):
        for corp in ("meantime", "stories", None):
            sel = [v for c, v in rows if corp in (None, c) and (not real or v["actor"])]
            if real and f == "actor":
                cells.append("-")
                continue
            cells.append(pct(sum(bool(v[f]) for v in sel), len(sel)))
    print(f"| {f} | " + " | ".join(cells) + " |")
print()
for corp, rng in (("meantime", range(0, 20)), ("stories", range(20, 40)), ("all", range(0, 40))):
    items = [x for i in rng for x in P.get(i, [])]
    print(f"{corp}: state/politician sources {len(items)}, given as source/speaker {sum(x[2] for x in items)}, "
          f"with the right country {sum(x[3] for x in items)}")
