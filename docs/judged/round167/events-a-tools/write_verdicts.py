"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from docs/judged/round167): python events-a-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
T = set(F)
# n -> (set of fields that are WRONG, or "spurious"), reasons
V = {
 1: (set(), "Palestinian court convicting four men (the 'six wanted Palestinians' of the lead include them, so PSE is plain); 'last week' from Thursday 2002-05-02 is 2002-W17. All right."),
 2: (set(), "Tunisia and Israel agreed on Monday (1996-01-22) to set up interest sections: AGREE, mutual, both parties right."),
 3: (set(), "Gunmen (no country given) shot Vazgen Sargsyan (ARM) on October 27 (1999). All right."),
 4: ({"target", "date"}, "Target should be the leaders of the Basque nationalist party (ESP); 'whose leaders' has no country and 'Basque' as a country is not a party. 'have been criticised' is background criticism of unknown time, so the date should be none, not the document date."),
 5: ({"source", "target", "date"}, "The call for resignation was made by some Unity deputies and victims' relatives (ARM), so they are the source and Kocharyan (ARM) is the target, not the source. 'had ... called' is background since October 1999 with no date, so no date, not the document date."),
 6: ({"target", "date"}, "Target should be Gazprom (RUS), named in the sentence as the other party to the deal. Date: the day 2006-12-31 is right, but 'minutes before midnight on New Year's Eve' is late on the 31st (about 23:5x), not T00:00."),
 7: ({"date"}, "ACCUSE by EU observers is right, and an empty target is acceptable ('the decision' is an act; the election commission is named only in the previous sentence). But the criticism of the ban is background before the vote and has no date in the text, so the date should be none, not the document date."),
 8: (set(), "Abbas (PSE) urged the summit's Arab leaders (no single country) to back Jerusalem. 2010-03-28 is accepted because the text puts the summit on Sunday, though it could have been the Saturday."),
 9: ({"type", "target"}, "A court jailing people for 5-10 years is a sentence, SANCTION (convict), not a COERCE arrest. The text gives no nationality for 'four others', so the target country should be empty, not YEM."),
 10: (set(), "The Taliban religious police detained the foreigners and 16 Afghan employees; the Afghan employees (AFG) are a right party, though the foreigners are missing. 'Late last week' is 2001-W31. All right."),
 11: ({"source", "target"}, "These are the Hema and Lendu ethnic militias of Ituri in Congo and their villagers, so the country should be COD (or empty), not UGA, for both source and target."),
 12: ({"date"}, "The backing of the plot (plotters, mostly Qataris) by foreign powers happened at the time of the plot, February 1996, and the officials said it then. The date should be 1996, not the document date. The modality is kept as asserted because 'said' is only attribution."),
 13: ({"source"}, "The gunmen's country is not given; the claimed group is Pakistan-based and the bomber was named as a Pakistani, so the source should have no code, not IND. The target (38 people killed at the Srinagar assembly, IND) and the date 2001-10-01 are right."),
 14: ("spurious", "Spurious: 'No legislators were killed' reports no act. It is a detail of the attack already coded from the lead sentence."),
 15: (set(), "Putin thanked voters (SUPPORT) in a late-night appearance after the vote. The document date 2004-03-15 is accepted: the text gives no day, and late night may already have been Monday."),
 16: (set(), "Berlusconi (ITA) demanded a check of disputed ballots on Tuesday 2006-04-11. He addressed no named party, so an empty target is right."),
 17: ({"target"}, "MOBILIZE (security tightened, checkpoints) with an agentless passive, so an empty source is right. But no party is acted upon: 'the republic' is Dagestan as a place, and it is not Russia as a whole. The target should be empty."),
 18: ({"target"}, "The 'they' who were murdered are the two French soldiers (FRA/MIL), not France's defence ministry, which is the speaker. An empty source is right (the killers are not named), and 1997-01-04 (Saturday) is right."),
 19: ({"date"}, "The EU officials' warning to Ankara is THREATEN, with the right parties. But 'have warned' is a background warning of unknown time, so the date should be none, not the document date."),
 20: ({"target"}, "The hundreds killed at Drodro in Ituri are Congolese villagers, so the target country should be COD (or empty), not UGA. An empty source is right because the killers are not named, and 2003-04 is right."),
 21: (set(), "Parliament (URY) approved the banking plan in an overnight session: SUPPORT (approve policy) with no target. The document date is accepted."),
 22: (set(), "Suharto (IDN) resigned 'last May' = 1998-05. All right."),
 23: ({"date"}, "The US government praising Egypt is SUPPORT, with the right parties. But 'has praised' is background of unknown time, so the date should be none, not the document date."),
 24: ({"target"}, "Voronin's campaign pledge is AGREE (intent to change policy). 'Russian' and 'Romanian' are languages here, not the states Russia and Romania, so the target should be empty. An undated pledge with no date is right."),
 25: ({"target"}, "The two men are the Saudi-born Nashiri and the Yemeni Badawi (next sentence), so a single YEM code for the group is not what the text gives; the code should be empty, or the two men coded separately."),
 26: ({"target"}, "Turkey's Foreign Ministry condemned the vote and accused French legislators: the target should be the French legislators / National Assembly (FRA), who are named in the sentence, not empty."),
 27: ({"source", "target"}, "'its expulsion from Beirut' is the PLO being expelled: the target should be the PLO (PSE), not the Lebanese government. The expeller is not named in the sentence, so the source should be empty, not the Tunisian government. The date 1982 is right."),
 28: (set(), "Gerry Adams condemned the Omagh bombing. IRL is accepted for the Sinn Fein leader (GBR would also do). An empty target is right because the attackers are not named in the sentence. All right."),
 29: (set(), "Enkhbayar (MNG) urged his supporters (MNG) to accept the result on Monday 2009-05-25. All right."),
 30: ({"type", "target"}, "Dismissing the conference as a gathering of 'traitors and agents' is criticism, ACCUSE (disapprove), not REJECT of a proposal. The target should be the Iraqi opposition conference/groups (IRQ); Washington and London are only named as paymasters."),
 31: (set(), "Syrian troops (SYR) withdrew in April 2005. Lebanon is not named in the sentence, so an empty target is right."),
 32: ("spurious", "Spurious: 'still waiting to be received' reports a meeting that had not taken place, so no CONSULT act happened."),
 33: ({"source", "target", "date"}, "The hailing is by unnamed people, so the source should be empty. Chen (TWN), whose victory was hailed, is the target, not the source. The hailing was in 2000, so the date should be 2000, not the document date."),
 34: ({"target"}, "The planned South Waziristan offensive (future, undated) is against the Pakistani Taliban, so the target should be PAK (TTP), not AFG."),
 35: ("spurious", "Spurious: 'as it prepared to fly to Moscow' is the aircraft's flight, not a visit between political actors."),
 36: (set(), "France called for calm (REQUEST) with no addressee named. The document date is right for this news. All right."),
 37: ({"source", "date"}, "This National Liberation Army is Macedonia's ethnic Albanian rebel NLA (MKD), not Colombia's ELN. The commitment to disarm (CONCEDE) was made in the Ohrid agreement signed 2001-08-13, so the date should be that, not the document date."),
 38: (set(), "North Korea's torpedo sank South Korea's warship Cheonan in March 2010. 'an investigation concluded' is attribution, so asserted is kept. All right."),
 39: ({"source", "target", "date"}, "'He went to defend them' is the Egyptian FM Ahmed Maher (EGY) defending the Palestinians (PSE), not Sharon defending Egyptian commentators. His visit was on Monday 2003-12-22, not the document date."),
 40: (set(), "India's communist parties (IND) told Singh (IND) on Friday 2007-08-17 to halt the deal. All right."),
 41: ({"target"}, "The act of arming inside Kinshasa's accusation is AID with reported modality and the right sources. But the militias are the Ituri (Congolese) Hema/Lendu militias, so the target should be COD or empty, not UGA."),
 42: ({"source"}, "Denktash is the Turkish Cypriot leader, so his code should be CYP (Turkish Cypriot), not TUR, the state of Turkey. REJECT, the empty target and the date are right."),
 43: (set(), "Five people killed in clashes with police after last July's (2008-07) election in Mongolia. All right."),
 44: ({"type", "target"}, "Agreeing to a string of demands from the peasant unions is acceding to demands, CONCEDE (CAMEO 083), and not only AGREE; I score it by that reading, though AGREE for the deal is defensible. The target should be the highland peasant unions (BOL), who are named in the sentence."),
 45: ({"date"}, "Gunmen firing on Mubarak's motorcade is right. But that attack was in June 1995 (the lead says 'in June'), so the date should be 1995-06, not 1995-09-25."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 45
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = why
    out.append(o)
with open("events-a.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h60-x234-18",
  "coder_events": [
    "ACCUSE: Jordan (JOR) -> Hamas (PSE), says Hamas members smuggled a weapons cache into the kingdom and watched targets, 2006-04-18",
    "COERCE: Jordan (JOR) -> Hamas members (PSE), uncovered/seized the smuggled weapons cache, in recent days (reported 2006-04-18)",
    "SANCTION: Jordan (JOR) -> Hamas-led Palestinian government / its foreign minister (PSE), called off the planned visit, 2006-04-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the calling-off (SANCTION, Jordan -> Hamas / Palestinian government, 2006-04-18); it missed the accusation and the seizure of the cache."},
 {"doc": "h60-x236-14", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win that unseats the incumbent is not a PLOVER act; nothing to code, and dateline coded nothing."},
 {"doc": "h60-x236-08",
  "coder_events": [
    "CONCEDE: Bolivian government (BOL) -> highland peasant unions (BOL), agreed to a string of their demands in return for an end to the blockades, 2000-10-07",
    "PROTEST: highland peasant unions (BOL) -> Bolivian government (BOL), nearly three weeks of road blockades cutting off La Paz (obstruct), ending 2000-10-07 (span, no single date)"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the agreement as AGREE with an empty target. I code acceding to demands as CONCEDE, so it does not count as found with the right type; it is a real act, not spurious. The blockades (PROTEST) were missed."},
 {"doc": "h60-x235-17",
  "coder_events": [
    "REJECT: rival group of ministers and warlords (SOM) -> Somali transitional government (SOM), vowed to set up in Mogadishu instead of Jowhar, 2005-W24 (this week)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The government starting to operate from Jowhar is not an interaction. The rival group's defiance is the one codable act (REJECT of the Jowhar plan); dateline coded nothing."},
 {"doc": "h60-x233-18",
  "coder_events": [
    "REJECT: Silvio Berlusconi (ITA) -> Prodi's centre-left alliance (ITA), refused to concede, 2006-04-11",
    "REQUEST: Silvio Berlusconi (ITA) -> (electoral authorities, not named), demanded a check of disputed ballots, 2006-04-11"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts were found with the right type. REJECT's empty target is debatable (Prodi is named in the sentence), but the count here does not depend on arguments."},
 {"doc": "h60-x235-22", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results and stunned parties are not PLOVER acts; nothing to code."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert len(back) == 45
for it, o in zip(items, back):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert all(o[k] == it[k] for k in it)
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in pv] and len(pv) == 6
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"])
counts = {f: sum(o["verdict"][f] for o in back) for f in F + ["all"]}
print("per-field right (of 45):", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in pv), "found", sum(q["found"] for q in pv),
      "dateline", sum(q["dateline_events"] for q in pv), "spurious", sum(q["spurious"] for q in pv))
