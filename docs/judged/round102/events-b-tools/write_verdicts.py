"""Write events-b.jsonl from judge b's verdicts (order: event, type, source, target, date, modality)."""
import json

T, F = True, False
V = {
 1: ((T,T,T,T,T,T), "Right: REQUEST from the EU (EUR) and the UN (UNO) to the Bolivian authorities (BOL), a reaction reported as this news on the document date."),
 2: ((T,T,T,T,T,T), "Right: SUPPORT by Chavez (VEN); 'the decision' is an act, not a party, and Mercosur is named only in other sentences, so the empty target is right by the rules. 2012-06-29 is the story's own dateline day (Friday); the document date would also pass."),
 3: ((T,T,T,T,T,T), "Right: car-bomb ASSAULT with no perpetrator named, on the 25 people killed in Kirkuk (IRQ), on Tuesday 2009-06-30, the deadline day; police are the reporter."),
 4: ((T,T,T,T,T,T), "Right: Djibouti (DJI) downgraded relations with Qatar (QAT), SANCTION, 'earlier this month' = 2017-06."),
 5: ((T,T,T,T,F,T), "Type and parties right (URNG former guerrillas GTM -> opponents of the reform, GTM). Date should be the document date 1999-05-17: the accusation is a reaction to the referendum result, reported as this news, not an act of unknown time."),
 6: ((T,T,F,T,T,T), "MOBILIZE (cities on high alert) is right and the document date is right, but 'the government' here is Pakistan's government (PAK), not the United States government."),
 7: ((T,T,T,T,T,T), "Right: ASSAULT with no perpetrator in the sentence, on civilians (and soldiers) in Guinea (GIN); a total summed 'since the beginning of September' has no date, so null is right."),
 8: ((T,T,T,T,T,T), "Right: SUPPORT by Pakistani opposition politicians and lawyers (PAK); 'the ruling' is an act and the court is not named in the sentence, so the empty target is right; document date is the ruling day."),
 9: ((T,T,F,T,F,T), "Source should be Olmert's chief negotiator (ISR), who resigned, not Olmert himself. Date: the resignation is background before the postponement, of an unstated earlier time, so it should have no date rather than the document date."),
 10: ((T,T,T,T,T,T), "Right: SUPPORT by the UN (UNO) and the EU (EUR); 'the signing' is an act, no party named in the sentence, so empty target is right. 2016-11-24, the signing day, is accepted (the document date 11-25 would also be)."),
 11: ((T,T,T,T,T,T), "Right: formal recognition is SUPPORT (CAMEO 054), USA -> Somali government (SOM), Thursday = 2013-01-17."),
 12: ((T,T,T,T,T,T), "Right: REQUEST from Sarkozy (FRA) to Assad (SYR) during the visit, document date 2008-09-04."),
 13: ((T,F,F,T,F,F), "An alleged act: Kuchma approving a radar sale to Iraq. Type should be COOPERATE (military exchange/sale), not SUPPORT; source should be Kuchma (UKR), not Gongadze; modality should be reported (inside 'allegations'); date should be none (background of unstated time), not the document date."),
 14: ((T,T,F,T,T,T), "REQUEST by Lekic to his supporters to gather is acceptable, target and date right; but Lekic is Montenegrin, so the source code should be MNE, not SRB."),
 15: ((T,T,T,T,F,T), "Mutual AGREE between Aliyev (AZE) and Sargsyan (ARM) is accepted under the mutual-event rule. Date should be 2010-06-17: the talks were 'just a day before' the Friday-night (2010-06-18) clash; the text dates it, so unknown is wrong."),
 16: ((T,F,T,T,T,T), "Parties, date and modality right, but the act is the EU blacklisting Hezbollah's armed wing as a terrorist organisation: COERCE (ban/administrative sanction, CAMEO 172), not AGREE toward Hezbollah. The agreement is among EU members, and its content is hostile to Hezbollah."),
 17: ((T,F,F,T,F,T), "'Clashed with Moscow' is political conflict, not violence: type should be ACCUSE (disapprove), not ASSAULT (scored as an event, like the 'took a swipe' example). Source should be the three Czech mayors (CZE), not RUS; date should be none (a summary of past disputes, not an act of the news day)."),
 18: ((T,T,T,T,T,T), "Right: REQUEST for sanctions by some EU governments (EUR accepted for an unnamed group of member states) concerning Russian officials (RUS), a current call on the document date."),
 19: ((T,T,T,T,T,T), "Right: RETREAT resign by the U.S. ambassador to Mexico (USA) 'last month' = 2011-03; Calderon (MEX), whose complaints it yielded to, is an acceptable target (CAMEO 0831)."),
 20: ((T,T,T,T,T,T), "Right: SUPPORT by Japan's government (JPN); 'the announcement' is an act, and France is not named in the sentence, so the empty target is right; 1996-01-29 is the dateline day."),
 21: ((T,T,T,F,F,T), "Coded as REJECT (voted against), source Pinera (CHL) right, but the target should be Pinochet (CHL), not 'parties', and the date should be 1988, the plebiscite, not the document date."),
 22: ((T,T,T,T,T,T), "Right: ACCUSE by the Egyptian government (EGY) of 'them' = the two judges Mekki and Bastawisi (EGY); present-tense standing accusation on the document date."),
 23: ((T,T,T,T,T,T), "Right: signing an agreement is SUPPORT, Takaichi (JPN) -> Ishin (JPN), Monday = 2025-10-20."),
 24: ((T,T,T,T,T,T), "Walkout from the Security Council chamber is accepted as SANCTION (CAMEO 164-like withdrawal); source Pak Gil Yon (PRK), 2006-10-14 the Saturday of the vote. The REJECT of the resolution in the same clause was not coded, so this is not a duplicate."),
 25: ((T,T,T,T,F,T), "AID (alleged support) Eritrea (ERI) -> Somali insurgents (SOM), reported, is right, but 2009 is the date of the sanctions; the text gives no date for the support itself, so it should have no date."),
 26: ((T,T,T,T,F,F), "ACCUSE Navalny (RUS) -> Putin (RUS) right, but the modality should be asserted: the Kremlin's denial does not negate Navalny's accusation. Date should be 2021-02-02, the Tuesday hearing where he spoke, not the document date."),
 27: ((T,T,T,T,T,T), "Right: Olmert (ISR) has said he will step down, RETREAT resign with future modality (per the conventions' 'is to step down'), no date."),
 28: ((T,T,T,T,F,F), "ASSAULT on Marwan (MYS), perpetrator not named, is right; but the killing happened in the Sunday raid, so the date should be 2015-01-25, and 'officials believe he was killed' (DNA test pending) is a belief, so modality should be reported, not asserted."),
 29: ((T,F,T,F,F,F), "Germany (DEU) and Poland (POL) pledging to stop buying Russian oil is a promised cut in trade: SANCTION (discontinue) toward Russia (RUS), future, coded as the act promised. Not AGREE with themselves as target; and 2022 comes from the 'end of 2022' deadline, while the pledge is this news (2022-05-30/31)."),
 30: ((T,T,T,T,T,T), "Right: ACCUSE Russia (RUS) -> 'the Baltic state' = Estonia (EST), on Monday = 2005-06-27."),
 31: ((T,T,T,T,T,T), "Right: SANCTION convict on Thaksin (THA), court not named, 'in October' = 2008-10."),
 32: ((T,T,T,T,T,T), "Right: ACCUSE Lobo (HND) -> the Supreme Electoral Tribunal (HND) at Wednesday's news conference (document date)."),
 33: ((T,T,F,T,T,T), "SUPPORT toward Khatami (IRN) and the date are right, but the Clinton administration is the U.S. government: the source code should be USA, not IRN."),
 34: ((T,T,T,T,T,T), "Right: PROTEST by Palestinians (PSE) on Tuesday 2019-06-25, aimed at the Bahrain meeting (not at a home authority), so the empty target is right."),
 35: ((T,T,T,T,T,T), "Right: MOBILIZE troops by Bangladesh (BGD) on Saturday 2024-07-20; the curfew in the same clause is a separate event (e1)."),
 36: ((T,T,T,F,F,T), "REJECT by Guatemalan voters (GTM) is accepted, but the sentence names the party rebuffed: the target should be President Arzu's government (GTM), whose reform package it was. The vote was on Sunday 1999-05-16 (results released Monday), so the document date is wrong."),
 37: ((T,T,T,T,T,T), "Right: SANCTION convict, Pakistani special court (PAK) -> Musharraf (PAK), Tuesday 2019-12-17."),
 38: ((T,T,T,T,T,T), "Right: appeal for calm is REQUEST by Muluzi (MWI), addressee not named, at the Monday inauguration 1999-06-21."),
 39: ((T,T,T,T,T,T), "Right: REQUEST by the Pope (VAT), Robinson (UNO) and Western governments to the (Tutsi-led) Rwandan government (RWA; the truncated name 'led government' still has the right referent and code); earlier appeals of unstated time, no date."),
 40: ((T,T,F,T,F,F), "ASSAULT on the Israelis (ISR) is right, but the sentence names the (alleged) perpetrator: source should be Hezbollah (LBN) with modality reported (an act inside Bulgaria's accusation). The date should be 2012-07 ('the July 2012 attack'), not unknown."),
 41: ((T,T,T,T,F,T), "PROTEST with no organiser and no aim in the sentence, so the empty source and empty target are accepted. But the smaller rallies were part of Monday's action, so the date should be 2002-09-16, not the Tuesday document date."),
 42: ((T,T,T,F,T,T), "ACCUSE by opposition leaders (BOL) right, but the 'move' denounced is the arrest by Bolivian police named in the same sentence: the target should be the Bolivian police/government (BOL), not empty."),
 43: ((T,T,F,T,T,T), "ASSAULT on 26 people (PAK) on the night of June 8 right, but the sentence refers to 'the attackers' (the ten gunmen), so the source should be the attackers, not empty."),
 44: ((T,T,T,F,T,T), "Future CONSULT by Raisi (IRN) right, but the religious leaders are met in Syria: their code should be SYR (or empty), not IRN."),
 45: ((T,T,T,T,T,T), "Right: REQUEST (appeal for patience) by the U.S. Embassy (USA), addressee not named in the sentence, document date."),
 46: ((T,T,T,T,F,T), "ASSASSINATE Bhutto (PAK) right, but it is a background act 'weeks after the 2007 emergency': date should be 2007 (December 2007), not the document date."),
 47: ((T,T,T,T,F,T), "CONSULT (negotiation) Menem (ARG) - Alfonsin (ARG) right, but it is background to the constitution 'rewritten last year': it should have no date (at most 1994), not the document date."),
 48: ((T,T,T,T,T,T), "Right: REQUEST by Western governments to both sides in Bangladesh (BGD) before the vote, of unstated time, so no date."),
 49: ((T,T,T,T,F,T), "REJECT of talks by the opposition (BGD) toward the government (BGD) right, attributed to ministers (asserted), but the refusal is a pluperfect background act of unstated time: it should have no date, not the document date."),
 50: ((T,T,T,F,T,T), "ACCUSE by Egyptian reformers right, but the Bush administration is the U.S. government: the target code should be USA, not EGY."),
}

keys = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    vals, reason = V[it["n"]]
    v = dict(zip(keys, vals))
    if not v["event"]:
        v = {k: False for k in keys}
    v["all"] = all(v[k] for k in keys)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
with open("events-b.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {k: sum(it["verdict"][k] for it in out) for k in keys + ["all"]}
print(len(out), counts)
