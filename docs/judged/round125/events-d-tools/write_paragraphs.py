"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the 6 first paragraphs)."""
import json

P = {
 'h40-x155-24': dict(
   coder_events=[
     "ACCUSE: Ugandan military court / authorities (UGA) -> Kizza Besigye (UGA), brought before a military court charged with security and firearms offences, 2024-11-20",
     "ASSAULT: unnamed abductors (no code) -> Kizza Besigye (UGA), kidnapped in Nairobi, Kenya, per his wife's claim (reported), 2024-11-16",
   ],
   found=1, spurious=0,
   notes="Dateline found the kidnapping (right type and date 2024-11-16, but modality should be reported, since it is inside the wife's claim, and reported_by should be his wife Winnie Byanyima, not Besigye). It missed the charge / court appearance (ACCUSE allege, or COERCE if read as legal action)."),
 'h40-x154-14': dict(
   coder_events=[
     "THREATEN: Palestinian leaders (PSE) -> Israel (ISR), warned that renewed settlement construction could wreck the U.S.-sponsored peace talks, 2010-09-26 (ACCUSE disapprove would also do)",
   ],
   found=0, spurious=0,
   notes="The moratorium's expiry and settlers pouring concrete are not PLOVER acts between actors. Dateline coded nothing in this paragraph."),
 'h40-x155-17': dict(
   coder_events=[
     "ACCUSE: rights groups (no code) -> Ethiopia's ruling coalition EPRDF (ETH), fresh criticism of the all-seat result, 2015-06-22",
   ],
   found=0, spurious=0,
   notes="Winning seats and the board's announcement are not events. Dateline coded nothing here."),
 'h40-x154-07': dict(
   coder_events=[],
   found=0, spurious=0,
   notes="Israeli bulldozers beginning work on the West Bank fence has no PLOVER type (building is not an act on a party; COERCE restrict would be a stretch for the start of construction). The condemnation is coded later in the story. Dateline coded nothing here."),
 'h40-x154-04': dict(
   coder_events=[
     "CONSULT: Arab foreign ministers (Arab League, no code) -> Arab foreign ministers, meeting at the Arab League (multilateral), 1997-03-31",
     "SANCTION: Arab foreign ministers / Arab League (no code) -> Israel (ISR), recommended halting all moves towards normal relations in protest at the east Jerusalem housing project, 1997-03-31 (a recommendation; REQUEST to member states would also do)",
   ],
   found=0, spurious=0,
   notes="Dateline coded nothing in this paragraph (it coded the ministers' calls from the next paragraph as REQUEST)."),
 'h40-x156-12': dict(
   coder_events=[
     "REJECT: Vice President Julio Cobos (ARG) -> his own government / President Cristina Fernandez (ARG), cast the deciding Senate vote against the grain export tax increase, 2008-07-17",
     "PROTEST: farmers (ARG) -> Argentine government (ARG), four months of protests against the tax, no date (a span)",
   ],
   found=1, spurious=0,
   notes="Dateline found the farmers' protest (type right, farmers -> Argentina right, but dated 2008-07-17: four months of protests is a span with no date). It missed Cobos's deciding vote against the tax (REJECT)."),
}

paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
               'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
rows = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
print('coded', sum(len(r['coder_events']) for r in rows), 'found', sum(r['found'] for r in rows),
      'dateline', sum(r['dateline_events'] for r in rows), 'spurious', sum(r['spurious'] for r in rows))
