"""Write paragraphs-c-verdicts.jsonl (judge c, round 149)."""
import json
P = {
 "h52-x202-02": dict(coder_events=[], found=0, spurious=0,
   notes="An electoral list winning seats and the results being published are no PLOVER acts between political actors; 'presses on with the rebuilding' is domestic policy. Nothing to code; dateline coded nothing."),
 "h52-x201-15": dict(coder_events=[
   "SANCTION: Moscow judge (RUS) -> Mikhail Khodorkovsky (RUS), found guilty of embezzlement and money laundering, 2010-12-27",
   "ACCUSE: Khodorkovsky's supporters (RUS) -> Russian authorities / Vladimir Putin (RUS), say the second trial was designed to keep him behind bars, 2010-12-27"],
   found=0, spurious=0,
   notes="Dateline found neither the guilty verdict (SANCTION convict) nor the supporters' accusation."),
 "h52-x204-05": dict(coder_events=[
   "ASSAULT: Thai special forces (THA) -> armed Myanmar rebels (MMR), stormed the hospital and killed all 10, 2000-01-25",
   "ASSAULT: armed Myanmar rebels (MMR) -> patients and staff (THA), held hundreds hostage for nearly a day, 2000-01-24"],
   found=1, spurious=0,
   notes="e1 (stormed, ASSAULT) found with the right arguments. The hostage-taking (ASSAULT abduct) was missed. e2 ('No hostages were killed', ASSAULT negated) is no act a coder would list, but it is a negated event under the conventions' modality rules, so it is not counted as spurious. Its source should be the Thai special forces."),
 "h52-x203-13": dict(coder_events=[
   "SANCTION: Commonwealth (no code) -> Pakistan (PAK), suspended from its councils, 2007-11-22",
   "RETREAT (negated): Pervez Musharraf (PAK), failed to lift emergency rule and give up army post by the Commonwealth deadline, 2007-11-22"],
   found=1, spurious=0,
   notes="Dateline found only Musharraf's failure to lift emergency rule (e1, RETREAT negated, right) and missed the paragraph's main act, the suspension (SANCTION expel). The deadline 'set by the grouping' (a REQUEST of Nov. 12, given later in the story) is background and is not counted."),
 "h52-x201-11": dict(coder_events=[
   "RETREAT (or CONCEDE): Jose Manuel Barroso (EU) -> European Parliament (EU), withdrew his proposed team of commissioners before the vote, 2004-10-27",
   "THREATEN: European Parliament lawmakers (EU) -> Barroso / his commission team (EU), threatened to reject it over Buttiglione's remarks, before 2004-10-27 (undated)"],
   found=0, spurious=0,
   notes="Dateline coded nothing in the paragraph. It missed both the withdrawal of the team and the lawmakers' threat to reject it."),
 "h52-x204-13": dict(coder_events=[
   "CONSULT: South American leaders (multinational) emergency summit, 2008-09-15",
   "SUPPORT: South American leaders -> Evo Morales (BOL), gave 'full and firm' support, 2008-09-15",
   "THREATEN: South American leaders -> Morales's opponents (BOL), warned they would not recognise any break of constitutional order, 2008-09-15",
   "ASSAULT: Morales's supporters and opponents (BOL), clashes that have left at least 15 dead, no date (total)"],
   found=0, spurious=0,
   notes="Dateline coded nothing in the paragraph. It missed the summit, the support for Morales, the warning (THREATEN, or REJECT) and the deadly clashes."),
}
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for l in open("paragraphs-c.jsonl"):
        p = json.loads(l); v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
print(len(rows), sum(len(r["coder_events"]) for r in rows), sum(r["found"] for r in rows),
      sum(r["dateline_events"] for r in rows), sum(r["spurious"] for r in rows))
