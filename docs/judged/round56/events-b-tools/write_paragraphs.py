"""Judge b, round 56: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes paragraphs-b-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h6-x19-15": dict(
        coder_events=[
            "REJECT: Kenya Supreme Court (KEN) -> Raila Odinga (KEN), 2013-03-30 (dismissed his challenge; 'upheld Kenyatta's victory' is the same ruling)",
            "CONCEDE/AGREE: Raila Odinga (KEN) -> Supreme Court / Kenyatta (KEN), 2013-03-30, future (said he would accept the ruling)",
        ],
        found=1, spurious=0,
        notes="Dateline's REJECT (court -> Odinga) is right in type and arguments. Odinga's promise to accept the ruling is missed.",
    ),
    "h6-x17-20": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Winning an election / 'trouncing' the incumbent in a vote is no PLOVER act; nothing to code. Dateline coded nothing.",
    ),
    "h6-x18-20": dict(
        coder_events=[
            "SANCTION (or COERCE ban): United States (USA) -> Iran's Revolutionary Guards (IRN), 2019-04-08 (designated a foreign terrorist organisation)",
            "SANCTION (or COERCE ban): Iran/Tehran (IRN) -> U.S. forces in the Middle East (USA), 2019-04-08 (declared a terrorist group in return)",
        ],
        found=0, spurious=0,
        notes="Both designations, the story's main acts, are missed: dateline coded no event in the lead.",
    ),
    "h6-x18-23": dict(
        coder_events=[
            "CONSULT: Joe Biden (USA) -> Mohammed bin Salman (SAU), 2022-07-15 (met in Jeddah; the fist bump is part of the meeting)",
            "ACCUSE: Joe Biden (USA) -> Mohammed bin Salman (SAU), 2022-07-15 (confronted him over the Khashoggi killing)",
            "ASSAULT: (unnamed) -> Jamal Khashoggi (SAU), 2018 (the 2018 killing, background)",
        ],
        found=1, spurious=0,
        notes="CONSULT found with right arguments. The confrontation (ACCUSE) and the background 2018 killing are missed.",
    ),
    "h6-x17-11": dict(
        coder_events=[
            "SUPPORT (sign agreement): Russia (RUS) <-> Ukraine (UKR), 2009-01-19",
            "SANCTION (discontinue): Russia (RUS) -> Europe/Ukraine, January 2009 (the 13-day shutdown of gas flows, background)",
        ],
        found=1, spurious=0,
        notes="Signing found (SUPPORT, mutual, right date). The 13-day shutdown (a cut of supplies) is not coded in the lead (it is coded later in the story as Gazprom halting deliveries).",
    ),
    "h6-x18-10": dict(
        coder_events=[
            "REQUEST (demand/ultimatum; THREATEN also defensible): Nuri al-Maliki (IRQ) -> Shi'ite militias in Basra (IRQ), 2008-03-26 (72 hours to hand over weapons)",
            "ASSAULT: Shi'ite militias (IRQ) <-> Iraqi government forces (IRQ), 2008-03-26 (fighting in Basra)",
            "ASSAULT: Mahdi Army (IRQ) <-> government forces (IRQ), 2008-03-26 (clashes spreading to Baghdad and other southern cities)",
        ],
        found=2, spurious=0,
        notes="Both ASSAULTs found in type, but e1 'fighting' has Maliki as both source and target (should be militias vs government forces) and e2 'clashes' has empty source and a truncated 'Moqtada al' as target; real acts, so not spurious. The ultimatum, the lead's main act, is missed.",
    ),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-b.jsonl"))]
    assert {p["doc"] for p in paras} == set(P), (set(P) ^ {p["doc"] for p in paras})
    tot = dict(coder=0, found=0, dl=0, sp=0)
    rows = []
    with open(os.path.join(ROUND, "paragraphs-b-verdicts.jsonl"), "w") as fh:
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
            assert rec["found"] <= len(rec["coder_events"])
            assert rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rows.append(rec)
            tot["coder"] += len(rec["coder_events"])
            tot["found"] += rec["found"]
            tot["dl"] += rec["dateline_events"]
            tot["sp"] += rec["spurious"]
    print(f"{'doc':<12}{'coded':>7}{'found':>7}{'dateline':>10}{'spurious':>10}")
    for r in rows:
        print(f"{r['doc']:<12}{len(r['coder_events']):>7}{r['found']:>7}{r['dateline_events']:>10}{r['spurious']:>10}")
    print(f"{'total':<12}{tot['coder']:>7}{tot['found']:>7}{tot['dl']:>10}{tot['sp']:>10}")


if __name__ == "__main__":
    main()
