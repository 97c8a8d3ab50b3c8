"""Write paragraphs-c-verdicts.jsonl (judge c, round 115): the acts a trained coder codes in each first paragraph.

usage (from docs/judged/round115): python events-c-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
    "h35-x134-09": dict(
        coder_events=["SANCTION: Ariel Sharon (ISR) -> Likud (ISR), quit the party he founded, 2005-11-21"],
        found=0,
        notes="Dateline found no event in the lead. Announcing that he will set up a new party is internal party politics, not a PLOVER act."),
    "h35-x135-19": dict(
        coder_events=["ASSAULT: one of the governor's guards (AFG) -> Abdul Raziq (AFG), shot dead, 2018-10-18",
                      "CONSULT: Abdul Raziq / Kandahar officials (AFG) -> Gen. Scott Miller (USA), meeting, 2018-10-18"],
        found=1,
        notes="The ASSAULT was found (guards -> 'Afghanistan's most powerful security officials', i.e. Raziq, AFG, 2018-10-18). The meeting with the U.S. commander, in the 'moments after a meeting' clause, was missed."),
    "h35-x135-01": dict(
        coder_events=["SANCTION: Nelson Mandela (ZAF) -> Winnie Mandela (ZAF), dismissed from deputy minister post, 1995-04-14"],
        found=1,
        notes="Found, right in all fields. The earlier sacking he had to withdraw is background; I do not code it separately."),
    "h35-x135-03": dict(
        coder_events=["MOBILIZE: soldiers (ZWE) patrol Harare and satellite towns, 1998-01-21",
                      "PROTEST: rioters (ZWE) -> (maize-meal price rise / government), two days of food riots, 1998-01-19/20",
                      "ASSAULT: unnamed -> people (ZWE), several dead in the riots, 1998-01-19/20",
                      "COERCE: (Zimbabwean authorities) -> rioters (ZWE), hundreds arrested, 1998-01-19/20"],
        found=1,
        notes="Only the MOBILIZE (soldiers patrolling) was found. The rioting itself, the deaths and the arrests in the lead were not coded here, though the arrests and killings are coded from paragraph 3."),
    "h35-x135-23": dict(
        coder_events=["AGREE: Bhutan (BTN) <-> China (CHN), agreed to speed up border demarcation, 2023-10-23",
                      "CONSULT: Bhutan's foreign minister Tandi Dorji (BTN) -> China (CHN), first boundary talks in seven years in Beijing, 2023-10-23"],
        found=1,
        notes="The AGREE was found (mutual, Monday 2023-10-23). The boundary talks ('held the first round of boundary talks with Beijing') were missed."),
    "h35-x136-02": dict(
        coder_events=["CONSULT: leaders of 25 Asian and European nations (multilateral), ASEM summit in Bangkok, 1996-03-01/02",
                      "AGREE: Asian and European leaders (mutual), promised to expand trade and investment and hold regular political dialogue, 1996-03-02"],
        found=1,
        notes="The summit CONSULT was found. The closing promises (AGREE) were missed."),
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    assert len(paras) == 6
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
        tot = dict(coded=0, found=0, dateline=0, spurious=0)
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": 0, "notes": v["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coded"] += len(v["coder_events"])
            tot["found"] += v["found"]
            tot["dateline"] += len(p["events"])
    print(json.dumps(tot))


if __name__ == "__main__":
    main()
