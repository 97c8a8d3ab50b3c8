#!/usr/bin/env python3
"""Judge p3's blind paired judgments for pairs37 (9 items).

Scores follow docs/judged/CONVENTIONS.md. Run from the repository root:
    python3 docs/judged/pairs37/pairs-p3-tools/write_pairs.py
Writes docs/judged/pairs37/pairs-p3.jsonl and prints the counts.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p3.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, (event, type_, source, target, date, modality)))
    d["all"] = all(d.values())
    return d


SPURIOUS = ev(False, False, False, False, False, False)


def omit(right):
    return {"omit_right": right}


J = {
    1: dict(
        X=omit(False),
        Y=ev(True, False, True, True, False, True),
        better="Y",
        reasons=(
            "Local politicians opposing the council's creation is a real act (a statement of opposition), "
            "so X's omission is wrong. Y holds it, with source 'local politicians' right (USA accepted: "
            "the text places the islands in the US Commonwealth of the Northern Mariana Islands; MNP would "
            "also do) and an empty target right (the party that made the move is not named). Type: the "
            "opposition is to a move already made in 2011, an objection = ACCUSE (disapprove); REJECT "
            "fits opposing a proposal, so it is scored wrong, though it is close. Date: the opposition "
            "belongs to the 2011 creation, a background act given the document date, so it is wrong. Y "
            "is better on event, source, target and modality."
        ),
    ),
    2: dict(
        X=SPURIOUS,
        Y=omit(True),
        better="Y",
        reasons=(
            "'information about an imminent German invasion' is the topic of what the president calls false "
            "information; no invasion took place and no one is reported to have invaded. X's ASSAULT by "
            "Germany, asserted and given the document date, is spurious (wrong in every field). Y is right "
            "to code nothing here."
        ),
    ),
    3: dict(
        X=SPURIOUS,
        Y=SPURIOUS,
        better="same",
        reasons=(
            "'in a country where an arrest warrant has been issued' is a generic clause about what the "
            "treaty can do; no warrant was issued by anyone here. Both sides are spurious and score wrong "
            "in every field. By the scores it is 'same'. X is the more misleading record, because it gives "
            "the warrant to Sao Tome and Principe and Saint Kitts and Nevis (the signers, from another "
            "sentence) as a REQUEST and dates it 2023-01 (from the treaty's launch 'last January'). Y's "
            "COERCE arrest at least reads the warrant in the right sense and names no actors."
        ),
    ),
    4: dict(
        X=ev(True, True, False, False, False, False),
        Y=omit(False),
        better="X",
        reasons=(
            "'the planned demonstrations on July 24' is a real protest, but a planned one, so it is a PROTEST "
            "event with future modality. Y codes nothing and misses it. X has the event and type (PROTEST demo) "
            "right. Source: X leaves it empty, but the opposition coalition named in the same sentence is "
            "the organiser (the next sentence has it calling Colombians to rally on July 24), so it is wrong. "
            "Target: a protest at home against the authorities' acts (the military 'coup'); by the "
            "conventions Colombia's state is the right target, so empty is wrong. Date: X gives "
            "2022-07-24, but the demonstrations are planned after the document date (2023-06-15), so it "
            "should be 2023-07-24. Modality: X says asserted, but it should be future. X is better only "
            "narrowly, on event and type."
        ),
    ),
    5: dict(
        X=ev(True, True, True, True, True, True),
        Y=omit(False),
        better="X",
        reasons=(
            "'At least 467 attacks were recorded in 2012' reports real ASSAULT acts (the attacks on civilians "
            "the commission documents). X codes ASSAULT. The sentence names no attacker or victim, so an empty "
            "source and target are right by the conventions, even though the context names Syrian government "
            "troops as attackers. The date 2012 is the year the text gives for the count, and 'the commission "
            "says' keeps the act asserted. X is right in all fields, and Y's omission is wrong. X is better "
            "on every field."
        ),
    ),
    6: dict(
        X=SPURIOUS,
        Y=omit(True),
        better="Y",
        reasons=(
            "'in the face of a possible attack by militants' is a feared risk that Calderon gave as a reason "
            "for needing support, not an attack or a threat that anyone made, so it holds no event. X's "
            "asserted ASSAULT is spurious. It is also wrong on its own terms: the AUC cartel is coded "
            "AFU/IGO, it is dated 2022-10 (the date of Calderon's statement, not of any attack), and it is "
            "asserted rather than hypothetical. Y is right to code nothing. A judge who coded a "
            "hypothetical ASSAULT would still find X wrong on modality, date and source."
        ),
    ),
    7: dict(
        X=ev(True, True, True, True, True, False),
        Y=omit(False),
        better="X",
        reasons=(
            "The 'scheduled Lao-Malaysia meeting in June 2013' is a real CONSULT, and Y misses it. X has the "
            "type right, and the date 2013-06 is the one the text gives. Parties: X lists Laos and Malaysia as "
            "both source and target. Under the mutual-event rule both parties are there, so both fields are "
            "scored right (PLOVER would code both as actors with no recipient, and the self-pairs are "
            "redundant). Modality: the meeting is 'scheduled' and 'would be conducted', so it is future, "
            "not asserted. X is better on event, type, source, target and date."
        ),
    ),
    8: dict(
        X=ev(True, False, True, False, False, True),
        Y=ev(True, True, True, False, False, True),
        better="Y",
        reasons=(
            "Helsinki police issuing an arrest warrant is a real act. The type differs: Y's COERCE arrest is "
            "how a coder codes an arrest warrant (CAMEO 173 maps to it). X's REQUEST treats the warrant as a "
            "plain request or order, which is wrong. Both have the source, Finland police [FIN/COP], right. "
            "Both targets are wrong. The party acted upon is the description 'the first foreign parliamentarian "
            "to visit Crimea', so X's empty target is wrong, and Y's Crimea[UKR/GOV] names the place he "
            "visited, not him. Date: both leave it unknown. The warrant is this news (the reason for the "
            "ministry's warning in the lede), so by the conventions the document date is right, and both "
            "are wrong. Both are asserted, which is right ('Reuters reports' is attribution). Y is better on "
            "type."
        ),
    ),
    9: dict(
        X=omit(False),
        Y=ev(True, True, True, False, True, True),
        better="Y",
        reasons=(
            "'an arrest warrant was issued Wednesday charging De Silva' is a real act, so X's omission is "
            "wrong. Y codes COERCE arrest. ACCUSE allege ('charging') would also be defensible, and COERCE "
            "is accepted for the warrant. Source: the warrant is passive with no issuer named, so an empty "
            "source is right. Target: De Silva is named in the sentence, so Y's empty target is wrong. Date: "
            "Wednesday before Thursday 2023-06-15 is 2023-06-14, so it is right. Modality: asserted is right. "
            "Y is better on every field except target."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"judgments do not match items: missing {missing}, extra {extra}")
    for it in items:
        j = J[it["n"]]
        for side in ("X", "Y"):
            s = j[side]
            if it[side] is None:
                assert set(s) == {"omit_right"}, (it["n"], side, "null side needs omit_right")
            else:
                assert set(s) == set(FIELDS) | {"all"}, (it["n"], side, "non-null side needs all fields")
                assert s["all"] == all(s[f] for f in FIELDS)
                if not s["event"]:
                    assert not any(s[f] for f in FIELDS), (it["n"], side, "spurious must be wrong everywhere")
        assert j["better"] in ("X", "Y", "same"), it["n"]
        assert j["reasons"].strip(), it["n"]

    with OUT.open("w") as f:
        for it in items:
            j = J[it["n"]]
            f.write(json.dumps({"n": it["n"], "X": j["X"], "Y": j["Y"], "better": j["better"],
                                "reasons": j["reasons"]}, ensure_ascii=False) + "\n")

    better = {k: [it["n"] for it in items if J[it["n"]]["better"] == k] for k in ("X", "Y", "same")}
    print(f"items judged: {len(items)} -> {OUT.relative_to(PAIRS.parent.parent.parent)}")
    for k in ("X", "Y", "same"):
        print(f"better {k:4s}: {len(better[k])}  items {better[k]}")
    for side in ("X", "Y"):
        coded = [it["n"] for it in items if it[side] is not None]
        allr = [n for n in coded if J[n][side]["all"]]
        spur = [n for n in coded if not J[n][side]["event"]]
        nulls = [it["n"] for it in items if it[side] is None]
        nr = [n for n in nulls if J[n][side]["omit_right"]]
        fieldc = {f: sum(J[n][side][f] for n in coded) for f in FIELDS}
        print(f"{side}: coded {len(coded)}, all fields right {len(allr)} {allr}, spurious {len(spur)} {spur}; "
              f"null {len(nulls)} {nulls}, omission right {len(nr)} {nr}")
        print(f"   field right counts over coded: {fieldc}")


if __name__ == "__main__":
    main()
