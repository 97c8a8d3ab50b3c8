"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts below, then check them.

usage: write.py   (run in docs/judged/round142)
Each verdict lists only the fields that are wrong; "spurious" makes every field false.
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ([], "REQUEST by the EU delegation to all sides in Montenegro (a common noun, country plain from the story); undated, so the document date is right."),
 2: ([], "Kishida's quoted appeal to China is a REQUEST reported as this news; Thursday 2024-09-19 is the document date."),
 3: ([], "'I will not bow to a mob' is a refusal; CONCEDE negated is the convention's equivalent of REJECT asserted (like 'refused to withdraw'); the mob is the PAD protesters (THA). A negated future act has no date of its own, so unknown is accepted."),
 4: (["type"], "Type should be AGREE (a US pledge of arms to Taiwan, a commitment to provide military aid; AID if read as aid given): approving one's own arms package is not SUPPORT's endorsement of another's policy. Source, target and 'this spring' are right."),
 5: (["target"], "The RUF invaded Sierra Leone from Liberia: target should be Sierra Leone (SLE), not Liberia, which was the launch point."),
 6: (["target"], "The objection is to the make-up of the Lebanese negotiating team, a party the sentence names: target should be the Lebanese team / government (LBN), not empty. 'Late on Tuesday' = 2020-10-13 is right."),
 7: (["type"], "By the conventions (wave 30) a state taking territory is ASSAULT; COERCE seize is kept for police confiscation or raids. Target Crimea/Ukraine (UKR) and 2014-03 are right."),
 8: (["target"], "The party arrested is 'a Thai man', a private person (THA civilian), not the state of Thailand; source Phnom Penh = Cambodian government and Thursday 2009-11-12 are right."),
 9: (["source", "target"], "The accusation of spying for Israel was made against the 13 Iranian Jews by the Iranian authorities, not by Chirac: source should be empty (the passive names no accuser; Iran, IRN, if inferred) and target the 13 Iranian Jews (IRN), not Israel. Unknown date is acceptable."),
 10: ([], "A total of civilians (LKA) killed since January: no date by the round-20 rule; unnamed killer left empty."),
 11: (["target"], "Bin Laden's call is addressed to Muslims: target should be Muslims (no country); American forces are the object of the act called for and the London newspaper only published the statement."),
 12: ([], "Pro-government protest at the British High Commission against foreign interference; target Britain (GBR) and Wednesday 2009-04-29 right."),
 13: (["date"], "Legal action is ACCUSE (lawsuit, CAMEO 115) EC -> Hungary, right; but 'has launched' is an earlier background act with no date in the text: date should be none (unknown), not the document date."),
 14: (["target"], "'accusing its agents of spying': target should be the DEA agents (USA), named by 'its agents' in the sentence, not empty. 'Earlier this month' = 2005-08 right."),
 15: ([], "Protest in Paris aimed at Libya; 'at the weekend' = the weekend before Tuesday 2017-11-21, week 46, right."),
 16: ([], "Dismissal of Draskovic from the federal government coded SANCTION expel; dismisser not named so empty source right; April 1999 right."),
 17: (["source"], "The sentence names the governments: source should be Australia (AUS) and the United States (USA), not an uncoded 'Foreign governments'. Stated support still held, document date right."),
 18: (["modality"], "The denial is about a link to the troop request, not about the loan: the US pledge (AGREE, USA -> TUR, 2003-09) is asserted, not negated."),
 19: ([], "Russia's Foreign Ministry urged Turkey: REQUEST reported as this news on the document date."),
 20: ([], "Complaints 'for months' of smuggling from Syria: ongoing ACCUSE JOR -> SYR, the document date is right for an act still going on."),
 21: (["target"], "The State Department welcomed Turkey's decision: target should be Turkey (TUR) alone; Iraq is only the object of Turkey's commitment, not a party praised. 2003-10-07, the dateline day, is right."),
 22: ([], "Negated (conditional) nuclear test MOBILIZE by Russia; no target and no date for a test that will not happen; accepted as coded."),
 23: (["spurious"], "Spurious: 'the state would not be intimidated by criminals' is Sanader's statement of resolve; it reports no threat made by the criminals (the trigger is the effect on the state), so there is no THREATEN event."),
 24: ([], "Mutual signing (SUPPORT) by the Sri Lankan government and the LTTE on Friday 2005-06-24."),
 25: ([], "Human rights groups condemned the use of weapons; the gunmen are not named or referred to in the sentence, so an empty target is right by the rules; document date right."),
 26: ([], "Guterres called on the Guatemalan government (GTM): REQUEST on the dateline day 2017-08-27."),
 27: (["target"], "The NATO air strikes were against the Bosnian Serbs: target should be the Bosnian Serb forces (BIH, Republika Srpska), not the state of Bosnia and Herzegovina. An ongoing campaign dated to the day of the report, accepted."),
 28: (["date"], "'have held street rallies for weeks' is a protest still going on when the story is told: date should be the document date 1999-10-04, not unknown. Target Milosevic (a protest against the authorities) is right."),
 29: (["source", "target", "date"], "The detaining party is North Korea, named in the same sentence: source should be North Korea (PRK), and the target Merrill Newman (USA civilian), not the United States; the text dates his detention to 2013-10-26 (taken off the plane on Oct. 26)."),
 30: ([], "State Department criticism of the decision; the sentence names no party (the decision is Russia's act), so an empty target is right by the rules; document date right."),
 31: (["target"], "The party detained is 'a Thai engineer' (THA civilian), not the state of Thailand; Cambodian police and Thursday 2009-11-12 are right."),
 32: ([], "Expected visit of Steinmeier to Namibia: CONSULT, future, undated."),
 33: ([], "Beheading of a Nepali hostage (NPL); killers not named in the sentence; no date given for the killing."),
 34: ([], "An offer of asylum is AGREE (wave 76); unnamed Western countries with no code, target Bibi (PAK); document date right."),
 35: ([], "France recognised the NTC (LBY) on Thursday 2011-03-10: SUPPORT."),
 36: (["type"], "A letter of apology is an apology, CAMEO 055, which PLOVER codes SUPPORT, not CONSULT. Obama -> Karzai and Thursday 2012-02-23 are right."),
 37: (["source"], "The sentence names the killers: source should be the (Chadian) security forces (TCD), not empty. Target protesters/people (TCD) and October 2022 right."),
 38: ([], "Gomez Hurtado shot dead by gunmen on Thursday 1995-11-02; gunmen's country not given, empty code right."),
 39: ([], "Chavez's repeated accusations against the Bush administration (USA): ACCUSE; repeated over an unstated span, so no date is right."),
 40: ([], "The CHP voted against the deployment motion on 2003-10-07: REJECT with no party named as target."),
 41: ([], "Mesic condemned the attack (attackers unknown, empty target right) on the dateline day 2008-10-23."),
 42: ([], "The U.S. embassy urged an investigation; no addressee named, empty target right; document date."),
 43: (["target", "date"], "Refusing to accept the tribunal's accusation (AGREE negated = REJECT): target should be the Special Tribunal for Lebanon, 'the court' named in the sentence; Nasrallah's statements are earlier background (weeks before the visit) so the date should be none, not the document date."),
 44: ([], "US praise of the Saudi response (SAU): SUPPORT reported as this news."),
 45: (["spurious"], "Spurious: Newman's trip to North Korea 'as a tourist' is a private journey, not a CONSULT visit between political actors."),
 46: (["date"], "The denied 'kidnapping' is the detention of the two Bosnian Serb officers on Tuesday: date should be 1996-01-30, not the document date 1996-02-01. Negated ASSAULT, empty source and target the men (BIH) are right."),
 47: (["date"], "'from January' is when the common market starts, not when the plan was approved: the GCC leaders approved it at the Doha summit on Monday, 2007-12-03."),
 48: (["date"], "The text dates the drone attacks on Port Sudan: Sunday to Tuesday, 2025-05-04 to 2025-05-06, not unknown. Target Port Sudan, the seat of Sudan's government (SDN), accepted."),
 49: ([], "Mutual talks between Lebanon and Israel on Wednesday 2020-10-14: CONSULT."),
 50: ([], "UNHCR's readiness to discuss Kenya's concerns is AGREE (willingness to meet) toward Kenya; document date right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")

