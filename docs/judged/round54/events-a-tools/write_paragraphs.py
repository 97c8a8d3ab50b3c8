"""Round 54, judge a: recall on the 4 sampled story first paragraphs (paragraphs-a.jsonl).

Run from docs/judged/round54:  python events-a-tools/write_paragraphs.py
Writes paragraphs-a-verdicts.jsonl and prints the table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "h5-x16-04": dict(
        coder_events=[
            "RETREAT (hand over power / relinquish authority): United Nations (UNTAET) -> East Timor "
            "government (TLS), 2002-05-20 (midnight on Sunday)",
        ],
        found=0, spurious=0,
        notes="'East Timor became an independent state' is a change of status, not an act between "
              "parties, so I do not code it. The UN's handover of power to the first government is the "
              "act. A coder could also type it CONCEDE or COOPERATE, but dateline has no event in this "
              "paragraph at all."),
    "h5-x16-20": dict(
        coder_events=[
            "REJECT (rejects the genocide accusations / defends the generals): Aung San Suu Kyi (MMR) -> "
            "accusers (The Gambia, not named here), 2019-12-11",
            "ACCUSE (accusations of genocide): unnamed accusers (The Gambia in the story) -> Myanmar "
            "military (MMR), no date in the paragraph",
            "COERCE (house arrest, background): Myanmar's generals (MMR) -> Aung San Suu Kyi, past, "
            "undated",
        ],
        found=0, spurious=0,
        notes="'to defend the generals' is the same act as rejecting the accusations, so I code it "
              "once. The ACCUSE is a noun reference to the accusations, and the house arrest is a "
              "background relative clause. Some coders would leave both out, but the count found stays "
              "0 either way, because dateline has no event in the lead."),
    "h5-x13-09": dict(
        coder_events=[
            "SUPPORT (approve/ratify by referendum): Irish voters (IRL) -> European Union (Lisbon "
            "Treaty), 2009-10-03",
        ],
        found=1, spurious=0,
        notes="dateline's e1 (SUPPORT, Irish voters -> European Union, 2009-10-03) is right in all "
              "fields. It is also item 17 of the event sample."),
    "h5-x16-17": dict(
        coder_events=[
            "SANCTION (reduce/break relations; announced separation from an ally): Rodrigo Duterte (PHL) "
            "-> United States (USA), 2016-10-20",
            "CONSULT (visit): Rodrigo Duterte (PHL) -> Chinese leaders (CHN), Beijing, 2016-10-20",
            "AGREE (promises of a new era of friendship): Rodrigo Duterte (PHL) -> China (CHN), "
            "2016-10-20",
        ],
        found=0, spurious=0,
        notes="The declared separation could also be typed REJECT, but either way dateline has no "
              "event in the lead. Its first event in this story is the Xi meeting in paragraph 3."),
}


def main():
    out = []
    for line in open(HERE / "paragraphs-a.jsonl"):
        p = json.loads(line)
        v = P[p["doc"]]
        out.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                    "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    assert [o["doc"] for o in out] == list(P)
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{'doc':10s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for o in out:
        print(f"{o['doc']:10s} {len(o['coder_events']):>5d} {o['found']:>5d} {o['dateline_events']:>8d} "
              f"{o['spurious']:>8d}")
    tc = sum(len(o["coder_events"]) for o in out)
    print(f"{'total':10s} {tc:>5d} {sum(o['found'] for o in out):>5d} "
          f"{sum(o['dateline_events'] for o in out):>8d} {sum(o['spurious'] for o in out):>8d}")


if __name__ == "__main__":
    main()
