"""(Copy of pairs21/tools/sample_pairs.py, imported by sample_pairs22.py for its helpers; its own main is not what wave 22 ran.) Paired sampler: events that differ between two run.py outputs (BEFORE, AFTER) on held-out NGEC test
stories never judged before, shown blind as version X and version Y (which is which is drawn at random
and kept in a separate key file the judge must not open).

usage: sample_pairs.py BEFORE.jsonl AFTER.jsonl ITEMS_OUT.jsonl KEY_OUT.json N  (set SEED first)
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261301
JUDGED = Path("/work/main/docs/judged")
ROUNDS = ("round11", "round12", "round13", "round14", "round15", "round16", "round17")
FIELDS = ("type", "source", "target", "date", "modality")


def load(path):
    return {d["id"]: d["record"] for d in map(json.loads, open(path))}


def judged_docs():
    seen = set()
    for rnd in ROUNDS:
        for f in sorted((JUDGED / rnd).glob("events-*.jsonl")):
            for line in open(f):
                doc = json.loads(line).get("doc")
                if doc:
                    seen.add(doc)
    for items in sorted(JUDGED.glob("pairs*/items*.jsonl")):
        for line in open(items):
            seen.add(json.loads(line)["doc"])
    return seen


def actor(rec, aid):
    a = next(x for x in rec["actors"] if x["id"] == aid)
    return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'


def view(rec, ev):
    if ev is None:
        return None
    t = rec["text"]
    return {
        "trigger": t[ev["trigger"]["start"]:ev["trigger"]["end"]],
        "type": ev["type"], "mode": ev.get("mode"),
        "source": [actor(rec, a) for a in ev["source"]],
        "target": [actor(rec, a) for a in ev["target"]],
        "date": {k: ev["date"].get(k) for k in ("value", "basis")},
        "modality": ev["modality"],
    }


def by_trigger(rec):
    out = {}
    for ev in rec.get("events", []):
        out.setdefault((ev["trigger"]["start"], ev["trigger"]["end"]), []).append(ev)
    return out


def comparable(va, vb):
    return {k: va[k] for k in FIELDS} != {k: vb[k] for k in FIELDS}


def pairs_of(doc, ra, rb):
    ea, eb = by_trigger(ra), by_trigger(rb)
    for key in sorted(set(ea) | set(eb)):
        la, lb = ea.get(key, []), eb.get(key, [])
        if len(la) == len(lb):
            for x, y in zip(la, lb):
                if comparable(view(ra, x), view(rb, y)):
                    yield doc, x, y
            continue
        types_b = {e["type"] for e in lb}
        types_a = {e["type"] for e in la}
        for x in la:
            if x["type"] not in types_b:
                yield doc, x, None
        for y in lb:
            if y["type"] not in types_a:
                yield doc, None, y


def context(rec, ev):
    start = ev["sentence"]["start"]
    before = rec["text"][:start]
    return before[-600:] if len(before) > 600 else before


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    seen = judged_docs()
    found = []
    for doc, ra in before.items():
        rb = after.get(doc)
        if doc.startswith("mt-") or doc in seen or rb is None or "error" in ra or "error" in rb:
            continue
        found.extend((doc, ra, rb, x, y) for doc, x, y in pairs_of(doc, ra, rb))
    print(f"# left out {len(seen)} judged documents; {len(found)} changed events", file=sys.stderr)
    rng = random.Random(SEED)
    picked = rng.sample(found, min(int(sys.argv[5]), len(found)))
    key = {}
    with open(sys.argv[3], "w") as out:
        for n, (doc, ra, rb, x, y) in enumerate(picked, 1):
            ev = x or y
            rec = rb if y else ra
            s = ev["sentence"]
            swap = rng.random() < 0.5
            vb, va = view(rb, y), view(ra, x)
            key[n] = "X=after" if swap else "X=before"
            item = {"n": n, "doc": doc, "document_date": rec["document_date"],
                    "context_before": context(rec, ev), "sentence": rec["text"][s["start"]:s["end"]],
                    "X": vb if swap else va, "Y": va if swap else vb}
            out.write(json.dumps(item) + "\n")
    Path(sys.argv[4]).write_text(json.dumps(key, indent=1))


if __name__ == "__main__":
    main()
