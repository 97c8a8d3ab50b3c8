"""Round 61, judge a: recall on the 6 sampled story first paragraphs (heldout_news8).

Writes ../paragraphs-a-verdicts.jsonl, one line per paragraph, and prints the table.
dateline coded no event in any of the six paragraphs (checked against /tmp/r61/heldout_news8.jsonl:
no event's sentence starts before the first newline of these stories).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAS = HERE.parent / "paragraphs-a.jsonl"
OUT = HERE.parent / "paragraphs-a-verdicts.jsonl"

P = {
    "h8-x28-13": dict(
        coder_events=["AGREE: Barack Obama (USA) <-> Julia Gillard (AUS), joint announcement that up to 2,500 "
                      "U.S. Marines will be rotated through northern Australia (military cooperation, CAMEO 0312/"
                      "062), 2011-11-16 (Wednesday)"],
        found=0, spurious=0,
        notes="The Marines' deployment could also be coded MOBILIZE future (USA -> AUS); I count the act once. "
              "dateline coded the deployment only from the next sentence (e1 'arrive', MOBILIZE future), nothing "
              "here."),
    "h8-x27-08": dict(
        coder_events=["CONCEDE: King Gyanendra (NPL) -> the political parties / parliament (NPL), reinstates "
                      "the parliament, 2006-04-24 (late Monday)",
                      "PROTEST: protesters (NPL) -> Gyanendra / Nepal government, nearly three weeks of mass "
                      "protests (since April 6, still going on; span, document date 2006-04-25 or none)"],
        found=0, spurious=0,
        notes="'the parliament he dissolved four years ago' is a background act (2002) a coder might add as "
              "COERCE; not counted. dateline has no event in the paragraph."),
    "h8-x27-13": dict(
        coder_events=["ASSAULT: one of his bodyguards (PAK, police) -> Salman Taseer (PAK, governor of Punjab), "
                      "shot dead in Islamabad, 2011-01-04 (Tuesday)"],
        found=0, spurious=0,
        notes="'was shot dead by' (passive, agent in a by-phrase) was missed; dateline codes the killing only "
              "from a later sentence (e1 'killed')."),
    "h8-x26-23": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Election result (Netanyahu's bloc won a majority, 'final results showed'): no PLOVER act between "
              "political actors. Nothing to code; dateline coded nothing."),
    "h8-x26-03": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Sharon's election victory over Barak is no PLOVER act; 'Palestinian violence' and 'the collapse of "
              "peace talks' are background topics with no act or date. Nothing to code; dateline coded nothing."),
    "h8-x25-17": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Election result (Law and Justice won an outright majority): no PLOVER act. Nothing to code; "
              "dateline coded nothing."),
}


def main():
    paras = [json.loads(l) for l in PARAS.read_text().splitlines() if l.strip()]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"wrote {OUT}")
    print(f"{'doc':<12}{'coder':>6}{'found':>6}{'dateline':>9}{'spurious':>9}")
    for r in rows:
        print(f"{r['doc']:<12}{len(r['coder_events']):>6}{r['found']:>6}{r['dateline_events']:>9}{r['spurious']:>9}")
    tc = sum(len(r["coder_events"]) for r in rows)
    print(f"{'total':<12}{tc:>6}{sum(r['found'] for r in rows):>6}"
          f"{sum(r['dateline_events'] for r in rows):>9}{sum(r['spurious'] for r in rows):>9}")


if __name__ == "__main__":
    main()
