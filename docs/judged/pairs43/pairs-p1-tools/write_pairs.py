#!/usr/bin/env python3
"""Blind paired judging of pairs43 by judge p1.

Scores each non-null side by docs/judged/CONVENTIONS.md: event, type, source, target, date,
modality, and all (all six right); a spurious event is wrong in every field. A null side is
{"omit_right": bool}. Writes docs/judged/pairs43/pairs-p1.jsonl and prints the counts.

Run from the worktree root:  python3 docs/judged/pairs43/pairs-p1-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = os.path.dirname(HERE)
ITEMS = os.path.join(PAIRS, "items.jsonl")
OUT = os.path.join(PAIRS, "pairs-p1.jsonl")

FIELDS = ("event", "type", "source", "target", "date", "modality")


def S(flags):
    """Six T/F letters in the order event, type, source, target, date, modality."""
    assert len(flags) == 6 and set(flags) <= {"T", "F"}, flags
    d = {f: c == "T" for f, c in zip(FIELDS, flags)}
    d["all"] = all(d[f] for f in FIELDS)
    return d


SPURIOUS = "spurious"


def side(v):
    if v == SPURIOUS:
        d = {f: False for f in FIELDS}
        d["all"] = False
        d["spurious"] = True
        return d
    if isinstance(v, bool):
        return {"omit_right": v}
    return S(v)


# n: (X, Y, better, reasons).  X/Y: six-letter flags, SPURIOUS, or a bool for a null side
# (True = coding no event there is right).
J = {
    1: (True, SPURIOUS, "X",
        "Y codes ASSAULT at 'to fight terrorism': Erdogan describes using emergency powers, no "
        "attack on anyone; a trigger in another sense, so Y is spurious (wrong in every field) and "
        "X's omission is right."),
    2: ("TTFFTT", False, "X",
        "A real CONSULT ('met with the leader'); Y codes nothing. X's type, date (document date for "
        "the reported meeting) and modality are right; its source names the Somali president as "
        "'Barre' (a fragment of 'Somalia's Barre government'), and its target (United States, "
        "Obama) is wrong: 'the leader' is Somali President Mohamed Abdullahi Mohamed."),
    3: ("TTTFFT", "TTTFFT", "X",
        "Same fields right and wrong; target: 'the British Grand Duchy' refers to Monaco, whose aid "
        "the lead reports, so United Kingdom is wrong on both sides, and Y adds France and Germany, "
        "which are only compared. Date: the Tuesday is the signing's date, carried to the welcome, "
        "which the text does not date (wrong by the rule; a coder could carry it)."),
    4: ("TTFTTT", "TTTTTT", "Y",
        "Source: X adds Teodoro Obiang Nguema, who founded NCDEF but did not stage the protests; Y "
        "has NCDEF alone. Target empty is right on both: the protests aim at opposition figures, "
        "not the state (crowd-protest rule). Undated span, unknown date right."),
    5: ("TTTTTT", "TTTFTT", "X",
        "Target: a protest against police brutality aims at the authorities' acts, so the United "
        "States is the right target (crowd-protest rule); Y leaves it empty. All else equal and "
        "right (Wednesday 2023-06-14)."),
    6: (False, "TFTTTT", "same",
        "Y codes Putin's announced plan to step down (a real act, re-mentioned from the lead) as "
        "AGREE: type wrong, it is a promise of a future resignation (CONCEDE), RETREAT only once "
        "done; source, empty target, date and modality right. X misses it. A wrong type within "
        "verbal cooperation against a missed event: neither is better."),
    7: ("TTTFTT", "TTTTTT", "Y",
        "Target country: migrants arrested in Libya are not Libyans and the text gives no "
        "nationality, so an empty code is right and X's LBY is wrong. Year 2023 for 'so far this "
        "year' right on both (the span lies within the year)."),
    8: ("TTFTTT", "TTFFTT", "X",
        "Both code the backer 'the government' as Guinea (GIN) where the text means Equatorial "
        "Guinea (GNQ): source wrong on both. Target: Y adds Teodoro Obiang Nguema, the founder, "
        "who is not the party backed; X has NCDEF alone (right)."),
    9: ("TTFTFT", "TTFFFT", "X",
        "Target: X has James Steele with USA (a U.S. Marine Corps general); Y gives Steele no "
        "country and adds the Marine Corps as a second target. Both leave the source empty though "
        "the sentence names 'the World War II court'; both give a sentencing of the WWII era the "
        "document date (background act, wrong)."),
    10: ("TTTFTT", "TTTFTT", "same",
         "Target wrong on both in different ways: X has Seleka with an empty code (acceptable, the "
         "text mixes CAR and Senegal) but adds Macky Sall, who is not embargoed; Y has Seleka alone "
         "but codes it Senegal. Type, source, date (last week, 2023-W23), modality right on both."),
    11: ("TTTFTT", "TTTTTT", "Y",
         "Target: the protest is aimed at the US military's presence (the authorities), so the "
         "United States is a right target (crowd-protest rule); X leaves it empty."),
    12: (False, "TFTTTT", "X",
         "Y codes 'announced plans to occupy five Azerbaijani outposts' as AGREE: type wrong, it is "
         "a threat to seize territory (THREATEN); source, target, date (Thursday) and modality "
         "right. X misses the threat, but Y turns a conflictual act into cooperation, which misleads "
         "more than the omission."),
    13: ("TTTFFT", "TTTTFT", "Y",
         "Target: demonstrators chanting 'Resign!' aim at the authorities, so Austria is a right "
         "target (crowd-protest rule); X leaves it empty. Date on both: Saturday is the beheading's "
         "day carried to the later demonstration, which the text does not date (wrong by the rule)."),
    14: (False, "TFTFTT", "X",
         "Y codes Egypt's announced diplomatic effort as REQUEST toward Palestine: type wrong (an "
         "intent to mediate, AGREE, future), and target wrong (no one is asked; the PA is only "
         "said to face concessions). X omits a codeable AGREE, but Y's REQUEST makes a cooperative "
         "act one of verbal conflict."),
    15: ("TTTTTT", "TTTFTT", "X",
         "This is the sentence's second act, the past 'deadly protests' the issue sparked (undated, "
         "unknown date right; not a duplicate of the Tuesday rally). Target: an aim at the police "
         "chief, the authorities, makes India right (crowd-protest rule); Y leaves it empty."),
    16: ("TTFFTT", "TTFFTT", "same",
         "Both code Bahraini protesters as USA (source wrong). Target: a protest at arrests aims at "
         "the authorities, so Bahrain is the right target: X's empty and Y's United States are both "
         "wrong. Friday 2023-06-09 right on both."),
    17: ("TTTTFT", "TTTTFT", "same",
         "Y lists Amadou twice (by name and as deputy speaker), the same party, so the target is "
         "right on both; both give the accusation of before October 2007 the Monday of the lawyer's "
         "statement (date wrong)."),
    18: (SPURIOUS, SPURIOUS, "same",
         "A listed measure, 'arresting refugees caught protesting': no protest is reported, only "
         "the class of people the measure targets; spurious on both (they differ only in the code "
         "of the garbled source 'Arresting refugees')."),
    19: ("TTTFFT", "TTTTFT", "Y",
         "Target: the sentence names no aim, so Kenya is a right target (crowd-protest rule); X "
         "leaves it empty. Date wrong on both: the sentence ties the demonstration to 'Saturday's "
         "events' (2023-06-10), not the document date."),
    20: (SPURIOUS, SPURIOUS, "same",
         "'The Central Bank was hit with several defaults': 'hit' in another sense, no ASSAULT; "
         "spurious on both."),
    21: (SPURIOUS, True, "Y",
         "X codes ASSAULT at 'can help them fight global terrorism': a hoped-for benefit of a "
         "treaty, no attack; spurious. Y's omission is right."),
    22: ("TTFTTT", "TTFTFT", "X",
         "Date: the 'earlier rebel attack' has no date in the text, so unknown (X) is right; Y gives "
         "it the Friday on which the government spoke. Source: both leave the rebels' country empty "
         "though the Aleppo civil war makes Syria plain (wrong on both)."),
    23: ("TTTFTT", "TTTTTT", "Y",
         "Target: a walkout against the government's austerity measures aims at the authorities' "
         "acts, so Pakistan is the right target (crowd-protest rule); X leaves it empty."),
    24: (False, "TTTTTF", "Y",
         "Y codes Shkreli's pledge to help ease the debt burden as AGREE (right type, source, empty "
         "target, date); modality wrong: 'It is expected that Shkreli has pledged' is "
         "hypothetical, not asserted. X misses the pledge."),
    25: ("TTTTTT", "TTTFTT", "X",
         "Target: an anti-government movement's road blocking aims at the authorities, so Pakistan "
         "is the right target (crowd-protest rule); Y leaves it empty. June 2023 right on both."),
    26: ("TTTFFT", "TTTTFT", "Y",
         "Target country: migrants crossing between Russia and Kazakhstan are given no nationality, "
         "so the empty code (Y) is right and RUS (X) wrong. Date wrong on both: deaths 'in the past "
         "year' are a span with no date, not the document date."),
    27: ("TTTTFT", "TTTFFT", "X",
         "Target country: the three migrants are the Uighurs and Tibetans of the lead, abducted in "
         "China, so CHN (X) is plain and Y's empty code wrong. Date wrong on both: Sunday is when "
         "the abductions were confirmed, not when they happened."),
    28: ("TTTFTT", "TTTTTT", "Y",
         "Target: X adds Jamaica, the country, as a target and leaves the arrested individuals "
         "without a country; Y has the individuals, arrested at protests in Jamaica, coded JAM."),
    29: ("TTTTTT", "TTTFTT", "X",
         "Target: a rally demanding the police chief's resignation aims at the authorities, so India "
         "is the right target (crowd-protest rule); Y leaves it empty. Tuesday 2023-06-13 right."),
    30: ("TTTFTT", "TTTFTT", "same",
         "Target wrong on both in different ways: X codes Vetevendosje as Serbian (the text gives no "
         "country); Y gives it none (right) but adds the EU, which Vetevendosje accused and the "
         "Bosniaks would not support. Both list the gloss 'Homeland' too. Hypothetical right."),
    31: (SPURIOUS, SPURIOUS, "same",
         "Same listed measure as item 18: 'demanding official help or appealing to their "
         "government' describes the refugees the measure targets, not a reported request; spurious "
         "on both (they differ only in the source's code)."),
    32: (False, "TFTTTT", "X",
         "Y codes 'Izetbegovic announced a plan to start a civil war' as AGREE: type wrong (a threat "
         "of violence, THREATEN); source, empty target, unknown date and modality right. X misses "
         "it, but Y turns a threat into cooperation."),
    33: (False, "TFFTTT", "X",
         "Y codes 'have launched mediation efforts' as REQUEST: type wrong (a mutual move to end the "
         "fighting, AGREE or CONSULT; nobody asks anything), and the rebels of North China lack "
         "their plain code CHN (source wrong). X misses the act, but Y makes cooperation into "
         "verbal conflict."),
    34: ("TFTFFT", "TTTFFT", "Y",
         "Type: negotiations to start and meetings to continue are CONSULT (Y), not AGREE (X). Both "
         "code the opposition Democratic Party as USA (target wrong) and both resolve 'Wednesday "
         "afternoon ... continue tomorrow morning' to 2023-06-21, a week after the Wednesday meant "
         "(date wrong). Future right."),
    35: ("TTTFTT", "TTTTTT", "Y",
         "Target country: foreign media in eastern Congo are not Congolese, so Y's empty code is "
         "right and X's COD wrong. Ongoing ban 'till now' takes the document date, right on both."),
    36: ("TTFTTT", "TTFFTT", "X",
         "Target: the strikers protest their salaries at a garment factory (an employer), so the "
         "state is wrong and empty right (crowd-protest rule); Y adds Australia, which is also the "
         "wrong country. Both code the Taiwanese employees as AUS (source wrong). Future right."),
    37: ("TTTFFT", "TTTTFT", "Y",
         "Target: X adds Afghanistan, the country, and leaves the militants without a code; Y has "
         "the militants of the Afghanistan training camp coded AFG. Date wrong on both: the text "
         "gives 'August 12' and both leave it unknown."),
    38: ("TTTTTT", "TTTFTT", "X",
         "Target country: the detained illegal immigrants, 'mostly Africans', are not Spanish, so "
         "X's empty code is right and Y's ESP wrong. Tuesday 10 a.m. right on both."),
    39: ("TTTFTT", "TTTFTT", "Y",
         "Target wrong on both: the story makes Usakovs a member of the German parliament (DEU); X "
         "codes him Ukraine, which nothing in the text supports, Y leaves the code empty. Y's gap "
         "misleads less than X's false code."),
    40: ("TTTFTT", "TTTTTT", "Y",
         "Target: 'today's protest' is the Athens protest held in solidarity with the UK and "
         "organised against the Troika, so the Greek state is wrong and empty right (crowd-protest "
         "rule); X codes Greece."),
}

def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"judgments do not match items: missing {missing}, extra {extra}")
    rows = []
    for it in items:
        n = it["n"]
        xv, yv, better, reasons = J[n]
        assert better in ("X", "Y", "same"), n
        for name, v in (("X", xv), ("Y", yv)):
            null = it[name] is None
            if null != isinstance(v, bool):
                sys.exit(f"item {n} side {name}: null={null} but judged {v!r}")
        rows.append({"n": n, "X": side(xv), "Y": side(yv), "better": better, "reasons": reasons})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def items_with(pred):
        return [r["n"] for r in rows if pred(r)]

    print(f"wrote {len(rows)} judgments to {os.path.relpath(OUT)}")
    for b in ("X", "Y", "same"):
        lst = items_with(lambda r: r["better"] == b)
        print(f"better {b:4}: {len(lst):2}  {lst}")
    for s in ("X", "Y"):
        scored = [r for r in rows if "all" in r[s]]
        allr = [r["n"] for r in scored if r[s]["all"]]
        nulls = [r["n"] for r in rows if "omit_right" in r[s]]
        nulls_ok = [r["n"] for r in rows if r[s].get("omit_right") is True]
        spur = [r["n"] for r in rows if r[s].get("spurious")]
        print(f"side {s}: events {len(scored)}, all-fields right {len(allr)} {allr}; "
              f"null {len(nulls)} {nulls} (omit right {nulls_ok}); spurious {len(spur)} {spur}")
        per = {f: sum(r[s][f] for r in scored) for f in FIELDS}
        print(f"        field right counts: {per}")


if __name__ == "__main__":
    main()
