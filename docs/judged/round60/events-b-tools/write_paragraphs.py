"""Round 60, judge b: recall on the 6 story first paragraphs (paragraphs-b.jsonl).

Writes ../paragraphs-b-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h8-x28-24": dict(
        coder_events=[
            "THREATEN: China -> Taiwan (Tsai) / United States, 2023-04-06 (vowed 'resolute and forceful measures')",
            "CONSULT: Tsai Ing-wen (TWN) <-> Kevin McCarthy (USA), 2023-04-05 (met on Wednesday, per the story)",
        ],
        found=1, spurious=0,
        notes="CONSULT found (its date 2023-04-06 is the day of China's statement, the meeting was on Wednesday "
              "2023-04-05 - not a recall matter). China's vow (THREATEN) missed: dateline made it only the "
              "reported_by of the meeting."),
    "h8-x28-23": dict(
        coder_events=[
            "MOBILIZE: Chinese and Russian bombers (CHN, RUS) -> Japan, 2022-05-24 (joint patrol near Japan)",
            "CONSULT: US, Japan, India, Australia leaders (mutual), 2022-05-24 (met in Tokyo)",
            "ACCUSE: Japan's defence minister (Kishi, JPN) -> China, Russia, 2022-05-24 (called the move 'provocative')",
        ],
        found=2, spurious=0,
        notes="MOBILIZE and CONSULT found. The defence minister's 'provocative' (ACCUSE) missed. A coder could add "
              "COOPERATE China <-> Russia for the joint patrol (joint military manoeuvre); not counted."),
    "h8-x25-08": dict(
        coder_events=[
            "SUPPORT: Viktor Yushchenko (UKR) -> Viktor Yanukovych (UKR), 2006-08-03 (nominated his rival as prime "
            "minister)",
        ],
        found=0, spurious=0,
        notes="No event. The nomination (endorsing an actor for office, a concession to a rival) is missed."),
    "h8-x25-16": dict(
        coder_events=[
            "ACCUSE: Kiev government (UKR) <-> Moscow (RUS), mutual, 2014-05-03 (traded accusations)",
            "ASSAULT: street battles in Odessa (pro-Russian vs pro-Kiev crowds, UKR), 2014-05-02 (death toll 46; "
            "the story dates the clashes Friday)",
        ],
        found=1, spurious=0,
        notes="Mutual ACCUSE found. The street battles behind the death toll (ASSAULT) missed."),
    "h8-x26-07": dict(
        coder_events=[
            "SUPPORT: Iraqi voters (IRQ) -> (new constitution), 2005-10 (approved it in the Oct. 15 referendum)",
            "REJECT: Sunni Arab opponents (IRQ) -> the U.S.-backed charter, 2005-10 (voted to defeat it)",
        ],
        found=1, spurious=0,
        notes="SUPPORT found (right: voters, 2005-10, reported_by election officials). The Sunni Arabs' no-vote "
              "(REJECT of the charter) missed; a coder could leave it out as it failed, hence a soft miss."),
    "h8-x26-24": dict(
        coder_events=[
            "ASSAULT: Israeli forces (ISR) -> Palestinians in the Jenin camp (PSE), 2023-07-04 (pressed on with a "
            "major operation; at least 12 dead)",
        ],
        found=0, spurious=0,
        notes="No event: the military operation 'pressed on' is missed. The Palestinians fleeing their homes is "
              "not an act between actors."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
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
    with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':<11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    for r in rows:
        print(f"{r['doc']:<11} {len(r['coder_events']):>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
    print(f"{'total':<11} {sum(len(r['coder_events']) for r in rows):>5} {sum(r['found'] for r in rows):>5} "
          f"{sum(r['dateline_events'] for r in rows):>8} {sum(r['spurious'] for r in rows):>8}")


if __name__ == "__main__":
    main()
