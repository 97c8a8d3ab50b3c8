"""Judge c, round 49: write paragraphs-c-verdicts.jsonl (recall on 5 first paragraphs)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h3-x7-22": (["ACCUSE: Sri Lanka's government blames the local Islamist group (National Thowheeth Jama'ath) for the Easter bombings, 2019-04-22",
               "ASSAULT: suicide bombings of churches and hotels kill 290 (perpetrator the group, reported inside the blame), Easter Sunday 2019-04-21"],
              1, 0, "Dateline's one event is the ACCUSE (right type, source and target); the bombing itself is missed. 'Acknowledged that warnings had not been acted upon' is an admission, not coded."),
 "h3-x6-17": (["RETREAT (release): Iran frees the two American men (on bail), 2011-09-21"],
              0, 0, "No dateline event. 'Held in Iran for more than two years' is background detention (a span, not coded); arriving in Oman is no interaction."),
 "h3-x6-13": (["RETREAT (resign): Qatar's emir Sheikh Hamad abdicates, handing power to Sheikh Tamim, 2013-06-25"],
              0, 0, "No dateline event; the voluntary abdication is a resignation by a head of state."),
 "h3-x7-23": (["PROTEST: ethnic minorities in the southern plains protest against the new charter (target Nepal's government), ongoing, 2015-09-20"],
              0, 0, "No dateline event. Adopting the constitution is a domestic act with no target, not coded."),
 "h3-x5-05": (["SUPPORT: Finland formally joins NATO (accession finalized), 2023-04-04",
               "THREATEN: Russia (Moscow) says the move will force it to take countermeasures, against Finland/NATO, 2023-04-04"],
              0, 0, "No dateline event; both the accession and Moscow's countermeasures warning are missed."),
}
items = {json.loads(l)["doc"]: json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))}
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for doc, it in items.items():
        ce, found, spur, notes = P[doc]
        out.write(json.dumps({"doc": doc, "coder_events": ce, "found": found,
                              "dateline_events": len(it["events"]), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + "\n")
tot = lambda k: sum(json.loads(l)[k] if not isinstance(json.loads(l)[k], list) else len(json.loads(l)[k]) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl")))
print("coder", tot("coder_events"), "found", tot("found"), "dateline", tot("dateline_events"), "spurious", tot("spurious"))
