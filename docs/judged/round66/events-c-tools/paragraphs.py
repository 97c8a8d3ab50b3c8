"""Write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it."""
import json
P = [
 {"doc": "h10-x35-14",
  "coder_events": ["ASSAULT: unknown bombers (none) -> train passengers, most of them Pakistani (PAK), bombs in two carriages killing at least 66, 2007-02-18 (shortly before midnight on Sunday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The lede's bombing is not coded by dateline at all (its events in this story start with Singh's condemnation)."},
 {"doc": "h10-x35-24",
  "coder_events": ["REJECT: main opposition, Citizens Coalition for Change (ZWE) -> election result / Zimbabwe Electoral Commission (ZWE), rejected the result, 2023-08-27 (document date)",
                   "ACCUSE: regional (SADC) observers (no seat country in the paragraph) -> Zimbabwe's election authorities (ZWE), said the vote failed to meet democratic standards, 2023-08-27 (document date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Mnangagwa 'declared winner' is not a PLOVER act. Dateline codes Chamisa's refusal later (para 3, as AGREE negated) but nothing in the lede."},
 {"doc": "h10-x34-03",
  "coder_events": ["ASSAULT: unknown bombers (none) -> U.S. Air Force personnel / Americans (USA), truck bomb killing 19 and wounding several hundred, 1996-06-25 (the blast went off late on Tuesday, para 2)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (ASSAULT, target Americans USA) is right in type; its date 1996-06-26 is the report day, while the next paragraph dates the blast late on Tuesday (1996-06-25)."},
 {"doc": "h10-x36-03",
  "coder_events": ["SANCTION: Ecuador's Congress (ECU) -> President Abdala Bucaram (ECU), voted to remove him from office, 1997-02-06 (late on Thursday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Coded as removal from office (SANCTION expel; some coders would use COERCE). Dateline codes the dismissal only from the second paragraph ('Lawmakers voted ... to dismiss', as REJECT). The three politicians' claims to govern are not an act between actors."},
 {"doc": "h10-x34-11",
  "coder_events": ["ASSAULT: Syrian Kurds (SYR) <-> Syrian security forces (SYR), clashes spreading across the northeast, 2004-03-13 (Saturday)",
                   "PROTEST riot: football crowds / Kurds in Qamishli (SYR) -> none, the brawl that turned into the worst unrest in decades, 2004-03-12 (Friday, 'a day after')"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (ASSAULT 'Clashes', 2004-03-13) is right in type and date but merges both sides into one source actor 'Syrian Kurds and security forces' with no target. The Friday unrest is arguable as a separate act; it is not coded."},
 {"doc": "h10-x35-12",
  "coder_events": ["SANCTION: President Mwai Kibaki (KEN) -> his cabinet ministers (KEN), dismissed the entire cabinet, 2005-11-23 (Wednesday)",
                   "REJECT: Kenyan voters (KEN) -> draft constitution championed by Kibaki (KEN), rejected in the referendum, 2005-11-21 (two days earlier, Monday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Neither the sacking of the cabinet nor the referendum defeat is coded by dateline anywhere in the story."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
src = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in P] == [s["doc"] for s in src]
for p, s in zip(P, src):
    assert p["dateline_events"] == len(s["events"]), p["doc"]
print("acts", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
