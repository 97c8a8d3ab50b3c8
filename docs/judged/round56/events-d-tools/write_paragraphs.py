"""Judge d, round 56: recall on the 6 sampled story first paragraphs.

Run from docs/judged/round56:  python events-d-tools/write_paragraphs.py
Reads paragraphs-d.jsonl, writes paragraphs-d-verdicts.jsonl, prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h6-x17-25": dict(
        coder_events=[
            "ACCUSE: Putin (RUS) -> Ukraine, 2024-08-07",
            "ASSAULT: Ukrainian forces (UKR) -> Russia (incursion into Kursk region), 2024-08-06 (Tuesday per the story; the paragraph gives no date)",
            "ASSAULT: Moscow/Russia -> Ukraine (invasion), 2022",
        ],
        found=2, spurious=0,
        notes="Found ACCUSE (e1, right) and the 2022 invasion (e2, ASSAULT, target empty). Missed the Ukrainian incursion 'broke across the border into Russia's Kursk region', the news event itself.",
    ),
    "h6-x17-10": dict(
        coder_events=[
            "SUPPORT (recognise): Russia/Medvedev (RUS) -> Abkhazia and South Ossetia, 2008-08-26",
            "ACCUSE (condemnation): Tbilisi (GEO) and Western capitals -> Russia, 2008-08-26",
        ],
        found=0, spurious=0,
        notes="No events in the paragraph: the recognition (SUPPORT, CAMEO 054) and the 'swift condemnation from Tbilisi and Western capitals' (ACCUSE) are both missed.",
    ),
    "h6-x18-17": dict(
        coder_events=[
            "ASSAULT (armed forces taking ground): Iraqi forces (IRQ) -> Islamic State, Falluja, 2016-06-26",
            "ASSAULT (background seizure): Islamic State -> Iraq, Falluja fell 'more than two years ago' (2014)",
        ],
        found=0, spurious=1,
        notes="e1 'taken full control of Falluja from Islamic State' is coded COERCE seize; by the conventions (settled wave 30) armed forces taking ground is ASSAULT, so not found with the right type (real event, wrong type). e2 RETREAT ceasefire 'ending a month-long offensive' by the senior commander is spurious: an offensive ended by victory is no ceasefire or retreat. The background fall of the city to IS is missed.",
    ),
    "h6-x17-12": dict(
        coder_events=[
            "SUPPORT (approve, court ruling in its favour): International Court of Justice -> Kosovo, 2010-07-22",
        ],
        found=0, spurious=0,
        notes="No events. The ICJ ruling that Kosovo's declaration did not violate international law is missed. Kosovo's declaration (2008) and 'Belgrade's campaign to reverse the secession' I do not count as separate codable acts.",
    ),
    "h6-x20-19": dict(
        coder_events=[
            "SANCTION withdraw: Trump / United States (USA) -> Trans-Pacific Partnership (and its 11 other signatories), 2017-01-23",
        ],
        found=1, spurious=0,
        notes="Found with the right type (e1 SANCTION withdraw, Monday 2017-01-23), but its target is the United States itself instead of the TPP/its signatories.",
    ),
    "h6-x17-05": dict(
        coder_events=[
            "REJECT (or SUPPORT/approve negated): Turkey's parliament (TUR) -> United States (deployment of U.S. troops), 2003-03-01",
        ],
        found=1, spurious=0,
        notes="Found: e1 SUPPORT negated 'failed to approve the deployment' (the conventions accept the refused act negated as well as REJECT). Target 'U.S. troops' acceptable. 'dealing a heavy blow to Washington's plans' is no separate act.",
    ),
}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d.jsonl"))]
    assert {r["doc"] for r in rows} == set(P)
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
    with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("%-10s coder found dateline spurious" % "doc")
    for o in out:
        print("%-10s %5d %5d %8d %8d" % (o["doc"], len(o["coder_events"]), o["found"], o["dateline_events"], o["spurious"]))
    tc = sum(len(o["coder_events"]) for o in out)
    tf = sum(o["found"] for o in out)
    td = sum(o["dateline_events"] for o in out)
    ts = sum(o["spurious"] for o in out)
    print("%-10s %5d %5d %8d %8d" % ("total", tc, tf, td, ts))
    print("recall %d/%d = %.0f%%; spurious %d/%d" % (tf, tc, 100.0 * tf / tc, ts, td))


if __name__ == "__main__":
    main()
