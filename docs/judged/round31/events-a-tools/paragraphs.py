"""Round 31, judge a: verdicts on the 12 sampled first paragraphs (paragraphs-a.jsonl).

Writes ../paragraphs-a-verdicts.jsonl and prints recall and the spurious share.
usage: python events-a-tools/paragraphs.py   (from docs/judged/round31)
"""
import json
from pathlib import Path

ROUND = Path(__file__).resolve().parent.parent

# doc -> (coder_events, found, spurious, notes); dateline_events is counted from paragraphs-a.jsonl
P = {
    "ngec-2793": (["AGREE: Spain, UK, Hungary, Russia, Azerbaijan, Venezuela agree to hold regular high-level meetings"], 1, 0,
                  "Headline-like paragraph, one act. Extractor AGREE found (Venezuela missing from its parties; arguments not scored here)."),
    "ngec-2483": (["AGREE: Cuba and Saint Vincent and the Grenadines presidents agreed to strengthen diplomatic relations (today)"], 1, 0,
                  "The second sentence (leaders 'deeply concerned' about both countries' status) has no target or act; not coded. AGREE found."),
    "ngec-2323": (["SUPPORT: U.S. and Israel signed a defense agreement Friday"], 1, 0,
                  "Signing an agreement is SUPPORT; found."),
    "ngec-0503": (["CONSULT: joint India-Pakistan trade mission held in Pakistan (meeting) earlier this week",
                   "COOPERATE: India-Pakistan joint working group on trade integration formed under Pakistan's minister"], 0, 0,
                  "Agentless 'was hailed as a strategic leap' (SUPPORT with no source) not counted. Extractor has no event in the paragraph."),
    "ngec-1877": (["SANCTION: some Muslim-majority countries imposed restrictive measures on trade from Saudi Arabia and the UAE"], 0, 0,
                  "'In the wake of massive terrorist attacks in the Middle East' is vague background, not coded. Extractor has no event in the paragraph."),
    "ngec-0948": (["PROTEST (obstruct): protesters blocked a busy highway in central Jakarta on Saturday"], 0, 0,
                  "'the latest demonstration' is the same act; 'recent nationwide protests' is background, not coded separately. Missed."),
    "ngec-0488": (["ASSAULT (crowd-control): KLA members fired warning shots to disperse teenagers",
                   "ASSAULT: teenagers attacked a military base, killing a former rebel commander"], 0, 0,
                  "The killing is the outcome of the attack, coded once. Extractor has no event in the paragraph (its ASSAULT events are later)."),
    "ngec-3940": (["MOBILIZE: Russian carrier cruiser and destroyers entered the Indian Ocean on a mission to Bahrain",
                   "ASSAULT: Iran-sponsored Shiite militancy claimed the lives of hundreds of Bahrainis last year"], 0, 0,
                  "'Iran-sponsored' as AID (adjective) not coded. Extractor has no event in the paragraph."),
    "ngec-1927": (["COERCE (arrest): Mauritius police resorted to arbitrary arrests in an anti-drug sweep"], 0, 0,
                  "The sweep and the arrests are one act. Missed."),
    "ngec-4269": ([], 0, 0,
                  "Possession of leaked files and an agentless label ('labeled as global cyber warfare') hold no PLOVER act between actors; nothing to code, nothing extracted."),
    "ngec-1138": (["ASSAULT (aerial): security forces killed four rebels during an air raid on Wednesday"], 1, 0,
                  "The rebels' thwarted attempt ('were trying to carry out an attack') not coded as an act. ASSAULT found (its date is the doc date Thursday though the text says Wednesday; arguments not scored here)."),
    "ngec-2709": (["PROTEST: hundreds of San Juan residents joined the occupation of the federal facility in National City today"], 0, 0,
                  "Missed (extractor's PROTEST events are in later paragraphs)."),
}


def main():
    paras = [json.loads(l) for l in open(ROUND / "paragraphs-a.jsonl")]
    assert sorted(P) == sorted(p["doc"] for p in paras)
    coder = found = ext = spur = 0
    with open(ROUND / "paragraphs-a-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, fo, sp, notes = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": ev, "found": fo, "dateline_events": len(p["events"]),
                   "spurious": sp, "notes": notes}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            coder += len(ev); found += fo; ext += len(p["events"]); spur += sp
    print(f"coder events {coder}, found {found} -> recall {100*found/coder:.1f}%")
    print(f"dateline events {ext}, spurious {spur} -> spurious share {100*spur/ext if ext else 0:.1f}%")


if __name__ == "__main__":
    main()
