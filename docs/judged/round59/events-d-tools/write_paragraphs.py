"""Judge d, round 59: recall on the 6 story first paragraphs (paragraphs-d.jsonl).
Writes ../paragraphs-d-verdicts.jsonl and prints the table."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h7-x23-14": dict(
        coder_events=[
            "COERCE (ban/restrict: disqualified from office): Pakistan Supreme Court (PAK) -> Yusuf Raza Gilani (PAK), 2012-06-19",
            "SANCTION convict (conviction for contempt): [court] -> Gilani (PAK), 2012-04 (background)",
        ],
        found=1, spurious=0,
        notes="Dateline's e1 'barred' COERCE restrict is the disqualification (right type) but with Gilani as "
              "source, no target and the April date of the conviction; the contempt conviction is not coded."),
    "h7-x22-13": dict(
        coder_events=[
            "RETREAT resign: Hezbollah and allies (LBN) -> Lebanon's cabinet (LBN), 2011-01-12",
            "ACCUSE investigate: Special Tribunal for Lebanon -> [suspects] over the assassination, ongoing (doc date)",
            "ASSAULT assassinate: [unknown] -> Rafik al-Hariri (LBN), 2005 (background; the father)",
        ],
        found=1, spurious=0,
        notes="'Bringing down Hariri's government' is the consequence of the same resignation, not a second act. "
              "The tribunal's investigation and the 2005 assassination are nominal background acts a full coder "
              "lists; dateline coded only the resignation (right)."),
    "h7-x24-01": dict(
        coder_events=[
            "PROTEST riot (pelting with stones, bricks, paint bombs): Chinese protesters (CHN) -> U.S. embassy / USA, 1999-05-09",
            "SANCTION discontinue (suspended military contacts): China government (CHN) -> USA, 1999-05-09",
            "ASSAULT (bombing of the embassy): NATO -> China's embassy in Belgrade (CHN), 1999-05-07 (late Friday)",
        ],
        found=1, spurious=0,
        notes="Only the nominal NATO bombing is coded (with the Sunday date of the pelting, wrong); the two "
              "main acts of the sentence, the protest attack on the U.S. embassy and the suspension of military "
              "contacts, are missed."),
    "h7-x21-22": dict(
        coder_events=[
            "ASSAULT (forcible takeover/annexation of territory, per the wave-30 convention on taking ground): Russia / Putin (RUS) -> Ukraine (UKR), 2022-09-30",
            "ACCUSE disapprove (denounced as illegal): Kyiv (UKR) and the West -> Russia (RUS), 2022-09-30",
        ],
        found=1, spurious=0,
        notes="Dateline codes the annexation as COERCE seize (CAMEO2PLOVER's 192), which the conventions keep "
              "for police seizures only; by the conventions a forcible takeover of territory is ASSAULT, so "
              "that act is not counted as found (I would myself accept COERCE/seize for a proclaimed "
              "annexation). The denunciation (e2) is found (target Putin rather than Russia: args not scored here)."),
    "h7-x21-04": dict(
        coder_events=[
            "SUPPORT (approve/ratify the constitutional charter): Yugoslav federal parliament (YUG/SRB) -> [charter / Serbia and Montenegro], 2003-02-04",
        ],
        found=1, spurious=0,
        notes="'Yugoslavia ceased to exist' is not an act between actors. Dateline's e1 SUPPORT is found "
              "(its targets Yugoslavia and Montenegro are doubtful, but args are not scored here)."),
    "h7-x24-07": dict(
        coder_events=[
            "RETREAT resign: Snyder Rini (SLB), 2006-04-26",
            "PROTEST riot (burned much of Chinatown): rioters (SLB) -> ethnic Chinese businesses, April 2006 (background, 18-19 April)",
            "THREATEN (threatened to topple him, no-confidence): opposition lawmakers (SLB) -> Rini (SLB), before 2006-04-26 (undated)",
        ],
        found=1, spurious=1,
        notes="'Bowing to pressure' describes the same resignation (the resignation is the concession, CAMEO "
              "0831), so dateline's e2 CONCEDE is a second event for the act already coded (e1): a duplicate, "
              "spurious. The riot and the lawmakers' threat are missed."),
}


def main():
    rows = []
    for line in open(os.path.join(ROUND, "paragraphs-d.jsonl")):
        d = json.loads(line)
        v = P[d["doc"]]
        rows.append({"doc": d["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(d["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    assert len(rows) == 6
    with open(os.path.join(ROUND, "paragraphs-d-verdicts.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':12} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:12} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':12} {tc:>5} {tf:>5} {td:>8} {ts:>8}   recall {tf}/{tc} = {100*tf/tc:.0f}%, spurious {ts}/{td}")


if __name__ == "__main__":
    main()
