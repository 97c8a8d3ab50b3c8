"""Write paragraphs-d-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
P = {
"h9-x30-09": dict(coder_events=[
    "RETREAT: Hezbollah (LBN) -> Israel (ISR), handed over the bodies of two Israeli soldiers (return), 2008-07-16",
    "RETREAT: Israel (ISR) -> Hezbollah/Lebanon (LBN), release of five Lebanese prisoners in the exchange, 2008-07-16",
    "ASSAULT: Hezbollah (LBN) -> two Israeli soldiers (ISR), captured ('seizure') two years ago, 2006 (background)"],
    found=0, spurious=0,
    notes="Dateline's only event is 'seizure' coded COERCE seize with no arguments and the document date: the capture of soldiers is an abduction (ASSAULT) of 2006, so it is a real act with the wrong type (not spurious), and the exchange itself (both releases) is missed."),
"h9-x29-22": dict(coder_events=[], found=0, spurious=0,
    notes="An election result and the prospect of a coalition; no PLOVER act between actors."),
"h9-x32-09": dict(coder_events=[
    "AGREE: Kevin Rudd (AUS) -> (none), promised to sign the Kyoto Protocol, no date (campaign promise)",
    "CONCEDE: Kevin Rudd (AUS) -> Iraq (IRQ), promised to bring combat troops home from Iraq (promise of future withdrawal), no date"],
    found=0, spurious=0,
    notes="The election win and the end of Howard's term are not PLOVER events; the two campaign promises in the relative clause are missed (dateline codes the later 'pledged to withdraw' sentence instead)."),
"h9-x30-19": dict(coder_events=[], found=0, spurious=0,
    notes="Partial election results only; no PLOVER act."),
"h9-x29-23": dict(coder_events=[
    "REQUEST: Finland (FIN) and Sweden (SWE) -> NATO, formally applied to join, 2022-05-18",
    "ASSAULT: Russia (RUS) -> Ukraine (UKR), invasion (background / ongoing war), no date in the sentence",
    "THREATEN: Turkey (TUR) -> Finland (FIN) and Sweden (SWE), signalled it could delay their membership, 2022-05-18"],
    found=1, spurious=0,
    notes="Dateline found only the invasion (ASSAULT Russia -> Ukraine, right); the applications to NATO and Turkey's signal that it could block them (the headline acts) are missed."),
"h9-x29-13": dict(coder_events=[], found=0, spurious=0,
    notes="Samaras abandoning his coalition bid and the voters' verdict are domestic election politics; I code no PLOVER act (a coder could read 'abandoned efforts to form a coalition' as halting talks, SANCTION, but the sentence names no counterpart)."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        d = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
             "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot['coded'] += len(d['coder_events']); tot['found'] += d['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += d['spurious']
print(tot)
