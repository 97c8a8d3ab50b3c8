import json
P=[
{"doc":"h13-x46-21","coder_events":[
 "REQUEST: Egypt (EGY), Sudan (SDN) -> UN Security Council (UNO/IGO), urged it to press Ethiopia into a binding dam agreement, 2021-07-08",
 "ACCUSE: Egypt (EGY), Sudan (SDN) -> Ethiopia (ETH), their objections to the filling of the dam reservoir, undated (background)"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Dateline's REQUEST is right in all fields. The objections ('despite their objections') are a background ACCUSE in a noun phrase, not found. Ethiopia filling its reservoir is a unilateral act with no PLOVER type."},
{"doc":"h13-x47-05","coder_events":[
 "CONCEDE: Abdou Diouf (SEN) -> Abdoulaye Wade (SEN), conceded defeat in the run-off, 2000-03-20"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Found (target left empty by dateline, type right). 'Ending four decades of Socialist rule' is a consequence, not a separate act."},
{"doc":"h13-x48-21","coder_events":[
 "RETREAT: Tsai Ing-wen (TWN) -> none, resigned as DPP chairwoman, 2018-11-24"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Found. Beijing's comment on the voters' wishes is a plain statement (CAMEO 01), no PLOVER type; the election losses are not an event."},
{"doc":"h13-x48-18","coder_events":[
 "REJECT: Henrique Capriles (VEN) -> electoral council / Maduro (VEN), refused to accept the election result, 2013-04-15",
 "REQUEST: Henrique Capriles (VEN) -> electoral council (VEN), demanded a full recount, 2013-04-15"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Dateline found no event in this paragraph; both Capriles acts are missed. Maduro winning the election is not an event."},
{"doc":"h13-x45-16","coder_events":[
 "COERCE: (authorities, unnamed) -> Vlad Filat (MDA), detained inside parliament, 2015-10-15",
 "COERCE: lawmakers / parliament (MDA) -> Vlad Filat (MDA), stripped him of immunity (administrative sanction, CAMEO 172), 2015-10-15"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"The detention is found and right in all fields. The lifting of immunity is missed; its type is a judgement call (COERCE administrative sanction; a coder might also put it under SANCTION)."},
{"doc":"h13-x48-12","coder_events":[
 "COERCE: Pinochet dictatorship (CHL) -> Michelle Bachelet (CHL), jailed her, undated background (1970s)",
 "ASSAULT: Pinochet dictatorship (CHL) -> Michelle Bachelet (CHL), tortured her, undated background (1970s)"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Bachelet winning the runoff is not an event. The relative clause reports two background acts against her (jailing, torture), which dateline did not code."},
]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for p in P: f.write(json.dumps(p,ensure_ascii=False)+'\n')
print(sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P), sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P))