P = [
 {"doc": "h48-x187-14", "coder_events": [
   "RETREAT: NATO (NATO) -> Afghan government ministries (AFG), withdrew all its personnel, 2012-02-25",
   "ASSAULT: unnamed gunman (none) -> two American officers (USA), shot dead in the Interior Ministry, 2012-02-25",
   "PROTEST: Afghan protesters (AFG) -> United States (USA), protests over the burning of Korans at a U.S. base (ongoing, fifth day), 2012-02-25"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Withdrawal and shooting found; the ongoing Koran protests were not coded. The withdrawal could also be read SANCTION withdraw; RETREAT accepted."},
 {"doc": "h48-x186-23", "coder_events": [
   "COERCE: Israel (ISR) -> Imad al-Adwan, Jordanian MP (JOR), detained on suspicion of smuggling weapons, 2023-04-22",
   "REQUEST: Jordan (JOR) -> Israel (ISR), working to secure the MP's release, 2023-04-24"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found neither act: Israel's detention of the MP ('detained by Israel') and Jordan's effort to secure his release. The smuggling suspicion belongs to the arrest and is not coded apart."},
 {"doc": "h48-x188-14", "coder_events": [
   "SANCTION: Thailand (THA) <-> Cambodia (KHM), expelled each other's senior diplomats (mutual), 2009-11-12",
   "COERCE: Cambodia / Phnom Penh (KHM) -> a Thai man (THA), arrested on spying charges, 2009-11-12"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type; the arrest's target was given as the state of Thailand rather than the Thai man (an argument error, not a recall error). The appointment of Thaksin as adviser is the topic of the row, not coded."},
 {"doc": "h48-x185-23", "coder_events": [
   "SANCTION: Russia / Putin (RUS) -> Comprehensive Nuclear-Test-Ban Treaty (none), signed a law withdrawing Russia's ratification, 2023-11-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The de-ratification (a country withdrawing from a treaty, SANCTION withdraw) was missed. The feared 'return to testing' is hypothetical and not coded."},
 {"doc": "h48-x185-06", "coder_events": [
   "COERCE: Russia (RUS) -> Georgian citizens / Georgia (GEO), began requiring visas (restriction on movement), 2000-12-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The visa regime was missed. The exemption for the breakaway regions is part of the same measure, not a separate act."},
 {"doc": "h48-x188-25", "coder_events": [
   "SUPPORT: Australia (AUS) <-> Papua New Guinea (PNG), signed a mutual defence treaty (mutual), 2025-10-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found. The treaty's commitment to come to each other's aid is the treaty's content (hypothetical), and China seeking a bigger role is background, neither coded."},
]
para_docs = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in P] == para_docs
pd = {json.loads(l)["doc"]: len(json.loads(l)["events"]) for l in open("paragraphs-a.jsonl")}
for p in P:
    assert p["dateline_events"] == pd[p["doc"]], p["doc"]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-a.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ("all",)}
print("per field (of 50):", counts)
print("paragraphs:", len(P), "coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
