"""Round 59, judge b: recall on the 6 sampled story first paragraphs (heldout_news7).

Writes ../paragraphs-b-verdicts.jsonl, one line per paragraph, and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h7-x22-23": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Raisi winning an election and a record-low turnout are no PLOVER acts between actors; nothing to code, dateline codes nothing."),
    "h7-x21-23": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="A private jet crashing with Prigozhin aboard: no actor is said to have done anything (the shoot-down claim is later in the story); nothing to code."),
    "h7-x21-21": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="An election win; 'anger over last year's defeat in the war with Azerbaijan' names a past war as the object of anger (a topic, no act reported here) and the anger is no protest. Nothing to code."),
    "h7-x24-15": dict(
        coder_events=[
            "SANCTION (convict): WTO panel -> China, 2014-03-26 (ruled that China broke trade rules)",
            "ACCUSE (allege): United States, European Union, Japan -> China, 2012 ('brought the complaint two years ago')",
            "SANCTION (discontinue): China -> (none named), restricting exports of rare earths, date unknown, reported (as found by the ruling)",
        ],
        found=0, spurious=0,
        notes="Dateline codes nothing in the paragraph: the ruling (a finding of guilt by a legally constituted tribunal, SANCTION convict in the codebook), the complaint (ACCUSE) and the export curbs are all missed."),
    "h7-x21-10": dict(
        coder_events=[
            "AGREE: Ukraine -> Russia (Black Sea Fleet lease for a gas discount), 2010-04-21",
            "ACCUSE (disapprove): Ukrainian opposition -> Ukraine government (the deal 'drew fury'), 2010-04-21",
        ],
        found=1, spurious=0,
        notes="Dateline e1 AGREE Ukraine -> Russia/Black Sea Fleet, Wednesday: right. The opposition's fury (ACCUSE) is missed."),
    "h7-x22-05": dict(
        coder_events=[
            "COERCE (arrest): U.S. troops -> Saddam Hussein (IRQ), 2003-12-13 (captured Saturday evening, announced Sunday)",
        ],
        found=1, spurious=0,
        notes="Dateline e1 COERCE (mode seize from CAMEO 192; arrest would be the mode) with an empty target though Saddam Hussein is named, dated 2003-12-14 (the announcement; the capture was Saturday evening per the third paragraph). Type right, so found."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
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
        assert v["found"] <= len(v["coder_events"])
        assert v["spurious"] <= len(p["events"])
    with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':<12}{'coder':>6}{'found':>6}{'dateline':>9}{'spurious':>9}")
    for r in rows:
        print(f"{r['doc']:<12}{len(r['coder_events']):>6}{r['found']:>6}{r['dateline_events']:>9}{r['spurious']:>9}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':<12}{tc:>6}{tf:>6}{td:>9}{ts:>9}")


if __name__ == "__main__":
    main()
