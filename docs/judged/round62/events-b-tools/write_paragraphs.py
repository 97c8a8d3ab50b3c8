"""Round 62, judge b: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes ../paragraphs-b-verdicts.jsonl, one line per paragraph, and prints the table.
Run: python events-b-tools/write_paragraphs.py (from round62/).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAS = HERE.parent / "paragraphs-b.jsonl"
OUT = HERE.parent / "paragraphs-b-verdicts.jsonl"

P = {
    "h8-x25-09": dict(
        coder_events=[
            "COERCE: Viktor Yushchenko (UKR) -> Ukrainian parliament (UKR), 2007-04-02 (dissolved parliament; some coders would leave a dissolution uncoded)",
            "REJECT: Viktor Yanukovych (UKR) -> Viktor Yushchenko (UKR), 2007-04-02 (decree 'unconstitutional and would be ignored')",
        ],
        found=0, spurious=0,
        notes="dateline codes nothing in the lead; Yanukovych's rejection of the decree (REJECT, or ACCUSE for 'unconstitutional') is missed.",
    ),
    "h8-x25-05": dict(
        coder_events=[
            "CONCEDE: Russia (RUS) -> Ukraine (UKR), 2003-10-23 (halted the dam construction, easing the border row)",
        ],
        found=0, spurious=0,
        notes="No event found; the halt is a de-escalating concession in the row with Ukraine (RETREAT would also be defensible).",
    ),
    "h8-x28-01": dict(
        coder_events=[
            "SUPPORT: People's Consultative Assembly (IDN) -> Abdurrahman Wahid (IDN), 1999-10-20 (elected him president)",
        ],
        found=0, spurious=0,
        notes="An assembly electing a president is coded by some coders as SUPPORT (vote for); dateline codes the vote only in paragraph 2 (e1).",
    ),
    "h8-x25-12": dict(
        coder_events=[
            "COERCE: Dmitry Medvedev (RUS) -> Yuri Luzhkov (RUS), 2010-09-28 (fired him; SANCTION also defensible)",
            "ACCUSE: state-controlled television (RUS) -> Yuri Luzhkov (RUS), weeks before 2010-09-28 (campaign of attacks)",
        ],
        found=0, spurious=1,
        notes="dateline's only event, ASSAULT 'attacks' from controlled television against Medvedev, takes the verbal 'attacks' (criticism) as ASSAULT: a word in another sense (conventions), so spurious; its target is also wrong (the attacks were on Luzhkov). The firing itself is missed.",
    ),
    "h8-x26-12": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Election results (a bloc winning the most seats, beating a rival coalition) are no PLOVER act between actors; nothing to code, and dateline codes nothing.",
    ),
    "h8-x26-06": dict(
        coder_events=[
            "ASSAULT: U.S. Marines and soldiers (USA) -> Sunni insurgents (IRQ) in Falluja, 2004-11-08 (thrust into the city, biggest offensive)",
            "COOPERATE: Iraqi troops (IRQ) <-> U.S. Marines (USA), 2004-11-08 (Iraqi troops backed the assault)",
        ],
        found=0, spurious=0,
        notes="dateline's SUPPORT 'backed' (item 17) is a real act but of the wrong type (military cooperation = COOPERATE), so it is not counted found; the main ASSAULT on Falluja is missed.",
    ),
}


def main():
    paras = [json.loads(l) for l in PARAS.read_text().splitlines() if l.strip()]
    assert {p["doc"] for p in paras} == set(P)
    tot = dict(coder=0, found=0, dl=0, spur=0)
    print(f"{'doc':11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    with OUT.open("w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:11} {len(v['coder_events']):>5} {v['found']:>5} {len(p['events']):>8} {v['spurious']:>8}")
            tot["coder"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dl"] += len(p["events"]); tot["spur"] += v["spurious"]
    print(f"{'total':11} {tot['coder']:>5} {tot['found']:>5} {tot['dl']:>8} {tot['spur']:>8}")


if __name__ == "__main__":
    main()
