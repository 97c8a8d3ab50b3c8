"""Write paragraphs-a-verdicts.jsonl: judge a's coding of the 6 sampled lead paragraphs.

usage (from docs/judged/round158): python events-a-tools/write_paragraphs.py
"""
import json

P = {
    "h57-x224-24": ([], 0, 0,
        "Election results (Duterte's mayoral win, allies' Senate gains) are no PLOVER acts. 'Despite being held in The Hague' is a "
        "background state, not a reported act. Nothing to code and dateline coded nothing."),
    "h57-x224-15": ([
        "SUPPORT: Thai parliament (THA) -> Prayuth Chan-ocha (THA), elected him prime minister, 2019-06-05",
        "COERCE: Prayuth Chan-ocha / Thai army (THA) -> Thai government (THA), seized power in a coup, 2014",
        ], 0, 0,
        "Dateline found none of the two acts. PLOVER has no coup type: COERCE for the bloodless 2014 seizure of power (ASSAULT "
        "also defensible). The parliamentary vote is coded as approval of an actor."),
    "h57-x223-07": ([
        "ASSAULT (abduct): Somali Islamist gunmen / Shabaab (SOM) -> bus passengers (KEN), hijacked a bus, 2014-11-22",
        "ASSAULT (massacre/firearms): Somali Islamist gunmen (SOM) -> 28 passengers (KEN), shot them dead, 2014-11-22",
        ], 1, 0,
        "Dateline found the hijacking (e1, ASSAULT abduct, right date) but gave the passengers code SOM: they were on a Kenyan bus, "
        "mostly Kenyan teachers and civil servants (KEN). The shooting of 28 passengers was not coded from this sentence (dateline "
        "coded a later sentence's 'were shot' instead, judged as item 45 of the sample)."),
    "h57-x223-20": ([
        "ACCUSE (investigate): UN Human Rights Council (UN) -> Sri Lanka (LKA), resolution to collect evidence of war crimes, 2021-03-23",
        "REJECT: Sri Lankan government (LKA) -> UN Human Rights Council (UN), rejected the move as interference, 2021-03-23",
        ], 0, 0,
        "Neither act found: dateline has no event in the lead (its events in this story come from later paragraphs)."),
    "h57-x221-16": ([], 0, 0,
        "An election result and its consequence (clearing the way to leave the EU) are no PLOVER acts. Nothing to code and dateline "
        "coded nothing."),
    "h57-x221-24": ([
        "COERCE (arrest): Polish police (POL) -> Mariusz Kaminski and Maciej Wasik, two former officials (POL), arrested in the presidential palace, 2024-01-09",
        ], 1, 0,
        "Dateline found the arrest (e1, COERCE arrest, Tuesday evening 2024-01-09). Its target 'previous nationalist government' "
        "should be the two former officials (code POL right). 'Taken refuge with Duda' is not coded as a separate act."),
}

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        coder, found, spurious, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes},
                             ensure_ascii=False) + "\n")
print("wrote", len(paras))
