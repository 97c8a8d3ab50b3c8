"""Round 54, judge b: recall on the 4 sampled story first paragraphs.

Writes ../paragraphs-b-verdicts.jsonl, one line per paragraph, and prints a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
PARAS = os.path.join(ROUND, "paragraphs-b.jsonl")
OUT = os.path.join(ROUND, "paragraphs-b-verdicts.jsonl")

P = {
    "h5-x16-16": dict(
        coder_events=[],
        found=0,
        spurious=1,
        notes="An election win and official results are not PLOVER acts; 'the first government not backed by the "
              "military' describes a government yet to be formed, no act of SUPPORT (negated or otherwise). "
              "Dateline's e1 SUPPORT (negated) military -> first government is spurious.",
    ),
    "h5-x16-13": dict(
        coder_events=[
            "SANCTION: Paraguay's Senate (PRY) -> President Fernando Lugo (PRY), 2012-06-22 (voted to remove him from "
            "office in an impeachment trial)",
            "ACCUSE (disapprove): neighbouring governments -> Paraguay's Senate (PRY), 2012-06-22 (condemned the trial "
            "as a coup)",
        ],
        found=1,
        spurious=0,
        notes="Dateline found the ACCUSE (its target empty, see item 28); it missed the removal of Lugo here (it codes "
              "the conviction only from the next sentence). The 'deadly land clash' is a topic, no act in this "
              "sentence.",
    ),
    "h5-x13-12": dict(
        coder_events=[
            "SANCTION: Vladimir Putin (RUS) -> United States / Americans (USA), 2012-12-28 (signed a law banning "
            "Americans from adopting Russian children, in retaliation)",
            "SANCTION: United States (USA) -> Russian officials (RUS), undated here (2012-12-14 later in the story) "
            "(the new U.S. law that targets Russian officials)",
        ],
        found=0,
        spurious=0,
        notes="No events. Putin's retaliatory adoption ban is the lead act of the story and is missed; the U.S. "
              "Magnitsky law is a background act (coded later from paragraph 7 as COERCE). 'accused of human rights "
              "abuses' is a descriptive relative with no accuser, not coded.",
    ),
    "h5-x15-14": dict(
        coder_events=[],
        found=0,
        spurious=0,
        notes="A swearing-in and a natural death are not PLOVER acts; nothing to code, and dateline codes nothing.",
    ),
}


def main():
    paras = [json.loads(l) for l in open(PARAS)]
    assert sorted(P) == sorted(p["doc"] for p in paras)
    tot = [0, 0, 0, 0]
    with open(OUT, "w") as f:
        print(f"{'doc':12} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
        for p in paras:
            v = P[p["doc"]]
            rec = {
                "doc": p["doc"],
                "coder_events": v["coder_events"],
                "found": v["found"],
                "dateline_events": len(p["events"]),
                "spurious": v["spurious"],
                "notes": v["notes"],
            }
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            row = [len(rec["coder_events"]), rec["found"], rec["dateline_events"], rec["spurious"]]
            tot = [a + b for a, b in zip(tot, row)]
            print(f"{p['doc']:12} {row[0]:>5} {row[1]:>5} {row[2]:>8} {row[3]:>8}")
    print(f"{'total':12} {tot[0]:>5} {tot[1]:>5} {tot[2]:>8} {tot[3]:>8}")
    print(f"recall {tot[1]}/{tot[0]}; spurious {tot[3]}/{tot[2]}")


if __name__ == "__main__":
    main()
