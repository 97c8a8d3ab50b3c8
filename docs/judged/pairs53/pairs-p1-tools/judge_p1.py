"""Judge p1's verdicts on pairs53: writes pairs-p1.jsonl, checks every item is judged, prints counts.

Run from the repo root: python3 docs/judged/pairs53/pairs-p1-tools/judge_p1.py
"""
import json
import pathlib
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p1.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def score(event, type_, source, target, date, modality):
    s = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        s = {k: False for k in FIELDS}
    s["all"] = all(s[k] for k in FIELDS)
    return s


SPURIOUS = score(False, False, False, False, False, False)

VERDICTS = {
    1: dict(
        X=SPURIOUS,
        Y={"omit_right": True},
        better="Y",
        reasons="Villalobos's quote 'the story to which I have given my life in this fight ... against the "
                "corruption' reports no act: 'given my life' is a figure of speech, not a verbal concession "
                "(PLOVER CONCEDE is a promise of future concessions, ceasefire declaration, etc.). X's CONCEDE "
                "is spurious; coding nothing (Y) is right.",
    ),
    2: dict(
        X=score(True, True, False, True, True, True),
        Y=score(True, True, True, True, True, True),
        better="Y",
        reasons="Both code COERCE arrest of 'over 1,000 Uzbek nationals' [UZB], no date (a total since "
                "October 2014: no date by the round-20 rule), asserted ('According to the UN' is attribution). "
                "The sentence is passive and names no arrester, and no earlier sentence says who arrested them "
                "(the story is about a US-led crackdown in the West British Virgin Islands); X's source "
                "Uzbekistan is a guess from the nationality, so wrong; Y's empty source is right. Y right in all fields.",
    ),
    3: dict(
        X={"omit_right": True},
        Y=SPURIOUS,
        better="X",
        reasons="'Officials declined to give further details' is declining to comment (CAMEO 011, a public "
                "statement, dropped in PLOVER: cameo2plover notes CAMEO 01 is absent); no request or proposal is "
                "rejected, so it is no REJECT. The rest of the sentence is a forecast about plant repairs, no "
                "act between actors. Y's REJECT (Officials[LTU/GOV], date Monday 2023-06-12 from the narrative) "
                "is spurious; X's null is right.",
    ),
    4: dict(
        X=score(True, False, True, False, True, True),
        Y={"omit_right": False},
        better="X",
        reasons="The quote reports an act (habitual, ongoing: document date right, asserted right): the Indian "
                "Army [IND/MIL] calls upon its conscripts, which the next sentence glosses as 'they should be "
                "mobilised' -- calling up conscripts is MOBILIZE troops (the story's own label), so X's REQUEST "
                "is the literal reading of 'calls upon' but the wrong type by my reading. The conscripts are "
                "named in the sentence as the party acted upon, so X's empty target is wrong for a REQUEST. "
                "Still, X keeps a real event with right source, date and modality, where Y misses it; a close "
                "call, X slightly preferred. (Sentence 1 reports the same calling-up; the duplicate rule is "
                "within one sentence, so this is not a duplicate by CONVENTIONS.)",
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(VERDICTS))
    extra = sorted(set(VERDICTS) - set(ns))
    if missing or extra:
        sys.exit(f"missing verdicts {missing}, extra verdicts {extra}")
    lines = []
    for it in items:
        v = VERDICTS[it["n"]]
        for side in ("X", "Y"):
            null = it[side] is None
            if null != ("omit_right" in v[side]):
                sys.exit(f"item {it['n']} side {side}: null={null} but scored {v[side]}")
        assert v["better"] in ("X", "Y", "same")
        lines.append(json.dumps({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"],
                                 "reasons": v["reasons"]}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")

    better = Counter(VERDICTS[n]["better"] for n in ns)
    print(f"judged {len(ns)} items -> {OUT.name}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {better[b]}  items {[n for n in ns if VERDICTS[n]['better'] == b]}")
    for side in ("X", "Y"):
        scored = [n for n in ns if "all" in VERDICTS[n][side]]
        right = [n for n in scored if VERDICTS[n][side]["all"]]
        nulls = [n for n in ns if "omit_right" in VERDICTS[n][side]]
        omit_ok = [n for n in nulls if VERDICTS[n][side]["omit_right"]]
        print(f"{side}: all fields right {len(right)}/{len(scored)} events {right}; "
              f"null right {len(omit_ok)}/{len(nulls)} {omit_ok}")


if __name__ == "__main__":
    main()
