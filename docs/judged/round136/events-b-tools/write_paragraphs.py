"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the six first paragraphs)."""
import json

P = {
 'h45-x176-13': dict(coder_events=[
     "SANCTION (withdraw): Canada (CAN) -> Kyoto Protocol (treaty, no code), announces it will withdraw from the treaty, 2011-12-12 (Monday-evening announcement per the story; paragraph alone: document date 2011-12-13), future"],
   found=0, spurious=0,
   notes="Dateline's one event is the right act coded CONCEDE (promised retreat) with target 'Kyoto' as a Canadian person: wrong type, so not found; it is an event, not spurious."),
 'h45-x174-04': dict(coder_events=[
     "CONCEDE: PLO Central Council (PSE) -> (no party named in the paragraph; Israel/US from context), decided to postpone the May 4 declaration of statehood, 1999-04-29 (Thursday), asserted"],
   found=0, spurious=0,
   notes="Dateline found nothing in the paragraph. Postponing the declaration under U.S. pressure is the concession Hamas later calls a surrender; a coder who reads it as an internal decision might code nothing."),
 'h45-x176-12': dict(coder_events=[
     "COOPERATE: United States (USA) <-> South Korea (KOR), began their largest joint military exercise, 2010-07-25, asserted",
     "MOBILIZE: United States (USA), South Korea (KOR) -> North Korea (PRK), sent a carrier and fighter jets in a show of force aimed at the North, 2010-07-25, asserted",
     "THREATEN: North Korea (PRK) -> United States (USA), South Korea (KOR), threatened nuclear retaliation, 2010-07-24 (Saturday statement per the story; paragraph alone gives no day), asserted"],
   found=2, spurious=0,
   notes="Dateline found the exercise (COOPERATE, mutual) and the deployment (MOBILIZE, with an empty target where North Korea is named as its aim); it missed North Korea's threat in the relative clause."),
 'h45-x174-15': dict(coder_events=[
     "CONSULT (visit): Khaled Meshaal (Hamas, PSE) -> Gaza Strip / Hamas government in Gaza (PSE), first visit to Gaza after crossing from Egypt, 2012-12-07, asserted",
     "SUPPORT: Hamas ('the Islamist movement', PSE) -> Meshaal / his visit (PSE), hailed the visit as a victory, 2012-12-07, asserted"],
   found=1, spurious=0,
   notes="Dateline coded only the SUPPORT, with source Meshaal and target Israel (both wrong, see item 39); it missed the visit itself. Last month's war with Israel is a background reference, not coded."),
 'h45-x173-25': dict(coder_events=[
     "PROTEST (demo): protesters / student-led movement (SRB) -> President Aleksandar Vucic / Serbian state (SRB), hundreds of thousands rallied in central Belgrade piling pressure on Vucic, 2025-03-15 (Saturday), asserted"],
   found=0, spurious=0,
   notes="Dateline found no event in the lead, missing the story's main act, the mass protest."),
 'h45-x174-05': dict(coder_events=[
     "COOPERATE: Russia (RUS), France (FRA) -> Iraq (IRQ), first flights from Security Council states landed at Baghdad's reopened airport, 2000-09-22 (Friday), asserted"],
   found=0, spurious=0,
   notes="Dateline found nothing in the lead. The flights resume air links with Iraq (COOPERATE; the story shows they carried aid and officials, so AID would also do); 'a direct challenge' to the UN sanctions regime is the reporter's characterisation, not a separate act."),
}

rows = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert len(rows) == 6
with open('paragraphs-b-verdicts.jsonl', 'w') as fh:
    for r in rows:
        p = P[r['doc']]
        o = {'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
             'dateline_events': len(r['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
tot = lambda k: sum((len(P[r['doc']]['coder_events']) if k == 'coded' else (len(r['events']) if k == 'dl' else P[r['doc']][k])) for r in rows)
print('coded', tot('coded'), 'found', tot('found'), 'dateline', tot('dl'), 'spurious', tot('spurious'))
