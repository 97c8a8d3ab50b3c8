"""Write events-b.jsonl from judge b's verdicts (fields listed are the WRONG ones)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
SPUR = 'spurious'

V = {
 1: ([], "Sunday's sentencing of Aleman by the Nicaraguan judge: SANCTION convict, NIC -> NIC, date 2003-12-07 (the Sunday before the Monday report), asserted: all right."),
 2: (['date'], "AGREE (ready to negotiate) Abkhazia (GEO) -> Georgia (GEO), asserted, is right; but Ardzinba's statement is reported as this news, not an act of unknown time, so the date should be the document date 1999-10-13 (or Tuesday 1999-10-12, the day of the declaration), not none."),
 3: (['target'], "REQUEST by Pompeo (USA) is right and 'had urged' is an earlier undated act, so no date is right; but the sentence names the party urged: the target should be the loya jirga (AFG), not empty."),
 4: (['source', 'target'], "SUPPORT (welcomed) on the document date 2012-08-31 is right; the source should be the Pacific island leaders (several states, no single code; certainly not USA) and the target the United States (USA) and China (CHN), the 'both powers' the sentence refers to."),
 5: (['target'], "'would not bow to pressure' as CONCEDE negated is acceptable (convention: 'refused to withdraw' = RETREAT negated; REJECT asserted would also do), document date and modality right; but the target should be the protesters (SRB), 'the street' whose pressure Vucic refuses to yield to, not empty."),
 6: (['source', 'target', 'date'], "ASSAULT (massacre) is right, but 'Serb troops' are the Bosnian Serb forces under Mladic of the previous sentence: source should be coded BIH, not SRB; the target, Srebrenica's Muslim men and boys, should be BIH, not NLD; and 'in the days that followed' the July 1995 overrun gives the date 1995-07, not none."),
 7: ([], "THREATEN (warned further tests would carry a price) Japan (JPN) -> China (CHN), after the May test: date 1995-05 as the text gives it, asserted: all right."),
 8: (['date'], "COERCE arrest of more than 270 people (SAU) is right, and the passive names no agent so an empty source is right by the rules (the police are named only in the lead); but the detentions followed the Tuesday-evening protest: date should be 2003-10-14 (or the document date 2003-10-15), not none."),
 9: ([], "Background ASSAULT: the 2010 twin bombings in Kampala killing 70+ World Cup viewers (UGA); no perpetrator named, so empty source right; date 2010 as given: all right."),
 10: (['source'], "ACCUSE (voiced anger) on the document date is right and an empty target is acceptable ('the decision' is an act, not a party); but the delegates are members of the Afghan loya jirga, so their code should be AFG, not empty (the text makes the country plain)."),
 11: (['date'], "SUPPORT (thanked police for keeping order) Vucic -> police (SRB) is right; but the text gives the televised address no day, so the date should be the document date 2025-03-16, not Saturday 2025-03-15 (the rally's day) - a close call, scored by the rule."),
 12: (['target'], "COERCE arrest in August 2005 (2005-08) is right, and no arresting party is named so an empty source is right; but 'They' are the four generals (Jamil al-Sayyed, Ali al-Hajj, Raymond Azar, Mustafa Hamdan, LBN): the target should be them, not the Internal Security Forces, which appears only in one man's former title."),
 13: (SPUR, "Spurious: economists' forecast that investors would welcome a (hypothetical) government willing to cut spending is market commentary, not an act or statement between political actors."),
 14: ([], "'the unions would not back down' as CONCEDE negated (a refusal) by the unions (NGA) is acceptable; the sentence names no party yielded to, so an empty target is right; undated news statement on the document date 2012-01-10: all right."),
 15: (['target'], "AGREE (the government's promise to see the Sankara case through) by Kabore's government (BFA), undated 'has promised', is acceptable; but the sentence promises nothing to any party: the target should be empty, not Cote d'Ivoire, which the sentence does not mention."),
 16: (SPUR, "Spurious: Ansip 'withdrew the first euro banknotes from a cash machine' is a cash withdrawal, a trigger in another sense, not a RETREAT."),
 17: ([], "REQUEST (urged to reverse the closure) European Broadcasting Union (international body, no code) -> Samaras (GRC), undated news act on the document date 2013-06-12: all right."),
 18: ([], "PROTEST begun on July 29 (2018-07-29, explicit); the sentence names no protester, so an empty source is right by the rules (a coder would add the students, BGD, from context), and a road-safety protest over a death has no state target: all right."),
 19: (['target', 'date'], "ASSAULT by the Maoist rebels (NPL) is right and this is the first event of the sentence (e5 'killing' is the duplicate); but the target should be the security personnel the attack killed (Nepal's security forces, NPL), named in the sentence; and the coordinated raid was late on Saturday: date 2002-02-16, not the Monday document date 2002-02-18."),
 20: ([], "REQUEST Abe (JPN) -> North Korea (PRK), urging compliance with UN resolutions, Saturday night U.S. time 2017-02-11 as the text gives: all right."),
 21: ([], "SUPPORT (endorsement) Rafsanjani (IRN) -> the candidates he backed (IRN) is marginal but codable; the backing is still in force at the report, so the document date 1996-03-11 is acceptable: all right."),
 22: (['type', 'target', 'date'], "Revoking a person's citizenship is an administrative measure against an individual, COERCE (restrict; CAMEO 172), not SANCTION discontinue; the target should be Baruch Ivcher (PER, the naturalised owner of Frecuencia Latina), not Israel; and the immigration office voided it late on Sunday, so the date should be 1997-07-13."),
 23: (['target'], "ACCUSE (blame) by the demonstrators (SRB), ongoing, on the document date is right; but they blame corruption and negligence, not China: the 'Chinese-led project' is no accused party, so the target should be empty (those responsible are unnamed), not CHN."),
 24: (['source'], "ACCUSE negated ('did not criticise it') -> Greek government (GRC) on the document date is acceptable; but the source are officials of the European Commission and should be coded EU (or empty), not GRC."),
 25: (['source', 'target'], "REQUEST dated 2003 ('this year') is right, but the roles are inverted: the source should be the liberal and Islamist intellectuals who sent the petitions (SAU) and the target Crown Prince Abdullah (SAU), not Abdullah -> 'independent judiciary' (the thing demanded)."),
 26: ([], "COERCE arrest of Leonidas Iza (ECU) 'the next day' after June 13 = 2022-06-14; arresting party not named, empty source right: all right."),
 27: ([], "ASSAULT (army offensive) Angolan army (AGO) -> UNITA (AGO), 'this month' = 1998-12: all right."),
 28: (['type', 'source', 'target'], "Mass expulsion of a population from a country is COERCE deport (CAMEO 174; or ASSAULT cleansing), not SANCTION expel (expulsion from an organisation or of diplomats); the source should be Bhutan's government ('the government in Thimphu', BTN), named in the sentence; the refugees were expelled from Bhutan and should be coded BTN, not NPL; date 199 (early 1990s) right."),
 29: ([], "COERCE arrest Serbian police (SRB) -> suspects (SRB); the lead gives the arrests on Thursday and Friday, so 2005-06-02 is a date the text gives: all right."),
 30: (['target', 'date'], "The killing Compaore denies ordering is an ASSAULT (assassination) with him as alleged source, negated by his denial - acceptable; but the target should be Thomas Sankara (BFA), whose killing it is, and the date should be 1987-10-15 (given two paragraphs earlier), not the document date 2021-10-11."),
 31: ([], "ASSAULT (U.S. air strike) USA -> Zarqawi (JOR) 'last week' = 2006-W23: all right."),
 32: ([], "REJECT (dismissed the criticism) by Iraqi officials (IRQ) on the document date; 'the criticism' is an act, not a party, so an empty target is right by the rules (a coder might add the Vatican, Russia, EU): all right."),
 33: ([], "CONSULT (indirect talks via Turkey) Syria (SYR) -> Israel (ISR), ongoing, dated 2008-10-29, the story's dateline day: all right."),
 34: ([], "CONSULT visit Sarkozy (FRA) -> Damascus (SYR) 'last month' = 2008-09: all right (the AGREE in the same clause is a separate act)."),
 35: (['date'], "SUPPORT (apology, CAMEO 055) by Shajahan Khan (BGD), no target named, is right; but 'He later apologised' is a background act of the past week with no date in the text: it should have no date, not the document date 2018-08-05."),
 36: ([], "CONSULT visit Powell (USA) -> Kathmandu (NPL) 'last month' = 2002-01: all right."),
 37: ([], "REQUEST future: Gyurcsany (HUN) will ask parliament (HUN) for a constructive no-confidence vote; the future act has no date in the text, so none is right: all right."),
 38: ([], "RETREAT resign, future ('said he would step down', convention: 'is to step down' is future) by General van Baal (NLD); the resignation itself has no date, so none is right: all right."),
 39: (['source', 'target'], "SUPPORT (the movement hailed the visit as a victory) on 2012-12-07 is codable, but the source should be Hamas ('the Islamist movement', PSE), not Meshaal, and what it praises is Meshaal's visit: the target should be Meshaal (PSE) or empty, not Israel, which is only mentioned for last month's war."),
 40: (['date'], "ASSAULT protesters (KHM) -> troops (KHM), asserted with the spokesman as reporter, is right; but the clash was on Friday morning (first paragraph): date should be 2014-01-03, not the Saturday document date 2014-01-04."),
 41: ([], "RETREAT withdraw: Syria completed its troop withdrawal on April 26 (2005-04-26); Lebanon is not named in the sentence, so an empty target is right: all right."),
 42: (['type', 'target', 'date', 'modality'], "Withdrawing from a treaty is SANCTION withdraw, not CONCEDE (a promised retreat of forces); the Kyoto Protocol is a treaty, not a Canadian person: the target should be empty; Kent announced it on Monday evening, so the date should be 2011-12-12; and 'will withdraw' is future, not asserted."),
 43: (SPUR, "Spurious: 'It will not accept being pushed by the street' is a Western diplomat's characterisation of the government's attitude, not an act or statement by the Saudi government."),
 44: (['date'], "REQUEST China (CHN) -> Vietnam (VNM), urging respect for China's sovereignty, is right; but the text gives Geng Shuang's remarks no day (only Vietnam's demand is on Friday): the date should be the document date 2019-07-20, not 2019-07-19 - a close call, scored by the rule."),
 45: (['target'], "REQUEST (urging it to protect Chinese nationals) by China's embassy (CHN) on the document date is right; but 'it' is Papua New Guinea's government: the target should be the PNG government (PNG), not empty."),
 46: ([], "REJECT: Rabat (MAR) dismissed Algeria's (DZA) counter-proposal, undated news act on the document date 2001-06-30: all right."),
 47: ([], "CONSULT Muslim Brotherhood (EGY) with the military council (EGY) on Tuesday 2011-11-22: all right."),
 48: ([], "ACCUSE UNITA (AGO) -> government troops (AGO) of firing on the aircraft, undated news statement on the document date 1998-12-28: all right."),
 49: ([], "ACCUSE (condemned the killings) Kofi Annan (UN) on the document date; the killers are unnamed, so an empty target is right: all right."),
 50: ([], "ACCUSE Democratic Progressive Party (TWN) -> Ma Ying-jeou (TWN) over his trip, on the document date 2023-03-28: all right."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == {it['n'] for it in items}
out = []
for it in items:
    wrong, why = V[it['n']]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it)
    o['verdict'] = v
    o['reasons'] = why
    out.append(o)
with open('events-b.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
for f in F + ['all']:
    print(f, sum(o['verdict'][f] for o in out), '/ 50')
