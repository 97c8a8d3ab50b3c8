"""Write paragraphs-d-verdicts.jsonl (judge d, round 106)."""
import json
P = {
 "h30-x114-01": dict(
   coder_events=[
     "RETREAT: Iraq (IRQ) -> two American civilians (USA), released after Saddam's pardon, 1995-07-16",
     "CONSULT: Bill Richardson (USA) -> Saddam Hussein (IRQ), meeting in Baghdad during which the pardon was granted, 1995-07-16",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's one event (RETREAT release Iraq -> American civilians, 1995-07-16) is right. The pardon is folded into the release (one act); the meeting is missed. The earlier prison terms are background state, not coded."),
 "h30-x114-21": dict(
   coder_events=[
     "ASSAULT: unknown attackers () -> people at Aden airport / Yemen's new government (YEM), explosions killing at least 22, 2020-12-30",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="The airport blasts are missed (no event in the paragraph). 'All the ministers were unharmed' is no act."),
 "h30-x116-07": dict(
   coder_events=[
     "CONCEDE: Gonzalo Sanchez de Lozada (BOL) -> protesters/mutinous police (BOL), withdrew the proposed income tax, 2003-02-12 (announced late Wednesday)",
     "PROTEST: rioters (BOL) -> Bolivian government (BOL), two days of rioting leaving government buildings in flames, 2003-02-12/13",
     "ASSAULT: police (BOL) <-> soldiers (BOL), gunbattles in La Paz leaving at least 27 dead, 2003-02-12/13",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline codes nothing in the lead sentence; the tax withdrawal, the riots and the police-army gunbattles are all missed here (the riot is coded later in the story, item 14)."),
 "h30-x113-24": dict(
   coder_events=[
     "ASSAULT: Azerbaijan (AZE) -> Nagorno-Karabakh Armenian forces (), last year's recapture of Nagorno-Karabakh, 2023 (September 2023)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Winning an election is no PLOVER act. The recapture of Karabakh is a background act in a noun phrase (ASSAULT by the seizure rule); missed."),
 "h30-x115-01": dict(
   coder_events=[
     "RETREAT: Letsie III (LSO) -> Moshoeshoe II (LSO), abdicated and handed back the crown, 1995-01-25",
     "COERCE: Lesotho military (LSO) -> Moshoeshoe II (LSO), stripped him of the throne and sent him into exile, 1990",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's RETREAT (handed) is the right type, with an empty target (item 19). The 1990 deposition and exile is missed."),
 "h30-x115-10": dict(
   coder_events=[
     "COOPERATE: India (IND) <-> Pakistan (PAK), opening the first passenger bus link across the Kashmir line of control, 2005-04-07",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="The opening of the cross-Kashmir bus link (material cooperation between the two states) is missed."),
}
with open('paragraphs-d-verdicts.jsonl', 'w') as fh:
    for l in open('paragraphs-d.jsonl'):
        d = json.loads(l)
        p = P[d['doc']]
        assert p['dateline_events'] == len(d['events']), d['doc']
        fh.write(json.dumps({"doc": d['doc'], **p}, ensure_ascii=False) + '\n')
tot = {k: sum((len(p['coder_events']) if k == 'coder_events' else p[k]) for p in P.values())
       for k in ['coder_events', 'found', 'dateline_events', 'spurious']}
print(tot)
