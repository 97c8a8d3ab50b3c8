"""Write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it.
usage: python3 write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
 "h61-x238-04": dict(
    coder_events=["REQUEST: Benjamin Netanyahu (ISR) -> world powers (no code), urged them to set a clear limit on Iran's uranium enrichment, 2012-09-27"],
    found=1, spurious=0,
    notes="Dateline's REQUEST is right in all fields. The red line drawn on the bomb is a warning aimed at Iran, but the sentence's act is the appeal to the world powers; not coded separately."),
 "h61-x239-24": dict(
    coder_events=["AGREE: African National Congress (ZAF) <-> Democratic Alliance (ZAF), agreed to form a government of national unity, 2024-06-14"],
    found=0, spurious=0,
    notes="Dateline has no event here and misses the ANC-DA agreement. Parliament re-electing Ramaphosa is an election, not coded."),
 "h61-x239-25": dict(
    coder_events=["CONSULT: Narendra Modi (IND) -> Maldives (MDV), arrived on a visit as guest of honour, 2025-07-25",
                  "AGREE: Narendra Modi (IND) -> Maldives (MDV), offered fresh credit and a trade pact, 2025-07-25"],
    found=2, spurious=0,
    notes="Both found with the right type. The AGREE's target is empty where the Maldives (or Muizzu) is the party offered to. 'Sealed the rapprochement' describes the same visit; Muizzu's campaign to expel Indian troops is background, not coded."),
 "h61-x239-20": dict(
    coder_events=["ACCUSE: Cyril Ramaphosa (ZAF) -> countries that imposed travel bans (no single code), condemned the bans as unjustified, 2021-11-28",
                  "REQUEST: Cyril Ramaphosa (ZAF) -> the countries concerned (no single code), called on them to reverse the bans, 2021-11-28",
                  "SANCTION: several countries (no single code) -> South Africa (ZAF) and neighbours, imposed travel bans over Omicron, no date in the sentence (days before 2021-11-28)"],
    found=2, spurious=0,
    notes="ACCUSE and REQUEST found; the ACCUSE's target is wrong (South Africa instead of the countries that imposed the bans) and the REQUEST's target is the garbled span 'countries concerned to reverse them urgently'. The bans themselves, in the participle clause, are missed."),
 "h61-x240-10": dict(
    coder_events=["CONSULT: China (CHN) <-> Japan (JPN) <-> South Korea (KOR), leaders held their first three-way summit in Seoul, 2015-11-01",
                  "AGREE: China (CHN) <-> Japan (JPN) <-> South Korea (KOR), agreed to restore the summits as a regular event, 2015-11-01"],
    found=2, spurious=0,
    notes="Both found, mutual, with the right date."),
 "h61-x240-25": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="An election result (the ruling coalition lost its upper-house majority): no act between political actors; dateline rightly codes nothing."),
}

def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    assert len(paras) == 6
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
    assert len(back) == 6
    tot = {k: sum(len(r[k]) if k == "coder_events" else r[k] for r in back)
           for k in ["coder_events", "found", "dateline_events", "spurious"]}
    print("paragraph totals:", tot)

if __name__ == "__main__":
    main()
