# writes paragraphs-c-verdicts.jsonl from the judge's coding of the six first paragraphs
import json
R = '/work/wt/j91c/docs/judged/round91/'
P = {
 'h23-x86-23': dict(coder_events=[
    "AGREE: OPEC and its allies (OPEC, reciprocal; no recipient) -> none, agreed to cut oil production targets by 2 million bpd, 2022-10-05",
    "REJECT: OPEC and its allies (OPEC) -> United States (USA), defied U.S. lobbying to keep the taps open, 2022-10-05",
    "REQUEST: United States (USA) -> OPEC and its allies (OPEC), intense lobbying to keep production up, before 2022-10-05 (undated)"],
    found=2, spurious=0,
    notes="dateline found the AGREE (its target, the United States, is wrong: the agreement is among OPEC+ members) and the REJECT (defying); the U.S. lobbying (REQUEST) in the noun phrase was not coded."),
 'h23-x85-03': dict(coder_events=[
    "COERCE: Slovak Interior Ministry (SVK) -> referendum voters (SVK), struck one of the four questions from the voting papers, 1997-05 (before/at the 23-24 May vote)"],
    found=0, spurious=0,
    notes="Borderline: the ministry's removal of the presidential-election question is a restriction on a political vote (COERCE restrict); the low turnout is not an act. dateline coded nothing."),
 'h23-x88-10': dict(coder_events=[
    "RETREAT: King Norodom Sihanouk (KHM) -> none, abdicated citing old age and poor health, last week (2004-10)"],
    found=0, spurious=0,
    notes="The throne council choosing Sihamoni is an appointment with no PLOVER type; the abdication is a resignation (RETREAT resign). dateline coded nothing."),
 'h23-x87-04': dict(coder_events=[
    "COERCE: President Sam Nujoma (NAM) -> Caprivi Strip (NAM), declared a state of emergency, 1999-08-02",
    "ASSAULT: armed separatists (NAM rebels) -> police station, army base and state broadcaster in Katima Mulilo (NAM security forces), attacked and killed at least eight members of the security forces, 1999-08-02"],
    found=1, spurious=0,
    notes="dateline found the state of emergency; it missed the separatist attack in the 'after' clause."),
 'h23-x85-24': dict(coder_events=[
    "CONSULT: Olaf Scholz (DEU) -> Vladimir Putin (RUS), telephone conversation, 2024-11-15",
    "REQUEST: Olaf Scholz (DEU) -> Vladimir Putin (RUS), urged him to withdraw troops from Ukraine and open talks, 2024-11-15",
    "ACCUSE: Kyiv / Ukraine government (UKR) -> Olaf Scholz (DEU), sharp rebuke of the call, 2024-11-15"],
    found=2, spurious=0,
    notes="dateline found the call (CONSULT, mode should be phone) and the REQUEST; it missed Kyiv's rebuke (ACCUSE) in the noun phrase."),
 'h23-x85-13': dict(coder_events=[],
    found=0, spurious=0,
    notes="Voters approving constitutional changes in a referendum, reported by the election commission, is an election result, not an event between political actors; nothing to code, and dateline coded nothing."),
}
paras = [json.loads(l) for l in open(R + 'paragraphs-c.jsonl')]
tot = [0, 0, 0, 0]
with open(R + 'paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in paras:
        d = P[p['doc']]
        o = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
             'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot[0] += len(o['coder_events']); tot[1] += o['found']; tot[2] += o['dateline_events']; tot[3] += o['spurious']
print('coded acts, found, dateline events, spurious:', tot)
