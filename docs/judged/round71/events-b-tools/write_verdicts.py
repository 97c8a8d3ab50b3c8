"""Write events-b.jsonl from the items and judge b's verdicts (fields listed are the wrong ones).

usage (from docs/judged/round71): python events-b-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (wrong fields, reasons)
V = {
 1: (["source", "target", "date"], "Iraq ('it') accused the two men, so the source should be Iraq (IRQ), not Syria, and the target should be the two men (Baathists Ahmed and Farhan), not empty; the accusation is part of Tuesday's demand, so the date should be 2009-08-25."),
 2: ([], "Church leaders (ZMB) welcomed Chiluba's announcement: SUPPORT. 'The announcement' names an act, not a party, so an empty target is right by the rules (a coder could also code Chiluba). Document date for this news."),
 3: (["source"], "The one who urged activists to stay calm is Sheikh Hasina (BGD, Awami League), not the 'party caretaker government'. Target activists (BGD), date and modality are right."),
 4: ([], "The Turkish parliament (TUR) ratified Sweden's membership: SUPPORT, January 2024. 'The membership' is no party, so an empty target is right by the rules (Sweden would also do)."),
 5: ([], "The authorities (TGO) cut mobile internet: COERCE. No party acted upon is named, so an empty target is right. The Thursday of the protest narrative (2017-09-07) is accepted as the date the context gives."),
 6: (["source"], "'The North' is North Korea, so the source needs the code PRK, not None. REQUEST to the United States (USA) with the document date for a standing demand is right."),
 7: ([], "A protest march against the Gnassingbe rule and for term limits is aimed at the authorities, so Togo (TGO) is a right target. Thursday 2017-09-07 is right."),
 8: (["type"], "Removing U.N. monitoring equipment is a cut in cooperation (SANCTION; REJECT would also pass), not an investigation (ACCUSE). Source Pyongyang (PRK), target UN, date and modality are right."),
 9: (["type"], "Adamkus 'warned against' an arrangement, which is a warning with no threatened consequence, so the type should be ACCUSE (disapprove), not THREATEN. The source (LTU), the empty target and the date (2002) are right."),
 10: ([], "The March 2004 riots against Serbs are PROTEST/riot (ASSAULT would be defensible too). No rioters are named, so an empty source is right, and the target is Serbs. 2004-03 is right and the act was asserted."),
 11: ([], "Cohen (ISR) held talks with Mangoush (LBY) 'last week' = 2023-W34: CONSULT, asserted with Cohen as speaker. It is in a different sentence from the 'met' of the lead."),
 12: ([], "The Maldives government (MDV) declared a state of emergency on Friday 2004-08-13: COERCE. An empty target is right."),
 13: ([], "Investors welcomed the result: SUPPORT by business actors with no country. The target is empty because 'the result' is no party. This is borderline as a political event (a market reaction), but it is accepted."),
 14: ([], "Protesters (GAB) accused France (FRA) of backing Bongo: ACCUSE. The text gives no date, so the document date is right."),
 15: ([], "Obama (USA) urged Kenya (KEN) on Saturday 2015-07-25: REQUEST, right in all fields."),
 16: ([], "Kristersson (SWE) agreed a deal with Budapest (HUN): AGREE (SUPPORT for a finalised deal would also pass). The text gives no date, so unknown is right."),
 17: ([], "Mekdad (SYR) urged the Security Council (UNO) to condemn the raid: REQUEST. The story's dateline is Oct 5, so 2003-10-05 is right."),
 18: ([], "Congolese soldiers (COD) handed their weapons to UN peacekeepers: RETREAT/disarm. Monday 2025-01-27 from the Goma narrative is accepted, and the act is asserted per the UN."),
 19: ([], "Saudi Arabia (SAU) welcomed the ICJ ruling: SUPPORT. 'The ruling' is no party, so an empty target is right. The document date is right."),
 20: (["source", "target"], "The clashes were 'between patrols', so the parties should be the (Ethiopian and Eritrean) patrols, named by a common noun in the sentence, not empty. ASSAULT on 1998-05-06 is right."),
 21: ([], "Putin (RUS) congratulated Aliyev (AZE): SUPPORT, with the document date. Right in all fields."),
 22: ([], "Investors welcomed Fidesz's majority: SUPPORT by business actors. This is borderline as a political event (a market reaction) but is accepted, with an empty target and Monday = the document date."),
 23: (["target", "date"], "CONCEDE (Hamas's promise under the deal to free hostages) from Hamas (PSE) is accepted. But the hostages are Israeli-held captives, so the target should be hostages (ISR or no code), not PSE. The promise dates from the deal announced on Wednesday, so the date should be 2025-01-15."),
 24: (["target"], "The EU accepted an 8% cut: AGREE. The United States is a parallel party in the gapped clause ('the United States 7 percent'), not the target, so the target should be empty."),
 25: ([], "Kim Moon-soo (KOR) conceded on Wednesday 2025-06-04: CONCEDE. 'Conceded' has no object, so an empty target is accepted (Lee, in the next clause, would also do)."),
 26: ([], "The EU urged Kosovo (XKX) to reverse the tariff: REQUEST. With no date in the text, the document date is right."),
 27: (["target"], "Peskov/the Kremlin (RUS) blamed NATO's approach, so the target should be NATO. Peskov is the speaker, not the target."),
 28: ([], "Libya's air force (LBY) took part in the raids: ASSAULT on Monday (the document date). 'The raids' names no target party, so an empty target is right."),
 29: (["date", "modality"], "'Israel releases hundreds of Palestinian prisoners' is a term of the deal for its first phase: the release is future, not asserted. It has no date at the document date (the phase starts Sunday 2025-01-19), so the date should be unknown or that phase. Type, source and target are right."),
 30: ([], "Syria (SYR) rejected Iraq's accusations: REJECT is accepted (PLOVER 'all rejections'). 'The accusations' is no party, so an empty target is right. The document date is right."),
 31: (["date"], "A deputy police commander (EGY) was killed in 'the attack' on the Matay police station, which the text dates to last August, so the date should be 2013-08, not unknown. The empty source is right because the sentence names no attacker."),
 32: ([], "Merkel (DEU) telephoned Tusk (POL): CONSULT/phone. It is distinct from the congratulation. The document date is right."),
 33: ([], "The 26,000 Palestinians killed 'since then' is a sum from an earlier time, so no date is right. No killer is named in the sentence, so an empty source is right."),
 34: (["target", "date"], "Burkina Faso is the topic of the summit, not a party met, so the target should be empty (the regional leaders meet among themselves). The text says 'this week', so the date should be 2022-W05, not unknown."),
 35: ([], "Libyan officials (LBY) condemned the move: ACCUSE. 'The move' is no party, so an empty target is right (Mauritania would also do). The document date is right."),
 36: ([], "A civilian (GEO) was killed in an exchange of fire: ASSAULT with an unnamed killer. This news has no date in the text, so the document date is right."),
 37: ([], "The African Union (AFU) called on all sides (in Gabon) for restraint: REQUEST, with the document date."),
 38: ([], "The Syrian army's claim that it hit more than one Israeli plane, which Israel denied, is rightly 'reported'. Syria to Israel on Saturday (the document date)."),
 39: (["target"], "The woman bomber from Jenin (PSE) and Saturday 2003-10-04 are right. But the sentence names the attacked Maxim restaurant (Haifa, ISR), so the target should be the restaurant or its patrons (ISR), not empty."),
 40: ([], "Ethiopian warplanes (ETH) bombed Asmara airport (ERI) on Friday 1998-06-05: ASSAULT, right in all fields."),
 41: (["target"], "'Between 40 and 50 militants had been killed': the sentence names the victims, so the target should be the (Islamic State) militants, not empty. An empty source is right and Monday is right."),
 42: (["target"], "The 13,000 people were killed in eastern Ukraine, so the target's code should be UKR, not RUS. An undated total is right with no date, and the separatists source is accepted."),
 43: (["date"], "Syria (SYR) had asked Baghdad (IRQ) for evidence before it recalled its envoy on Tuesday. This is an earlier (pluperfect) background act, so the document date is wrong; it should be undated (on or before 2009-08-25)."),
 44: ([], "The army (LKA) pulled out of its Jaffna fort in 1990: RETREAT. The withdrawal has no object party, so an empty target is accepted."),
 45: ([], "Chavez (VEN) 'has accused' RCTV (VEN): a standing accusation, so the document date is right."),
 46: (["target", "date"], "The sentencing was by the Berlin court (DEU). Darabi is named 'Iranian', so his code should be IRN, not None. The sentencing was at Thursday's ruling, so the date should be 1997-04-10; September 1992 is the date of the murders."),
 47: ([], "Hassan Sheikh said Somalia (SOM) was ready to work with Ethiopia (ETH): AGREE. With no date on the 'said', the story's date Dec 12 is right. reported_by should be Hassan Sheikh, not Abiy (not scored)."),
 48: (["target", "date"], "CONCEDE for Athens's commitment under the deal to lift the embargo is right. But the sentence refers to Macedonia ('Macedonian goods', 'the landlocked republic'), so the target should be Macedonia (MKD). The deal was signed on Wednesday, so the date should be 1995-09-13."),
 49: ([], "Norway's envoys (NOR) will travel to Sri Lanka (LKA) 'in the coming days': CONSULT/visit, future, with no precise date."),
 50: (["target"], "Ukraine is a co-critic ('joined Ukraine in criticising'), not the target. The target should be empty ('the decision') or PACE. The sources GEO, POL and GBR and the document date are right."),
}

out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    wrong, reason = V[it["n"]]
    assert all(w in FIELDS for w in wrong)
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
assert len(out) == 50
with open("events-b.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
for k in FIELDS + ["all"]:
    print(k, sum(it["verdict"][k] for it in out))
