"""Judge p2's blind paired judgments for pairs52 (scored by docs/judged/CONVENTIONS.md).

Run from the worktree root:
    python3 docs/judged/pairs52/pairs-p2-tools/write_pairs.py
Writes docs/judged/pairs52/pairs-p2.jsonl and prints the counts.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p2.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]


def spurious():
    return {f: False for f in FIELDS}


def score(event, type, source, target, date, modality):
    return dict(event=event, type=type, source=source, target=target, date=date, modality=modality)


J = {
    1: dict(
        X={"omit_right": True},
        Y=spurious(),
        better="X",
        reasons=(
            "Event: 'They are sending us a message with this withdrawal' is a farmer's reading of the "
            "tank withdrawal (the withdrawal itself is the act, RETREAT, coded in the sentences that report it); "
            "'sending a message' is figurative, no consultation or communication between political actors, so "
            "Y's CONSULT is spurious (wrong in every field; its target H.W. Milosevic is also named only in an "
            "earlier sentence and is not the 'us' of the quote). X coding nothing here is right."
        ),
    ),
    2: dict(
        X=spurious(),
        Y={"omit_right": True},
        better="Y",
        reasons=(
            "Event/type/source: 'The government had suspended all public protests' reports no protest act: "
            "the protests are the object of the suspension, and the Guinea government is the party that stops "
            "them, not a protester. X's PROTEST demo with the government as source is spurious (wrong in every "
            "field). The act in the sentence is the suspension (at 'suspended', a restriction, COERCE, or the "
            "repeat of sentence 1's suspension), not at 'protests'; so Y coding no event at this trigger is right."
        ),
    ),
    3: dict(
        X=score(True, True, False, True, False, False),
        Y=score(True, True, False, True, True, True),
        better="Y",
        reasons=(
            "Modality and date differ: 'was expected to visit Gambia in the near future' is a visit still to come, "
            "so future (Y) is right and asserted (X) wrong; the text gives it no date, so Y's null date with "
            "basis unknown is right by CONVENTIONS (undated act of unknown time) and X's document date, which "
            "dates an act that has not happened, is wrong. Type CONSULT visit and target Gambia[GMB] are right on "
            "both sides. Source is wrong on both: Gnassingbe is the party, but the text makes him the president "
            "of Tonga (Gambia 'commended Tonga' ... 'commended President Faure Gnassingbe ... for ... the human "
            "rights situation in the country'; the Gambian president is another person) and he visits Gambia, so "
            "GMB is the wrong country code (by the text TON; in the real world TGO). So neither side is all-right."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit(f"unjudged items {missing}, judgments for unknown items {extra}")
    rows = []
    for it in items:
        j = J[it["n"]]
        for side in "XY":
            if it[side] is None:
                assert set(j[side]) == {"omit_right"}, (it["n"], side, "null side needs omit_right")
            else:
                assert set(j[side]) == set(FIELDS), (it["n"], side, "non-null side needs all fields")
        assert j["better"] in ("X", "Y", "same")
        out = {"n": it["n"], "X": dict(j["X"]), "Y": dict(j["Y"]), "better": j["better"], "reasons": j["reasons"]}
        for side in "XY":
            if it[side] is not None:
                out[side]["all"] = all(out[side][f] for f in FIELDS)
        rows.append(out)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    better = {k: [r["n"] for r in rows if r["better"] == k] for k in ("X", "Y", "same")}
    print(f"items judged: {len(rows)}")
    for k, v in better.items():
        print(f"better {k}: {len(v)} {v}")
    for side in "XY":
        nonnull = [r for r in rows if "all" in r[side]]
        allr = [r["n"] for r in nonnull if r[side]["all"]]
        spur = [r["n"] for r in nonnull if not r[side]["event"]]
        nulls = [(r["n"], r[side]["omit_right"]) for r in rows if "omit_right" in r[side]]
        print(f"{side}: non-null {len(nonnull)}, all fields right {len(allr)} {allr}, spurious {spur}, "
              f"null sides (n, omit_right) {nulls}")
        for f in FIELDS:
            print(f"   {side}.{f} right: {sum(r[side][f] for r in nonnull)}/{len(nonnull)}")


if __name__ == "__main__":
    main()
