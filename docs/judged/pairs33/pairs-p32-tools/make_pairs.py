"""Judge p32, pairs33 items 1-25: writes pairs-p32.jsonl and prints the summary counts.

Scores are entered by hand below (fields event/type/source/target/date/modality, 'all'
computed). A spurious side is scored all False; a null side gets {"omit_right": bool}.
Run from the repo root: python3 docs/judged/pairs33/pairs-p32-tools/make_pairs.py
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, "..", "items.jsonl")
OUT = os.path.join(HERE, "..", "pairs-p32.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]

def ev(s="", **wrong):
    """All fields True except those named in wrong (kw=False)."""
    d = {f: True for f in FIELDS}
    for k, v in wrong.items():
        d[k] = v
    d["all"] = all(d[f] for f in FIELDS)
    return d

SPURIOUS = {f: False for f in FIELDS + ["all"]}
NULL_RIGHT = {"omit_right": True}
NULL_WRONG = {"omit_right": False}

J = {
 1: (ev(target=False), ev(target=False), "same",
     "Both code the ongoing US crackdown as COERCE with the same source and date (W24 holds the document date; an ongoing act). "
     "The sentence names the target, 'people thought to be supporters of the Islamic Movement of Uzbekistan': X names 'people' "
     "but codes them USA (nothing makes them Americans; empty country would be right), a false US-US dyad; Y leaves the target "
     "empty although the sentence names it. Both wrong on target, each by one field; neither more right."),
 2: (NULL_WRONG, ev(source=False), "Y",
     "'The three leaders also agreed they would pursue an expansion of the economic zone' is an AGREE (commitment to future "
     "cooperation), a new act beside the previous sentence's 'launch a new chapter'. Y finds it with right type, empty target "
     "(mutual agreement), document date, asserted; its source 'leaders' is coded MEX, but the three leaders are of the US, "
     "Mexico and Canada, so the country is wrong. X misses the event."),
 3: (ev(date=False), ev(date=False), "X",
     "Killing of the two men, source unknown, target two men NGA: same in both. Date: the sentence dates the killings Jan. 3 "
     "(and 4) and the context gives the year, 'January 3, 2015'. X has 2023-01-03 (right day, wrong year), Y the document "
     "date, a past killing coded as today's news. Both wrong by the rule; X is closer (right day, dated from the text)."),
 4: (NULL_WRONG, ev(), "Y",
     "'The rebels also agreed to continue a program to restore damaged schools...' is an AGREE by the rebels (the rebels fighting "
     "in Southern Italy per the context, ITA/REB defensible), no recipient named, reported as news, asserted. Y right in all; X misses it."),
 5: (NULL_RIGHT, SPURIOUS, "X",
     "'These upcoming military drills are being conducted against the backdrop of a rising number of military conflicts ... and "
     "the Pentagon recognizes this trend' is commentary: no actor is named or resolvable ('these' points back to the generic "
     "'number of major military drills being conducted globally'), and the drills are 'upcoming'. I code no event, so Y's "
     "MOBILIZE (no source, no target, asserted, 'explicit' document date) is spurious and X's omission right. Same sentence as "
     "item 21, where the other event for it (trigger 'drills', MOBILIZE troops) is judged; if one did code it, it would be "
     "future, not asserted."),
 6: (NULL_WRONG, ev(date=False), "Y",
     "The rally of around 30,000 people in Istanbul is a PROTEST (demo); home protest with no aim named, so Turkey as target is "
     "right by CONVENTIONS; source the crowd, TUR. Date wrong: the rally is background to a lawsuit about July 2011 (the "
     "demonstration a day after the detention), not the Friday on which authorities spoke; 2023-06-09 gives a past act a "
     "recent date. Still a real event with every other field right; X misses it (and the police firing into the crowd is a "
     "separate ASSAULT neither side shows here)."),
 7: (ev(source=False, target=False), NULL_WRONG, "X",
     "'after protests by Qadhafi supporters' is a PROTEST. X has the event and type, date 2023-06-14 (the protests preceded "
     "the cancelled meeting of 'yesterday'; defensible), asserted. Source party right but coded USA: nothing places the "
     "supporters in or of the US. Target United States wrong: the sentence names no aim, and the protest is not a home protest "
     "against the US state; the meeting was a US-Qatari one, so the US is not clearly the party acted upon (empty would be "
     "right). Y misses a real event; X has it with the right type but a wrong dyad."),
 8: (ev(date=False), NULL_WRONG, "X",
     "'the operation had been launched ... to halt terrorist attacks' retells the international air strike as a launched "
     "operation: an ASSAULT in this sentence (not a duplicate within the sentence). Source empty is acceptable (the launcher is "
     "not named; the spokesman only reports it), target empty right (no target in the sentence). Date: the story dates the "
     "strike Wednesday night (2023-06-14), so 'unknown' is not right by the rule (it is right only for an act of unknown time); "
     "I would have credited a missing date over a wrong one. X has the event, Y misses it."),
 9: (NULL_WRONG, ev(), "Y",
     "'Ribeiro was also accused of stealing a $1,000 credit card' is a criminal ACCUSE (allege); the accuser is not named "
     "(VFS Chateaudun only reports), so empty source is right; target Ribeiro HTI (a local resident of Port-au-Prince); "
     "document date for an act reported as news; asserted. A new charge, not a duplicate. Y right in all; X misses it."),
 10: (ev(date=False), ev(target=False, date=False), "X",
     "'the attacks on journalists' is an ASSAULT with attackers unnamed. The sentence names the target, journalists: X has it "
     "(ZWE follows the text's own claim that Libreville was capital of Southern Rhodesia; a gazetteer would say GAB), Y leaves "
     "it empty (wrong). Both give the document date to attacks that 'have taken place' over the span 'since the elections', "
     "background acts of an earlier time: wrong in both (unknown would be right)."),
 11: (ev(date=False), ev(), "Y",
     "The US airstrike whose aftermath the family filmed: ASSAULT aerial by the US, no target in that noun phrase, both sides "
     "same but for date. The only date the sentence gives for a US strike in this lead is July 4, and 'the U.S. airstrike' "
     "(definite, in the first sentence) is the strike the story is about, so Y's 2022-07-04 is right. X's document date is wrong "
     "in either reading: the strike came before the filming and the threat. (If a separate 'drone strike' event was coded from "
     "this sentence in both versions, this one would be a same-sentence duplicate in both; the item does not show it.)"),
 12: (NULL_RIGHT, SPURIOUS, "X",
     "'The second bus ... was also evacuated a[...]' (truncated): evacuating a bus after stone-throwing is no PLOVER act, "
     "and certainly not AID between political actors; no actors either. Y's AID is spurious, X's omission right."),
 13: (NULL_WRONG, ev(source=False), "Y",
     "The Estonian teachers' strike is a PROTEST (strike). Target Estonia right (home protest, no other aim named; the state "
     "runs the schools); the strike is going on since April 20, so the document date is right by the ongoing-act rule; asserted. "
     "Source is the broken fragment 'almost one' (from 'almost one in seven Estonian teachers'), not a party name (teachers): wrong, "
     "though its country is right. Y has a real event right in all other fields; X misses it."),
 14: (SPURIOUS, NULL_RIGHT, "Y",
     "'Trump also pledged during his campaign to withdraw the US from the' is cut off: what he pledged to leave is unknown, and "
     "a campaign pledge to withdraw from something is not a commitment to cooperate, so AGREE is wrong; the pledge is also "
     "an act of an earlier time (the campaign), so the document date is wrong too. I would code nothing here (at most a "
     "THREATEN/relations with the object known), so X's AGREE is spurious and Y's omission right."),
 15: (ev(target=False), NULL_WRONG, "X",
     "'Putin accused the investigation, ordered by Kremlin foe Alexei Navalny, of being politically motivated' is an ACCUSE "
     "(I would give mode disapprove; mode is not scored). Source Putin RUS right, document date, asserted. The target is named "
     "in the sentence: the investigation / Navalny who ordered it; X leaves it empty (wrong). Y misses the event."),
 16: (NULL_WRONG, ev(source=False, target=False), "Y",
     "'Hartmann was also convicted of torture ... by court-martial' is SANCTION convict. Y has the event, right type, document "
     "date (the conviction reported without a date in a trial story), asserted. Target is the right man but coded HUN, the place "
     "of the trial; he is a Serb general (the Serb Republic, his army in southern Serbia): wrong country. Source empty, but the "
     "sentence names the convicting body, the court-martial: wrong by the rule. X misses the event."),
 17: (ev(target=False), NULL_WRONG, "X",
     "'Pangilinan's son was also detained' is COERCE arrest, detaining party unnamed (empty source right), reported as news "
     "(document date right), asserted. X's target is Maria Pangilinan (the wife, arrested in the previous sentence) instead of "
     "the son: wrong. Y misses the event; X has the right event and type with the wrong person."),
 18: (ev(), NULL_WRONG, "X",
     "'the riot still continues' is a PROTEST (riot) asserted in this sentence; no participants or aim named (empty source and "
     "target acceptable). Date 2023-06-12: the story sets the riot on Monday ('died down Monday', '20 minutes later'); the "
     "ongoing-act rule could give the document date instead, but the text's own day is Monday. X right; Y misses it."),
 19: (NULL_RIGHT, SPURIOUS, "X",
     "'they are just one example of a number of major military drills being conducted globally' is a generic statement about "
     "drills worldwide, no act and no actor: no event. Y's MOBILIZE (empty source and target) is spurious; X right to omit."),
 20: (ev(target=False), ev(), "Y",
     "'attacks on security forces by the opposition' in Guatemala, said by the IAEA: ASSAULT, source opposition GTM, ongoing "
     "trend (document date), asserted with attribution. The sentence names the target, security forces: Y has it (GTM/COP), "
     "X leaves it empty (wrong)."),
 21: (SPURIOUS, NULL_RIGHT, "Y",
     "Same sentence as item 5 ('These upcoming military drills are being conducted against the backdrop ...'): commentary, "
     "no actor named or resolvable, drills 'upcoming'. No event, so X's MOBILIZE troops (asserted, document date) is spurious "
     "and Y's omission right. If coded at all, 'drills' -> MOBILIZE troops is the better mode than item 5's 'weapons', and the "
     "modality would be future."),
 22: (ev(target=False, date=False), NULL_WRONG, "X",
     "'a number of bombs have been detonated in the town, but the attacks had been targeted to eliminate terrorists' is the "
     "ASSAULT (the strike), bombers unnamed (empty source acceptable), asserted. The sentence names the target, terrorists: empty "
     "is wrong. Date: the story gives Wednesday night (2023-06-14), so 'unknown' is wrong by the rule. X has the real act with "
     "the right type; Y has nothing. (If both versions also coded 'detonated' from this sentence, X's 'targeted' would be a "
     "same-sentence duplicate; the item does not show it.)"),
 23: (ev(target=False), NULL_WRONG, "X",
     "'Also found guilty and sentenced to two years in jail is Luis Carlos Diaz, a former mayor' is SANCTION convict; court not "
     "named (empty source right), reported as news (document date), asserted. The target, Luis Carlos Diaz (CHL, Vina del Mar), "
     "is named; X leaves it empty (wrong). Y misses the event."),
 24: (ev(target=False), NULL_WRONG, "X",
     "'in a letter to Luxembourg, Namibia's Ministry of Foreign Affairs ... asked for the sum to be recalculated, while it "
     "demanded $7,500' is a REQUEST by the NAM ministry, document date, asserted. The sentence names the addressee, Luxembourg: "
     "empty target wrong. Y shows no such event (if Y coded the same request from 'asked' it is not shown; on what is shown, "
     "Y misses it)."),
 25: (ev(), ev(), "same",
     "Identical PROTEST (demo) by protesters USA, empty target (environmental aim, not the authorities), 2016-12-05 from the "
     "captions, asserted. The only difference is the date basis label (narrative vs explicit), which is not scored."),
}

def main():
    items = [json.loads(l) for l in open(ITEMS)]
    assert sorted(i["n"] for i in items) == list(range(1, 26))
    rows = []
    for it in sorted(items, key=lambda i: i["n"]):
        n = it["n"]
        x, y, better, reason = J[n]
        for side, sc in (("X", x), ("Y", y)):
            is_null = it[side] is None
            assert is_null == ("omit_right" in sc), (n, side)
        rows.append({"n": n, "X": x, "Y": y, "better": better, "reasons": reason})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter(r["better"] for r in rows)
    print("better:", dict(c))
    for side in "XY":
        ev_all = [r["n"] for r in rows if r[side].get("all")]
        null_ok = [r["n"] for r in rows if r[side].get("omit_right") is True]
        null_bad = [r["n"] for r in rows if r[side].get("omit_right") is False]
        spur = [r["n"] for r in rows if "event" in r[side] and not r[side]["event"]]
        print(side, "events all-right:", ev_all, "| null right:", null_ok, "| null wrong:", null_bad, "| spurious:", spur,
              "| all-right incl. right nulls:", len(ev_all) + len(null_ok))
        for f in FIELDS:
            wrong = [r["n"] for r in rows if "event" in r[side] and r[side]["event"] and not r[side][f]]
            if wrong:
                print("   ", side, f, "wrong on real events:", wrong)

if __name__ == "__main__":
    main()
