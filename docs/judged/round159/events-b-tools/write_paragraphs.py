"""Judge b, round 159: write paragraphs-b-verdicts.jsonl and check it against paragraphs-b.jsonl."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h56-x220-23": dict(coder_events=[
    "CONCEDE: Helen Clark (NZL) -> John Key / National Party (NZL), conceded defeat in the election, 2008-11-08",
    "RETREAT resign: Helen Clark (NZL) -> none, quit as Labour Party leader, 2008-11-08"],
    found=0, spurious=0,
    notes="The election victory itself is no PLOVER act. Dateline has no event in this paragraph (round items #50 show it codes 'conceded defeat' elsewhere)."),
 "h56-x219-24": dict(coder_events=[
    "CONCEDE: National Prosecuting Authority (ZAF) -> Jacob Zuma (ZAF), dropped corruption charges, 2009-04-06"],
    found=1, spurious=0,
    notes="Dateline's e1 CONCEDE NPA -> Zuma on Monday 2009-04-06 is right in every field."),
 "h56-x220-18": dict(coder_events=[
    "ACCUSE: Gloria Macapagal Arroyo (PHL) -> Abu Sayyaf (PHL), blamed the ferry bombing on Abu Sayyaf and called it the worst terrorist attack, 2004-10-11",
    "ASSAULT explosives: Abu Sayyaf (PHL) -> ferry passengers (PHL), bomb that sank the ferry in Manila Bay killing more than 100, 2004-02"],
    found=1, spurious=0,
    notes="Dateline's e1 (ACCUSE from 'calling', Arroyo, Monday 2004-10-11) is the accusation act, counted as found, but its target is empty where Abu Sayyaf, named in the sentence, is the accused. The February bombing itself is missed."),
 "h56-x217-13": dict(coder_events=[
    "REJECT meet: Czech PM (CZE) and Slovak PM (SVK) -> Hungary / Viktor Orban (HUN), said they would not attend the Visegrad summit in Budapest, 2002-02-21",
    "ACCUSE disapprove: Viktor Orban (HUN) -> Czech Republic (CZE) and Slovakia (SVK), said the Benes decrees were incompatible with EU membership, 2002-02-20 (Wednesday, per the next paragraph)"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph; both the summit snub (could also be coded SANCTION/boycott) and Orban's criticism are missed."),
 "h56-x220-24": dict(coder_events=[],
    found=0, spurious=0,
    notes="An election win and a nominal mention of campaign 'promises to fight crime and corruption' (a platform, no act toward a party): nothing a coder would code. Dateline has no event either."),
 "h56-x219-04": dict(coder_events=[
    "SUPPORT: Nigeria's five registered parties (NGA) -> Gen. Sani Abacha (NGA), adopted him as their presidential candidate, 1998-04-21 (the last adoption was Monday 1998-04-20)"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph; the endorsement is missed."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6 and set(P) == {p["doc"] for p in paras}
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
print(len(rows), "paragraphs; coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
