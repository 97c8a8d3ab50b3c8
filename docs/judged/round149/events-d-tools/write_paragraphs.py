"""Judge d, round 149: write paragraphs-d-verdicts.jsonl (recall on the story first paragraphs)."""
import json

P = {
 'h52-x201-17': dict(
    coder_events=[
        "SANCTION: France (FRA) -> Russia (RUS), suspends delivery of the first Mistral helicopter carrier 'until further notice', 2014-11-25",
    ],
    found=1, spurious=1,
    notes="e1 SANCTION France->Russia is right. e2 CONCEDE ('bowing to pressure from its allies') is the same suspension described as yielding to the allies, a second event for the act already coded, and its target Russia is not the party yielded to: spurious. The allies' pressure is too vague to code as a REQUEST."),
 'h52-x204-09': dict(
    coder_events=[
        "AGREE: Japan (JPN) -> Lee Teng-hui (TWN), will allow him to visit (grants a visa), 2004-12-21",
        "CONSULT (visit): Lee Teng-hui (TWN) -> Japan (JPN), visit as a tourist later this month, 2004-12, future",
        "ACCUSE: China (CHN) -> Japan (JPN), sharp protest at the decision, 2004-12-21",
    ],
    found=1, spurious=0,
    notes="Dateline found the planned visit (CONSULT, coded hypothetical where future fits better). It missed Japan's permission (AGREE) and China's protest (ACCUSE)."),
 'h52-x204-04': dict(
    coder_events=[
        "PROTEST (demo): Falun Gong followers (CHN) -> China (CHN government), silent protest of 10,000 outside Zhongnanhai, 1999-04-25",
    ],
    found=1, spurious=0,
    notes="The one act was found with the right arguments and date."),
 'h52-x203-07': dict(
    coder_events=[
        "ASSAULT (firearms): Gambian security forces (GMB) -> students (GMB), fired on them, killing at least 12, 2000-04-10/11",
        "PROTEST (riot): students (GMB) -> Gambian security forces (GMB), stone-throwing, 2000-04-10/11",
    ],
    found=1, spurious=0,
    notes="The shooting was found (dated Monday 2000-04-10, the first of the two days). The students' stone-throwing (a riot, given only as a modifier) was not coded. Jammeh's 1994 coup appears only as a time reference ('since ... six years ago') and is not counted."),
 'h52-x202-19': dict(
    coder_events=[
        "SUPPORT (approve): Tunisia's parliament (TUN) -> (civil servants, TUN), approved the amnesty law, 2017-09-13",
        "PROTEST (demo): opposition deputies (TUN) -> Tunisia's parliament (TUN), chanted slogans in the chamber, 2017-09-13",
        "PROTEST (demo): protesters (TUN) -> Tunisia (TUN), rallied outside parliament against the law, 2017-09-13",
    ],
    found=2, spurious=0,
    notes="Dateline found the approval (SUPPORT) and the street rally (PROTEST, though with an empty target where the state is right for a protest against a law); it missed the deputies' protest in the chamber. The corruption accusations are background and not counted."),
 'h52-x202-22': dict(
    coder_events=[],
    found=0, spurious=0,
    notes="Sheikh Khalifa's death in hospital and the royal court's announcement are not PLOVER events; dateline coded nothing here, correctly."),
}

rows = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert [r['doc'] for r in rows] == list(P)
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for r in rows:
        p = P[r['doc']]
        out = {'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
               'dateline_events': len(r['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        assert out['found'] <= len(out['coder_events']) and out['spurious'] <= out['dateline_events']
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
back = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
print(len(back), 'paragraphs; coded', sum(len(b['coder_events']) for b in back), 'found', sum(b['found'] for b in back),
      'dateline', sum(b['dateline_events'] for b in back), 'spurious', sum(b['spurious'] for b in back))
