import json
P={
"h17-x61-25":dict(coder_events=[
  "SUPPORT: Nikol Pashinyan (ARM) <-> Ilham Aliyev (AZE), signed a joint peace declaration at the White House, 2025-08-08",
  "AGREE: Nikol Pashinyan (ARM) <-> Ilham Aliyev (AZE), agreed to open a transit route across southern Armenia, 2025-08-08"],
  found=1,dateline_events=3,spurious=1,
  notes="Signing found (SUPPORT). 'committing their countries to peace' (dateline AGREE e2) is the content of the declaration signed, a second event for the same act: spurious duplicate. 'agreed to open a transit route' is an agreement to cooperate in future (AGREE); dateline typed it CONCEDE, so not found with the right type (a real act, not spurious)."),
"h17-x64-22":dict(coder_events=[
  "SANCTION: China (CHN) -> Australia (AUS), imposed tariffs of more than 80% on Australian barley, 2020-05-18"],
  found=1,dateline_events=1,spurious=0,
  notes="Found (SANCTION; CAMEO2PLOVER would give COERCE restrict for CAMEO 163, the codebook's SANCTION 'discontinue commercial exchanges' fits too). Australia's campaign for an inquiry is a background noun phrase, not coded; 'seen in Canberra as punishment' is a perception."),
"h17-x63-01":dict(coder_events=[
  "ASSAULT: Kashmiri separatist guerrillas (IND) -> Norwegian tourist Hans Christian Ostro (NOR), killing (decapitated body found), date of killing not given",
  "ASSAULT (abduct): Kashmiri separatist guerrillas (IND) -> six Western trekkers, seized more than five weeks ago, 1995-07 (July 4 per the story)"],
  found=0,dateline_events=0,spurious=0,
  notes="Dateline found no event in the lead: neither the killing of the hostage nor the seizure of the six trekkers."),
"h17-x61-24":dict(coder_events=[],
  found=0,dateline_events=0,spurious=0,
  notes="Winning an election run-off is not a PLOVER event; 'a candidate backed by pro-Russian socialists' is background endorsement in a noun phrase, not coded."),
"h17-x62-15":dict(coder_events=[
  "COERCE: Tunisia government (TUN) -> mosques operating outside state control (TUN), will close about 80 mosques, future, announced 2015-06-27",
  "MOBILIZE (troops): Tunisia government (TUN), will call up army reservists, future, announced 2015-06-27",
  "ASSAULT: gunman -> 38 people, most of them British tourists, killed on a beach near Sousse, 2015-06-26"],
  found=1,dateline_events=1,spurious=0,
  notes="Only the beach killing found (ASSAULT, right date 2015-06-26; its target code TUN is doubtful since most victims were British). The two announced measures, closing mosques and calling up reservists, were missed."),
"h17-x64-14":dict(coder_events=[],
  found=0,dateline_events=0,spurious=0,
  notes="An election result (the National Front losing its majority) is not a PLOVER event; nothing to code."),
}
with open('paragraphs-b-verdicts.jsonl','w') as f:
    for l in open('paragraphs-b.jsonl'):
        p=json.loads(l); d=P[p['doc']]
        assert d['dateline_events']==len(p['events']),p['doc']
        f.write(json.dumps(dict(doc=p['doc'],**d),ensure_ascii=False)+'\n')
