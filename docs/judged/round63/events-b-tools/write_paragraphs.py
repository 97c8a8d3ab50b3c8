"""Round 63, judge b: recall on the 6 story first paragraphs (heldout_news9).

Run from docs/judged/round63:  python events-b-tools/write_paragraphs.py
Writes paragraphs-b-verdicts.jsonl and prints the table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h9-x31-19": (["SUPPORT: Somali lawmakers -> Mohamed Abdullahi Mohamed 'Farmajo' [SOM], 2017-02-08 (elected him president)"],
                  0, 0,
                  "Dateline codes nothing in the lead. The jubilant supporters in the streets are a celebration, not "
                  "coded (at most a SUPPORT rally toward Farmajo)."),
    "h9-x31-20": ([], 0, 0,
                  "Nothing to code: a swearing-in and a commission declaring the winner are no PLOVER acts between "
                  "political actors. Dateline codes nothing: right."),
    "h9-x29-06": (["SANCTION (expel/dismiss): Viktor Yushchenko [UKR] -> Yulia Tymoshenko and her cabinet [UKR], 2005-09-08"],
                  0, 0,
                  "The dismissal of the prime minister and cabinet is missed. 'allegations of corruption' is a topic with "
                  "no named parties, not coded."),
    "h9-x29-08": (["ACCUSE: Alexander Litvinenko [RUS] -> Vladimir Putin [RUS], 2006-11-24",
                   "ASSAULT (poisoning, reported inside the accusation): Putin [RUS] (alleged orderer) -> Litvinenko, "
                   "earlier (he fell ill three weeks before)"],
                  2, 0,
                  "Both found: e1 ACCUSE (all right) and e2 ASSAULT 'ordering' reported (right type; its date "
                  "2006-11-24 is wrong - the poisoning was weeks earlier - and target empty, but not spurious)."),
    "h9-x29-20": (["AGREE negated (or REJECT): EU leaders -> North Macedonia [MKD], Albania [ALB], 2019-10-18",
                   "REJECT: France [FRA] -> opening talks with North Macedonia/Albania, 2019-10-18",
                   "ACCUSE: EU officials -> France / the EU leaders' decision, 2019-10-18 ('sharp criticism')"],
                  2, 0,
                  "e1 AGREE negated and e2 REJECT France found; the criticism by EU officials is missed. Zaev calling "
                  "a snap election is a domestic procedure, not coded."),
    "h9-x30-05": (["RETREAT (or CONCEDE): U.S.-led occupation authority [USA] -> interim Iraqi government [IRQ], "
                   "2004-06-28 (handed over sovereignty)"],
                  0, 0,
                  "The handover of sovereignty is missed; 'for fear of insurgent attacks' is no act."),
}


def main():
    rows = [json.loads(l) for l in (HERE / "paragraphs-b.jsonl").open(encoding="utf-8")]
    assert sorted(P) == sorted(r["doc"] for r in rows)
    out = []
    for r in rows:
        coder, found, spurious, notes = P[r["doc"]]
        assert found <= len(coder) and spurious <= len(r["events"])
        out.append({"doc": r["doc"], "coder_events": coder, "found": found,
                    "dateline_events": len(r["events"]), "spurious": spurious, "notes": notes})
    with (HERE / "paragraphs-b-verdicts.jsonl").open("w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{'doc':10} {'coded':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for o in out:
        print(f"{o['doc']:10} {len(o['coder_events']):>5} {o['found']:>5} {o['dateline_events']:>8} {o['spurious']:>8}")
    print(f"{'total':10} {sum(len(o['coder_events']) for o in out):>5} {sum(o['found'] for o in out):>5} "
          f"{sum(o['dateline_events'] for o in out):>8} {sum(o['spurious'] for o in out):>8}")


if __name__ == "__main__":
    main()
