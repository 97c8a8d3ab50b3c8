"""Round 52, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

For each lead: the acts a coder would code (TYPE: who -> whom, date), how many of them dateline found
with the right type (any arguments), dateline's events there and how many are spurious.
Writes ../paragraphs-d-verdicts.jsonl and prints the table.
usage (from docs/judged/round52): python events-d-tools/write_paragraphs.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h5-x14-02": dict(
        coder_events=[
            "CONSULT: Bill Clinton (USA) <-> Ehud Barak (ISR), Yasser Arafat (PSE), Camp David talks, "
            "2000-07-11..2000-07-25 (ended Tuesday)",
        ],
        found=0, spurious=0,
        notes="The two-week trilateral summit is one act (talks ended without agreement; failing to agree is not "
              "coded). dateline coded nothing in this lead."),
    "h5-x13-18": dict(
        coder_events=[
            "REJECT: Donald Trump (USA) -> U.S. intelligence agencies (their finding), 2018-07-16",
            "CONSULT: Donald Trump (USA) <-> Vladimir Putin (RUS), Helsinki summit, 2018-07-16",
        ],
        found=1, spurious=0,
        notes="e1 'declined' REJECT found (target empty, where the agencies are named). The Helsinki summit "
              "(CONSULT) is missed. Russia's interference sits inside the agencies' finding (background, 2016); I "
              "do not list it as a lead act."),
    "h5-x15-20": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Winning an election and electoral support are not PLOVER acts; 'the Easter Sunday bombings' is a dated "
              "background mention with no parties. Nothing to code; dateline coded nothing."),
    "h5-x15-22": dict(
        coder_events=[
            "ASSAULT: Guinean special forces (GIN) -> Guinea government/Alpha Conde, seizure of power with heavy "
            "gunfire near the palace, 2021-09-05",
            "COERCE (arrest): Guinean special forces (GIN) -> Alpha Conde (GIN), 2021-09-05",
            "COERCE: Guinean special forces (GIN) -> Guinea government (dissolved), 2021-09-05",
            "COERCE: Guinean special forces (GIN) -> Guinea (constitution suspended), 2021-09-05",
        ],
        found=2, spurious=0,
        notes="e1 'seized' ASSAULT and e2 'detained' COERCE arrest found (e2's date is null where the text makes it "
              "Sunday; arguments are not scored here). Dissolving the government and suspending the constitution "
              "are missed."),
    "h5-x14-04": dict(
        coder_events=[
            "ASSAULT: Israeli tanks and troops (ISR) -> Yasser Arafat's headquarters / Arafat (PSE), Ramallah, "
            "2002-03-29",
            "COERCE (restrict): Israeli troops (ISR) -> Yasser Arafat (PSE), confined to a few rooms, 2002-03-29",
            "ACCUSE: Ariel Sharon (ISR) -> Yasser Arafat (PSE), declared him an enemy who must be isolated, "
            "2002-03-29",
        ],
        found=0, spurious=0,
        notes="dateline coded nothing in this lead: the raid ('smashed into'), the confinement and Sharon's "
              "declaration are all missed."),
    "h5-x13-14": dict(
        coder_events=[
            "SANCTION (discontinue): Russia (RUS) -> United States, European Union, other Western countries, "
            "2014-08-07",
        ],
        found=1, spurious=0,
        notes="e1 'banned' SANCTION found (target only the EU; the U.S. and the others are left out). The Western "
              "sanctions it hits back at are a background noun phrase with no source in the sentence; not listed."),
}


def main():
    rows = []
    for line in (HERE / "paragraphs-d.jsonl").open():
        par = json.loads(line)
        v = P[par["doc"]]
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= len(par["events"])
        rows.append({"doc": par["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(par["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    assert len(rows) == len(P) == 6
    with (HERE / "paragraphs-d-verdicts.jsonl").open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':<12}{'coder':>7}{'found':>7}{'dateline':>10}{'spurious':>10}")
    for r in rows:
        print(f"{r['doc']:<12}{len(r['coder_events']):>7}{r['found']:>7}{r['dateline_events']:>10}{r['spurious']:>10}")
    tc, tf = sum(len(r["coder_events"]) for r in rows), sum(r["found"] for r in rows)
    td, ts = sum(r["dateline_events"] for r in rows), sum(r["spurious"] for r in rows)
    print(f"{'total':<12}{tc:>7}{tf:>7}{td:>10}{ts:>10}   recall {tf}/{tc} = {100 * tf / tc:.0f}%, "
          f"spurious {ts}/{td}")


if __name__ == "__main__":
    main()
