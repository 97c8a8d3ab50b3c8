"""Write paragraphs-c-verdicts.jsonl (recall on the six sampled first paragraphs).

usage (from docs/judged/round140): python events-c-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
    "h47-x183-08": (
        ["SANCTION: United Kingdom (GBR) -> Kenya (KEN), suspended all flights to and from Kenya, 2003-05-15"],
        1, 0,
        "Dateline's SANCTION (UK -> Kenya, Thursday 2003-05-15) is right in every field. 'Angered the Kenyan government' is a reaction, not an act; the cited threat of attack is hypothetical and by unnamed militants."),
    "h47-x182-20": (
        ["COERCE: Jordanian authorities (JOR) -> teachers' syndicate (JOR), closed the syndicate for two years, 2020-07-25",
         "COERCE: Jordanian authorities (JOR) -> the syndicate's 13-member governing council (JOR), detained, 2020-07-25"],
        1, 0,
        "Dateline found the detention (COERCE arrest) but not the closure. Its detention has an empty target (should be the governing council, JOR) and the Sunday date of the officials' statement; the story's next paragraph puts the raids on Saturday 2020-07-25."),
    "h47-x183-22": (
        ["ACCUSE: Pakistan's military (PAK) -> India (IND), accused New Delhi of a dangerous violation of its airspace, 2022-03-10",
         "SUPPORT: India (IND) -> Pakistan (PAK), called the incident 'deeply regrettable' (expression of regret, CAMEO 055), 2022-03-11"],
        0, 1,
        "Dateline's only event is an ASSAULT (firearms) for the missile 'fired accidentally' into Pakistan: an accidental launch is not a deliberate attack, so it is spurious. It missed Pakistan's accusation and India's expression of regret."),
    "h47-x181-25": (
        ["CONCEDE: Dick Schoof (NLD), said he would offer his government's resignation (promised resignation), 2025-06-03",
         "SANCTION: Geert Wilders / Freedom Party (NLD) -> the four-party coalition (NLD), pulled the PVV out of the coalition, 2025-06-03"],
        0, 0,
        "Dateline has no event in this paragraph. A promised (future) resignation is CONCEDE under PLOVER (RETREAT resign covers only resignations that happened); leaving the coalition is SANCTION withdraw."),
    "h47-x184-16": (
        ["SANCTION: Nicolas Maduro / Venezuela (VEN) -> Guyana (GUY), recalled his ambassador to Guyana, 2015-07-06"],
        1, 0,
        "Dateline's SANCTION withdraw (Maduro -> Guyana, Monday 2015-07-06) is right. 'Ordering a review of relations' is taken as part of the same downgrade, not a separate act; 'escalating a border dispute' is a description, not an act."),
    "h47-x182-06": (
        ["COERCE: U.S.-led administration in Iraq (USA) -> Iraq's armed forces, Republican Guard, Defence Ministry and intelligence agencies (IRQ), formally dissolved them, 2003-05-23",
         "AGREE: U.S.-led administration in Iraq (USA) -> Iraq (IRQ), pledged to build a new army from scratch, 2003-05-23"],
        0, 0,
        "Dateline has no event in this paragraph: it missed the dissolution (COERCE ban of state bodies) and the pledge to build a new army (AGREE, intent to provide military aid). 'Sending home hundreds of thousands of men' is the consequence of the dissolution, not a separate act."),
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    assert sorted(p["doc"] for p in paras) == sorted(P)
    tot = [0, 0, 0, 0]
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
        for p in paras:
            acts, found, spurious, notes = P[p["doc"]]
            n = len(p["events"])
            out.write(json.dumps({"doc": p["doc"], "coder_events": acts, "found": found,
                                  "dateline_events": n, "spurious": spurious, "notes": notes},
                                 ensure_ascii=False) + "\n")
            for i, x in enumerate([len(acts), found, n, spurious]):
                tot[i] += x
    print("coded acts %d, found %d, dateline events %d, spurious %d" % tuple(tot))


if __name__ == "__main__":
    main()
