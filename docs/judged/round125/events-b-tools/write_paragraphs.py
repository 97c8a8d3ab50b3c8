"""Write paragraphs-b-verdicts.jsonl (recall on the 6 first paragraphs) and print the totals.

usage: write_paragraphs.py   (run from docs/judged/round125)
"""
import json

P = {
 "h40-x154-25": (
   ["RETREAT: Hamas (PSE) -> living Israeli hostages (ISR), freed the last 20 hostages, 2025-10-13",
    "RETREAT: Israel (ISR) -> Palestinian prisoners and detainees (PSE), released nearly 2,000, 2025-10-13",
    "CONSULT: Donald Trump (USA) -> world leaders in Egypt (EGY host), joined the summit in Egypt, 2025-10-13",
    "SUPPORT: Donald Trump (USA) and world leaders -> the peace plan, endorsed the plan, 2025-10-13"],
   1, 0,
   "Dateline found the Hamas release (right type, parties and date) but not Israel's release of prisoners in the same sentence, nor the summit or the endorsement. Trump's declaring the end of the war is a statement with no PLOVER type and is not counted."),
 "h40-x153-24": (
   ["COERCE: Kyiv court (UKR) -> Ihor Kolomoisky (UKR), ordered held in custody for two months, 2023-09-02"],
   0, 0,
   "No event found for the court's custody order; the suspicion of fraud has no agent in the sentence and is not coded separately."),
 "h40-x155-12": (
   ["SANCTION: Rwanda (RWA) -> Germany's ambassador (DEU), ordered out of the country, 2008-11-10",
    "SANCTION: Rwanda (RWA) -> Germany (DEU), recalled its own envoy from Berlin, 2008-11-10",
    "COERCE: German police (DEU) -> senior aide to Kagame (Rose Kabuye, RWA), arrested, 2008-11-09"],
   2, 0,
   "Both Rwandan sanctions found with right type, parties and Monday date; the German police arrest in the 'a day after' clause is missed (dateline codes it from the next sentence, without the source)."),
 "h40-x155-11": (
   ["RETREAT: King Jigme Singye Wangchuck (BTN) -> Crown Prince Jigme Khesar Namgyel Wangchuck (BTN), handed power (abdication), 2006-12-14"],
   0, 0,
   "The abdication is missed in the first paragraph (dateline has a RETREAT 'step' event later in the story)."),
 "h40-x153-20": (
   ["SANCTION: Moscow court (RUS) -> Alexei Ulyukayev (RUS), sentenced to eight years, 2017-12-15"],
   1, 0,
   "Found with right type, parties and date. The bribe itself is the crime, background with no PLOVER type."),
 "h40-x154-03": (
   ["ASSAULT: unidentified bombers -> Bishop Pierre Claverie (FRA citizen) and his Algerian driver (DZA), killed by a bomb, 1996-08-01",
    "CONSULT: French foreign minister (FRA) -> Pierre Claverie, met hours before, 1996-08-01"],
   0, 0,
   "Neither the bombing nor the meeting is found in the first paragraph (dateline's 'killed' event is in a later sentence)."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(paras) == 6
tot = {"coded": 0, "found": 0, "dateline": 0, "spurious": 0}
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found,
               "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(ev); tot["found"] += found
        tot["dateline"] += len(p["events"]); tot["spurious"] += spur
print(tot)
