"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the six first paragraphs)."""
import json
V = [
 {"doc": "h26-x97-17",
  "coder_events": [
    "SANCTION: G7 leaders (USA, GBR, FRA, DEU, ITA, CAN, JPN) -> Russia (RUS), suspended Russia from the G8, 2014-03-24",
    "SANCTION: G7 leaders -> Russia (RUS), scrapped the G8 summit planned for Sochi, 2014-03-24",
    "ASSAULT: Russia (RUS) -> Ukraine (UKR), annexation (occupation) of Crimea, background, 2014-03 (\"last week\" in a later paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the lead: neither the suspension from the G8 (SANCTION expel) nor the cancelled summit nor the annexation."},
 {"doc": "h26-x99-25",
  "coder_events": [
    "COERCE: Bangladesh interim government (BGD) -> Awami League (BGD), banned all activities of the party, 2025-05-10 (the Saturday council meeting; 'has banned' in a report of 2025-05-11)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "the trial in 'until a war crimes court finishes trying the party' is a future/conditional limit of the ban, not coded. dateline's ban is right in type, source and target; it dates it to the document date 2025-05-11 though the second paragraph puts the decision on Saturday 2025-05-10."},
 {"doc": "h26-x99-14",
  "coder_events": [
    "AGREE: Manmohan Singh (IND) <-> Yusuf Raza Gilani (PAK), agreed terrorism action should not be held hostage to peace talks, 2009-07-16",
    "ACCUSE: India's opposition (IND) -> the joint statement / Singh's government (IND), sharp criticism within hours, 2009-07-16"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the mutual AGREE (right in all fields); it missed the opposition's criticism in the noun phrase 'drew sharp criticism from India's opposition'."},
 {"doc": "h26-x98-15",
  "coder_events": [
    "ASSAULT: Islamist militants from Syria -> Lebanese army and police (LBN), attacked army posts and a police station in Arsal, killing at least 10 soldiers, 2014-08-02",
    "ASSAULT: Islamist militants -> Lebanese soldiers and policemen (LBN), seized (abducted) more than a dozen, 2014-08-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "the killing of 10 soldiers is counted with the attack (one act). dateline found the attack but coded its target as police with country SYR (should be the Lebanese army/police, LBN); it missed the seizing of soldiers and policemen (ASSAULT abduct)."},
 {"doc": "h26-x99-07",
  "coder_events": [
    "AGREE: Zimbabwe (ZWE) <-> Commonwealth foreign ministers / Western donors, deal: Zimbabwe to end illegal farm occupations and restore the rule of law in exchange for Western help paying for land redistribution, 2001-09-06 (CONCEDE for Zimbabwe's side is also defensible)",
    "CONSULT: Commonwealth foreign ministers <-> Zimbabwe (ZWE), talks in Abuja, 2001-09-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the lead of this story: neither Zimbabwe's agreement nor the Abuja talks."},
 {"doc": "h26-x97-10",
  "coder_events": [
    "SANCTION: European Union -> Serbia and Montenegro (SCG), called off pre-membership (SAA) talks, 2006-05-03",
    "RETREAT: Serbia's leading pro-European minister (Miroljub Labus, SRB), resigned, 2006-05-03"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'Belgrade failed to meet a deadline to hand over Mladic' is a failure, not a coded refusal; not counted. dateline found the SANCTION (right); it missed the resignation in the noun phrase 'prompting the resignation of'."},
]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for v in V:
        f.write(json.dumps(v, ensure_ascii=False) + '\n')
