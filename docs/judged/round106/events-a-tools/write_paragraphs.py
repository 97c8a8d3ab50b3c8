"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 lead paragraphs).
usage: python events-a-tools/write_paragraphs.py   (from docs/judged/round106)"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
"h30-x114-12": ([
    "ACCUSE: ICC chief prosecutor Luis Moreno-Ocampo (ICC) -> Omar Hassan al-Bashir (SDN), asks judges for an arrest warrant on genocide, crimes against humanity and war crimes charges, 2008-07-14",
 ], 0, 0, "Dateline codes nothing in the lead. The prosecutor's accusation is coded in the next sentence (item 14). A coder could also code REQUEST from the prosecutor to the ICC judges; I count the act once."),
"h30-x116-06": ([
    "SUPPORT: China (CHN) -> International Olympic Committee (no code), hailed the vote awarding Beijing the 2008 Games, 2001-07-13",
    "ACCUSE: human rights groups (no code) -> International Olympic Committee (no code), warned the choice could reward repression, 2001-07-13",
 ], 0, 0, "Winning the IOC vote is not a PLOVER act between political actors. Dateline codes nothing in the lead."),
"h30-x116-18": ([
    "REJECT: China (CHN) -> U.N. Committee on the Elimination of Racial Discrimination (UNO), denies re-education centres exist in Xinjiang and rejects reports of a million Uighurs held, 2018-08-13",
    "ACCUSE: U.N. expert Gay McDougall (UNO) -> China (CHN), called Xinjiang a massive internment camp, 2018-08-10 (three days earlier, per the story)",
 ], 0, 0, "Dateline has no events in this story at all. The detention of Uighurs is only the content of the rejected reports; I do not code it as asserted."),
"h30-x113-15": ([
    "ASSAULT: Ukrainian forces (UKR/MIL) -> pro-Russian separatists (UKR/REB), air strikes and paratroopers drive them out of Donetsk airport, dozens killed, 2014-05-26",
 ], 0, 0, "I count the assault and the rebels' deaths as one act. The story dates the fighting to Monday 2014-05-26; the officials spoke on Tuesday. Dateline codes nothing in the lead; its next-sentence 'occupied' event is the separatists' earlier seizure of the terminal."),
"h30-x115-21": ([
    "COERCE/ban: Pakistan's government (PAK/GOV) -> Tehreek-e-Labbaik Pakistan (PAK), banned the party, 2021-04-15",
    "PROTEST/obstruct: TLP supporters (PAK) -> Pakistan's government (PAK), blocked highways, 2021-04-12..14",
    "ASSAULT: TLP supporters (PAK) -> police (PAK/COP), clashed with police, 2021-04-12..14",
    "REQUEST: TLP supporters (PAK) -> Pakistan's government (PAK), demanded the expulsion of the French ambassador, 2021-04-12..14",
 ], 1, 1, "Dateline finds the ban (COERCE/ban, right type), but its target is 'Pakistan' where it should be the TLP. It misses the blockades, the clashes and the demand."),
"h30-x116-04": ([
    "CONSULT/visit: Chung Ju-yung (KOR/BUS) -> North Korea (PRK), crossed the border into North Korea at Panmunjom, 1998-06-16",
    "AID: Chung Ju-yung (KOR/BUS) -> North Korea (PRK), gift of 500 head of cattle delivered by a convoy, 1998-06-16",
 ], 0, 0, "Dateline codes nothing in the lead; its only event in the story is the planned talks in the fourth paragraph."),
}
rows = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert [r["doc"] for r in rows] == list(P)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        acts, found, _, notes = P[r["doc"]]
        n_dl = len(r["events"])
        out.write(json.dumps({"doc": r["doc"], "coder_events": acts, "found": found,
                              "dateline_events": n_dl, "spurious": 0, "notes": notes}, ensure_ascii=False) + "\n")
tot = [sum(len(P[d][0]) for d in P), sum(P[d][1] for d in P), sum(len(r["events"]) for r in rows)]
print("coded acts, found, dateline events:", tot, "spurious: 0")
