"""Round 55, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

Writes ../paragraphs-a-verdicts.jsonl and prints the table.
Run from docs/judged/round55:  python events-a-tools/write_paragraphs.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h6-x20-23": dict(
        coder_events=[
            "AGREE: Joe Biden (USA) <-> Xi Jinping (CHN), agreed to restart cooperation / keep officials talking, 2022-11-14",
            "CONSULT: Joe Biden (USA) <-> Xi Jinping (CHN), three-hour meeting, 2022-11-14",
        ],
        found=1, spurious=0,
        notes="AGREE found (mutual, explicit Monday date, all right). The meeting itself (CONSULT) was not coded."),
    "h6-x20-20": dict(
        coder_events=[
            "COERCE (arrest): Canadian authorities (CAN) -> Meng Wanzhou, Huawei CFO (CHN), document date from the paragraph (the next paragraph gives December 1)",
            "REQUEST: United States (USA) -> Canada (CAN), the request to arrest/extradite Meng, no date",
        ],
        found=1, spurious=0,
        notes="COERCE found, but its target is 'chief financial officer[USA/GOV]'. Meng is the CFO of a Chinese company, so USA is wrong. "
              "The US request was not coded. 'infuriated Beijing' is a reaction, not coded as an act."),
    "h6-x19-01": dict(
        coder_events=[
            "SUPPORT (sign agreement): Ahmad Tejan Kabbah (SLE) <-> Foday Sankoh (RUF, SLE), 1999-07-07",
        ],
        found=1, spurious=0,
        notes="SUPPORT found, but its source has Sankoh coded TGO (from the Togolese capital; he is Sierra Leonean) and Kabbah is missing. "
              "'a civil war that has killed tens of thousands' is a descriptor with no actors and is not listed."),
    "h6-x18-12": dict(
        coder_events=[
            "RETREAT (release): Hamas (PSE) -> Gilad Shalit (ISR), 2011-10-18",
            "RETREAT (release): Israel (ISR) -> hundreds of Palestinian prisoners (PSE), in exchange, 2011-10-18",
            "CONSULT (mediation): Egypt (EGY) brokered the Israel-Hamas deal, no date",
        ],
        found=1, spurious=0,
        notes="One RETREAT found (Hamas freeing Shalit), but its target is 'Palestine' instead of Shalit. Israel's release of prisoners "
              "(the exchange) and Egypt's mediation were not coded."),
    "h6-x18-21": dict(
        coder_events=[
            "THREATEN: Sisi/Egypt (EGY) -> Libya (LBY), claimed the right to intervene militarily, 2020-06-20",
            "THREATEN: Sisi (EGY) -> GNA forces (LBY), warned not to advance on Sirte, 2020-06-20",
        ],
        found=1, spurious=0,
        notes="The warning THREATEN was found (source Sisi has no country code; target 'government[LBY]' is acceptable). The claim of a right "
              "to intervene militarily was not coded separately."),
    "h6-x18-08": dict(
        coder_events=[
            "ASSAULT: Israeli forces (ISR) -> Palestinian prison in Jericho (PSE), stormed after a siege, 2006-03-14",
            "COERCE (arrest/seize): Israeli forces (ISR) -> Ahmed Saadat (PFLP, PSE), 2006-03-14",
            "ASSAULT (abduct): unnamed (Palestinian) gunmen -> foreigners, wave of kidnappings, 2006-03-14",
            "ASSAULT: unnamed -> Western offices in the Palestinian territories, attacks, 2006-03-14",
        ],
        found=2, spurious=0,
        notes="Storming (ASSAULT) and seizure of Saadat (COERCE) found. The kidnappings and the attacks on Western offices (in the "
              "'triggering ...' clause) were not coded."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-a.jsonl"))]
    assert len(paras) == 6 and {p["doc"] for p in paras} == set(P)
    rows = []
    with open(os.path.join(ROUND, "paragraphs-a-verdicts.jsonl"), "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rows.append(rec)
    print(f"{'doc':10s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for r in rows:
        print(f"{r['doc']:10s} {len(r['coder_events']):>5d} {r['found']:>5d} {r['dateline_events']:>8d} {r['spurious']:>8d}")
    c = sum(len(r["coder_events"]) for r in rows)
    f = sum(r["found"] for r in rows)
    d = sum(r["dateline_events"] for r in rows)
    s = sum(r["spurious"] for r in rows)
    print(f"{'total':10s} {c:>5d} {f:>5d} {d:>8d} {s:>8d}   recall {f}/{c} = {100*f/c:.0f}%, spurious {s}/{d}")


if __name__ == "__main__":
    main()
