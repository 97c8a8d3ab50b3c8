# writes paragraphs-d-verdicts.jsonl
import json
P = [
 {"doc": "h26-x98-03", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result is not a PLOVER act. 'his promise to hand government to his longtime critics' is only a noun reference to an earlier, undated promise by King Hassan; I do not code it (a coder who did would code AGREE: King Hassan (MAR) -> opposition (MAR), undated)."},
 {"doc": "h26-x97-04", "coder_events": [
   "SANCTION: EU and U.S. ambassadors (EU/USA) -> Belarus (BLR), ambassadors leave/recalled in protest, 1998-06-22",
   "COERCE: Belarus government (BLR) -> EU and U.S. diplomats (EU/USA), forced out of their Drozdy residences, undated (April per the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the lead: neither the recall of the ambassadors (CAMEO 161 style SANCTION) nor the eviction."},
 {"doc": "h26-x98-17", "coder_events": [
   "ASSAULT: gunmen (no country) -> Jordanian security forces (JOR), two civilians and a Canadian tourist, killed in a series of attacks, 2016-12-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 is right in all fields. The siege is mentioned only as how the attacks ended; its actors are in the next sentence."},
 {"doc": "h26-x100-12", "coder_events": [
   "AGREE: G20 leaders (mutual, no single country) -> each other, agreed to work together to revive growth and tighten financial supervision, 2008-11-15",
   "CONSULT: G20 leaders (mutual), first summit of its kind in Washington, 2008-11-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline found no event in the lead, although 'agreed ... to work together' is a plain AGREE."},
 {"doc": "h26-x100-21", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results, a party 'backing' Prayuth (an alignment, not an act) and a noun reference to the 2014 coup; 'complaints of irregularities' has no named complainant, so I do not code it."},
 {"doc": "h26-x100-25", "coder_events": [
   "CONSULT: Vladimir Putin (RUS) -> Xi Jinping (CHN, host), at Xi's side at the Beijing parade, 2025-09-03",
   "CONSULT: Kim Jong Un (PRK) -> Xi Jinping (CHN, host), at Xi's side at the Beijing parade, 2025-09-03",
   "MOBILIZE: China (Xi, CHN) -> none, vast military parade (show of military power, CAMEO 150), 2025-09-03",
   "ACCUSE: Donald Trump (USA) -> Xi Jinping / China (CHN), sarcastic response to the show of solidarity, 2025-09-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the lead; it did code Kim's trip to Beijing later in the story (item 39, with a wrong date)."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
