# writes events-d.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality)
import json
T, F = True, False
V = {
1: ((T,T,T,T,T,T), "Right: the U.S. revoked Samper's visa (SANCTION, USA -> Samper COL). The sentence gives no date; the act is this news, so the document date 1996-07-12 is right by the rules (a coder reading on would date the announcement Thursday 1996-07-11)."),
2: ((T,T,F,T,F,F), "Halting the security talks is SANCTION (CAMEO 164) toward the U.S., but the source should be Karzai's office / the Afghan government (AFG), not empty; the date should be 2013-06-19 (the Wednesday the lead gives for the suspension), not 2014, which is the year of the troop presence; the office's announcement is the halt itself (the lead reports the talks suspended), so asserted, not future."),
3: ((F,F,F,F,F,F), "Spurious: 'ordered new elections to be held' is the emir calling elections, not an arrest or detention (COERCE arrest); no PLOVER act toward Kuwait. (The sentence's act, dissolving parliament, is on another trigger.)"),
4: ((T,T,F,T,T,T), "REQUEST (demand for Hu's release) is right, but the opposition politicians are Australian (the government they accuse is Rudd's), so the source code should be AUS, not CHN. No party is named as addressee, so an empty target is right."),
5: ((T,T,T,T,T,T), "Right: Salam appealed to all Lebanese to rally behind the army (REQUEST, LBN -> the Lebanese people, coded here as Lebanon, LBN); undated statement reported as news takes the document date 2014-08-03."),
6: ((T,T,T,T,T,T), "Right: Cameron warned Russia of more sanctions (THREATEN, GBR -> RUS), reported as summit news with no date of its own, document date 2014-11-16."),
7: ((T,T,T,T,T,T), "Right: Carrio alleged irregularities (ACCUSE, ARG); the sentence names no accused party, so an empty target is right; undated, document date."),
8: ((T,T,T,T,T,T), "Right: Western leaders (no single country) criticised Moscow (the Russian government) over Ukraine at the Brisbane summit; the two days end on Sunday 2014-11-16, so the document date falls in the span the text gives."),
9: ((T,T,T,T,F,T), "REQUEST Kryvonos (UKR) -> Zelenskiy is right, but he urged Zelenskiy not to sign before the bill was signed on Tuesday, so the date should be 2025-07-22 (or undated), not the Wednesday document date."),
10: ((T,T,T,T,T,T), "Right: India and Bhutan signed a revised treaty (SUPPORT per CAMEO 057 sign formal agreement), mutual, on Thursday 2007-02-08."),
11: ((T,T,F,F,T,T), "The talk (CONSULT) on Saturday 1995-05-06 is right, but Savimbi is the Angolan UNITA leader (AGO, not ZMB: Lusaka is only the venue), and the target should be dos Santos (AGO), the other party of 'we', not 'Angolans'."),
12: ((T,T,T,T,T,T), "Right: protests in Suez on Saturday 2019-09-21; the sentence names no protesters and no aim, so empty source and target are right by the sentence rule (I would code protesters, EGY, as source)."),
13: ((T,T,T,T,T,T), "Right: the Mauritanian government rejected the charges (REJECT, MRT); 'the charges' is not a party and the opposition is named only in the previous sentence, so empty target is right; document date."),
14: ((T,T,T,T,T,T), "Right: Hu (CHN) was expected to press Kim Jong Il (PRK) to keep the deal: REQUEST, future, tied to the visit that began Friday 2005-10-28."),
15: ((T,T,T,T,F,T), "REQUEST by Xi (CHN) with no named addressee is acceptable, but the remarks were made at the summit; the next sentence dates them Friday, so the date should be 2013-06-07, not the Sunday document date after the summit had ended."),
16: ((T,T,T,T,T,T), "Right: Tehran had hailed the Conoco contract (SUPPORT, IRN -> American business, USA; Conoco would be more precise, same country); the praise is pluperfect and undated, so no date is right."),
17: ((T,T,T,T,T,T), "Right: the Belarusian foreign ministry spokesman (BLR) accused Western governments (no single country) (ACCUSE), reported as news, document date."),
18: ((T,T,T,T,T,T), "Right: the G7's expressed support for Ukraine at the summit (SUPPORT, G7 -> UKR), reported by Kishida, summit's last day = document date 2023-05-21."),
19: ((T,T,T,T,T,T), "Right: rallies in Lviv, Dnipro, Odesa on the second night (Wednesday = document date 2025-07-23); no protesters or aim named in the sentence, so empty source and target are right by the sentence rule."),
20: ((T,T,T,T,T,F), "CONSULT Clinton (USA) -> Yeltsin (RUS) later in May 1995 is right, but the meeting is still to come ('when he meets ... later this month'), so modality should be future, not asserted."),
21: ((T,T,T,T,T,T), "Right: the continuing U.S. trade embargo on Cuba (SANCTION by the codebook's 'curtail commercial exchanges'; CAMEO2PLOVER would say COERCE restrict); an ongoing act takes the story's date, 2010-07-07 by its dateline."),
22: ((T,T,T,T,T,T), "Right: the UN, EU and Turkey welcomed the agreement (SUPPORT); the Cypriot leaders are not named in the sentence, so empty target is right; same day as the datelined story, 2008-03-21."),
23: ((T,T,T,T,T,T), "Right: Ivanishvili (GEO) said he will step down within weeks: RETREAT resign, future, no date."),
24: ((T,T,T,T,T,T), "Right: Obama and Xi agreed North Korea must denuclearise (AGREE, mutual) on Saturday 2013-06-08."),
25: ((T,F,T,T,F,F), "A pledge that Washington 'would cooperate' is AGREE (willingness to cooperate), not COOPERATE; the pledge is asserted (not future) and, being this news, should be dated 2024-05-19 (the story's dateline day) rather than undated. USA -> Congolese authorities (COD) is right."),
26: ((T,T,F,T,F,T), "A background killing in Kashmir; the sentence names 'police firing', so the source should be the (Indian) police, IND, not empty; the date should be 2010 (summer 2010), not '2016-SU'."),
27: ((T,T,T,T,T,T), "Right: Croatia and Yugoslavia signed the recognition agreement (SUPPORT per CAMEO 057), mutual, Friday 1996-08-23."),
28: ((T,T,T,T,F,T), "Yerevan backing Armenian forces is AID (military), Armenia -> ethnic Armenian forces (coded AZE as separatists on Azerbaijani land, acceptable), but it is background to the war ended in 1994, so it has no date (or 1994 at most), not the document date 2011-06-25."),
29: ((T,T,F,T,F,T), "ASSAULT on Djiboutian soldiers is right, but the source should be Eritrea (ERI), named in the sentence as 'its larger neighbour', not empty; the date should be 2008-06-11 (the Wednesday of the fighting, begun Tuesday), not undated."),
30: ((T,T,T,T,T,T), "Right: Kadyrov (RUS) promised to restore order and pay pensions (AGREE), no named addressee, document date."),
31: ((T,T,T,T,T,T), "Right: Haley (USA) called for an investigation (REQUEST), no named addressee, document date."),
32: ((T,T,T,T,T,T), "Right: Abbas's office (PSE) blamed the Israeli government (ISR) (ACCUSE), reported as news, document date."),
33: ((T,T,T,T,T,T), "Right: prosecutors (GEO) accuse former ministers (GEO) of abuse of office (ACCUSE), ongoing, document date."),
34: ((T,T,T,F,T,T), "REJECT by Ivanov (MKD) in March 2017 is right, but the target should be Zoran Zaev (MKD), named in the sentence as the one refused a mandate, not empty."),
35: ((T,T,T,T,T,T), "Right: human rights groups urged the UN Human Rights Council (REQUEST), document date."),
36: ((T,T,T,T,T,T), "Right: the U.S. criticised the decision (ACCUSE); 'the decision' is El Salvador's act, not a named party, so empty target is right by the rule (a coder would name El Salvador, SLV); document date."),
37: ((T,T,T,F,T,T), "SUPPORT (thanks) by Kenji Fujimori (PER) is right, but 'the president' is Pedro Pablo Kuczynski (PER), who granted the pardon, not Alberto Fujimori."),
38: ((T,T,T,T,T,T), "Right: Iran and the U.S. are holding indirect talks in Vienna (CONSULT), ongoing, document date 2021-04-12."),
39: ((T,T,T,T,F,T), "Kim's trip to Beijing is CONSULT visit (PRK -> China), but 2011 is the year he took power (previous sentence); the trip was for the parade, so the date should be 2025-09 (by the document date 2025-09-03)."),
40: ((T,T,T,F,T,T), "ACCUSE by the Russian Orthodox Church on 2019-01-05 is right, but the decree is the Ecumenical Patriarch's: the target should be empty ('the decree' names no party) or Constantinople/Bartholomew, not Russia."),
41: ((T,T,T,T,T,T), "Right: gunmen (no country) killed Jordanian security forces (JOR) and others on Sunday 2016-12-18 (ASSAULT)."),
42: ((F,F,F,F,F,F), "Spurious: 'I thank God' is a personal expression, not an act between political actors."),
43: ((T,T,T,T,T,T), "Right: the EU and U.S. suspended aid to the Palestinian government (SANCTION, reduce aid) on Friday 2006-04-07."),
}
keys = ["event", "type", "source", "target", "date", "modality"]
out = open('events-d.jsonl', 'w')
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    vals, reason = V[it['n']]
    if not vals[0]:
        vals = (F,)*6
    v = dict(zip(keys, vals)); v['all'] = all(vals)
    it['verdict'] = v; it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
