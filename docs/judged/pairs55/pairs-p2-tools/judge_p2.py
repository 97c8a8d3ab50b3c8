#!/usr/bin/env python3
"""pairs55 judge p2: writes pairs-p2.jsonl from the verdicts below, checks that every item
of items.jsonl is judged exactly once with well-formed sides, and prints the counts.

Run from the worktree root:  python3 docs/judged/pairs55/pairs-p2-tools/judge_p2.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p2.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]


def ev(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


SPURIOUS = ev(False, False, False, False, False, False)

VERDICTS = {
    1: dict(
        X=ev(True, False, True, True, True, True),
        Y=ev(True, True, True, True, True, True),
        better="Y",
        reasons=(
            "Both code the same act with the same source (Abu Dhabi security forces, ARE), target "
            "(Abd Al Rahman Mohammed, ARE), date (2023-06-10: the attack the previous sentence dates "
            "'on Saturday', the Saturday before Thursday 2023-06-15) and modality (asserted; 'the Abu "
            "Dhabi Press said' is attribution only). They differ only in type. Storming into the "
            "official's home and forcing him into his basement, in what the story calls an attack in "
            "which he was beheaded, is violence against a person (ASSAULT; close to abduct), not a "
            "law-enforcement raid, search or confiscation short of violence: COERCE seize (X) is the "
            "wrong type. Judgment call noted: a reader who took it as a detention could argue COERCE "
            "arrest, but not seize. Not a duplicate: the previous sentence is another sentence."
        ),
    ),
    2: dict(
        X={"omit_right": True},
        Y=SPURIOUS,
        better="X",
        reasons=(
            "'The sanctions were targeted at the operators ...' uses 'targeted' in the sense of "
            "'aimed at', of the sanctions the Treasury had imposed (already reported in earlier "
            "sentences): no attack. Y's ASSAULT with empty source and target is spurious (trigger word "
            "in another sense), so wrong in every field; coding nothing there (X) is right."
        ),
    ),
}


def check_side(side):
    if side is None:
        raise ValueError("null side must be scored as {'omit_right': bool}")
    if "omit_right" in side:
        assert set(side) == {"omit_right"} and isinstance(side["omit_right"], bool)
    else:
        assert set(side) == set(FIELDS), side
        assert all(isinstance(side[f], bool) for f in FIELDS)
        assert side["all"] == all(side[f] for f in FIELDS[:-1])


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(VERDICTS))
    extra = sorted(set(VERDICTS) - set(ns))
    if missing or extra or len(ns) != len(set(ns)):
        sys.exit(f"not every item judged once: missing={missing} extra={extra}")
    lines = []
    for it in items:
        v = VERDICTS[it["n"]]
        for s in "XY":
            # a null side gets omit_right, a coded side gets the field booleans
            assert (it[s] is None) == ("omit_right" in v[s]), (it["n"], s)
            check_side(v[s])
        assert v["better"] in ("X", "Y", "same") and v["reasons"]
        lines.append({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"], "reasons": v["reasons"]})
    OUT.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines))

    # re-read and count
    judged = [json.loads(l) for l in OUT.read_text().splitlines()]
    assert sorted(j["n"] for j in judged) == sorted(ns)
    c = Counter(j["better"] for j in judged)
    print(f"items {len(items)}, judged {len(judged)}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {c[b]}  items {[j['n'] for j in judged if j['better'] == b]}")
    for s in "XY":
        coded = [j for j in judged if "omit_right" not in j[s]]
        nulls = [j for j in judged if "omit_right" in j[s]]
        print(f"{s}: coded {len(coded)}, all fields right {sum(j[s]['all'] for j in coded)}"
              f" {[j['n'] for j in coded if j[s]['all']]}; null {len(nulls)}, omit right "
              f"{sum(j[s]['omit_right'] for j in nulls)}")
        for f in FIELDS[:-1]:
            print(f"   {f}: {sum(j[s][f] for j in coded)}/{len(coded)}")


if __name__ == "__main__":
    main()
