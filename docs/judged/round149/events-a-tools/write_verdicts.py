"""Write events-a.jsonl from the verdicts below (judge a, round 149) and print per-field counts.
Verdict tuple: (event, type, source, target, date, modality). usage: python3 events-a-tools/write_verdicts.py"""
import json
F = ["event", "type", "source", "target", "date", "modality"]
T, X = True, False
ALL = (T, T, T, T, T, T)
SP = (X, X, X, X, X, X)
V = {
1: ((T,T,T,T,X,T), "Date should be 2021-02-23: the tear gas was fired 'within hours of' the electoral commission's Tuesday announcement, not on the Wednesday document date. Police (NER) -> young men in Niamey (NER) is right."),
2: ((T,T,T,T,T,X), "Modality should be future (or asserted, since the halt is in force): 'would halt' is the future-in-the-past of what Aramco told EGPC, not a hypothetical. Egypt as target for the state-owned EGPC (EGY) and the date 2016-10 are right."),
3: ((T,T,T,X,T,T), "Target should be Tunisia's parliament (TUN): the protesters rallied outside the chamber while parliament passed the contested law, both in this sentence, and a home protest at the authorities' act takes the state as target; empty is wrong when the sentence names the party."),
4: ((T,T,T,T,X,T), "Date should be 2009-10-05 at the latest (Chinese state media reported Kim's words on Monday; Wen arrived on Sunday 2009-10-04), not the Tuesday document date. Kim -> Wen accepted as a mutual meeting ('told'), though PLOVER's visit mode would make the visitor Wen (CHN) the source."),
5: (ALL, "SUPPORT Sarkozy (FRA) -> Chavez (VEN) for backing his mediation; a background act with no date, so unknown is right."),
6: (ALL, "CONSULT Benedict XVI (VAT) with Raul Castro (CUB) on Tuesday 2012-03-27; all right."),
7: (ALL, "SUPPORT by Taiwan's government (TWN); the sentence names no party ('the decision'), so an empty target is right by the conventions (Japan, whose decision it was, would also be right). Document date is the day of the news."),
8: ((T,T,T,X,T,T), "Target should be the Indonesian government/state (IDN): the students demanded lower prices and political change (aimed at the authorities, outside the assembly); the universities are only the venue."),
9: ((T,T,X,X,T,T), "Source should be the Yemeni opposition leaders with country YEM (the text makes it plain), not uncoded; target GPC is coded USA, it should be YEM (the GPC/government, party to the deal) or empty."),
10: ((T,T,T,T,X,T), "Date should be 2003-11-20: the arrests were part of Thursday's clashes in Miami (the lead dates the police tear gas on Thursday; dateline dates the tear gas of the same paragraph so), not the Friday document date. Passive with no agent, so empty source is right."),
11: ((T,T,T,X,T,T), "Target should be the foreign militants (no country code) that the offensive 'aimed at flushing out', named in the sentence; empty is wrong. Source Pakistani army (PAK) and date 2004-03 are right."),
12: (ALL, "A verbal SUPPORT by Washington (USA) for accountability; no party is named in the sentence, so empty target is right; the statement is this news."),
13: (SP, "Spurious: 'bowing to pressure from its allies' describes the same act as the suspension already coded from this sentence (e1, SANCTION France -> Russia), a duplicate; as a yielding it would in any case target France's allies, not Russia."),
14: (ALL, "SANCTION Chavez (VEN) -> Colombia (COL), freezing relations, said on Sunday 2007-11-25; all right."),
15: (ALL, "REQUEST by the US, Poland and Baltic states -> France (FRA) to cancel the deal; a months-long background act with no date, so unknown is right."),
16: (ALL, "REQUEST State Department (USA) -> Iran (IRN) to free Esfandiari, reported as this news with no date in the text, so the document date is right."),
17: ((T,T,T,T,X,T), "Date should be 2000-04-10/11, the Monday and Tuesday of the unrest the story reports, not unknown. The riot attacked a fire station and police posts (government buildings), so Gambia (GMB) as target is right."),
18: (ALL, "ACCUSE (indict) by the UN war crimes tribunal -> more than 50 people; a running total has no date, so unknown is right. BIH for the indictees accepted from the story's context (the Bosnian war tribunal), though the text does not state it outright."),
19: (ALL, "ACCUSE Serbian nationalist politicians (SRB) -> Ahtisaari (FIN); 'have long accused' is ongoing, so the document date is right."),
20: (ALL, "ACCUSE opposition leaders (TLS) -> Fretilin (TLS); the accusation has no date in the text, so unknown is right."),
21: ((T,T,X,X,T,T), "Source should be the Miami police (USA), not Brazil's police; target should be the protesters in Miami's streets (USA, or no code), not BRA. Type, date 2003-11-20 and modality are right."),
22: ((T,T,T,X,T,T), "Target should be the Chechen separatist forces holding the presidential palace (Dudayev's rebels, RUS), not 'Grozny' as a person; the city is the place, not the party."),
23: (ALL, "SANCTION convict -> Lissouba (COG), 2001 ('last year'); no court named, so empty source is right."),
24: ((T,T,T,X,T,T), "Target should be the Maldives (MDV), whose application the member governments approved; the island nation is referred to in this sentence. Source and the undated approval reported with this news are accepted."),
25: ((T,T,T,X,T,T), "Target should be Ansar al-Sharia (LBY), the Libyan Islamist group, not 'Sharia' coded USA."),
26: ((T,T,X,X,T,T), "Source should be Commonwealth officials (the Commonwealth, no country code), not MDV; target should be the Maldives (MDV), the island nation visited, not the United Kingdom. Date 2019 is right."),
27: (ALL, "AGREE among trade ministers of 34 nations on a free trade blueprint on Thursday 2003-11-20; a mutual agreement, so an empty target is right."),
28: (ALL, "CONSULT Bush (USA) with EU leaders, Thursday 2001-06-14; the first of the two events for this meeting, so not the duplicate."),
29: (ALL, "REQUEST Russia (RUS) -> UN Security Council for an emergency meeting, this news on 2024-01-24; all right."),
30: (ALL, "COERCE ban -> the Tigers (LKA) in January 1998; the banning authority is not named, so empty source is right."),
31: (SP, "Spurious: intercepting and destroying an incoming missile is air defence, not an assault on the Houthis; the attack in this sentence is the Houthis' missile fired at the UAE (e2)."),
32: ((T,T,T,X,T,T), "Target should be Khodorkovsky and Lebedev (RUS), 'each man' in this sentence, for whom the prosecutors sought 14 years; empty is wrong. Undated earlier request, so unknown is right."),
33: (ALL, "REQUEST Lowassa (TZA) for a recount; no addressee named, so empty target is right; this news."),
34: ((T,T,T,X,X,T), "Target should be Crown Prince Mohammed bin Zayed / the UAE (ARE), whom Herzog addressed as 'your'; date should be 2022-01-30, the Sunday talks in which he said it, not the document date."),
35: (ALL, "ACCUSE Bolivia (BOL) -> U.S. ambassador (USA), last week (2008-W37); a separate act from the expulsion; all right."),
36: (ALL, "CONSULT Modi (IND) and Yunus (BGD), Friday 2025-04-04, mutual; all right."),
37: (ALL, "Accepted as a negated ASSAULT on the hostages (THA) in Tuesday's raid, as the conventions provide a negated modality; a trained coder would seldom code a non-killing."),
38: ((T,X,T,X,T,T), "Type should be ACCUSE (disapprove: disputing the turnout figure as inflated), not REJECT, as no request or proposal is rejected; target should be the electoral commission (BFA) that put the figure, not Compaore. Source accepted as the opposition leaders (BFA) despite 'figure' in the name."),
39: ((T,T,T,X,T,T), "Target should be the Islamist militias in Benghazi (LBY), not Muammar Gaddafi (named only in the background clause). Source Haftar's forces (LBY) and Friday 2014-05-16 are right."),
40: ((T,T,T,X,X,T), "Target should be the Sahrawi demonstrators in Laayoune with Western Sahara's code (ESH), not MAR; date should be the preceding week of protests (from the weekend of 21-22 May 2005), not the Saturday of the letter."),
41: (SP, "Spurious: an air crash killing its passengers is an accident, not an act by a political actor (like 'the plane hit the water')."),
42: ((T,T,T,X,X,T), "Target should be France (FRA), whose draft text Russia vetoed; date should be 2016-10-08, the Security Council vote two days before the halt became known on Monday 10 October, not the document date."),
43: (ALL, "REQUEST (insisted on) Chirac (FRA) for Trichet; his partners are not named in the sentence, so empty target is right; undated pluperfect, so unknown is accepted."),
44: (ALL, "ACCUSE (formal protest) China (CHN) -> a senior Japanese diplomat (JPN), this news; all right."),
45: (SP, "Spurious: 'hit back' is Uribe's verbal retort, not an assault; the accusation it describes is already coded from this sentence (e6)."),
46: (ALL, "REQUEST Amnesty International -> Bahrain's government (BHR) to free Khawaja, this news; all right."),
47: ((T,T,T,X,T,T), "Target should be the UN war crimes tribunal, the court named in this sentence whose proceedings were welcomed; empty is wrong."),
48: ((T,X,T,X,T,T), "Type should be SANCTION (recalling an ambassador for consultations reduces diplomatic relations), target Colombia (COL); even as an order, the ambassador is Venezuela's own (VEN), not COL. Document date accepted (no date in the text)."),
49: (ALL, "Refusal to recognise Montenegro's decision: SUPPORT negated accepted per the conventions (as 'RETREAT negated'; REJECT YUG -> MNE would be the usual code); no party named ('the decision'), so empty target is right."),
50: ((T,T,T,T,X,T), "Date should be 2022-01-30: Herzog said it to the crown prince during the Sunday talks, not on the document date. Empty target is right (the attackers are not named in the sentence)."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = open("events-a.jsonl", "w")
counts = dict.fromkeys(F + ["all"], 0)
for it in items:
    vals, reason = V[it["n"]]
    v = dict(zip(F, vals)); v["all"] = all(vals)
    if not v["event"]:
        assert not any(v.values())
    for k in v: counts[k] += v[k]
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
print(counts)
