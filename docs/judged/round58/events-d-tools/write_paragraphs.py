"""Round 58, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

Writes paragraphs-d-verdicts.jsonl: one line per paragraph with the acts a coder would code,
how many of them dateline found with the right type, dateline's event count there and how many
of those are spurious. Run from docs/judged/round58: python events-d-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
    "h7-x23-16": {
        "coder_events": [
            "ASSAULT: soldiers (Lesotho military, LSO) -> police (LSO), seized police headquarters, 2014-08-30",
            "COERCE restrict: soldiers (LSO military) -> Tom Thabane (LSO), surrounded his official residence (CAMEO 191), 2014-08-30",
            "ACCUSE: Tom Thabane (LSO) -> the military (LSO), says it staged a coup against his government, 2014-08-30",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "dateline's one event is the seizure of the police headquarters, coded COERCE seize; "
                 "soldiers taking a building in a coup are armed forces taking ground, ASSAULT by the "
                 "conventions, so it is a real act with the wrong type (not counted found, not spurious). "
                 "The surrounding of the residence and Thabane's accusation are missed. His flight to "
                 "South Africa is not coded (no act toward a party).",
    },
    "h7-x23-13": {
        "coder_events": [],
        "found": 0,
        "spurious": 0,
        "notes": "The UN's declaration of famine is a statement (CAMEO 01, no PLOVER event); the call "
                 "for a 'swift international response' is only implied, and the deaths are a total "
                 "with no attacker. Nothing a coder would code; dateline codes nothing.",
    },
    "h7-x21-03": {
        "coder_events": [
            "ACCUSE allege (bring to trial): U.N. war crimes tribunal (IGO) -> Slobodan Milosevic (SRB/YUG), trial opened, 2002-02-12",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "Opening of the trial on genocide charges (PLOVER ACCUSE allege: 'bring to trial') "
                 "missed; dateline has no event in the paragraph.",
    },
    "h7-x23-04": {
        "coder_events": [
            "MOBILIZE troops: India (government) -> Gujarat, ordered troops onto the streets, 2002-03-01",
            "ASSAULT: Hindu and Muslim rioters -> each other / more than 200 people (IND), two days of communal violence, ongoing (2002-03-01)",
            "ASSAULT: unnamed attackers -> Hindu activists (IND), deadly attack on a train, earlier (no date in the paragraph)",
        ],
        "found": 1,
        "spurious": 0,
        "notes": "MOBILIZE found (India, 2002-03-01, right). The communal killings and the train attack "
                 "are missed.",
    },
    "h7-x22-20": {
        "coder_events": [
            "COERCE arrest: Saudi authorities (SAU) -> seven people incl. women's rights campaigners (SAU), 2018-05-19",
            "ACCUSE allege: Saudi authorities (SAU) -> the seven detainees (SAU), suspicious contacts with foreign entities, 2018-05-19",
            "CONCEDE (ease restrictions, CAMEO 0811): Saudi Arabia (kingdom) -> Saudi women, lift ban on women driving, future (June 24, not in this paragraph)",
        ],
        "found": 3,
        "spurious": 0,
        "notes": "All three found with the right type. The arrest is right in all fields; the ACCUSE "
                 "misses its target (the detainees, 'them'); the CONCEDE has a garbled source "
                 "('more open kingdom', from another sentence), the state as target, and asserted "
                 "modality with the document date where the lifting is future ('is due to lift').",
    },
    "h7-x24-17": {
        "coder_events": [
            "ACCUSE disapprove (mutual): Barack Obama (USA) <-> Raul Castro (CUB), clashed openly over human rights and the embargo, 2016-03-21",
            "CONSULT visit: Barack Obama (USA) -> Cuba, first visit by a sitting U.S. president in 88 years, 2016-03-21",
        ],
        "found": 0,
        "spurious": 1,
        "notes": "dateline codes 'clashed' as ASSAULT: a verbal clash ('a rare public airing of "
                 "differences') is the word in another sense, so the event is spurious; the "
                 "disagreement (ACCUSE) and the visit are missed.",
    },
}


def main() -> None:
    rows = []
    for line in (HERE / "paragraphs-d.jsonl").open(encoding="utf-8"):
        par = json.loads(line)
        p = P[par["doc"]]
        rows.append({
            "doc": par["doc"],
            "coder_events": p["coder_events"],
            "found": p["found"],
            "dateline_events": len(par["events"]),
            "spurious": p["spurious"],
            "notes": p["notes"],
        })
    assert len(rows) == 6 and {r["doc"] for r in rows} == set(P)
    with (HERE / "paragraphs-d-verdicts.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':12} {'coded':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:12} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    print(f"{'total':12} {sum(len(r['coder_events']) for r in rows):>5} {sum(r['found'] for r in rows):>5} "
          f"{sum(r['dateline_events'] for r in rows):>8} {sum(r['spurious'] for r in rows):>8}")


if __name__ == "__main__":
    main()
