#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs40 (22 items), scored by docs/judged/CONVENTIONS.md.

Each non-null side is scored on event, type, source, target, date, modality; `all` is derived
(all six right). A spurious event is wrong in every field. A null side is {"omit_right": bool}.
Run from the worktree root:  python3 docs/judged/pairs40/pairs-p2-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = os.path.dirname(HERE)
ITEMS = os.path.join(PAIRS, "items.jsonl")
OUT = os.path.join(PAIRS, "pairs-p2.jsonl")
FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event=True, type=True, source=True, target=True, date=True, modality=True):
    d = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    d["all"] = all(d[f] for f in FIELDS)
    return d


SPURIOUS = ev(False, False, False, False, False, False)


def omit(right):
    return {"omit_right": right}


J = {
    1: dict(X=omit(False), Y=ev(source=False), better="Y", reasons=(
        "Five people killed in clashes on Monday is a real ASSAULT; X codes nothing there. Y has the right "
        "type, target (the five victims; Chad is plain from the story), date (Monday = 2023-06-12) and "
        "modality, but an empty source although the sentence names the parties to the clashes (rival "
        "militiamen, the army)."))
    ,
    2: dict(X=SPURIOUS, Y=omit(True), better="Y", reasons=(
        "A resident's opinion that the curfew is 'a way for the government to help' reports no act of aid; "
        "X's AID by the Guatemalan government is spurious (event, all fields wrong). Y rightly codes nothing."))
    ,
    3: dict(X=ev(date=False), Y=ev(target=False, date=False), better="X", reasons=(
        "Both code the arrest as COERCE with an empty source (the sentence does not name who arrested). "
        "Target differs: 'they' refers to the demonstrators, so X's demonstrators[KEN] is right and Y's empty "
        "target is wrong by the pronoun rule. Both dates wrong: the arrests were at the Saturday rally "
        "(2023-06-10), not the document date."))
    ,
    4: dict(X=ev(type=False, target=False, date=False, modality=False), Y=omit(False), better="Y", reasons=(
        "The U.S. helping to finance the rest of a joint Zambia-U.S. facility is a real act (same act as "
        "item 7, at the trigger 'finance'; each item scored on its own). X's AID is the wrong type (a joint, "
        "mutually financed facility is COOPERATE), the target is empty although the Zambian government is "
        "named as the co-financer, the date is the document date although the announcement was Tuesday and "
        "the financing is still to come, and modality asserted should be future. Y misses the act but adds no "
        "false AID record; with only the source right, I rank the null side higher (the same rule as item 11)."))
    ,
    5: dict(X=omit(False), Y=ev(target=False), better="Y", reasons=(
        "Peacekeepers helping to secure the capital is ongoing peacekeeping, AID (CAMEO 074), at the document "
        "date. Y has the right type, source (U.N.-Arab League peacekeepers, no country), date and modality; its "
        "target, Syria's security forces, is wrong: they are one side of the clashes being prevented, not "
        "the party that receives the protection (Syria). X misses the event."))
    ,
    6: dict(X=ev(source=False, date=False), Y=omit(False), better="X", reasons=(
        "Killings in clashes between Vanuatu Government Forces and the Serbs are a real ASSAULT; Y codes "
        "nothing. X has the right type, target and modality, but an empty source although the sentence names "
        "both sides of the clashes, and a document date for a total summed since April 10 (by the rule, such "
        "a total has no date)."))
    ,
    7: dict(X=omit(False), Y=ev(type=False, target=False, date=False, modality=False), better="X", reasons=(
        "Same sentence and act as item 4, here at the trigger 'helping'. Y's AID is the wrong type (joint "
        "facility: COOPERATE), with an empty target (Zambia named), the document date (announced Tuesday, "
        "financing still to come) and asserted for a future act; only its source is right. X misses the act "
        "but adds no false record; I rank the null side higher, as in items 4 and 11."))
    ,
    8: dict(X=ev(source=False, target=False), Y=omit(False), better="X", reasons=(
        "FEMA and the Administration working to help the people of Puerto Rico and the USVI is a real relief "
        "act, AID; Y codes nothing. X has the right type, date (the Thursday release is the document date) and "
        "asserted modality (attribution to Chaffetz), but the source lists 'Administration' with no country "
        "(it is the U.S. administration) and the target is empty although the sentence names the people of "
        "Puerto Rico and the U.S. Virgin Islands."))
    ,
    9: dict(X=omit(False), Y=ev(date=False), better="Y", reasons=(
        "The Governor ordering police to seize the opposition's headquarters is an order, REQUEST (PLOVER: "
        "'requests, demands, and orders'; I would also code the ordered seizure, but score the order as "
        "coded). Y has the right type, source, target and modality; its date, the document date (Thursday "
        "2023-06-15), is later than the ruling party's Friday (2023-06-09) statement that reports the order, "
        "so it is wrong. X misses the event."))
    ,
    10: dict(X=omit(True), Y=SPURIOUS, better="X", reasons=(
        "The sentence reports Bainimarama defending the strike; the strike is its topic, not an act it "
        "reports, and the strikers are the teachers' unions, not Bainimarama. Y's PROTEST strike with "
        "Bainimarama as source is spurious (all fields wrong); X rightly codes nothing at 'strike' (the "
        "defending is item 17)."))
    ,
    11: dict(X=omit(False), Y=ev(type=False, target=False, date=False, modality=False), better="X", reasons=(
        "'The army would not hesitate to defend its territory against illegal groups' is a warning of force, "
        "THREATEN, from August. Y codes SUPPORT (wrong type) toward Poland (a party that the sentence neither "
        "names nor refers to; the target is the illegal groups), at the document date (the text says August) "
        "and negated (the warning is asserted: 'not hesitate' is not a negated act). Y is right only in "
        "finding an act and in the source (the Guatemalan army). X misses the threat but adds no false "
        "SUPPORT record, so I rank X higher."))
    ,
    12: dict(X=omit(True), Y=SPURIOUS, better="X", reasons=(
        "Kostova's expectation that the government 'will not use the Federation Guard to defend it' is an "
        "expectation of an act not taken, not a verbal SUPPORT (here 'defend' means protection by armed "
        "guards). Y's asserted SUPPORT by the Slovak government is spurious; X rightly codes nothing."))
    ,
    13: dict(X=ev(), Y=ev(target=False), better="X", reasons=(
        "Both code the Saturday (2023-06-10) THREATEN by the authorities, asserted (attribution to police). "
        "Target differs: the sentence names 'the members of a nationalist group', so X's members (no country, "
        "which the text does not make plain) is right and Y's empty target is wrong."))
    ,
    14: dict(X=ev(), Y=omit(False), better="X", reasons=(
        "Hu ordering police to 'step up strict supervision' is a REQUEST (order) from Hu[CHN] to the Chinese "
        "police, reported as this news with no date of its own (document date right). X is right in all "
        "fields; Y misses it."))
    ,
    15: dict(X=omit(False), Y=ev(), better="Y", reasons=(
        "Militants killing civilians in an attack early Sunday (2023-06-11) is an ASSAULT; Y is right in all "
        "fields (militant groups and civilians, Egypt plain from Sinai and the Egyptian sources). X codes "
        "nothing at 'killing'. Only the trigger is shown: if X coded the same attack at 'launched an attack', "
        "its null here would be right and the two would be the same."))
    ,
    16: dict(X=ev(source=False), Y=ev(source=False, target=False), better="X", reasons=(
        "Both code the LSSR's criticism as ACCUSE with the wrong source, the Soviet Union (the critic is the "
        "LSSR, Lithuanian). Target differs: 'the president' refers to Grybauskaite, so X's target is right "
        "and Y's empty target is wrong. Date (document date, no date in the text) and modality are right in "
        "both."))
    ,
    17: dict(X=ev(), Y=omit(False), better="X", reasons=(
        "Bainimarama defending the strike in his Sunday address is SUPPORT (CAMEO 052 'defend verbally'), "
        "dated Sunday 2023-06-11. X is right in all fields; the sentence names no party as the one supported "
        "('the strike' is an act, not a party), so the empty target is right by the rule, although I would "
        "code the teachers' unions from the context. Y misses the event."))
    ,
    18: dict(X=omit(True), Y=SPURIOUS, better="X", reasons=(
        "Stokes's praise that Guinea 'plays an outstanding humanitarian role, helping to ensure clean water, "
        "food and health' describes a general role, with no act and no recipient; Y's AID by Guinea is "
        "spurious (the act in the sentence is the Carter Center's praise, SUPPORT). X rightly codes nothing "
        "at 'helping'."))
    ,
    19: dict(X=omit(True), Y=SPURIOUS, better="X", reasons=(
        "'Russia says it is defending rights and freedoms in Ukraine' is Russia's claim about its own "
        "conduct, not verbal support for a party; the sentence's act is Kiev's accusation. Y's SUPPORT by "
        "Russia at 'defending' is spurious; X rightly codes nothing there."))
    ,
    20: dict(X=ev(target=False), Y=omit(False), better="X", reasons=(
        "The police release confirms the three were arrested: a COERCE arrest reported in this sentence "
        "(repeats of an earlier sentence's act are not duplicates by the rule). X has the right type, "
        "date ('this morning', the document date) and modality, and an empty source is right (the sentence "
        "does not say who arrested), but 'the three' refers to the three individuals, so its empty target is "
        "wrong. Y misses the event."))
    ,
    21: dict(X=ev(target=False), Y=ev(date=False), better="same", reasons=(
        "Both code the demonstrators' refusal to leave as REJECT, asserted (attribution to the spokesman). "
        "Target: the sentence names no party (the refusal is tied to a court order); X's Kibaki is not "
        "clearly the party acted upon, so X's target is wrong and Y's empty target right. Date: the refusal "
        "was 'earlier', the standoff of Saturday 2023-06-10; X's Saturday is right and Y's document date "
        "gives a background act the report date, wrong. One field wrong each."))
    ,
    22: dict(X=ev(), Y=ev(target=False), better="X", reasons=(
        "Both code the employee's arrest as COERCE with an empty source (not named), the document date "
        "('said today ... has been arrested', reported as this news) and asserted. Target: 'he' refers to the "
        "employee, so X's employee (no country, which the text does not give) is right and Y's empty target "
        "is wrong."))
    ,
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for unknown items {extra}")
    errors = []
    for it in items:
        j = J[it["n"]]
        for side in ("X", "Y"):
            s = j[side]
            if (it[side] is None) != ("omit_right" in s):
                errors.append(f"item {it['n']} side {side}: null/non-null mismatch")
        if j["better"] not in ("X", "Y", "same"):
            errors.append(f"item {it['n']}: bad 'better'")
    if errors:
        sys.exit("\n".join(errors))

    with open(OUT, "w") as f:
        for it in items:
            j = J[it["n"]]
            f.write(json.dumps({"n": it["n"], "X": j["X"], "Y": j["Y"], "better": j["better"],
                                "reasons": j["reasons"]}, ensure_ascii=False) + "\n")

    print(f"wrote {os.path.relpath(OUT)} ({len(items)} items)")
    for b in ("X", "Y", "same"):
        got = [it["n"] for it in items if J[it["n"]]["better"] == b]
        print(f"better {b:4}: {len(got):2}  items {got}")
    for side in ("X", "Y"):
        coded = [it["n"] for it in items if "omit_right" not in J[it["n"]][side]]
        nulls = [it["n"] for it in items if "omit_right" in J[it["n"]][side]]
        allr = [n for n in coded if J[n][side]["all"]]
        spur = [n for n in coded if not J[n][side]["event"]]
        oright = [n for n in nulls if J[n][side]["omit_right"]]
        print(f"side {side}: coded {len(coded)}, all fields right {len(allr)} {allr}, spurious {len(spur)} {spur}; "
              f"null {len(nulls)}, omission right {len(oright)} {oright}, wrong {len(nulls) - len(oright)}")
        per = {f: sum(J[n][side][f] for n in coded) for f in FIELDS}
        print(f"  field right counts over coded: {per}")


if __name__ == "__main__":
    main()
