"""Write paragraphs-b-verdicts.jsonl (judge b, round 108). Dateline events per paragraph were
counted with events-b-tools/para.py (events whose trigger lies in the first paragraph): none in all six."""
import json
P = [
 {"doc": "h31-x120-04", "coder_events": [
   "SUPPORT: France (FRA) <-> Kanak separatists (FLNKS, NCL) and loyalist leaders (RPCR, NCL), signed the Noumea accord on New Caledonia's powers and independence vote, 1998-05-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded no event in the paragraph, so it missed the signing of the accord, the story's main act. Its only event in the story is a future REQUEST in the last paragraph. The accord's content (powers to be transferred, a vote postponed) is the substance of the agreement, not a separate act."},
 {"doc": "h31-x120-13", "coder_events": [
   "CONSULT: United States (USA) <-> India (IND), China (CHN), WTO ministerial talks in Geneva on the Doha round that collapsed when they failed to settle the farm-safeguard dispute, 2008-07-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The collapse of the talks and the failure to settle are one act. A coder might type it as a failed agreement (AGREE negated) rather than CONSULT; either way dateline has nothing in the paragraph. Lamy's 'said' is attribution."},
 {"doc": "h31-x118-14", "coder_events": [
   "ACCUSE: Tayyip Erdogan (TUR) -> Shimon Peres (ISR), heated exchange over the Gaza war at the Davos panel, 2009-01-29",
   "SANCTION: Tayyip Erdogan (TUR) -> World Economic Forum (no code), walked off the stage and vowed never to return to Davos, 2009-01-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Neither the exchange nor the walkout was coded. The walkout with the vow not to return could also be typed ACCUSE (disapprove) or PROTEST; no dateline event of any type is in the paragraph."},
 {"doc": "h31-x118-12", "coder_events": [
   "AGREE: international donors (no code) -> Palestinian Authority (PSE), pledged $7.4 billion in aid over three years, 2007-12-17",
   "REQUEST: Salam Fayyad (PSE) -> donors (no code), had asked for aid (the $5.6 billion sought), date unknown (before the conference)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline missed the headline pledge (it coded the U.S. and Saudi pledges in paragraph 4). The peace talks 'relaunched at Annapolis last month' are a background mention with no parties named in the sentence, so not listed."},
 {"doc": "h31-x117-23", "coder_events": [
   "COERCE: Christian Schmidt (High Representative, no national code) -> Bosnia (BIH), used his powers to impose changes to the election law and the federation constitution, 2022-10-02",
   "ACCUSE: Bosniak parties (BIH) -> Christian Schmidt, fury at the move, 2022-10-02",
   "SUPPORT: Croat nationalists (BIH) -> Christian Schmidt, cheered the move, 2022-10-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The imposition is typed COERCE (a coercive use of power over the country's institutions), which is arguable. The two reactions are clear ACCUSE/SUPPORT acts. Dateline has none of them; the reactions coded later in the story (#11, #31) are other parties'."},
 {"doc": "h31-x117-04", "coder_events": [
   "ASSAULT: Georgian government troops (GEO) -> renegade army unit / mutineers (GEO), put down the mutiny, 1998-10-19",
   "COERCE: renegade army unit (GEO) -> Georgian army (GEO), seized armoured vehicles in western Georgia and headed for Kutaisi, 1998-10-19",
   "ASSAULT: unknown attackers -> Eduard Shevardnadze (GEO), attempt on his life, 1998-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead: it missed the crushing of the mutiny and the mutineers' seizure. The February assassination attempt is coded from paragraph 7 (item #8), but not here, where it is a background mention. The seizure of vehicles could also be typed ASSAULT or MOBILIZE."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + '\n')
print(sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P), sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P))
