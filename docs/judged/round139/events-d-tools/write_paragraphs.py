"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the six first paragraphs)."""
import json

P = {
 "h47-x183-03": dict(
   coder_events=["ASSAULT: Zambian police (ZMB) -> opposition rally / Kenneth Kaunda and another opposition leader (ZMB), opened fire wounding them, 1997-08-23"],
   found=1, spurious=0,
   notes="Dateline's one event is ASSAULT police -> Kaunda, Saturday 1997-08-23: found (its mode 'assassinate' is the aides' claim, not the text's finding, but mode is not scored)."),
 "h47-x183-09": dict(
   coder_events=["AGREE: Paris Club creditor governments (no single country) -> Nigeria (NGA), agreed to write off about $18bn of debt in return for arrears clearance, 2005-06-29"],
   found=1, spurious=0,
   notes="An agreed, conditional write-off is a commitment (AGREE under the wave-76 rule), not aid given. Dateline's AGREE is found; its target is empty where Nigeria is named."),
 "h47-x184-04": dict(
   coder_events=["COERCE: Abdurrahman Wahid (IDN) -> Maluku islands (IDN), declared a state of civil emergency, 2000-06-26",
                 "ASSAULT: Christians (IDN) <-> Muslims (IDN), 18 months of sectarian fighting in Maluku still going on, 2000-06-27 (document date)"],
   found=1, spurious=0,
   notes="The emergency decree is found (COERCE). The ongoing Christian-Muslim fighting is not coded by dateline."),
 "h47-x181-21": dict(
   coder_events=["ACCUSE: Mike Pence (USA) -> Russia (RUS), condemned Russia's military presence in Georgia's breakaway regions, 2017-08-01",
                 "SUPPORT: United States (USA) -> Georgia (GEO), supports Georgia's bid to join NATO, 2017-08-01",
                 "SANCTION: Russia (RUS) -> United States (USA), ordered a sharp cut in American diplomatic staff, 2017-07-30 (the Sunday the story gives)"],
   found=2, spurious=0,
   notes="ACCUSE and SUPPORT found (dateline's SUPPORT targets NATO instead of Georgia, but recall counts type only). Moscow's order to cut U.S. diplomatic staff is missed."),
 "h47-x181-24": dict(
   coder_events=["ASSAULT: Russian forces (RUS) -> civilians at a wake in Hroza, Kharkiv region (UKR), missile strike killing at least 51, 2023-10-05 (Thursday, per the next paragraph)"],
   found=0, spurious=0,
   notes="Dateline codes nothing in this paragraph, missing the missile strike. The day of mourning is no PLOVER event."),
 "h47-x183-12": dict(
   coder_events=["SANCTION: court in Equatorial Guinea (GNQ) -> Simon Mann (GBR), sentenced to 34 years for plotting a coup, 2008-07-07"],
   found=1, spurious=0,
   notes="Found with the right parties and date. The 2004 coup plot is the charge, not a separate coded act."),
}
rows = []
for line in open("paragraphs-d.jsonl"):
    p = json.loads(line)
    v = P[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                 "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
