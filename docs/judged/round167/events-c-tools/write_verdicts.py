"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them.

Each verdict: n -> (fields judged wrong, reasons). "SPURIOUS" marks an item that holds no event
(all six fields false). Fields: event, type, source, target, date, modality.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: (["type"], "Type should be SUPPORT (signing the ceasefire accord): the ceasefire only takes effect within 72 hours, and PLOVER's RETREAT ceasefire is the implemented ceasefire (a declared one would be CONCEDE). Parties (government and FNL, mutual, BDI), Thursday 2006-09-07 and asserted are right."),
 2: (["date"], "CONSULT multilateral by Gaddafi at the Arab summit is right, but the date should be 2010-03-27: the two-day summit ended on Sunday 28 March (lead), so Gaddafi opened it on Saturday; the document date 2010-03-29 is after the summit."),
 3: (["modality"], "CONSULT visit Bush (USA) -> Saudi Arabia, Egypt is right, but 'He travels on to Saudi Arabia and Egypt' is the next leg of the tour, so modality should be future; no date given, the document date stands."),
 4: (["type", "target"], "Dismissing the strike 'as a failure staged by the oligarchy' is a verbal disparagement, ACCUSE disapprove (the refusal to withdraw the laws is the next sentence); target should be the strike's organisers, whom he calls 'the oligarchy' (VEN), not empty. Source Chavez and Monday 2001-12-10 are right."),
 5: (["source", "target"], "REQUEST is right, but Omagh is in Northern Ireland (UK): the people urged not to take revenge are GBR, not IRL, and the church leaders' country is GBR or empty (the text does not give it), not IRL. The date (Saturday, the day of the bombing and of Mowlam's visit) is acceptable for an undated reaction."),
 6: ([], "ASSAULT on the two gunmen with no named killer (empty source right), Monday 2001-10-01, asserted; IND for unnamed gunmen in Srinagar taken from the place, as for protesters in a named country."),
 7: ([], "Pakistani officials warning India against exploiting the campaign to settle scores: THREATEN (CAMEO 130 warn) PAK -> IND, undated reaction, document date 2001-10-02, asserted. REQUEST would also have been defensible."),
 8: ([], "REQUEST rights groups (no country) -> Ahtisaari, coded UNO as the UN special envoy; undated, document date, asserted. Right."),
 9: (["type", "date"], "Students clashing with police in the weeks of street protests over bus fares is a violent protest, PROTEST riot, not ASSAULT; 'several people have been injured' is a total over weeks of protests, so it should have no date, not the document date. Parties (students, police, NIC) right."),
 10: ([], "REQUEST Catholic Church -> Venezuelan government, open dialogue; undated stance reported with the news, document date, asserted. VAT taken as the Church's code (the Venezuelan church, VEN, would be more precise)."),
 11: (["source", "date"], "SUPPORT endorse a plan is right, but the source is the 12 South American presidents, with no single country (empty), not USA; date should be 2000-09-01, the Friday the two-day summit ended (the document date 2000-09-02 is after it). Empty target right."),
 12: ([], "A hypothetical signing (purpose of the planned referendums): SUPPORT sign, Cyprus -> EU, April 2003, hypothetical. Right."),
 13: (["target"], "The Sandinistas' claim that the president refused to respect the assembly's decisions: REJECT by Bolanos is right, but the target should be the National Assembly (NIC), 'its decisions'; the United States is not in the sentence."),
 14: ([], "SUPPORT sign declaration, France and Algeria (Chirac and Bouteflika), mutual, in Algiers on Sunday 2003-03-02 (dateline day). Right."),
 15: ([], "Medvedev ordering federal investigators to find those responsible: REQUEST (order) RUS -> federal investigators RUS, undated reaction, document date; distinct from the 'condemned' ACCUSE in the same sentence. Right."),
 16: (["target"], "SUPPORT sign accord by Quispe (BOL) on Saturday 2000-10-07 is right, but the target should be the Bolivian government, whose ministers the sentence names as the other side of the talks and accord, not empty."),
 17: (["source"], "ACCUSE -> Egyptian government on Monday 2009-12-21 is right, but the source merges Hamas (PSE) with 'Islamist critics at home', who are Egyptian (EGY), under one PSE code; it should be Hamas (PSE) and the Egyptian Islamist critics (EGY)."),
 18: ([], "SUPPORT EU welcomes the Belarus-Gazprom agreement; targets Belarus and Russia (the deal's parties), document date 2007-01-01, asserted. Right."),
 19: (["source", "target", "date"], "ACCUSE is right, but the spokeswoman is Vietnam's foreign ministry (VNM), not no country; the target is 'hostile forces' abroad (no country, or the Montagnard Foundation named next), not Vietnam's military (VNM/MIL); date should be the document date 2001-02-10 for a statement reported as this news."),
 20: ([], "The Dayton negotiators failing to agree on Brcko: AGREE negated, November 1995, BIH parties, no target. Right."),
 21: (["target"], "REJECT (refused to concede) by Berlusconi on Tuesday 2006-04-11 is right, but the target should be Prodi's centre-left alliance (ITA), named in the sentence as claiming victory, not empty."),
 22: (["date"], "COERCE (jailing) of 75 Cuban dissidents with no named jailer is right (SANCTION convict also fits), but the date should be 2003 ('adopted in 2003 after 75 dissidents were jailed'), not 2008-06-19."),
 23: ([], "SUPPORT UN Security Council endorses the recommendation, late October 2005, asserted, no party target. Right."),
 24: ([], "COERCE arrest of Ndayizeye (BDI), no named arrester, 'last month' = August 2006. Right."),
 25: ([], "ASSAULT killings of Angolan government officials, unnamed killers, a total over recent weeks with no date. Right."),
 26: ([], "REQUEST State Department (USA) -> Egypt to uphold freedom of expression, undated reaction, document date 2007-09-14, asserted. Right."),
 27: ([], "ACCUSE officials close to Bashir (SDN) -> Turabi (SDN), 2000-05-06 (dateline day), asserted. Right."),
 28: ([], "Habitual attacks on police and officials in Dagestan and Ingushetia (RUS), unnamed attackers, ongoing so the document date; asserted. Right."),
 29: (["type", "target"], "Ahern's promise of 'tough new measures against them' is a coercive warning, THREATEN, not AGREE (no cooperation offered); target should be 'them', the Omagh attackers (dissident republicans), not empty. Source and date right."),
 30: ([], "PROTEST riot youths (FRA) setting fire to vehicles, no aim named so France as target, Monday night 2005-11-07, asserted. Right."),
 31: ([], "ACCUSE Bolanos -> the two rival leaders (Ortega and Aleman, NIC), present-tense stance, document date, asserted. Right."),
 32: (["source"], "REQUEST that ministers resign on Saturday 2000-10-07 is right, but the source should be the opposition politicians (BOL), not the Bolivian government."),
 33: ([], "REJECT Iranian officials reject Washington's condition; no party in the sentence ('that condition'), so empty target right; present-perfect stance reported with the news, dateline day 2006-06-06 accepted. Right."),
 34: ([], "ASSAULT killings of police officers (RUS), unnamed killers, a total since January with no date. Right."),
 35: (["target"], "REQUEST by Tamano (PHL) on Sunday is right, but the target should be the Commission on Elections (PHL), named in the sentence, not empty."),
 36: ([], "REQUEST Kenya -> Somalia's transitional government to leave Nairobi, a background act of unknown time with no date. Right."),
 37: (["target"], "ASSAULT killing of mutineers on Sunday 1997-01-05 with no attacker named in the sentence is right, but the mutineers are Central African soldiers (CAF), not FRA."),
 38: (["SPURIOUS"], "Duplicate: the same state visit is already coded from this sentence as e1 ('arrived', CONSULT visit Medvedev -> Ukraine); this second CONSULT for 'visit' is the same act."),
 39: (["SPURIOUS"], "'The riots have alarmed France's neighbours' mentions the riots as a topic; it reports no new protest act (the riots are coded where they are reported)."),
 40: (["target", "date"], "ACCUSE by Doha (QAT) is right, but the target should be 'some of them', Saudi Arabia, Bahrain and the UAE named in the sentence, not empty; date should be 1996 (in the months after the February 1996 plot), not the document date."),
 41: (["source", "target"], "ACCUSE is right, but the rebel officials are Karen (KNU, MMR), not Thai government (THA); the target should be 'the breakaway group', the Democratic Karen Buddhist Army (MMR), not empty."),
 42: (["SPURIOUS"], "'The plan did not give enough protection to Turkish Cypriots' describes the UN plan; nobody gives aid. The act here is Denktash criticising the plan (ACCUSE), not a negated AID by Cyprus."),
 43: ([], "AGREE (promise of reform, CAMEO 03) by Fernandez (DOM), no party target, undated victory-night promise with the document date, asserted. Right."),
 44: ([], "ACCUSE Algerian government -> 'uncontrolled elements' (DZA from the place), Thursday 2001-06-14 (dateline day), asserted. Right."),
 45: (["target", "date"], "REJECT negated by Vedrine is acceptable, but the target should be the National Assembly (FRA), 'parliament' whose text he did not oppose, not empty; date should be before Friday 1998-05-29 ('said before the vote'), not the document date 1998-05-30."),
}

