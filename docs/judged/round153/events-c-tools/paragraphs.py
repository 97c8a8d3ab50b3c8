"""Write paragraphs-c-verdicts.jsonl from the judge's paragraph coding below.

usage (from docs/judged/round153): python events-c-tools/paragraphs.py
"""
import json

P = {
 "h54-x210-25": (
  ["AGREE: Syria (SYR) <-> Lebanon (LBN), agreed to a ceasefire, 2025-03-17",
   "ASSAULT: Syria (SYR) <-> Lebanon (LBN), two days of border clashes that killed several people on both sides, 2025-03-16/17"],
  1, 0, "Dateline's mutual AGREE (e1) is right; the clashes are not coded."),
 "h54-x211-17": (
  [], 0, 0,
  "Declaring famine is a humanitarian assessment, not an act between political actors; nothing to code and dateline codes nothing."),
 "h54-x212-13": (
  ["MOBILIZE: North Korea (PRK), underground nuclear test (weapons test), 2009-05-25",
   "REJECT: North Korea (PRK) -> United States (USA) and its neighbours, defying repeated warnings, 2009-05-25"],
  2, 0, "Both found (e1 MOBILIZE weapons, e2 REJECT defy)."),
 "h54-x211-08": (
  ["ASSAULT: Lord's Resistance Army (UGA) -> displaced villagers at a camp in northern Uganda (UGA), killed at least 190, 2004-02-21 (the Saturday given in the next paragraph; reported Monday 2004-02-23)"],
  0, 0, "Dateline has no event for the lead's massacre (its 'stormed' e1 is in the next paragraph)."),
 "h54-x212-02": (
  ["MOBILIZE: North Korean soldiers (PRK), several hundred armed troops moved into the Panmunjom truce village, 1996-04-07",
   "REJECT: North Korean soldiers (PRK), defying the 1953 armistice, 1996-04-07",
   "MOBILIZE: South Korea (KOR), put its forces on heightened alert, 1996-04-07"],
  1, 0, "Only the defiance (e1 REJECT) is found; the incursion itself and South Korea's alert are missed."),
 "h54-x210-15": (
  ["REQUEST: King Abdullah (SAU) -> United States (USA), repeatedly urged it to attack Iran, no date (before 2010-11-28)"],
  1, 0, "Found (e1 REQUEST, undated). The WikiLeaks release is not a political event."),
}

docs = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    tot = [0, 0, 0, 0]
    for p in docs:
        ce, found, spurious, notes = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": ce, "found": found,
               "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
        for i, v in enumerate([len(ce), found, len(p["events"]), spurious]):
            tot[i] += v
print("coded acts, found, dateline events, spurious:", tot)
