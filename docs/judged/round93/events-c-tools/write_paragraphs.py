# write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs)
import json
P = [
 {"doc": "h24-x89-22", "coder_events": [
   "COERCE: Greece (GRC) -> asylum seekers (migrants at the border), stop accepting asylum applications for one month, announced 2020-03-01 (future)",
   "COERCE: Greece (GRC) -> migrants crossing illegally, immediately return (deport) them, announced 2020-03-01 (future)",
   "SANCTION: Turkey (TUR) -> EU/Greece, would no longer hold back migrants heading for Europe (ends its curbs under the 2016 deal), date not given in the paragraph (Saturday 2020-02-29 in the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline found no event in this paragraph. Migrants gathering at the frontier is not a political act."},
 {"doc": "h24-x91-11", "coder_events": [
   "CONSULT: European leaders (EUR) <-> African leaders (AFR), the EU-Africa summit in Lisbon, ended 2007-12-09",
   "AGREE: European leaders (EUR) <-> African leaders (AFR), pledge of a new 'partnership of equals', 2007-12-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's CONSULT (summit) is right. The pledge (AGREE) is missed. The 'clashes over Mugabe' and the trade dispute name no actors in this sentence, so they are not coded here."},
 {"doc": "h24-x91-14", "coder_events": [
   "SUPPORT: President Omar al-Bashir (SDN) -> Southern Sudan/southern voters (SSD), decree accepting the referendum outcome (secession), 2011-02-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voting in a referendum is not a PLOVER act. Bashir's acceptance (approve/recognize) is missed; CONCEDE would also be defensible."},
 {"doc": "h24-x91-23", "coder_events": [
   "AGREE: BRICS (IGO) -> Saudi Arabia (SAU), Iran (IRN), Ethiopia (ETH) and three others, agreed to admit six new members (invitation), 2023-08-24"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's AGREE has the right type. Its target list wrongly adds China and Russia, who only 'hope' the expansion helps."},
 {"doc": "h24-x92-10", "coder_events": [
   "PROTEST (riot): supporters of Rios Montt (GTM) -> Guatemala (GTM, against the court's ruling), rampage through the capital burning tyres and smashing windows, 2003-07-25",
   "ASSAULT: supporters of Rios Montt (GTM) -> journalists (GTM), attacking journalists, 2003-07-25",
   "COERCE (ban): a (Guatemalan) court (GTM) -> Rios Montt (GTM), suspended his bid for the presidency, earlier (Sunday per the story; undated in the paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the attack on journalists, which is right. It missed the riot (PROTEST) and the court's suspension of the candidacy."},
 {"doc": "h24-x90-10", "coder_events": [
   "MOBILIZE: President Emile Lahoud (LBN) -> Lebanese army (LBN), ordering the army to take charge of security, 2007-11-23",
   "ACCUSE: Lebanese government (LBN) -> Lahoud (LBN), said his move had no legal force, 2007-11-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Leaving office at the end of a term is not a resignation and is not coded. The factions' failure to agree (a negated AGREE) is not coded, as event data usually does not code non-events. COERCE (state of emergency) would also be defensible for the order."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
