"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the verdicts judged by hand below.
Each verdict: n -> (event, type, source, target, date, modality, reasons). Run from round122/."""
import json

T, F = True, False
V = {
 1: (F, F, F, F, F, F, "Spurious: the deployment of the monitoring force has not happened (it 'has been held up') and no deploying party is named; at most a negated MOBILIZE with no actors, not an asserted one."),
 2: (T, T, T, T, T, T, "Kobakhidze saying the EU ambassador Herczynski should condemn the violence is a REQUEST; the statement was made Sunday, the document date."),
 3: (T, T, T, F, T, T, "REQUEST by the co-chairs (US, EU, Japan, Norway) is right, but the target should be both sides, the Sri Lankan government (LKA) and the Tamil Tigers (LKA); Switzerland is not a party and the government is missing."),
 4: (F, F, F, F, F, F, "Spurious: Obama's visit being called off twice this year because of domestic US crises is scheduling, not a reduction of relations with Indonesia; no PLOVER act and no actors."),
 5: (T, T, T, T, T, T, "Bahraini officials accuse the opposition of serving Iran: ACCUSE, BHR -> Bahraini opposition; present-tense ongoing claim takes the document date."),
 6: (T, T, T, T, T, T, "Lithuania accusing Lukashenko on Wednesday (2021-07-07): ACCUSE, all fields right."),
 7: (T, T, T, T, T, T, "Quiroga's promise at his swearing-in on Tuesday (2001-08-07) to press on with the US-backed coca campaign is a promise of cooperation (AGREE); no addressee named, so the empty target is right. Borderline as a domestic policy pledge."),
 8: (T, T, T, T, T, T, "Critics in Dhaka (BGD) accuse Hasina (BGD): ACCUSE, ongoing criticism at the document date."),
 9: (T, T, T, T, T, T, "Putin suspending New START with the United States 'last month' (2023-02): SANCTION withdraw, all fields right."),
 10: (T, T, T, T, T, T, "Komorowski congratulating 'his rival' (Duda, POL) is SUPPORT; the description with POL counts as Duda; no date in the text, reported as this news, so the document date is right."),
 11: (T, T, T, T, T, T, "Nauseda calling on EU partners to treat the issue as a common threat: REQUEST, LTU -> EU (EUR); document date."),
 12: (T, T, T, T, F, T, "UN panel accusing the presidents of Togo and Burkina Faso is ACCUSE, parties and codes right; but the report was made public on Friday, so the date should be 2000-03-10, not the Saturday document date."),
 13: (T, T, T, T, T, T, "US congratulating Taiwan on the election: SUPPORT USA -> TWN, document date."),
 14: (T, T, T, T, T, T, "The Sahel juntas expelling French troops is SANCTION expel; source 'juntas' coded MLI covers only one of the three (MLI, BFA, NER) but is one of the expelling parties, accepted; undated background act with no date is right."),
 15: (T, T, T, T, T, T, "Iohannis calling off a planned visit to Kiev over the language law is a reduction of relations (SANCTION) ROU -> UKR; no date in text, document date; asserted with Romanian media as reporter."),
 16: (T, T, T, T, T, T, "Vilnius asking Frontex to send officers and equipment: REQUEST LTU -> Frontex, coded as the EU (EUR), accepted since Frontex is the EU's agency; document date."),
 17: (F, F, F, F, F, F, "Spurious: Machar's 'We have not given up' is not a concession (CONCEDE) negated, just a statement that mediation goes on; the source 'Southern' is also garbage."),
 18: (T, T, T, F, T, T, "Suicide bus bombing on Monday morning is ASSAULT by a Palestinian bomber (PSE); the target should be the bus passengers (Israeli civilians, ISR), not the Israeli government, which the text does not name as attacked."),
 19: (F, F, F, F, F, F, "Spurious by the trigger rule: 'pressing' the city of Lysychansk is military pressure, not a REQUEST; the act there is an ASSAULT by Russian forces (RUS) on Lysychansk (UKR) at the document date, which dateline did not code."),
 20: (T, T, T, T, F, T, "Bush flying on to Thailand for the APEC summit is CONSULT visit USA -> THA; but the eight-hour Manila visit was on Saturday, so he flew on 2003-10-18, not the Sunday document date."),
 21: (T, T, F, T, F, T, "Poplasen campaigning against 'foreign dictation' is ACCUSE disapprove with no named target; but he is a Bosnian Serb (source country BIH, not SRB), and the campaign was before the 12-13 September election, so the document date is wrong (no date, or 1998-09)."),
 22: (T, T, T, T, T, T, "US praising Banzer's record: SUPPORT USA -> Banzer (BOL), document date."),
 23: (T, T, T, F, T, T, "European Commission and European governments welcoming the verdict is SUPPORT; the target should be the Athens court / Greece (GRC) only; the Brussels spokesman (BEL) is the source's speaker, not a target."),
 24: (T, T, T, T, T, T, "Algerian state media (DZA) accusing Retailleau (FRA) of sabotage: ACCUSE, document date."),
 25: (T, T, T, T, T, T, "Saddam (IRQ) saying he does not recognise 'this so-called court' (the Iraqi tribunal, IRQ) on Wednesday; negated SUPPORT (recognition) accepted by the convention's 'REJECT asserted or X negated' rule, though I would code REJECT."),
 26: (T, T, T, T, F, T, "EU leaders moving to ban Belarusian airlines is a sanction (CAMEO 163, COERCE in CAMEO2PLOVER, accepted), EUR -> BLR airlines; but it came days after Lukashenko's May remarks, so the date should be 2021-05, not the July document date."),
 27: (T, T, T, T, T, T, "Chinese state media hailing Meng's return: SUPPORT CHN media -> Meng (CHN), Saturday document date."),
 28: (T, T, T, T, T, T, "King Abdullah calling for an end to Arab divisions at the Kuwait summit in January 2009: REQUEST with no named addressee, date 2009-01 right, asserted with Saudi officials reporting."),
 29: (T, T, T, T, T, T, "Critics accuse Wade (SEN): ACCUSE; the critics' country is not given, so the empty code is right; ongoing, document date."),
 30: (T, T, F, F, F, T, "Summoning the ambassador is ACCUSE (official complaint); but the source should be Kuwait's foreign ministry (KWT, the sentence's 'It'), the target the Iranian ambassador (IRN, not KWT), and the date 2017-07-20, the Thursday of the decision he was informed of (or the document date), not none."),
 31: (T, T, T, T, T, T, "Washington (USA) blames the Lockerbie bombing on Libyan agents (LBY): ACCUSE, ongoing, document date."),
 32: (T, T, T, T, T, T, "Yemen's opposition parties complaining of vote-rigging on Tuesday (2003-04-29): ACCUSE, no accused party named, empty target right."),
 33: (T, T, T, T, F, T, "Hezbollah seizing three Israeli soldiers is ASSAULT abduct, parties right; but it was a week before the Sunday (2000-10-15) statement, i.e. about 2000-10-08 (ISO week 2000-W40), not week 41."),
 34: (T, T, T, T, T, T, "MDP (MDV) welcoming the parliament's vote: SUPPORT; no party named as target in the sentence, empty is right; document date."),
 35: (T, T, T, F, T, T, "70,000 killed in the 1998-2000 Ethiopia-Eritrea war is an ASSAULT total with no date (right); but the dead were of both countries, so the target's country should be empty, not ERI."),
 36: (T, T, T, T, F, T, "Msiska ('He', ZMB) urging Zambians to remain calm is REQUEST; but his televised address was the government's Wednesday announcement, so the date should be 2014-10-29, not 2014-10-28 (the Tuesday of Sata's death)."),
 37: (T, T, T, T, T, T, "Opposition activists planning to meet ElBaradei in the coming days: CONSULT future, EGY -> EGY, no date right."),
 38: (T, T, T, T, T, T, "Barrot (FRA) had urged Algeria (DZA) to reverse its decision: REQUEST; the text gives no date (between Monday and Tuesday), so no date is accepted."),
 39: (T, T, T, T, T, T, "Russian foreign ministry summoning the Dutch ambassador on Sunday (2013-10-06): ACCUSE complaint, all right."),
 40: (T, T, T, T, F, T, "Arab leaders expressing support for Libya's unity government (LBY) is SUPPORT; but the declaration came at the summit that ended on Monday, so the date should be 2016-07-25, not the Tuesday document date."),
 41: (T, T, T, T, T, T, "Russian troops (RUS) launching the assault on Kyiv (Ukraine, UKR) in February 2022: ASSAULT, all right."),
 42: (T, T, F, F, T, T, "Historians criticising the speech is ACCUSE; but the historians' country is not given (empty, not USA), and the target is the speech's author Bush (USA), not the Filipino independence fighters, who are the victims of the war mentioned."),
 43: (T, F, T, F, T, T, "Colombian forces' cross-border raid on a guerrilla camp is a military attack (ASSAULT), not a police raid (COERCE seize); the guerrillas' country is not Ecuador (the camp was on Ecuadorean soil), so the target code should be empty (or COL); date 2008-03 right."),
 44: (T, T, T, T, F, T, "Kim Hyun-chul (the 'first child', KOR) being jailed is COERCE arrest with no jailer named; but he was arrested and taken to the detention centre on Saturday, so the date should be 1997-05-17, not the Sunday document date."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 44 and len(V) == 44
with open('events-a.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h38-x146-12",
  "coder_events": ["CONSULT: King Abdullah (SAU) -> Bashar al-Assad (SYR), talks in Damascus (his first visit to Syria as king), 2009-10-07/08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's CONSULT Abdullah -> Assad, 2009-10-07, is the act; the visit and the talks are one act."},
 {"doc": "h38-x147-09",
  "coder_events": ["ACCUSE: Meles Zenawi (ETH) -> Eritrea-Ethiopia Boundary Commission (no code), called its Badme decision 'totally illegal, unjust and irresponsible', 2003-09-19 letter (document date 2003-10-02 from the paragraph alone)",
                   "REQUEST: Meles Zenawi (ETH) -> UN Security Council (UNO), asked it to set up an alternative mechanism, same date"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the REQUEST; it missed the criticism of the commission's decision (ACCUSE)."},
 {"doc": "h38-x148-11",
  "coder_events": ["RETREAT (disarm): North Korea (PRK), demolished the Yongbyon cooling tower to show it is giving up its nuclear programme, 2008-06-27",
                   "COOPERATE (share information): North Korea (PRK) -> six-party partners (China per a later paragraph; none named here), handed over its nuclear declaration, 2008-06-26"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the demolition as ASSAULT explosives: an act is there (the demolition) so it is not spurious, but the type is wrong (a disarmament step, RETREAT). The declaration handed over was missed."},
 {"doc": "h38-x148-02",
  "coder_events": ["CONCEDE: Paul Keating (AUS) -> John Howard's coalition (AUS), conceded defeat, 1996-03-02",
                   "RETREAT (resign, future): Paul Keating (AUS), announced he would step down as Labor leader, 1996-03-02 announcement"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's RETREAT resign future for the step-down counts (the conventions code 'is to step down' as future); the conceded defeat was missed. The election win itself is not a PLOVER act."},
 {"doc": "h38-x148-16",
  "coder_events": ["CONSULT: Argentina (ARG) <-> group of U.S. hedge funds (USA), last-ditch talks in New York that collapsed, 2014-07-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The default itself and S&P's rating ('selective default') are economic, not political acts between actors; the failed talks are the one codable act. Dateline coded nothing in this paragraph."},
 {"doc": "h38-x146-08",
  "coder_events": ["ACCUSE (allege): Jordanian state television (JOR) -> men of an al Qaeda-linked cell (no code), broadcast their confessions to plotting an attack on the Amman intelligence headquarters, 2004-04-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The foiled plot is not an ASSAULT (it never happened); the broadcast of confessions presented as evidence is the act. Dateline coded nothing in this paragraph."},
]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], p['doc']
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
