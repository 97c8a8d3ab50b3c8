"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 78).
Each entry: n -> (list of wrong fields, or 'SPURIOUS'; reasons). Fields: type source target date modality."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["date"], "AGREE Jiang -> United States (accepting the US invitation) is right, but the acceptance is reported as news of Thursday's Beijing talks: date should be 2002-02-21 (the document date), not unknown."),
 2: ([], "REQUEST United States -> all sides of the Philippine crisis (PHL plain), reported as this news on the document date; right."),
 3: (["source"], "COERCE arrest of dozens of people (GEO) is right, but the sentence names the agent in its first clause: source should be the Georgian police (GEO), not empty."),
 4: ([], "COERCE arrest of Ante Gotovina (HRV); the sentence is agentless passive so an empty source is right by the rule; Wednesday 2005-12-07 is the arrest date. Right."),
 5: (["target"], "RETREAT return (Bangladesh returns the bodies) is acceptable, but the bodies of India's border guards were returned to India, which the sentence names: target should be India (IND)."),
 6: ([], "REQUEST Arab diplomats -> UN Security Council, future, no date for a future act of unknown time; right."),
 7: ([], "ACCUSE Chiluba (ZMB) -> unnamed opposition politicians (ZMB), reported as this news on the document date; right (sector GOV is odd but not scored)."),
 8: ([], "A pledge to tear down the political system is an expression of intent to change the regime/institutions (CAMEO 0344 -> AGREE in CAMEO2PLOVER); AGREE by Chavez (VEN) with no addressee named, Sunday 1998-12-06; right."),
 9: (["source", "target"], "REQUEST is right, but Haniyeh (Palestinian prime minister) is coded with no country: should be PSE; and the sentence names the addressee: target should be the Arab states (no country code) asked for an emergency Arab response."),
 10: (["date", "modality"], "PROTEST strike by unions (ESP) against the police action, Spain as target is right by the protest rule; but the strike is called for Tuesday: date should be 2017-10-03 and modality future (it had not happened when reported)."),
 11: (["target"], "AGREE (pledge of a government for all and an emergency plan for poor families) by Vazquez (URY) is right, but the promise is to Uruguayans/families hit by poverty (URY), not to the Uruguay government he is to lead."),
 12: (["target"], "THREATEN violence by Obama (USA) is right, but 'the militants' refers to the Islamic State fighters: target should be Islamic State, not empty."),
 13: (["date"], "REQUEST Cambodia (KHM) -> International Court of Justice is right, but 'has asked' is an undated background act in the story's closing background paragraph, not this news: no date, not the document date."),
 14: ([], "ACCUSE China -> Lee Teng-hui (TWN); 'had accused ... since his visit last June' is a span from an earlier time, so no date is right; right."),
 15: ([], "ACCUSE Washington -> Arafat (PSE), present-tense ongoing accusation takes the document date; right (Israel, the co-accuser, is missing from the source but the USA is a right party)."),
 16: (["target"], "REQUEST by Ocalan, February 2025, is right, but 'his movement' is the PKK: target should be the PKK (TUR), not empty."),
 17: ([], "REQUEST by PRD opposition lawmakers (MEX) for a return to talks; the sentence names no addressee, so an empty target is right; document date right."),
 18: (["target"], "SUPPORT (signing a peace agreement) by Sudan's government, Friday 2006-05-05, is right, but the co-signatory named in the sentence is dropped: target should be the largest faction of Darfur's main rebel group (SLA-Minnawi, SDN)."),
 19: ([], "REQUEST (PLOVER REQUEST includes orders) Mubarak (EGY) -> army (EGY), 'last month' = 2008-03; right."),
 20: (["source", "target"], "ACCUSE is right, but Hariri has no country: source should be Saad al-Hariri (LBN); the condemned violation is Israel's, named in the sentence: target should be Israel (ISR)."),
 21: ([], "ASSAULT firearms by a Jordanian soldier (JOR) on Israeli schoolgirls, Thursday 1997-03-13; target coded as Israel keeps the right country (ISR) though the victims are civilians; right."),
 22: ([], "COERCE arrest of more than 150 people (EGY); agentless, so empty source right; 'since Sunday' is a total over a span, so no date is right; right."),
 23: ([], "COERCE arrest of Saakashvili (GEO), agentless quote so empty source right, Friday 2021-10-01; a separate sentence from the lead's arrest, so not a duplicate by the rule; right."),
 24: (["target"], "REQUEST by the Hong Kong government is acceptable, but the residents urged to avoid travel are Hong Kong residents: target country should be HKG, not PHL."),
 25: (["target"], "PROTEST riot by crowds (EGY) is right, but a school is property, not a party; the crowds tore down Mubarak's poster in defiance of the authorities: target should be Mubarak / the Egyptian state (EGY)."),
 26: ([], "ASSAULT crowd-control, Kuwaiti security forces -> crowds (KWT), Wednesday 2011-11-16; right."),
 27: (["type", "source"], "The demand for Saakashvili's resignation is made by the camped demonstrators, and PLOVER codes a protest's demand as PROTEST: type should be PROTEST (demo) and source the demonstrators (GEO), not the officers; target Saakashvili (GEO) and date are right."),
 28: ([], "ASSAULT (grenade) by unknown attackers on the rally, killing one person (ETH), Saturday 2018-06-23; right (mode should be explosives, not scored)."),
 29: (["target"], "ACCUSE by Anwar (MYS) is right, but 'those who defected' refers to the Bersatu/Azmin Ali defectors named earlier: target should be them (MYS), not empty."),
 30: ([], "CONSULT visit Lee Teng-hui (TWN) -> United States, 'last June' = 1995-06, asserted (a time adjunct, not the content of China's accusation); right."),
 31: ([], "COERCE state of emergency by Arroyo (PHL, split into two mentions of the same person), Friday 2006-02-24; right."),
 32: ([], "RETREAT resign, Borisov's government (BGR), February 2013; right."),
 33: (["type"], "By the conventions, police occupying a factory to stop a strike is COERCE (seize/restrict), not ASSAULT (kept for armed forces taking ground); source plain-clothes police (EGY), empty target and Sunday 2008-04-06 are right."),
 34: ("SPURIOUS", "Not an event: the Party of Regions' reading of the election result ('Ukrainians backed the president's policies') is voters' electoral support, not an act of SUPPORT by a political actor."),
 35: (["date"], "SUPPORT (parliament to approve the new cabinet, MNE) future is right, but the date 2009 comes from another sentence: it should be 2010 (before the end of this year) or none."),
 36: ([], "REQUEST (order) Suleiman (LBN) -> Lebanese army (LBN), document date; right (reported_by Netanyahu is wrong but not scored)."),
 37: ([], "SUPPORT (thanks) Netanyahu (ISR) -> Obama (USA), separate from the 'asked ... for help' REQUEST, Saturday's statement; right."),
 38: ([], "MOBILIZE troops, Spain to Ceuta, Tuesday 2021-05-18; right."),
 39: ([], "CONSULT visit, Arab leaders -> Lebanon (Beirut), last week = 2010-W30; right."),
 40: (["target"], "ASSAULT by unknown attackers, Sunday 1997-03-30, is right, but the grenades were hurled into the crowd: target should be the opposition supporters (KHM), not the National Assembly (a place here)."),
 41: ([], "REQUEST Saakashvili (GEO) -> Georgians (GEO) to vote for the opposition, 'earlier on Friday' = 2021-10-01; right."),
 42: ([], "ACCUSE Yemen -> Eritrea, Monday 1995-12-18; right."),
 43: (["date", "modality"], "REQUEST EU/US -> new Moldovan government is right, but the call is asserted (not hypothetical) and reported as this news: date should be 2016-01-21 (the document date)."),
 44: (["target"], "ASSAULT (running battles) by protesters (EGY) is acceptable, but the police were Egyptian: target should be Egyptian police (EGY), not Israel police; document date acceptable for fighting through the night into Saturday."),
 45: (["target"], "SUPPORT by Fino (ALB) is right, but 'the troops' are the Italian-led multinational force: target should be that force (ITA-led, or no code), not empty."),
 46: (["target", "modality"], "RETREAT disarm by Khartoum (SDN) by mid-October 2006 is acceptable as the act obliged, but the Janjaweed are Sudanese militias (SDN plain from the Darfur text), and 'must disarm ... by mid-October' is a scheduled obligation: modality future, not hypothetical."),
 47: ([], "REQUEST by European governments; the addressee (Iran) is not named in the sentence, so empty target is right; document date; right."),
 48: (["date"], "REQUEST Corazon Aquino -> Arroyo (PHL) is right, but the march was among Friday's banned rallies (the next paragraph moves to 'early on Saturday'): date should be 2006-02-24."),
 49: ("SPURIOUS", "Not an event: 'voters would not accept a firewall forever' is Weidel's prediction about voters, not an act; her offer to talk is coded separately (e3)."),
 50: ([], "'Greece will not accept blackmail' is a refusal to yield to Turkey; by the conventions' 'refused to withdraw' rule a negated AGREE is acceptable (REJECT asserted also); Greece, no party named as target, document date; right (reported_by's TUR code for Dendias is wrong, not scored)."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open(HERE / "events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h16-x58-24", "coder_events": [
   "THREATEN: Iran (IRN) -> Israel (ISR), vowed to retaliate for the strike, 2024-04-02",
   "ASSAULT: attacker blamed on Israel (ISR, attribution reported) -> Iran (IRN), air strike destroyed the Damascus consulate and killed seven Revolutionary Guards, 2024-04-01 (undated in the paragraph)",
   "ACCUSE: Iran (IRN) -> Israel (ISR), blamed the attack on Israel, 2024-04-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the THREATEN (target left empty; Israel is named in the sentence). The strike and the blame are missed."},
 {"doc": "h16-x57-07", "coder_events": [
   "ACCUSE: Lukashenko's main challenger Goncharik (BLR) -> Belarus authorities / Lukashenko (BLR), called the vote a fraud, 2001-09-10",
   "ACCUSE: Western (OSCE) monitors (no code) -> Belarus authorities (BLR), vote fell far short of democratic standards, 2001-09-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The election win is not a PLOVER event. Both criticisms are missed."},
 {"doc": "h16-x57-22", "coder_events": [
   "MOBILIZE: Greece (GRC) -> Turkey (TUR), placed its armed forces on alert, 2020-08-11",
   "REQUEST: Greece (GRC) -> EU foreign ministers (no code), called for an emergency meeting, 2020-08-11",
   "MOBILIZE: Turkey (TUR) -> Greece (GRC), sent a survey vessel escorted by warships into disputed waters, 2020-08-10 (undated in the paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the REQUEST; the Greek alert and the Turkish naval deployment are missed."},
 {"doc": "h16-x59-20", "coder_events": [
   "PROTEST (boycott): Raila Odinga (KEN) -> Kenyan authorities / election (KEN), boycotted the repeat poll, last week (2017-10-26)",
   "ASSAULT: unnamed parties (KEN) -> unnamed (KEN), deadly clashes in opposition strongholds, around the vote last week"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Declaring the winner is not a PLOVER event. The boycott and the clashes are missed."},
 {"doc": "h16-x57-10", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result only; no PLOVER act. Dateline rightly codes nothing."},
 {"doc": "h16-x58-01", "coder_events": [
   "ACCUSE: Yemen (YEM) -> Eritrea (ERI), accused of invading Greater Hanish, 1995-12-18",
   "ASSAULT: Eritrea (ERI) -> Yemen (YEM), two days of fighting over (and seizure of) Greater Hanish that killed a dozen soldiers and left a Yemeni garrison in Eritrean hands, 1995-12-16/17 (the invasion itself reported inside the accusation)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the ACCUSE, fully right; the fighting is missed."},
]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
para_docs = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-d.jsonl")]
assert [p["doc"] for p in P] == para_docs, (para_docs)
for o in out:
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
cnt = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print(cnt)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
