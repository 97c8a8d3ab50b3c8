"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the six sampled first paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h29-x110-17": ([], 0, 0, "Election results only ('emerged as the largest party', 'came a surprise second'): no PLOVER act between actors. Dateline coded nothing, correctly."),
 "h29-x110-16": (["RETREAT: last convoy of U.S. troops (USA) -> Iraq (IRQ), withdrew from Iraq into Kuwait, 2011-12-18"],
                 0, 0, "The withdrawal is the story's main act and was missed; 'a war that toppled Saddam Hussein' is background summary, not coded."),
 "h29-x111-02": (["ASSAULT: Nepal's Maoists (NPL, REB) -> police posts (NPL, COP), launched 'people's war' attacking police posts in three hill districts, 1996-02-13",
                  "ASSAULT: Nepal's Maoists (NPL, REB) -> bank office (NPL), set fire to a bank office (destroy property, CAMEO 1712), 1996-02-13"],
                 0, 0, "Tuesday night = 1996-02-13 (document date Thursday 1996-02-15, report 'on Wednesday'). Launching the war and attacking the posts coded once. Dateline found neither."),
 "h29-x112-21": ([], 0, 0, "A referendum vote by voters is not a PLOVER act between actors; nothing to code. Dateline coded nothing, correctly."),
 "h29-x111-09": (["ACCUSE: Renamo (MOZ, PTY) -> election authorities / Frelimo (MOZ), said the poll had been rigged, 2004-12-21",
                  "REJECT: Renamo (MOZ, PTY) -> election authorities (MOZ), refused to accept the result, 2004-12-21"],
                 0, 0, "Declaring Guebuza the winner is not a PLOVER act. Tuesday = 2004-12-21. Dateline found neither act in this paragraph."),
 "h29-x111-22": (["ACCUSE: Qatar (QAT), Kuwait (KWT), Iran (IRN) -> India (IND, ambassadors), summoned India's ambassadors to protest the remarks, 2022-06-05",
                  "ACCUSE: Saudi Arabia (SAU) -> two BJP officials (IND), condemned the comments, 2022-06-05"],
                 2, 4, "Found both (e1 summoned, e3 condemned). Spurious: e2 'protest' PROTEST demo (the protest is the purpose of the summoning, no demonstration; duplicate of e1) and e4 'opening' ACCUSE Saudi Arabia -> India (opening a rift is a consequence, not an act; duplicate of e3). The summoning by three states is listed once as a joint act."),
}
SPUR = {"h29-x111-22": 2}
out = []
for l in open(HERE / "paragraphs-b.jsonl"):
    p = json.loads(l)
    ev, found, n_dl, notes = P[p["doc"]]
    assert n_dl == len(p["events"]), p["doc"]
    out.append({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                "spurious": SPUR.get(p["doc"], 0), "notes": notes})
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(sum(len(r["coder_events"]) for r in out), sum(r["found"] for r in out),
      sum(r["dateline_events"] for r in out), sum(r["spurious"] for r in out))
