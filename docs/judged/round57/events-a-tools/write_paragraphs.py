"""Round 57, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

For each paragraph: the acts a coder would code (TYPE: who -> whom, date), how many of them
dateline found with the right type (any arguments), dateline's events there, and how many of
those are spurious. Writes ../paragraphs-a-verdicts.jsonl and prints the table.

usage (from docs/judged/round57): python events-a-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAS = HERE.parent / "paragraphs-a.jsonl"
OUT = HERE.parent / "paragraphs-a-verdicts.jsonl"

P = {
    "h7-x24-21": dict(
        coder_events=["ASSAULT: Chinese troops -> Indian soldiers (IND), 2020-06-15 (the clash, late Monday "
                      "per the next paragraph; reported Tuesday 2020-06-16)"],
        found=1, spurious=0,
        notes="e1 ASSAULT found (target Indian soldiers right). Its source is empty though 'Chinese troops' "
              "are named in the sentence, and its date is the report day (Tuesday), not the clash's "
              "(Monday, given in the next paragraph)."),
    "h7-x22-04": dict(
        coder_events=["COERCE (seize): Israeli naval commandos (ISR) -> the freighter Karine A / its cargo, "
                      "2002-01-03 (boarded before dawn Thursday, per the next paragraph)",
                      "ACCUSE: Israeli military officials (ISR) -> Arafat's administration / Palestinian "
                      "Authority (PSE), 2002-01-04"],
        found=2, spurious=0,
        notes="Both found with the right type. e1's reported_by and e2's source 'military officials' carry "
              "PSE, but they are Israeli military officials (ISR); e1's target 'freighter[PSE/BUS/person]' "
              "has a doubtful code and kind; e1's date is the announcement day."),
    "h7-x23-23": dict(
        coder_events=["REJECT: four of the seven election commissioners (KEN) -> the commission's result / "
                      "chairman, 2022-08-15"],
        found=0, spurious=0,
        notes="dateline codes nothing. The commission's declaring Ruto the winner is an electoral "
              "announcement, not coded; the commissioners disowning the result is a REJECT dateline "
              "misses."),
    "h7-x24-24": dict(
        coder_events=["SUPPORT (establish diplomatic relations): Honduras -> China, 2023-03-26",
                      "SANCTION (break relations): Honduras -> Taiwan, before 2023-03-26 (text: 'after "
                      "cutting ties'; no day given)"],
        found=1, spurious=0,
        notes="e1 SUPPORT found, all fields right. The cutting of ties with Taiwan is missed."),
    "h7-x21-07": dict(
        coder_events=["SUPPORT (approve actor): Turkey's parliament -> Abdullah Gul (TUR), 2007-08-28"],
        found=0, spurious=0,
        notes="dateline codes nothing. A parliament electing a president is coded as approval of an actor "
              "(consistent with item 20, a parliament approving an amendment); a coder could leave the "
              "election uncoded. The military's 'open misgivings' is a standing attitude, not an act in "
              "this paragraph."),
    "h7-x24-25": dict(
        coder_events=["MOBILIZE (military drills): China -> Taiwan, 2024-05-23",
                      "ACCUSE: China -> Taiwan's 'independence forces' (Lai's government), 2024-05-23 "
                      "(the drills called punishment for 'separatist acts')"],
        found=1, spurious=0,
        notes="e1 MOBILIZE found, all fields right. The accusation of separatism in the same sentence is "
              "missed."),
}


def main() -> None:
    paras = [json.loads(line) for line in PARAS.read_text().splitlines() if line.strip()]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= len(p["events"])
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{'doc':<11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:<11} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} "
              f"{r['spurious']:>8}")
    c = sum(len(r["coder_events"]) for r in rows)
    f = sum(r["found"] for r in rows)
    d = sum(r["dateline_events"] for r in rows)
    s = sum(r["spurious"] for r in rows)
    print(f"{'total':<11} {c:>5} {f:>5} {d:>8} {s:>8}   recall {f}/{c}, spurious {s}/{d}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
