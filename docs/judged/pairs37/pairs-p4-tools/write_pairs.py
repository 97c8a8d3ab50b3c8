#!/usr/bin/env python3
"""Judge p4's blind paired judgments for pairs37 (9 items).

Scores each non-null side by docs/judged/CONVENTIONS.md (event, type, source,
target, date, modality, all); a null side gets omit_right. Checks that every
item in items.jsonl is judged, writes pairs-p4.jsonl and prints the counts.

Run from the repo root:  python3 docs/judged/pairs37/pairs-p4-tools/write_pairs.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p4.jsonl"
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
        Y=ev(True, False, True, False, False, True),
        better="Y",
        reasons=(
            "X codes nothing, but 'a move opposed by local politicians' is a real act of "
            "opposition by political actors, so the omission is wrong. Y holds it with the "
            "right source (local politicians; the text places them in the Northern Mariana "
            "Islands, a US commonwealth, so USA is accepted, MNP would be finer) and "
            "asserted modality. Y's type: objecting to a move already made is ACCUSE "
            "disapprove (CAMEO 110), not REJECT, which PLOVER keeps for refusing a request "
            "or proposal (a close call). Y's target: empty, but the sentence names the "
            "party opposed (the Commonwealth / the Council whose creation is opposed). Y's "
            "date: the opposition is background to the 2011 creation, so the document date "
            "is wrong. Y is better on event recall, source and modality."
        ),
    ),
    2: dict(
        X=SPURIOUS,
        Y=omit(True),
        better="Y",
        reasons=(
            "'Information about an imminent German invasion has been aired' is the topic of "
            "what the president calls false information; no invasion took place or was "
            "threatened. X's ASSAULT by Germany is spurious (wrong in every field); Y's "
            "omission is right. Differ in: event (and so every field)."
        ),
    ),
    3: dict(
        X=SPURIOUS,
        Y=SPURIOUS,
        better="same",
        reasons=(
            "'The treaty can lead to an early extradition procedure in a country where an "
            "arrest warrant has been issued' is a generic, conditional description of the "
            "treaty; no warrant was issued by anyone. Both sides are spurious and so wrong in "
            "every field: X's REQUEST by the two signatories dated 2023-01 and Y's "
            "actor-less COERCE arrest. Y's reading of the trigger is the more natural one "
            "and X's invents parties and a date, but the scores are identical."
        ),
    ),
    4: dict(
        X=ev(True, True, False, True, False, False),
        Y=omit(False),
        better="X",
        reasons=(
            "'The planned demonstrations on July 24' are a real (planned) PROTEST demo, so "
            "Y's omission is wrong. X has event and type right and an acceptable empty "
            "target (the sentence names no aim or place for the protest). X's source is "
            "empty, but the opposition coalition named in the same sentence is plainly the "
            "organiser (it announced the protest campaign; next sentence it calls the "
            "rally). X's date 2022-07-24 is wrong: the demonstrations are upcoming, the "
            "next July 24 after the 2023-06-15 document date. X's modality 'asserted' is "
            "wrong: planned is future. A close call, X preferred for holding the event with "
            "the right type; it differs in event, type, target."
        ),
    ),
    5: dict(
        X=ev(True, True, True, True, True, True),
        Y=omit(False),
        better="X",
        reasons=(
            "'At least 467 attacks were recorded in 2012 alone in Syria' is a count of "
            "ASSAULT events, coded as the conventions treat totals (as events). X is right "
            "in all fields: ASSAULT; empty source and target (the sentence names no "
            "attacker or victim; 'in Syria' is a place); date 2012 as the text gives it "
            "(the tacked-on 'and during the previous year' would argue for no date under "
            "the round-20 span rule; I accept the year the text gives); asserted, with the "
            "commission as reporter. Y omits a real event. Differ in: event recall."
        ),
    ),
    6: dict(
        X=SPURIOUS,
        Y=omit(True),
        better="Y",
        reasons=(
            "'In the face of a possible attack by militants' is a feared contingency that "
            "Calderon cites to justify asking for military support; no attack happened and "
            "the militants made no threat. The act of the sentence is Mexico's need/request "
            "for support, not an ASSAULT. X's ASSAULT (asserted, with the AUC coded as an "
            "AFU IGO) is spurious and wrong in every field; even read as an event its "
            "modality would be hypothetical, not asserted. Y's omission is right."
        ),
    ),
    7: dict(
        X=ev(True, True, True, True, True, False),
        Y=omit(False),
        better="X",
        reasons=(
            "'A scheduled Lao-Malaysia meeting in June 2013' is a real planned CONSULT, so "
            "Y's omission is wrong. X has type CONSULT, date 2013-06 as the text gives it, "
            "and Laos and Malaysia as parties: it lists both in source and in target, "
            "which I accept for a mutual meeting (PLOVER codes both as actors; each party's "
            "counterpart is in the target). X's modality is wrong: a scheduled meeting "
            "described in an email is future, not asserted. Differ in: event recall, type, "
            "parties, date."
        ),
    ),
    8: dict(
        X=ev(True, False, True, False, False, True),
        Y=ev(True, True, True, False, False, True),
        better="Y",
        reasons=(
            "Police in Helsinki issuing an arrest warrant is COERCE arrest (CAMEO 173): Y's "
            "type is right, X's REQUEST is wrong. Source Finland police [FIN/COP] right on "
            "both. Target wrong on both: the party acted on is 'the first foreign "
            "parliamentarian' named in the sentence (country not given there), so X's "
            "empty target is wrong, and Y's Crimea [UKR/GOV] is the place he visited, not "
            "the target. Date wrong on both: the warrant is reported as this news (the "
            "lead of the story) with no date in the text, so the document date is right "
            "and basis unknown is not. Modality asserted right on both (Reuters is the "
            "reporter). Differ in: type."
        ),
    ),
    9: dict(
        X=omit(False),
        Y=ev(True, True, True, False, True, True),
        better="Y",
        reasons=(
            "'An arrest warrant was issued Wednesday charging De Silva' is a real COERCE "
            "arrest, so X's omission is wrong. Y: type COERCE arrest right; empty source "
            "right (the issuer is not named; the police spokesman is the reporter); date "
            "2023-06-14, the Wednesday before the Thursday 2023-06-15 document date, right; "
            "asserted right. Y's target is wrong: De Silva is named in the sentence as the "
            "one charged, and the target is empty. Differ in: event recall."
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
    rows = []
    for it in items:
        j = J[it["n"]]
        for side in ("X", "Y"):
            null = it[side] is None
            has_omit = "omit_right" in j[side]
            if null != has_omit:
                sys.exit(f"item {it['n']} side {side}: null={null} but judged omit={has_omit}")
            if not null and set(j[side]) != set(FIELDS) | {"all"}:
                sys.exit(f"item {it['n']} side {side}: fields {sorted(j[side])}")
        if j["better"] not in ("X", "Y", "same"):
            sys.exit(f"item {it['n']}: better={j['better']!r}")
        rows.append({"n": it["n"], "X": j["X"], "Y": j["Y"],
                     "better": j["better"], "reasons": j["reasons"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parent.parent.parent)} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        ids = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(ids)}  {ids}")
    for side in ("X", "Y"):
        coded = [r for r in rows if "omit_right" not in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        allr = [r["n"] for r in coded if r[side]["all"]]
        spur = [r["n"] for r in coded if not r[side]["event"]]
        print(f"{side}: coded {len(coded)}, all fields right {len(allr)} {allr}, "
              f"spurious {len(spur)} {spur}")
        for f in FIELDS:
            ok = sum(r[side][f] for r in coded)
            print(f"    {f:8} {ok}/{len(coded)}")
        print(f"   null {len(nulls)}: omit right {[r['n'] for r in nulls if r[side]['omit_right']]}, "
              f"omit wrong {[r['n'] for r in nulls if not r[side]['omit_right']]}")


if __name__ == "__main__":
    main()
