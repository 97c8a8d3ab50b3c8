"""Round 61, judge b: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes paragraphs-b-verdicts.jsonl: one line per paragraph with the acts a coder would code there,
how many of them dateline found with the right type, dateline's event count there and how many are
spurious.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h8-x25-21": dict(
        coder_events=[
            "ASSAULT: unknown -> investigative journalist [SVK], undated here (background; the story "
            "later gives February 2018)",
        ],
        found=0, spurious=0,
        notes="Winning an election is not a PLOVER act; 'public anger' is no act. The murder of the "
              "journalist (noun phrase) is a codable background ASSAULT; dateline coded nothing here."),
    "h8-x27-06": dict(
        coder_events=[
            "ACCUSE: (unnamed complainants: candidates) -> Afghan electoral authorities [AFG], "
            "around the October 9 vote (no date in the paragraph)",
            "SUPPORT: Western governments -> Afghanistan (the vote) [AFG], around the vote (undated)",
        ],
        found=0, spurious=0,
        notes="Being 'declared the winner' is an electoral announcement, not coded. 'complaints about "
              "voting procedures' and 'hailed by Western governments as a milestone' are acts in noun / "
              "participial phrases; dateline coded none."),
    "h8-x28-05": dict(
        coder_events=[
            "RETREAT (resign): Gonzalo Sanchez de Lozada [BOL] -> -, 2003-10-17",
            "PROTEST (demo/riot): protesters [BOL] -> Bolivian government [BOL] (aim: the government's "
            "gas-export plan), weeks up to 2003-10-17 (span, no date)",
        ],
        found=1, spurious=0,
        notes="dateline e1 RETREAT resign, Friday 2003-10-17, asserted: right. The 'weeks of violent "
              "protests' were not coded. Mesa's swearing-in is not a PLOVER act."),
    "h8-x28-21": dict(
        coder_events=[
            "RETREAT (resign, future/announced): Shinzo Abe [JPN] -> -, announced 2020-08-28",
        ],
        found=1, spurious=0,
        notes="dateline e1 RETREAT resign, future, reported_by Abe: right type. 'setting off a race to "
              "succeed him' is no act."),
    "h8-x28-22": dict(
        coder_events=[
            "COERCE (arrest): Nicaraguan authorities (Ortega's government) [NIC] -> Ortega's main rivals "
            "[NIC], before the election (no date in the paragraph)",
            "ACCUSE (disapprove): United States [USA], Europe [EU] -> Ortega / Nicaraguan government "
            "[NIC], 2021-11-08 (news of the day; Biden's statement was Sunday night)",
            "THREATEN (sanction): United States [USA], Europe [EU] -> Nicaraguan government [NIC], "
            "2021-11-08",
        ],
        found=0, spurious=0,
        notes="'claimed victory' is not a PLOVER act. The arrest (noun phrase), the condemnation and "
              "the threat of sanctions were all missed; dateline coded nothing in this paragraph."),
    "h8-x28-17": dict(
        coder_events=[
            "AGREE: United States [USA], Japan [JPN], 10 other Pacific Rim countries <-> each other, "
            "2015-10-05",
            "CONSULT (multilateral): the 12 countries, five days of negotiations in Atlanta ending "
            "2015-10-05 (span)",
        ],
        found=1, spurious=0,
        notes="dateline e1 AGREE (mutual, US and Japan), Monday 2015-10-05: right. The five days of "
              "negotiations (CONSULT) were not coded."),
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    assert sorted(P) == sorted(p["doc"] for p in paras)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        rows.append({
            "doc": p["doc"],
            "coder_events": v["coder_events"],
            "found": v["found"],
            "dateline_events": len(p["events"]),
            "spurious": v["spurious"],
            "notes": v["notes"],
        })
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':12s} {'coder':>5s} {'found':>5s} {'dl':>3s} {'spur':>4s}")
    for r in rows:
        print(f"{r['doc']:12s} {len(r['coder_events']):>5d} {r['found']:>5d} {r['dateline_events']:>3d} {r['spurious']:>4d}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':12s} {tc:>5d} {tf:>5d} {td:>3d} {ts:>4d}")


if __name__ == "__main__":
    main()
