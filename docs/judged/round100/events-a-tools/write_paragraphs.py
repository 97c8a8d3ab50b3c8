"""Write paragraphs-a-verdicts.jsonl (judge a, round 100)."""
import json
P = {
 "h27-x103-15": dict(coder_events=[], found=0, spurious=0,
   notes="Parliament electing a prime minister is an election result, not a PLOVER interaction; nothing to code."),
 "h27-x104-13": dict(coder_events=[], found=0, spurious=0,
   notes="An election win; no PLOVER event."),
 "h27-x103-14": dict(coder_events=[
   "CONCEDE: Asif Ali Zardari (PAK) -> Pakistani parliament / prime minister (PAK), signs the 18th amendment giving up the power to dismiss parliament (CAMEO 083 accede to political reform), 2010-04-19"],
   found=0, spurious=0,
   notes="The president signing away his own powers is a concession; dateline coded nothing in the paragraph."),
 "h27-x103-17": dict(coder_events=[], found=0, spurious=0,
   notes="A referendum result announced by the commission; voters approving amendments is not coded as an interaction. (A coder could argue SUPPORT Rwandans -> Kagame; I do not code it.)"),
 "h27-x102-06": dict(coder_events=[
   "SANCTION: Qatar (QAT) -> Israel (ISR), orders the closure of Israel's trade office in Doha (CAMEO 161), 2000-11-09 (the Thursday statement)",
   "THREATEN: Saudi Arabia (SAU), Iran (IRN) and other Muslim states -> Qatar (QAT), threatened to stay away from (boycott) the Islamic summit, undated (recent days)"],
   found=0, spurious=0,
   notes="Dateline found neither the closure nor the boycott threat."),
 "h27-x103-16": dict(coder_events=[
   "ACCUSE: India (IND) -> Pakistan (PAK) / Pakistan's envoy, summoned the envoy to protest the killing of two soldiers, 2013-01-09",
   "ASSAULT: Pakistani troops (PAK) -> Indian soldiers (IND), crossed the ceasefire line and killed two soldiers (reported, inside India's accusation), 2013-01-08"],
   found=1, spurious=1,
   notes="e1 ACCUSE (summoned) found. e2 PROTEST 'protest' is the same diplomatic act as the summons (a diplomatic protest is ACCUSE, not a civilian PROTEST): duplicate and wrong type, spurious. The killing was not coded."),
}
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for l in open('paragraphs-a.jsonl'):
        d = json.loads(l); p = P[d['doc']]
        out = {"doc": d['doc'], "coder_events": p['coder_events'], "found": p['found'],
               "dateline_events": len(d['events']), "spurious": p['spurious'], "notes": p['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
