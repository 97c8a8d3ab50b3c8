"""Round 59, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
INP = os.path.join(ROUND, "paragraphs-c.jsonl")
OUT = os.path.join(ROUND, "paragraphs-c-verdicts.jsonl")

P = {
    "h7-x23-19": dict(
        coder_events=[
            "CONCEDE: Abdulla Yameen (MDV) -> Ibrahim Mohamed Solih (MDV), 2018-09-24",
        ],
        found=1, spurious=0,
        notes="e1 CONCEDE Yameen -> Solih, Monday 2018-09-24: right in all fields. 'amid a crackdown on his opponents' is a "
              "background noun phrase, not counted as a separate act."),
    "h7-x23-09": dict(
        coder_events=[
            "REJECT: main opposition candidates (NGA) -> election commission / its result, 2007-04-23",
            "ACCUSE: international observers -> Nigeria (the vote, 'deeply flawed'), 2007-04-23",
        ],
        found=0, spurious=0,
        notes="Dateline coded nothing in the paragraph: neither 'rejected the result' nor the observers' criticism. The "
              "commission declaring the winner is not a PLOVER act."),
    "h7-x22-22": dict(
        coder_events=[
            "ASSAULT (by the convention for armed forces taking ground; MOBILIZE troops would be my own code): "
            "Morocco's army (MAR) -> Polisario / Western Sahara buffer zone, 2020-11-13",
            "PROTEST obstruct: supporters of the Polisario Front -> Morocco (road blocked, ongoing), 2020-11-13",
            "REJECT: Polisario Front -> Morocco (declares the 1991 ceasefire collapsed, ends its commitment), 2020-11-13",
        ],
        found=1, spurious=0,
        notes="e1 PROTEST obstruct 'blocked' is the road blockade (right type) but its arguments are poor: source "
              "'supporters' coded MAR (they are Polisario supporters), target Mauritania (the road's destination, not the "
              "party obstructed). The army's move and the Polisario declaration are missed."),
    "h7-x21-20": dict(
        coder_events=[
            "SANCTION: European Union leaders (EU) -> about 40 Belarusian officials (BLR), 2020-10-02",
            "CONCEDE: Cyprus (CYP) -> EU (drops its veto), 2020-10-02",
            "ACCUSE: (unnamed, the EU) -> Belarusian officials, of rigging the election and cracking down on protesters, "
            "2020-10-02",
        ],
        found=2, spurious=0,
        notes="e1 SANCTION (trigger 'agreed', mode discontinue) and e2 CONCEDE Cyprus are right in type. The accusation "
              "in 'officials accused of rigging ... and cracking down' is not coded (the crackdown inside it would be "
              "reported, I count the accusation once)."),
    "h7-x22-25": dict(
        coder_events=[
            "ASSAULT: (unnamed in the paragraph) -> Ismail Haniyeh / Hamas (PSE), 2024-07-31 (reported by Iran's "
            "Revolutionary Guards and Hamas)",
            "CONSULT visit: Ismail Haniyeh (Hamas) -> Iran (attended the swearing-in of Iran's new president), 2024-07-30",
        ],
        found=1, spurious=0,
        notes="e1 ASSAULT 'killed' -> Haniyeh, Hamas, early Wednesday 2024-07-31 is right. Haniyeh's attendance at the "
              "inauguration in Tehran (a visit) is missed."),
    "h7-x24-02": dict(
        coder_events=[
            "SUPPORT: Fox supporters (MEX) -> Vicente Fox / the transfer of power (hailed as the first genuine transfer), "
            "2000-07-03",
        ],
        found=1, spurious=0,
        notes="Fox winning the election and the end of PRI rule are not PLOVER acts. e1 SUPPORT 'hailed' is right in type; "
              "its source text 'what supporters' is a parse slip and the target 'Mexico' is weak, but it is not spurious."),
}


def main():
    paras = [json.loads(l) for l in open(INP) if l.strip()]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        assert row["found"] <= len(row["coder_events"]) and row["spurious"] <= row["dateline_events"]
        rows.append(row)
    with open(OUT, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':12s} {'coded':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for r in rows:
        print(f"{r['doc']:12s} {len(r['coder_events']):>5d} {r['found']:>5d} {r['dateline_events']:>8d} {r['spurious']:>8d}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':12s} {tc:>5d} {tf:>5d} {td:>8d} {ts:>8d}")
    print(f"recall {tf}/{tc}; spurious {ts}/{td}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
