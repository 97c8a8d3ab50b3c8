"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 169)."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "North Korea accuses Washington (US government, USA) of kidnapping its envoy; a separate act from the call-off (SANCTION) and the reported kidnapping (ASSAULT) of the same sentence; no date for the act, so the document date (the Wednesday of the report) is right."),
 2: (T,T,T,T,T,T, "Philippine officials blame Muslim militants (PHL); the sentence gives no date, and the Wednesday of the bombings carried over from the previous sentence is an acceptable date for the blame."),
 3: (T,T,T,T,F,T, "Bush urges Congress (USA) is right; date should be 2006-10-26, the Thursday White House signing ceremony at which he spoke, not the Friday document date."),
 4: (T,T,T,T,T,T, "Indian authorities impose a curfew on the Kashmir valley; India (IND) as the domestic target stands for the valley's population; no date for the curfew in the text, document date accepted."),
 5: (T,T,T,T,T,T, "Hinted offer to sacrifice security ministers (CAMEO 0341/035 intent to change leadership/yield maps to AGREE; CONCEDE would also be defensible), Yeltsin -> the ministers (RUS), hypothetical and undated: right."),
 6: (T,T,T,F,F,T, "Chen's resignation as DPP chairman is RETREAT resign; target 'party chairman' is the post (Chen himself), should be empty or the DPP (TWN); date should be 2008-01-12, the Saturday of the election defeat that prompted it."),
 7: (T,T,F,F,T,T, "Cutting ties is SANCTION, but the source should be Saudi Arabia (SAU) and the United Arab Emirates (ARE) and the target the Taliban authorities (AFG), who are the party cut off, not the actor."),
 8: (T,T,T,F,T,T, "A KLA man's claim that Serbia is massacring Albanians, coded as ASSAULT with attribution only (asserted under the rule; I would code it reported or as ACCUSE); target should be Kosovo's ethnic Albanians (SRB/Kosovo), not Albania (ALB)."),
 9: (T,T,F,F,T,T, "Praise is SUPPORT, but the source should be Chinese internet users (CHN civilians), not the state China, and the target the Chinese fans they praised (CHN), not empty."),
 10: (T,T,T,F,F,T, "Levy's complaints are ACCUSE; target should be empty (or Netanyahu, who kept him out), not the Palestinians and Washington, which are topics of the decisions; date: 'has complained' is a repeated background act of an earlier time, no date."),
 11: (F,F,F,F,F,F, "Spurious: 'called a referendum' means calling a vote, not a request to any party."),
 12: (T,T,T,T,T,T, "al Shabaab's claim that it carried out the hotel raid of Tuesday 2010-08-24; the sentence names no victim, so the empty target is right."),
 13: (T,T,T,T,T,T, "Arrest of more than 200 people (IRN) by unnamed authorities; a total since Friday, so no date is right; attribution to the provincial official keeps it asserted."),
 14: (T,T,T,F,T,T, "Occupation inside Kinshasa's accusation: ASSAULT (conventions), reported, ongoing so document date right; target should be DR Congo the country (COD, 'their country'), not Congo's officials."),
 15: (T,T,T,T,F,T, "Wen's call for coordination is REQUEST, no named addressee beyond the three nations including China, empty target accepted; date should be 2008-12-13, the Saturday summit and joint news conference where he spoke."),
 16: (T,T,T,T,T,T, "Putin's August 2009 visit to Sukhumi: CONSULT visit; Sukhumi stands for the Abkhaz authorities it hosts (GEO code accepted, 'person' kind wrong but not scored); 2009-08 right."),
 17: (T,T,T,T,T,T, "Baku (Azerbaijan government, AZE) accuses Armenia (ARM); no date for the accusation in the text, document date right."),
 18: (T,T,T,T,F,T, "Kinshasa officials (COD) accuse Rwanda and Uganda: right parties and type; date: 'have accused' is a background, repeated act of an earlier time, so no date, not the document date."),
 19: (T,T,T,T,F,T, "Gotovina's indictment by the Hague tribunal is ACCUSE with right parties; date: it is a background act of an earlier time (before 2001) with no date in the text, not 2004-06-18."),
 20: (T,T,T,F,T,T, "Megawati urging calm is REQUEST; target should be her supporters ('them', IDN civilians), not the Indonesian courts."),
 21: (T,T,T,T,T,T, "Berger's promise to clean up government is AGREE (CAMEO 034 intent to reform), no addressee; 2003-12-28 (Sunday) right."),
 22: (T,T,T,F,F,T, "Netanyahu's rejection is REJECT; target should be the Palestinians (PSE) whose demands he rejected, not Mitchell; date: 'has rejected' is a standing background act with no date, and 2010-03 comes from another paragraph."),
 23: (T,T,T,T,F,T, "Washington's criticism of Chen is ACCUSE with right parties; date: 'has publicly criticised' is a background act of an earlier time with no date, not the document date."),
 24: (T,T,T,T,T,T, "Gaddafi's 1998 threat to leave the league: THREATEN, 1998 right; 'a similar step' names no party, so the empty target is right; the threat itself was made (asserted)."),
 25: (T,T,T,T,T,T, "Killing of 35,000 people in Indian Kashmir (IND) by unnamed parties since 1989: a span total, so no date is right."),
 26: (T,T,T,T,F,T, "Expected Musharraf-Vajpayee meeting: CONSULT, future, right parties; date should be this week (2004-W01), which the sentence gives, not none."),
 27: (T,T,T,T,F,T, "Pakistan's rejection of a no-first-use pact: REJECT, no party named, so empty target right; date: 'has rejected' states a standing position of no given time, so no date, not the document date."),
 28: (T,T,T,T,T,T, "Levy accuses Netanyahu on Sunday 1998-01-04: all right."),
 29: (T,T,T,T,T,T, "China and ASEAN sign an agreement on Sunday 2007-01-14: SUPPORT (sign agreement), mutual parties, right."),
 30: (T,T,T,F,T,T, "Western diplomats welcoming the statement is SUPPORT; target should be Ukraine (UKR), whose statement they welcomed and which the sentence names."),
 31: (F,F,F,F,F,F, "Spurious: 'Kim's first political test' is a figurative test, not a weapons test."),
 32: (T,T,T,T,T,T, "Hasina and Vajpayee's talks (CONSULT) coded as Bangladesh and India, mutual; 1999-06-19 right."),
 33: (T,T,T,T,T,T, "Chavez (VEN) accuses Washington (USA); no date for the accusation in the text, document date right."),
 34: (T,T,T,T,F,T, "Bush pledges to work with Democrats: AGREE, right parties; date should be 2000-12-13, Wednesday night, an hour after Gore's concession, not none."),
 35: (T,T,T,F,T,T, "US pressing for UN sanctions is REQUEST, ongoing, so document date right; target should be the UN Security Council (UNO) whose sanctions are sought (or Iran), not the IAEA, which the sentence does not name."),
 36: (T,T,T,F,F,T, "Kaunda thanking his supporters is SUPPORT; target should be the people of Zambia and Africa (ZMB civilians), not the Zambian state that held him; date should be 1998-06-01, the Monday of his release when he spoke."),
 37: (T,T,T,F,T,T, "Washington and Tokyo welcome the pledge: SUPPORT; target should be the new president Kim Dae-jung (KOR), not Chun Doo-hwan."),
 38: (T,T,T,F,T,T, "Bombing of civilian areas on Sunday 2007-12-16, passive with no agent, so the empty source is right; target should be the civilians of northern Iraq (IRQ) named as 'civilian areas', not empty."),
 39: (T,T,F,T,T,T, "Seeking information from the Venezuelan government is REQUEST; source should be officials of Verizon and AES (US-based companies, USA or no code), not Venezuelan government officials."),
 40: (T,T,T,T,T,T, "June 2000 inter-Korean summit: CONSULT Kim Dae-jung (KOR) - Kim Jong Il (PRK), 2000-06 right."),
 41: (T,T,T,F,F,T, "US refusal to join is REJECT; target should be the ICC ('the court', 'which'), not empty; date: 'has refused' is a background act with no date, not the document date."),
 42: (F,F,F,F,F,F, "Spurious: the sentence says the decision does not approve new settlements, an administrative scope note with no act between political actors; settlements are not a party."),
 43: (T,T,T,T,T,T, "Joint pledge of the leaders to fight the currency crisis: AGREE, reciprocal so no target; 1997-12-16 right."),
 44: (T,T,F,F,T,F, "Abduction is ASSAULT with no date (right); source should be North Korean agents (PRK), not Kono, and the target the Japanese citizens (JPN); modality should be reported ('believed to have been abducted', raised as a claim)."),
 45: (T,T,T,T,T,T, "North Korea's October 2006 nuclear test: MOBILIZE (test weapons), 2006-10 right."),
 46: (T,T,T,T,T,T, "Gaddafi's repeated threats to leave the Arab League: THREATEN, LBY -> Arab League, repeated background so no date is right."),
 47: (T,T,T,T,T,T, "Syrian officials complain (ACCUSE); 'the plan' names no party, so the empty target is right; no date in the text, document date right."),
 48: (T,T,T,T,T,T, "Security Council approval of the UN-AU force: SUPPORT (approve action; AGREE for intent to provide peacekeeping would also fit), July 2007 right, no target named."),
 49: (T,T,F,T,T,T, "Withdrawal from Jezzine is RETREAT, last week (1999-W22) right; source should be the Israeli-allied militia (South Lebanon Army, LBN) alone: Israel is only its ally and did not withdraw."),
 50: (T,T,T,T,T,T, "Iraqi lawmakers demand the ministers appear: REQUEST, IRQ -> IRQ ministers; dateline day 2009-10-25 right."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == [i['n'] for i in items]
with open('events-c.jsonl', 'w') as out:
    for it in items:
        e, ty, s, t, d, m, why = V[it['n']]
        if not e:
            ty = s = t = d = m = False
        v = {"event": e, "type": ty, "source": s, "target": t, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h62-x244-04",
  "coder_events": [
    "SANCTION: North Korea (PRK) -> United States (USA), called off the missile talks due to open in New York, 1997-08-27",
    "ACCUSE: North Korea (PRK) -> United States government (USA), accused Washington of kidnapping its ambassador to Egypt, 1997-08-27",
    "ASSAULT (reported, inside the accusation): United States government (USA) -> North Korean ambassador to Egypt (PRK), kidnapping, 1997-08-27"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "All three acts found with the right types; the ambassador's defection is not a PLOVER act."},
 {"doc": "h62-x243-22",
  "coder_events": [
    "ASSAULT: Indian police and troops (IND) -> Muslim protesters (IND), opened fire, killing at least five including a separatist leader, 2008-08-11",
    "PROTEST: Muslim protesters (IND) -> India (IND), march towards the Pakistani side of Kashmir, 2008-08-11"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both types found; the ASSAULT (killing) has the protesters as source instead of the Indian police and troops, and the PROTEST has Pakistan as target (should be India or empty): wrong arguments, not spurious."},
 {"doc": "h62-x244-15",
  "coder_events": [
    "ACCUSE: Japan (JPN) -> China (CHN), lodged a protest, 2004-08-08",
    "PROTEST (riot): Chinese football fans (CHN) -> Japan / the Japanese team (JPN), burned flags, hurled bottles, besieged the team bus, 2004-08-07 (Saturday night)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found; the fans' PROTEST is coded demo with country JPN (should be CHN) and the document date (should be Saturday night, 2004-08-07)."},
 {"doc": "h62-x241-08",
  "coder_events": [
    "REJECT: China (CHN) -> United Nations Security Council (UNO), vetoed the extension of the UN preventive force in Macedonia, 1999-02-25",
    "SUPPORT: Macedonia (MKD) -> Taiwan (TWN), established diplomatic relations, less than a month earlier (late January 1999)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The veto is found; the background recognition of Taiwan by Skopje is missed."},
 {"doc": "h62-x244-20",
  "coder_events": [
    "COERCE (seize, future): Venezuela / Hugo Chavez (VEN) -> the largest telephone company and the electricity sector (VEN business), announced nationalisation, 2007-01-08",
    "REQUEST (future): Hugo Chavez (VEN) -> (National Assembly, not named in the paragraph), would seek the power to rule by decree, 2007-01-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline found no event in this paragraph; the nationalisation announcement is the story's main act. The decree-powers request is borderline (a stated future request)."},
 {"doc": "h62-x242-17",
  "coder_events": [
    "MOBILIZE (police): Iranian security forces (IRN), patrolled the streets of Ahvaz, 2005-04-18",
    "PROTEST (riot): members of Iran's Arab minority (IRN) -> Iran (IRN), three days of rioting over a letter on changing Khuzestan's ethnic make-up, 2005-04-15 to 2005-04-17"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The patrols are found (MOBILIZE, mode troops rather than police); the three days of rioting are missed."},
]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], p['doc']
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
