"""Write paragraphs-b-verdicts.jsonl (judge b, round 89)."""
import json
P = {
 "h22-x81-23": (["REQUEST: Armenia (ARM) -> Collective Security Treaty Organisation (CSTO), asked for help against the incursion, 2021-05-14",
                 "ACCUSE: Armenia (ARM) -> Azerbaijan (AZE), said Azerbaijani troops had made an incursion into its territory, 2021-05-14",
                 "ASSAULT: Azerbaijani troops (AZE) -> Armenia (ARM), incursion into southern territory (taking ground; reported, inside Armenia's claim), no date in the paragraph"],
                1, 0, "Dateline's one event is the REQUEST, right in type and arguments. It has neither the accusation nor the reported incursion. The war over Nagorno-Karabakh six months earlier is only a time reference, so it is not counted."),
 "h22-x84-03": ([], 0, 0, "Election results only: the PRI losing its majority and Cardenas winning the mayoralty are not PLOVER acts."),
 "h22-x83-01": (["ASSAULT (cleansing, mass expulsion): Zairean soldiers (ZAR) -> Rwandan and Burundian refugees (RWA/BDI), forced onto trucks and driven to the border, 1995-08-22",
                 "THREATEN: Zaire government in Kinshasa (ZAR) -> refugees in the eastern camps, warned it would no longer host the camps, days before 1995-08-22 (no exact date)"],
                0, 0, "Dateline codes nothing in this paragraph and misses the forced expulsion, the story's main event."),
 "h22-x84-02": (["COERCE (restrict, embargo): Bill Clinton / United States (USA) -> Cuba (CUB), signed the law tightening the embargo, 1996-03-12",
                 "ACCUSE (disapprove): Washington's closest trading partners -> United States (USA), swift protests against the law, 1996-03-12"],
                0, 0, "Dateline codes nothing here. 'Threatens foreign companies' describes what the law does, so it is counted with the signing, not as a separate act."),
 "h22-x84-12": (["SUPPORT (sign agreement): Southeast Asian (ASEAN) leaders, mutual, signed the ASEAN charter, 2007-11-20",
                 "ASSAULT: Myanmar's rulers (MMR) -> protesters (MMR), bloody suppression of protests, 2007-09"],
                1, 0, "The charter signing is found, with the right type, date and source. The background crackdown of September 2007 is missed. The 'row' is too vague to code."),
 "h22-x82-04": (["SANCTION (halt cooperation with / expel inspectors): Iraq (IRQ) -> UN weapons inspectors (UNSCOM, UN), ending all cooperation, 1998-10-31",
                 "ACCUSE (disapprove): UN Security Council (UN) -> Iraq (IRQ), swift condemnation, 1998-10-31",
                 "THREATEN (violence): United States (USA) -> Iraq (IRQ), fresh warnings of military action, 1998-10-31"],
                0, 0, "Dateline codes nothing in the lead and misses all three acts. Saturday is 1998-10-31 (the story is dated Sunday 1998-11-01)."),
}
rows = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for r in rows:
        ce, found, spur, notes = P[r['doc']]
        out.write(json.dumps({"doc": r['doc'], "coder_events": ce, "found": found,
                              "dateline_events": len(r['events']), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
tot = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
print("coded", sum(len(t['coder_events']) for t in tot), "found", sum(t['found'] for t in tot),
      "dateline", sum(t['dateline_events'] for t in tot), "spurious", sum(t['spurious'] for t in tot))
