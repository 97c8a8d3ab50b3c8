"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.

usage: write_verdicts.py   (run from docs/judged/round147)
Each verdict lists the fields judged wrong; every other field is right. "SPURIOUS" makes all fields false.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "CONSULT (negotiation) United States -> India right; the ongoing negotiation takes the day of the report (the dateline's Nov 24; the metadata date is Nov 25), accepted."),
 2: (["source"], "Source should be the U.S. House of Representatives (USA), not TWN; SUPPORT toward Taiwan for the vote, the month (2000-02) and asserted are right."),
 3: ([], "Cancelling the APEC summit and the U.N. climate conference Chile was to host read as SANCTION/withdraw from the activity; Pinera -> U.N. (one of the two bodies) on Wednesday 2019-10-30, all right."),
 4: (["source"], "The lawmakers are members of the European Parliament in Strasbourg, not Polish lawmakers: source country should be the EU (EUR) or empty, not POL; target Morawiecki and the Wednesday date are right."),
 5: (["source"], "The Croat crowds are Bosnian Croats in southwest Bosnia: source country should be BIH, not HRV (Croatia); target NATO-led peacekeepers (NATO) and Friday 2001-04-06 are right."),
 6: ([], "COERCE/arrest U.S. forces -> two Iranians (IRN), 'last month' = 2006-12, asserted: all right."),
 7: (["date"], "Arrest of a third Abzas Media staff member (AZE), no source named, right; but the text gives this arrest no day (only Hasanli's is 'on Monday'), so the date should be the document date 2023-11-22, not Monday 2023-11-20."),
 8: ([], "SUPPORT: Nigeria's ruling party (PDP) welcomed the delay; the delay is the commission's act, a party the sentence does not name, so an empty target is right; date the day of the report."),
 9: ([], "CONSULT/visit by the foreign ministers of Eritrea, Ethiopia and Somalia to Djibouti, 'earlier this month' = 2018-09: all right."),
 10: ([], "Future call for a boycott (of Abbas's referendum) by Hamas leaders: PROTEST/boycott, no target party named, undated future: right."),
 11: (["source"], "The mission is the IMF's ('the fund said'): source should be the IMF mission (IMF), not a Mozambican government body (MOZ/GOV); target Mozambique's government (Maputo), future and no date are right."),
 12: (["source"], "The demonstrators are named in the sentence ('tens of thousands of people', in Slovenia): source should be those protesters (SVN), not empty; target the mayor of Maribor, 2012-11 and asserted are right."),
 13: (["target", "date"], "A nominal mention of the Sept. 11 killing of the U.S. ambassador: target should be Christopher Stevens as USA (U.S. ambassador), not LBY; date should be 2012-09-11 (the background act, per P3), not the document date."),
 14: ([], "CONSULT/visit Bashir (SDN) -> Kenya, Friday 2010-08-27, asserted: all right."),
 15: ([], "SUPPORT Nepali Congress (one of the three backers, NPL) -> Ram Baran Yadav in Monday's vote (= document date 2008-07-21): right."),
 16: ([], "ASSAULT (suicide car bomb at the Marriott) killing 12 people; no attacker asserted (police blame JI), so an empty source is right; 'less than a month' before gives no date, so no date is right."),
 17: (["source", "date", "modality"], "Source should be Marco Rubio (USA), the accuser, not Uribe; the accusation was made (asserted), not future; with no date in the text it takes the document date 2025-08-01, not none. Target radical judges (COL) is right."),
 18: ([], "Legal action (suing) by the European Commission against Poland is ACCUSE; Monday = 2018-07-02; all right."),
 19: ([], "REQUEST (to form a government) Caputova -> Matovic, 'is expected to ... in the coming days' = future, no date: right."),
 20: ([], "REQUEST von der Leyen (EU) -> Hungarian authorities; 'had called' at an unstated earlier time, so no date is right; asserted."),
 21: (["date"], "ACCUSE Soglo's camp -> Kerekou's supporters is right, but 1991 is the year of Soglo's earlier win in the previous sentence; the accusation belongs to the March 1996 run-off dispute and the text gives it no date (undated, or the document date 1996-04-02)."),
 22: (["target"], "The demand for an explanation is made to the Emirati ambassador, named in the sentence: target should be the Emirati ambassador (ARE), not empty; source Tunisian government and date (none given, document date) right."),
 23: ([], "ACCUSE some Benghazi residents (LBY) -> the protesters (LBY), reaction reported in this story: right."),
 24: (["SPURIOUS"], "Not an event: Moscoso's bar on a second consecutive term is a constitutional term limit, a standing rule, not an act by anyone."),
 25: ([], "ASSAULT (killings of Rugova's aides and LDK officials, XKX), unsolved so no source; a span 'since the 1998-99 war' has no date: right."),
 26: (["target"], "AGREE (promise of closer trade ties) made in Clinton's address to South Africa's parliament: target should be South Africa (ZAF), named in the sentence, not empty; Thursday 1998-03-26 right."),
 27: ([], "REJECT by the Hong Kong government of the suggestion of political motives; the critics are not named in the sentence, so empty target is right; date of the report."),
 28: (["target"], "MOBILIZE (Russian peacekeepers stationed, ongoing, document date) is acceptable, but 'there' refers to Abkhazia: target should be Abkhazia / Georgia (GEO), not empty."),
 29: (["target"], "SUPPORT (thanks) by Jamri: target should be the ruler, emir Sheikh Hamad bin Isa al-Khalifa (BHR), not 'Abdul Amir al', which is Jamri himself."),
 30: (["target"], "Clinton urged Bangladesh's neighbours, i.e. India and Pakistan (IND, PAK), to follow its lead; target should be them, not Bangladesh."),
 31: (["target"], "Negated restoration of diplomatic/transport links by India: target should be Pakistan (PAK), named in the sentence, not empty; type, negated and date right."),
 32: ([], "AGREE: the Maluku agreement reached (Tuesday 2002-02-12) by the Christian and Muslim leaders, clearly the parties of 'the agreement' from the lead; attribution to Thalib keeps it asserted. Right."),
 33: ([], "CONSULT/visit Bashir (SDN) -> Chad in July 2010: right."),
 34: (["date"], "AGREE (invitation) Mandela -> Gaddafi right, but 'had invited' is an earlier act of unstated time, not this news: it should have no date rather than the document date 1998-03-27."),
 35: (["source", "target"], "The opposing parties are 'several countries, including Chad': source should be those countries / Chad (TCD) and target Bashir (SDN), not Bashir -> Sassou Nguesso; REJECT, future, no date acceptable."),
 36: ([], "AGREE (pledge to deepen the partnership) mutual between Hu (CHN) and Musharraf (PAK), Friday 2006-11-24: right."),
 37: ([], "REQUEST (order) Katz -> his ministry (ISR), part of the reaction to Thursday's Turkish halt, document date 2024-05-02: right."),
 38: ([], "Kufuor addressing the AU summit coded as CONSULT/multilateral with Kufuor (GHA) as participant, no recipient, on Monday (document date): accepted (the summit is not coded elsewhere)."),
 39: ([], "RETREAT/resign Emile Lahoud (LBN) in November = 2007-11: right."),
 40: ([], "REQUEST China -> Japan to stop provocative actions, date of the report: right."),
 41: ([], "ACCUSE (condemnation) by UNMIK head Jessen-Petersen of an attack whose perpetrators are unknown: empty target right; date of the report right."),
 42: (["target"], "'it' is the Emirati ban: target should be Emirates / the UAE (ARE), not Tunisia; source Tunisian politicians and date right."),
 43: ([], "SUPPORT (thanks) Ross Wilson (USA) -> Turkish police, 2008-07-09: right."),
 44: ([], "AGREE (Kabila's promise of elections within two years), no recipient, promise made at an unstated earlier time so no date: right."),
 45: ([], "SUPPORT (NLD welcomed any dialogue), no party welcomed as such, so empty target is right; date of the report right."),
 46: (["target"], "The struck party is the tanker (the Liberian-flagged, Japanese-owned Mercer Street), not Antony Blinken (USA); no attacker named in the sentence (empty source right); Thursday night 2021-07-29 right."),
 47: (["date"], "AGREE (pledge of an orderly handover) Arzu right, but the date is the pledge's (no date given: document date 1999-12-27), not Jan. 14, which is the handover's day and in 2000, not 1999."),
 48: ([], "CONSULT/visit Saudi envoy Sudairi (SAU) -> Palestinians (West Bank/Ramallah), 'the same day' = 2023-09-26: right."),
 49: (["target", "date"], "Expulsion by Iraqi authorities (SANCTION/expel accepted; COERCE/deport would fit as well): target should be the two Iranians (IRN), not U.S. forces; date should be 2006-12 ('last month'), not the document date."),
 50: ([], "MOBILIZE (police deployed along Clinton's route) Bangladesh police, no target, Monday = 2000-03-20: right."),
}

