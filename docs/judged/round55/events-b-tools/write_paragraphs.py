"""Round 55, judge b: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes ../paragraphs-b-verdicts.jsonl, one line per paragraph, and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
PARAS = os.path.join(ROUND, "paragraphs-b.jsonl")
OUT = os.path.join(ROUND, "paragraphs-b-verdicts.jsonl")

P = {
    "h6-x17-04": dict(
        coder_events=["AGREE: NATO -> seven former communist countries (invitation to join), 2002-11-21"],
        found=1, spurious=0,
        notes="e1 AGREE (invite) found; its target is empty though the seven countries are named (not scored here)."),
    "h6-x19-16": dict(
        coder_events=[
            "ASSAULT (crowd-control): Pakistani police -> anti-government protesters, 2014-08-30/31",
            "PROTEST (demo): anti-government protesters -> Pakistan government / Nawaz Sharif (march on his residence), 2014-08-30/31",
            "ASSAULT: (unnamed) -> at least three people killed, 2014-08-30/31",
        ],
        found=2, spurious=0,
        notes="e1 (fired, crowd-control) and e2 (killed) found; the protest march itself is missed."),
    "h6-x19-11": dict(
        coder_events=[
            "RETREAT (resign): Marc Ravalomanana -> Madagascar military (hands over power), 2009-03-17",
            "RETREAT (or CONCEDE): senior officers -> Andry Rajoelina (transfer of power), 2009-03-17",
        ],
        found=0, spurious=0,
        notes="No events. 'has left more than 100 people dead' is a total over two months (no date), not listed as a separate act."),
    "h6-x18-22": dict(
        coder_events=["SUPPORT (approve): Israel's parliament (Knesset) -> new Bennett coalition government, 2021-06-13"],
        found=1, spurious=0,
        notes="e1 found with right arguments and date; 'ending Netanyahu's 12 years' is the consequence, not another act."),
    "h6-x20-11": dict(
        coder_events=[
            "SANCTION (withdraw): Thailand -> summit of Asian leaders / visiting delegations (called off), 2009-04-11",
            "PROTEST (riot/obstruct): anti-government protesters -> Thai government (smashed into summit venue), 2009-04-11",
        ],
        found=1, spurious=0,
        notes="e1 SANCTION (call off) found; the protesters' storming of the venue is missed. The leaders' evacuation is not coded."),
    "h6-x19-21": dict(
        coder_events=["SUPPORT: Norwegian Nobel Committee -> Abiy Ahmed (Nobel Peace Prize awarded), 2019-10-11"],
        found=0, spurious=0,
        notes="No events. The award is an act of commendation (committee named in the next paragraph); "
              "'efforts to end a standoff with Eritrea' is background, not a dated act."),
}


def main():
    paras = [json.loads(l) for l in open(PARAS, encoding="utf-8") if l.strip()]
    assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
    tot = dict(coded=0, found=0, dl=0, spur=0)
    with open(OUT, "w", encoding="utf-8") as fh:
        print(f"{'doc':<11}{'coder':>6}{'found':>6}{'dateline':>9}{'spurious':>9}")
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:<11}{len(v['coder_events']):>6}{v['found']:>6}{len(p['events']):>9}{v['spurious']:>9}")
            tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dl"] += len(p["events"]); tot["spur"] += v["spurious"]
    print(f"{'total':<11}{tot['coded']:>6}{tot['found']:>6}{tot['dl']:>9}{tot['spur']:>9}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
