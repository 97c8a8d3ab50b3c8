import json
P = {
'h9-x32-02': dict(coder_events=[
  "THREATEN: Beijing / China (CHN) -> Taiwanese voters (TWN), warned voters against backing Chen, before 2000-03-18 (earlier; the story later gives three days before the vote, 2000-03-15)"],
  found=0, notes="Winning an election, ending KMT rule and 'posing a challenge' are not PLOVER acts; the one act is Beijing's earlier warning (later called 'the threat'), which dateline missed."),
'h9-x31-01': dict(coder_events=[], found=0,
  notes="Swearing-in, taking over from Mandela and a domestic promise of better lives are not PLOVER events between actors; nothing to code."),
'h9-x32-22': dict(coder_events=[
  "SANCTION (removal from office; COERCE also defensible): Peru's Congress (PER) -> President Martin Vizcarra (PER), removed him from office over bribery allegations, 2020-11-09"],
  found=0, notes="Merino's swearing-in is not an event; the bribery allegations are background with no accuser in the paragraph. Dateline found nothing."),
'h9-x30-11': dict(coder_events=[
  "ACCUSE: Muslim Brotherhood (EGY) -> Egyptian government (EGY), accused it of rigging the parliamentary election, 2010-11-29"],
  found=1, notes="Dateline's e1 is the accusation, right in all fields; early results showing the NDP ahead are not an act."),
'h9-x31-09': dict(coder_events=[], found=0,
  notes="Being declared the winner and sworn in is not a PLOVER event; nothing to code."),
'h9-x30-06': dict(coder_events=[
  "PROTEST: Lebanese demonstrators (LBN) -> Syria (SYR), mass rally in central Beirut demanding full withdrawal of Syrian troops and the truth about Hariri's killing, 2005-03-14",
  "ASSAULT: unnamed -> Rafik al-Hariri (LBN), killing of the former prime minister, 2005-02-14 (exactly one month earlier)"],
  found=0, notes="The demands are the rally's aims, coded once with the PROTEST; dateline found no event in this paragraph."),
}
recs = {}
for l in open('/tmp/r64/heldout_news9.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for l in open('paragraphs-b.jsonl'):
        p = json.loads(l); v = P[p['doc']]
        o = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
             'dateline_events': len(p['events']), 'spurious': 0, 'notes': v['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
