"""Write paragraphs-d-verdicts.jsonl (judge d, round 101)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = [
 {"doc": "h28-x106-11",
  "coder_events": ["CONSULT: Condoleezza Rice (USA) -> Walid al-Moualem, Syrian foreign minister (SYR), held talks at the Sharm el-Sheikh conference, 2007-05-03 (Thursday, per the next paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'no sign of a similar meeting with Iran' is no act. Dateline e1 has the right type and parties; its date (document date 2007-05-04) misses the Thursday the story gives in the next paragraph."},
 {"doc": "h28-x107-25",
  "coder_events": ["REJECT: Issa Tchiroma Bakary, main challenger (CMR) -> Constitutional Council / the declared result (CMR), insisted he had won, 2025-10-27",
                   "PROTEST: protesters in several Cameroonian cities (CMR) -> Cameroon state (CMR), protests against the result flared, 2025-10-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The Council declaring Biya the winner is an official announcement, not coded. Dateline has no event in this paragraph."},
 {"doc": "h28-x106-24",
  "coder_events": ["SANCTION: Algeria (DZA) -> France (FRA), recalling its ambassador, 2024-07-30",
                   "SUPPORT: Emmanuel Macron (FRA) -> Morocco (MAR), endorsed Morocco's autonomy plan for Western Sahara, 2024-07-30"],
  "found": 2, "dateline_events": 3, "spurious": 1,
  "notes": "e3 ACCUSE Macron -> Algeria on 'reopening a deep rift' is spurious (a consequence, not an act)."},
 {"doc": "h28-x105-03",
  "coder_events": ["SUPPORT: Yugoslav Federal Assembly (YUG/SRB) -> Slobodan Milosevic (SRB), elected him federal president, 1997-07-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Borderline: an election by parliament is coded as SUPPORT here for consistency with item 29 (the next sentence's 'deputies backed Milosevic', which dateline did code)."},
 {"doc": "h28-x108-14",
  "coder_events": ["RETREAT: anti-government protesters (THA) -> Thai government (THA), began to pull out of Bangkok's two airports ending their siege, 2008-12-03",
                   "COERCE: Constitutional Court (THA) -> People Power Party (THA), dissolved the ruling party, 2008-12-02",
                   "COERCE: Constitutional Court (THA) -> PM Somchai Wongsawat (THA), banned him from politics, 2008-12-02"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the pull-out (e1) and the ban (e2; its date 2008-12-03 misses the Tuesday ruling given in the next paragraph) but not the dissolution of the party."},
 {"doc": "h28-x106-19",
  "coder_events": ["ASSAULT: Syrian government forces (SYR) -> rebels in Deraa (SYR), took over the rebel-held part of Deraa and raised the flag, 2018-07-12",
                   "AGREE: insurgents in Deraa (SYR) -> Syrian government (SYR), agreed to hand over their heavy weapons, 2018-07-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Taking ground is ASSAULT under the conventions. 'Protests against his rule began more than seven years ago' is background and not coded. Dateline has no event here."},
]
with open(os.path.join(HERE, "paragraphs-d-verdicts.jsonl"), "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print({k: sum((len(p["coder_events"]) if k == "coder_events" else p[k]) for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]})
