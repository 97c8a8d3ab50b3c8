# Judge c, round 67: writes paragraphs-c-verdicts.jsonl
import json
P = [
 {"doc": "h11-x39-07",
  "coder_events": [
   "ASSAULT: Ethiopia (ETH) -> Eritrea (ERI), four-day offensive that smashed Eritrea's fortified lines, 1999-02 (ended by Saturday 1999-02-27)",
   "ASSAULT: Ethiopia (ETH) -> Eritrea (ERI), recaptured the border town of Badme (armed forces taking ground), 1999-02-27 (announced Saturday)",
   "AGREE: Eritrea (ERI) -> OAU (no code), announced it would accept the African (OAU) peace plan, 1999-02-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this paragraph: it missed the offensive, the recapture of Badme and Eritrea's acceptance of the peace plan. The offensive and the recapture are listed separately (CAMEO 190 and 192)."},
 {"doc": "h11-x38-09",
  "coder_events": [
   "AGREE: Iraq (IRQ) -> United Nations / Security Council (UNO), told the UN it will accept the inspections resolution, 2002-11-13 (letter delivered Wednesday)",
   "ACCUSE: Iraq (IRQ) -> United States (USA), accused Washington of seeking a pretext for war, 2002-11-13"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type (e1 AGREE, e2 ACCUSE). Both have date unknown where the act is this news, and e2's modality is future where the accusation was made (item 47)."},
 {"doc": "h11-x38-05",
  "coder_events": [
   "REQUEST: Sudan (SDN) -> UN Security Council (UNO), said it would ask the Council to condemn the United States, 1998-08-21 (future)",
   "ASSAULT: United States (USA) -> Sudan (SDN), cruise missiles destroyed a pharmaceutical plant in Khartoum, 1998-08-20 (late Thursday)",
   "ACCUSE: United States (USA) -> Sudan (SDN), Washington says the plant was linked to chemical weapons production, 1998-08-21"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "e1 REQUEST and e2 ASSAULT found; the US allegation about the plant was missed. e2 has an empty target (should be Sudan) and no date (should be 1998-08-20) (item 42)."},
 {"doc": "h11-x39-25",
  "coder_events": [
   "ASSAULT: India (IND) -> Pakistan (PAK), missile strikes on nine sites in Pakistan and Pakistani Kashmir, 2025-05-07",
   "ASSAULT: unnamed attackers (no code) -> 26 people in Indian Kashmir (IND), last month's killing of 26 people, 2025-04",
   "ASSAULT: Pakistan's forces (PAK) -> India (IND), shot down five Indian aircraft, 2025-05-07"],
  "found": 2, "dateline_events": 3, "spurious": 0,
  "notes": "e1 (strikes) and e3 (shoot-down) found; the April killing in Indian Kashmir was missed. e2 ('the strikes killed at least 26 civilians') codes India's strikes a second time from Pakistan's sentence; it is a different sentence, so not a duplicate by the conventions, but its target code IND is wrong (the civilians were in Pakistan, PAK) and its source is empty where 'the strikes' refers to India's strikes."},
 {"doc": "h11-x39-10",
  "coder_events": [
   "RETREAT (ceasefire): Nepal's government (NPL) <-> Maoist rebels (NPL), announced a ceasefire, 2003-01-29",
   "ASSAULT: Maoist insurgents (NPL) -> people in Nepal (NPL), insurgency that has killed more than 7,000 people, no date (a total over seven years)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 RETREAT ceasefire found (item 6; rebels lack the NPL code). The killing total was not coded. Some coders would not code a background total; I list it because the conventions date such totals rather than drop them."},
 {"doc": "h11-x38-16",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election and an election commission announcing results are not PLOVER events; nothing to code, and dateline coded nothing."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
