"""Round 61, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

Writes ../paragraphs-d-verdicts.jsonl, one line per paragraph, and prints the table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent

P = {
    "h8-x27-04": dict(
        coder_events=[
            "AGREE: international donors -> Afghanistan (interim government), 2002-01-22 (pledge of $4.5 billion aid = offer, AGREE)",
            "REQUEST: head of the interim government (Hamid Karzai, AFG) -> donors, 2002-01-22",
        ],
        found=1, spurious=0,
        notes="Dateline has the REQUEST (source 'head' + Afghanistan, no target: 'them' = the donors is missed). The pledge, the paragraph's main act, is not coded."),
    "h8-x27-12": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Two rival inaugurations: no act between actors of a PLOVER type (taking an oath is not coded); 'deepening a standoff' is no act. Nothing to find, nothing coded."),
    "h8-x26-04": dict(
        coder_events=[
            "ASSAULT: Spanish special forces (ESP) -> Morocco (Moroccan soldiers on Perejil), 2002-07-17 (storming and removing the soldiers, one act)",
            "ASSAULT: Moroccan soldiers (MAR) -> Spain (occupation of Perejil), last week (week of 2002-07-08) (occupying ground = ASSAULT by the conventions)",
        ],
        found=1, spurious=0,
        notes="Dateline codes the storming (ASSAULT, Spanish special forces -> Morocco, 2002-07-17, right). The Moroccan occupation of the islet 'last week' is missed."),
    "h8-x27-05": dict(
        coder_events=[
            "ASSAULT: Bozize's fighters (CAF rebels) -> Central African Republic government (capital Bangui), 2003-03-15 (overran the capital = taking ground)",
        ],
        found=0, spurious=0,
        notes="Bozize declaring himself president is a claim of power with no PLOVER type; the fighters overrunning Bangui the day before is an ASSAULT, missed. Dateline has no event in the paragraph."),
    "h8-x27-25": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Election result (BJP lost its majority): no act between actors. Nothing to find, nothing coded."),
    "h8-x25-20": dict(
        coder_events=[
            "ACCUSE: Ukraine -> Russia (the bridge project a violation of its sovereignty), 2018-05-15",
            "ACCUSE: European Union -> Russia (the project breached international law), 2018-05-15",
        ],
        found=0, spurious=0,
        notes="Putin driving across / opening the Crimea bridge is not itself coded (no PLOVER act toward another party). The two condemnations in relative clauses are missed; their time is not given, the document date (the opening) is the natural date."),
}


def main():
    paras = [json.loads(l) for l in (ROUND / "paragraphs-d.jsonl").read_text().splitlines() if l.strip()]
    assert sorted(p["doc"] for p in paras) == sorted(P)
    out = []
    for p in paras:
        v = P[p["doc"]]
        assert v["found"] <= len(v["coder_events"])
        assert v["spurious"] <= len(p["events"])
        out.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                    "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    (ROUND / "paragraphs-d-verdicts.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    print(f"{'doc':11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in out:
        print(f"{r['doc']:11} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    tc = sum(len(r["coder_events"]) for r in out)
    tf = sum(r["found"] for r in out)
    td = sum(r["dateline_events"] for r in out)
    ts = sum(r["spurious"] for r in out)
    print(f"{'total':11} {tc:>5} {tf:>5} {td:>8} {ts:>8}   recall {tf}/{tc}, spurious {ts}/{td}")


if __name__ == "__main__":
    main()
