"""Write paragraphs-a-verdicts.jsonl (the coder's acts per first paragraph)."""
import json

P = [
 {"doc": "h10-x33-05",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A parliament electing a president is a domestic institutional procedure, not a PLOVER act (no type fits short of stretching SUPPORT 'approve actor'); nothing to code."},
 {"doc": "h10-x34-10",
  "coder_events": [
   "AGREE: Iran (IRN) -> Britain, France, Germany (GBR/FRA/DEU), agreed to suspend uranium enrichment and allow short-notice inspections, 2003-10-21",
   "CONSULT: Iran (IRN) <-> foreign ministers of Britain, France and Germany (GBR/FRA/DEU), talks in Tehran, 2003-10-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the AGREE (target empty although the three European ministers are named); the talks named in the same sentence are not coded from this paragraph (they are coded, as e2, from the next paragraph's 'meetings')."},
 {"doc": "h10-x34-18",
  "coder_events": [
   "ASSAULT: unnamed attacker (Saudi-led coalition by context) -> mourners in a Sanaa funeral hall (YEM), air strike killing over 140, 2016-10-08",
   "ACCUSE: United States (USA) -> Saudi-led coalition (SAU), announced an immediate review of its support, 2016-10-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's ASSAULT is right in type but gives the Yemeni government as the attacker and the Sunday of the UN statement instead of the Saturday of the strike. The U.S. review (disapproval signal, a possible cut in support) is missed; a coder might type it SANCTION-intent rather than ACCUSE."},
 {"doc": "h10-x33-02",
  "coder_events": [
   "SUPPORT: Boris Yeltsin (RUS) <-> Leonid Kuchma (UKR), signed the friendship treaty, 1997-05-31",
   "SUPPORT: Russia (RUS) -> Ukraine (UKR), formally recognised Ukraine's borders including Crimea, 1997-05-31"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right types and arguments."},
 {"doc": "h10-x35-07",
  "coder_events": [
   "PROTEST: Ivorian demonstrators (CIV) -> junta leader Robert Guei (CIV), popular uprising that drove him from power, 2000-10-24",
   "ASSAULT: rival political camps in Abidjan (CIV) <-> each other, street battles, 2000-10-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Gbagbo's swearing-in is not an act between actors. Dateline codes nothing in this paragraph; it misses both the uprising and the street battles."},
 {"doc": "h10-x33-03",
  "coder_events": [
   "SANCTION: Yugoslavia (YUG) -> William Walker (USA, OSCE mission head), expelled: ordered to leave within 48 hours, 1999-01-18",
   "ACCUSE: William Walker (USA) -> Serbian security forces (YUG/SRB), accused them of the Racak massacre, 1999-01-16",
   "ASSAULT (reported): Serbian security forces (YUG/SRB) -> 45 ethnic Albanians in Racak, massacre, undated in the paragraph"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "ACCUSE found (though dated to the document date, where the story's third paragraph places Walker's words on Saturday). The expulsion is coded as REQUEST, the wrong type, so it is not counted as found. The massacre inside the accusation (reported) is missed."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
tot = {k: sum(len(p["coder_events"]) if k == "coder_events" else p[k] for p in P)
       for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(tot)
