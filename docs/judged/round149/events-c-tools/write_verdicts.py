"""Write events-c.jsonl from the judge's per-item verdicts (judge c, round 149).
Fields: event, type, source, target, date, modality (1 = right, 0 = wrong)."""
import json

V = {
 1: ("111111", "Right: REQUEST by the U.S. State Department official (USA) to both sides, Montenegro and Serbia, asserted, said as this news on the document date."),
 2: ("111011", "Target is wrong: the request that the heckler not be harmed was addressed to the Cuban security officers/authorities, whom the sentence does not name, so the target should be empty, not Benedict XVI. Source (church officials), REQUEST, undated and asserted are right."),
 3: ("111111", "Right: EU and Britain agreed the trade deal on Thursday 2020-12-24 (mutual). AGREE accepted for a reciprocal agreement (CAMEO 057 would give SUPPORT for finalising a deal; either is defensible)."),
 4: ("111100", "The hosting is a scheduled future act: modality should be future and date next week (2025-W40, the week after 2025-09-23), not the document date as asserted. CONSULT between Denmark and the EU leaders is right."),
 5: ("101011", "The act is the revocation of citizenship: type should be COERCE (not SUPPORT 'approved'), and its target the 'thousands more people' stripped of nationality (KWT), which the sentence names. Source, date and modality right."),
 6: ("111111", "Right: Kim (KOR) criticised Japan's 'wrong perception of history' at the Tuesday news conference, 1995-11-14, asserted."),
 7: ("111101", "Date is wrong: the urging was part of Mondale's visit 'earlier this month', so the date should be 1998-03, not the document date 1998-03-11. Type, Mondale (USA) and Suharto (IDN), asserted are right."),
 8: ("111101", "Date is wrong: 'Madrid has also accused Rabat' is background to relations strained for months, not this news, so it should have no date rather than the document date. ACCUSE Spain -> Morocco, asserted is right."),
 9: ("111111", "Right: Pakistani security forces struck the compound late on Thursday 2004-06-17, killing Nek Mohammad (PAK), asserted, reported by the army spokesman."),
 10: ("111111", "Right: CONSULT visit Calderon (MEX) -> Obama (USA) earlier this month, 2011-03, asserted."),
 11: ("000000", "Spurious: officials warning that exporters will face customs checks is an advisory about the deal's effects, not a coercive threat or any PLOVER act between the parties."),
 12: ("111101", "Date is wrong: the Kremlin rejected the suggestion Frederiksen made on Tuesday, so it is this news of the document date 2025-09-23, not Monday 2025-09-22. REJECT by the Kremlin (RUS) with no named target, asserted, is right."),
 13: ("111111", "Right: Pacific island leaders (no single country) ended their summit on Friday 2019-08-16, CONSULT multilateral, asserted."),
 14: ("111011", "Target is wrong: 'the organisation' is the Commonwealth, an international body with no country code, not MDV. ACCUSE by Yameen (MDV) in October 2016, asserted, is right."),
 15: ("100001", "The caller is the woman protester (no country given), not Bush; the target should be Bush (USA), whom she called on (or Hu/China, at whom the protest was aimed), not the Chinese leader. Type should be PROTEST (PLOVER puts a protest's requests under PROTEST), and the date Thursday 2006-04-20, not 2006-04-21. Modality asserted is right."),
 16: ("111111", "Right: SUPPORT Sejdiu (XKX) -> Ahtisaari (FIN), congratulations on the prize day 2008-10-10, asserted."),
 17: ("111111", "Right: REQUEST Milongo (COG) -> his supporters (COG) not to take part, made when he pulled out on Friday 2002-03-08, asserted."),
 18: ("111111", "Right: CONSULT visit Bashir (SDN) -> Syria's government (Assad) on Sunday 2018-12-16, asserted."),
 19: ("111111", "Right: ACCUSE (official protest) South Korea's foreign ministry (KOR) -> the summoned Japanese diplomat (JPN), Saturday 1996-02-10, asserted."),
 20: ("111111", "Right: ACCUSE Argentina's government dismissing the vote (no party named, empty target right), this news on 2013-03-12, asserted."),
 21: ("110111", "Source is wrong: the detaining party implied is the Danish police, who are the speakers and the agent ('they had not tried...'), so the source should be the Danish police (DNK), not empty. COERCE negated, no target, 2025-09-23 are right."),
 22: ("111111", "Right: ACCUSE Japan (Tokyo) -> Ban Ki-moon (UN) for attending, reported as this news on 2015-09-03, asserted."),
 23: ("111101", "Date is wrong: Suzuki pressed North Korea in the two-day talks that ended Wednesday, reported as this news, so the date should be 2002-10-30 (document date), not none. REQUEST Japan -> North Korea, asserted, is right."),
 24: ("111111", "Right: the couple's lawyers (EGY) will appeal to the Court of Cassation (EGY), future, undated. REQUEST is accepted for a legal appeal to a court."),
 25: ("101111", "Type is wrong: the IMF saying it would work with Haitian authorities is a pledge to cooperate, AGREE (CAMEO 03; CONVENTIONS: offers/pledges are AGREE), not COOPERATE. IMF -> Haitian authorities (HTI) is right; future/undated is right for the act as coded."),
 26: ("111101", "Date is wrong: the detentions came with the emergency rule declared on Nov. 3, so the date should be 2007-11-03, not 2007-11-22. COERCE arrest Musharraf (PAK) -> lawyers (PAK), asserted, is right."),
 27: ("111101", "Date is wrong: Mugabe threatened from the podium at the Bulawayo rally two days before Monday's dismissal, 2017-11-04, not the document date 2017-11-07. THREATEN Mugabe -> his deputy Mnangagwa (ZWE), asserted, is right."),
 28: ("000000", "Spurious: Basu's not accepting the post is no act of his own but the effect of the CPI(M)'s refusal, already coded as the REJECT from this sentence (and 'India party' is no party Basu would agree with)."),
 29: ("111011", "Target is wrong: the missile was fired at the UAE, which the sentence names as intercepting it (and the next sentence calls it an attack on the UAE), so the target should be the United Arab Emirates (ARE), not empty. ASSAULT by the Houthis (YEM) on Monday 2022-01-31, asserted, is right."),
 30: ("101111", "Type is wrong: 'Mexico would cooperate with Washington' is a stated commitment to cooperate, AGREE, not COOPERATE. Mexico -> United States is right; future/undated is right for the act as coded."),
 31: ("111111", "Right: REQUEST (urged calm) by Najib Razak (MYS), no addressee named so an empty target is right, this news on 2005-03-09, asserted."),
 32: ("111111", "Right: COERCE arrest Police (TZA) -> dozens of people (TZA) earlier in the week, 2015-W44, asserted."),
 33: ("111101", "Date is wrong: Bouteflika asked ministers to stay on when he accepted Ouyahia's resignation on Wednesday, 2006-05-24, not the document date 2006-05-25. REQUEST Bouteflika (DZA) -> ministers (DZA), asserted, is right."),
 34: ("110101", "Source is wrong: it is the March 14 coalition politicians (LBN) alone; Assad, whom they oppose, is no source. Date is wrong: 2012-03-14 comes from the coalition's name; it should be this news, 2012-08-12 (document date). REQUEST -> Lebanese government, asserted, is right."),
 35: ("111111", "Right: SUPPORT by Myanmar's ruling generals (MMR) welcoming the operation (no party named, empty target right), 2000-01-25, asserted with Thai officials as reporters."),
 36: ("111111", "Right: ASSAULT NATO -> Yugoslavia (YUG), bombing in 1999, asserted."),
 37: ("111111", "Right: MOBILIZE Indonesia (IDN) sent warships to the disputed area, an ongoing deployment in this news, 2005-03-09, asserted."),
 38: ("110111", "Source is wrong: the IMF programme was agreed last year by Madagascar's previous government (MDG), not by the new president Ratsiraka. AGREE with the IMF in 1996, asserted, is right."),
 39: ("110011", "Target country is wrong: the 24 people were killed in Benghazi, Libya (LBY), not USA. The source should be Haftar's forces (LBY), whose fighting the sentence names as causing the deaths, not empty. ASSAULT on Friday 2014-05-16, asserted, is right."),
 40: ("100011", "Stalin's deportation of the whole Meskhetian Turk people is a mass expulsion, ASSAULT cleansing (CAMEO 201), not COERCE deport. Source should be the Soviet Union/Stalin as Soviet leader, not GEO. Target should be the Meskhetian Turks of Georgia (GEO, or no code), not TUR. Date 1944 and asserted are right."),
 41: ("111111", "Right: ACCUSE Volodin (RUS) -> Ukraine (UKR), this news on 2024-01-24, asserted."),
 42: ("111101", "Date is wrong: Egypt's Security Council vote was two days before the halt became known on Monday, i.e. 2016-10-08, not 2016-10-11. SUPPORT Egypt -> France (its draft), asserted, is right."),
 43: ("111011", "Target is wrong: Washington's refusal to discuss farm subsidies is aimed at Brazil and its Mercosur partners (BRA), named in the sentence. The WTO is only where the US would discuss them. REJECT by the US, asserted, this news, is right."),
 44: ("110111", "Source is wrong: the boycott is the opposition's (the opposition parties, BFA), to which the sentence refers ('the opposition', 'its leaders'), not empty. PROTEST boycott, the 1998 election, asserted, is right."),
 45: ("111011", "Target is wrong: the Brexit supporters objected to the backstop in May's deal. Ireland and the EU are only named inside the description of the backstop, so the target should be empty (or May's government). ACCUSE by Brexit supporters (GBR), asserted, is right."),
 46: ("111101", "Date is wrong: the lawmakers' demand is background to the tested relations, at an unstated earlier time, so it should have no date rather than the document date. REQUEST Mexican lawmakers (MEX) -> Washington (USA), asserted, is right."),
 47: ("111111", "Right: ASSAULT (landmine, attacker unnamed) on electoral officials (NER) on Sunday 2021-02-21, asserted."),
 48: ("111111", "Right: Bozize (CAF) seized power by force two years ago, 2003. ASSAULT is accepted for an armed seizure of power (wave-30 rule on armed takeovers)."),
 49: ("111111", "Right: CONSULT future Herzog (ISR) -> Dubai's ruler (ARE), undated."),
 50: ("111111", "Right: REQUEST Western governments (no code) -> all sides in Niger (NER), this news 2021-02-24, asserted."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-c.jsonl", "w") as out:
    for it in items:
        bits, reason = V[it["n"]]
        v = {k: b == "1" for k, b in zip(KEYS, bits)}
        if not v["event"]:
            v = {k: False for k in KEYS}
        v["all"] = all(v[k] for k in KEYS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
