import json
P = [
 {"doc": "h38-x145-05",
  "coder_events": [
   "RETREAT: 14 EU partners of Austria (EUR) -> Austria (AUT), lifted the diplomatic sanctions, 2000-09-12",
   "SANCTION: 14 EU partners of Austria (EUR) -> Austria (AUT), imposed diplomatic sanctions over the Freedom Party's entry into government, 2000-02"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right type. e2 (SANCTION) has the wrong source: Austria instead of the EU partners, and an empty target instead of Austria. 'The party's nature still warranted vigilance' is a comment, not coded."},
 {"doc": "h38-x148-06",
  "coder_events": [
   "CONSULT: Fidel Castro (CUB) -> U.N. development summit in Mexico (UNO/MEX), attended and abruptly left the summit, 2002-03-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's CONSULT visit (trigger 'left') stands for Castro's summit attendance; counted as found. 'Hosts had come under pressure from Washington' is speculation, not coded."},
 {"doc": "h38-x146-13",
  "coder_events": [
   "SUPPORT: hundreds of supporters (EGY) -> Mohamed ElBaradei (EGY), welcomed him on his return, 2010-02-19",
   "REQUEST: supporters (EGY) -> Mohamed ElBaradei (EGY), urged him to challenge the ruling establishment in the 2011 presidential election, 2010-02-19"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this paragraph. ElBaradei's return home is not an interaction."},
 {"doc": "h38-x147-16",
  "coder_events": [
   "COERCE: Pakistani police (PAK) -> Pervez Musharraf (PAK), arrested, 2013-04-19",
   "REJECT: Pervez Musharraf (PAK) -> Islamabad court (PAK), fled the courtroom to avoid being taken into custody (defying the court), 2013-04-18",
   "COERCE: Pervez Musharraf (PAK) -> judges (PAK), sacked judges, 2007"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Arrest found with all fields right. The flight from court and the background 2007 sacking of judges are missed."},
 {"doc": "h38-x147-03",
  "coder_events": [
   "COERCE: Nigerian security officials (NGA) -> Foday Sankoh, RUF leader (SLE), detained in Lagos, 1997-03-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found as COERCE arrest, but the target is empty though Foday Sankoh is named as the person detained."},
 {"doc": "h38-x148-17",
  "coder_events": [
   "CONCEDE: Malaysia (MYS) and Indonesia (IDN) -> migrants from Myanmar and Bangladesh, promised to stop turning away migrant boats, 2015-05-20",
   "AGREE: Malaysia (MYS) and Indonesia (IDN) -> migrants adrift in the Andaman Sea, offered temporary shelter, 2015-05-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in the lead. The same offer is coded from paragraph 3 (item 13). 'A crisis that has drawn international condemnation' is too vague to code."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('acts', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
