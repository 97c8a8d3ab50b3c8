"""Round 52, judge c: recall on the 6 sampled story first paragraphs.
Writes ../paragraphs-c-verdicts.jsonl and prints the table.
Run from docs/judged/round52: python events-c-tools/write_paragraphs.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h5-x15-02": dict(
        coder_events=[
            "COERCE(arrest): [unnamed captors / Sierra Leone authorities] -> Foday Sankoh (SLE, RUF), 2000-05-17",
            "ASSAULT(firearms): Sankoh's guards (SLE, RUF) -> protesters (SLE), 2000-05-08 (nine days before)",
        ],
        found=2, spurious=0,
        notes="Dateline found both acts. e2 (guards opened fire) has the document date 2000-05-17, but the text "
              "puts the shooting nine days earlier (2000-05-08; the story gives May 8). Sankoh is coded with no "
              "country. 'fled his residence' is not coded (an escape, not an act between parties)."),
    "h5-x13-15": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="An election win and 'a collision course with European lenders' hold no PLOVER act, so there is nothing "
              "to code. Dateline codes nothing, which is right."),
    "h5-x15-09": dict(
        coder_events=[
            "ASSAULT: Pakistani troops (PAK MIL) -> militants in Islamabad's Red Mosque (PAK), 2007-07-11",
        ],
        found=1, spurious=1,
        notes="e1 ASSAULT is found (target 'Red Mosque' as a REL organization; the militants would be the better "
              "target). The 30 hours of fighting and the siege belong to the same operation. e2 RETREAT/ceasefire "
              "'ending a week-long siege' is spurious: the siege ended because the assault was completed, not by a "
              "ceasefire or withdrawal."),
    "h5-x16-14": dict(
        coder_events=[
            "ASSAULT(aerial): Malaysian fighter jets (MYS MIL) -> armed Filipino intruders (Sulu gunmen), 2013-03-05",
            "ASSAULT: Malaysian ground troops (MYS MIL) -> the intruders ('moved in to flush them out'), 2013-03-05",
        ],
        found=1, spurious=0,
        notes="The bombing is found. Its target is coded as the country Philippines, which is wrong: the intruders are "
              "not the Philippine state. The ground assault is missed. 'a standoff that has left at least 27 dead' is a "
              "total, not a separate act."),
    "h5-x15-06": dict(
        coder_events=[
            "REJECT: Sonia Gandhi (IND) -> (the premiership offered by Congress) - declines to become prime minister, 2004-05-18",
        ],
        found=0, spurious=0,
        notes="Gandhi turning down the premiership (on Tuesday) is the lead act, and dateline has nothing. The "
              "election victory ('leading her Congress party to a surprise election victory') is not a PLOVER act."),
    "h5-x16-10": dict(
        coder_events=[
            "SANCTION(convict): Peruvian court (PER JUD) -> Alberto Fujimori (PER), 2009-04-07",
            "ASSAULT(massacre): army death squad (PER MIL) -> victims of two massacres, early 1990s (background)",
            "ASSAULT: Fujimori's government/army (PER) -> leftist guerrillas (PER REB), early 1990s (background)",
        ],
        found=1, spurious=0,
        notes="The sentence is found, with the right parties and date. The two background acts in the participial "
              "clause (the massacres and the counter-insurgency 'battle') are missed. A sentence-level coder would "
              "code at least the massacres."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-c.jsonl"))]
    assert sorted(p["doc"] for p in paras) == sorted(P)
    rows = []
    with open(os.path.join(ROUND, "paragraphs-c-verdicts.jsonl"), "w") as out:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rows.append(rec)
    print(f"{'doc':12} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:12} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    tc = sum(len(r['coder_events']) for r in rows); tf = sum(r['found'] for r in rows)
    td = sum(r['dateline_events'] for r in rows); ts = sum(r['spurious'] for r in rows)
    print(f"{'total':12} {tc:>5} {tf:>5} {td:>8} {ts:>8}")
    print(f"recall {tf}/{tc} = {100*tf/tc:.0f}%; spurious {ts}/{td} = {100*ts/td:.0f}%")


if __name__ == "__main__":
    main()
