"""Write paragraphs-b-verdicts.jsonl (judge b, round 170)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = [
 {"doc": "h63-x246-04",
  "coder_events": ["COERCE: Jordan (JOR) -> 11 men linked to al Qaeda (no code given), arrested, reported 2012-10-21"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e1 COERCE arrest found. e2 'using' ASSAULT Jordan -> Syria is spurious: 'using weapons and explosives smuggled in from Syria' describes the men's planned attacks (a plot, not an act), and neither Jordan nor Syria is attacker or victim. The planned bombings are hypothetical and not coded."},
 {"doc": "h63-x245-08",
  "coder_events": ["ACCUSE: Georgian prosecutors (GEO) -> Mikheil Saakashvili (GEO), charged with exceeding his authority, 2014-07-28",
                   "ASSAULT: Saakashvili's government/police (GEO) -> opposition rally (GEO), violent break-up (reported, inside the charge), 2007",
                   "COERCE: Saakashvili's government (GEO) -> private television station (GEO), raid (reported, inside the charge), 2007",
                   "ACCUSE: Saakashvili's supporters (GEO) -> prosecutors/government (GEO), say the case is driven by revenge, 2014-07-28"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The charge (e1, right in all fields) is found; 'accusing him of ordering ...' is the same act as the charge. The two acts inside the accusation (reported) and the supporters' criticism are missed."},
 {"doc": "h63-x247-02",
  "coder_events": ["ASSAULT: a long-serving associate (AFG) -> Ahmed Wali Karzai (AFG), shot dead at his home, 2011-07-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The killing (passive 'was shot dead ... by a long-serving associate') is missed; dateline has no event in the paragraph."},
 {"doc": "h63-x245-25",
  "coder_events": ["REQUEST: Estonia (EST) -> NATO allies (NATO), asked for urgent consultations (Article 4), 2025-09-19",
                   "MOBILIZE: Russia (RUS) -> Estonia (EST), three MiG-31 jets entered its airspace for 12 minutes, 2025-09-19",
                   "ACCUSE: Estonian government (EST) -> Russia (RUS), called it an unprecedentedly brazen violation, 2025-09-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The request for consultations is found (e1). The airspace incursion (a military move short of force, MOBILIZE) and the government's condemnation are missed."},
 {"doc": "h63-x247-04",
  "coder_events": ["PROTEST: rioters in Mombasa (KEN) -> (no target named), rioting for a second day, 2012-08-28",
                   "ASSAULT: unknown gunmen -> Muslim cleric Aboud Rogo Mohammed (KEN), killing, 2012-08-27 (date given in the next paragraph)",
                   "ACCUSE: United Nations (UNO) and United States (USA) -> the cleric (KEN), accused of backing al Shabaab, background (no date)",
                   "ASSAULT: unknown attackers -> Kenyan police patrol (KEN), grenade attack killed at least two officers, 2012-08-28 (reported by police)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this lead; the killing is coded from the next paragraph (item #22) but not here, and the riot, the UN/US accusation and the grenade attack are missed."},
 {"doc": "h63-x245-21",
  "coder_events": ["SANCTION: Republika Srpska assembly (BIH) -> Bosnia's state institutions (BIH), voted to begin withdrawing from the joint army, tax administration and top judicial body, 2021-12-10",
                   "ACCUSE: Western governments (no single code) -> Republika Srpska (BIH), warn the move could break apart the state, 2021-12-10"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 holds the event (the withdrawal vote) but codes it RETREAT withdraw; leaving joint state institutions is SANCTION (withdraw from an organization), RETREAT's withdraw is retreat of forces from territory, so it is not counted as found (type wrong). The Western warning is missed."},
]
with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
tot = {k: sum((len(p["coder_events"]) if k == "coder_events" else p[k]) for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(tot)
