#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs51 (scored by docs/judged/CONVENTIONS.md).

Run from the repo root:  python3 docs/judged/pairs51/pairs-p2-tools/write_pairs.py
Checks every item in items.jsonl is judged (and that null/non-null sides match),
writes docs/judged/pairs51/pairs-p2.jsonl and prints the counts.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p2.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event=True, type=True, source=True, target=True, date=True, modality=True):
    d = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


SPURIOUS = ev(event=False)


def null(right):
    return {"omit_right": right}


J = {
    1: dict(X=null(False), Y=ev(target=False), better="Y", reasons=(
        "X codes nothing, but 'WHO personnel now provide emergency advice and services at the local "
        "population level' is AID (humanitarian/emergency assistance), ongoing at the time of the story, "
        "so omitting it is wrong. Y has the event, type AID, source WHO personnel (the 'WHO' code in the "
        "country slot names no wrong country for an IGO; accepted), document date for an ongoing act "
        "(right) and asserted (attribution only). Y's target is empty although the sentence names the "
        "recipient, 'the local population' (Cocos Islands civilians): target wrong. Y better on event.")),
    2: dict(X=SPURIOUS, Y=null(True), better="Y", reasons=(
        "X codes AID for a football coach 'still providing a helping hand for the club side': a sports "
        "club, no political actors and no material aid in the PLOVER sense (and the sector REB comes from "
        "the team name 'Rebels'). Spurious, so wrong in every field. Y's null is right.")),
    3: dict(X=SPURIOUS, Y=null(True), better="Y", reasons=(
        "X codes AGREE at 'accepted the $130,000 payment': taking a bribe payment is not an offer or "
        "commitment to cooperate, nor any other PLOVER act. Spurious. Y's null is right.")),
    4: dict(X=ev(date=False), Y=ev(target=False, date=False), better="X", reasons=(
        "Same event (police killing, ASSAULT, Nepal police, asserted: quote with attribution only). "
        "Target differs: X has 'two civilians' [NPL], named in the sentence as those killed by the police "
        "(right); Y's target is empty (wrong). Both give the document date to the killings in the melee, "
        "a background act that the text dates to May 17 (the May 17 death of Purna Mahato): date wrong on "
        "both sides. X better on target.")),
    5: dict(X=ev(target=False, date=False), Y=ev(date=False), better="Y", reasons=(
        "Both ASSAULT with source Aylmer-Etienne [GBR]. Target differs: the sentence's 'The man hit by "
        "Aylmer-Etienne' is the target; Y codes 'man' [GBR] (right; London makes the country plain), X "
        "leaves it empty (wrong). Date wrong on both: the text places the fight at 2:30 a.m. on Friday "
        "(2023-06-09 relative to the document date), and both give the document date. Y better on target.")),
    6: dict(X=ev(source=False, target=False), Y=ev(source=False, target=False), better="Y", reasons=(
        "COERCE arrest, Saturday (2023-06-10, right), asserted, on both sides. Source: the arrests are "
        "reported by the police in the sentence and are plainly theirs, so Nigerian police are the source. "
        "X has none (wrong); Y has 'Police' with an empty country although Zaria (and President Goodluck "
        "Jonathan) makes Nigeria plain, so Y is also wrong by the country rule, but Y has the right party. "
        "Target: 'More than 100 people' are named in the sentence and both leave the target empty (wrong on "
        "both). Scores are equal; Y is nearer to right on source, so Y better.")),
    7: dict(X=ev(), Y=ev(source=False), better="X", reasons=(
        "COERCE arrest of Saadi [LBY], Tuesday 2023-06-13 (right), asserted, on both sides. Source differs: "
        "the arrest is reported by the Interior Ministry, the Libyan authority that carries it out; X codes "
        "Libya interior ministry [LBY] (right), Y leaves the source empty (wrong). X all right.")),
    8: dict(X=null(False), Y=ev(), better="Y", reasons=(
        "X codes nothing. 'The attack left one soldier wounded, it said' reports an ASSAULT on an IRGC "
        "soldier; the attack was also coded from the previous sentence, but CONVENTIONS.md counts a "
        "duplicate only within the same sentence, so coding it here is right and X's null is wrong. Y: "
        "ASSAULT, empty source (the sentence names or refers to no attacker party: right by the rule; the "
        "'three militants' of the previous sentence would also have been acceptable), target soldier [IRN] "
        "(right), document date for an undated act reported as this news (right), asserted. Y all right.")),
    9: dict(X=ev(), Y=ev(source=False), better="X", reasons=(
        "COERCE arrest of 'more than 30 people' [SVN] (right on both; the sector differs but is not "
        "scored), 2023-06-10 (the Saturday of the riot and police response, right), asserted. Source "
        "differs: the police report the detentions and are plainly the detaining party; X codes police "
        "[SVN] (right), Y none (wrong). X all right.")),
    10: dict(X=null(False), Y=ev(target=False), better="Y", reasons=(
        "X codes nothing, but 'We have been providing additional resources to the Caribbean Cooperation "
        "Command in ... interdiction, humanitarian assistance and force protection' is AID (military and "
        "humanitarian assistance): null wrong. Y: AID, source John Brown [USA] (the 'we' is his command, "
        "Naval Forces Southern Command; the commander with the right country is accepted), document date "
        "for an ongoing act (right), asserted. Y's target is empty although the sentence names the "
        "recipient, the Caribbean Cooperation Command: target wrong. Y better on event.")),
    11: dict(X=ev(source=False, target=False, date=False), Y=ev(source=False, target=False, date=False),
             better="X", reasons=(
        "COERCE arrest, asserted, on both. Source: the police report the arrests in their Arizona town; the "
        "right source is the (US) police. X has 'Police' with an empty country (wrong by the country rule; "
        "Arizona makes the USA plain), Y has none (wrong). Target 'four people' with an empty country on "
        "both (arrested in an Arizona town, so USA is plain): wrong on both. Date: both give 2023-06-10, the "
        "Saturday the vandalism was discovered; the text gives the arrests no date, so the document date "
        "was due: wrong on both. Scores equal; X is nearer to right on source, so X better.")),
    12: dict(X=ev(target=False), Y=ev(target=False, date=False), better="X", reasons=(
        "AID by the health ministry [DNK] (the ministry has 'its Greenland office', so outside Greenland; "
        "accepted) on both, asserted (the investigation's finding states the grants as fact; only the "
        "criminality is in doubt). Target: the sentence names the recipient, 'a company affiliated with a "
        "former director', and both leave it empty (wrong). Date differs: the grants ran 'from 2010 to "
        "2013', a span, which by the round-20 rule has no single date; X's unknown date is right, Y's "
        "'2010' gives the act only the first year of the span (wrong). X better on date.")),
    13: dict(X=SPURIOUS, Y=SPURIOUS, better="same", reasons=(
        "Both code AGREE by the academic union at 'accept', but the union accepted nothing: 'accept' is what "
        "Penn's administration was trying to convince it to do. The act in the sentence is Penn's pressure "
        "on the union (a REQUEST/DEMAND by the administration), not an AGREE by the union, so both are "
        "spurious and wrong in every field. They differ only in date (X unknown, Y document date for a "
        "background 'had been attempting'); had the event held, X's date would be the better one.")),
    14: dict(X=SPURIOUS, Y=SPURIOUS, better="same", reasons=(
        "Both code SUPPORT by Turkey from the appositive 'the so-called Southern Front, a group supported by "
        "Turkey': a description of a standing relationship inside the ambassador's claim about rumors, with "
        "no act reported (and 'supported' of an armed group would be material backing rather than verbal "
        "SUPPORT). Not an event, so both spurious. They differ only in target (Y: the group [SYR], X: "
        "empty); had the event held, Y's target would be the right one.")),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for unknown items {extra}")
    for it in items:
        j = J[it["n"]]
        for side in ("X", "Y"):
            is_null = it[side] is None
            if is_null != ("omit_right" in j[side]):
                sys.exit(f"item {it['n']} side {side}: null side / judgment mismatch")
        if j["better"] not in ("X", "Y", "same"):
            sys.exit(f"item {it['n']}: bad 'better' {j['better']!r}")

    with OUT.open("w") as f:
        for n in ns:
            j = J[n]
            f.write(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"],
                                "reasons": j["reasons"]}) + "\n")

    better = {k: [n for n in ns if J[n]["better"] == k] for k in ("X", "Y", "same")}
    print(f"wrote {OUT.relative_to(PAIRS.parent.parent.parent)} ({len(ns)} items)")
    for k, v in better.items():
        print(f"better {k}: {len(v)} {v}")
    for side in ("X", "Y"):
        coded = [n for n in ns if "omit_right" not in J[n][side]]
        allr = [n for n in coded if J[n][side]["all"]]
        spur = [n for n in coded if not J[n][side]["event"]]
        nulls = [n for n in ns if "omit_right" in J[n][side]]
        nright = [n for n in nulls if J[n][side]["omit_right"]]
        print(f"{side}: events {len(coded)}, all fields right {len(allr)} {allr}, spurious {len(spur)} {spur}, "
              f"null {len(nulls)} {nulls} (omit right {len(nright)} {nright})")
        for fld in FIELDS:
            print(f"   {fld}: {sum(J[n][side][fld] for n in coded)}/{len(coded)}")


if __name__ == "__main__":
    main()
