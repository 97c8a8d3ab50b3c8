# Writes events-a.jsonl from the judge's hand verdicts below (fields wrong per item) and reasons.
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, or "spurious"), reason
V = {
1: ((), "Junta (GIN military) promised elections by end-2010: AGREE, no target named; the promise is reported as this news, so the document date is right."),
2: ((), "Fujimori's promise to turn to poverty is a statement of intended policy (CAMEO 0342, AGREE); no addressee party; 'late on Sunday' = 1995-04-09 is right."),
3: ((), "Police fired tear gas and live rounds at the crowds in Malawi: ASSAULT crowd-control, police MWI -> crowds MWI. The sentence gives no date and the protests ran over two days up to the report, so the document date is accepted."),
4: (("target",), "THREATEN by Macron is right, but the sentence says he warned 'him', i.e. Putin: target should be Vladimir Putin (RUS), not empty."),
5: (("target", "date"), "Police raid is COERCE seize, but the house raided is that of the CNRP president: target should be Kem Sokha (KHM), not the party; date should be 2017-09-03, the Sunday the text gives for the raid/arrest at his home (not the Monday document date). reported_by should be his daughter, not Hun Sen."),
6: (("target",), "Arrest at JFK on Sept. 29 (passive, no arrester named, empty source right); target should be Manssor Arbabsiar (a naturalised U.S. citizen), not the state of Iran."),
7: (("source",), "Condolences accepted as verbal SUPPORT, no addressee named (empty target right). Source 'U.S. and European governments' coded as one USA group: it should be the United States (USA) and European governments (no single code); USA is wrong for the European part."),
8: (("source", "date"), "The railway-station bombing that 'killed 17' is a separate ASSAULT, but its source is the trolleybus bomber from the main clause, a different person: source should be empty (the sentence names no station bomber). Date should be 2013-12-29 ('a day after' = Sunday, per the story), not 2013-02 taken from the Olympics' 'February'."),
9: ((), "Resuming military contacts is resuming diplomatic cooperation (SUPPORT), mutual China/USA; 'may' makes it hypothetical; 'later this year' = 2010."),
10: ((), "Cancelling a planned visit is a reduction of diplomatic relations (SANCTION); Israel -> Senegal's foreign minister (SEN); no date in text, reported as this news, document date right."),
11: (("target", "date"), "Signing the free trade agreement is SUPPORT (sign formal agreement) by Wen (CHN), but it was signed 'with the territory': target should be Hong Kong (HKG), not Tung, who is the target of the separate support clause. The signing was during the three-day visit that ended on 2003-07-01 (the day of the march); giving it the later document date 2003-07-02 is wrong (date should be within 2003-06-29..07-01)."),
12: ((), "Pompeo (USA) visiting Mexico City and meeting Pena Nieto: CONSULT visit, host Mexico's government; 'on Friday' = 2018-10-19. (Dateline's e5 'met' is a duplicate of this act, not this one.)"),
13: ((), "Carter (USA) called for Washington to lift the embargo: REQUEST to the U.S. government; Tuesday = 2002-05-14."),
14: ((), "'Due to step down' is a future end of tenure (RETREAT resign, future) by Koizumi (JPN); no date in the sentence, unknown accepted."),
15: ((), "Najib (MYS) calling on all parties to accept the result is a REQUEST to the parties (MYS); 'early on Monday' = 2013-05-06."),
16: ((), "DTP lawmakers considering resigning from parliament en masse: RETREAT resign, hypothetical, DTP (TUR) -> parliament (TUR); no date for an unrealised act, right."),
17: (("type", "target"), "Pastrana (COL) sending troops into the rebel safe haven is armed forces taking back rebel-held ground: ASSAULT by the settled rule, not MOBILIZE. Target should be the FARC rebels (COL) of the safe haven; 'Switzerland' is only a size comparison. 2002 is right."),
18: ((), "Revolutionary Guards (IRN) blamed Saudi Arabia (SAU) and Israel (ISR): ACCUSE; no date given, reported as this news, document date right."),
19: ((), "Macron hosting Putin at Versailles: CONSULT visit (CAMEO 043 host as source; a meeting, either direction accepted); Monday = 2017-05-29."),
20: ((), "Human rights groups called for an independent inquiry: REQUEST; the addressee is not named in the sentence, so an empty target is right; document date right."),
21: (("date",), "Arrest of the 32-year-old Dutch man (NLD) near the scene, no arrester named (empty source right). He was arrested at the scene of Monday's shooting: date should be 2002-05-06, not the Tuesday document date."),
22: (("target",), "NATO air strikes are ASSAULT and Thursday-Friday starts 1995-05-25 (accepted, though 05-25..05-26 would be complete), but the ammunition dump outside Pale belongs to the Bosnian Serbs named in the sentence: target should be the Bosnian Serbs (BIH Serb forces), not empty."),
23: (("date",), "Qatar (QAT) refused Russia's (RUS) extradition requests: REJECT right. The refusal has no date in the text; 2003 was taken from the U.N. listing 'last year' in the previous sentence: date should be none (unknown, a background act)."),
24: (("type",), "Angola, Zimbabwe and Namibia sending forces to defend the Kinshasa government (COD) is military assistance: AID (provide military assistance incl. personnel), not MOBILIZE. No date in the sentence (1998 from the previous one), unknown accepted."),
25: ((), "India and Pakistan staging (nuclear) tests is MOBILIZE weapons (test weapons systems); 'last month' of a June 1998 story = 1998-05."),
26: ((), "Rally in Bamako to defend multi-party politics against the junta's suspension of political activity: PROTEST aimed at the authorities, so Mali (MLI) is a right target; May 3 = 2025-05-03."),
27: ((), "Lombana and Torrijos (PAN) conceding defeat is a verbal concession (CONCEDE); no party named as recipient; no date given, document date accepted."),
28: (("target",), "Hamas denouncing the decision as a coup is ACCUSE by 'his rivals' (Hamas, PSE, accepted as the description), but the decision is Abbas's: target should be Mahmoud Abbas (PSE), not empty."),
29: ((), "Assassination of Park Chung-hee (KOR) in 1979: ASSAULT assassinate, assassin not named (empty source right), 1979 right."),
30: ((), "Iraqi officials (IRQ) condemned the storming of the embassy: ACCUSE; the stormers are not named in the sentence, so an empty target is right; document date right."),
31: ((), "Netanyahu (ISR) spoke by telephone with King Abdullah (JOR): CONSULT; no date given, document date accepted."),
32: (("source", "target", "date"), "The two leaders who agreed their teams would stay in contact are Putin (RUS) and Biden (USA): source/target should be those two, Ukraine is not a party. The agreement was made in the video call the text dates Tuesday: date should be 2021-12-07, not the document date."),
33: ((), "'African leaders have long complained' of having little say: ACCUSE (complaint), continental group with no country code, no target; an ongoing complaint takes the document date by the rules. (A habitual complaint is a weak event; accepted.)"),
34: ("spurious", "Spurious: 'political parties are formally banned' describes Kuwait's standing legal order in a background sentence about the assembly; no act by anyone is reported."),
35: ((), "Armenians killed by Ottoman forces: ASSAULT (mass killing), Ottoman forces coded TUR and Armenians ARM accepted; attribution ('Armenia and many historians say') keeps it asserted; no date in the sentence, unknown right."),
36: ("spurious", "Spurious: 'Car bombings are almost unknown in the Gulf state' is a generic statement, not an act."),
37: ((), "U.S. intelligence estimate that Russia could mass up to 175,000 troops near Ukraine's borders by early next year: MOBILIZE troops, hypothetical, RUS -> UKR, 2022 right."),
38: (("target",), "Opening an investigation is ACCUSE investigate; the passive names no investigator (empty source accepted, though Qatar's interior ministry would be better), but the ministry is not the party investigated: target should be empty (unknown perpetrators of the 'criminal act'), not Qatar's interior ministry."),
39: ((), "Clinton (USA) and Jiang (CHN) clashed openly over Tiananmen: mutual ACCUSE disapprove; Saturday = 1998-06-27."),
40: (("date",), "ECOWAS called for a return to constitutional order: REQUEST, addressee not named in the clause (empty target right). The text gives no date for the call; 2008-12-23 comes from a neighbouring sentence: date should be the document date 2008-12-24."),
41: ((), "Some U.S. Republicans (USA) criticised Obama (USA): ACCUSE disapprove; reported as this news, document date right."),
42: ((), "Constitutional Court (TUR) banned the pro-Kurdish DTP (TUR): COERCE ban; Friday = 2009-12-11."),
43: ((), "CNRP (KHM) called the charge politically motivated: ACCUSE; the chargers are not named in the sentence, empty target right; document date right. (reported_by Hun Sen is wrong, not scored.)"),
44: ((), "Trump (USA) threatened to seal the U.S. southern border: THREATEN, no target named; 'as' ties it to Friday 2018-10-19."),
45: (("date",), "Vance (USA) met Zelenskiy (UKR): CONSULT right. The meeting is reported as this news with no date of its own: date should be the document date 2025-02-15 (the conference day), not unknown."),
46: ((), "Two Israeli policemen (ISR) shot dead at al-Aqsa on July 14: ASSAULT firearms, shooters not named in the sentence; 2017-07-14 right."),
47: ((), "Several thousand marched in Tunis against a 'return to dictatorship': PROTEST aimed at the authorities, Tunisia's government a right target; 'last week' of 2024-10-08 = 2024-W40."),
48: (("type",), "Protesters (UKR) pelting the Russian embassy (RUS) with eggs and stones, tearing down the flag and overturning cars is a violent riot: PROTEST riot, not ASSAULT. Saturday = 2014-06-14 right."),
49: ((), "Security forces (GIN) killed more than 130 people (GIN) during the 2007 strike: ASSAULT, 2007 right."),
50: (("target", "date"), "The EU's (conditional) acceptance of the 2013 deadline is AGREE, asserted, but it was accepted with the WTO membership, not the United States (named only inside the condition): target should be empty or the WTO members. The acceptance was part of Sunday's deal: date should be 2005-12-18 (the text's Sunday), not unknown."),
}
out = open("events-a.jsonl", "w")
for line in open("events-a-items.jsonl"):
    it = json.loads(line)
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v["all"] = all(v[f] for f in F)
    it["verdict"] = v
    it["reasons"] = reason
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
