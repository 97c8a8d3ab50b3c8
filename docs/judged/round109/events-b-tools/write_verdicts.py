# Writes events-b.jsonl and paragraphs-b-verdicts.jsonl from the verdicts below (judge b, round 109).
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (set of wrong fields, or 'SPURIOUS'), reasons
V = {
 1: ([], "Bosnia's parliament (BIH) rejected the reform package on Wednesday 2006-04-26; no party is named as the one whose proposal was rejected, so the empty target is right by the rules."),
 2: (['type'], "A promise to make ending the civil war his first priority is AGREE (express willingness to end a conflict), not THREATEN violence; Kabbah (SLE), empty target, the document date for the standing pledge and asserted are right."),
 3: ([], "Nasrallah (Hezbollah, LBN) warned that Israeli raids could draw a reaction: THREATEN toward Israel; the text only says 'days' before the strike, so no date is right."),
 4: ([], "Torrijos (PAN) conceded defeat late on Sunday 1999-05-02: CONCEDE (yield); Moscoso is not named in the sentence, so the empty target is right."),
 5: (['date'], "Biden's visit to Kyiv (CONSULT, host Ukraine) is right, but Putin's Tuesday 2023-02-21 speech came 'a day after' the visit, so the date should be 2023-02-20, not the document date 2023-02-22."),
 6: (['source'], "The army that reinforced the border units is the Israeli army (ISR) reported by Israeli media, not a Lebanese army (LBN); type, targets Lebanon and Syria, document date and asserted are right."),
 7: (['source', 'target'], "Source should be the paramilitary border guards / Bangladeshi security forces (BGD), named in the sentence; the security tightening is aimed at no one named, so the target should be empty, not Pakistan."),
 8: ([], "Lebanon hosting Syrian refugees is ongoing asylum (AID, CAMEO 075) with the document date; borderline as an event since it is a standing fact, accepted as an ongoing act."),
 9: (['source', 'target'], "'It was his second arrest of the week': Tsvangirai (ZWE) is the one arrested, so he is the target, not the source; the arrester is not named in the sentence, so the source should be empty. The week date is right."),
10: (['target', 'date'], "Barak's concessions at Camp David were offered to Palestinian leader Yasser Arafat (PSE), named in the sentence, so the target should be Arafat; the text dates them to the summer (Camp David, July 2000), so the date should be summer/July 2000 (at least 2000), not unknown."),
11: (['date'], "Gbagbo and Soro signing the peace accord is SUPPORT (sign agreement), mutual; but the text gives the signing date (next sentence: 'signed on Sunday'), so the date should be 2007-03-04, not the document date 2007-03-05."),
12: (['target', 'date'], "Washington's opposition was told to Netanyahu's aides and aimed at Israeli steps, so the target should be Netanyahu's aides / the Israeli government (ISR), not empty; 'had told' is before the Tuesday 2023-01-03 visit, so the date is earlier than the document date (should be unknown/before 2023-01-03)."),
13: ([], "The policemen (Nigerian police, NGA) were abducted in early November 1999 by unnamed attackers: ASSAULT abduct, empty source, month date 1999-11 right."),
14: ([], "Summoning the top U.S. diplomat is an official protest (ACCUSE, CAMEO 114) by Brazil's Foreign Ministry (BRA) against the U.S. diplomat (USA); no date in the text, so the document date is right."),
15: ([], "Blinken (USA) called Russia's decision irresponsible: ACCUSE disapprove; the sentence names no party (only 'the decision'), so the empty target is right by the rules (Russia would also be right)."),
16: ([], "The king (Mohammed VI, MAR) expressed displeasure: ACCUSE disapprove; the sentence names no target, so empty is right; Tuesday 2017-10-24 is right. (reported_by should be the palace, not the Court of Auditors; not scored.)"),
17: (['target'], "The State Department urged 'the government' to release those detained: that is the Zimbabwean government (ZWE), not the United States government."),
18: ([], "The FIS (DZA) was banned in 1992 by an unnamed authority: COERCE ban, empty source and year 1992 are right."),
19: ([], "Hollande's promise to withdraw French troops from Afghanistan is CONCEDE (promise to withdraw from territory) with Afghanistan as target; standing campaign pledge with the document date accepted."),
20: ([], "Duterte (PHL) called for closer ties with Beijing: REQUEST (request for diplomatic relations) toward China; the text gives no date for it, so no date is right."),
21: (['source'], "The PPP here is Indonesia's United Development Party, so the senior PPP official is Indonesian (IDN), not Pakistani (PAK); 'will not accept these figures' coded AGREE negated is accepted as the equivalent of a REJECT, by analogy with the 'refused to withdraw' rule."),
22: (['target'], "Putin (RUS) hosting the world leaders is CONSULT, but the world leaders are foreign leaders of many countries (Bush, Chirac, Schroeder ...), so the target's country code should be empty, not RUS."),
23: (['type', 'source'], "Protesters gathering to denounce NAFTA and U.S. policy is a PROTEST (demo), not ACCUSE (PLOVER excludes protests from ACCUSE); the protesters are in towns near Fox's ranch in Mexico, so their country is MEX, not empty. Target United States is right."),
24: ([], "Serbian opposition parties (SRB) condemned the deal: ACCUSE disapprove; the sentence names no party, so the empty target is right."),
25: (['target'], "Erbakan's promise of 'closer ties with Muslim countries' is AGREE toward the Muslim countries named in the sentence (no country code), so the target should be Muslim countries, not empty; no date for the programme in the text, so unknown is right."),
26: (['target'], "The Chinese people welcomed the Japanese leaders' apologies: the target should be the Japanese leaders / Japan (JPN), named in the sentence, not empty; source China, Thursday 2007-04-12 and asserted are right."),
27: (['target'], "The Republican lawmakers criticised Trump's decision to let U.S. firms keep selling to Huawei, so the target should be Trump / the U.S. administration (USA) or empty, not Huawei."),
28: ([], "Act inside Israel's accusation: Karmi (PSE) killing Israelis (ISR), ASSAULT, modality reported; several killings over time, so no date is right."),
29: ([], "Zelenskiy (UKR) met Trump (USA) on Wednesday 2025-06-25: CONSULT, all right."),
30: (['date'], "Gutierrez's pledge to respect democratic institutions is AGREE; but it was made in his victory speech on election Sunday ('Today the people have defeated the corrupt'), so the date should be 2002-11-24, not 2002-11-25."),
31: (['source'], "The gunmen are the EPR, the Mexican guerrilla group of the previous sentences, attacking in a Mexican town, so their country is MEX, not empty; target police (MEX, also a navy post), Wednesday 1996-08-28 and asserted are right."),
32: ([], "Pakistan-based militant groups (PAK) accused Indian security agencies (India, IND): ACCUSE, document date right."),
33: (['source'], "'the group's October 7 attack on southern Israel': the group is Hamas (PSE), not Hezbollah; type, target Israel, date 2023-10-07 and asserted are right."),
34: ([], "Biden (USA) praised the G7 meeting: SUPPORT; no party named as target, so empty is right; Sunday 2021-06-13 right."),
35: ([], "Trump and Xi agreed on Saturday 2019-06-29 to restart trade talks: mutual AGREE, all right."),
36: ([], "'the first visit to Ankara by a Greek foreign minister' refers to Papandreou (GRC), hosted by Turkey: CONSULT visit on Thursday 2000-01-20, all right."),
37: ([], "The State Department (USA) urged the Eswatini authorities (SWZ): REQUEST; no date in the text, document date right."),
38: (['source'], "'criticised in Brussels' means by the EU (Brussels), so the source should be the European Union, not empty; target Serbia and the document date for an ongoing criticism are right."),
39: (['date'], "U.S. forces (USA) detaining Libi (LBY) is COERCE arrest, but the capture took place on Saturday (story lede: captured 'in a raid in Tripoli on Saturday'), so the date should be 2013-10-05, not the document date 2013-10-06."),
40: (['date'], "Sept. 28 is the date of the blast, not of the detention; Adeeb was detained on Saturday, so the date should be 2015-10-24."),
41: ([], "Nasheed's (MDV) resignation in 2012: RETREAT resign, year 2012, all right."),
42: ([], "Obama (USA) offering Iran (IRN) a 'new beginning' is AGREE; standing offer with the document date accepted (the text gives no time for it)."),
43: ([], "Protesters in the City of London (GBR) with no aim named in the sentence: PROTEST toward the United Kingdom is right by the crowd-protest rule; week 2009-W14 ('this week') right."),
44: (['target'], "Mugabe blames 'Western sanctions': the target should be the Western countries (the West, no code), named in the sentence, not empty."),
45: (['date'], "Opposition politicians (SGP) sued into bankruptcy under Lee is a background act of Lee's rule (decades earlier), so it should have no date, not the document date 2015-03-23; empty source is right (not named in the sentence)."),
46: ([], "Russia (RUS) suspending its participation in New START with the United States is SANCTION withdraw, Tuesday 2023-02-21, all right."),
47: (['source'], "It was Estrada's allies (pro-Estrada House members, PHL) who accused Villar, not Estrada himself; target Villar, Monday 2000-11-13 and asserted are right."),
48: ([], "Russia and Estonia expected to sign a border treaty later this month: SUPPORT, mutual, month 2005-05, future; all right."),
49: (['target'], "The more than 300 killed in the uprising are people, mostly Palestinians (PSE); the Likud lawmakers have nothing to do with it. The empty source and no date (a total since late September) are right."),
50: ([], "The UN refugee agency (UNO) urged Uganda and Sudan to keep the border open: REQUEST, document date right."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h32-x124-23", "coder_events": [
   "REQUEST: UN General Assembly (UNO) -> Russia (RUS), demand to stop the war in Ukraine and withdraw troops, 2022-03-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The war/invasion is the content of the demand and background ('a week into the invasion'), not coded separately; 'rebuke' is the same act as the demand."},
 {"doc": "h32-x123-08", "coder_events": [
   "COERCE: Zimbabwean police (ZWE) -> Morgan Tsvangirai (ZWE), arrest, 2003-06-06",
   "ACCUSE: Zimbabwean police (ZWE) -> Morgan Tsvangirai (ZWE), charged with treason / accused of trying to topple Mugabe, 2003-06-06"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "'charged' and 'accusing' are one act. The week of MDC protests inside the accusation could be a reported PROTEST; not counted."},
 {"doc": "h32-x123-01", "coder_events": [
   "SANCTION: Uganda (UGA) -> Sudan (SDN), severed diplomatic relations, 1995-04-24",
   "ACCUSE: Uganda (UGA) -> Sudan's Islamist government in Khartoum (SDN), accused of arming and sheltering the rebels, 1995-04-24",
   "AID: Sudanese government (SDN) -> rebels (UGA), arming and sheltering (reported, inside the accusation), no date",
   "ASSAULT: rebels (UGA) -> villagers in northern Uganda (UGA), slaughtered scores, last week (week before 1995-04-24)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "dateline's ACCUSE has the right type but gives the Khartoum government the code UGA instead of SDN. The reported AID and the massacre were not found."},
 {"doc": "h32-x124-17", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A re-election result is not a PLOVER event between actors; nothing to code."},
 {"doc": "h32-x123-17", "coder_events": [
   "ASSAULT: United States (USA) -> Ahmed Abdi Godane (al Shabaab, SOM), killed in an air strike, this week (2014-W36; Monday 2014-09-01 per the story)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'confirmed' is a plain statement, no PLOVER event."},
 {"doc": "h32-x123-03", "coder_events": [
   "ASSAULT: Hutu insurgents (RWA) -> Congolese Tutsi refugees in the camp (COD), attack killing at least 271, Wednesday night 1997-12-10 (date from the next paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline found no event in this paragraph: the camp massacre is missed."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
