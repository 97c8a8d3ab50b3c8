"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts (round 176).

Each verdict is (event, type, source, target, date, modality, reasons); `all` is derived.
usage (from docs/judged/round176): python events-b-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
ALLT = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)

V = {
 1: (ALLT, "A toll summed since 2006 (ASSAULT): no perpetrator is named, so the empty source is right; the target is 80,000 people in Mexico (MEX); a total since an earlier time has no date; 'according to some estimates' is attribution only, so asserted."),
 2: (ALLT, "'his followers would not accept it' (the federal plan): an AGREE negated, which the conventions accept as the negated form of a REJECT (compare 'refused to withdraw'). Source is the leader's southern followers (YEM); the plan is the Hadi government's (YEM), clearly the party rejected; a future non-acceptance has no date."),
 3: (ALLT, "SUPPORT by the U.S. (USA) and CARICOM (no seat in the text, so the empty code is right). 'the swearing-in' is not a party, so an empty target is right by the rule, though I would code the transitional council (HTI). An undated welcome reported as news takes the document date."),
 4: ((T, T, T, F, T, T), "U.S. sanctions imposed this month (2019-12) are SANCTION by the USA, but the target is wrong: the sanctions hit the Nord Stream 2 project (Gazprom's pipeline, RUS), or empty. Turkey is only where TurkStream ends."),
 5: ((T, T, T, T, F, T), "Putin's invitation to Trump is AGREE (invite to visit), Putin (RUS) -> Trump (USA), asserted with Peskov as reporter. Date should be 2025-02-12, the Wednesday of the phone call that the lead gives, not the document date 2025-02-13."),
 6: (ALLT, "Troops from Chad, Niger and Cameroon joining Nigerian forces is military COOPERATE, ongoing in recent weeks, so the document date is right. The source names only Chad's troops (TCD); I count that as a right party, but Niger (NER) and Cameroon (CMR) are missing."),
 7: (ALLT, "Recognition of the National Coalition is SUPPORT (CAMEO 054), USA -> Syrian opposition coalition (SYR), 'last month' = 2012-12, asserted. It comes from a relative clause but is a real, dated act."),
 8: (ALLT, "SUPPORT (welcomed the truce announcement). The listed sources (EU, the AU envoy Obasanjo) are right parties, though the United States is left out and Obasanjo is listed twice. 'the announcement' is not a party, so the empty target is right; an undated welcome reported as news takes the document date."),
 9: ((T, T, T, F, T, T), "The Friends of Syria meeting hosted by Morocco is a CONSULT on 2012-12-12 (Wednesday). But Syria is not a participant, only the subject: the target should be the Friends of Syria participants, or empty, with Morocco as host."),
 10: ((T, F, T, T, T, T), "Duque ended talks with the ELN: this is SANCTION (halt negotiations, CAMEO 164), not CONSULT, since the act is the breaking off of talks. Duque (COL) -> ELN (COL), 2019-01, asserted are right."),
 11: ((T, T, T, T, F, T), "ACCUSE, Sudan's oil ministry (SDN) -> Juba = the South Sudan government (SSD), asserted. The accusation is reported as this news, so the date should be the document date 2012-01-23 (Monday), not unknown."),
 12: (ALLT, "Trump 'cancelling ... deal with Cuba' is SANCTION (discontinue), Trump (USA) -> Cuba (CUB), on Friday 2017-06-16, asserted (the speech act is itself the cancelling)."),
 13: ((T, T, T, F, T, T), "Arab leaders' call for U.N. peacekeepers is a REQUEST on 2024-05-16 (Thursday). The call is addressed to the United Nations (UNO), named in the sentence: the Palestinian territories are only where forces would deploy, so target Palestine is wrong."),
 14: (ALLT, "Turkish and Armenian envoys met in Moscow on Friday 2022-01-14: a mutual CONSULT, Turkey's envoy (TUR) and Armenia (ARM), asserted."),
 15: ((T, T, T, F, T, T), "Future CONSULT on Friday 2013-08-09 is right, with Hagel (USA) as source. But the target lists Kerry, who is on the U.S. side: the target should be the Russian counterparts Lavrov and Shoigu (RUS)."),
 16: (SPUR, "Spurious: 'struck' here means attacked (Houthi missile and drone strikes on Saudi and Emirati oil facilities, before the April 2022 truce), not 'struck a deal'. The trigger is read in another sense, so there is no AGREE. The act is an ASSAULT, Houthis (YEM) -> Saudi Arabia (SAU) and UAE (ARE)."),
 17: ((T, T, T, F, T, T), "A pledge of aid is AGREE (wave 76 rule), Saudi Arabia (SAU), 2012-12-12, asserted. The target should be 'the coalition', the Syrian opposition National Coalition (SYR), which the sentence names; an empty target is wrong."),
 18: ((T, T, F, F, T, T), "REQUEST on 2024-05-16 is right, but 'It' is the final declaration of the Arab League summit: the source should be the Arab League (no code), not the United Nations. No addressee is named for opening the crossings (implicitly Israel), so the target should be empty, not Palestine."),
 19: (SPUR, "Duplicate: burning the effigy is part of the same demonstration that dateline already coded from this sentence as e4 'marched' (PROTEST). It counts as spurious. Taken alone it would be right in every field (students NPL -> Indian PM IND, 2019-11-06); it is e4 whose target (Nepal government) is wrong."),
 20: (ALLT, "Petro restoring ties with Maduro's government is SUPPORT (resume diplomatic cooperation), Petro (COL) -> Maduro (VEN). It is a background act with no date in the text, so unknown is right; asserted."),
 21: (ALLT, "Call for calm: REQUEST by Mexico's Interior Ministry (MEX) with no addressee named, so the empty target is right. The date is the story's dateline day, Sunday 2018-11-25, the day of the events; asserted."),
 22: (ALLT, "The junta banning political meetings is COERCE ban, junta (MLI), in May = 2025-05, asserted. Meetings are not a party, so the empty target is acceptable; a coder coding the dissolution too would target the political parties (MLI)."),
 23: (ALLT, "Aliyev thanked Putin: SUPPORT, AZE -> RUS, at the Thursday 2025-10-09 meeting (dateline Oct 9), asserted."),
 24: (ALLT, "Iran welcomed Assad's proposals: SUPPORT, Iran (IRN) -> Assad (SYR), who is named in the sentence and clearly the party supported; the document date for a reaction reported as news; asserted."),
 25: ((T, T, T, T, F, T), "Sulu voters rejecting the law is a REJECT by voters (PHL) with no party target. But it happened at the referendum 'less than a week' before the 27 January bombing (about 2019-01-21), so the document date for this background act is wrong."),
 26: (ALLT, "Abbas criticised Hamas in his summit speech: ACCUSE disapprove, PSE -> Hamas (PSE), Thursday 2024-05-16 = document date, asserted."),
 27: (ALLT, "Davutoglu to travel to Damascus on Tuesday: future CONSULT visit, TUR -> Syrian government (SYR), 2011-08-09, with Turkey as reporter."),
 28: ((T, T, T, T, F, T), "'his release' is RETREAT release of Saeed (PAK); the releasing authority is not in the sentence, so the empty source is right. Date should be 2017-11-23, the Thursday the text gives for his release, not unknown."),
 29: (ALLT, "EU sanctions on about 40 Belarusian officials this month: SANCTION, EU -> Belarusian officials (BLR), 2020-10, asserted."),
 30: (ALLT, "Uribe congratulated Santos on the Nobel prize: SUPPORT, COL -> COL, on Friday 2016-10-07 (document date), asserted."),
 31: ((T, T, T, T, F, T), "A planned rally against a 'stolen election' is a future PROTEST aimed at the authorities' act, so the Russian state is a right target. But 'Monday evening' is 2011-12-05, the document date itself (a Monday), not 2011-12-12."),
 32: (ALLT, "U.S. envoy Lenderking urged the Houthis to accept the U.N. proposal: REQUEST, USA -> Houthis (YEM), an undated act reported as news so the document date, asserted."),
 33: ((T, T, T, F, T, T), "Trump's threat to cut aid is THREATEN by Trump (USA), with 2017-08 taken from the coordinated clause (acceptable). The aid is Pakistan's, and Pakistan is named in the sentence: the target should be Pakistan (PAK), not empty."),
 34: (ALLT, "MONUSCO called on the authorities to respect peaceful protest: REQUEST, U.N. mission (UNO) -> Congolese authorities (COD), Sunday 2017-12-31, asserted."),
 35: (ALLT, "Nine Chinese crew detained (agent not named, so empty source): COERCE arrest -> Chinese crew (CHN). The date is the Monday 2011-12-12 raid the story narrates; asserted."),
 36: (ALLT, "Moscow arming the Syrian government, inside Saud al-Faisal's accusation: AID (military), RUS -> SYR, reported modality. It is an ongoing act, so the document date 2015-03-29 is right."),
 37: ((T, T, F, T, T, T), "PROTEST against the government's concessions, so the Armenian government is a right target, on 2022-01-14 (story dateline). But the source should be the Armenian nationalist groups (ARM), not the country Armenia."),
 38: ((T, T, T, T, F, T), "Trong's visit to Beijing is CONSULT visit, VNM -> China's government (CHN), asserted. The visit is this news: date should be 2011-10-11, the Tuesday the accord was signed during it (dateline Oct 11), not unknown."),
 39: (ALLT, "A toll since the war began: ASSAULT -> Palestinians (PSE), no perpetrator named in the sentence, no date for a total, asserted under the health ministry's attribution."),
 40: ((T, T, T, F, T, T), "Cairo's refusal to coordinate aid through the crossing is a REJECT by Egypt (EGY), an ongoing stance, so the document date is right. The refusal is aimed at Israel, whose forces the sentence names: the target should be Israel (ISR), not empty."),
 41: ((T, T, T, T, F, T), "The noun phrase reports the two-year ceasefire between the Turkish government and the PKK (RETREAT ceasefire, mutual, TUR). But July 2015 is when it collapsed, not when it was made: the ceasefire dates from about two years earlier (no exact date in the text, so unknown), not 2015-07."),
 42: (ALLT, "A toll since March 2011, reported by the UN: ASSAULT -> 60,000 people; the Syrian uprising makes the country plain (SYR). A total has no date; asserted."),
 43: (ALLT, "Moscow police warned that unauthorised gatherings will be broken up: THREATEN by the Russian police (RUS). No party is named as target; an undated warning reported as news takes the document date; asserted."),
 44: ((T, T, T, T, F, T), "Signing the gas transit agreement is SUPPORT (sign agreement), mutual Russia-Ukraine, asserted. Date should be 2019-12-30: the next sentence says the package was signed on Monday. The document date 2019-12-31 is wrong."),
 45: ((T, F, T, T, T, T), "Dismissing Boko Haram's allegiance pledge 'as a sign of weakness' is criticism, so ACCUSE disapprove, not REJECT (no request or proposal was put to Nigeria). Olukolade (NGA), the empty target ('the pledge' is not a party), the document date and asserted are right."),
 46: ((T, T, T, T, F, T), "ASSAULT killing civilians (YEM), asserted under the Houthis' attribution. 'the attacks' names no party, so the empty source is right by the rule (it is the Saudi-led coalition). The toll sums the strikes since Thursday 26 March, and a total has no date, so the document date is wrong."),
 47: (ALLT, "Rights groups urged both sides (the Colombian parties to the conflict, COL) to protect communities: REQUEST, with no country for the rights groups. An undated act reported as news takes the document date; asserted."),
 48: ((T, F, F, T, T, F), "The White House demanded that Pakistan ensure Saeed is arrested. The statement is a REQUEST (USA -> PAK); the arrest itself is not made, so it is hypothetical, not asserted. As coded, the arrester is Pakistan (PAK), named in the sentence, so the empty source is wrong. Saeed as target and the date are right."),
 49: ((T, T, T, T, F, T), "Venezuelan officials working with the FARC is COOPERATE, VEN -> FARC (COL); 'Prosecutors said' is attribution, so asserted. But this is a background act over past years (the FARC demobilised in 2017), so it has no date; the document date is wrong."),
 50: ((T, F, T, T, T, T), "Israel warning against a return to the deal states no repercussions: it is disapproval, ACCUSE disapprove (or a REQUEST), not a THREATEN. Israel (ISR), the empty target, the document date for an ongoing stance and asserted are right."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
keys = ["event", "type", "source", "target", "date", "modality"]
with open(HERE / "events-b.jsonl", "w") as out:
    for it in items:
        flags, reason = V[it["n"]]
        v = dict(zip(keys, flags))
        v["all"] = all(flags)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = {
 "h65-x256-10": (["COERCE (judicial block; or SANCTION): Brazilian federal judge (BRA) -> Lula / Rousseff government (BRA), suspended Lula's appointment as chief of staff, 2016-03-17",
                  "ACCUSE disapprove: critics (BRA) -> Rousseff government (BRA), say the swearing-in was designed to shield Lula from a corruption investigation, 2016-03-17"],
                 "Lula's swearing-in is an appointment, not a PLOVER event. The corruption investigation of Lula (ACCUSE investigate) appears only as a background noun with no agent, so it is not counted. Dateline codes nothing here."),
 "h65-x253-02": ([], "An election result (United Russia keeps its majority with less support) is no PLOVER act between actors; nothing to code, and dateline codes nothing."),
 "h65-x254-08": (["REJECT: U.N. Security Council (UNO) -> Palestinians (PSE), the resolution setting a deadline for Israel's withdrawal failed, 2014-12-30",
                  "REJECT: United States (USA) -> Palestinians (PSE), voted against the resolution, 2014-12-30"],
                 "'Palestinian-backed resolution' (a demand on Israel) and 'Israel's occupation' are noun modifiers inside the description of the resolution, so I do not count them as separate acts. Dateline codes nothing in the lead."),
 "h65-x256-05": (["SUPPORT (support rally): tens of thousands of supporters (KHM) -> Sam Rainsy (KHM), greeted him on his return, 2013-07-19"],
                 "Rainsy flying home from exile is no act toward another party; the crowd welcome is a support rally (SUPPORT toward the party supported, per the crowd-protest convention). Borderline, but I would code it. Dateline codes nothing here."),
 "h65-x255-23": (["CONSULT multilateral: Jaishankar (IND), addressed the SCO regional summit in Islamabad, 2024-10-16",
                  "CONSULT visit: Jaishankar (IND) -> Pakistan (PAK), first visit to Pakistan by an Indian foreign minister in nine years, 2024-10-16",
                  "ACCUSE disapprove: Jaishankar (IND) -> Pakistan (PAK), pointed message that trade cannot flourish alongside cross-border terrorism, 2024-10-16"],
                 "Dateline found the summit (e1) and the visit (e2), both with the right type. It missed the implicit criticism of Pakistan. I count the summit and the visit to Pakistan as two acts, so neither is a duplicate."),
 "h65-x256-11": (["SUPPORT: Norwegian Nobel Committee (NOR) -> Juan Manuel Santos (COL), awarded him the Nobel Peace Prize, 2016-10-07"],
                 "'a peace process thrown into doubt by voters last weekend' only alludes to the 2 October referendum rejection (coded from the next paragraph), so I do not count it here. Dateline codes nothing in the lead."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
FOUND = {"h65-x255-23": 2}
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        evs, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": evs, "found": FOUND.get(p["doc"], 0),
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")
