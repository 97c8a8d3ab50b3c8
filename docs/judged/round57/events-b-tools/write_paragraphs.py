"""Round 57, judge b: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes ../paragraphs-b-verdicts.jsonl, one line per paragraph, and prints the table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent

P = {
    "h7-x24-12": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="An election result (Puea Thai won a majority) is no PLOVER act between political actors; "
              "nothing to code. Dateline coded nothing: right."),
    "h7-x24-03": dict(
        coder_events=[
            "REJECT (defy): Junichiro Koizumi (JPN) -> China (CHN), South Korea (KOR), 2001-08-13",
            "ACCUSE (disapprove): China (CHN), South Korea (KOR) -> Koizumi/Japan (JPN), 2001-08-13 "
            "('condemned the visit as an insult')",
        ],
        found=1, spurious=0,
        notes="Dateline found the defiance (e1 REJECT, right in type, parties and date); it missed the condemnation "
              "by China and South Korea. The 'weeks of warnings' are background folded into the defiance; the shrine "
              "visit itself is no act toward another party."),
    "h7-x24-14": dict(
        coder_events=[
            "SANCTION (reduce relations: called off a state visit in protest): Dilma Rousseff (BRA) -> United States "
            "(USA), 2013-09-17",
        ],
        found=0, spurious=0,
        notes="Dateline coded the cancellation as RETREAT (e1): a real act with the wrong type, so not found and not "
              "spurious. Cancelling a visit in protest reduces relations (CAMEO 16 -> SANCTION; REJECT would also be "
              "defensible); it is no withdrawal or de-escalation. The NSA spying sits inside 'reports' and has no "
              "clear PLOVER type; not listed."),
    "h7-x21-17": dict(
        coder_events=[
            "AGREE: Russia (RUS) <-> Turkey (TUR) to set up a demilitarised zone around Idlib, 2018-09-17",
        ],
        found=1, spurious=2,
        notes="e1 AGREE found. e2 ASSAULT 'offensive' (asserted, dated) is spurious: the government offensive was "
              "staved off, not carried out - no act took place. e3 THREATEN 'aid agencies had warned' is spurious: "
              "a prediction of a humanitarian catastrophe, not a threat by the agencies."),
    "h7-x21-01": dict(
        coder_events=[
            "RETREAT (resign): Boris Yeltsin (RUS), 1999-12-31",
        ],
        found=1, spurious=0,
        notes="e1 RETREAT resign found, right. Handing the Kremlin to Putin is the resignation's consequence (the "
              "constitutional succession), not a second act; the appointment 'months ago' is background with no "
              "PLOVER type."),
    "h7-x22-11": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="An election result announced by official results; no act between political actors. Dateline coded "
              "nothing: right."),
}


def main():
    paras = [json.loads(l) for l in (ROUND / "paragraphs-b.jsonl").read_text().splitlines() if l.strip()]
    assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
    tot = dict(coder=0, found=0, dateline=0, spurious=0)
    with open(ROUND / "paragraphs-b-verdicts.jsonl", "w") as out:
        print(f"{'doc':11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:11} {len(v['coder_events']):>5} {v['found']:>5} {len(p['events']):>8} {v['spurious']:>8}")
            tot["coder"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
        print(f"{'total':11} {tot['coder']:>5} {tot['found']:>5} {tot['dateline']:>8} {tot['spurious']:>8}")


if __name__ == "__main__":
    main()
