"""Write paragraphs-c-verdicts.jsonl: judge c's coding of the six first paragraphs."""
import json
HERE = "/work/wt/j123c/docs/judged/round123/"
P = {
 "h39-x152-11": dict(
   coder_events=["PROTEST (riot): Chinese students (CHN) -> protesters (KOR), hurled stones and bottles at protesters in Seoul, 2008-04-27"],
   found=1, spurious=0,
   notes="Crowd violence of one civilian group against another is a PLOVER riot (ASSAULT primitive-weapons would also be defensible); dateline's e1 matches. The torch relay and the Nagano relay are not events."),
 "h39-x149-12": dict(
   coder_events=["PROTEST (boycott) / REJECT (meet): Alexander Lukashenko (BLR) -> CSTO summit / Russia (RUS), stayed away from the CSTO summit in Moscow, 2009-06-14",
                 "SANCTION (discontinue trade): Russia (RUS) -> Belarus (BLR), banned imports of Belarusian dairy products, background (no date in the paragraph; 2009-06-06 later in the story)"],
   found=0, spurious=0,
   notes="Dateline found nothing in the lead: neither the summit boycott nor the import ban (the ban is coded from paragraph 4)."),
 "h39-x151-02": dict(
   coder_events=["ASSAULT: Liberian factions (LBR) <-> Liberian factions (LBR), months of factional fighting battering the peace process, ongoing span (no date)"],
   found=0, spurious=0,
   notes="The swearing-in of Perry is not a PLOVER interaction; the background noun phrase 'months of factional fighting' is the only codable act and is marginal."),
 "h39-x151-04": dict(
   coder_events=["COERCE (state of emergency / federal rule): Nawaz Sharif (PAK) -> Sindh provincial government (PAK), dismissed the provincial government and placed Sindh under federal rule, 1998-10-30",
                 "ASSAULT: unidentified (-) -> people in Karachi (PAK), political and ethnic violence claimed hundreds of lives, span (no date)"],
   found=0, spurious=0,
   notes="Dateline coded nothing in the lead, missing the central act of the story (the dismissal/federal rule)."),
 "h39-x150-10": dict(
   coder_events=["RETREAT (resign, future) / CONCEDE: Ehud Olmert (ISR), said he would not run in the Kadima contest and would step down once a new leader was chosen, said 2008-07-30",
                 "ACCUSE (investigate): Israeli authorities (ISR) -> Ehud Olmert (ISR), string of corruption investigations, ongoing 2008-07-31"],
   found=1, spurious=1,
   notes="e1 (step down, RETREAT future) found. e2 'bowing to pressure' CONCEDE describes the same act (the announced resignation is the yielding), so it is a duplicate and spurious. The investigations noun phrase is marginal."),
 "h39-x150-23": dict(
   coder_events=["CONCEDE: Abdel Fattah al-Sisi (EGY) -> (none), said he would not renew the state of emergency (promise to ease restrictions), 2021-10-25"],
   found=0, spurious=0,
   notes="Dateline missed the lead act; the emergency 'in force since April 2017' is a state, not an act of this sentence."),
}
paras = [json.loads(l) for l in open(HERE + "paragraphs-c.jsonl")]
with open(HERE + "paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = [sum(len(P[p["doc"]]["coder_events"]) for p in paras), sum(P[p["doc"]]["found"] for p in paras),
       sum(len(p["events"]) for p in paras), sum(P[p["doc"]]["spurious"] for p in paras)]
print("coded, found, dateline, spurious:", tot)
