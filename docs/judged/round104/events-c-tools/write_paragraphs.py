import json
P=[
{"doc":"h29-x110-24","coder_events":["REJECT: Biram Dah Abeid (MRT) -> Mauritanian electoral commission / Ghazouani (MRT), rejected the election outcome, 2024-07-01"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Dateline found nothing. The re-election win and the commission's announcement are not events. Abeid calling his supporters into the streets is a call to protest; not counted as a separate coded act (it could be coded as an incitement to PROTEST)."},
{"doc":"h29-x111-03","coder_events":["ASSAULT: Nigerian warships (NGA) -> Sierra Leone junta in Freetown (SLE), shelled Freetown, 1997-06-02"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"e1 ASSAULT found, with the right parties and date (the junta holds power, so 'Sierra Leone government' is acceptable). The coup ('soldiers who seized power ... last week') is background in a relative clause, and 'fighting was reported' around the hotel has no parties and is part of the same Nigerian assault, so neither is counted separately. 'The junta said it remained in control' is a statement with no PLOVER type."},
{"doc":"h29-x109-21","coder_events":["COERCE: Moscow City Court (RUS) -> Alexei Navalny's organisations (RUS), declared them 'extremist', banning the movement, 2021-06-09"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Missed: the ban (COERCE ban; CAMEO 1722). Wednesday before the 2021-06-10 document date."},
{"doc":"h29-x111-06","coder_events":["SANCTION: Pakistani anti-terrorism court (PAK) -> Nawaz Sharif (PAK), sentenced to life in prison for hijacking and terrorism, 2000-04-06"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"e1 SANCTION convict found, with the right parties and date. The 1999 coup ('the day the military seized power last October') and Sharif's attempt to stop the airliner landing are background inside the ruling and a relative clause, so they are not counted."},
{"doc":"h29-x111-12","coder_events":["CONCEDE: UNITA (AGO) -> MPLA / Angolan electoral authorities (AGO), said it would accept the election result, 2008-09-09"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Missed: UNITA accepting defeat (a verbal concession; AGREE would also be defensible). 'Complaints of chaos at polling stations' is a noun phrase with no named complainant, so it is not counted."},
{"doc":"h29-x112-24","coder_events":["COERCE: President Guillermo Lasso (ECU) -> National Assembly (ECU), dissolved the opposition-controlled assembly, cutting short his impeachment trial, 2023-05-17"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Missed: the dissolution of the legislature (COERCE restrict; CAMEO 172, impose administrative sanctions)."},
]
with open('paragraphs-c-verdicts.jsonl','w') as f:
    for p in P: f.write(json.dumps(p,ensure_ascii=False)+'\n')
