"""Write paragraphs-d-verdicts.jsonl (judge d, round 121)."""
import json
P = {
 "h38-x146-06": dict(coder_events=[
   "ASSAULT: Kuwaiti gunmen (KWT) -> U.S. Marines (USA), opened fire on a training exercise on Failaka island, killing one and wounding another, 2002-10-08",
   "ASSAULT: (shooters not named in the sentence; the Marines per the next sentence) -> Kuwaiti gunmen (KWT), shot dead, 2002-10-08"],
   found=2, spurious=0,
   notes="Both found as ASSAULT. e2 (shot dead) has the date wrong: 2002-10-09 given, the sentence's Tuesday is 2002-10-08."),
 "h38-x146-10": dict(coder_events=[],
   found=0, spurious=1,
   notes="King Abdullah setting up a council of princes is a domestic institutional decree; no PLOVER act between actors. dateline's REQUEST (CAMEO 022) on 'set' is spurious."),
 "h38-x146-25": dict(coder_events=[
   "SANCTION: France (FRA) -> 12 Algerian diplomatic and consular officials (DZA), will expel, said 2025-04-15 (future)",
   "SANCTION: France (FRA) -> Algeria (DZA), will recall its ambassador from Algiers for consultations, said 2025-04-15 (future)",
   "SANCTION: Algeria (DZA) -> 12 French embassy staff (FRA), ordered to leave (expulsion), 2025-04-14 (a day before)"],
   found=2, spurious=0,
   notes="Found France's expulsion and recall (future, no date: acceptable for the acts announced as future). Missed Algeria's earlier expulsion of 12 French embassy staff in the 'a day after' clause."),
 "h38-x148-25": dict(coder_events=[
   "RETREAT (resign, future): Shigeru Ishiba (JPN) -> none, will step down as LDP leader, announced 2025-09-07"],
   found=1, spurious=0,
   notes="Found. The 'weeks of pressure from within his party' is background, not a datable act."),
 "h38-x148-24": dict(coder_events=[
   "REQUEST: Xi Jinping (CHN) -> Washington (USA), urged to find 'the right way' to coexist, 2024-11-06/07",
   "REQUEST: allies in Asia and the Americas (no single code) -> Donald Trump (USA), sought reassurance on security and trade while scrambling to reach him, 2024-11-06/07"],
   found=0, spurious=0,
   notes="dateline found no events in the lead paragraph; both the allies' approaches and Xi's urging were missed."),
 "h38-x146-02": dict(coder_events=[
   "SANCTION (sanctions law; CAMEO 163): Bill Clinton (USA) -> Iran (IRN) and Libya (LBY) and foreign companies investing there, signed into law, 1996-08-05",
   "REJECT: Bill Clinton (USA) -> European allies (EU), brushed aside their protests, 1996-08-05",
   "ACCUSE: European allies (EU) -> Washington (USA), protest that it has no right to police their trade, ongoing, 1996-08-05"],
   found=0, spurious=0,
   notes="dateline found no events in the lead paragraph: the signing of the sanctions law, the rejection of the allies' protests and the protests themselves were all missed."),
}
out = []
for l in open("paragraphs-d.jsonl"):
    p = json.loads(l)
    v = P[p["doc"]]
    rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
           "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
    out.append(rec)
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
tot = dict(coded=sum(len(r["coder_events"]) for r in out), found=sum(r["found"] for r in out),
           dateline=sum(r["dateline_events"] for r in out), spurious=sum(r["spurious"] for r in out))
print(len(out), tot)
