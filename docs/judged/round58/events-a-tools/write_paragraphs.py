"""Round 58, judge a: recall on 6 story first paragraphs (heldout_news7).

Writes ../paragraphs-a-verdicts.jsonl: one line per paragraph with the acts a coder would code
there, how many dateline found with the right type, dateline's event count there, and spurious.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h7-x21-15": dict(
        coder_events=[
            "SANCTION (withdraw): Russia -> International Criminal Court, 2016-11-16",
            "ACCUSE: ICC prosecutor (Bensouda's office) -> Russia (annexation called an occupation), 2016-11-14",
            "ASSAULT (occupy territory, background): Russia -> Ukraine (Crimea), 2014 (March 2014 per later text)",
        ],
        found=1, spurious=0,
        notes="e1 SANCTION Russia -> ICC right in full. The prosecutor's ACCUSE is missed. e2 codes the nested "
              "background annexation as COERCE seize dated 2016-11-14 (the prosecutor's date): a real act, not "
              "spurious, but by the conventions armed taking of ground is ASSAULT, and its date is 2014, so not "
              "counted as found with the right type."),
    "h7-x21-02": dict(
        coder_events=[
            "ACCUSE (allege): Oleksandr Moroz, Socialist Party leader (UKR) -> Leonid Kuchma (UKR), 2000-11-28",
        ],
        found=1, spurious=0,
        notes="e1 right. The journalist's disappearance is the content of the accusation, not a separately "
              "codable abduction; playing recordings is part of the accusation."),
    "h7-x22-17": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="A natural death and a royal succession: no PLOVER act. Dateline codes nothing: right."),
    "h7-x22-24": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="A parliamentary election of a president and the naming of a prime minister-designate are "
              "domestic procedures with no PLOVER type (a coder who codes the nomination as REQUEST "
              "Rashid -> al-Sudani, 2022-10-13, would count one miss). Dateline codes nothing."),
    "h7-x21-13": dict(
        coder_events=[
            "AGREE (promise to visit/engage): Petro Poroshenko (UKR) -> rebellious Donbass region (UKR), 2014-05-25",
        ],
        found=0, spurious=0,
        notes="Claiming election victory is no event. The promise that his first trip will be to the rebel east "
              "is an expressed intent to engage (AGREE, or CONSULT future); dateline codes nothing here."),
    "h7-x23-12": dict(
        coder_events=[
            "ASSAULT: soldiers (NER military) -> presidential palace / Niger government, 2010-02-18",
            "COERCE (arrest): soldiers (NER) -> President Mamadou Tandja (NER), 2010-02-18",
            "COERCE: junta (NER soldiers) -> Niger constitution (suspended), by 2010-02-19",
            "COERCE: junta (NER soldiers) -> Niger state institutions (dissolved), by 2010-02-19",
            "AGREE (promise to restore democracy): junta (NER soldiers) -> Niger, 2010-02-19",
        ],
        found=1, spurious=0,
        notes="Only the promise (e1 AGREE, soldiers NER, 2010-02-19) is coded, and it is right. The storming, "
              "the detention of Tandja and the suspension/dissolution are missed (relative-clause and "
              "reported-perfect verbs)."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-a.jsonl"))]
    assert [p["doc"] for p in paras] == list(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    with open(os.path.join(ROUND, "paragraphs-a-verdicts.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':10s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for r in rows:
        print(f"{r['doc']:10s} {len(r['coder_events']):>5d} {r['found']:>5d} {r['dateline_events']:>8d} {r['spurious']:>8d}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':10s} {tc:>5d} {tf:>5d} {td:>8d} {ts:>8d}   recall {tf}/{tc} = {100*tf/tc:.0f}%")


if __name__ == "__main__":
    main()
