"""Round 58, judge c: recall on the 6 sampled story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl and prints the table.
usage (from docs/judged/round58): python events-c-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h7-x21-09": dict(
        coder_events=["REJECT (no-confidence vote, brings the government down): Czech parliament (lower house) "
                      "-> Topolanek government [CZE], 2009-03-24"],
        found=0, spurious=0,
        notes="dateline codes nothing in the lead; the no-confidence vote is the story's act (PLOVER has no "
              "exact category; REJECT/disapproval of the government is how I would code it)."),
    "h7-x22-15": dict(
        coder_events=["CONSULT (phone): Barack Obama [USA] <-> Hassan Rouhani [IRN], 2013-09-27"],
        found=1, spurious=0,
        notes="found with the right type, but the arguments are wrong: target 'leaders[None]' instead of "
              "Rouhani, and date '198' read from 'three decades ago'/1979 instead of Friday 2013-09-27."),
    "h7-x23-10": dict(
        coder_events=["CONCEDE (ease restrictions: lift the ban on nuclear trade): Nuclear Suppliers Group -> "
                      "India [IND], 2008-09-06"],
        found=1, spurious=0,
        notes="found; the NSG is given country IND (should be empty, an international group)."),
    "h7-x23-22": dict(
        coder_events=["COERCE (state of emergency): Ethiopia's government -> (Ethiopia) [ETH], 2021-11-02",
                      "ASSAULT (captured two towns): Tigray rebel forces (TPLF) -> Ethiopian forces/towns, "
                      "the weekend before (said on 2021-11-02)",
                      "THREATEN (to march on Addis Ababa): Tigray rebel forces -> Ethiopia's government, "
                      "2021-11-02"],
        found=3, spurious=0,
        notes="all three found with the right types; the rebels' country ETH is right (role MIL odd); the "
              "capture and threat are left without date (the threat was reported on Tuesday)."),
    "h7-x24-19": dict(
        coder_events=["COERCE (arrest): Malaysian anti-graft officers (MACC) [MYS] -> Najib Razak [MYS], "
                      "2018-07-03"],
        found=1, spurious=0,
        notes="found, all fields right. The 1MDB investigation is the frame of the arrest, not a separate act."),
    "h7-x24-16": dict(
        coder_events=["AGREE (agreed to settle the dispute): Japan [JPN] <-> South Korea [KOR], 2015-12-28",
                      "AGREE (offer of an apology and 1 billion yen for a victims' fund): Japan -> South Korea / "
                      "the victims, 2015-12-28"],
        found=2, spurious=0,
        notes="both found (e2 'offering' AGREE, target left empty). The offer is an AGREE by the wave-76 rule."),
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    assert sorted(P) == sorted(p["doc"] for p in paras)
    tot = [0, 0, 0, 0]
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:<12} coder {len(v['coder_events'])}  found {v['found']}  "
                  f"dateline {len(p['events'])}  spurious {v['spurious']}")
            tot = [tot[0] + len(v["coder_events"]), tot[1] + v["found"], tot[2] + len(p["events"]),
                   tot[3] + v["spurious"]]
    print(f"{'total':<12} coder {tot[0]}  found {tot[1]}  dateline {tot[2]}  spurious {tot[3]}")


if __name__ == "__main__":
    main()
