"""Write paragraphs-c-verdicts.jsonl: judge c's coding of the 6 first paragraphs."""
import json
R = '/work/wt/j170c/docs/judged/round170/'
P = {
 'h63-x247-03': dict(coder_events=[], found=0, spurious=0,
    notes='An election result (Mukherjee elected, defeating Sangma) has no PLOVER type; nothing to code, and dateline coded nothing.'),
 'h63-x245-03': dict(coder_events=[], found=0, spurious=0,
    notes='A government toppled in a parliamentary no-confidence vote has no PLOVER type (closest would be a SANCTION by parliament, which I do not code); dateline coded nothing.'),
 'h63-x246-06': dict(coder_events=[
    'ASSAULT: gunmen (Misrata militia fighters, LBY) -> demonstrators (LBY), opened fire killing at least 40 and wounding hundreds, 2013-11-15 (Friday, per the next sentence)',
    'PROTEST: demonstrators (LBY) -> armed groups in Tripoli (LBY), demonstration demanding the armed groups leave the capital, 2013-11-15'],
    found=2, spurious=1,
    notes='Dateline found both acts (e2 ASSAULT opened fire, e3 PROTEST), but dated them to Saturday\'s report (2013-11-16) instead of Friday. e1 "killed" (no source, target 40 people) is the same shooting as e2 "opened fire": a duplicate, counted spurious.'),
 'h63-x247-24': dict(coder_events=[
    'ACCUSE: India (IND) -> United States (senior U.S. diplomat, USA), summoned the diplomat to protest Washington\'s comments on the Kejriwal arrest, 2024-03-27',
    'ACCUSE: India (IND) -> Germany (DEU), a similar rebuke delivered days earlier, (2024-03-23 per later text)',
    'COERCE: Indian authorities (IND) -> Arvind Kejriwal (IND), arrest of the opposition leader, (2024-03-21 per later text)'],
    found=1, spurious=1,
    notes='e1 ACCUSE summoned is right. e2 PROTEST "protest" is the purpose of the same summons (a diplomatic protest, ACCUSE, not a civilian PROTEST): a duplicate of e1 with a wrong type, counted spurious. The rebuke to Germany and the arrest named in the paragraph were not coded here (the Germany summons is coded from a later sentence, e3).'),
 'h63-x248-15': dict(coder_events=[
    'COERCE: Vietnamese police (VNM) -> more than 100 people (protesters, VNM), detained, 2018-06-10/11 (after Sunday\'s protests)',
    'PROTEST: thousands of people (VNM) -> Vietnamese government (VNM), street protests against the draft law on special economic zones, 2018-06-10'],
    found=2, spurious=0,
    notes='Both found with right parties (protest against a draft law: the state is a right target).'),
 'h63-x247-09': dict(coder_events=[
    'COERCE: Maldives government (MDV) -> (no target / the public), declared a 30-day state of emergency suspending some constitutional rights, 2015-11-04'],
    found=1, spurious=0,
    notes='Suspending constitutional rights is the content of the same emergency decree, coded once. The "discovery of weapons and explosives" is the government\'s justification, not coded as a separate act here.'),
}
order = [json.loads(l) for l in open(R + 'paragraphs-c.jsonl')]
with open(R + 'paragraphs-c-verdicts.jsonl', 'w') as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in order:
        v = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
