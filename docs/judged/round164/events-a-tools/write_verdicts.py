"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below.

Each verdict: n -> (false fields, reasons). Fields not listed are true; 'event' in the list makes
the item spurious (false in every field)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["event"], "Spurious: the relative clause 'whose city administration approved the building plans' is a background municipal permit for a private building, not a political act between actors (and not of the document date); the sentence's event is Usakovs rejecting calls to step down (REJECT, LVA), which dateline did not code."),
 2: ([], "RETREAT resign by Dombrovskis (LVA) on Wednesday 2013-11-27, asserted: right."),
 3: ([], "THREATEN (threat of protest) by the teachers' union leaders (MEX); no target in the sentence; the pluperfect threat has no date in the text, so unknown is right."),
 4: ([], "SUPPORT by government supporters (ROU) welcoming Iohannis's decision, document date (Monday). Empty target is right by the rule ('the decision' is an act, not a party), though Iohannis (ROU) would be the natural target."),
 5: ([], "Mutual CONSULT of Vucic (SRB) and Kurti (XKX) in Brussels on 2022-08-18: right."),
 6: (["date", "modality"], "PROTEST is acceptable for the planned march, but it is a future march: modality should be future and the date 2019-03-15 (the Friday after the Tuesday 2019-03-12 report), not the past Friday 2019-03-08."),
 7: ([], "A pledge of money is AGREE (conventions); France (FRA), conference on Friday 2018-04-06; Lebanon is not named in the sentence, so an empty target is right."),
 8: (["source", "target", "date"], "The protesters are local residents of Seongju county in South Korea: source should be KOR, not CHN; the protests are aimed at the THAAD deployment, so the target is South Korea (KOR) or empty, not China; the ongoing protests take the document date 2017-10-31 ('this year' dates the installation)."),
 9: ([], "Future RETREAT resign by Rossello on Aug. 2 (2019-08-02), right; USA for the governor of the U.S. territory is accepted (PRI also defensible). Not a duplicate: the first-sentence 'would resign' is another sentence."),
 10: (["target"], "ASSAULT (abduction) by Boko Haram (NGA) in April 2014 is right, but the 276 girls were taken from a school in the Nigerian town of Chibok: the target's country should be NGA, not empty."),
 11: ([], "Future CONSULT of Livni (ISR) and Erekat (PSE) on Wednesday 2013-08-14: right."),
 12: (["source", "target"], "ASSAULT execute in January 2017 is right, but the executing authorities are Bahrain's (BHR, 'the kingdom'), not uncoded, and the three executed Shi'ite men are Bahrainis (BHR), not GBR."),
 13: (["target"], "REJECT (veto) by Mattarella (ITA), undated, asserted is right; but 'the parties' first choice' names the parties whose nominee was vetoed: target should be the 5-Star Movement and the League (ITA) or Savona, not empty."),
 14: (["source", "date"], "REQUEST for U.S. withdrawal (target USA) is right, but the source is the Iran-aligned factions in Iraq's parliament (IRQ), not an uncoded group plus Iran; the demand is still going on ('have demanded since...'), so it takes the document date 2021-07-27."),
 15: (["target"], "ASSAULT by Syrian government warplanes on Saturday 2012-10-27, asserted is right; but the sentence names what was struck: target should be the rebels / rebel-held areas (SYR), not empty."),
 16: (["target"], "CONSULT by Sisi (EGY), document date, is acceptable for convening his council, but it is Egypt's National Security Council: target country should be EGY, not TUR."),
 17: ([], "REJECT of the Western criticism by Russia's foreign ministry (RUS), document date: right; 'the criticism' is an act, so an empty target is right by the rule (the EU and U.S. would be natural targets)."),
 18: (["modality"], "ASSAULT STC (YEM) -> Houthis (YEM), undated, is right, but 'has said ... the council would keep fighting' is reported future: modality should be future, not hypothetical."),
 19: (["date"], "SANCTION (calling off the aides' visit) Netanyahu (ISR) -> U.S. (USA) is right, but his office reacted within minutes of Monday's vote: date should be 2024-03-25, not the document date. (reported_by should be Netanyahu's office, not the United States.)"),
 20: ([], "SANCTION convict: Dhaka tribunal (BGD) -> Molla (BGD) on Tuesday 2013-02-05: right."),
 21: ([], "REJECT of the Venezuelan election result by the Lima Group (no seat country, empty code right), document date: right; 'the result' is an act, so empty target is right."),
 22: ([], "REQUEST: Morales (BOL) urged supporters (BOL) to spoil ballots; the pluperfect act has no date in the text, so unknown is right."),
 23: (["modality"], "MOBILIZE Turkey's parliament (TUR) -> Libya on Thursday 2020-01-02 is acceptable for authorising a deployment, but the deployment itself is only authorised (troops to be sent only if needed): modality should be hypothetical, not asserted."),
 24: ([], "ACCUSE: Seoul (KOR) blamed the warship sinking on North Korea (PRK); background act with no date of its own in the text, so unknown is right."),
 25: ([], "ASSAULT: Afghan and NATO forces (AFG) killed the Taliban gunmen (AFG) on Wednesday 2011-09-14: right."),
 26: (["source"], "ACCUSE (complaint), document date, asserted is right, but the complainers are 'some Japanese fishing groups in Okinawa' (JPN), not the state of Japan; empty target is right."),
 27: ([], "REJECT by Norway (NOR) of the Taliban delegation's view, document date: right; 'that view' is not a party, so empty target is right (the Taliban would be the natural target)."),
 28: ([], "ASSAULT on at least 16 Afghans (AFG) in the assault, no perpetrator named in the sentence (empty source right), dated by the report of the siege that ended 2011-09-14: accepted."),
 29: (["target"], "CONSULT (Buhari receiving the freed women) on Sunday 2017-05-07 is acceptable, but 'received them' refers to the freed Chibok schoolgirls: target should be the young women (NGA), not the Nigerian government."),
 30: ([], "MOBILIZE weapons (nuclear test) by North Korea (PRK) on 2016-01-06: right."),
 31: (["target", "date"], "REJECT by Gbagbo (CIV) of his defeat is right, but the sentence names the party whose win he rejected: target should be Alassane Ouattara (CIV); and it is a background act of 2010 (after the November 2010 run-off), not the document date."),
 32: ([], "ACCUSE: the Congolese army (COD) -> M23 rebels (COD) on the day of the admission, Tuesday 2022-03-29: right."),
 33: ([], "ASSAULT toll of 3,000 civilians (IRQ) 'so far this year' is a summed total: no date is right; no perpetrator named, empty source right."),
 34: ([], "Dropping charges is CONCEDE (CAMEO 081 ease sanctions): Russian police (RUS) -> Golunov (RUS) on Tuesday 2019-06-11: right."),
 35: (["date"], "ASSAULT with 19 people (PAK) killed, no perpetrator named, is right, but the killings happened on the national holiday, Friday 2012-09-21 (fourth paragraph), not on Saturday 2012-09-22 when officials reported them."),
 36: ([], "REQUEST Merz (DEU) -> Scholz (DEU), reported as this news with the document date: right."),
 37: (["date"], "ACCUSE critics -> Yoon (KOR) is right (critics' country not given), but the accusations belong to the election campaign before the 10 April vote: a background act should not take the document date 2024-04-11 (undated, or 2024-04 at most)."),
 38: ([], "REQUEST Barroso and Van Rompuy (EU) -> Greek government (GRC) in their statement after Wednesday's vote, 2011-06-29: right."),
 39: (["source", "target"], "ASSAULT (rockets, drones) in 2021 is right, but the armed groups are Iraqi militias (IRQ or uncoded), not USA, and the sentence names what they fired at: target should be the U.S. troops' bases and the U.S. embassy (USA), not empty."),
 40: ([], "ACCUSE investigate: the royal palace (Morocco, MAR) ordered an inquiry; no party named as target; no date in the text, document date right."),
 41: ([], "ASSAULT toll of 3,500 people (SYR) 'since March' is a summed total: no date is right; empty source right."),
 42: (["target"], "COERCE arrest on Thursday 2019-06-06 with no agent named (empty source right), but the person detained is the sentence's subject: target should be Ivan Golunov (RUS), not empty."),
 43: (["event"], "Spurious: diplomats' speculation that Damascus 'would welcome a friendly government' reports no act or statement by Syria; the sentence's act is Syrian troops pressing a crackdown on protesters (ASSAULT/COERCE, SYR), which dateline did not code."),
 44: ([], "Seizing a city is ASSAULT (conventions): Islamic State (no seat country) -> Mosul (IRQ) on 2014-06-10: right."),
 45: ([], "Lifting the state of emergency is RETREAT (CAMEO 0814): Ethiopian parliament (ETH) on Tuesday 2018-06-05: right."),
 46: (["target", "date"], "ASSAULT with no perpetrator named is right, but the victims are the dozens of worshippers (LKA), not the church, and they were killed in the Easter Sunday bombings of 2019-04-21, not on the document date."),
 47: (["source"], "SUPPORT, document date, asserted is right, but the source is 'some Indian social media users' (IND), not the state of India."),
 48: ([], "CONSULT: Cameron (GBR) co-hosted the London conference with Germany, Kuwait, Norway and the UN on Thursday 2016-02-04: accepted (co-hosts as the other parties)."),
 49: ([], "REQUEST Abbott (AUS) -> Gillard (AUS), reported as this news with the document date 2011-08-31: right."),
 50: ([], "CONSULT Modi (IND) -> Wickremesinghe and Rajapaksa (LKA) on Sunday 2019-06-09: right; a separate meeting from the talks with Sirisena (e2), so not a duplicate."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open(HERE / "events-a.jsonl", "w") as f:
    for it in items:
        bad, reason = V[it["n"]]
        if "event" in bad:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in bad for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h59-x232-07", "coder_events": [
    "SUPPORT: Tonga's parliament (TON) -> 'Akilisi Pohiva (TON), elected him prime minister, 2014-12-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A parliament electing a prime minister is coded as approval of an actor (borderline; some coders leave elections uncoded). 'Spent decades challenging the elite' is background with no discrete act."},
 {"doc": "h59-x231-21", "coder_events": [
    "SUPPORT: East African Community (no code) -> Democratic Republic of Congo (COD), admitted as seventh member, 2022-03-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The admission to the bloc (diplomatic cooperation / approval) is the paragraph's one act; dateline coded nothing here."},
 {"doc": "h59-x229-05", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result and 'likely to seek a grand coalition' (speculation) hold no codable act."},
 {"doc": "h59-x229-15", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A swearing-in and the turmoil that 'alarmed' partners hold no interaction between actors."},
 {"doc": "h59-x230-01", "coder_events": [
    "SANCTION (withdraw): Hezbollah (LBN) -> Saad Hariri's unity cabinet (LBN), brought the cabinet down by quitting it, 2011-01"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Mikati unveiling his cabinet is not an interaction; the background toppling of Hariri's cabinet in January is codable (dateline coded the quitting later in the story, from paragraph 5, not here)."},
 {"doc": "h59-x231-13", "coder_events": [
    "ACCUSE: African Union (no code) -> Donald Trump (USA), reacted with anger / 'frankly alarmed', 2018-01-12",
    "ACCUSE: African governments (no single code) -> Donald Trump (USA), reacted with anger, 2018-01-12",
    "REQUEST: African ambassadors at the U.N. (no single code) -> Donald Trump (USA), demanded a retraction and an apology, 2018-01-12",
    "ACCUSE (disapprove): Donald Trump (USA) -> African nations, called them 'shithole countries', 2018-01-11, reported"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Four acts in the lead; dateline coded none of them (its events in this story begin at Botswana's summons in paragraph 5)."},
]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
rows = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open(HERE / "paragraphs-a.jsonl")]
for k in FIELDS + ["all"]:
    print(f"{k}: {sum(r['verdict'][k] for r in rows)}/50")
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
