"""Judge b, round 82: write paragraphs-b-verdicts.jsonl (recall on story first paragraphs) and check it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h18-x66-09": ([
    "COERCE: police (EGY) -> voters at polling stations (EGY), blocked access to polling stations, 2005-12-07",
    "ASSAULT: unnamed attacker (none) -> a voter (EGY), shot dead during the voting, 2005-12-07",
  ], 0, "The Brotherhood's win is an election result, not a PLOVER event. The shooter is not named in the paragraph (the police are implied by the context only)."),
 "h18-x65-06": ([
    "SANCTION: Ukraine's parliament (UKR) -> Yushchenko's government (UKR), voted to dismiss it (no-confidence), 2001-04-26",
  ], 0, "Removal of a government by a parliamentary vote coded as SANCTION (removal from office); a judgment call. The Western governments' warning that the move could set back reforms is a pessimistic comment (CAMEO 012), which has no PLOVER event, so not counted."),
 "h18-x68-17": ([], 0, "An election win and the Nationalists' defeat at the polls: no PLOVER act."),
 "h18-x65-22": ([], 0, "An election win; the toppling of Kurti's government is a background mention with no actor in the paragraph (a no-confidence vote in March 2020 per the story), not coded."),
 "h18-x66-04": ([
    "ASSAULT: unknown attackers (none) -> Dariush Forouhar and Parvaneh Eskandari (IRN), stabbed to death at their Tehran home, undated in the paragraph (bodies found Sunday 1998-11-22)",
  ], 0, "One killing of the couple, reported by relatives on Monday."),
 "h18-x65-08": ([], 0, "A presidential run-off result: no PLOVER act."),
}
rows = []
for l in open(HERE / "paragraphs-b.jsonl"):
    p = json.loads(l)
    ev, found, notes = P[p["doc"]]
    n_dl = len(p["events"])
    rows.append({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                 "spurious": 0, "notes": notes + (" Dateline has no event in this paragraph." if n_dl == 0 else "")})
assert len(rows) == 6
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print("coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
