"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below.

Each verdict lists the fields judged wrong (empty = all right; 'spurious' = no event)."""
import json

V = {
 1: (["target"], "A REQUEST by the TLP leaders (PAK) is right and the document date is accepted (the sentence gives no date; the calls came within hours of the Wednesday 2018-10-31 verdict). Target should be the three Supreme Court judges (PAK) whose killing is called for: they are named in the sentence, so an empty target is wrong."),
 2: (["spurious"], "Not an event: analysts speculate that Mobutu's weakening (a situation, not an act) could push Savimbi to honour his commitments. Mobutu makes no request of anyone."),
 3: (["target"], "ACCUSE disapprove by Yeltsin (RUS) dated last week (1995-W36) is right. Target should be NATO: 'the bombing' is NATO's bombing and NATO is named in the same sentence, so an empty target is wrong."),
 4: (["date"], "The killing inside Dhlakama's accusation is coded right as a reported ASSAULT by the Mozambican authorities on Renamo supporters (not a duplicate of the ACCUSE e3). Date is wrong: the deaths happened on a night before the Thursday 2000-11-23 report, so the text gives no day (null, or 2000-11 at most), not the 2000-11-24 document date."),
 5: ([], "REJECT by the Mauritanian government, document date, asserted: right. 'The claims' names no party, so an empty target is right by the sentence rule (a coder would rather name the opposition coalition, MRT)."),
 6: ([], "SUPPORT by Saudi Arabia, the UAE and Kuwait for Egypt's army-backed government (EGY): an ongoing state, so the document date is right; asserted."),
 7: (["source"], "ACCUSE investigate (criminal case opened) dated 1995-09-13 is right. Source should be the Russian Interior Ministry and its officers (RUS), named in the sentence as the body opening the case and questioning residents, not empty. An empty target is right because the attacker is unknown."),
 8: (["source", "target"], "The solidarity is a separate SUPPORT act from the phone call (CONSULT e5), so it is not a duplicate, and the document date is right. Source code is wrong: the Gulf leaders are not Qatari, so the code should be empty (several Gulf states). Target should be the Qatari emir Sheikh Tamim (QAT), not empty."),
 9: ([], "REQUEST by Erdogan (TUR) to the UN Security Council: right. The calls were repeated since July 3 and are undated, so a null date is right."),
 10: ([], "SANCTION convict of the three former police officers (UKR) in 2008, with the court unnamed: right."),
 11: ([], "REQUEST by Germany and France for both sides to show restraint: right. 'Both sides' is taken as Ukraine and Russia (the escalation in the story), and the document date is right."),
 12: ([], "ACCUSE investigate by the Moscow prosecutors (RUS) into a killing by unknown attackers (empty target): right. The document date is accepted because the sentence gives none."),
 13: (["target"], "REQUEST yield by Stepashin (RUS) with the document date is right. Target should be the Chechen authorities, named in the same sentence as the party held responsible and asked for the envoy's release, not empty."),
 14: ([], "REQUEST by Conde (GIN, AU chair) to the Libyan authorities (LBY) to investigate, dated the Tuesday document date: right."),
 15: ([], "A possible pardon of Estrada by Arroyo, given as hypothetical with no date: right by the modality rule (a pardon is taken as RETREAT release). Many coders would not code an act that was only floated."),
 16: (["target"], "The REQUEST (insisting on a name change) by Greece in April 2008 is right. Target should be Macedonia (MKD): 'its neighbour' in the sentence refers to it."),
 17: ([], "ASSAULT killing more than 30 people (COD) in July 2022 by an unnamed actor: right."),
 18: ([], "REQUEST by Fox (MEX) asking Castro (CUB) to leave the summit, March 2002 ('last month'): right."),
 19: (["target"], "AGREE (a pledge of aid is AGREE by the wave-76 rule) by Germany on Friday 2021-05-28 is right. Target should be the Herero and Nama descendant communities (NAM), named in the sentence as the ones the money is for, not empty."),
 20: ([], "ACCUSE by Saudi Arabia and Egypt, document date: right. 'The attacks' names no party in this sentence, so an empty target is right (the RSF is named only in earlier paragraphs)."),
 21: ([], "RETREAT release of the last hostages by the Burmese gunmen on Saturday 1999-10-02: right (the hostages were taken at Myanmar's embassy, so MMR is accepted)."),
 22: (["target"], "ASSAULT by Hezbollah (LBN) on Sunday 2000-01-30 is right. The target's code is wrong: the South Lebanon Army is a Lebanese militia allied with Israel, not Israel, so it should be the SLA deputy commander Aql Hashem / the SLA (LBN)."),
 23: (["type", "target"], "Critics calling the road maps thin on substance is criticism, so the type should be ACCUSE disapprove, not REJECT (no request is refused). Target should be the parties to the road maps (the EU and Russia) or empty, not the 'Officials' (RUS) who described them."),
 24: (["date"], "ACCUSE by Kirillov (RUS) against the United States is right. Date is wrong: these were past briefings held over years (background), so there should be no date, not the 2024-12-18 document date."),
 25: ([], "COERCE arrest of Gao Zhan in February 2001 with the detaining party unnamed: right. Her code USA follows the text's 'U.S.-based' researcher; she is a U.S. permanent resident, not a citizen, so a coder could argue CHN."),
 26: ([], "ACCUSE by Myanmar's government against Thailand (THA) for letting the gunmen go, dated the Saturday report: right, and not a duplicate of the border closure (e6)."),
 27: ([], "MOBILIZE (heightened alert) by the Philippine security forces before the ruling: right. The day is not given, so a null date is accepted."),
 28: ([], "REQUEST by Venezuela to the US government on Tuesday 2005-08-23: right."),
 29: ([], "ASSAULT on Kirillov (RUS) on Tuesday morning 2024-12-17 with the attacker unnamed in the sentence: right."),
 30: (["target"], "SUPPORT (praise) by Xi with the document date is right. Target should be Kim Jong Un (PRK) alone: South Korea is not a party to the praise and is not named in the sentence."),
 31: ([], "ACCUSE disapprove by Hun Sen condemning a killing by an unnamed gunman (empty target), document date: right. The investigation order is a separate event (e7)."),
 32: ([], "ACCUSE disapprove by Maskhadov condemning a kidnapping by unknown gunmen, document date: right. RUS is accepted for Chechnya."),
 33: ([], "AGREE (pledge to work with the government) by Komorowski (POL) with the Polish government, undated pledge: right."),
 34: ([], "Summoning Libya's ambassador is an official complaint (CAMEO 114), so ACCUSE by Niger (NER) against Libya's ambassador (LBY) on Tuesday is right."),
 35: ([], "A total of nearly 30 killed since Tuesday by unnamed actors: by the round-20 rule such a sum has no date, so null is right. Coded ASSAULT, right."),
 36: ([], "SUPPORT (congratulation) by Jansa (SVN) to 'the winner' (Golob, SVN): right. The description with the right country counts, and the document date is accepted."),
 37: ([], "PROTEST by Afghan demonstrators aimed at the United States ('Death to America', burning U.S. flags), dated Saturday 2012-02-25: right (the aim is a foreign state, so USA is the right target)."),
 38: ([], "ASSAULT abduct of Gomez by M-19 (COL) in 1988: right."),
 39: (["date"], "ASSAULT killing at least 40 people (MOZ) in the clashes is right. Date should be 2000-11-09, the day of the nationwide protests given in the previous sentence, not the document date: this is a background act of an earlier time."),
 40: (["date"], "REQUEST (appeal for calm) by Deuba (NPL) with no addressee is right. Date should be 2004-09-01, the Wednesday of the riots (or the document date), not 2004-08-31, the Tuesday when the militants posted the pictures."),
 41: ([], "REQUEST by Japanese lawmakers (JPN) to the Japanese government, document date: right."),
 42: ([], "ACCUSE by Saif al-Islam (LBY) against France (FRA), with the document date for the recent 'has accused': right."),
 43: (["target", "date"], "The stabbing (ASSAULT, attacker unnamed in the sentence) is right. Target should be the 10-year-old Japanese boy (JPN), not the country Japan. Date should be 2024-09-18: the text says the stabbing took place on Sept. 18 (Wednesday), and 09-19 is the day it was reported."),
 44: (["target"], "Keita's invitation to the rebels to join the peace is accepted as AGREE (an offer of cooperation; REQUEST would also be defensible), with the document date (the Friday 2015-05-15 ceremony would be more precise). Target's code is wrong: these are the Malian Tuareg rebels (CMA, MLI), not DZA."),
 45: (["source", "date"], "The drone strikes are an ASSAULT, and an empty target is accepted because the sentence names only facilities (a coder might give SDN). Source is wrong: 'Drones' is no party, and since the sentence names no attacker the source should be empty. Date should be the span 2025-05-04 to 2025-05-06 (Sunday, Monday and Tuesday), not Sunday alone."),
 46: ([], "REQUEST (independent investigation) by Pastrana (COL) with no addressee, dated 1995-11-02 (the day of the report): right."),
 47: ([], "SUPPORT (sign an agreement) between Guyana's governing party and the opposition on Saturday 1998-01-17: right (a mutual event)."),
 48: ([], "The yielding inside the accusation is coded right as a reported CONCEDE (CAMEO 080 yield) by the ruling military council (EGY) to the United States, with the document date."),
 49: ([], "SUPPORT by Saudi Arabia (SAU) for Hariri's alliance (LBN): an ongoing state, so the document date is right."),
 50: ([], "REJECT by Sri Lanka (LKA) on Wednesday 2009-04-29 of the call from the foreign ministers: right. The target gives the British minister (GBR) and leaves out the French one (FRA). It is incomplete but names no wrong party."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-a-items.jsonl"):
    it = json.loads(line)
    wrong, reason = V[it["n"]]
    if "spurious" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
with open("events-a.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

P = {
 "h48-x186-22": dict(coder_events=[
    "CONSULT: Bashar al-Assad (SYR) -> United Arab Emirates (ARE), visited the UAE, 2022-03-18"],
    found=1, spurious=1,
    notes="The CONSULT visit was found with the right type and date. The AGREE e2 ('some Gulf states are ready to bring him back') is spurious: it is the reporter's reading of the visit ('the clearest sign yet'), not an act or statement by the Gulf states."),
 "h48-x186-01": dict(coder_events=[
    "REQUEST: Morocco (MAR) -> its North African partners in the Arab Maghreb Union (DZA, TUN, LBY, MRT), asked them to suspend the union's activities, 1995-12-22",
    "ACCUSE: Morocco (MAR) -> Algeria (DZA), accused it of taking sides over Western Sahara, 1995-12-22"],
    found=1, spurious=0,
    notes="The ACCUSE was found. The main act, Morocco's request to suspend the AMU ('has asked'), was missed."),
 "h48-x188-23": dict(coder_events=[
    "COERCE: Brazil's Superior Electoral Court (BRA) -> Jair Bolsonaro (BRA), barred him from running for office for eight years, 2023-06-30"],
    found=1, spurious=0,
    notes="Found with the right type, arguments and date. 'Ruling that he abused his power' is the finding behind the same decision. A coder could add a SANCTION convict, but I count the court's decision once."),
 "h48-x188-19": dict(coder_events=[
    "ASSAULT: unknown gunman -> Kem Ley (KHM), shot dead in Phnom Penh, 2016-07-10"],
    found=1, spurious=0,
    notes="Found with the right type and date."),
 "h48-x188-02": dict(coder_events=[
    "COERCE: Myanmar's military government (MMR) -> Yangon universities and colleges / students (MMR), closed them, 1996-12-07",
    "ASSAULT: riot police (MMR) -> student demonstrators (MMR), broke up the demonstrations (crowd control), just before 1996-12-07 (day not given)",
    "PROTEST: students (MMR) -> Myanmar's government (MMR), the largest student demonstrations since 1988, before 1996-12-07 (day not given)"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph. It missed the closure, the police breaking up the protests and the protests themselves. The 1988 crushing is a historical reference and is not counted."),
 "h48-x187-19": dict(coder_events=[
    "SANCTION: International Court of Justice (IGO) -> United Kingdom (GBR), found its separation of the Chagos Islands from Mauritius unlawful, 2019-02-25",
    "REQUEST: International Court of Justice (IGO) -> United Kingdom (GBR), London should end its administration of the archipelago as quickly as possible, 2019-02-25"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph. It missed the ICJ's finding (SANCTION convict, 'find behavior unlawful'; ACCUSE would also do) and its call on Britain to end its administration."),
}
items = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in items:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
