"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the 6 first paragraphs)."""
import json
P = [
 {"doc": "h25-x94-14",
  "coder_events": ["CONSULT: Arab leaders (no code) <-> Arab League (ARL) summit hosted in Baghdad, Iraq (IRQ), 2012-03-29"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e1 (gathered) codes the summit; e2 (summit noun) is a second CONSULT for the same act in the same sentence, so a duplicate. The Gulf states' sending junior delegations as a snub is not coded: no PLOVER act clearly fits (at most a weak ACCUSE/SANCTION signal)."},
 {"doc": "h25-x96-07",
  "coder_events": ["RETREAT (resign): Jiang Zemin (CHN) handed over the party leadership to Hu Jintao (CHN), 2002-11-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Hu's appointment is an internal party act that PLOVER does not code; Jiang's handing over of the party post is the one act a coder might take (RETREAT, a leader stepping down). A lenient coder might list nothing."},
 {"doc": "h25-x93-22",
  "coder_events": ["ACCUSE: Maia Sandu (MDA) -> Russia (RUS), accused Russia of planning a coup with foreign saboteurs, 2023-02-13",
                   "REQUEST: Maia Sandu (MDA) -> parliament (MDA), give the security services more powers, 2023-02-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the REQUEST (right in all fields) but not Sandu's accusation against Russia, the story's main act. The plotted seizure and overthrow are inside the accusation (reported), not separate acts."},
 {"doc": "h25-x94-02",
  "coder_events": ["SUPPORT: Moroccan voters (MAR) -> King Hassan (MAR), approved his constitutional revision in the referendum, 1996-09-13",
                   "AGREE: King Hassan (MAR), proposed the constitutional revision, no date (background)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline coded only the background proposal (AGREE, with the report date 1996-09-14, which is wrong: see item 39) and missed the voters' approval, the paragraph's main act, which the text dates to Friday's referendum."},
 {"doc": "h25-x94-23",
  "coder_events": ["CONSULT: leaders of Arab and Muslim nations (no code) meeting in Riyadh, Saudi Arabia (SAU), 2023-11-11",
                   "REQUEST: Arab and Muslim leaders (no code) -> Israel (ISR), immediate end to military operations in Gaza, 2023-11-11",
                   "REJECT: Arab and Muslim leaders (no code) -> Israel (ISR), rejected its self-defence argument, 2023-11-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline found nothing in this paragraph. 'Stopped short of agreeing economic or political measures' is a non-act, not coded. The rejection could also be coded ACCUSE; either way it is missed."},
 {"doc": "h25-x93-04",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER act between actors; the war against Russia is an appositive description of the past with no act to code at sentence level. Nothing to find, nothing found."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
print('coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
