"""Judge p1 verdicts for pairs54: writes pairs-p1.jsonl, checks coverage, prints counts.

Run from the worktree root: python3 docs/judged/pairs54/pairs-p1-tools/judge.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]


def score(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


SPURIOUS = score(False, False, False, False, False, False)

VERDICTS = {
    1: dict(
        X=SPURIOUS,
        Y={"omit_right": True},
        better="Y",
        kind="spurious event vs null",
        reasons=(
            "Sentence is a truncated fragment ('The protests came a week after three senior leaders on the U.S.') "
            "whose only new content is a time relation; 'The protests' refers back to the Mong Kok protests "
            "already reported in the earlier sentences; the sentence reports no act of protesting itself, only "
            "when the known protests came (a topic with no act, by CONVENTIONS 'The event'), so X's PROTEST "
            "with no actors is spurious and would double-count protests reported elsewhere. Even read as an event it would fail: source "
            "empty although the protesters (Hong Kong, CHN) are plain, and date unknown/null although the "
            "protests are this news (document date). Y's null is right."
        ),
    ),
    2: dict(
        X=score(True, True, True, True, True, True),
        Y=score(True, True, False, True, True, True),
        better="X",
        kind="source empty vs named",
        reasons=(
            "Both code the killing of 'at least two people' as ASSAULT (codebook: ASSAULT includes violence "
            "and battles), target two people [BHR: killed in the Bahraini battle the story reports], document "
            "date (reported as this news, the Thursday fighting), asserted: all right on both sides. They differ "
            "only in source: the sentence names who was fighting when the two died, 'the army and insurgents "
            "exchanged gunfire'; X gives army[BHR/MIL] and insurgents[BHR/REB] (the government army and the "
            "rebels of Bahrain, the story's country), which is the right party with the right code; Y leaves "
            "source empty although the sentence names the parties, so wrong. (Other acts in the sentence, the "
            "exchange of fire and the tanks taking the town, are not at issue in this pair.)"
        ),
    ),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(BASE, "items.jsonl")) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in VERDICTS]
    extra = [n for n in VERDICTS if n not in ns]
    if missing or extra:
        sys.exit(f"missing verdicts {missing}, verdicts for unknown items {extra}")
    out = []
    for it in items:
        v = VERDICTS[it["n"]]
        for side in ("X", "Y"):
            s = v[side]
            if it[side] is None:
                assert set(s) == {"omit_right"}, (it["n"], side, "null side needs omit_right")
            else:
                assert set(s) == set(FIELDS), (it["n"], side, "non-null side needs all fields")
        assert v["better"] in ("X", "Y", "same")
        out.append({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"], "reasons": v["reasons"]})
    with open(os.path.join(BASE, "pairs-p1.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")
    better = {k: [r["n"] for r in out if r["better"] == k] for k in ("X", "Y", "same")}
    print(f"judged {len(out)}/{len(items)} items")
    for k, v in better.items():
        print(f"better {k}: {len(v)} {v}")
    for side in ("X", "Y"):
        nonnull = [r for r in out if "all" in r[side]]
        allr = [r["n"] for r in nonnull if r[side]["all"]]
        omit = [r["n"] for r in out if "omit_right" in r[side]]
        omit_ok = [r["n"] for r in out if r[side].get("omit_right")]
        print(f"{side}: non-null {len(nonnull)}, all fields right {len(allr)} {allr}; "
              f"null {len(omit)}, omission right {len(omit_ok)} {omit_ok}")
    print("kinds of difference:", dict(Counter(VERDICTS[r["n"]]["kind"] for r in out)))


if __name__ == "__main__":
    main()
