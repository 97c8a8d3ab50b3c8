"""Write events-c.jsonl from the judge's verdicts below (fields that are false; reasons).
Usage: cd round150 && python3 events-c-tools/write_verdicts.py"""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of false fields, reasons); 'event' false means spurious (all false)
V = {
 1: ([], "Russia and China signing the border agreement is SUPPORT (sign agreement), mutual parties RUS/CHN; Thursday = 2004-10-14 as given."),
 2: ([], "COSATU (ZAF) condemning the crackdown is ACCUSE, dated by the report. The sentence names no party as the object ('the crackdown' is an act), so the empty target is right by the rules; a coder would otherwise take the Swazi police/government (SWZ)."),
 3: ([], "Iran vowing revenge for an Israeli air strike is THREATEN Iran -> Israel; the vow came 'days' before the attack with no date given, so no date is right."),
 4: (['target'], "REQUEST by Abdul Mahdi (IRQ) on Tuesday 2019-12-31 is right, but the protesters are supporters of an Iraqi militia in Baghdad: target should be the protesters (IRQ), not USA."),
 5: (['event'], "Spurious: parliament passing its own bill is a domestic legislative act, not SUPPORT toward a party; the sentence's event is the critics' objection (ACCUSE, found separately). The passage was also on Monday 2020-10-05, not the document date."),
 6: (['target', 'date'], "Pinera's offer of a fund is AGREE by the wave-76 rule, but it is made to the students the sentence names: target should be the student groups (CHL). 'Last month' dates the replacement of the minister, not the offer ('has offered'), so the offer should have no date (unknown), not 2011-07."),
 7: ([], "Police (MWI) firing tear gas at youths (MWI) is ASSAULT crowd-control; the sentence gives no date, so the document date is right by the rule (the story suggests Thursday 2006-07-27, the day of the arrest, but does not say so)."),
 8: ([], "Kan's apology to South Korea is SUPPORT (CAMEO 055 apologize), JPN -> KOR, on Tuesday 2010-08-10."),
 9: ([], "Information ministry officials (ETH) accusing opposition parties (ETH) of inciting the unrest is ACCUSE allege, reported as this news (document date)."),
 10: (['event'], "Spurious: Rubin denying that Washington paid for access is a denial (CAMEO 016, no PLOVER event), not a REJECT of anyone, and the target is his own government. (The rejection of North Korea's demand is in the next sentence.)"),
 11: ([], "A campaign promise to spread oil wealth and invest in roads is AGREE (promise), Bongo (GAB) with no named recipient; a background promise of unknown time, so no date is right."),
 12: ([], "31 people killed in Monday's protests is ASSAULT with the killer unnamed (empty source right), victims in Kenya (KEN), 2025-07-07 as given. (reported_by should be the KNCHR, not 'Kenya'; not scored.)"),
 13: ([], "The Soviet army occupying the islands is ASSAULT by the wave-30 rule (armed forces taking ground), SUN, 1929 as given; China is not named in the sentence, so the empty target is right."),
 14: ([], "Swazi police detaining dozens of people is COERCE arrest, SWZ police -> people (SWZ), Tuesday 2011-04-12; a separate act from the tear gas (#48)."),
 15: (['type'], "Rioters attacking shops, banks and government vehicles during the two days of 'rioting' is PROTEST riot (CAMEO 145), not ASSAULT; empty source/target are right (no party named) and 2001-04-18 falls in the Tuesday-Wednesday span the text gives."),
 16: (['source'], "ACCUSE -> U.S. politicians (USA) is right, but the sentence names the accusers: source should be the commentators in the Gulf (no single country code), not empty."),
 17: ([], "The Lebanese government ordering Tufayli's arrest is COERCE arrest, LBN -> Tufayli (LBN, 'his'), asserted; the sentence gives no date, so the document date is right by the rule."),
 18: (['target', 'date'], "REQUEST by Eritrea's information ministry is right, but the sentence names the addressees: target should be its neighbours and international partners (no single code). The statement is the one the lead dates 'on Monday': date should be 2023-10-16, not the document date (Tuesday)."),
 19: ([], "Sentencing by the State Security Court (OMN) of the men (OMN) is SANCTION convict, early May 2005 as given."),
 20: ([], "Omani authorities' arrests, announced in January 2005, are COERCE arrest; the arrested are not named in the sentence, so the empty target is right; January 2005 is the only date the text gives."),
 21: ([], "Howard meeting Bush a day before the Tuesday attacks is CONSULT AUS -> USA on 2001-09-10, as the text gives."),
 22: ([], "The Pope urging the people of Bosnia to forgive is REQUEST, VAT -> Bosnia (BIH), Sunday 1997-04-13."),
 23: ([], "Netanyahu urging Israelis not to take the law into their own hands is REQUEST ISR -> Israelis (ISR), undated in the text so the document date."),
 24: (['target'], "COERCE arrest by Malaysian immigration officers (MYS) earlier in the week (ISO week 45) is right, but 'who' refers to Mu Sochua: target should be Mu Sochua (KHM), not empty."),
 25: ([], "Several embassies urging restraint is REQUEST with no named addressee (empty target right), undated so the document date."),
 26: ([], "Von der Leyen (EU) and Aliyev (AZE) signing the memorandum is SUPPORT (sign agreement), mutual, Monday 2022-07-18."),
 27: ([], "The United States accusing Shukr (Hezbollah, LBN) of the 1983 bombing is a standing ACCUSE allege (present tense), so the document date is right."),
 28: ([], "Employees of Ibrahim's Cairo centre detained ('also', with his Friday-night arrest) is COERCE arrest, agent unnamed, target employees (EGY), Friday 2000-06-30."),
 29: (['target'], "SUPPORT by the State Department (USA) and OAS observers is right, but they praised the vote: target should be the Dominican Republic (DOM) or empty; Balaguer appears only in the clause about 1994."),
 30: ([], "The IRGC (IRN) firing ballistic missiles at the Iraqi city of Erbil is ASSAULT on Iraq (IRQ), early Sunday 2022-03-13."),
 31: ([], "Western embassies urging restraint 'before the protests' is REQUEST with no named addressee; the text gives no date, so no date is right."),
 32: (['target'], "Party leaders (EST) agreeing to back Kaljulaid is AGREE, undated in the text; but Kaljulaid is an Estonian candidate for Estonia's presidency: target should be Kersti Kaljulaid (EST), not EUR/IGO."),
 33: ([], "Unnamed critics accusing King Mswati III (SWZ) of living lavishly is a standing ACCUSE (present tense), document date right; the critics' country is not given."),
 34: (['target', 'date'], "Polish officials (POL) dismissing claims as propaganda can be coded REJECT, but of the claims' makers: target should be Russian state television and archives (RUS), not Germany. The dismissal was in the run-up to the anniversary ('had aired... dismissed'), a background act, so it should have no date, not the document date."),
 35: ([], "At least 16 people killed on June 25 during rallies is ASSAULT with the killer unnamed, victims (KEN), 2025-06-25 as given."),
 36: ([], "The 9/11 families (USA) hailing the vote is SUPPORT; the sentence names no party (the vote is an act), so the empty target is right; undated reaction, so the document date."),
 37: (['date'], "The IMF saying it is ready to work with the Haitian authorities is AGREE IMF -> authorities (HTI), but the text gives the statement no date; the Saturday comes from the previous paragraph's scene, so the date should be the document date 2018-07-15."),
 38: (['source', 'date'], "REQUEST to Singh (IND) is right, but the Congress ministers are Indian ministers from Tamil Nadu: source should be several Congress ministers (IND), not USA. The urging was during the 'weeks of debate' before the decision, a background act, so no date, not the document date."),
 39: ([], "The 31 men jailed last month (May 2005) is COERCE (imprisonment), jailer unnamed in the sentence, target 31 men (OMN)."),
 40: ([], "Russia's Security Council veto in 2015 is REJECT (CAMEO 129), RUS, 2015 as given; no party named as target."),
 41: ([], "The State Department asking Egyptian authorities (EGY) for consular access is REQUEST; 'had asked' before the statement, with no date given, so no date is acceptable."),
 42: ([], "Two opposition parties (RWA) complaining they were prevented from registering is ACCUSE; whoever prevented them is unnamed, so the empty target is right; document date."),
 43: (['source'], "The resolution ('It') condemning genocide denial is ACCUSE disapprove, Thursday 2024-05-23, no party targeted; but the resolution is the General Assembly's: source should be the U.N. General Assembly (IGO), not Rwanda alone (Rwanda co-drafted it with Germany)."),
 44: (['type', 'target', 'date'], "The shop set on fire during the student clashes is rioting, PROTEST riot (or an arson by the masked youths, CHL), and the masked youths are the doers, not the target: target should be empty (a shop). The clashes are dated Thursday in the lead: date should be 2011-08-04, not the document date."),
 45: ([], "India (IND) urging all sides to show restraint is REQUEST; 'all sides' of the Terai unrest with no country named in the sentence is acceptable uncoded; undated, so the document date."),
 46: (['target'], "Chinese officials (CHN) urging calm and restraint is REQUEST, and Monday 2012-03-26 fits the paragraph's Monday talks; but the sentence names the addressees: target should be all sides (no code), not empty."),
 47: ([], "Gaza militants (PSE) firing rockets into southern Israel overnight is ASSAULT -> Israel (ISR); overnight before the Thursday report, 2014-07-03 is right."),
 48: ([], "Swazi police firing tear gas and water cannon to break up protests is ASSAULT crowd-control, SWZ police -> protesters (SWZ), Tuesday 2011-04-12."),
 49: (['type', 'source'], "The UN barring Belgrade from the former Yugoslavia's seat in 1992 is exclusion from an organization, SANCTION expel, and the actor is the United Nations (IGO), not the U.N. war crimes tribunal. Belgrade as SRB (the FRY government) is accepted; 1992 is right."),
 50: ([], "Rights groups accusing Burkina Faso's government forces (BFA) of extrajudicial killings is a standing ACCUSE allege (present perfect), document date right."),
}

out = open('events-c.jsonl', 'w')
for line in open('events-c-items.jsonl'):
    it = json.loads(line)
    bad, reason = V[it['n']]
    if 'event' in bad:
        v = {f: False for f in F}
    else:
        v = {f: (f not in bad) for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
