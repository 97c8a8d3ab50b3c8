"""Round 53, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl and prints the table.
Run from docs/judged/round53:  python events-c-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h5-x14-13": (
        ["COERCE (or SANCTION): Egypt's Supreme Constitutional Court [EGY] -> parliament [EGY], ruled it elected unlawfully and ordered it dissolved, 2012-06-14"],
        0, 0,
        "dateline has no event in the paragraph: the court's dissolution of parliament is missed. The runoff that 'pits' two candidates is no event.",
    ),
    "h5-x15-03": (
        ["ASSAULT: crown prince Dipendra [NPL] -> King Birendra, Queen Aishwarya and other royals [NPL], 2001-06-01, reported ('widely reported to have fired the shots')"],
        1, 0,
        "e1 ASSAULT found with the right type and date (late on Friday = 2001-06-01); its source is empty though the sentence names the crown prince as the reported shooter, Aishwarya lacks NPL, and modality asserted where the shooter's part is reported. Being proclaimed king is no PLOVER event.",
    ),
    "h5-x14-06": (
        ["ASSAULT: Israel (helicopter gunships) [ISR] -> Sheikh Ahmed Yassin (Hamas) [PSE], 2004-03-22",
         "THREATEN: Hamas [PSE] -> Israel [ISR], vowed an 'earthquake' of revenge, 2004-03-22"],
        1, 0,
        "e1 ASSAULT right. e2 codes the Hamas vow of revenge as AGREE: a real act with the wrong type (a vow of revenge is THREATEN), so not counted as found, and not spurious.",
    ),
    "h5-x16-21": (
        ["COERCE (or RETREAT): Morales [BOL] forced from power, a year before (2019)",
         "PROTEST: protesters [BOL] -> Bolivia's government/Morales over the disputed 2019 vote, 2019"],
        0, 0,
        "Arce claiming victory is no PLOVER event. The two background acts of the clause 'a year after Morales was forced from power amid protests over a disputed vote' are missed; dateline has no event in the paragraph.",
    ),
    "h5-x13-25": (
        ["ACCUSE: Western leaders -> the Kremlin [RUS], responsibility for Navalny's death, 2024-02-16"],
        1, 0,
        "e1 ACCUSE found with the right type and target, but its source is 'Russia' where the accusers are the Western leaders. Navalny's death in custody is not itself coded (no act; the prison term is background).",
    ),
    "h5-x14-07": (
        [],
        0, 0,
        "Winning an election and defeating a rival are no PLOVER acts; nothing to code, and dateline codes nothing.",
    ),
}


def main() -> None:
    paras = [json.loads(l) for l in (HERE / "paragraphs-c.jsonl").open()]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        coder, found, spurious, notes = P[p["doc"]]
        rows.append({
            "doc": p["doc"],
            "coder_events": coder,
            "found": found,
            "dateline_events": len(p["events"]),
            "spurious": spurious,
            "notes": notes,
        })
    with (HERE / "paragraphs-c-verdicts.jsonl").open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':<11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:<11} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    print(f"{'total':<11} {sum(len(r['coder_events']) for r in rows):>5} {sum(r['found'] for r in rows):>5} "
          f"{sum(r['dateline_events'] for r in rows):>8} {sum(r['spurious'] for r in rows):>8}")


if __name__ == "__main__":
    main()
