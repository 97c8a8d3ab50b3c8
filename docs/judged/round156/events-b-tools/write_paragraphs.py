# judge b, round 156: paragraph recall verdicts (coded by hand), written in paragraphs-b.jsonl order
import json
P = {
 'h55-x213-12': dict(coder_events=[
     "REJECT: United Kingdom (GBR) -> European Union (EU), refused to back the EU treaty changes, 2011-12-09"],
     found=1, spurious=0,
     notes="The separate pact of the other member states is a consequence to come, not an act in this paragraph. Dateline's REJECT is right in every field."),
 'h55-x215-08': dict(coder_events=[],
     found=0, spurious=0,
     notes="A swearing-in as prime minister is a domestic change of office with no PLOVER event between actors; nothing to code, and dateline coded nothing."),
 'h55-x214-10': dict(coder_events=[
     "RETREAT release: Polisario Front (ESH/none) -> Moroccan prisoners (MAR), released the last 404 prisoners, 2005-08-18",
     "CONSULT (mediation): United States (USA) -> Polisario Front / Morocco, brokered the release, date not given (before 2005-08-18)"],
     found=1, spurious=0,
     notes="Dateline found the release (type right; Polisario coded MAR, which is debatable). The US mediation ('brokered by the United States') was missed. The Polisario's remark that the release should open the way to peace talks is a hope, not a request, and is not coded."),
 'h55-x213-11': dict(coder_events=[
     "ASSAULT: militants (RUS) -> Chechen parliament (RUS), stormed it and killed several people, 2010-10-19",
     "ASSAULT: security forces (RUS) -> militants (RUS), shot the attackers dead, 2010-10-19"],
     found=1, spurious=0,
     notes="The storming and the killings inside are one attack, coded once. Dateline found it; it missed the security forces shooting the attackers dead."),
 'h55-x213-08': dict(coder_events=[
     "ACCUSE disapprove: George W. Bush (USA) -> Soviet Union (SUN) / Yalta agreement, called Yalta one of the greatest wrongs of history, 2005-05-07"],
     found=0, spurious=0,
     notes="Bush's condemnation of the Yalta agreement, a criticism of Soviet domination and so of Moscow, is a statement a coder would code ACCUSE. Dateline coded nothing."),
 'h55-x215-10': dict(coder_events=[
     "SUPPORT (sign/approve): King Mswati III (SWZ) signed the country's first constitution, 2005-07-26",
     "ACCUSE disapprove: critics -> Mswati III / the charter (SWZ), say it leaves him in control and keeps the party ban, date not given"],
     found=0, spurious=0,
     notes="The signing of the constitution (CAMEO 057, SUPPORT) and the critics' disapproval were both missed; dateline coded no event in this paragraph."),
}
rows = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert len(rows) == 6
with open('paragraphs-b-verdicts.jsonl', 'w') as fh:
    for r in rows:
        p = P[r['doc']]
        o = {'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
             'dateline_events': len(r['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
back = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
print('coded', sum(len(b['coder_events']) for b in back), 'found', sum(b['found'] for b in back),
      'dateline', sum(b['dateline_events'] for b in back), 'spurious', sum(b['spurious'] for b in back))
