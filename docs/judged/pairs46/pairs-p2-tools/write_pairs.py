"""Judge p2's blind paired judgments for pairs46 (scored by docs/judged/CONVENTIONS.md).

Run from the worktree root:  python3 docs/judged/pairs46/pairs-p2-tools/write_pairs.py
Writes docs/judged/pairs46/pairs-p2.jsonl and prints the counts.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p2.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]


def s(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, [event, type_, source, target, date, modality]))
    d["all"] = all(d.values())
    return d


SPURIOUS = s(False, False, False, False, False, False)

J = {
    1: dict(
        X=s(True, False, True, True, False, True),
        Y=s(True, True, True, True, False, True),
        better="Y",
        reasons="type: the coalition parties 'agreed ... to end labor rights protests' is a commitment, "
        "AGREE (Y); X's CONCEDE is wrong. Same otherwise: source Ruling coalition parties[GRC] right; "
        "empty target taken as right (PLOVER codes a reciprocal agreement with no recipient; AFA is the "
        "partner); date wrong in both - the agreement was made 'some time ago', a background act given "
        "the document date.",
    ),
    2: dict(
        X=s(True, True, False, False, False, True),
        Y=s(True, True, False, True, False, True),
        better="Y",
        reasons="target: 'the attack ... against the Almar' - Y's Almar[MOZ] (a Mozambican merchant "
        "vessel) is right, X's empty target wrong. Both miss the source the sentence names (the "
        "Argentine ships) and both give the document date to an attack the story dates to April last "
        "year; modality asserted (attribution to Machel only).",
    ),
    3: dict(
        X=s(True, True, False, True, True, True),
        Y={"omit_right": False},
        better="X",
        reasons="event: the sentence reports the attack with its actors (suicide bombers targeted a "
        "crowd of fans); coding it is right at sentence level and X's event is no duplicate within the "
        "sentence, so Y's omission is wrong. X: ASSAULT, target 'about 8,500 fans' with no country right, "
        "date 2023-06-15 = 'early Thursday' right, asserted right; source wrong only on country: the "
        "text never says the bombers were Italian, so ITA should be empty.",
    ),
    4: dict(
        X=s(True, True, False, False, False, True),
        Y=s(True, True, False, True, False, True),
        better="Y",
        reasons="target: X adds Australia[AUS], taken from 'the Crown Lands system of Australia', which "
        "is no party to the signing and only repeats the Federal Government; Y's single target is right. "
        "Same otherwise: SUPPORT (signing an agreement) right; source 'Governments[None]' wrong in both "
        "(the mutual signing's other party is the IHC government, and the collective includes the "
        "target); date wrong in both - the text says it was signed 'over the weekend'.",
    ),
    5: dict(
        X=s(True, True, True, False, True, True),
        Y=s(True, True, True, True, True, True),
        better="Y",
        reasons="target: the sentence names the attack's victim ('which killed one person'); Y's one "
        "person[HUN] (killed in Bicske, Hungary) is right, X's empty target wrong. Same otherwise: "
        "source empty right (the sentence names no attacker), undated background attack with unknown "
        "date right, asserted right.",
    ),
    6: dict(
        X=s(True, True, False, True, True, True),
        Y=s(True, True, False, True, True, True),
        better="same",
        reasons="same in every scored field: ACCUSE investigate right; source India government[IND] "
        "wrong in both (from 'Indian Ocean'; 'it' is the Norfolk Island government); empty target "
        "right; date 2023-06-15 ('said Thursday', ongoing investigation) right in both - only the date "
        "basis differs (narrative vs document_date), which does not change the value.",
    ),
    7: dict(
        X=s(True, True, True, False, True, True),
        Y=s(True, True, True, True, True, True),
        better="Y",
        reasons="target: a crowd protest at home whose sentence names no aim takes the state as target "
        "by CONVENTIONS.md, so Y's Yemen is right and X's empty target wrong (I would read the "
        "flag-carrying march after the agreement as possibly celebratory, but score by the rule). Same "
        "otherwise: PROTEST demo, Protesters[YEM], Friday = 2023-06-09, asserted.",
    ),
    8: dict(
        X=s(True, True, True, True, True, True),
        Y=s(True, True, True, True, False, False),
        better="X",
        reasons="modality and date: 'Paris hopes to soon begin withdrawing' is a hoped-for act, so X's "
        "hypothetical with no date (unknown) is right and Y's asserted with the document date wrong in "
        "both fields. Type RETREAT accepted for both as dateline codes a future act with its act type "
        "and a modality (PLOVER proper would code a promised withdrawal as CONCEDE); source France "
        "government and target Mali right.",
    ),
    9: dict(
        X=s(True, False, True, True, True, True),
        Y=s(True, True, True, True, True, True),
        better="Y",
        reasons="type: police blocking off a bridge after a bombing is security forces cordoning off an "
        "area, COERCE restrict (Y); X's PROTEST obstruct is for protesters. Same otherwise: United "
        "Kingdom police[GBR] right, no target right, Thursday = 2023-06-15 right, asserted.",
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    assert sorted(J) == sorted(ns), f"judged {sorted(J)} vs items {sorted(ns)}"
    for it in items:
        j = J[it["n"]]
        assert j["better"] in ("X", "Y", "same")
        for side in "XY":
            if it[side] is None:
                assert set(j[side]) == {"omit_right"}, (it["n"], side)
            else:
                assert set(j[side]) == set(FIELDS) | {"all"}, (it["n"], side)
                if not j[side]["event"]:
                    assert j[side] == SPURIOUS, (it["n"], side)
    with OUT.open("w") as f:
        for n in ns:
            j = J[n]
            f.write(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"],
                                "reasons": j["reasons"]}) + "\n")
    better = {k: [n for n in ns if J[n]["better"] == k] for k in ("X", "Y", "same")}
    for k, v in better.items():
        print(f"better {k}: {len(v)} {v}")
    for side in "XY":
        coded = [n for n in ns if "all" in J[n][side]]
        allr = [n for n in coded if J[n][side]["all"]]
        spur = [n for n in coded if not J[n][side]["event"]]
        nulls = [n for n in ns if "omit_right" in J[n][side]]
        print(f"{side}: coded {len(coded)}, all right {len(allr)} {allr}, spurious {spur}, "
              f"null {[(n, J[n][side]['omit_right']) for n in nulls]}")
        for fld in FIELDS:
            print(f"   {fld}: {sum(J[n][side][fld] for n in coded)}/{len(coded)}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
