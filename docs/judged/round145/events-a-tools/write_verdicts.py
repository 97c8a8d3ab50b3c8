"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, and check them.
usage: python3 events-a-tools/write_verdicts.py   (run in docs/judged/round145)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"), reasons
V = {
 1: ([], "The deputy's denial that he ordered anyone to seize the building is a negated order (REQUEST), source Khachilayev; 'anyone' names no target, and the denial is reported as this news with no date of its own, so the document date stands (the storming itself was Thursday 1998-05-21)."),
 2: ([], "Zagreb's new government urged Bosnian Croats to respect the law: REQUEST, HRV government -> Bosnian Croats (BIH), on the April 6 day of the report; all right."),
 3: (["target"], "Karhi is expected to visit 'the kingdom', i.e. Saudi Arabia: target should be Saudi Arabia (SAU), not Israel; future and 2023-10 ('next month') are right."),
 4: ([], "Rice condemned the attack: ACCUSE by the U.S. (USA); the sentence names no attacker, so the empty target is right by the rules; same-day reaction, document date right."),
 5: ([], "Bahrain said five of its troops were killed in the attack: ASSAULT on Bahrain's troops (BHR; 'Bahraini troops, BHR MIL' would be finer), no attacker named in the sentence so an empty source is right; Friday 2015-09-04 is right."),
 6: ([], "The sentence reports the Pride march (PROTEST) that police had banned; no marchers are named so an empty source is right, and the march defied a police ban, so the Hungarian police (HUN) are a right target under the home-protest rule; Saturday 2025-06-28 is right."),
 7: ([], "Hariri and Syrian officials sent condolences (taken as SUPPORT; strictly CAMEO 018 has no PLOVER type, borderline); the recipient Nasrallah is not named in the sentence, so the empty target is right; date is the report's."),
 8: ([], "Police fired tear gas (and reportedly live rounds) at stone-throwing protesters on Wednesday 1997-07-09: ASSAULT crowd-control, MKD police -> protesters (MKD); all right."),
 9: (["date"], "The killing of an Italian tourist in the Havana hotel bombings is a real ASSAULT with no perpetrator asserted (empty source acceptable), but the text dates the bombings: date should be 1997, not unknown."),
 10: (["modality"], "Guterres 'said he would use' the UNGA and COP27 to press for funding: REQUEST by the UN (no addressee named, empty right, 2022-09 acceptable), but the act is announced, so modality should be future, not asserted."),
 11: ([], "Renamo's fighters (MOZ rebels) have clashed with government troops (MOZ) in recent months: ASSAULT, right parties; a vague recent span with no date, so unknown is right."),
 12: ([], "The three European powers (no single country code, empty right) urged Iran to reverse the step: REQUEST -> Iran (IRN), on the Monday of the report (2019-07-01); all right."),
 13: (["type", "target"], "The IMF approving a $1.1 billion loan disbursement is aid given (credit): type should be AID, not SUPPORT; the recipient Pakistan is named in the sentence, so target should be Pakistan (PAK), not empty. 2022-08 is right."),
 14: ([], "The UN launched a $160 million emergency appeal: REQUEST (for aid) by the UN, donors not named (empty target right), 'end of August' -> 2022-08 right."),
 15: (["target"], "Putin ordered 'the government' - Russia's own government - to build ties with Abkhazia and South Ossetia: target should be the Russian government (RUS), not Georgia's. REQUEST and 2008-04 are right."),
 16: (["source", "date"], "The soldiers who surrendered were the Yugoslav army troops: source should be those soldiers (Yugoslav/Serbian army, SRB MIL), not the Serbian government that reports it; the surrender was in May 1992 (previous sentence), not the document date 2010-03-02."),
 17: (["source", "target"], "'It' is the Central Jakarta District Court: source should be the court (IDN JUD), not the Indonesian government, and what it rejected was the prosecutors' case, named in the sentence: target should be the prosecutors (IDN). REJECT, document date and asserted are right."),
 18: (["source"], "The prosecutor only reports the clashes; the sentence names no party to them (farmers and herders come in the next sentence), so the source should be empty, not the prosecutor Kedelaye. Wednesday 2025-05-14 is right; e6 'killed' in the same sentence is the duplicate, not this one."),
 19: ([], "Students jumping metro turnstiles in protest at a fare rise on Oct. 18: PROTEST, students (CHL) -> the Chilean state (aimed at an authorities' act, so right under the home-protest rule); 2019-10-18 right."),
 20: ([], "Greek police detained Giotopoulos on Lipsi: COERCE arrest, GRC police -> Giotopoulos (GRC), Wednesday 2002-07-17 as in the lead; all right."),
 21: (["target"], "Netanyahu called on 'the Europeans' (the three European powers) to trigger the snapback: target should be the European powers (Britain, France, Germany; no single code), not the IAEA. REQUEST and date right."),
 22: ("spurious", "'The soldiers had fallen defending the nation' is combat, not a verbal defence (CAMEO 052); no act between actors is coded here. Spurious."),
 23: (["target"], "The drone strike aimed at Baitullah Mehsud is right as ASSAULT with no source named in the sentence, Wednesday 2009-08-05, but Mehsud is the Pakistani Taliban leader: target code should be PAK, not AFG."),
 24: ([], "Pakistan's foreign ministry spokesman welcomed India's announcement: SUPPORT by PAK government; 'the announcement' is an act, not a party, so the empty target is right by the rules; document date right."),
 25: ([], "The September 2014 protest (the forecourt storming): PROTEST, no protesters named in the sentence so empty source is right; empty target acceptable; 2014-09 right."),
 26: (["source", "target"], "Somalia's interim government took Mogadishu with Ethiopian support (ASSAULT, taking ground, right; 2006-12 right), but its code should be SOM, not SDN, and the target is not Somalia's government (the source itself): no party is named as ousted, so the target should be empty."),
 27: (["date"], "Gaddafi attending the OAU summit in Algiers is CONSULT with the OAU, but the attendance is at this July 1999 summit (ended Wednesday 1999-07-14): date should be 1999-07-14 (or 1999-07), not 1998-09 (the September of the Sirte meeting, with the wrong year)."),
 28: (["date"], "The Algerian army (DZA) refused offers of foreign special forces (REJECT, offerers unnamed so empty target right), but the refusal was an earlier, undated act before Tuesday's raid: date should be none (unknown), not the document date 2003-05-14."),
 29: ([], "Oxfam urged the G8 to double aid to Africa: REQUEST, Oxfam (no country) -> G8, said on the day of the report; all right."),
 30: (["target"], "The 'Save Benghazi' march demanded that the armed groups disband: its aim is the militias, not the state, so target should be the armed groups / militias (LBY), not Libya. Source and Friday 2012-09-21 right."),
 31: ([], "Hu's first visit to Pakistan by a Chinese head of state: CONSULT visit, Hu (CHN) -> Pakistan (PAK), Nov 24 2006; all right."),
 32: ([], "Beninese officials complained that Nigeria's closure breaches ECOWAS rules: ACCUSE by BEN officials; 'the closure' is an act, not a party, so the empty target is right by the rules; ongoing complaint, document date right."),
 33: ([], "The state security court convicted the former MP (Jamri, BHR) on Wednesday 1999-07-07: SANCTION convict; the description 'former member' is the right party with the right country; all right."),
 34: (["target"], "Georgia's demand that 'the troops' be withdrawn is addressed to Russia's railway troops, a definite description of a party named earlier: target should be the Russian troops / Russia (RUS), not empty. REQUEST and date right."),
 35: (["date"], "Berlin, Vienna and Bern sending envoys to Algeria is CONSULT -> Algeria, right parties, but it followed the tourists' disappearance in February-March, a background act: date should be none (spring 2003, undated), not the document date 2003-05-14."),
 36: (["source"], "The killing of Mouhcine Fikri on Friday night (2016-10-28) is coded, but the sentence says only that police had seized his fish before; it does not make the police his killers: source should be empty, not the Moroccan police."),
 37: ([], "Alckmin conceded and called for an end to the campaign's bitterness: an appeal (REQUEST) with no addressee, empty target right; reported as this news, document date right."),
 38: ([], "Ban Ki-moon met Bashir on the summit sidelines: CONSULT, UN -> Bashir (SDN), Monday 2007-01-29; all right (the 'pressed' REQUEST is a separate event)."),
 39: ([], "Canada publicly accused Chinese hackers (CHN) of hacking a research agency: ACCUSE; the sentence says only 'days after', so an undated act is acceptable (the story's 'last week' would give 2014-W31)."),
 40: (["target", "date"], "Hungary arrested people climbing its fence - refugees and migrants, not Hungarians: target code should be empty (migrants, no code), not HUN; and the fence and arrests began the day before September 16: date should be 2015-09-15, not 2015-09-24."),
 41: ([], "The presidents of Djibouti and Eritrea met in Jeddah on Monday 2018-09-17: mutual CONSULT, DJI and ERI; all right."),
 42: ([], "Zelenskiy urged Western countries to designate Russia a state sponsor of terrorism: REQUEST, UKR -> Western countries (no single code); date right."),
 43: ([], "Opposition leaders incl. Carlos Mesa (BOL) condemned Camacho's detention: ACCUSE; the condemned act is not a party named in the sentence, so the empty target is right; date right. (The group 'Opposition leaders' should carry BOL too; Mesa's BOL code is taken as enough.)"),
 44: ([], "Hasina 'will not approve exports' until the country's needs are secured: a negated SUPPORT (approve policy), equivalent to a REJECT of the export plan; no addressee in the sentence (empty right); 'has said', undated, unknown right."),
 45: (["date"], "About 100 people killed over several days of clashes is a total summed over a span: by the rules it has no date; the document date 2025-05-02 is wrong. Type, empty source, target (SYR) and modality are right."),
 46: ([], "Bush announced he would send 20,000 more troops to Iraq: MOBILIZE, USA -> Iraq, future, and the deployment has no date, so unknown is right."),
 47: ([], "Singh 'might visit Pakistan if the talks produced concrete outcomes': CONSULT visit IND -> PAK, hypothetical, no date; all right."),
 48: ("spurious", "'I thank God that he chose a martyr' is thanks to God, not SUPPORT toward any political actor. Spurious."),
 49: ([], "Papacostas said he was stepping down: RETREAT resign, Papacostas (CYP), Monday 2011-07-11, in its own sentence (not a duplicate of the lead's 'resigned'); all right."),
 50: (["type", "date"], "The regional assembly calls the arrest a 'kidnapping': the act is the police arrest of Camacho, so type should be COERCE arrest, not ASSAULT abduct; the arrest was on Wednesday: date should be 2022-12-28, not the document date. Police -> Camacho (BOL) and asserted (attribution) are right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = why
    out.append(rec)
with open("events-a.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h50-x193-15",
  "coder_events": [
    "ASSAULT: gunman (no code) -> Stanislav Markelov (RUS), shot dead in central Moscow, 2009-01-19",
    "ASSAULT: gunman (no code) -> young journalist walking with him (Anastasia Baburova, RUS), shot and died of her wounds, 2009-01-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 (shot, gunman -> Markelov, 2009-01-19, asserted) is right; the journalist's fatal wounding is a second target of the same shooting and is not coded in this sentence (dateline codes her later, in paragraph 2)."},
 {"doc": "h50-x196-15",
  "coder_events": [
    "RETREAT (ceasefire): Mara Salvatrucha and Barrio 18 gangs (SLV) -> each other, declared and kept a truce, about 2012-03-09 (two weeks before the report)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "'the government came under mounting pressure ... to explain' has no named source, so it is left uncoded; 'whether it had bargained' is a question, not an act."},
 {"doc": "h50-x193-16",
  "coder_events": [
    "COERCE (arrest): British police (GBR) -> Ejup Ganic (BIH), arrested at Heathrow, 2010-03-01",
    "ACCUSE (allege): Serbia (SRB, judiciary) -> Ejup Ganic (BIH), extradition warrant accusing him of war crimes, undated",
    "ACCUSE (disapprove): Bosnian Muslim leaders (BIH) -> Britain (GBR), angry protests over the arrest, 2010-03-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline codes nothing in the lead sentence; it codes the detention only from paragraph 2 (with no source or target)."},
 {"doc": "h50-x194-19",
  "coder_events": [
    "ACCUSE (investigate): Egypt's armed forces (EGY) -> Sami Anan (EGY), summoned for questioning over alleged violations of military law, 2018-01-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Anan announcing a presidential bid against Sisi is an electoral act with no PLOVER type; not coded."},
 {"doc": "h50-x193-07",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An unexplained disappearance names no actor and no act; nothing to code."},
 {"doc": "h50-x196-09",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election has no PLOVER type; the appositive 'military leader who negotiated the return of the Panama Canal' is a background act with no named counterpart, left uncoded."},
]
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for q in P:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(b[k] == a[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}
print("counts of 50:", counts)
print("paragraphs:", len(P), "coded", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
      "dateline", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))
