# writes paragraphs-a-verdicts.jsonl (the judge's coding of the six lead paragraphs)
import json
P = {
 "h36-x138-09": (["ASSAULT (suicide-attack): unnamed suicide car bomber () -> residents of a Riyadh compound (SAU), 11 killed and 120 wounded, 2003-11-08"],
                 1, 0, "Dateline's e1 is the attack (ASSAULT, Saturday 2003-11-08, right); mode could be suicide-attack."),
 "h36-x137-21": (["SANCTION: Kosovo's parliament (XKX) -> Prime Minister Albin Kurti's government (XKX), toppled in a no-confidence vote, 2020-03-25"],
                 0, 0, "Dateline found no event; the no-confidence vote is the lead act (type a judgement call: SANCTION/REJECT)."),
 "h36-x139-02": (["SANCTION: President Abdur Rahman Biswas (BGD) -> army chief Gen. Abu Saleh Mohammad Nasim (BGD), dismissed, 1996-05-20",
                  "REJECT: Gen. Nasim (BGD) -> Biswas (BGD), defied orders to retire two senior officers, undated (days before)",
                  "MOBILIZE (troops): troops loyal to the government (BGD) -> units heading for the capital (BGD), moved to block them, 1996-05-20"],
                 0, 0, "Dateline found nothing in this paragraph."),
 "h36-x137-24": (["RETREAT (resign): President Katalin Novak (HUN), resigned, 2024-02-10",
                  "ACCUSE (disapprove): Hungarian public (HUN) -> Novak (HUN), public outcry over her pardon, undated (early February 2024)"],
                 1, 0, "Dateline's e1 is the resignation, right. The April 2023 pardon is background and not listed."),
 "h36-x140-25": (["ASSAULT (firearms): unnamed gunman () -> senator Miguel Uribe Turbay (COL), shot in the head at a Bogota campaign event, 2025-06-07"],
                 0, 0, "Dateline coded no event in the lead; it coded the shooting later ('He was hit', item 22) with the wrong Uribe as target."),
 "h36-x137-18": (["RETREAT (resign): Prime Minister Arseniy Yatsenyuk (UKR), said on Sunday 2016-04-10 he would step down (future)"],
                 1, 0, "Dateline's e1 is the announced resignation, right (item 2). 'Stalled Western aid' is an effect of the paralysis, not an act."),
}
order = [json.loads(l) for l in open("paragraphs-a.jsonl")]
tot = [0, 0, 0, 0]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in order:
        ev, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": len(p["events"]),
               "spurious": spur, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + len(p["events"]), tot[3] + spur]
print("coded acts, found, dateline events, spurious:", tot)