PARAS = {
 "h50-x196-10": ([
   "COERCE/arrest: U.S. immigration agents (USA) -> Luis Posada Carriles (CUB), arrested, 2005-05-17",
   "ACCUSE/allege: Cuba (CUB) and Venezuela (VEN) -> Luis Posada Carriles (CUB), accused of the airliner bombing, document date 2005-05-18 (standing accusation)",
   "ASSAULT (reported, inside the accusation): Luis Posada Carriles (CUB) -> Cuban airliner (CUB), bombing, 1976",
  ], 1, 1, 0, "Dateline found the arrest (its target adds Cuba beside Posada). The accusation by Havana and Caracas and the 1976 bombing inside it were not found. 'Would not leave the United States' is no PLOVER act."),
 "h50-x195-22": ([
   "ASSAULT: al Shabaab (SOM) -> Kenyan military base used by U.S. forces (KEN; U.S. forces USA), attack killing one American soldier and two contractors, 2020-01-05",
  ], 1, 2, 1, "The attack (with the killings as its result, one act) was found. e2 COOPERATE 'used by U.S. forces' is spurious: a relative clause describing the base, not a reported act."),
 "h50-x194-07": ([
   "AID (rescue hostages): Algerian troops (DZA) -> 17 European tourists held hostage (no single country), freed in an operation against their kidnappers, 2003-05-14",
   "ASSAULT/abduct: kidnappers (no code) -> 32 European tourists, kidnapping in the Sahara, 2003 ('earlier this year')",
  ], 0, 0, 0, "Dateline has no event in this paragraph: neither the rescue nor the kidnapping it implies. The operation against the kidnappers could alternatively be coded ASSAULT DZA -> kidnappers; it is the same act as the rescue."),
 "h50-x195-03": ([
  ], 0, 0, 0, "Lawmakers adopting the national constitution is a domestic legislative act with no recipient; no PLOVER event coded (a coder could at most code SUPPORT approve policy). Dateline has none."),
 "h50-x195-21": ([
   "COERCE/restrict (border closure to goods, CAMEO 163): Nigeria (NGA) -> Benin (BEN), Niger (NER), land borders kept closed until at least end of January, announced 2019-10-14 (future extension)",
  ], 0, 0, 0, "Dateline has no event in this paragraph: the extension of the border shutdown was missed (its e1 'began shutting' is in a later paragraph). 'Has angered Benin and Niger' is a state, not coded."),
 "h50-x194-06": ([
   "REQUEST: Bashar al-Assad (SYR) -> Tony Blair (GBR), give U.N. inspectors in Iraq time, 2002-12-16",
   "CONSULT/visit: Bashar al-Assad (SYR) -> United Kingdom (GBR), first visit to Britain, 2002-12-16",
  ], 2, 2, 0, "Both found, with right arguments and date."),
}

def main():
    items = [json.loads(l) for l in open("events-b-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == ["SPURIOUS"]:
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS and w != "event" for w in wrong), wrong
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.append(rec)
    with open("events-b.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
    with open("paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, nd, sp = PARAS[p["doc"]][:4]
            assert nd == len(p["events"]), (p["doc"], nd, len(p["events"]))
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": nd,
                                "spurious": sp, "notes": PARAS[p["doc"]][4]}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open("events-b.jsonl")]
    assert len(back) == 50
    for a, b in zip(items, back):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a
        v = b["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    for f in ["source", "target", "date", "modality"]:
        print(f, "wrong:", [r["n"] for r in back if not r["verdict"][f] and r["verdict"]["event"]])

if __name__ == "__main__":
    main()
