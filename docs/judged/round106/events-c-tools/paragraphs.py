"""Judge c, round 106: recall on the six first paragraphs -> paragraphs-c-verdicts.jsonl."""
import json

P = {
 "h30-x114-16": dict(
   coder_events=[
     "ASSAULT: army patrol (MRT) -> President Mohamed Ould Abdel Aziz (MRT), gunfire wounding the president (by mistake, the government says), 2012-10-13 (Saturday, per the next sentence)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline codes nothing in the lead. It does code the shooting from the next sentence ('was hit on Saturday evening', e1 ASSAULT), but not from this paragraph. Being flown to France for treatment is not coded (the text does not say France provided the care as aid)."),
 "h30-x116-11": dict(
   coder_events=[
     "RETREAT (ease sanctions, CAMEO 085): United States (USA) -> North Korea (PRK), removal from the list of state sponsors of terrorism, 2008-10-11",
     "AGREE: North Korea (PRK) -> United States (USA), agreed to let inspectors verify its nuclear programme, earlier in October 2008 (no day given)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline has no event in the lead. The revival of the six-party talks is a consequence, not a separate act. 'Angered Japan' describes a reaction without any act by Japan, so I did not code it (some coders would code an ACCUSE Japan -> USA)."),
 "h30-x116-17": dict(
   coder_events=[
     "REJECT: foreign ministers of 12 American countries -> Venezuela's constituent assembly (VEN), will not recognise it or its acts, 2017-08-08 (Tuesday)",
     "ACCUSE: foreign ministers of 12 American countries -> Maduro's government (VEN), breaking democratic order, 2017-08-08",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline has no event in the lead. Both the refusal to recognise and the accusation are missed."),
 "h30-x113-25": dict(
   coder_events=[],
   found=0, dateline_events=0, spurious=0,
   notes="An election win is not a PLOVER event. 'Outspoken critic of NATO and EU policy' is an appositive description, not a reported act. 'The candidate backed by ... Plenkovic' is a background endorsement in a relative clause that I would not code (at most a SUPPORT Plenkovic -> Primorac). So there is nothing to find, and dateline codes nothing."),
 "h30-x115-14": dict(
   coder_events=[
     "SANCTION (expel/suspend): ECOWAS (IGO) -> Niger (NER), suspension from the regional bloc, 2009-10-20 (Tuesday)",
     "REQUEST: Niger's neighbours / ECOWAS states -> President Mamadou Tandja (NER), asked him to delay the election, earlier (no date)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline has no event in the lead, not even the suspension. It does code 'ECOWAS had asked Niamey to postpone' (e3 REQUEST) in a later paragraph. Tandja going ahead despite the request could also be coded as REJECT (defiance); I left it out as implicit."),
 "h30-x116-20": dict(
   coder_events=[
     "REQUEST: President Nayib Bukele (SLV) -> lawmakers (SLV), press them to approve a $109 million security loan, 2020-02-09 (Sunday)",
     "MOBILIZE (show of force, CAMEO 150): Bukele (SLV) with armed soldiers and police -> Legislative Assembly (SLV), 2020-02-09",
     "ACCUSE: opponents (SLV) -> Bukele (SLV), denounced the show of force as an attempted self-coup, 2020-02-09/10",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline finds the REQUEST (e1 'press'), with the right type and parties. Its date is the document date 2020-02-10, where the text says Sunday (2020-02-09). It misses the show of force and the opponents' denunciation."),
}

out = []
for l in open('paragraphs-c.jsonl'):
    p = json.loads(l)
    d = P[p['doc']]
    assert d['dateline_events'] == len(p['events']), p['doc']
    out.append({"doc": p['doc'], **d})
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('coded', sum(len(r['coder_events']) for r in out), 'found', sum(r['found'] for r in out),
      'dateline', sum(r['dateline_events'] for r in out), 'spurious', sum(r['spurious'] for r in out))
