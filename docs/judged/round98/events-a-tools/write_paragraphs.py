"""Write paragraphs-a-verdicts.jsonl (judge a, round 98). Dateline events in each first paragraph were
counted from /tmp/r98/heldout_news26.judge.jsonl by sentence offset (dump.py): none of the six has any."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
P = {
 "h26-x100-11": ([], 0, 0, 0, "An election win and a future handover of power: no PLOVER act between political actors. Dateline has no event in the paragraph."),
 "h26-x97-11": ([], 0, 0, 0, "An election win; the 'struggle with the secularist establishment' is a state, not an act. No dateline event in the paragraph."),
 "h26-x99-11": ([
    "THREATEN: Chad (TCD) -> Sudan (SDN), declared a 'state of belligerence' with Sudan, 2005-12-23",
    "ACCUSE: Chad (TCD) -> Sudan (SDN), accused Khartoum of arming the rebels and seeking to overthrow Deby, 2005-12-23",
    "ASSAULT: Chadian rebels (TCD) -> Chad (TCD), attacked the border town of Adre, 2005-12-18 (Sunday, per the third paragraph)",
  ], 0, 0, 0, "Dateline found none of the three; its events in this story start in the second paragraph. The arming and the overthrow attempt are inside the accusation and not coded separately."),
 "h26-x100-05": ([
    "SUPPORT: Cambodia (KHM) -> ASEAN, formally acceded as the 10th member (accession finalised), 1999-04-30",
    "REJECT: ASEAN -> Cambodia (KHM), put Cambodia's entry on hold (background), 1997-07",
  ], 0, 0, 0, "Accession could also be coded COOPERATE; either way dateline has no event in the paragraph. The 1997 fighting in Phnom Penh names no parties."),
 "h26-x99-04": ([
    "ASSAULT: army units in eastern Congo (COD, mutineers) -> President Laurent Kabila (COD), rose up against him, 1998-08-02",
    "ASSAULT: mutinous army units (COD) -> Congo (COD), took control of the border town of Goma, 1998-08-02",
  ], 0, 0, 0, "The heavy gunfire at two Kinshasa camps names no parties and is not listed. Dateline's only event in the story (e1, Kabila's government accusing Rwanda) is in paragraph 5."),
 "h26-x99-22": ([
    "REJECT: Kenya (KEN) -> International Court of Justice, said it would not recognise the ruling, 2021-10-13",
  ], 0, 0, 0, "The ICJ drawing the boundary (an adjudication) has no clear PLOVER type and is not listed. Dateline codes the same Kenyan rejection from paragraph 4 (e3, Kenyatta 'rejected'), but nothing from this paragraph."),
}
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
    for l in open(HERE / "paragraphs-a.jsonl"):
        d = json.loads(l)["doc"]
        ev, found, n, sp, notes = P[d]
        fh.write(json.dumps({"doc": d, "coder_events": ev, "found": found, "dateline_events": n,
                             "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
tot = [sum(len(v[0]) for v in P.values())] + [sum(v[i] for v in P.values()) for i in (1, 2, 3)]
print("coded acts, found, dateline events, spurious:", tot)
