"""Write events-a.jsonl from the judge's verdicts (judge a, round 90).

Verdict letters per item, in the order event,type,source,target,date,modality: T = right, F = wrong.
A spurious item is given 'X' (false in every field).
usage: python3 events-a-tools/write_verdicts.py   (run in docs/judged/round90)
"""
import json
from pathlib import Path

here = Path(__file__).resolve().parents[1]
V = {
 1: ("TTTFTT", "A real REQUEST (the OAU demanding extradition; CAMEO 1053-like). Target should be Sudan (SDN), the state the attackers escaped to and from which extradition is demanded, named in the sentence; Ethiopia is one of the speakers of the first clause, not the addressee. Undated repeated demand with no date is right (reported_by Ethiopia is also wrong: the OAU clause is the narrator's)."),
 2: ("TTTFTT", "Saudi Arabia condemned the strikes: ACCUSE is right, but the target should be Israel (ISR), the author of 'the strikes'; Iran is the victim whose sovereignty was violated. Date (Saturday of the report) right."),
 3: ("X", "Spurious: 'It' is the Fatah-Hamas agreement and the sentence lists its provisions; a document's content is not a request by any party (the accord itself was coded by its signing). Israel, who is not party to it, is in any case the wrong source."),
 4: ("TTFFTT", "REQUEST from Dzhioyeva to her followers is right and the date (document date, no date in text) is right, but both codes are wrong: she and her followers are South Ossetians, a breakaway region of Georgia (GEO), not Russians (RUS)."),
 5: ("TFTFTT", "Dismissing the U.S. sanctions as 'clowning' is a derisive criticism, ACCUSE (disapprove), not a REJECT of a request. Target should be the United States (USA), the author of 'the move' (the sanctions); source China right."),
 6: ("TTTFTT", "Freezing military cooperation is SANCTION, Turkey the source and 2011 ('the following year' after May 2010) right, but the target should be Israel (ISR), named in the sentence and clearly the party whose cooperation was frozen; empty is wrong."),
 7: ("X", "Spurious: 'The deployment has stirred a fierce debate' only refers back to the U.S. deployment already coded from the first sentence; the sentence's act is a debate, no PLOVER event."),
 8: ("TTTTTT", "SUPPORT from the British Foreign Office to Gibraltar (a British territory, GBR acceptable) for its seizure; document date right with no date in the text. (reported_by Fabian Picardo is wrong: the sentence has no speaker.)"),
 9: ("TTTFTT", "Nkurunziza's warning that the army would defend the population is a THREATEN aimed at the FNL rebels; target should be the FNL (BDI, rebels), named in the sentence, not the army, which is the instrument of the threat."),
 10: ("TTTFTT", "Cairo (Egypt) welcomed Bashir's move: SUPPORT right, source right, but target should be Bashir / the Sudanese government (SDN) whose 'restoration of order' was welcomed; 'an official' is the (Egyptian) official who characterised it, not the target."),
 11: ("TTTFTT", "COERCE (curfew) by the Kano governor is right, but the target should be the city of Kano / its residents (NGA); 'Nigeria' (the country, from 'Nigeria's second-largest') is not the party acted on and makes the state's act self-directed."),
 12: ("TTTTTT", "Iran's missile attack on Israel, ASSAULT heavy-weapons, dated 2024-10-01 as the text gives: all right."),
 13: ("TTTTTT", "Rights groups (no country) condemned Moscow's move: ACCUSE toward the Russian government, document date; all right."),
 14: ("TTTTTT", "Goita (junta leader, MLI) called on Malians (MLI) to stay calm: REQUEST, document date (undated reaction of the report); all right."),
 15: ("TTTFTT", "Falcon's refusal to accept the result is a REJECT and source (his main challenger, VEN) right, but the target should be Maduro / the declared result (VEN, Maduro named in the sentence); the United States is a second subject in the sentence, not the target."),
 16: ("TTTTTT", "Thein Sein objected to Gambari's planned briefing: ACCUSE (objection), dated Monday 2007-11-19 as the text gives; all right."),
 17: ("TTTFTT", "SUPPORT by EU leaders right, but 'the vote' is Poland's referendum, so the target should be Poland (POL); empty is wrong (I read a definite description of an act as referring to its author, as a coder does for welcomed/condemned)."),
 18: ("TTTTTT", "Palestinian officials accused Netanyahu: ACCUSE, PSE -> ISR, document date; all right."),
 19: ("TTTTFT", "The pledge to respond to any Yugoslav threat to Albania and Macedonia is a deterrent warning, THREATEN NATO -> Yugoslav forces acceptable; but the date should be 1999-04-24, the summit Saturday, not 1999-03-24 (the start of the bombing)."),
 20: ("TTTTTT", "'They capitulated' (the Houthis, in Trump's words) is a CONCEDE by the Houthis with no other party named in the sentence; Tuesday 2025-05-06, the day Trump said it, is right; attribution alone leaves it asserted."),
 21: ("TTTFTT", "Iraq's accusation is ACCUSE dated early August 1998, but the accused is UNSCOM (UNO, IGO), named in the sentence; the United States and Israel are those it allegedly spied for, not the target."),
 22: ("TTFFFT", "The killing of two Israeli restaurant owners is an ASSAULT, but the source should be empty (unknown gunmen), not Israel; the target should be the two Israeli restaurant owners (ISR), not Palestine; the date should be 2001-01-23 (found shot dead by Tuesday, when talks were suspended), not the document date."),
 23: ("TTTTTT", "The Awami League government's crackdown on Indian separatist rebels is COERCE, BGD -> IND; 2009 (when it came to power and cracked down) is the date the text gives; all right."),
 24: ("TTTTTT", "The Tigers accuse the Sri Lankan army of backing the Karuna faction: ACCUSE LTTE -> army (LKA), ongoing, document date; all right."),
 25: ("X", "Spurious: 'The real test comes when they start drawing lines on the map' is a diplomat's metaphor, no weapons test (MOBILIZE) at all."),
 26: ("TTTTFT", "PROTEST by Usatii's supporters at the election commission (aimed at the authorities' act, so Moldova MDA is a right target), but the date is wrong: the protest is background to Patria's removal before Sunday's vote, an earlier act given the document date; it should have no date (or the days after 2014-11-27)."),
 27: ("TTTTTT", "Lobo's 'I call on everyone to a dialogue' is a REQUEST with no specific addressee (empty target right); no date given for the speech, document date right by the rule."),
 28: ("TTTTFF", "'It proved impossible to reach understandings on all issues' is an AGREE that did not happen: modality should be negated, not asserted; and the joint statement was read on Saturday, so the date should be 2001-01-27, not the document date. Israel as a party of the mutual act with no other party in the sentence is acceptable."),
 29: ("X", "Spurious: officials 'warned' that North Korea is preparing a nuclear test is a prediction/caution, not a threat by the United States against anyone; no PLOVER event (North Korea's preparation is dateline's separate e7)."),
 30: ("TTTFTT", "ACCUSE by Brazilian opposition leaders right, but the accused is 'the government' (Cardoso's Brazilian government, BRA), not the U.S. government; Washington is only where sovereignty allegedly went."),
 31: ("TTTTTT", "Burns met Gaddafi: CONSULT USA -> LBY, reported by Libyan state media; no date given for the meeting, document date right by the rule."),
 32: ("TFFFFF", "The sentence holds the opposition leaders' demand that Thaksin give up his party post: REQUEST from Thai opposition leaders (THA) to Thaksin (THA), asserted, document date 2006-04-05; dateline's hypothetical CONCEDE by Thaksin toward a 'neutral interim government' has the wrong type, source, target, date (none) and modality."),
 33: ("TTTFTT", "Moscow has criticised the Prespa deal: ACCUSE by Russia right, but the target should be Greece and Macedonia (GRC, MKD), the parties of 'the deal'; empty is wrong."),
 34: ("TTTTTT", "Passive accusation with no accuser (empty source right) against Arroyo's husband and other relatives (PHL); 'other relatives' is the right party though the husband is missing; ongoing, document date; right."),
 35: ("TTTTTT", "Beijing summoned Japan's ambassador: a formal protest (ACCUSE), CHN -> JPN, Thursday of the report; all right."),
 36: ("TTTTTT", "Kenyan police detained MP Tom Kajwang on Wednesday 2018-01-31: COERCE arrest, all right."),
 37: ("TTTTTT", "Australia urged all (Papua New Guinean) sides to stay calm: REQUEST AUS -> PNG parties, document date; all right."),
 38: ("TTTFTT", "The alliance investigating its helicopter strike is ACCUSE (investigate) by NATO, but Pakistan is its co-investigator ('jointly with Pakistan'), not the target; target should be empty (the incident / NATO's own forces)."),
 39: ("TTTFTT", "ACCUSE by Hezbollah's opponents (LBN) right, but 'it' is Hezbollah: target should be Hezbollah (LBN), not the Lebanese cabinet (which Hezbollah is trying to topple)."),
 40: ("TTTTTT", "Lieberman called the apology a 'serious mistake': ACCUSE toward Israel's apology (Netanyahu's government, ISR), document date; all right."),
 41: ("TTTFTT", "SUPPORT by Iraqi officials, dated May 28 (the story's dateline), right; but 'the meeting' is the U.S.-Iranian meeting, so the target should be the United States and Iran (USA, IRN); empty is wrong."),
 42: ("TTTTTT", "The CUF called demonstrations on Saturday to demand a re-run: PROTEST (mode should be demo, not strike) aimed at the authorities' election, so Tanzania (TZA) is a right target; 2001-01-27 right."),
 43: ("TTTTFT", "Falcon calling for a new vote is a REQUEST with no named addressee, but the date '2018' comes from 'later in the year', the time of the requested vote; the call was made at the election (document date 2018-05-21, or Sunday 2018-05-20)."),
 44: ("TTFTTT", "REQUEST to Palestinians (PSE) dated Tuesday 2012-10-23 right, but Sheikh Hamad is the emir of Qatar: source code should be QAT, not PSE."),
 45: ("TTTTTT", "Moscow sent troops into Chechnya on 1994-12-11: MOBILIZE, Russia -> Chechnya (RUS), date as given; right."),
 46: ("TTTFTT", "Savimbi refusing repeated invitations to come to the capital is a REJECT (meeting), ongoing, document date; but the sentence does not say who invited him (the Angolan government or U.N. envoy in context): the target should be empty, not the U.N. Security Council."),
 47: ("TTFTFT", "ASSAULT (deadly shootout) right and 'two people' (UKR) a right victim, but the sentence names the shooters: source should be Right Sector members (UKR), not empty; the violence erupted on Saturday, so the date should be 2015-07-11, not 2015-07-12 (the day officials spoke)."),
 48: ("TTTFTT", "Chechen commanders rejecting Yeltsin's claim is a REJECT by Chechen fighters (RUS), document date; but 'the claim' is Yeltsin's, so the target should be Yeltsin / Russian government (RUS); empty is wrong."),
 49: ("TTTTTT", "Americans (U.S. troops) will train, advise and assist the Philippine army: AID (military assistance) USA -> PHL army, future, no date; all right."),
 50: ("TTFFTT", "SUPPORT is right, but the National Unity Government is Myanmar's opposition government: source code should be MMR, not CHN; and 'the offensive' is the Three Brotherhood Alliance's, so the target should be that alliance (MMR, rebels), not empty."),
}
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(here / "events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open(here / "events-a.jsonl", "w") as out:
    for it in items:
        code, reason = V[it["n"]]
        if code == "X":
            v = {f: False for f in F}
        else:
            v = {f: c == "T" for f, c in zip(F, code)}
            assert v["event"]
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open(here / "events-a.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts: counts[f] += v[f]
print(counts)
