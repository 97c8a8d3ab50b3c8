"""Write paragraphs-c-verdicts.jsonl (judge c, round 130): the acts a trained coder codes in each lead."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h42-x161-22": dict(
   coder_events=[
     "ASSAULT: unknown (none) -> Darya Dugina (RUS), car bomb killed her outside Moscow, 2022-08-20 (Saturday night, per the story)",
     "THREATEN: pro-Kremlin figures (RUS) -> none named (Ukraine implied), calls for revenge, 2022-08-21",
   ],
   found=1, spurious=0,
   notes="Dateline's e1 ASSAULT is the killing (type right) but its target is Alexander Dugin, the father, not Darya Dugina, and its date is the Sunday of the investigators' statement. Ukraine's denial is a denial of responsibility (CAMEO 016, no PLOVER event), so not listed."),
 "h42-x164-21": dict(
   coder_events=[
     "CONSULT: North Korea (PRK) <-> United States (USA), working-level nuclear talks in Sweden, 2019-10-05",
     "ACCUSE: North Korea (PRK) -> United States (USA), accused Washington of coming 'empty-handed', 2019-10-05",
     "AGREE: U.S. State Department (USA) -> North Korea (PRK), proposed meeting again in two weeks, 2019-10-05",
   ],
   found=0, spurious=0,
   notes="Dateline found no event in this lead. The breakdown of the talks is coded with the CONSULT, not as a separate act."),
 "h42-x162-12": dict(
   coder_events=[
     "SANCTION: United Arab Emirates (ARE) -> Gulf Cooperation Council (IGO), pulling out of the Gulf single currency plan, 2009-05-20",
     "AGREE: Gulf leaders (GCC members) -> Saudi Arabia (SAU), chose Riyadh to host the future central bank, early May 2009 (less than three weeks before)",
   ],
   found=0, spurious=0,
   notes="Dateline found no event. The UAE's withdrawal from the monetary union is the lead's main act (SANCTION withdraw)."),
 "h42-x162-16": dict(
   coder_events=[
     "ASSAULT: Islamic State fighters (none) -> Iraq (IRQ), captured the town of Sinjar, 2014-08-03",
     "RETREAT: Kurdish forces (IRQ) -> none, pulled back from Sinjar, 2014-08-03",
   ],
   found=1, spurious=0,
   notes="Dateline's e1 (captured, ASSAULT, IS fighters -> Iraq, 2014-08-03) is right in all fields. The Kurdish pull-back (RETREAT) was missed; the Yazidis' flight is a consequence, not an act between actors."),
 "h42-x163-14": dict(
   coder_events=[
     "CONSULT: Hillary Clinton (USA) -> Congo (COD), visit to Goma, 2009-08-11",
     "CONSULT: Hillary Clinton (USA) -> women raped by armed men (COD), met them, 2009-08-11",
     "AGREE: Hillary Clinton (USA) -> Congo (COD), announced $17 million in aid against sexual violence (a pledge of aid), 2009-08-11",
     "ASSAULT: armed men (COD) -> women (COD), rapes (sexual violence), date unknown (background)",
     "ACCUSE: Hillary Clinton (USA) -> none, called sexual violence a crime against humanity, 2009-08-11",
   ],
   found=1, spurious=0,
   notes="Dateline's e1 'met' CONSULT is found (type right), but it codes the raped women as USA; they are Congolese (COD). The visit, the aid pledge (AGREE under the wave-76 rule), the background rapes and the condemnation were missed."),
 "h42-x161-03": dict(
   coder_events=[
     "ACCUSE: international monitors (OSCE, IGO) -> Croatian government (HRV), said the campaign was heavily tilted in Tudjman's favour, 1997-06-16",
   ],
   found=0, spurious=0,
   notes="Dateline found no event. Tudjman's election win is not a PLOVER act."),
}

rows = []
for l in open(HERE / "paragraphs-c.jsonl"):
    p = json.loads(l)
    v = P[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                 "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("paragraphs", len(rows), "coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
