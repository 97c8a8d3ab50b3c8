# Judge c, round 124: paragraph recall verdicts.
import json
P = [
 {"doc": "h39-x151-16",
  "coder_events": ["ASSAULT: gunmen (PAK) -> Shahbaz Bhatti, minister for minorities (PAK), shot dead in Islamabad, 2011-03-02"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e1 (shot) is right. e2 ('assassinated') is the same killing coded again from the same sentence ('the second senior politician to be assassinated this year' describes Bhatti), so it is a duplicate and spurious. The earlier assassination that 'second' implies has no actor or victim in the paragraph."},
 {"doc": "h39-x151-20",
  "coder_events": ["CONCEDE: International Criminal Court judges (IGO) -> William Ruto (KEN) and Joshua arap Sang (KEN), terminated the crimes-against-humanity case against them, 2016-04-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dropping a prosecution is coded as easing legal action (CAMEO 081, CONCEDE). A coder could argue for another type, but the court ending the case is an act. The 2007-08 post-election violence is background with no actors. Dateline found nothing."},
 {"doc": "h39-x151-23",
  "coder_events": ["COERCE: Gambian government / security forces (GMB) -> soldiers plotting a coup (GMB), foiled the coup attempt and arrested four of them, 2022-12-20 (moved in on Tuesday; announced Wednesday 2022-12-21)",
                   "COERCE: security forces (GMB) -> three other soldiers (GMB), searched for the plotters on the run, 2022-12-21"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the lede. Its four events in this story are later in the text. The foiled coup plot itself was not carried out, so I code the arrests and the search, not an ASSAULT."},
 {"doc": "h39-x149-08",
  "coder_events": ["AGREE: Vladimir Putin (RUS) -> (none), proposed that regional governors be nominated by the Kremlin instead of elected (intent to change institutions, CAMEO 034), 2004-09-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (AGREE, Putin, Monday 2004-09-13) matches. Its CAMEO 036 (intent to meet) is not the best fit, since 0344 (intent to change institutions) is, but both are AGREE."},
 {"doc": "h39-x150-12",
  "coder_events": ["PROTEST: several thousand Egyptians (EGY) -> Egyptian police/government (EGY), marched in Alexandria against the death of a young man and police brutality, 2010-06-25",
                   "ASSAULT: police (EGY) -> a young man, Khaled Said (EGY), beat him to death (activists say; reported), June 2010 (undated in the paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's PROTEST is right in type. Its target is empty, but the march is aimed at police brutality, so the Egyptian state is the target. Dateline missed the reported police beating that the activists allege."},
 {"doc": "h39-x150-21",
  "coder_events": ["COERCE: Tunisian police (TUN) -> more than 200 people (TUN), arrested, 2018-01-10",
                   "PROTEST: rioters (TUN) -> Tunisian government (TUN), two nights of rioting over tax and price increases, 2018-01-08/09",
                   "MOBILIZE: Tunisian army (TUN), deployed to protect government buildings, 2018-01-10"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the arrests and the army deployment. It missed the riots themselves ('two nights of rioting'), which a coder would code as PROTEST (riot)."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
print(sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P), sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P))
