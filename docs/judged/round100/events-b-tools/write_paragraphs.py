"""Write paragraphs-b-verdicts.jsonl (the coder's events per lead paragraph) and check it."""
import json
from pathlib import Path
here = Path(__file__).resolve().parents[1]
P = {
 "h27-x104-18": (
   ["COERCE: Venezuela's electoral authority, the CNE (VEN) -> the opposition (VEN), suspended its referendum campaign to recall Maduro, 2016-10-20"],
   0, 0,
   "Dateline's one event is this act, typed RETREAT ceasefire instead of COERCE and with no target: a real event with the wrong type, so not found and not spurious. 'What opponents called a death blow' is a characterization, not coded."),
 "h27-x101-24": (
   ["ACCUSE: Western governments (no code) -> Russia / its election (RUS), dismissed the vote as neither free nor fair, 2024-03-18",
    "COERCE: Russian authorities (RUS) -> would-be rival candidates (RUS), no serious rival allowed to stand, undated (before the election)"],
   0, 0,
   "Putin's election win is not a PLOVER event. Dateline has no event in this paragraph."),
 "h27-x104-22": (
   [],
   0, 0,
   "Xi securing a third term and unveiling a line-up inside his own party is no PLOVER event between actors; dateline has none either."),
 "h27-x103-22": (
   ["REJECT: UNITA (AGO) -> the electoral commission / MPLA (AGO), rejected the result, 2022-08-29",
    "ACCUSE: UNITA (AGO) -> the electoral commission (AGO), said it would challenge the result (legal challenge), future, 2022-08-29"],
   1, 0,
   "Dateline found the REJECT (UNITA, Monday 2022-08-29, empty target) but not the announced challenge. The commission confirming the MPLA's win is not an event."),
 "h27-x103-05": (
   ["AGREE: Bill Clinton / United States (USA) -> Nigeria (NGA), pledged the U.S. would stand by Nigeria as it rebuilds democracy, 2000-08-26",
    "REQUEST: Bill Clinton (USA) -> Nigerian lawmakers (NGA), urged them to tackle corruption and ethnic and religious tensions, 2000-08-26"],
   1, 0,
   "Dateline found the REQUEST (target wrongly the United States) but not the pledge of support (AGREE; SUPPORT would be a defensible alternative)."),
 "h27-x104-25": (
   [],
   0, 0,
   "An election victory and a lost seat are outcomes, not PLOVER events; dateline has none."),
}
paras = [json.loads(l) for l in open(here / "paragraphs-b.jsonl")]
assert len(paras) == 6
with open(here / "paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        assert found <= len(ev) and spur <= len(p["events"])
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                            "dateline_events": len(p["events"]), "spurious": spur,
                            "notes": notes}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(here / "paragraphs-b-verdicts.jsonl")]
print(len(back), "lines; coded", sum(len(b["coder_events"]) for b in back), "found", sum(b["found"] for b in back),
      "dateline", sum(b["dateline_events"] for b in back), "spurious", sum(b["spurious"] for b in back))
