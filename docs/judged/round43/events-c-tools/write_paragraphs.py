"""Write paragraphs-c-verdicts.jsonl (run from docs/judged/round43)."""
import json

P = [
 {"doc": "hn-w2-13",
  "coder_events": [
   "ACCUSE: Palestinian leaders condemn the Israel-UAE agreement (ISR, ARE), Thursday 2020-08-13",
   "SANCTION: Palestinian leaders recall their ambassador from the UAE (Abu Dhabi), 2020-08-13",
   "AGREE: Israel and the UAE agree to establish full diplomatic relations (noun phrase), 2020-08-13"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "e1 ACCUSE and e2 SANCTION withdraw found; the Israel-UAE agreement itself (the object of the condemnation) is not coded."},
 {"doc": "hn-w4-18",
  "coder_events": [
   "RETREAT: Nicaragua's government releases 222 political prisoners, Thursday 2023-02-09",
   "COERCE: Nicaragua's government deports the freed prisoners to the United States (puts them on a plane), 2023-02-09",
   "SUPPORT: the Nicaraguan opposition welcomes the release, 2023-02-09",
   "ACCUSE: the opposition condemns the law stripping the freed of nationality (Nicaraguan state), 2023-02-09",
   "COERCE: Nicaragua's National Assembly passes a law stripping those freed of their nationality, 2023-02-09"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "Release, welcome and condemnation found; the deportation ('put them on a plane') and the law stripping nationality are missed."},
 {"doc": "hn-w2-05",
  "coder_events": [
   "AGREE: Iran and six world powers reach the nuclear agreement, Tuesday 2015-07-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found (the six powers are missing as the other party; same event as item 40)."},
 {"doc": "hn-w2-03",
  "coder_events": [
   "ASSAULT: Hezbollah guerrillas raid across the border into northern Israel, killing eight Israeli soldiers, Wednesday 2006-07-12",
   "ASSAULT (abduct): Hezbollah seizes two Israeli soldiers, 2006-07-12",
   "MOBILIZE (or ASSAULT): Israel sends troops and warplanes into Lebanon, 2006-07-12",
   "THREATEN: Olmert vows a 'very painful and far-reaching' response (against Hezbollah/Lebanon), 2006-07-12"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "Israel's sending of troops found (MOBILIZE accepted; its target wrongly adds Olmert); the abduction is coded COERCE seize (wrong type, not spurious: ASSAULT abduct); the deadly raid and Olmert's threat are missed."},
 {"doc": "hn-w4-11",
  "coder_events": [
   "COERCE (arrest): Mexican authorities recapture Joaquin 'El Chapo' Guzman, Friday 2016-01-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The recapture is missed (no event). Guzman's escape six months ago is background and not a PLOVER event."},
 {"doc": "hn-w1-21",
  "coder_events": [
   "REJECT: Greek Cypriots reject the UN reunification plan in a referendum, Saturday 2004-04-24",
   "SUPPORT: Turkish Cypriots vote in favour of the UN plan, 2004-04-24"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "REJECT found (its date is the document date 2004-04-25, not Saturday 2004-04-24, and mode 'meet' is odd); the Turkish Cypriot Yes vote is missed. Cyprus joining the EU next Saturday is a scheduled accession, not coded."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
print("wrote paragraphs-c-verdicts.jsonl")
