"""Write events-b.jsonl from the judge's verdicts below (judge b, round 78).
Each entry: n -> (wrong fields, reasons). 'spurious' marks an item that holds no event.
usage: python events-b-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Right: Mekdad (SYR) condemned the strike; the sentence names no party for the attack (Israel is named only in earlier sentences), so an empty target is right by the rules; the visit is a separate event (e3), not a duplicate."),
 2: (["target"], "SUPPORT by Berisha (ALB) is right, but the mission is the Italian-led multinational protection force, not an Albanian government body: target should be the multinational force (no code, or ITA as the leader), not ALB/GOV."),
 3: ([], "Right: a toll summed since the war began, so no date is right (round-20 rule); servicemen (RUS) as target, no killer named in the clause, attribution to the Russian military keeps it asserted."),
 4: ([], "Right in all scored fields: the attackers (Arab citizens of Israel, ISR) opened fire on Friday 2017-07-14; no party is named as target in this sentence. Mode should be firearms, not heavy-weapons (not scored)."),
 5: ([], "Right: veterans' groups (HRV) called protests on Thursday (2005-12-08, the document date) in support of Gotovina, so an empty target is right by the protest rule. Mode should be demo, not strike (not scored)."),
 6: ([], "Right: Putin (RUS) congratulated Zeman (CZE), reported as this news, attributed to the Kremlin."),
 7: (["date"], "Arrest of protesters (IRN) by unnamed authorities is right, but 'hundreds have been arrested ... over the past three days' is a total summed over the protest span, which by the round-20 rule has no date (or the span), not the document date 2018-01-02."),
 8: (["target"], "ASSAULT by Mendoza (PHL) on Monday 2010-08-23 is right, but the passengers were the Hong Kong tourists on the tour bus: target country should be HKG (Hong Kong), not PHL."),
 9: (["type", "target"], "Troops pushing into rebel-held villages is armed forces taking ground: ASSAULT by the settled rule (or MOBILIZE, as no fighting was reported), not COERCE seize; target should be the Zapatista rebels (EZLN, MEX), referred to by 'rebel-held' and named in the sentence."),
 10: ([], "Right: India, the US and Britain urged both sides (Nepal's government and the Maoists, NPL) to keep talking; a pluperfect background act with no date, so no date is right."),
 11: (["source"], "REQUEST to Palestinians on 2017-07-14 is right, but the Grand Mufti of Jerusalem is a Palestinian religious leader: source country should be PSE, not ISR."),
 12: ([], "Right: Georgian riot police (GEO) fired tear gas and rubber bullets at opposition protesters early on Thursday 2011-05-26."),
 13: (["target"], "ACCUSE by Bhutto (PAK) is right, but 'the move' is Leghari's dismissal and Leghari is named in the same sentence: target should be President Farooq Leghari (PAK), not empty."),
 14: ([], "Right: Iran warned the Taliban (AFG) on Friday 1998-09-11 that they would be held responsible: THREATEN."),
 15: ([], "Right: al-Hariri (LBN) urged Sharif (PAK) at the weekend (2007-09-08/09, ISO week 36); the Saudi intelligence chief is a second source dateline left out, which I do not count against it."),
 16: (["type"], "'Hit back' is figurative: the government answered the army's statement verbally (Cicek called it 'unthinkable'), so the type should be ACCUSE (disapprove), not ASSAULT; source, empty target (no party in the sentence), date 2007-04-28 and modality are right."),
 17: ([], "Right: the US and the OAS urged all sides in Ecuador (ECU) to respect the constitution, reported as this news."),
 18: (["source", "target", "date"], "The killers were Hutu extremist militias and (Rwandan) soldiers and the victims the survivors' Rwandan families: source and target should be RWA, not USA; the text dates the genocide to 1994 (first sentence), so the date should be 1994, not none."),
 19: ([], "Right: Kuwaiti opposition deputies accuse the prime minister (KWT), a standing accusation that takes the document date."),
 20: (["source"], "The gunman was killed in a shoot-out with security guards, who are named in the sentence: source should be Shevardnadze's security guards (GEO), not empty; target, date 1998-02-09 and modality are right."),
 21: (["spurious"], "Spurious: 'the real test is whether the guns go quiet' is a figure of speech by an envoy, not a weapons test (MOBILIZE); no act."),
 22: ([], "Right: Abiy (ETH) freed political prisoners (ETH); a total over less than three months, so no date is right."),
 23: ([], "Right: Fujimori (PER) resigned in November 2000 (fled to Japan 'in November' after last year's re-election): RETREAT resign, 2000-11."),
 24: (["target"], "REQUEST by Annan (UN) is right, but 'both sides' are Iran and the Taliban: target should be Iran (IRN) and the Taliban (AFG), not a group with no country."),
 25: (["type", "date"], "Congress voting to remove the president is not a rejection: type should be SANCTION (expel, removal from office; COERCE would also do), not REJECT; the text dates the vote to Wednesday, so the date should be 2005-04-20, not the document date 2005-04-21."),
 26: ([], "Right: a background resignation of unknown time by Djukanovic (MNE), no date."),
 27: (["target"], "SUPPORT by a U.S. official is right, but he welcomed the deal between Sharaa's government and the SDF: target should be the new Syrian authorities (SYR, named in the sentence) or the deal's parties, not 'Syria's diverse communities'."),
 28: (["type"], "Proposing Luksic as his successor is an endorsement: type should be SUPPORT (approve an actor), not AGREE; source, target, date 2010-12-21 (Tuesday news conference) and modality are right."),
 29: ([], "Right: Tripoli authorities (LBY) shut the airspace on Wednesday 2022-03-02: COERCE restrict, no party as target."),
 30: ([], "Right: Zelenskiy (UKR) called for an emergency UN Security Council meeting in his late-night address; the document date 2022-02-22 is acceptable as no date is given (the speech was after midnight Kyiv time)."),
 31: ([], "Right: European leaders (several countries, no code) congratulated Merz (DEU), reported as this news."),
 32: (["source", "target"], "An ongoing fight against militants is an event, but the troops are Washington's: source should be US troops (USA), not PHL; the Islamist militants are in the southern Philippines: target country should be PHL, not USA."),
 33: ([], "Right: Sambi (COM) accused France (FRA) of protecting Bacar, a background act over months with no date."),
 34: (["spurious"], "Spurious: 'Tonight we have signed a new peace accord' is Funes's metaphor for the election result; no agreement was signed."),
 35: (["target"], "RETREAT by BDR troops (BGD) is right, but Pyrdiwah is a village, not a party (and was held by India): target should be empty or India (IND), not 'Pyrdiwah[BGD]'."),
 36: ([], "Right: rebel spokesman Kanyuka (COD) urged civil servants and residents of Bukavu (COD) to return to work on Sunday 2025-02-16."),
 37: ([], "Right: US backing of the SDF (SYR), background to its past fight against IS, no date; SUPPORT accepted as the text says only 'backed' (AID would fit military backing)."),
 38: (["source", "target"], "COERCE in 1990 is right, but the sentence names New Delhi, which imposed direct rule, and Jammu and Kashmir, on which it was imposed: source should be the Indian government (IND) and target Jammu and Kashmir (IND), not empty."),
 39: (["target"], "SUPPORT by African leaders is right, but NEPAD is a pan-African plan with no seat country in the text: target code should be empty (or the target Mbeki and Obasanjo, its champions), not ZAF."),
 40: (["source"], "'He' is Toledo (previous sentence: 'Toledo said he would name a cabinet'): source should be Alejandro Toledo (PER), not Alan Garcia; REQUEST to Japan, future, no date are right."),
 41: ([], "Right: Khalilzad (USA) praised the Loya Jirga delegates (AFG) on Sunday 2004-01-04."),
 42: (["date", "modality"], "CONSULT among Russia, Ukraine, the US and the EU is right, but the talks are planned for Thursday: date should be 2014-04-17 and modality future, not 2014-04-13 asserted."),
 43: (["target", "date"], "Target should be the leaders of the All Parties Hurriyat Conference (Kashmiri separatists, IND), named in the sentence, not empty; the text gives the meeting no day (Sunday belongs to the cricket match), so the date should be the document date 2005-04-18, not 2005-04-17."),
 44: (["modality"], "AGREE by Ethiopia toward Eritrea is right, but the announcement (the AGREE act) was made: modality should be asserted, not future; the future 'will accept' is its content; no date (within three months) is right."),
 45: ([], "Right: al-Hariri (LBN) flew to Islamabad at the weekend (2007-W36 weekend): a visit to Pakistan (PAK), separate from the REQUEST to Sharif in the same sentence."),
 46: (["target", "date"], "SUPPORT by Uruguayans approving a measure is accepted, but the amendment is not a party and the sentence names none: target should be empty, not Uruguay; the referendum was held alongside Sunday's vote, so the date should be 2004-10-31, not 2004-11-01."),
 47: (["target"], "Arrest by unnamed forces is right, but those arrested were Bacar's fighters, not Bacar (who fled to Mayotte): target should be Bacar's fighters (COM)."),
 48: (["date"], "ACCUSE by Western governments is right and the sentence names no party for 'the case', but the condemnation is background (the case dates from 2011): date should be none, not the document date 2012-10-29."),
 49: ([], "Right: Bhutto (PAK) condemned the destruction on the report day (dateline May 11, 1995); no party is named in the sentence for the destruction."),
 50: (["source"], "REJECT by MEND is right, but MEND is a Nigerian group (Niger Delta): source country should be NGA, not NER (Niger); an empty target is right since the sentence names no party for 'the offer'."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
