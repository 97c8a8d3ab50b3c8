import json
P = [
 {"doc": "h21-x78-10", "coder_events": [
   "ACCUSE: Lebanon's opposition (LBN) -> Syria (SYR), blamed Syria's influence for the killing of Samir Kassir, 2005-06-03",
   "ASSAULT: unknown bomber () -> Samir Kassir (LBN), car bomb killed the journalist outside his Beirut home, date not given in the paragraph"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the ACCUSE (source, target and Friday date right); the car-bomb killing itself was not coded."},
 {"doc": "h21-x78-01", "coder_events": [
   "AID: Jordan (JOR) -> two of Saddam Hussein's sons-in-law (IRQ), granted refuge (asylum), said on Friday 1995-08-11 (granting earlier, not dated)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Type found; dateline's target is Saddam Hussein himself rather than his sons-in-law. The 'defection' is the same episode seen from the defectors' side; no separate PLOVER act coded."},
 {"doc": "h21-x79-23", "coder_events": [
   "CONSULT: India (IND) and G20 leaders, multilateral summit opened in New Delhi, 2023-09-09",
   "SUPPORT: G20 / host India (IND) -> African Union (), admitted as a permanent member, 2023-09-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the summit (CONSULT); the admission of the AU, the head act of the paragraph, was missed."},
 {"doc": "h21-x80-02", "coder_events": [
   "REJECT: United States (USA) -> Boutros Boutros-Ghali (UN), vetoed his second term in the Security Council, 1996-11-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'Casting the only vote against him' is the same act as the veto. Dateline's target name is truncated ('Boutros Boutros') but type found."},
 {"doc": "h21-x78-18", "coder_events": [
   "REQUEST: UN Security Council (UN) -> Israel (ISR), demanded a halt to all settlement activity, 2016-12-23",
   "ACCUSE: Israel (ISR) -> UN Security Council / United States, fury at the resolution, 2016-12-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The U.S. 'declined to veto' (abstention) is a non-act and not coded; Trump's vague 'promise of change' not coded. Israel's fury is a reported reaction a coder may code as ACCUSE; dateline missed it."},
 {"doc": "h21-x77-13", "coder_events": [
   "COERCE: Turkey's Constitutional Court (TUR) -> Democratic Society Party (TUR), banned the main pro-Kurdish party, 2009-12-11",
   "PROTEST: protesters in the southeast (TUR) -> Turkish authorities/court ruling (TUR), street protests sparked by the ruling, 2009-12-11"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the ban (all fields right); the street protests in the same sentence were missed. 'Alleged links' is the ground of the ruling, not a separate act."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
