"""Write events-b.jsonl from the items and the judge's verdicts below (judge b, round 170).
Each verdict: n -> (fields that are WRONG, reasons). 'event' in the wrong set = spurious (all false)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
V = {
 1: ([], "REQUEST U.S. officials (USA) -> Ottawa/Canada government (CAN); 'had pressed' is a background act the text gives no date, so unknown is right."),
 2: (["target"], "REQUEST by the OAS, November 2010, is right, but the target should be Nicaragua (Ortega's government, NIC): the same sentence has that government reject the call, so it is the party asked to withdraw its troops."),
 3: ([], "SANCTION withdraw Qatar -> OPEC, future, dated January 1 (2019-01-01) as the text gives the act; all right."),
 4: (["date"], "CONSULT visit Khatib (SYR) -> Qatar (host of the Doha summit) is right, but 'on Sunday' dates his resignation; the trip/address to the summit was at the summit on Tuesday, date should be 2013-03-26."),
 5: (["date"], "ASSAULT Israel -> Nasrallah (LBN) is right, but the text dates the killing ('almost five months' earlier, and 'killed on September 27' later in the story): date should be 2024-09-27, not unknown."),
 6: ([], "ASSAULT insurgents (AFG) -> U.S. special forces (USA) on Friday 2015-08-07; all right."),
 7: ([], "MOBILIZE soldiers (SOM) deployed around the PM's office, undated news act so the document date 2021-12-27 is right; the text says it is unclear whose units they are, so an empty target is right."),
 8: ([], "RETREAT resign: Abe's cabinet (JPN) resigned on Wednesday morning 2020-09-16; all right."),
 9: ([], "CONSULT PTI (PAK) with the government (PAK); talks still going on when the story is told take the document date 2025-01-17; all right."),
 10: ([], "REQUEST Basescu (ROU) -> Ponta (ROU) to form a government, Friday 2012-04-27; all right."),
 11: (["target"], "REJECT by Museveni is right, but the criticism he rejects is the one the same sentence gives to the observers from the European Union and the Commonwealth; target should be those observers (EU/Commonwealth), not empty."),
 12: ([], "RETREAT resign, future ('would step down'), source Abe (JPN); the text gives the stepping down no date, so unknown is right."),
 13: (["date"], "Campaigning against coronavirus restrictions is an ACCUSE (disapprove a policy) by AUR (ROU), no party named as target; but the campaign preceded Sunday's election, a background act, so the document date is wrong: no date (unknown) should be given."),
 14: (["source"], "REJECT (refused to back the move) is right, but the opposition Serb parties are Bosnian Serb parties in Republika Srpska: source country should be BIH, not SRB (Serbia)."),
 15: (["date"], "REQUEST EC spokeswoman (EU) -> Ukraine and Hungary is right, but the text gives the urging no date; it should be the document date 2018-10-05, not Thursday's expulsion date taken from the lead."),
 16: (["target"], "ACCUSE by Kallas (EU) dated by the dateline Sept 19 is right, but 'it' is the Russian incursion and the sentence names Putin: target should be Russia (RUS)/Putin, not empty."),
 17: (["target"], "ASSAULT (policemen killed in bomb attacks this year, unknown attackers) with no date under the span-total rule is right, but the policemen are Bahraini: target code should be BHR, not USA."),
 18: ([], "COERCE arrest of dozens of people (CIV), arresting party not named, undated news act at the document date 2020-08-14, reported by the minister; all right."),
 19: ([], "ACCUSE Syria's foreign ministry (SYR) -> United States (USA), undated reaction at the document date 2021-02-26; all right."),
 20: ([], "REQUEST Spain seeking assurances, ongoing so document date; the sentence names no party asked, so an empty target is right."),
 21: ([], "The noun phrase 'the October 7 Hamas attack on Israel' reports an ASSAULT Hamas (PSE) -> Israel dated 2023-10-07; not a duplicate of the ACCUSE/REQUEST coded from the sentence; all right."),
 22: ([], "ASSAULT firearms, gunmen (no code) -> Aboud Rogo Mohammed (KEN), Monday 2012-08-27; all right."),
 23: (["date"], "ASSAULT security forces (AZE) -> a suspect (AZE) is right, but the text gives the shooting no date ('Prosecutors later said'); it should be the document date 2018-07-11, not Tuesday's date of the lead incident."),
 24: (["date"], "SUPPORT Morocco -> Israel (normalising ties) is right, but it is a background act of the December 2020 deal ('last December'): date should be 2020-12, not the document date."),
 25: (["source"], "SUPPORT approve (exception for Trong) is right, but the delegates are the Vietnamese Communist Party congress delegates, plain from the text: source country should be VNM, not empty."),
 26: ([], "REQUEST United States, Britain and the Commonwealth -> the Maldives government (MDV; odd name but right party and code), undated news act at the document date; all right."),
 27: (["source"], "COERCE arrest of Ledezma (VEN) 'last month' (2015-02) is right, but the intelligence agents are Venezuelan: source should be VEN, not USA."),
 28: ([], "COERCE arrest of Bouachrine (MAR) in 2018, arresting party unnamed; all right."),
 29: (["date"], "ACCUSE Navalny -> Putin (RUS) is right, but it is a background accusation (made after the 2020 poisoning) that the text does not date: no date (unknown) should be given, not the document date."),
 30: ([], "SUPPORT (MPP backs/endorses Bat-Erdene as its candidate), a backing still in force on the day of the story, so the document date is acceptable; all right (borderline as an event: an appositive description of the candidacy)."),
 31: (["event"], "Duplicate: 'shelling it with mortars' is a means of the same attack on the Inates base already coded from this sentence as the ASSAULT 'attacked' (e3); a trained coder codes one attack. (Its target 'defence ministry' would also be wrong: the Niger army base.)"),
 32: (["source", "target", "date"], "ACCUSE is right, but roles are reversed: the accuser is the U.N. Security Council (sanctions list; UNO) and the accused is the cleric Rogo (KEN), not cleric -> al Shabaab; date should be 2012-07 (listed in July), not the document date."),
 33: ([], "SUPPORT (protocol signed) Turkey and Armenia, mutual, 2009; all right."),
 34: (["target"], "REQUEST by Ban Ki-moon (UN) for 'maximum restraint' is right, but it is not addressed to the Security Council; the sentence names no addressee (the sides, Israel and Hezbollah, by context), so the target should be empty."),
 35: (["date"], "ASSAULT (suicide car bomb killed 29 people, TUR; bomber unnamed in the sentence) is right, but it is a background act 'less than a month' before the March 13 bombing: date should be 2016-02 (or none), not the document date."),
 36: ([], "ASSAULT security forces (KHM) -> striking garment workers (KHM; name includes 'dead' but right party), January 2014; all right."),
 37: ([], "ASSAULT (three more soldiers shot dead, EGY), attackers unnamed, 'hours later' on Friday 2014-10-24; all right."),
 38: (["date"], "ASSAULT (one person killed in clashes, BGD) is right, but the clashes were on Wednesday (the next sentence): date should be 2022-12-07, not Thursday, the day it was reported."),
 39: ([], "SUPPORT Lacalle Pou (URY) congratulated his rival (Vazquez, URY), Sunday 2014-11-30 (time 'T00:00' is imprecise for 'before midnight' but the day is right); all right."),
 40: ([], "REJECT Bangladesh authorities -> BNP's request for the rally venue, undated news act at the document date 2022-12-08; all right."),
 41: (["source"], "COERCE state of emergency, Sisi -> Egypt, Saturday 2014-10-25 is right, but the source is Sisi split into two actors, one of them ('Sisi') with no country code; should be Sisi (EGY) once."),
 42: ([], "REQUEST Oettinger (EU) -> Ukraine, undated news act at the document date 2014-06-16; all right."),
 43: ([], "REQUEST Hasina (BGD) -> Myanmar government (MMR), Tuesday 2017-09-12; all right."),
 44: ([], "ASSAULT toll (70,000 killed in two years of conflict, SYR), killers unnamed, a span total with no date, reported by the UN; all right."),
 45: (["date"], "COERCE detention of Safarov (nationality not given, empty code acceptable), detaining party unnamed, is right, but he was detained at the scene of the mayor's shooting a week before Tuesday's protest: date should be 2018-07-03, not the document date."),
 46: (["source"], "ACCUSE -> authorities (RUS), undated news act at the document date, is right, but the accuser is Navalny's campaign (RUS), not the Kremlin."),
 47: ([], "SANCTION Venezuela -> United States (recalled its diplomat) is right; dated Monday 2015-03-09 with Maduro's reaction 'hours later' in the same paragraph, which the text supports; all right."),
 48: ([], "REQUEST U.N. mission (UN) -> Iraq government (IRQ), undated news act at the document date 2020-07-07; all right."),
 49: ([], "ASSAULT firearms, gunmen (no code) -> Hashimi (IRQ), Monday evening 2020-07-06; the second target entry is the appositive for Hashimi himself with the right code; all right."),
 50: ([], "ACCUSE Abhisit (THA) -> Cambodia government (KHM), undated news act at the document date 2011-04-24; all right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            ver = {k: False for k in FIELDS}
        else:
            ver = {k: (k not in wrong) for k in FIELDS}
        ver["all"] = all(ver[k] for k in FIELDS)
        out = dict(it); out["verdict"] = ver; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
