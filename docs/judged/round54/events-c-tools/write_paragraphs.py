"""Round 54, judge c: recall on the 4 story first paragraphs (paragraphs-c.jsonl).

Writes paragraphs-c-verdicts.jsonl, one line per paragraph, and prints the table.
Run from docs/judged/round54: python events-c-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
    "h5-x15-04": {
        "coder_events": [
            "RETREAT ceasefire: Angola's army (AGO) <-> UNITA rebels (AGO), 2002-04-04 (signed a ceasefire "
            "on Thursday; SUPPORT for the signing would also do)",
        ],
        "found": 1,
        "spurious": 0,
        "notes": "dateline e1 RETREAT ceasefire, mutual army/UNITA, 2002-04-04: found, right in all fields. "
                 "The civil war that 'has ravaged' the country for 27 years is background, not coded.",
    },
    "h5-x15-13": {
        "coder_events": [
            "COERCE arrest: forces loyal to Ouattara (CIV) -> Laurent Gbagbo (CIV), 2011-04-11 (captured on "
            "Monday)",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "dateline has no event here: the passive 'was captured ... by forces loyal to his rival' is "
                 "missed. 'Plunged the country back into civil war' is a background summary, not coded.",
    },
    "h5-x15-15": {
        "coder_events": [
            "COERCE (coup): Pakistani military (PAK) -> Nawaz Sharif (PAK), 1999 (background: 'ousted in a "
            "military coup' 14 years before 2013)",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "Claiming victory in an election is no PLOVER event. The only codable act is the background "
                 "1999 coup that ousted Sharif (PLOVER has no coup type; COERCE is the closest); dateline has "
                 "no event in the paragraph.",
    },
    "h5-x16-23": {
        "coder_events": [
            "REJECT: Chilean voters (CHL) -> the proposed constitution / Boric's government (CHL), 2022-09-04 "
            "(referendum on Sunday)",
        ],
        "found": 1,
        "spurious": 0,
        "notes": "dateline e1 REJECT by Chilean voters, 2022-09-04 explicit: found (target left empty). Boric "
                 "having 'championed the charter' is background support for a text, not coded.",
    },
}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "paragraphs-c.jsonl").open(encoding="utf-8")]
    assert [r["doc"] for r in rows] == list(P)
    out = []
    for r in rows:
        p = P[r["doc"]]
        out.append({
            "doc": r["doc"],
            "coder_events": p["coder_events"],
            "found": p["found"],
            "dateline_events": len(r["events"]),
            "spurious": p["spurious"],
            "notes": p["notes"],
        })
    with (HERE / "paragraphs-c-verdicts.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{'doc':10} {'coded':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for row in out:
        print(f"{row['doc']:10} {len(row['coder_events']):>5} {row['found']:>5} "
              f"{row['dateline_events']:>8} {row['spurious']:>8}")
    print(f"{'total':10} {sum(len(r['coder_events']) for r in out):>5} {sum(r['found'] for r in out):>5} "
          f"{sum(r['dateline_events'] for r in out):>8} {sum(r['spurious'] for r in out):>8}")


if __name__ == "__main__":
    main()
