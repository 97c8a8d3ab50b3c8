"""Write paragraphs-c-verdicts.jsonl (judge c, round 176)."""
import json
P = [
 {"doc": "h65-x253-08",
  "coder_events": [
   "COERCE (arrest; or ASSAULT abduct): pro-Russian separatists in Sloviansk (UKR) -> European military observers (no code), detaining them as 'NATO spies', 2014-04-26 (said on Saturday; detention ongoing), asserted",
   "AGREE (offer of an exchange, hypothetical): pro-Russian separatists (UKR) -> Ukrainian authorities holding the activists (UKR), hinted the observers could be exchanged for jailed activists, 2014-04-26, hypothetical"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in the paragraph. 'holding the town' (an ongoing occupation, ASSAULT by the conventions) is a descriptive participle and is not counted."},
 {"doc": "h65-x253-06",
  "coder_events": [
   "SANCTION (withdraw/halt talks): Barack Obama (USA) -> Vladimir Putin (RUS), cancelled the planned Moscow summit, 2013-08-07, asserted",
   "AID (asylum): Russia (RUS) -> Edward Snowden (USA), decision to give asylum, background act (no date in the paragraph; 2013-08-01 from later in the story), asserted"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SANCTION Obama -> Putin, 2013-08-07, reported by the White House, is right in all fields. The asylum grant named in the 'citing' clause is missed."},
 {"doc": "h65-x253-20",
  "coder_events": [
   "CONSULT: Turkey's special envoy (TUR) <-> Armenia's special envoy (ARM), first normalisation talks in Moscow, 2022-01-14, asserted"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's CONSULT Turkey envoys -> Armenia, 2022-01-14 is right (mutual meeting)."},
 {"doc": "h65-x254-18",
  "coder_events": [
   "AGREE: Iran (IRN) <-> the remaining parties to the 2015 nuclear deal (Britain, China, France, Germany, Russia; no single code), agreed to set up two expert groups, 2021-04-06, asserted",
   "CONSULT (multilateral): Iran (IRN) <-> the remaining parties to the deal, talks opened in Vienna, 2021-04-06, asserted"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE is the agreement (right type), but its target is the United States, which is the object of the compliance aim, not a party to the agreement (should be the remaining parties). The opening of the Vienna talks is missed."},
 {"doc": "h65-x255-21",
  "coder_events": [
   "CONCEDE (ease legal restrictions, CAMEO 081): Niger's military government (NER), repealed the 2015 law criminalising migrant transport, 2023-11-27 (the ordinance was read on Monday), asserted"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded no event in the whole story. The 'deepen a rift with the EU' clause is a hypothetical consequence, not an act."},
 {"doc": "h65-x254-06",
  "coder_events": [
   "ASSAULT (violent repression, CAMEO 175; or COERCE): Iraqi security forces (IRQ) -> Sunni protesters (IRQ), dismantled the Ramadi protest camp, 2013-12-30, asserted",
   "ASSAULT: Iraqi security forces (IRQ) <-> tribal gunmen (IRQ), clashes that killed at least 10 people, 2013-12-30, asserted"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in the lead, though it is the story's main act; its first event in the story is from the second paragraph."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print({k: sum(len(p["coder_events"]) if k == "coder_events" else p[k] for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]})
