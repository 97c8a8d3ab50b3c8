"""Paired sampler, wave 23 (pairs22's, with round 18's paragraphs counted as shown): events that differ between two outputs (BEFORE, AFTER) of the NGEC test
stories, in sentences no earlier judging ever showed (the rule writers read the judged items: their
sentences and the pairs' 600-character contexts are excluded; other sentences of the same stories were
never shown to anyone writing rules). Shown blind as X and Y (order drawn per item, key kept apart).

usage: sample_pairs22.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N [RULE_WORD ...]
  RULE_WORD: keep only changed events whose rule (in either version) contains one of these words
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "pairs21" / "tools"))
import sample_pairs as base  # noqa: E402  (pairs21's sampler: load, view, pairs_of, context)

SEED = 20261305
JUDGED = Path("/work/main/docs/judged")


def exposures():
    """doc -> texts shown to rule writers (judged sentences, pairs contexts)."""
    shown: dict[str, list[str]] = {}
    files = sorted(JUDGED.glob("round*/*.jsonl")) + sorted(JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        for line in open(f):
            item = json.loads(line)
            doc = item.get("doc")
            if not doc:
                continue
            for key in ("sentence", "context_before", "paragraph"):
                if item.get(key):
                    shown.setdefault(doc, []).append(item[key])
    return shown


def unseen(shown, doc, sentence):
    probe = " ".join(sentence.split())[:120]
    return not any(probe in " ".join(text.split()) for text in shown.get(doc, []))


def wanted(x, y, words):
    rules = " ".join(e["rule"] for e in (x, y) if e)
    return not words or any(w in rules for w in words)


def main():
    before, after = base.load(sys.argv[1]), base.load(sys.argv[2])
    words = sys.argv[6:]
    shown = exposures()
    found, hidden = [], 0
    for doc, ra in before.items():
        rb = after.get(doc)
        if rb is None or "error" in ra or "error" in rb:
            continue
        for _, x, y in base.pairs_of(doc, ra, rb):
            ev, rec = x or y, ra if x else rb
            s = ev["sentence"]
            if not unseen(shown, doc, rec["text"][s["start"]:s["end"]]):
                hidden += 1
            elif wanted(x, y, words):
                found.append((doc, ra, rb, x, y))
    print(f"# {hidden} changed events in sentences judged before left out; {len(found)} kept", file=sys.stderr)
    rng = random.Random(SEED)
    picked = rng.sample(found, min(int(sys.argv[5]), len(found)))
    key = {}
    with open(sys.argv[3], "w") as out:
        for n, (doc, ra, rb, x, y) in enumerate(picked, 1):
            ev = x or y
            rec = rb if y else ra
            s = ev["sentence"]
            swap = rng.random() < 0.5
            vb, va = base.view(rb, y), base.view(ra, x)
            key[n] = "X=after" if swap else "X=before"
            item = {"n": n, "doc": doc, "document_date": rec["document_date"],
                    "context_before": base.context(rec, ev), "sentence": rec["text"][s["start"]:s["end"]],
                    "X": vb if swap else va, "Y": va if swap else vb}
            out.write(json.dumps(item) + "\n")
    Path(sys.argv[4]).write_text(json.dumps(key, indent=1))


if __name__ == "__main__":
    main()
