"""Write paragraphs-a-verdicts.jsonl (judge a, round 48)."""
import json, os
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = [
 {"doc": "h3-x5-19", "coder_events": [
   "RETREAT: Slovak PM Robert Fico (SVK) resigns, 2018-03-15",
   "PROTEST: mass street protesters demonstrate against the Slovak government over weeks, ongoing (2018-03-15)",
   "ASSAULT: unknown killers murder investigative journalist (Jan Kuciak, SVK), 2018-02-25 (background noun phrase)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline codes the resignation fully right; the protests and the murder, both in noun phrases, are missed."},
 {"doc": "h3-x7-08", "coder_events": [
   "SANCTION: the Commonwealth suspends Zimbabwe from its councils for a year, 2002-03-19",
   "ACCUSE: a panel of three Commonwealth leaders concludes Mugabe's (ZWE) re-election was marred by violence and intimidation, 2002-03-19"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No event from this paragraph; the suspension (SANCTION expel) is a clear miss. The ACCUSE for the panel's finding is the milder one."},
 {"doc": "h3-x7-21", "coder_events": [
   "RETREAT: mutinous Bangladeshi border guards (BGD) lay down their weapons and surrender, 2009-02-26",
   "ASSAULT: the mutineers kill dozens of army officers (BGD) during the revolt, feared (reported), 2009-02-25/26"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type; the killing (e2) has empty source and target (army officers are named) and no date."},
 {"doc": "h3-x5-25", "coder_events": [
   "CONCEDE (or THREATEN, for the ultimatum): Zapatero (ESP) says he will bring Spanish troops home from Iraq unless the U.N. takes charge by end of June, 2004-03-15",
   "ASSAULT: the Madrid train bombings (bombers unnamed in the paragraph), 2004-03-11 (background noun phrase)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Nothing coded; the conditional pledge to withdraw troops is the paragraph's main act."},
 {"doc": "h3-x7-15", "coder_events": [
   "ASSAULT: Kenyan troops (KEN) with gunships and armour cross into southern Somalia against al Shabaab (SOM), 2011-10-16/17",
   "ACCUSE: Nairobi (KEN) blames al Shabaab for a string of kidnappings of foreigners, 2011-10-17",
   "ASSAULT (abduct): al Shabaab kidnappings of foreigners, reported (inside the blame), undated string"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Only the ACCUSE is found, and its target is empty though al Shabaab is named; the incursion itself, the paragraph's main act, is missed."},
 {"doc": "h3-x5-01", "coder_events": [
   "ASSAULT (unconventional): Russian special forces (RUS) pump gas into the Moscow theatre held by Chechen gunmen, 2002-10-26",
   "ASSAULT: Russian special forces storm the theatre, 2002-10-26",
   "ASSAULT (abduct): Chechen gunmen hold the theatre under siege with hostages, since 2002-10-23 (noun phrase)"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e1 (stormed, ASSAULT) found, target empty though the gunmen are named; e2 'ending' a siege coded RETREAT ceasefire is spurious (trigger in another sense). The gas and the hostage-taking are missed."},
]
with open(os.path.join(R, "paragraphs-a-verdicts.jsonl"), "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
c = sum(len(p["coder_events"]) for p in P); fo = sum(p["found"] for p in P)
d = sum(p["dateline_events"] for p in P); s = sum(p["spurious"] for p in P)
print("coder", c, "found", fo, "dateline", d, "spurious", s)
