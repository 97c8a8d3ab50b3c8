# Writes paragraphs-c-verdicts.jsonl from the judge's hand coding of the six first paragraphs.
import json
P = [
 {"doc": "h10-x36-18", "coder_events": [
   "MOBILIZE: North Korea (PRK) -> none, third nuclear test, 2013-02-12",
   "REJECT: North Korea (PRK) -> UN Security Council (no code), defying its repeated warnings, 2013-02-12",
   "ACCUSE: United States (USA), Japan (JPN), South Korea (KOR), China (CHN) -> North Korea (PRK), condemnation of the test, 2013-02-12"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the test (MOBILIZE); it missed the defiance of the UNSC warnings and the four governments' condemnation."},
 {"doc": "h10-x33-10", "coder_events": [
   "SUPPORT: Turkey's parliament (TUR) -> Turkish army (TUR), approved a motion authorising cross-border operations against Kurdish rebels in northern Iraq, 2007-10-17",
   "REJECT: Turkey's parliament (TUR) -> United States (USA), Iraq (IRQ), defying calls for restraint, 2007-10-17",
   "REQUEST: United States (USA), Iraq (IRQ) -> Turkey (TUR), calls for restraint, earlier (no date)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "The approval is coded as PLOVER SUPPORT (approve policy/action); a coder could also see a THREATEN toward the rebels. dateline's REJECT has the army, not the parliament, as source (arguments do not count for found). The background calls for restraint were not coded."},
 {"doc": "h10-x33-25", "coder_events": [
   "CONSULT: Russia (RUS) <-> Ukraine (UKR), first direct peace talks in Istanbul, 2025-05-16",
   "AGREE: Russia (RUS) <-> Ukraine (UKR), agreed to exchange 1,000 prisoners of war each, 2025-05-16"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "dateline typed the prisoner-exchange agreement CONCEDE; an agreed future release is AGREE (CAMEO 0353 intent to release persons -> AGREE), so it is not counted as found, but it is a real act, not spurious. 'No progress towards a ceasefire' is not an act."},
 {"doc": "h10-x36-19", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER event; nothing to code and dateline coded nothing."},
 {"doc": "h10-x36-22", "coder_events": [
   "REJECT: Keiko Fujimori (PER) -> Pedro Castillo (PER), refused to concede, 2021-06-10",
   "REQUEST: Keiko Fujimori (PER) -> electoral authorities (PER), asked them to annul hundreds of thousands of votes, 2021-06-10",
   "ACCUSE: Keiko Fujimori (PER) -> none named, alleged the election was marred by fraud, 2021-06-10"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "dateline found the refusal and the request (its REJECT target is the electoral authorities, where Castillo would be better); it missed the fraud allegation."},
 {"doc": "h10-x35-02", "coder_events": [
   "ASSAULT: Taliban militiamen (AFG) -> Afghan government (AFG), took control of Kabul, 1996-09-27",
   "RETREAT: Afghan government forces (AFG) -> none, withdrew from Kabul overnight, 1996-09-26/27",
   "ASSAULT: Taliban militiamen (AFG) -> Mohammad Najibullah (AFG), hanged the former president, 1996-09-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the seizure of Kabul (ASSAULT by the conventions); it missed the government forces' withdrawal and the hanging of Najibullah."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
