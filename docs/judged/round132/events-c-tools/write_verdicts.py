"""Write events-c.jsonl from the items and judge c's verdicts (fields listed are the WRONG ones).
usage: python write_verdicts.py   (run in round132/)
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (wrong fields, reasons); "SPURIOUS" marks an item that holds no event
V = {
 1: ([], "Summoning China's ambassador to convey a protest is an official complaint (ACCUSE, CAMEO 114), Australia's government -> ambassador Xiao Qian (CHN); a future act with no date, so unknown date and future modality are right."),
 2: ([], "Israel's seizure of the arms ship is a confiscation of property (COERCE seize), dated 'earlier this month' = 2002-01; the sentence names no owner of the ship (Iran and the PA appear only in Israel's claim), so an empty target is right."),
 3: (["target"], "Offer of places on the negotiating team is AGREE by Clerides (CYP), undated pluperfect; but the Turkish Cypriots are Cypriots: target should be the Turkish Cypriots with code CYP, not TUR."),
 4: (["source", "target", "date"], "'It' is the Georgian parliament's resolution: source should be Georgia's parliament (GEO), target the Russian peacekeeping contingent (RUS military), named in the sentence; date should be 2006-02-15, the Wednesday the resolution passed, not the document date."),
 5: ([], "Road blockade by angry young men in Madalla, Nigeria, is PROTEST obstruct on Sunday 2011-12-25; the sentence names no aim, so Nigeria is a right target under the home-protest rule (I would leave it empty: the anger is at the bombing)."),
 6: ([], "Algerians' standing complaint about French visa restrictions is ACCUSE Algerians (DZA) -> France, an ongoing act that takes the document date (a marginal, habitual event; the sentence's main act, the CONSULT 'two sides discussed', was not coded)."),
 7: ([], "Detention of the Russian paratroopers on Monday 2014-08-25 is COERCE arrest of Russian soldiers (RUS); the passive names no detaining agent, so an empty source is right by the rules (I would code the SBU, UKR)."),
 8: (["target", "date"], "Seoul's deployment of THAAD can pass as MOBILIZE by South Korea, but the United States is the system's origin, not a party acted upon: target should be empty; the decision is background with no date in the text, so the date should be unknown, not the document date."),
 9: ([], "Sambi's planned request for investment from the Gulf states is a future REQUEST, Sambi (COM) -> Gulf states (no single code), undated."),
 10: ([], "War death toll of 250,000 in Syria: ASSAULT with no named source, victims Syrian; a total summed over five years has no date."),
 11: ([], "Bishop (AUS) and Pereira (TLS) signing the treaty is SUPPORT (sign agreement), mutual, Tuesday 2018-03-06; the same signing is also coded from the first sentence, but that is another sentence, so it is not a duplicate under the rules."),
 12: (["source"], "Peshawar school massacre of December 2014 is ASSAULT on children (PAK), dated 2014-12; but the 'Taliban gunmen' in Pakistan are the Pakistani Taliban (the story names them): source code should be PAK, not AFG."),
 13: ([], "Hezbollah saying it would not accept an IMF rescue on such terms is a refusal (coded as AGREE negated, which the conventions accept as the negated form of a REJECT), Hezbollah (LBN) -> IMF; undated stance."),
 14: (["source"], "Deployment of thousands of security personnel across Cairo on the trial day is MOBILIZE (police/security), dated 2013-11-04; the deployed force is named in the sentence: source should be the Egyptian security forces (EGY), not empty."),
 15: ([], "Yang's detention at Guangzhou airport in January 2019 is COERCE arrest of Yang (AUS citizen), 2019-01; the agent is not named in the sentence, so an empty source is right."),
 16: ([], "EU and regional governments condemning the hostages' deaths is ACCUSE disapprove; no party is named as the target in the sentence, so empty is right; no date in the text, so the document date is right."),
 17: (["target"], "The October 2019 protests are PROTEST demo, dated 2019-10; they are aimed 'against the ruling elite', which the sentence names: target should be the ruling elite / Lebanese government (LBN), not empty."),
 18: (["date"], "Houthi fighters crossing the border and killing a Saudi border guard is ASSAULT fighters (YEM) -> Saudi Arabia (SAU); but it happened before Saudi Arabia entered the conflict in November: date should be 2009-11, not the document date."),
 19: (["target"], "Lee's offer to renegotiate the clause is AGREE (offer), undated pluperfect; the offer was made to the Democratic Party, which the same sentence says rejected the compromise: target should be the Democratic Party (KOR), not empty."),
 20: (["date"], "Prosecutors' accusation of Wei at trial is ACCUSE allege, Prosecutors (CHN) -> Wei (CHN); but it was made at the trial held on Wednesday: date should be 1995-12-13, not the document date 1995-12-14."),
 21: (["target"], "France pressing for Betancourt's release is REQUEST by France (FRA), ongoing (document date right); the release is demanded of the rebels who hold her, whom the sentence names: target should be the rebels (FARC, COL), not empty."),
 22: ([], "Guterres condemning the attacks on the U.N. bases is ACCUSE disapprove by the UN; the attackers are not named in the sentence (empty target right); dated by the story's dateline, 2022-07-26."),
 23: (["source"], "Delhi market bombings, ASSAULT on 59 people (IND) on Saturday evening 2005-10-29; but the residents are the shoppers, not the bombers: source should be empty (the bombers are not named)."),
 24: ([], "OCHA's report of 22 civilians killed at Ngarbuh on Friday is ASSAULT on civilians (CMR), 2020-02-14, no source named; 'received reports that' marks the act as a claim, so reported modality is acceptable."),
 25: (["target", "date"], "The council's unanimous vote for the resolution is SUPPORT (approve) by the UNSC, but Britain only drafted it: target should be empty (or the Sierra Leone junta), not the UK; date should be 1997-10-08, the Wednesday of the vote, not 1997-05."),
 26: ([], "Calling off the signing of the ancestral-domain accord is coded SANCTION by an unnamed party, target not named in the sentence; dated at the last minute before the Aug. 5 signing, 2008-08-05, acceptable."),
 27: ([], "Russia's long-standing accusation that Latvia and Estonia discriminate against Russian minorities is ACCUSE RUS -> LVA, EST; an ongoing act that takes the document date."),
 28: (["source", "target"], "Monday's attack on the presidential residence in Bangui (2001-05-28) is ASSAULT; the gunmen are coup plotters in the Central African capital, a coup claimed by the former head of state, so the source code should be CAF, not empty; target should be the presidential residence / President Patasse (CAF), not empty."),
 29: ("SPURIOUS", "'So as not to lend legitimacy to the meeting' states the purpose of postponing the trip, not an act of SUPPORT withheld; the sentence's acts are Zelenskiy's REJECT (would not recognise any agreement) and the postponed trip, neither coded."),
 30: ([], "Agreement on the arrangement by the four largest political forces on Wednesday 2013-03-13 is AGREE among Nepalese parties (NPL), reciprocal, so no target."),
 31: (["target"], "Abu Qatada's sentencing in absentia in 2000 is SANCTION convict; the court is not named in the sentence (empty source right); but he is a Palestinian-born Jordanian tried in Jordan, not British: target code should be JOR (not GBR)."),
 32: (["date"], "Talks between Pashinyan (ARM) and Aliyev (AZE) hosted by Michel are CONSULT, but they are several earlier rounds mentioned as background: no date (unknown), not the document date."),
 33: ([], "ECOWAS and the AU urging restraint on all sides in Senegal is REQUEST, target all sides (SEN), document date."),
 34: ([], "Madrid's announced plan to send army units to police the Ceuta/Melilla perimeter is a future MOBILIZE by Spain's government, undated."),
 35: ([], "Student shot dead during protests near Maseno on Monday 2023-03-20 is ASSAULT (firearms) with the shooter unnamed, victim a Kenyan student."),
 36: (["date"], "Saudi officials accusing Iran of stirring unrest among Gulf Shi'ites is ACCUSE SAU -> IRN, but it is a recurring background act in the years after 1991, not an act of 1991: date should be unknown."),
 37: ([], "Human rights groups in Spain and Morocco demanding an inquiry is REQUEST with no target named; no date in the text, so the document date is right."),
 38: ([], "'Hamas vowed revenge' is THREATEN (violence) by Hamas (PSE); Israel is not named in the sentence, so an empty target is right; document date."),
 39: ([], "Spain will ask Rabat to take back migrants: future REQUEST Spain (ESP) -> Moroccan government (MAR), undated."),
 40: ([], "'Rwanda denies supporting the rebels': support of M23 (COD) by Rwanda (RWA) denied by Rwanda, AID with negated modality is acceptable; ongoing, story date."),
 41: (["date"], "Anwar's coming ban from politics is a future COERCE restrict on Anwar (MYS), but the text gives no date for it ('five years after his release'): date should be unknown, not 2019."),
 42: ([], "Renamo's 'We do not accept these results' is a refusal (AGREE negated, acceptable as a REJECT) by Renamo (MOZ); no target named; document date."),
 43: ([], "Quetta hospital suicide bombing on Monday 2016-08-08 is ASSAULT by an unnamed suicide bomber on about 70 people (PAK)."),
 44: ([], "Ethiopia's continuing refusal to allow demarcation is REJECT by Ethiopia (ETH), an ongoing act that takes the document date; no target named in the sentence."),
 45: (["target"], "The U.S. Treasury's January accusation of Cartes is ACCUSE USA -> Cartes, 2023-01; but Cartes is Paraguay's former president: target code should be PRY, not USA."),
 46: (["date"], "The 'Scorched Earth' offensive is ASSAULT by the Yemeni government (no target named in the sentence), but it was launched in August: date should be 2009-08, not the document date."),
 47: ([], "The Vatican condemning the senseless violence is ACCUSE disapprove by the Vatican (VAT), no target named, document date."),
 48: ([], "Prosecutors opening an investigation into the canopy collapse is ACCUSE investigate by Serbian prosecutors (SRB), no target named, reported as news with the document date."),
 49: ([], "Human rights groups calling for an independent inquiry is REQUEST with no addressee named; document date."),
 50: ([], "Bush accusing Tehran of pursuing WMD and exporting terror in the State of the Union on Tuesday is ACCUSE USA -> Iran, 2002-01-29."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

counts = {f: 0 for f in F + ["all"]}
for l in open("events-c.jsonl"):
    d = json.loads(l)
    for f in counts: counts[f] += d["verdict"][f]
print(counts)
