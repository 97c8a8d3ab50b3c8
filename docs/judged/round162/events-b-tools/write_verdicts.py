# Writes events-b.jsonl from events-b-items.jsonl plus judge b's verdicts (round 162).
# F = list of wrong fields; "spurious" = event false (all fields false).
import json

V = {
 1: (["source"], "REQUEST right (al-Mismari called on Libyans to mobilise). Source has no country code: Haftar's spokesman speaks for the Libyan National Army (the LNA, named in the sentence), so the code should be LBY."),
 2: ([], "ACCUSE from Duterte (PHL) to U.N. officials (UN). Date right: his statement came on Wednesday 2018-03-14."),
 3: (["type", "modality"], "The act is Trump's announcement that Washington would lift its sanctions. PLOVER codes a promise of future easing as CONCEDE (the RETREAT note keeps promised acts out; CAMEO 0354 gives AGREE), not RETREAT. 'Would lift' is future, not hypothetical. Trump (USA) -> Syria (SYR) is right. No date for the future lifting is right."),
 4: ([], "SANCTION expel from Garibashvili (GEO) to Alasania (GEO). Date right: Tuesday evening, 2014-11-04."),
 5: ([], "PROTEST demo: protests in Congo against the vote delay. The sentence names no protester and no party, so empty source and target are right (the Congolese state, COD, would also be a right target). A repeated series over months takes no date."),
 6: ([], "RETREAT release (pardon): Ouattara (CIV) -> Simone Gbagbo (CIV). Date right: last August = 2018-08."),
 7: ([], "Mutual CONSULT between Biden (USA) and Modi (IND). The sentence gives no date, so the document date is right by the rules, though the talks were on Thursday 2023-06-22."),
 8: ([], "REQUEST, future: Hungarian officials (HUN) will ask Kyiv (UKR) for evidence. An undated future act with no date is right."),
 9: (["target"], "REQUEST (a standing demand) from Kosovo (XKX) is right. But the target is the Serbs living in northern Kosovo, so the code should be XKX (Kosovo Serbs), not SRB."),
 10: ("spurious", "Spurious: 'pressed an offensive' is the military sense of 'press', not REQUEST. A coder would code an ASSAULT here instead: the Syrian army (SYR) against the rebels north of Aleppo, 2016-W05."),
 11: ([], "SUPPORT (praise) from Biden (USA) to Kenya (KEN). No date in the sentence, so the document date is right by the rules (the news conference was Thursday 2024-05-23)."),
 12: (["date"], "REQUEST from Ashraf's government (PAK) urging peaceful protests, with no addressee named: right. 'Friday' is the holiday that was declared, not the date of the declaration or the urging. That came earlier and the text gives no date, so the date should be unknown."),
 13: (["source"], "SANCTION convict of Abul Kalam Azad (BGD) in 2013-01 is right. 'Its first verdict' refers to the war crimes tribunal in Dhaka, so the source should be the tribunal (BGD), not empty."),
 14: ([], "Rubio (USA) will not attend the G20 foreign ministers' meeting in Johannesburg. CONSULT negated is acceptable (REJECT asserted would also be). The meeting is this month, 2025-02."),
 15: (["target"], "REJECT (veto) by Hong Kong's legislature (HKG) on Thursday 2015-06-18 is right. The vetoed plan is named as Beijing's, so the target should be Beijing (CHN), not empty."),
 16: (["target", "date"], "China (CHN) backed the U.N. sanctions text against North Korea, so North Korea is wrong as target: it should be the resolution's sponsors / U.N. Security Council (UN), or none. Date should be 2016-03-02, the vote, not 2016-02-07 (the rocket launch)."),
 17: ([], "REQUEST (military help) from Serraj's GNA (LBY) to Turkey (TUR), last month = 2019-12."),
 18: (["target"], "ASSAULT (invasion) by Russia (RUS), 2022, is right. The sentence names Kyiv, and the invasion is plainly of Ukraine, so the target should be Ukraine (UKR), not empty."),
 19: ([], "SUPPORT (congratulations) from Australia and New Zealand to Pohiva (TON). Undated act reported as news, so the document date is right."),
 20: ([], "REQUEST (demand for impeachment) from Di Maio (ITA) concerning Mattarella (ITA). An undated past act with no date is right."),
 21: (["target"], "SUPPORT (thanks) from Erdogan (TUR) is right. The sentence names whom he thanked, the intelligence service (MIT, TUR), so the target should be MIT, not empty."),
 22: ([], "SUPPORT from Uganda's army (UGA). 'The deployment' is an act, not a party, so an empty target is right (the US would also be acceptable). The document date is right."),
 23: ([], "Kosovo (XKX) declared independence from Serbia (SRB) in 2008, coded REJECT (CAMEO 128). This is acceptable, although some coders would not code a declaration of independence at all."),
 24: (["target"], "CONCEDE ('bowing to a court ruling') by Iohannis (ROU), Monday 2018-07-09, is right. The sentence refers to the court he yields to, so the target should be Romania's Constitutional Court (ROU), not empty."),
 25: (["date"], "ACCUSE allege (charged with sedition) against Pohiva (TON) is right. The date should be 2006 (the charge came after the 2006 riots), not 1996, which is the year of the jailing."),
 26: (["source", "target"], "CONCEDE, hypothetical ('signalled it may drop conditions') is right. Source should be the Trump administration (USA government), not the Fifth Fleet. Target should be Bahrain (BHR), the buyer, referred to in the sentence as 'the kingdom'."),
 27: (["target"], "SANCTION convict of Chiygoz in 2017-09 is right. But Chiygoz is a Crimean Tatar leader whom Kiev counts among 'Ukrainians held by Russia', so his code should be UKR, not RUS."),
 28: ("spurious", "Spurious: Jordan 'hosts' 1.3 million Syrian refugees, which describes a state of affairs and is not a CONSULT (hosting a visit). Nothing in this clause is coded this way."),
 29: (["date"], "ACCUSE disapprove by Alasania (GEO) is right; the sentence names no party criticised, so the empty target is right. 'Last week' dates the arrest, not the criticism, which the text leaves undated (some time before Tuesday's dismissal). The date should be unknown, not 2014-W44."),
 30: ([], "AGREE (ready for negotiations) from Russia (RUS) to Kyiv (UKR), said by Kremlin officials. Undated, so the document date is right."),
 31: ([], "ASSAULT by Boko Haram (NGA) against more than 20,000 people. This is a total over an eight-year insurgency, so no date is right."),
 32: ([], "REJECT: Rouhani (IRN) rejects the resignation of Zarif (IRN), Wednesday 2019-02-27."),
 33: (["source", "target", "date"], "ACCUSE is right. The parties are South Korean: the source should be South Korean opposition parties (KOR) and the target the South Korean government (KOR), not JPN. The accusation came earlier, when the cabinet approval became public days before, so it is a background act with no date in the text, not the document date."),
 34: ([], "AGREE (a pledge) by Salvini (ITA) to push the EU is acceptable. An undated promise has no date. A coder might instead code the act promised (a future REQUEST to the EU)."),
 35: ([], "THREATEN from Machar's rebels (SSD), through their spokesman, to the South Sudan government (SSD). The government is clearly the party warned. The document date is right."),
 36: ([], "COERCE arrest of three more people (MEX); the sentence names no one making the arrests, so the empty source is right. Undated in the text, so the document date is right."),
 37: (["type", "target"], "US authorities flying Haitian migrants back to Port-au-Prince is a deportation, so the type should be COERCE deport, not a CONSULT visit. The target should be the roughly 1,400 Haitian migrants (HTI), not the Haitian government. The deportations are ongoing, so the document date is right."),
 38: ("spurious", "Duplicate: 'hailing a Landslide Victory' belongs to the same congratulation post already coded from this sentence as e4 'congratulated' (Trump -> Milei)."),
 39: ([], "ACCUSE from Scholz (DEU) to Lindner (DEU). Undated, so the document date is right."),
 40: (["target"], "SUPPORT (approve) by Sri Lanka's parliament (LKA) on Thursday 2020-10-22 is right. The amendment restores powers to the president, who is named in the sentence, so the target should be Gotabaya Rajapaksa (LKA), not empty."),
 41: (["type"], "Spanish officials (ESP) said they would cooperate with Rabat (MAR). PLOVER codes a statement of willingness to cooperate as AGREE, not COOPERATE. The parties, the undated future act and 'future' for the act are right."),
 42: ([], "REQUEST from Macron (FRA) calling for a transition. The sentence names no addressee ('it' is the decision), so the empty target is right. Date 2019-03-12 is right."),
 43: ([], "CONSULT multilateral: Mohammed bin Salman (SAU) addresses the Arab League summit on Friday 2023-05-19. Multilateral, so no recipient."),
 44: ([], "ACCUSE from Musk (USA) to Pretoria (ZAF). Repeated accusations with no date, so no date is right."),
 45: (["target"], "COERCE arrest by Spanish police (ESP), Monday 2013-08-05, is right. But Galvan is a Spanish national (lead: 'a Spanish man'), so the target code should be ESP, not MAR."),
 46: ([], "COERCE (jailed) of Pohiva (TON) in 1996. The sentence names no one who jailed him, so the empty source is right."),
 47: (["type", "target"], "Stalin's mass deportation of a people is PLOVER ASSAULT cleansing ('mass expulsions or deportations'), not COERCE deport. The target should be the Crimean Tatars, named as the subject of the sentence, not empty. Source and 1944 are right."),
 48: ([], "SANCTION withdraw (no-confidence vote) by Tunisia's parliament (TUN) against Essid (TUN), Saturday 2016-07-30."),
 49: ([], "SANCTION convict: Russian military court (RUS) -> Sentsov (UKR), Tuesday 2015-08-25. The wrong sector does not count."),
 50: ([], "PROTEST strike ('Black Monday'), 2016-10-03. The sentence names neither strikers nor a party, so empty source and target are right (Poland would also be a right target, as the strike is against a bill)."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
