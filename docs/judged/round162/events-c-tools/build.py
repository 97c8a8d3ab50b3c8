"""Assemble events-c.jsonl and paragraphs-c-verdicts.jsonl from the verdict tables, check them, print counts."""
import json, sys
sys.path.insert(0, 'events-c-tools')
V = {}
for m in ('verdicts_part1', 'verdicts_part2', 'verdicts_part3', 'verdicts_part4'):
    V.update(__import__(m).V)
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
F = ['event', 'type', 'source', 'target', 'date', 'modality']
out = []
for it in items:
    *b, reason = V[it['n']]
    v = dict(zip(F, map(bool, b)))
    if not v['event']:
        assert not any(v.values()), it['n']
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-c.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print('counts of 50:', counts)

P = [
 {"doc": "h59-x231-05",
  "coder_events": ["PROTEST: protesters (BGD) -> Bangladesh government/tribunal (BGD), tens of thousands pack Dhaka intersection demanding Molla's execution, 2013-02-06",
                   "SANCTION: special tribunal (BGD) -> Abdul Quader Molla (BGD), sentenced to life for 1971 war crimes, 2013-02-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead: the rally (PROTEST demo, aimed at the tribunal's sentence, so the state is a right target) and the life sentence in the relative clause are both missed. The 1971 war crimes are too vague to code here."},
 {"doc": "h59-x230-17",
  "coder_events": ["CONCEDE: Abdelaziz Bouteflika (DZA) -> protesters (DZA), abandoned his bid for a fifth term bowing to protests (CAMEO 0831), 2019-03-11",
                   "PROTEST: protesters (DZA) -> Bouteflika / Algerian government (DZA), weeks of mass protests, ongoing (undated span)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No events found. The postponement of the election is a unilateral institutional act with no clear PLOVER type (a coder might add COERCE restrict); not counted."},
 {"doc": "h59-x232-19",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (Chaves won the run-off, defeating Figueres; voters punished the parties) is no PLOVER event; nothing to code, and dateline coded nothing."},
 {"doc": "h59-x229-08",
  "coder_events": ["SANCTION: Irakli Garibashvili (GEO) -> Irakli Alasania (GEO), sacked the defence minister (expel from government), 2014-11-04",
                   "RETREAT: foreign minister Maia Panjikidze (GEO), resignation, 2014-11-05",
                   "SANCTION: Alasania's Free Democrats (GEO) -> Georgian Dream coalition (GEO), governing coalition split (party withdraws), 2014-11-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead. The sacking is dated Tuesday evening in the third paragraph; the resignation (RETREAT resign, an actual resignation) is the clearest miss."},
 {"doc": "h59-x231-02",
  "coder_events": ["AID: United States / Barack Obama (USA) -> regional armies of central Africa (UGA etc.), ordered about 100 combat-equipped troops to help track down Kony (military personnel assistance; MOBILIZE troops also defensible), 2011-10-14"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the deployment as REQUEST 'ordered' Obama -> U.S. troops: an order to one's own troops is the deployment, not a request between actors, so the type is wrong (AID or MOBILIZE); not spurious, since the act is real. Date 2011-10-15 is the document date; the White House said it on Friday 2011-10-14."},
 {"doc": "h59-x231-06",
  "coder_events": ["SUPPORT: South Sudan government (SSD) <-> rebels loyal to Riek Machar (SSD), signed a ceasefire agreement in Addis Ababa, 2014-01-23",
                   "ASSAULT: South Sudan government (SSD) <-> rebels (SSD), five weeks of fighting that has killed thousands (ongoing span, undated)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The signing is found (SUPPORT, Thursday 2014-01-23 right), though its source should be the government and the rebels, not Machar himself (he is named only as the one they are loyal to). The fighting is missed."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(P, paras):
    assert p['dateline_events'] == len(q['events']), p['doc']
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
# checks
chk = [json.loads(l) for l in open('events-c.jsonl')]
assert len(chk) == 50
for a, b in zip(chk, items):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: a[k] for k in b} == b
    v = a['verdict']; assert v['all'] == all(v[f] for f in F)
    if not v['event']: assert not any(v.values())
print('checks ok')
# error table for the report
for o in chk:
    wrong = [f for f in F if not o['verdict'][f]]
    if wrong: print(o['n'], o['type'], o['trigger'], wrong)
