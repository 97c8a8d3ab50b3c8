"""Round 62, judge d: recall on the one first paragraph (paragraphs-d.jsonl).
Writes ../paragraphs-d-verdicts.jsonl."""
import json
import pathlib

ROUND = pathlib.Path(__file__).resolve().parent.parent

P = {
    "h8-x27-16": {
        "coder_events": [
            "PROTEST (boycott): main opposition (BNP and allies, BGD) -> Bangladesh election/government (BGD), 2014-01-05",
            "ASSAULT: unnamed -> at least 18 people (BGD), 2014-01-05 (election-day violence)",
        ],
        "found": 1,
        "spurious": 0,
        "notes": "Dateline found the boycott (PROTEST boycott, source main opposition BGD, target empty, date null; "
                 "I would date it to the Sunday election, 2014-01-05). It missed the killing of at least 18 people "
                 "in the violence. Winning the election is no PLOVER event.",
    },
}


def main():
    paras = [json.loads(l) for l in open(ROUND / "paragraphs-d.jsonl")]
    with open(ROUND / "paragraphs-d-verdicts.jsonl", "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{rec['doc']}: coder {len(rec['coder_events'])}, found {rec['found']}, "
                  f"dateline {rec['dateline_events']}, spurious {rec['spurious']}")


if __name__ == "__main__":
    main()
