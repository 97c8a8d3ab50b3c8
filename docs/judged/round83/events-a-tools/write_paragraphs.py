import json
P = [
 {"doc": "h19-x72-11", "coder_events": [
   "ACCUSE: Shinzo Abe (JPN) -> U.S. House of Representatives (USA), called its passing of the comfort-women resolution regrettable, 2007-07-31",
   "REQUEST: U.S. House of Representatives (USA) -> Japan (JPN), passed a resolution urging Tokyo to formally apologise, 2007-07-30 (Monday, from the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead. The WWII forcing of women into sexual slavery is a historical background act and is not listed."},
 {"doc": "h19-x70-21", "coder_events": [
   "ASSAULT (aerial): Syrian government forces (SYR) -> Turkish soldiers (TUR), air strike killing 33 soldiers in Idlib, 2020-02-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 is right in type, parties (SYR -> TUR) and date (late Thursday = 2020-02-27)."},
 {"doc": "h19-x69-14", "coder_events": [
   "ACCUSE: EU-commissioned inquiry (EU, no code) -> Georgia (GEO), concluded Georgia started the 2008 war, 2009-09-30",
   "ACCUSE: EU-commissioned inquiry (EU, no code) -> Russia (RUS), said Moscow's response went beyond self-defence and broke international law, 2009-09-30",
   "ASSAULT (heavy-weapons): Georgia (GEO) -> South Ossetia (breakaway region, GEO), shelling that started the war, 2008 (reported in the finding)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing. 'Moscow's response' (Russia's military response, 2008) could be a fourth ASSAULT; not counted as it is named only as a response."},
 {"doc": "h19-x72-01", "coder_events": [
   "PROTEST (demo): Okinawans (JPN) -> U.S. military in Japan (USA), rally of tens of thousands in Ginowan against the rape and the U.S. military presence, 1995-10-21",
   "ASSAULT (sexual): three U.S. servicemen (USA) -> a 12-year-old Okinawan girl (JPN), rape, 1995-09-04 (date from the story; the paragraph gives none)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing: neither the protest nor the rape."},
 {"doc": "h19-x72-05", "coder_events": [
   "CONSULT (visit): William Perry (USA) -> North Korea (PRK), four days of talks in Pyongyang incl. delivering Clinton's letter, ending 1999-05-28",
   "THREATEN: William Perry / U.S. (USA) -> North Korea (PRK), set out a choice between better relations and deeper isolation, 1999-05-25..28 (officials' description)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead. The delivered letter is folded into the visit; the 'choice' could also be coded as a conditional offer (AGREE)."},
 {"doc": "h19-x71-13", "coder_events": [
   "CONCEDE: Laurent Nkunda (COD rebels) -> none, declared a unilateral ceasefire, 2008-10-29",
   "MOBILIZE: Nkunda's CNDP fighters (COD rebels) -> Goma, advance reaching the outskirts of Goma, 2008-10-29",
   "ASSAULT: fleeing government soldiers (COD military) -> shops/residents of Goma, looting, 2008-10-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the ceasefire declaration (CONCEDE, right parties and date) but not the rebel advance or the soldiers' looting. Civilians taking to the roads is flight, not coded."},
]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False)+'\n')
print(sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P), sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P))
