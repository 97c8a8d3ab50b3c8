"""Write events-c.jsonl from the judge's verdicts below (fields that are wrong) and reasons."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, reasons); "event" in the set marks a spurious item
V = {
1: (set(), "Condemning terrorism is an ACCUSE (disapprove) statement by Pakistan's foreign ministry (PAK) with no party as target; reported as this news, document date 2012-11-21; all right."),
2: (set(), "ACCUSE Pakistan (PAK) -> Iran (IRN), asserted; 'has long accused' is still going on, so it takes the date of the report: 2024-01-18 is the story's dateline day (the metadata date is 01-19), accepted."),
3: (set(), "REJECT of the count by Ghazouani's main rivals (MRT); 'the count' is no party, so an empty target is right; Sunday 2019-06-23 as in the sentence."),
4: ({"source"}, "The urging to 'rise up' is by the challenger, so the source should be Soumaila Cisse (MLI), not Keita; target Malians (MLI) and REQUEST right; date Thursday 2018-08-16 (the day of the news in the lead) accepted."),
5: (set(), "ACCUSE by exiled Christian leaders incl. Michel Aoun (LBN; the group's empty code is lenient, Aoun is coded LBN); Syria is named ('Syrian appointment') as the party blamed, accepted; document date 1998-10-15 for this news."),
6: (set(), "COERCE arrest of 'He' = Raymond Davis (USA), arresting party not named so empty source is right; date January 27 = 2011-01-27 right."),
7: ({"event"}, "Spurious: the sentence describes the powers the state of siege will give the army ('powers to ... ban meetings'), not a ban made or announced; the act is the president's decree, coded from the lead. (Were it kept, the modality would be hypothetical and the army is named only in another sentence.)"),
8: ({"target"}, "RETREAT resign by PM Natalia Gavrilita (MDA) on Friday 2023-02-10 is right, but she did not resign towards Dorin Recean (her nominated successor): the target should be empty."),
9: (set(), "SANCTION (break diplomatic ties) Saudi Arabia (SAU) -> Iran (IRN) in 1988, background act with its year; all right."),
10: (set(), "ASSAULT: four people killed in the Manila riot, killer not named so empty source is right, victims in Manila (PHL); date Tuesday 2001-05-01 (lead, dateline day) right."),
11: ({"target", "date"}, "SUPPORT (reopen embassy) by the United States is right, but the target should be the Solomon Islands government (SLB) alone: the US's own embassy is the object reopened, not a party acted upon; 'has since reopened' is a background act of an earlier, undated time, so the date should be empty, not the document date."),
12: (set(), "REJECT of the critics' criticism by Tunisian government officials (TUN); the critics are not named in the sentence, so empty target is right; reported as this news, document date right."),
13: (set(), "REQUEST by Transnistrian officials to Moscow (RUS) on Wednesday 2024-02-28; MDA is the right code for the unrecognised breakaway region, though the label 'Moldova officials' with GOV reads like the Chisinau government they oppose (note, not scored)."),
14: ({"type"}, "Thaci saying he would coordinate with the US and EU is a statement of intent to cooperate, which PLOVER codes as AGREE (asserted, 2007-11-17, the Saturday he spoke), not a CONSULT; actors right, and for the act as coded (future coordination) the future modality and empty date are right."),
15: ({"date"}, "ASSAULT massacre by Lendu militias (COD) of people (COD) right, but 'have massacred hundreds of people' is a total over an earlier, unstated span: it has no date, not the document date."),
16: (set(), "'Would not offer its citizens any help' is a negated offer (AGREE negated; a REJECT asserted would also do) by South Africa's government (ZAF) towards its citizens (ZAF); the offer never happens, so an empty date is right."),
17: (set(), "ACCUSE (voice anger) by opponents on both sides (mixed, no country) with no party named as target; document date 1995-11-13 for the reaction to the handover."),
18: (set(), "ACCUSE Syria's government (SYR) -> Erdogan's government (TUR; coded via Erdogan as its head, accepted); reported as this news, 2013-05-12 right."),
19: ({"target"}, "ASSAULT by suicide bombers in Riyadh in May 2003 right (SAU for attackers in the capital, accepted), but the target should be the residential compounds for foreigners (foreign residents, no code), not Saudi Arabia."),
20: ({"date"}, "REJECT (visa refused) Czech Republic (CZE) -> Lukashenko (BLR) right, but 'has already refused' is a background act of an earlier, undated time: the date should be empty, not the document date."),
21: (set(), "ASSAULT heavy-weapons: Turkish artillery (TUR) shelled YPG positions (SYR) on Thursday 2016-02-18; all right."),
22: (set(), "COERCE (state of emergency) by Crimea's authorities on Sunday 2015-11-22, no target; UKR code for the annexed peninsula accepted (the de facto authorities are Moscow-backed)."),
23: ({"target"}, "REQUEST by Israeli ministers (ISR) for annexation is right, but Palestine is the object of the proposed annexation, not the party asked; the sentence names no addressee, so the target should be empty (the Israeli government at most). Date: reaction reported as this news, accepted."),
24: ({"source"}, "ASSAULT on civilians (LKA) in 2009, hedged ('may have been killed') so hypothetical is right, but the sentence names the killer: source should be the Sri Lankan government forces (LKA) ('most of them by government shelling')."),
25: ({"source", "date"}, "'It' is the resolution of the U.N. Human Rights Council: source should be the UNHRC (UN body), not Sri Lanka; the resolution was adopted on Thursday, so the date should be 2012-03-22, not the document date."),
26: ({"source", "target", "date"}, "Source should be Brazzaville mayor Bernard Kolelas (COG), not 'whose own militia'; target should be both sides (Lissouba's forces and Sassou Nguesso's militia, COG), not DR Congo and France; date should be the document date 1997-06-06, not 1993 (the year of the militia's old fighting)."),
27: (set(), "COERCE (state of emergency) by Ethiopia's government (ETH) on Friday 2023-08-04; all right."),
28: (set(), "Abacha's seizure of power in November 1993 as ASSAULT (forcible takeover; PLOVER has no coup type, nearest fit), source Abacha (NGA), no named target, 1993-11; accepted."),
29: (set(), "REJECT of the criticism by Hun Sen (KHM); the critics are in the previous sentence only, so empty target is right; reported as this news, document date right."),
30: (set(), "RETREAT release: Pakistani court (PAK) freed Raymond Davis (USA) on Wednesday 2011-03-16; all right."),
31: (set(), "REQUEST: GNP opposition lawmakers (KOR) urged Kim Dae-jung (KOR) to turn to the economy; reaction reported as this news, document date right."),
32: ({"source", "target"}, "SUPPORT (sign the accord) on Sunday 1995-11-12 is right, but Milan Milanovic is a Croatian Serb leader of eastern Slavonia (HRV), not SRB; and the target should be the other signer named in the sentence, Hrvoje Sarinic of Tudjman's office (HRV)."),
33: (set(), "CONSULT: Assad (SYR) received Lahoud (LBN) in Damascus last month (1998-09); host as source is right (mutual event)."),
34: ({"source", "date"}, "AGREE (offer to mediate) right, empty target accepted, but the source should be Bernard Kolelas (COG), not 'whose own militia', and the date should be the document date 1997-06-06, not 1993."),
35: ({"source", "date", "modality"}, "A call for nationwide demonstrations 'on Friday' is a planned PROTEST: modality should be future, date Friday 2011-03-18 (story dated March 16), not 2011-03-11; the religious groups are Pakistani (PAK), not USA."),
36: (set(), "ASSAULT (clash) opposition supporters (MRT) with police (MRT), reported as this news on Sunday 2019-06-23; all right."),
37: ({"type"}, "Abbas calling off the planned elections is a restriction of political rights (COERCE restrict, CAMEO 1721), not a SANCTION (no withdrawal from an organisation or cut of exchanges); source Abbas (PSE), target Palestinians (PSE), April 2021 right."),
38: ({"target"}, "REJECT of the mercy plea by Pranab Mukherjee (IND) earlier this month (2012-11) right, but Kasab's code should be PAK (the story calls him 'a 25-year-old Pakistani'), not empty."),
39: (set(), "Summoning Iranian envoys to protest is ACCUSE (official complaint); five countries -> Iranian envoys (IRN), reported as this news; all right."),
40: (set(), "COERCE arrest of nine Turkish citizens (TUR), detaining party not named; reported as this news, 2013-05-12 right."),
41: (set(), "SUPPORT (thanked) Kuczynski (PER) -> voters (PER), reported as this news, document date right."),
42: (set(), "'Would not accept any solution that threatened Macedonian identity' is a negated AGREE (or a REJECT) by Gruevski (MKD), no party named as target, Monday 2011-06-06; all right."),
43: ({"type"}, "NATO's missile strike on Serbian state television is an ASSAULT (aerial), not a PROTEST labour strike; source NATO, target Serbian state TV (SRB), Friday 1999-04-23 right."),
44: ({"target"}, "PROTEST by government supporters (LKA) right, but the rally was against Western interference, not the authorities: by the crowd-protest rule the Sri Lankan government is wrong and the target should be empty (the West at most)."),
45: (set(), "ACCUSE (summoned the ambassador) Moldova (MDA) -> Russian ambassador (RUS) 'on the same day' = Friday 2023-02-10; all right."),
46: ({"target"}, "ASSAULT total since March 24 with no date is right and the killer is not named in the sentence, but the civilians are Yugoslav (YUG), killed across Yugoslavia: XKX is wrong."),
47: (set(), "REQUEST U.S. embassy (USA) -> all sides (no single country) to show restraint, reported as this news, 2018-01-16; all right."),
48: ({"date"}, "REQUEST Western governments -> both men (Kabila and Bemba, COD) right, but 'had urged' is an undated earlier act: August 2006 is the date of the clash, so the date should be empty."),
49: ({"source"}, "SUPPORT (normalise ties) negated is right, but the party that would not normalise is the kingdom, Saudi Arabia (SAU), not Palestine; target Israel right."),
50: ({"date"}, "AGREE (invitation to form a government) Sharma (IND) -> Vajpayee (IND) accepted, but the invitation came after the election, about 13 days before this report: a background act of an earlier time, so the date should be empty (about 1996-05-15), not the document date."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and all(it["n"] == i + 1 for i, it in enumerate(items))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if "event" in wrong:
            wrong = set(F)
        v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
