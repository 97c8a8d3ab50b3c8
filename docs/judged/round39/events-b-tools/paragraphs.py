"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the 12 first paragraphs in paragraphs-b.jsonl.

usage: paragraphs.py   (run from docs/judged/round39)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

CODED = {
    "ngec-1534": (["CONCEDE: Singapore gives in to Rwanda's demands (removal from the UNDF-Asia blacklist), 2023-06-15",
                   "REQUEST: Rwanda demands of Singapore that it be removed from the blacklist, undated (before 2023-06-15)"],
                  0, 0, "dateline has no event in the paragraph."),
    "ngec-3562": (["REQUEST: rights organizations urge Turkey to lift criminal charges against three Kurdish activists, 2023-06-15",
                   "ACCUSE: the rights groups condemn Turkey's arrests of the activists, in recent days",
                   "COERCE: Turkey arrested the three Kurdish activists, undated",
                   "ACCUSE: Turkey brought criminal charges against the three activists, undated"],
                  0, 0, "dateline has no event in the paragraph (its events in this story start later)."),
    "ngec-3020": (["AGREE: the secretary of state for the former Soviet Union plans to sign a deal with Nazarbayev (KAZ) to restore diplomatic relations, Nov or Dec (future)"],
                  0, 0, "dateline has no event in the paragraph."),
    "ngec-2308": (["CONSULT: foreign ministers of the North African country and South Africa will meet next week (future), per Costa Rica's Foreign Ministry"],
                  0, 0, "dateline has no event in the paragraph."),
    "ngec-1714": ([],
                  0, 1, "Macri taking office and taking control of his own country's currency reserves are domestic "
                        "policy acts, not PLOVER events; dateline's COERCE seize (Macri, 'take') is spurious."),
    "ngec-1229": (["COOPERATE: the Andaman Sea island works with fellow nations to get off fossil fuels, ongoing (2023-06-15)"],
                  0, 0, "dateline has no event in the story."),
    "ngec-3817": (["SANCTION: Sudan, Eritrea, South Sudan and Guinea Bissau renounce their recognition of South Sudan's independence, late Saturday 2023-06-10"],
                  0, 0, "dateline has no event in the paragraph; one act with four sources."),
    "ngec-0064": (["RETREAT: the U.N. withdraws (its staff) from Kenya over safety concerns, reported Wednesday 2023-06-14",
                   "ACCUSE: planned U.N. fact-finding mission into abuses by Kenya's security forces (investigate, now withdrawn), undated"],
                  0, 0, "dateline has no event in the paragraph."),
    "ngec-3721": (["PROTEST: Black Bloc anarchists blocked traffic in Portland and disrupted a DNC meeting (obstruct), before Thursday",
                   "RETREAT: Portland police released the anarchists on bail without charges, by Thursday 2023-06-15"],
                  0, 0, "dateline has no event in the paragraph."),
    "ngec-2353": (["AGREE: Burma's military leader says Burma would accept a UNGA resolution condemning its military's attacks, Monday 2023-06-12 (future)",
                   "ASSAULT: the Myanmar military's attacks on civilians, undated"],
                  0, 0, "dateline has no event in the story."),
    "ngec-0579": (["THREATEN: Finland says it will be tougher on asylum seekers (restrict), 2023-06-15"],
                  0, 0, "dateline has no event in the paragraph; a coder could also give COERCE restrict (future)."),
    "ngec-3248": (["CONCEDE: Australia's government is willing to make concessions to Ecuador in talks on the free trade bill, 2023-06-15",
                   "CONSULT: Australia and Ecuador hold talks on the free trade bill, ongoing"],
                  0, 0, "dateline has no event in the paragraph; Ecuador's not expressing willingness is no act."),
}


def main():
    with (HERE / "paragraphs-b-verdicts.jsonl").open("w") as out:
        for line in (HERE / "paragraphs-b.jsonl").open():
            para = json.loads(line)
            coder, found, spurious, notes = CODED[para["doc"]]
            out.write(json.dumps({"doc": para["doc"], "coder_events": coder, "found": found,
                                  "dateline_events": len(para["events"]), "spurious": spurious,
                                  "notes": notes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
