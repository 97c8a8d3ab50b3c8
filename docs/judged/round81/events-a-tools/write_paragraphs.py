"""Write paragraphs-a-verdicts.jsonl (recall on first paragraphs)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = [
 {"doc": "h18-x65-09",
  "coder_events": ["REJECT: Dutch voters (NLD) -> European Union (IGO), rejected the proposed EU constitution in a referendum, 2005-06-01"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's REJECT has the right type and source; its target 'rotating EU presidency' is an odd name for the EU, but recall counts any arguments. 'Dealing a blow' and 'plunging the bloc into crisis' are consequences, not acts."},
 {"doc": "h18-x68-15",
  "coder_events": ["THREATEN: Indonesia (IDN) -> Australia (AUS), said it would review all cooperation (threat to reduce relations), 2013-11-19",
                   "SANCTION: Indonesia (IDN) -> Australia (AUS), recalled its ambassador from Canberra, 2013-11-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in this paragraph. The reported phone-tapping by Australian intelligence has no clear PLOVER type (espionage) and I do not count it."},
 {"doc": "h18-x68-21",
  "coder_events": ["RETREAT: pro-democracy lawmakers (HKG) -> Hong Kong legislature (HKG), said they would resign together (future), 2020-11-11",
                   "SANCTION: Hong Kong government (HKG) -> four pro-democracy lawmakers (HKG), expelled them from the legislature, 2020-11-11"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the future resignation but not the expulsion. China's parliament passing the resolution is the legal basis of the expulsion, not counted separately."},
 {"doc": "h18-x68-25",
  "coder_events": ["REJECT: Luisa Gonzalez (ECU) -> election result / electoral authority (ECU), refused to accept the result, 2025-04-14",
                   "ACCUSE: Luisa Gonzalez (ECU) -> electoral authority / Noboa camp (ECU), alleged fraud, 2025-04-14",
                   "REQUEST: Luisa Gonzalez (ECU) -> electoral authority (ECU), demanded a recount, 2025-04-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Noboa winning the run-off is an outcome, not an event. Dateline found none of Gonzalez's three acts."},
 {"doc": "h18-x68-16",
  "coder_events": ["SUPPORT: Philippine government (PHL) <-> Moro Islamic Liberation Front (PHL rebels), signed a final peace agreement, 2014-03-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's mutual SUPPORT (sign agreement) is right in every field."},
 {"doc": "h18-x65-11",
  "coder_events": ["SANCTION: International Court of Justice (IGO) -> Serbia (SRB), ruled Belgrade violated international law by failing to prevent and punish the Srebrenica genocide (cleared of direct responsibility), 2007-02-26",
                   "ASSAULT: unnamed (Bosnian Serb forces not named) -> people at Srebrenica (BIH), the 1995 massacre, 1995"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The ruling is one act (convict/find liable); the clearing of direct genocide responsibility is part of it. The Srebrenica massacre is a dated background act; the generic 'genocide during the 1992-95 war' is not coded separately. Dateline found nothing here."},
]
with open(os.path.join(ROOT, 'paragraphs-a-verdicts.jsonl'), 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
