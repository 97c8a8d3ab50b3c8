"""Round 55, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

Writes ../paragraphs-d-verdicts.jsonl (one line per paragraph) and prints the table.
usage (from docs/judged/round55): python events-d-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent

P = {
    "h6-x17-09": dict(
        coder_events=[
            "ASSAULT: unknown gunman -> Hrant Dink (TUR journalist), 2007-01-19 (shot dead on Friday)",
            "ACCUSE: (Turkish prosecutors) -> Hrant Dink, background prosecution for 'insulting "
            "Turkishness', no date in this paragraph (the story later gives the 2005 case)",
        ],
        found=2, spurious=0,
        notes="e2 ASSAULT (shot) found with the right target and date. e1 ACCUSE (prosecuted) is "
              "a real background act, found with the right type, but dated to the document date "
              "(wrong date, not spurious)."),
    "h6-x18-09": dict(
        coder_events=[
            "ASSAULT: Lebanese troops (LBN) -> Islamist militants (Fatah al-Islam) in the Nahr "
            "al-Bared camp, 2007-05-21 (tank and artillery fire, second day; 'pressing an "
            "assault' is the same act)",
        ],
        found=1, spurious=1,
        notes="e1 ASSAULT found (its target 'Palestine[PSE]' is wrong: the militants are the "
              "target, not Palestine). e2 REQUEST 'pressing' is spurious: 'pressing an assault' "
              "means continuing the attack, not a demand."),
    "h6-x19-10": dict(
        coder_events=[
            "RETREAT (resign): Pervez Musharraf (PAK) -> (office/Pakistan), 2008-08-18",
            "ASSAULT (coup, seizing power): Pervez Musharraf -> Pakistan government (Sharif), "
            "background, about 1999 ('nearly nine years' before)",
        ],
        found=1, spurious=1,
        notes="e1 RETREAT found. e2 RETREAT 'stepping down' is the same resignation told again in "
              "the same sentence ('saying he was stepping down'): a duplicate, spurious. The coup "
              "in the paragraph was not coded here (dateline codes it from a later sentence)."),
    "h6-x20-01": dict(
        coder_events=[
            "RETREAT (return territory): Portugal (PRT) -> China (CHN), 1999-12-19 (midnight on "
            "Sunday)",
        ],
        found=1, spurious=0,
        notes="e1 RETREAT found; its target is empty though China is named."),
    "h6-x19-17": dict(
        coder_events=[
            "CONSULT: Narendra Modi (IND) -> Maithripala Sirisena (LKA), 2015-03-13 (talks during "
            "the first bilateral visit; one act)",
        ],
        found=1, spurious=0,
        notes="e1 CONSULT found, right in all fields. 'New Delhi seeks to counter China's "
              "influence' is a motive, not an act."),
    "h6-x20-15": dict(
        coder_events=[
            "REJECT: Cambodia's opposition (CNRP, KHM) -> ruling party (CPP) claim of victory, "
            "2013-07-29",
            "REQUEST: Cambodia's opposition -> (authorities/election committee), independent "
            "investigation, 2013-07-29",
        ],
        found=2, spurious=0,
        notes="Both found with the right type; the REJECT target is empty though 'the ruling "
              "party' is named. 'what it called widespread irregularities' is part of the demand, "
              "not a separate act."),
}


def main():
    paras = [json.loads(l) for l in open(ROUND / "paragraphs-d.jsonl")]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(p["events"]), "spurious": v["spurious"],
                     "notes": v["notes"]})
    with open(ROUND / "paragraphs-d-verdicts.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:11} {len(r['coder_events']):>5} {r['found']:>5} "
              f"{r['dateline_events']:>8} {r['spurious']:>8}")
    c = sum(len(r["coder_events"]) for r in rows)
    f = sum(r["found"] for r in rows)
    d = sum(r["dateline_events"] for r in rows)
    s = sum(r["spurious"] for r in rows)
    print(f"{'total':11} {c:>5} {f:>5} {d:>8} {s:>8}")
    print(f"recall {f}/{c} = {100*f/c:.1f}%, spurious {s}/{d} = {100*s/d:.1f}%")


if __name__ == "__main__":
    main()
