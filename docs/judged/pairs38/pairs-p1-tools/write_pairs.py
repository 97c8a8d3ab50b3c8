#!/usr/bin/env python3
"""Judge p1's blind paired judgments for pairs38 (30 items).

Scores each non-null side by docs/judged/CONVENTIONS.md (event, type, source, target, date,
modality, all) and each null side as omit_right; writes docs/judged/pairs38/pairs-p1.jsonl and
prints the counts.  Run from anywhere:  python3 docs/judged/pairs38/pairs-p1-tools/write_pairs.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p1.jsonl"

FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(wrong=""):
    """Scores for an event side; `wrong` lists the wrong fields (space-separated)."""
    bad = set(wrong.split())
    assert bad <= set(FIELDS), bad
    s = {f: f not in bad for f in FIELDS}
    s["all"] = not bad
    return s


SPURIOUS = {**{f: False for f in FIELDS}, "all": False}
OMIT_OK = {"omit_right": True}
OMIT_BAD = {"omit_right": False}

# n: (X scores, Y scores, better, reasons)
J = {
    1: (ev("target"), OMIT_BAD, "X",
        "Y codes nothing at a real ASSAULT (demonstrators firing on people in a restaurant). X: type, "
        "source, date, modality right (source read as the demonstrators, the appended South Africa[ZAF] "
        "entry being their location from the sentence, not a second attacker; 'On Thursday' in a Thursday "
        "story = document date). X target 'innocent people' is the right party but its country is empty "
        "although the sentence places them in South Africa (CONVENTIONS: country right if the text makes "
        "it plain), so target scored wrong."),
    2: (OMIT_OK, SPURIOUS, "X",
        "The sentence is a '(Read more: ...)' headline link with no act; X rightly codes nothing, Y's "
        "REQUEST North Korea -> world is spurious (wrong in every field)."),
    3: (OMIT_BAD, ev(), "Y",
        "'Mozambique is expected to host a major conference next year' is a future CONSULT; Y codes it "
        "with the right source, date (2024 from 'next year') and future modality; target African Union "
        "accepted as the body whose strategy the conference is held on (its convener/participant). X "
        "codes nothing (omission wrong)."),
    4: (ev("target"), ev(), "Y",
        "Only the target differs: the sentence names the victims ('killing more than 50 people'); X "
        "leaves it empty (wrong), Y has '50 people' (right; the sentence does not place the villages in "
        "a country, so an empty code is right). Both: source Syrian regime, date Tuesday 2023-06-13, "
        "asserted right."),
    5: (ev(), ev("target"), "X",
        "Only the target differs. The two Koreas' vow to bolster cooperation is a reciprocal AGREE (PLOVER "
        "note: both parties as actor, no recipient), so X's empty target is right; Y's Barack Obama is "
        "where the talks were held, not the party the vow is made to. Source 'Koreas' (the two Koreas, no "
        "single country code) and date (the Monday talks of the preceding sentence) accepted on both."),
    6: (ev(), ev("date"), "X",
        "Only the date differs. Military cooperation 'has been developing since the early 2000s' is an "
        "act still going on, so it takes the document date (CONVENTIONS, round 20): X right; Y's '200' "
        "comes from the number in '2000s' and is not a date (wrong)."),
    7: (ev("target"), ev(), "Y",
        "Only the target differs: the police fired 'to disperse the protestors', who are named in the "
        "sentence; X empty is wrong, Y protestors[BGD] right (the only country the story gives for the "
        "border protest; police BGD likewise accepted on both). Date Saturday 13:30 from the lead, right "
        "on both."),
    8: (ev("source target"), ev("source"), "Y",
        "Both code the 'killing of children' as an ASSAULT by the Thai government, but the quote asks "
        "the government to stop the killing; the sentence does not make it the killer (the next quoted "
        "sentence blames people taking the law into their own hands), so source is wrong on both. "
        "Target differs: the children are named; X empty is wrong, Y children (no country in the "
        "sentence) right. (The sentence's own act is the NGO's REQUEST, coded elsewhere if at all.)"),
    9: (ev(), ev("target"), "X",
        "Only the target differs: 'demanding that Berisha resign' names Berisha as the party asked; X "
        "Sali Berisha[ALB/GOV] right, Y empty wrong. REQUEST (CAMEO 1041, demand leadership change), "
        "protesters[ALB], document date for an ongoing demand, asserted right on both."),
    10: (ev("target"), ev("target"), "same",
         "Only the target differs and both are wrong: 'both nations' refers to Cuba and Haiti (preceding "
         "sentence), so the target must be those parties or the description with their country; X "
         "leaves it empty and Y's 'nations[None]' names no country. Source Ban Ki-moon, date (Thursday "
         "= document date), REQUEST, asserted right on both."),
    11: (ev("type"), ev("type target"), "X",
         "Both code ASSAULT for 'U.S. aircraft carriers joined other Pacific Rim governments ... in "
         "patrolling', a joint patrol (COOPERATE/MOBILIZE), not an attack: type wrong on both. Target "
         "differs: the partners are named, X 'other Pacific Rim governments' right (joint act, either "
         "party as target), Y empty wrong. Background act with no date: unknown right on both."),
    12: (ev("date"), ev("date"), "X",
         "Only the date differs, and both are wrong by the round-20 rule: 'Since 2005, Cape Verde has had "
         "to request water' is an act still going on, so the document date is right. X has no date; Y "
         "dates the act to 2005, the start of the span, which misdates it under any reading; X is less "
         "wrong. REQUEST Cabo Verde -> Costa Rica right on both."),
    13: (ev("target"), ev(), "Y",
         "Only the target differs: 'Estonia ... and Togo ... agreed to a plan' is mutual; Togo is named, "
         "so Y's target Togo is right (CONVENTIONS: mutual events right with either party as source, the "
         "other as target) and X's empty target is wrong. Date Thursday = document date, right on both."),
    14: (OMIT_BAD, ev(), "Y",
         "Lead sentence: Syrian regime rocket attack killing 4 of 5 civilians. Y codes it right in all "
         "fields (5 civilians[SYR], the town being in Deraa province; document date, no date in the "
         "story; asserted with attribution). X codes nothing at this trigger (omission wrong, judged on "
         "the item as given)."),
    15: (OMIT_BAD, ev("modality"), "X",
         "Y codes the chemical-weapons use as an asserted ASSAULT by the U.S. military, but the sentence "
         "says the military 'denied reports' of it: the act is inside reports and a denial, so reported "
         "(or negated), not asserted; modality wrong. X codes nothing (omission wrong, since the "
         "alleged act could be coded as reported). Judged X better overall: Y turns a denied allegation "
         "into a recorded chemical attack, a worse error than missing it."),
    16: (OMIT_BAD, ev("target date modality"), "Y",
         "Real AGREE (Mauritius government agreed to continue negotiations with the North). Y has type "
         "and source right but target 'North[None]' lacks North Korea's country, date unknown although "
         "the statement was released late Wednesday (2023-06-14), and 'hypothetical' for 'has agreed ... "
         "on condition that' (the agreement is asserted; the condition is its content). X codes nothing; "
         "Y still better."),
    17: (ev("target date"), ev("date"), "Y",
         "Target differs: the detained Eritreans are the people whose release is asked, not the party "
         "asked; the sentence names no addressee, so Y's empty target is right and X's Eritreans wrong. "
         "Date wrong on both: the story says the Foreign Ministry 'made the call on Friday' (2023-06-09), "
         "not the document date."),
    18: (ev("date"), ev("date"), "Y",
         "Only the date differs and both are wrong by the round-20 rule: 'The protests have continued "
         "every Sunday since that day' is an act still going on (document date). X dates it 2022-06-27, "
         "the day the protests were sparked (the span's start), Y has no date; Y is less wrong. Empty "
         "source/target accepted on both (no party or aim in the sentence)."),
    19: (ev("target date"), ev("target"), "Y",
         "Date differs: the group 'began kidnapping them ... since last summer', so the text dates the "
         "act's start; Y 2022-SU right, X unknown wrong. Target wrong on both: 'them' refers to the "
         "children taken in Japan, and both leave the target empty. Source [JPN/REL] accepted on both."),
    20: (ev(), ev("target"), "X",
         "Only the target differs: HRW demands that 'the United States' investigate and prosecute; X "
         "United States right, Y empty wrong. Source read as Human Rights Watch, its seat USA given by "
         "the appended New York entry ('New York based'); Tuesday 2023-06-13, asserted right on both."),
    21: (ev(), OMIT_BAD, "X",
         "'The MOH said it would be sending its own mediator to the negotiation between the Croatian "
         "government and the HNS' is a future CONSULT (mediation, CAMEO 045); X codes it right in all "
         "fields (both negotiating parties as target, future, no date for the future act). Y codes "
         "nothing (omission wrong)."),
    22: (ev("target modality"), ev("target modality"), "Y",
         "Target differs but scores wrong on both: the civilians are named, X leaves the target empty, Y "
         "has civilians with no country although the sentence places the acts in Syria; Y names the right "
         "party and lacks only the code, so it is closer. Modality wrong on both: the bombardment is "
         "inside France's and the U.S.'s allegation ('say ... that the government has carried out'), so "
         "reported. Source Assad for 'the government of President Bashar al-Assad' [SYR/GOV] accepted."),
    23: (ev("target date"), ev("target date"), "X",
         "Date differs, wrong on both: the clashes are going on ('threaten a final showdown'), so "
         "the document date; Y dates them to April 10, the start of the summed death toll ('have died "
         "since April 10'), the case the round-20 rule gives no date; X has no date and is less wrong. "
         "Target wrong on both: the other side is the Vanuatu Serb nationalists, not the state of "
         "Vanuatu."),
    24: (ev("target"), OMIT_BAD, "X",
         "Y codes nothing at a real ASSAULT (Israeli airstrike killing 22 people on Tuesday). X: source "
         "Israel, date 2023-06-13, asserted (attribution) right; target '22 people' is the right party but "
         "its country is empty although the sentence places the strike in southern Syria, so wrong by "
         "CONVENTIONS."),
    25: (ev("target date"), ev("date"), "Y",
         "Target differs: the sentence names the victims ('killing dozens of civilians'); X empty wrong, "
         "Y civilians (no country in the sentence) right. Date wrong on both: the story dates the attack "
         "'late Tuesday' (2023-06-13); both give Wednesday, the day the official spoke."),
    26: (OMIT_OK, SPURIOUS, "X",
         "The 1995 blast is given as one of the South Pacific's 'failed or delayed attempts to drop bombs "
         "on targets' (training drops, as in the story's New Zealand incident): a bombing accident, not a "
         "deliberate ASSAULT between political actors, so X's omission is right and Y's event is spurious. "
         "(Had it been an event, Y would still be wrong on source, the named RAF Tornados, and on date, "
         "1995.)"),
    27: (ev(), OMIT_BAD, "X",
         "'says it will continue to urge the North Atlantic treaty allies to further strengthen their "
         "defense' is a REQUEST; X codes it right in all fields (Lithuania's government -> the allies, "
         "future, no date for the future act). Y codes nothing (omission wrong)."),
    28: (ev("source target"), ev("source target"), "X",
         "Source wrong on both: the youth club 'was bombed' by an unnamed attacker; Czech Republic is the "
         "club's country, not the bomber. Target differs, wrong on both: the victims (five people at a "
         "Czech club in Prague's Old Town Square) are named; X has them without their country (CZE is "
         "plain), Y leaves it empty; X is closer. Date 2010-01 right on both."),
    29: (OMIT_OK, SPURIOUS, "X",
         "'Sixteen governments have not yet stated their plans to attend an upcoming summit' reports no "
         "act (no statement, no meeting yet); X rightly codes nothing, Y's CONSULT governments -> United "
         "States (the U.S. is only in the summit's topic) is spurious."),
    30: (ev(), ev("target"), "X",
         "Only the target differs: the Taliban acknowledged holding 'foreign captives', named in the "
         "sentence; X foreign captives (no country given) right, Y empty wrong. ASSAULT abduct (hostage "
         "holding), Taliban[AFG/REB], no date, asserted right on both."),
}


def check(side, scores, n, name):
    if side is None:
        assert set(scores) == {"omit_right"}, (n, name, "null side needs omit_right")
    else:
        assert set(scores) == set(FIELDS) | {"all"}, (n, name, "event side needs all fields")
        assert scores["all"] == all(scores[f] for f in FIELDS), (n, name, "all inconsistent")
        if not scores["event"]:
            assert not any(scores.values()), (n, name, "spurious event must be wrong everywhere")


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"not judged: {missing}; judged but no item: {extra}")
    rows = []
    for it in items:
        n = it["n"]
        xs, ys, better, reasons = J[n]
        check(it["X"], xs, n, "X")
        check(it["Y"], ys, n, "Y")
        assert better in ("X", "Y", "same"), n
        rows.append({"n": n, "X": xs, "Y": ys, "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parent.parent.parent)} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        got = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(got):2}  {got}")
    for s in ("X", "Y"):
        evs = [r for r in rows if "omit_right" not in r[s]]
        nulls = [r for r in rows if "omit_right" in r[s]]
        allr = [r["n"] for r in evs if r[s]["all"]]
        spur = [r["n"] for r in evs if not r[s]["event"]]
        ok_null = [r["n"] for r in nulls if r[s]["omit_right"]]
        bad_null = [r["n"] for r in nulls if not r[s]["omit_right"]]
        print(f"side {s}: {len(evs)} events, all-fields right {len(allr)} {allr}; spurious {len(spur)} {spur}; "
              f"null {len(nulls)} (right {ok_null}, wrong {bad_null}); right overall {len(allr) + len(ok_null)}/30")
        print("        field right: " + ", ".join(
            f"{f} {sum(r[s][f] for r in evs)}/{len(evs)}" for f in FIELDS))


if __name__ == "__main__":
    main()
