"""Write paragraphs-a-verdicts.jsonl (the judge's coding of each first paragraph).
usage: write_paragraphs.py  (run in round130/)
"""
import json
P = {
 "h42-x163-05": (["ACCUSE: Olu Falae (NGA) -> the vote's organisers/Obasanjo's camp (NGA), says the presidential vote was rigged, 1999-03-01"],
   "Declaring the election winner is not a PLOVER act. dateline coded nothing in the paragraph; it missed Falae's allegation."),
 "h42-x161-05": (["ACCUSE: Abashidze's opposition bloc, Union for the Revival of Georgia (GEO) -> the Georgian authorities (GEO), accused of large-scale fraud, 1999-11-01"],
   "Taking the lead in the election is not an act. dateline missed the accusation; it coded the bloc's later threat to boycott (paragraph 3)."),
 "h42-x164-13": (["ACCUSE (investigate): prosecutors (KOR) -> Roh Moo-hyun (KOR), questioned over bribery allegations, weeks before (2009-04-30 per paragraph 4)"],
   "Roh's suicide is not a political act between actors. dateline coded nothing in the paragraph."),
 "h42-x161-04": (["SANCTION (expel/dismiss): Boris Yeltsin (RUS) -> Viktor Chernomyrdin and his government (RUS), dismissed, 1998-03-23"],
   "Naming Kiriyenko acting prime minister is an appointment, not a PLOVER act. PLOVER has no clean type for a dismissal; I list it as SANCTION because a coder would code it. dateline coded nothing in the paragraph."),
 "h42-x161-10": (["PROTEST (demo): opposition supporters (UKR) -> the Ukrainian authorities (UKR), tens of thousands in central Kiev saying Yushchenko was cheated of victory, 2004-11-22"],
   "The protest is aimed at the official count (the authorities), so the state is the target; the 'insisting he had been cheated' claim is part of the protest and is not coded again. Leading the count is not an act. dateline coded nothing in the paragraph."),
 "h42-x161-11": (["REJECT: France (FRA) -> European Union (EU), rejection of the EU constitution in the referendum, 2005"],
   "Winning the election is not an act, and Sarkozy's campaign-style promises to shake up the economy and restore France's weight in the EU have no counterpart party and are not AGREE. The background 2005 rejection is codable with its year. dateline coded nothing in the paragraph."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0,
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")
print(sum(len(P[p['doc']][0]) for p in paras), "coded acts in", len(paras), "paragraphs")
