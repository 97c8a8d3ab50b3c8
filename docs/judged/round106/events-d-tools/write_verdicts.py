"""Write events-d.jsonl from the judge's verdicts (judge d, round 106).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks event false (all fields false)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: (['date'], "Boni Yayi's congratulation of the winner (Talon, BEN) is right in type, source and target, but the text gives it no date; 2016-03-20 is carried over from Zinsou's Sunday-night call two sentences back. Date should be the report date (2016-03-21 dateline / 2016-03-22 document date)."),
 2: ('SPURIOUS', "Not an event: the IOC president's scheduled end of tenure in a when-clause about his successor is no PLOVER act between political actors (RETREAT resign is a government official's resignation). Had it been coded, the source should be Samaranch (not 'Spain'), the modality future and the date not 2001-07-13."),
 3: ([], "Hamas-led gunmen (PSE) attacking southern Israel (ISR) on 2023-10-07 is right; the extra source fragment 'led gunmen' is the same party."),
 4: ([], "France urging all sides in Togo (TGO) to show restraint: right in all fields; the date is the dateline day."),
 5: ([], "Hamas condemning the (U.S.) strikes is ACCUSE; the sentence names no target party, so the empty target is right by the sentence rule (a coder would code USA). Date is the document date."),
 6: (['date'], "Bukele pressing lawmakers (SLV) is right in type and arguments, but the act took place when he walked into the assembly 'on Sunday': date should be 2020-02-09, not the document date 2020-02-10."),
 7: ([], "EU welcoming the Serbian vote is SUPPORT; 'the vote' is an act, not a party, so the empty target is right by the sentence rule; document date is right."),
 8: ([], "Police (BDI) blaming the grenade attacks on opposition supporters (BDI) is ACCUSE allege; undated in the text, so the document date is right."),
 9: ([], "Brussels (EU) suspending most aid to Togo in 1993 is SANCTION with its own date 1993; right in all fields."),
 10: (['source'], "ACCUSE is right and the empty target is right ('it' is the declaration, not a party), but the source's country should be Bosnia (BIH): Srebrenica survivors' groups in the paragraph on 'reaction in Bosnia', not an uncoded legislative group."),
 11: ([], "Saudi officials (SAU) pressing Moscow (RUS) to curb Iran's role is REQUEST; an ongoing act ('have been pressing') takes the document date."),
 12: ('SPURIOUS', "Not an event: 'people who had not yet been charged' describes the pardoned people's status inside the legal experts' question; no charge was made. The sentence's act is the experts questioning the president's power."),
 13: (['target'], "Washington voicing disappointment is ACCUSE from the USA, but the sentence names Egypt and the disappointment is at Egypt's referendum: target should be Egypt / its government (EGY), not empty."),
 14: (['date'], "PROTEST riot by Bolivian protesters against government buildings (the state, BOL) is right, but the arson happened in the two days of rioting that began 'on Wednesday': date should be 2003-02-12 (Wednesday, 12-13 Feb), not the document date 2003-02-14."),
 15: ([], "Guinea-Bissau soldiers deployed on Monday 2023-12-04 around parliament: MOBILIZE, right in all fields."),
 16: (['target'], "Barak's promise to pull troops out of south Lebanon is CONCEDE (promise to withdraw), but the target should be Lebanon (LBN), not Israel's own troops. The standing pledge ('has promised') takes the document date."),
 17: ([], "Beijing (CHN) accusing Chen Shui-bian (TWN) is ACCUSE allege; an undated standing accusation ('has accused') takes the document date."),
 18: ([], "Chakwera conceding to Mutharika (MWI) 'hours earlier' than the Wednesday announcement, 2025-09-24: right in all fields."),
 19: (['target'], "Letsie III abdicating and handing the crown back is a RETREAT from Letsie (LSO), but the sentence names the recipient: target should be Moshoeshoe II (LSO), not empty."),
 20: (['target'], "The opposition accused 'the government' of rigging the vote: target should be the Pakistani government (PAK), not the United States government."),
 21: (['source'], "Clinton and Jiang discussing China's WTO bid is CONSULT, but 'leaders' left uncoded is wrong: source should be Clinton (USA) with Jiang/China (CHN) as the other party (the target China is acceptable)."),
 22: (['date'], "The killing of about 1,200 Lebanese (LBN) in the Hezbollah-Israel war is a total from the 34-day war that ended in August (July-August 2006): it should be undated or 2006-07/08, not 2006-11-11. The empty source is right (no agent in the sentence)."),
 23: ([], "Zambian police (ZMB) arresting Kenneth Kaunda (ZMB) on Christmas Day 1997-12-25: right in all fields."),
 24: (['target'], "Ivanov's pardons halting the cases are a RETREAT-type concession by Ivanov (MKD) on Tuesday 2016-04-12, but the sentence names the beneficiaries: target should be the 56 people, among them Gruevski and Zaev (MKD), not empty."),
 25: ([], "ECOWAS having asked Niamey (NER) to postpone the election: REQUEST, undated background act with no date; right in all fields."),
 26: ([], "Rights groups (no country) criticising the arrests, with 'the authorities' named in the sentence: target Malaysian police (MYS) is right; document date right."),
 27: (['target'], "Qatar giving assurances is AGREE and the undated value is right, but the sentence refers to the parties assured: target should be Qatar's neighbours, Saudi Arabia, the UAE and Bahrain (SAU/ARE/BHR), not empty."),
 28: (['target'], "Zinsou telephoning on Sunday night (2016-03-20) is CONSULT phone, but the sentence names the person called: target should be Patrice Talon (BEN), not empty."),
 29: (['target'], "The U.S./British proposal of a Netherlands trial is an offer (AGREE) on Monday 1998-08-24, but it is made to Libya about its two nationals named in the sentence: target should be Libya (LBY), not empty."),
 30: ([], "African Union praising the conduct of the Seychelles vote is SUPPORT; 'the conduct of the vote' names no party, so the empty target is right; date right."),
 31: ('SPURIOUS', "Duplicate: the same sentence's e4 already codes Iran's foreign ministry (IRN) accusing Britain by summoning its ambassador (ACCUSE); 'accusing London of interfering' is the content of that one act, coded a second time."),
 32: ([], "Bomb killing at least 20 at a Bangkok shrine on Monday evening 2015-08-17, unknown source: ASSAULT right; the victims in the Thai capital coded THA is acceptable (many were foreign tourists, so an empty code would also do)."),
 33: ([], "China (CHN) saying it is ready to open a new chapter of relations with Nauru (NRU) is AGREE; undated reaction takes the document date."),
 34: ([], "The Comoros government imposing a curfew on Wednesday 2024-01-17: COERCE curfew, right in all fields."),
 35: (['date'], "Ankara accusing Athens of backing terrorism is ACCUSE TUR -> GRC, but the text dates it to the Ocalan affair 'in February': date should be 1999-02, not the document date."),
 36: ([], "NATO leaders (an international body, empty code right) encouraging Georgia and Ukraine to press on with reforms: REQUEST, right in all fields."),
 37: ([], "Lee Myung-bak's government (KOR) welcoming the U.S. decision is SUPPORT; no party is named, so the empty target is right; document date right."),
 38: (['target'], "The U.S. backing the vote is SUPPORT, but the sentence names Kosovo ('Kosovo's sovereign right'): target should be Kosovo / its parliament (XKX), not empty."),
 39: ([], "U.S. sanctions on Maduro (VEN) are SANCTION (CAMEO2PLOVER maps CAMEO 163 to COERCE, but PLOVER's SANCTION covers them); undated background, no date, right."),
 40: (['type'], "Baghdad saying it opposed any violation of its sovereignty is a statement of disapproval of the Turkish incursion, not the refusal of a request: type should be ACCUSE (disapprove), not REJECT. Source, empty target, date and modality are right."),
 41: ([], "Jammeh seizing power in a 1994 coup: military takeover coded ASSAULT (the seizure rule), source GMB, date 1994; right in all fields."),
 42: ([], "Maduro saying Venezuela would not accept lessons is a refusal: REJECT asserted, or as coded the accepting negated (the convention's 'refused to withdraw' reading); source Venezuela, empty target (no party in the sentence) and document date are right."),
 43: (['target'], "India welcoming the outcome is SUPPORT, but the sentence names Nepal and the new government in Kathmandu: target should be Nepal (NPL), not empty."),
 44: (['target'], "The February 2022 assault on the government palace is ASSAULT with an unknown source and date 2022-02, but the sentence names who survived it: target should be Embalo / the Guinea-Bissau government (GNB), not empty."),
 45: ([], "Clinton (USA) and Jiang (CHN) meeting on Sunday 1996-11-24: mutual CONSULT, right in all fields."),
 46: ([], "Gonzalez (ECU) congratulating her rival Noboa (ECU): SUPPORT, undated, document date right."),
 47: ('SPURIOUS', "Not an event: Assange 'agreeing in 2010 to help Manning crack a password' is the alleged crime inside the indictment, not an AGREE between political actors; and the source Lenin Moreno is not in the act (it would be Assange). The sentence's event is the U.S. indictment (ACCUSE)."),
 48: ([], "Britain (GBR) calling for restraint: REQUEST, no target party named, document date; right in all fields."),
 49: (['target'], "The eight people killed in the Israeli raids on Lebanon are in Lebanon: target's country should be Lebanon (LBN), not Israel (ISR). Empty source (no agent in the sentence) and date are right."),
 50: ([], "Malaysian police detaining dozens of people (MYS) 'this month', 2011-07: COERCE arrest, right in all fields."),
}

out = []
for l in open('events-d-items.jsonl'):
    d = json.loads(l)
    wrong, reason = V[d['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    d['verdict'] = v
    d['reasons'] = reason
    out.append(d)
with open('events-d.jsonl', 'w') as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out))
