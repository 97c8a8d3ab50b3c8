"""Round 54, judge d: recall on the 4 story first paragraphs (paragraphs-d.jsonl).

Writes ../paragraphs-d-verdicts.jsonl, one line per paragraph, and prints the table.
usage (from docs/judged/round54): python events-d-tools/write_paragraphs.py
"""

import json
from pathlib import Path

ROUND = Path(__file__).resolve().parent.parent

P = {
    "h5-x15-10": dict(
        coder_events=[
            "SUPPORT (approve; AGREE would also do): Thabo Mbeki [ZAF GOV] -> South African police [ZAF COP], 2008-05-21",
            "MOBILIZE troops: Thabo Mbeki / ZAF government -> (none; against the attackers), 2008-05-21 (deployment approved)",
            "REQUEST: South African police [ZAF COP] -> Thabo Mbeki, before 2008-05-21 (no date)",
            "ASSAULT: attackers (mobs, ZAF) -> foreigners (migrants), no date (total since May 11)",
        ],
        found=1,
        spurious=0,
        notes="dateline e1 SUPPORT 'approved' Mbeki -> (none) matches the approval (type right; target empty where the "
              "police are named). Missed: the army deployment (MOBILIZE), the police request (REQUEST, a noun phrase "
              "'a request from police') and the wave of attacks on foreigners (ASSAULT).",
    ),
    "h5-x14-20": dict(
        coder_events=[
            "ASSAULT (aerial/heavy-weapons): Turkey [TUR] -> Kurdish-led forces (SDF) [SYR], 2019-10-09 "
            "(offensive, pounding border towns with air strikes and artillery)",
            "RETREAT withdraw: Donald Trump [USA GOV] / American troops -> (northeast Syria), days before 2019-10-09 (no exact date)",
        ],
        found=1,
        spurious=0,
        notes="dateline e2 RETREAT 'pulled' found (type right; its doc date 2019-10-09 is wrong: 'days after' he pulled "
              "them). dateline e1 'launched' is the offensive - a real act, so not spurious - but typed SUPPORT "
              "(cameo start) instead of ASSAULT and with no target although 'against Kurdish-led forces' is named; "
              "so the ASSAULT is not found with the right type.",
    ),
    "h5-x13-24": dict(
        coder_events=[],
        found=0,
        spurious=0,
        notes="An election win and defeat of a challenger is no PLOVER act; 'anger over the response to the earthquakes' "
              "is a state, not an act. Nothing to code; dateline coded nothing.",
    ),
    "h5-x13-20": dict(
        coder_events=[
            "AGREE: Maia Sandu [MDA] -> European Union, 2020-11-16 (promising to bring the country closer to the EU; "
            "the pledge to fight corruption folded in, domestic)",
            "SUPPORT: Russia (Moscow) [RUS] -> Igor Dodon [MDA GOV], no date (background: 'had enjoyed open support')",
        ],
        found=0,
        spurious=0,
        notes="dateline coded nothing in the lead: it missed Sandu's promise (AGREE) and Moscow's support for Dodon "
              "(SUPPORT). The election win itself is not coded.",
    ),
}


def main():
    paras = [json.loads(line) for line in (ROUND / "paragraphs-d.jsonl").open()]
    assert [p["doc"] for p in paras] == list(P)
    tot = [0, 0, 0, 0]
    with (ROUND / "paragraphs-d-verdicts.jsonl").open("w") as out:
        for p in paras:
            v = P[p["doc"]]
            row = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            vals = [len(v["coder_events"]), v["found"], len(p["events"]), v["spurious"]]
            tot = [a + b for a, b in zip(tot, vals)]
            print(f"{p['doc']:10} coder {vals[0]}  found {vals[1]}  dateline {vals[2]}  spurious {vals[3]}")
    print(f"{'total':10} coder {tot[0]}  found {tot[1]}  dateline {tot[2]}  spurious {tot[3]}")


if __name__ == "__main__":
    main()
