"""Write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h20-x76-10": (["SANCTION: Vanuatu parliament (VUT) -> Serge Vohor (VUT), voted out of office by a no-confidence motion, 2004-12-11"], 0,
   "PLOVER has no exact type for a parliamentary no-confidence ouster; coded as SANCTION (removal/expulsion from office). Electing Ham Lini and Vohor's earlier attempt to switch recognition to Taiwan (background) not coded. Dateline coded nothing."),
 "h20-x75-20": (["SUPPORT: Paul Kagame (RWA) <-> Yoweri Museveni (UGA), signed an agreement in Luanda to end their row, 2019-08-21"], 1,
   "Dateline's SUPPORT (mutual, Wednesday 2019-08-21) is right. The border closure is a background state with no actor named; not coded."),
 "h20-x73-12": (["ACCUSE: Georgia (GEO) -> Russia (RUS), accused it of violating its airspace and firing a missile, 2007-08-07",
                 "REQUEST: Georgia (GEO) -> none, demanded an international response, 2007-08-07"], 2,
   "Both dateline events right in type. The airspace violation and missile inside the accusation could be coded as a reported ASSAULT, and Moscow's denial has no PLOVER type; neither counted."),
 "h20-x74-14": (["ASSAULT: gunmen (no code) -> anti-government protesters (YEM), killed at least 45 in Sanaa, 2011-03-18",
                 "PROTEST: anti-government protesters (YEM) -> Saleh government (YEM), demonstration in Sanaa aimed at ending Saleh's rule, 2011-03-18"], 0,
   "Dateline coded nothing in the paragraph, missing the main killing."),
 "h20-x74-25": (["RETREAT: Israel (ISR) <-> Iran (IRN), ceasefire holding, 2025-06-24",
                 "ACCUSE: Donald Trump (USA) -> Israel (ISR) and Iran (IRN), scolded both for breaking the truce, 2025-06-24"], 1,
   "Dateline's RETREAT ceasefire found; Trump's scolding (ACCUSE) missed. The truce breaches inside the scolding and Trump's earlier announcement of the truce are not counted."),
 "h20-x75-02": (["ASSAULT: soldiers (NER) -> President Mahamane Ousmane (NER), overthrew him in a coup, 1996-01-27"], 0,
   "Military coup coded ASSAULT (armed seizure of power); dateline coded nothing."),
}
rows = [json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for r in rows:
        ev, found, notes = P[r['doc']]
        f.write(json.dumps({"doc": r['doc'], "coder_events": ev, "found": found,
                            "dateline_events": len(r['events']), "spurious": 0, "notes": notes}, ensure_ascii=False) + '\n')
