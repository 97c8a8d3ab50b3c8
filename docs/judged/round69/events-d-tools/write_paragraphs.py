"""Write paragraphs-d-verdicts.jsonl from judge d's coding of the six first paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h12-x43-25": dict(
    coder_events=[
      "SUPPORT: DR Congo foreign minister (COD) <-> Rwanda foreign minister (RWA), signed a peace agreement in Washington, 2025-06-27",
      "ASSAULT: M23 rebels (COD) -> (none named; DR Congo), seized the region's two largest cities, 2025",
    ],
    found=2, spurious=0,
    notes="Both found (e1 SUPPORT mutual COD/RWA, e2 ASSAULT by M23). 'Rwandan-backed' is an attributive, not coded as a separate act; 'aimed at ending fighting' is the deal's purpose, not an act."),
 "h12-x42-01": dict(
    coder_events=[
      "SUPPORT: Yitzhak Rabin (ISR) <-> Yasser Arafat (PSE), signed the interim agreement at the White House, 1995-09-28",
    ],
    found=1, spurious=0,
    notes="The troop pull-out and elections are the content of the signed agreement in this sentence (coded once, as the signing); the withdrawal commitment is coded from its own later sentence."),
 "h12-x41-16": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="Winning an election and 'a row with the European Union' (background, no act) are not PLOVER events; dateline coded nothing, correctly."),
 "h12-x42-22": dict(
    coder_events=[
      "CONSULT: Israel (ISR) hosts the foreign ministers of the United States (USA) and four Arab states (ARE, BHR, MAR, EGY), Negev meeting, 2022-03-28",
      "AGREE: the six ministers (ISR, USA, ARE, BHR, MAR, EGY), mutual pledge to make the gathering a regular forum, 2022-03-28",
    ],
    found=1, spurious=0,
    notes="CONSULT found (e1, host Israel -> USA only; the Arab states are missing as targets). The pledge to make the forum regular (AGREE) is missed. 'Voiced shared worries over Iran' is too vague to code."),
 "h12-x43-05": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="A death from a heart attack and the armed forces naming a successor are not PLOVER events; dateline coded nothing, correctly."),
 "h12-x41-23": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="Swearing-in and an election win are not PLOVER events; dateline coded nothing, correctly."),
}

paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert len(paras) == 6
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        j = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": j["coder_events"], "found": j["found"],
               "dateline_events": len(p["events"]), "spurious": j["spurious"], "notes": j["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(j["coder_events"]); tot["found"] += j["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += j["spurious"]
print(tot)
