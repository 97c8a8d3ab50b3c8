"""Write events-a.jsonl from the judge's verdicts below, then check the file.

Verdict letters per item: event, type, source, target, date, modality (T/F).
usage: write_verdicts.py  (run from round173/)
"""
import json

V = {
 1: ("TTFTTT", "Source should be the spokesman for the Russian Foreign Ministry in Moscow (RUS), not a U.N. spokesman. "
     "ACCUSE fits calling Georgia's accusation a provocation; empty target is right by the rule (the sentence does not name Georgia), and the document date is right (no date in the text)."),
 2: ("TTTTTT", "Putin and Mori ('the two leaders') signing agreements is SUPPORT (CAMEO 057), mutual; no date in the sentence, so the document date (Tuesday, the summit's last day) is right."),
 3: ("TTTTFT", "Date should be 1996-07-09: the meeting was 'a day after' the address, which was on Wednesday 1996-07-10. '1996-06' comes from 'last month' in another sentence."),
 4: ("TTTTFT", "ASSAULT on Armenians (ARM) with no named perpetrator, and asserted with reported_by Armenians, is right. But the date should be empty: 'up to 1.5 million ... killed ... from 1915' is a total summed over a span, which gets no date by the round-20 rule (mode would better be massacre)."),
 5: ("TTTFTT", "Target should be the European Union ('the bloc'; EU), not NATO. NATO is named only in 'NATO expansion'. CONSULT by Medvedev on Friday 2008-06-27 is right."),
 6: ("TTFTTT", "Source country should be JPN: the families of Japanese abductees, not PRK. Empty target is right (the sentence names no party), and the document date is right."),
 7: ("TTTTTT", "Kan met Medvedev: CONSULT JPN->RUS. The sentence gives no date, so the document date is right. The protest (e4) is a separate act."),
 8: ("TTTTTT", "Sudan's delegation (SDN) accused Washington (USA): ACCUSE. No date in the text, so the document date is right."),
 9: ("TTTTTT", "Unnamed critics criticised Lula (BRA): ACCUSE with empty source. I took 2010-02-24, the report date in the story's dateline ('HAVANA, Feb 24'), as the report date (document date 02-25)."),
 10: ("TTTFTT", "Target country is wrong: the Kosovo Liberation Army is a Kosovo Albanian rebel group (Kosovo/Yugoslavia, KOS or SRB), not Albania (ALB). Source and type are right. Date 1998-12-14 matches the story's dateline day."),
 11: ("TTTFTT", "Target should be the three Frenchmen (French civilians, FRA CVL), not the French state (France, country). Gunmen with no country and Monday 2007-02-26 are right."),
 12: ("TTTFTT", "Target should be Kim Jong Il / North Korea (PRK). 'it' is his visit to China, and China only hosted it. Source KOR officials, SUPPORT and the document date are right."),
 13: ("TTTFTT", "Target should be Prime Minister Sharmarke (SOM): the threatened confidence vote is against him, and the sentence refers to him ('his removal'). 'In recent weeks' gives no date, so an unknown date is right."),
 14: ("TTTTTT", "Raul Castro (CUB) blamed the United States (USA) on Wednesday 2010-02-24: ACCUSE, right in all fields."),
 15: ("TTTTTT", "Musharraf (PAK) imposed emergency rule in November 2007: COERCE (martial law), background act with its own month, right; empty target acceptable."),
 16: ("TTTFTT", "Target should be al-Mihdar (YEM, leader of the Islamic Army of Aden-Abyan), whom the sentence names as the person sentenced. SANCTION convict by the Yemeni court in 1999-05 is right."),
 17: ("TTFFTT", "Roles reversed: the Australians were arrested. Source should be empty (the Indonesian authorities, unnamed) and target the nine Australians (AUS). COERCE arrest in 2005-04 ('last month') is right."),
 18: ("TTTTTT", "Yandarbiyev (Chechen separatist, RUS) killed by a bomb on 2004-02-13; the sentence names no attacker, so the empty source is right."),
 19: ("TTFFTT", "Source should be the Vetevendosje movement / the several thousand protesters (Kosovo), not empty. Target should be U.N. envoy Ahtisaari / the U.N. (UNO), whose proposal the protest denounced. Saturday 2007-02-10 is right."),
 20: ("TTTTTT", "Sanaa (YEM government) has asked Britain (GBR) to hand over Abu Hamza: REQUEST. A standing request with no date in the text, so the document date is right."),
 21: ("TTTTTT", "The Tigers (LTTE, LKA) broke off the ceasefire in 1995-04. I accepted SANCTION as the reduction of an existing cooperative arrangement (ASSAULT for violating a ceasefire would also be defensible). Empty target is acceptable: the sentence names no party, though the government would also be right."),
 22: ("TTTTTT", "The two governments (VNM, USA) signed a framework agreement: SUPPORT, mutual. No date on the signing in the text, so the document date is right (reported_by 'step officials' is garbled but not scored)."),
 23: ("TTTTTT", "King Abdullah asked Abu al-Ragheb to form a government on Monday 2000-06-19: REQUEST JOR->JOR. Literal and acceptable, though it is really an appointment."),
 24: ("TTTTFT", "Date should be the document date 2002-09-02: the embassy's request for an investigation is reported as this news (made after Saturday's ambush), not an act of unknown time. The condemnation in the same sentence got that date."),
 25: ("TTTTTT", "The government (PHL) wanted the rebels (MILF, PHL REB) to surrender those responsible: REQUEST, reported by Dureza; document date right."),
 26: ("TTTTTT", "Zardari (PAK) arrested in November 1996, agent not named: COERCE arrest, right."),
 27: ("TTTTTT", "Syria withdrew its troops from Lebanon in April 2005: RETREAT SYR->LBN, right."),
 28: ("TTTTTT", "Malaysian-led ceasefire monitors sent to investigate: ACCUSE investigate. The source (the monitors, listed with Malaysia, which leads them) is acceptable despite the garbled name 'led ceasefire monitors'; empty target and the document date are right."),
 29: ("TTTTTT", "Islamshahr residents (IRN) protesting and clashing with security forces over fares and water: PROTEST against the state (IRN). Under the crowd rule the aim is the authorities' handling (clash with security forces, public water), so Iran is right; Tuesday 1995-04-04 is right."),
 30: ("TTTTTT", "Military officials (PHL MIL) blamed the MILF (PHL REB): ACCUSE; document date right."),
 31: ("TTTTTT", "Madagascar's rival leaders (MDG) signed a power-sharing agreement on Sunday 2009-08-09: SUPPORT, reciprocal with no recipient; right."),
 32: ("TTTTTT", "President Ntibantunganya (BDI) appealed for calm on Saturday night 1995-03-11: REQUEST with no named addressee; right."),
 33: ("TTTTTT", "Serbia (SRB) has rejected Ahtisaari's plan: REJECT. 'it' is a plan, not a party, so the empty target is right by the rule. It is a standing rejection with no date in the text, so the document date is acceptable."),
 34: ("TTTTTT", "Nepal's government agreed in principle to free prisoners: CONCEDE (promise of a concession; AGREE would also fit), target the prisoners (NPL). The source label 'interim government' is a mislink to the Maoists' demand, but the party code NPL/GOV is Nepal's government."),
 35: ("TTTTTT", "Saakashvili (GEO) barred from entering Adjara this month (2004-03): COERCE restrict. The passive has no agent, so the empty source is acceptable (Abashidze would be better)."),
 36: ("TTTFTF", "Target country should be UGA: the 70+ people killed in Kampala were watching the World Cup final, not Somalis (SOM). Modality should be reported, because al-Shabaab as bomber rests on its own claim ('claimed the July bombings')."),
 37: ("TTTTTT", "Taylor (LBR) indicted last month (2003-06) by the U.N.-backed court in Sierra Leone: ACCUSE allege, right."),
 38: ("TTTFFT", "Target should be the Maoists (NPL), named in the sentence. Date should be the document date 2007-09-19: the text dates only the walkout (Tuesday), not Koirala's appeal."),
 39: ("TTTTTT", "Belarussian riot police (BLR) beat demonstrators (BLR) on Sunday 1999-10-17: ASSAULT beat; right (the detentions, e2, are a separate act)."),
 40: ("TTTTTT", "Rabat (MAR) rejected James Baker's 2003 plan (Baker named as its author, USA): REJECT. The text gives no date for the rejection, so unknown is right."),
 41: ("TTTTTT", "The junta (SLE MIL) invited the RUF (SLE REB) to share power when it seized power in May 1997: AGREE (invite/offer), right."),
 42: ("TTTTTT", "A Moroccan delegation (MAR) handed the plan to Ban Ki-moon (UNO) on Wednesday 2007-04-11: CONSULT is acceptable for the in-person presentation."),
 43: ("TTTTTT", "A Taiwanese official (TWN) accused Seoul (KOR) of exaggeration: ACCUSE; document date right."),
 44: ("TTTTTT", "Unnamed diplomats (no country given) welcomed the talks: SUPPORT. The talks are not a party, so the empty target is right; document date right."),
 45: ("TTTTTT", "China (CHN) supplies North Korea (PRK) with oil and food: an ongoing act, so the document date is right. AID fits the context ('food and fuel aid' in the previous sentence), though COOPERATE (trade) is arguable."),
 46: ("TTTTTT", "Car bombs killed more than 100 people in Algiers (DZA) this month: ASSAULT with no named agent. 'This month' (1997-01) bounds the whole total, so the month is right."),
 47: ("TTTTTT", "Arroyo (PHL) ordered the military (PHL MIL) to hunt down those responsible: REQUEST (order); document date right."),
 48: ("TTTTTF", "Modality should be negated: the return visit by Kim (PRK) to Seoul 'has yet to take place'. Type, source and target are right."),
 49: ("TTTTFT", "Date should be 1999 ('Last year' at the Sirte summit), not the document date: this is a background act. SUPPORT by African leaders for Gaddafi (LBY) is right."),
 50: ("TTFTTT", "Source should be Pyongyang / the North Korean government (PRK), not 'Yongbyon', which is the reactor complex. ACCUSE against the U.S. government in 2008-08 ('last month') is right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open("events-a.jsonl", "w") as out:
    for it in items:
        letters, reasons = V[it["n"]]
        v = {f: c == "T" for f, c in zip(FIELDS, letters)}
        if not v["event"]:
            v = {f: False for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-a.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: r[k] for k in it} == it
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in rows) for f in FIELDS + ["all"]}
print(counts)
