"""Write paragraphs-a-verdicts.jsonl: the judge's coding of each first paragraph and the counts."""
import json
here = '/work/wt/j165a/docs/judged/round165/'
P = {
 'h60-x236-15': dict(
   coder_events=[
     "COERCE: Thailand's government (THA) -> separatist insurgents of the Muslim-majority south (THA), approved an emergency decree with powers to detain without charge, censor the media and tap phones, 2005-07-15",
   ],
   found=0, spurious=1,
   notes="Dateline has e1 'approved' as SUPPORT, which is the decree with the wrong type, and e2 'censor' COERCE. e2 is a power the decree grants, not censorship done; it is the same decree act a second time, so it counts as spurious. If e2 were taken as the decree's COERCE instead, found would be 1 and e1 would be the spurious one."),
 'h60-x235-08': dict(
   coder_events=[
     "SUPPORT: Pakistan's Supreme Court (PAK) -> Musharraf's military government (PAK), upheld last October's takeover as justified, 2000-05-12",
     "REQUEST: Pakistan's Supreme Court (PAK) -> Gen. Pervez Musharraf (PAK), ordered national and provincial elections within three years, 2000-05-12",
   ],
   found=0, spurious=0,
   notes="Dateline codes nothing in this paragraph. The October 1999 coup ('seized power') is background with no PLOVER type of its own, so it is not listed."),
 'h60-x233-13': dict(
   coder_events=[
     "ASSAULT: unnamed (Russian forces per later text) -> Khattab, Chechen rebel commander (RUS), had been killed, date unknown (March 2002 per the story)",
   ],
   found=0, spurious=0,
   notes="The separatists' confirmation is a statement (CAMEO 01), which has no PLOVER type. Dateline codes the killing only from paragraph 3 (the FSB sentence), not here."),
 'h60-x234-05': dict(
   coder_events=[
     "SANCTION: Iraq (IRQ) -> U.N. weapons inspectors / UNSCOM (UN), halting cooperation, 1998-08-05",
     "REQUEST: Iraq (IRQ) -> U.N. Security Council (UN), demanded it overhaul the commission and move toward lifting sanctions (the condition for resuming cooperation), 1998-08-05",
     "ACCUSE: Washington / U.S. government (USA) -> Iraq (IRQ), called the step 'totally unacceptable', 1998-08-05 (document date 1998-08-06 acceptable)",
   ],
   found=1, spurious=0,
   notes="Dateline finds only Washington's ACCUSE, which is right. It misses Iraq's halt of cooperation, the main act of the story (SANCTION, or COERCE/REJECT under other readings), and the demand to the Council."),
 'h60-x236-06': dict(
   coder_events=[
     "AGREE: Indonesia (IDN) -> East Timor (TLS/East Timorese), said it was ready to let East Timor break away if autonomy is rejected (CAMEO 035 intent to yield), 1999-01-27",
   ],
   found=1, spurious=0,
   notes="Dateline's AGREE Indonesia -> Timor-Leste, 1999-01-27 asserted, is right; the conditional offer is asserted under the conventions. The 'offer of wide autonomy' is a reference to an earlier offer, not an act reported here, so it is not listed."),
 'h60-x233-05': dict(
   coder_events=[
     "ACCUSE: France's National Assembly (FRA) -> Turkey / Ottoman Empire (TUR), voted to recognise the 1915 mass killing of Armenians as genocide, 1998-05-29",
     "THREATEN: Turkey (TUR) -> France (FRA), warned that relations with Paris would suffer (threaten to reduce relations), 1998-05-29",
     "ASSAULT: Ottoman Empire (TUR) -> Armenians, mass killing (background), 1915",
   ],
   found=0, spurious=0,
   notes="Dateline codes nothing in this paragraph. It codes the 1915 killing from paragraph 2. Some coders would type the vote as SUPPORT toward Armenians rather than ACCUSE toward Turkey."),
}
paras = [json.loads(l) for l in open(here + 'paragraphs-a.jsonl')]
with open(here + 'paragraphs-a-verdicts.jsonl', 'w') as fh:
    tot = dict(coded=0, found=0, dl=0, spur=0)
    for p in paras:
        v = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dl'] += len(p['events']); tot['spur'] += v['spurious']
print(tot)
