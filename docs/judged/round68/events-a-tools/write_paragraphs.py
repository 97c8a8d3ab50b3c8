"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it.

usage: write_paragraphs.py   (run from docs/judged/round68)
"""
import json

P = {
 "h11-x38-02": ([], 0, 0,
   "An election result (Arafat elected with 88%) announced by the election commission: no PLOVER act between actors; dateline codes none."),
 "h11-x38-01": (["THREATEN: armed Islamist groups (DZA) -> Algerian state / the election (DZA), vowed to wreck the presidential poll, before 1995-11-16 (undated)"], 0, 0,
   "The win itself is an election result, not coded. The Islamist vow to wreck the poll is a background threat; dateline has no event in the paragraph."),
 "h11-x37-01": ([], 0, 0,
   "Early election returns (Communists leading): no codable act; dateline codes none."),
 "h11-x37-07": (["CONCEDE: Ukraine (UKR) -> Russia (RUS), acknowledged its air defence missile probably downed the Russian airliner after days of denials, 2001-10-13",
                 "ASSAULT: Ukrainian air defence (UKR) -> Russian passenger plane / its 78 passengers (RUS), missile fired in drills probably brought the plane down, 2001-10-04 (last week; hypothetical, 'probably')"], 0, 0,
   "The admission is the news act (yield after denials). The downing was accidental (missile fired in exercises), so ASSAULT is borderline under PLOVER's 'deliberate' definition, but event coders code shoot-downs. Dateline codes neither."),
 "h11-x40-15": (["ASSAULT: suicide bombers (IDN) -> JW Marriott and Ritz-Carlton hotels in Jakarta / at least eight killed (IDN), suicide bombings, 2009-07-17 (Friday morning)"], 1, 0,
   "Dateline's e1 (struck, ASSAULT, bombers -> JW Marriott, Friday morning 2009-07-17) is the act, right type (mode should be suicide-attack). The killing is the result of the same act, not a second event."),
 "h11-x39-18": (["ASSAULT: government troops (MOZ) -> Renamo leader Afonso Dhlakama's base (MOZ), overran the Gorongosa base and forced him to flee, before 2013-10-21 (undated)",
                 "SANCTION: Renamo (MOZ) -> Mozambique government (MOZ), declared the 1992 Rome peace accord over (withdrawal from the accord), 2013-10-21 (Monday)"], 0, 0,
   "Armed forces overrunning a base is ASSAULT by the conventions; Renamo's declaring the accord finished is a withdrawal from an agreement (SANCTION withdraw; REJECT would also be defensible). Dateline has no event in the paragraph (it codes the base seizure only in paragraph 3)."),
}

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found,
               "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        assert found <= len(ev) and spur <= len(p["events"])
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
print(len(rows), "coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
