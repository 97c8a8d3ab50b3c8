"""Judge p2 for pairs53: writes pairs-p2.jsonl from the verdicts below, checks that every
item in items.jsonl is judged once (and that null sides carry omit_right, non-null sides the
seven fields), and prints the counts. Run from the repo root:
    python3 docs/judged/pairs53/pairs-p2-tools/judge_p2.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
PAIRS = HERE.parent
FIELDS = ("event", "type", "source", "target", "date", "modality", "all")


def ev(event, type_, source, target, date, modality):
    if not event:  # a spurious event is wrong in every field
        type_ = source = target = date = modality = False
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    d["all"] = all(d.values())
    return d


def null(omit_right):
    return {"omit_right": omit_right}


SPURIOUS = ev(False, False, False, False, False, False)

VERDICTS = {
    1: dict(
        X=SPURIOUS,
        Y=null(True),
        better="Y",
        reasons=("The sentence is rhetoric in a quote ('the story to which I have given my life in "
                 "this fight ... against the corruption'): 'given my life' is no concession and the "
                 "sentence reports no act between political actors; the resignation is in the "
                 "previous sentence. X's CONCEDE is spurious, so coding nothing (Y) is right."),
    ),
    2: dict(
        X=ev(True, True, False, True, True, True),
        Y=ev(True, True, True, True, True, True),
        better="Y",
        reasons=("Both code the arrests as COERCE arrest of 'over 1,000 Uzbek nationals' [UZB], "
                 "undated (a total since October 2014 has no date), asserted ('According to the UN' "
                 "is attribution). The sentence is passive and names no arrester; the story's "
                 "context is a US-led crackdown in the West British Virgin Islands, so Uzbekistan "
                 "(X) is a guess from the victims' nationality, not a party the sentence names or "
                 "refers to: the empty source (Y) is right, X's source wrong. Only that differs."),
    ),
    3: dict(
        X=null(True),
        Y=SPURIOUS,
        better="X",
        reasons=("'Officials declined to give further details' is declining to comment (CAMEO 011, "
                 "a public statement, dropped in PLOVER), not a REJECT of a request, call or offer "
                 "from a party; no one's demand is refused. Y's REJECT is spurious (its target is "
                 "empty too, as there is no party rejected), so X's null is right. (Y's date, the "
                 "Monday 2023-06-12 of the report, would otherwise have been plausible.)"),
    ),
    4: dict(
        X=ev(True, False, True, False, True, True),
        Y=null(False),
        better="X",
        reasons=("The quote reports the Indian Army calling up its conscripts in the North-East "
                 "(the next sentence: 'they should be mobilised'; the story is about the call-up): "
                 "a trained coder codes MOBILIZE troops, source Indian Army [IND/MIL]. Not a "
                 "duplicate by rule (the first sentence's act is in another sentence). X codes "
                 "REQUEST: a defensible neighbour for 'calls upon' but not the act here (an army "
                 "calling on its own conscripts is a call-up, not a request between political "
                 "actors), so type wrong; under its own type the party called upon, 'the "
                 "conscripts' [IND/MIL], is named in the sentence and the empty target is wrong. "
                 "Source, date (a practice going on, document date) and modality (asserted, told "
                 "Reuters is attribution) are right. Y misses a real event; X at least records the "
                 "Indian Army's act with the right actor and date, so X is mildly better."),
    ),
}


def check_side(side, val, n):
    if val is None:
        return
    if "omit_right" in val:
        assert set(val) == {"omit_right"}, (n, side, val)
        return
    assert set(val) == set(FIELDS), (n, side, val)


def main():
    items = [json.loads(l) for l in (PAIRS / "items.jsonl").read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(VERDICTS))
    extra = sorted(set(VERDICTS) - set(ns))
    if missing or extra or len(ns) != len(set(ns)):
        sys.exit(f"unjudged items {missing}, unknown items {extra}")
    out = []
    for it in items:
        n = it["n"]
        v = VERDICTS[n]
        for side in ("X", "Y"):
            null_side = it[side] is None
            if null_side != ("omit_right" in v[side]):
                sys.exit(f"item {n} side {side}: null is {null_side} but verdict is {v[side]}")
            check_side(side, v[side], n)
        assert v["better"] in ("X", "Y", "same"), n
        out.append({"n": n, "X": v["X"], "Y": v["Y"], "better": v["better"], "reasons": v["reasons"]})
    (PAIRS / "pairs-p2.jsonl").write_text("".join(json.dumps(o) + "\n" for o in out))

    counts = {"X": [], "Y": [], "same": []}
    for o in out:
        counts[o["better"]].append(o["n"])
    print(f"judged {len(out)}/{len(items)} items")
    for k in ("X", "Y", "same"):
        print(f"better {k}: {len(counts[k])} {counts[k]}")
    for side in ("X", "Y"):
        evs = [o[side] for o in out if "all" in o[side]]
        nulls = [o[side] for o in out if "omit_right" in o[side]]
        print(f"{side}: all fields right {sum(e['all'] for e in evs)}/{len(evs)} events; "
              f"null right {sum(e['omit_right'] for e in nulls)}/{len(nulls)}; "
              f"per field " + ", ".join(f"{f} {sum(e[f] for e in evs)}" for f in FIELDS[:-1]))


if __name__ == "__main__":
    main()
