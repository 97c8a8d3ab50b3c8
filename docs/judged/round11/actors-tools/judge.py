"""(Round 11, copied unchanged from round 10.) Write actors.jsonl and print the precision table from verdicts.py and the samples.

Usage: python judge.py OUTDIR DESTDIR
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from verdicts import ACTORS, NOT_ACTOR_REASON, PARAGRAPHS  # noqa: E402

FIELDS = ["actor", "name", "country", "sector", "kind", "mentions", "all"]
out, dest = Path(sys.argv[1]), Path(sys.argv[2])
sample = json.load(open(out / "actors_sample.json"))
pars = json.load(open(out / "paragraphs_sample.json"))
rows = []
with open(dest / "actors.jsonl", "w") as f:
    for i, item in enumerate(sample):
        is_actor, wrong = ACTORS[i]
        verdict = {"actor": is_actor}
        for fld in FIELDS[1:-1]:
            verdict[fld] = fld not in wrong
        verdict["all"] = is_actor and not wrong
        reasons = dict(wrong)
        if not is_actor:
            reasons["actor"] = NOT_ACTOR_REASON.get(i, "not an actor")
        row = {"n": i, "type": "actor", "corpus": item["corpus"], "doc": item["doc"],
               "document_date": item["document_date"], "sentence": item["sentence"],
               "predicted": item["predicted"], "mentions": item["mentions"],
               "verdict": verdict, "reasons": reasons}
        rows.append(row)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for j, p in enumerate(pars):
        srcs = PARAGRAPHS.get(j, [])
        f.write(json.dumps({"n": j, "type": "paragraph-sources", "corpus": p["corpus"],
                            "doc": p["doc"], "paragraph": p["paragraph"],
                            "predicted": {"events": p["events"], "quotes": p["quotes"]},
                            "state_sources": [{"source": s, "right": ok, "reason": r}
                                              for s, ok, r in srcs]},
                           ensure_ascii=False) + "\n")


def cell(sel, fld):
    n = len(sel)
    k = sum(r["verdict"][fld] for r in sel)
    return f"{k}/{n} ({100 * k / n:.0f}%)" if n else "-"


print("| field | MEANTIME | stories | all |")
print("|---|---|---|---|")
for scope in ("all 80", "real actors"):
    for fld in FIELDS:
        if scope == "real actors" and fld == "actor":
            continue
        cells = []
        for corp in ("meantime", "stories", None):
            sel = [r for r in rows if corp in (None, r["corpus"])]
            if scope == "real actors":
                sel = [r for r in sel if r["verdict"]["actor"]]
            cells.append(cell(sel, fld))
        print(f"| {fld} ({scope}) | " + " | ".join(cells) + " |")
print()
for corp in ("meantime", "stories"):
    items = [s for j, p in enumerate(pars) if p["corpus"] == corp for s in PARAGRAPHS.get(j, [])]
    npar = sum(1 for j, p in enumerate(pars) if p["corpus"] == corp and PARAGRAPHS.get(j))
    print(f"{corp}: {len(items)} state/politician source actors in {npar} of 20 paragraphs; "
          f"right as source/speaker with right country: {sum(ok for _, ok, _ in items)}")