P = [
 {"doc": "h60-x235-25",
  "coder_events": ["CONSULT: Floribert Chebeya (COD) -> national police chief John Numbi (COD), went to meet him, 2010-06-01"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The death itself has no stated perpetrator (police say no signs of violence), so no ASSAULT is coded. Dateline found no event in the paragraph."},
 {"doc": "h60-x235-23",
  "coder_events": ["ASSAULT: Pakistani commandos (PAK) -> militants (no country given), stormed the building in army GHQ, 2009-10-11",
                   "AID: Pakistani commandos (PAK) -> hostages (PAK), freed dozens of hostages (rescue), 2009-10-11",
                   "ASSAULT: militants (no country given) -> Pakistani army (PAK), attacked the GHQ, 2009-10-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found none of the three acts; the siege/hostage-taking is folded into the militants' attack."},
 {"doc": "h60-x236-10",
  "coder_events": ["PROTEST: Fedecamaras business federation and CTV labour union (VEN) -> Chavez government (VEN), 12-hour general strike against 49 decreed laws, 2001-12-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The general strike, the story's main event, was not extracted. The decreeing of the laws is background."},
 {"doc": "h60-x234-21",
  "coder_events": ["SANCTION: Egyptian court (EGY) -> editors of four newspapers (EGY), sentenced to a year in prison, 2007-09-13",
                   "ACCUSE: journalists (EGY) -> the court/its ruling (EGY), called it a blow to press freedom, 2007-09-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SANCTION has the right type, source and date but an empty target (the editors are in the sentence). The defamation charge is the reason for the sentence, not coded separately."},
 {"doc": "h60-x234-23",
  "coder_events": ["REJECT: Egypt (EGY) -> Hamas and Islamist critics, defended the border barrier (sovereign right), 2009-12-21",
                   "ACCUSE: Hamas (PSE) and Egyptian Islamist critics (EGY) -> Egypt (EGY), accused Cairo of tightening the siege, 2009-12-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Egypt's defence could also be read as a plain statement with no PLOVER type; counted as REJECT of the criticism. Dateline's ACCUSE is found (its source code is half wrong, see item 17)."},
 {"doc": "h60-x234-08",
  "coder_events": ["SANCTION: Omar al-Bashir (SDN) -> Hassan al-Turabi (SDN), suspended from post as party secretary-general, 2000-05-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The 1989 seizure of power is background, not coded. Dateline found no event in the paragraph."},
]

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 45 and sorted(V) == list(range(1, 46))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == ["SPURIOUS"]:
        v = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS and w != "event" for w in wrong), wrong
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open("events-c.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-c.jsonl")]
assert len(back) == 45
for it, o in zip(items, back):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: o[k] for k in it} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
pd = [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert [p["doc"] for p in pv] == pd and len(pv) == 6
counts = {f: sum(o["verdict"][f] for o in back) for f in FIELDS + ["all"]}
print("right of 45:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline events", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
from collections import Counter
print("wrong fields:", Counter(f for o in back if o["verdict"]["event"] for f in FIELDS if not o["verdict"][f]))
