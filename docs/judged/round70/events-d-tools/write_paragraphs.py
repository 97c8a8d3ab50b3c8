"""Write paragraphs-d-verdicts.jsonl from the judge's coding of the 6 first paragraphs."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
P = {
 'h12-x41-09': dict(coder_events=[], found=0, spurious=0,
    notes="An election result (AKP wins a majority) is not a PLOVER act; nothing to code. Dateline coded nothing."),
 'h12-x42-23': dict(coder_events=[
    "COERCE: Tunisian police (TUN) -> Rached Ghannouchi (TUN), arrest at his home in Tunis, 2023-04-17 (Monday evening)"],
    found=1, spurious=0,
    notes="'a widening crackdown on the opposition' is a summary, not a separate act. Dateline's arrest is right in all fields."),
 'h12-x41-13': dict(coder_events=[
    "SANCTION: EU foreign ministers (EU) -> Turkey (TUR), suspend membership talks on eight chapters (halt negotiations, CAMEO 164), 2006-12-11",
    "REJECT: Turkey (TUR) -> Cyprus (CYP), refusing to open its ports and airports to Cypriot ships and planes, ongoing, 2006-12-11"],
    found=0, spurious=0,
    notes="Dateline coded the suspension as REJECT (meet); halting negotiations is SANCTION in CAMEO2PLOVER, so the act is not found with the right type (not spurious either). Turkey's refusal was not coded."),
 'h12-x43-17': dict(coder_events=[
    "ASSAULT: Pakistani Taliban gunmen (PAK) -> Malala Yousafzai (PAK), shot and seriously wounded her in Swat, 2012-10-09 (Tuesday)"],
    found=0, spurious=0,
    notes="'drawing condemnation from across Pakistan and abroad' names no condemning party and is spelled out later in the story; not coded separately. Dateline found no event in the paragraph."),
 'h12-x41-11': dict(coder_events=[
    "REQUEST: Mikheil Saakashvili (GEO) -> Georgian troops (GEO), order to hand strategic positions over to peacekeepers, 2004-08-19",
    "ASSAULT: Georgian troops (GEO) -> South Ossetian separatist forces (GEO), a week of fighting in which they seized strategic positions, ongoing to 2004-08-19"],
    found=1, spurious=0,
    notes="Dateline's REQUEST is right (Thursday 2004-08-19 from the Aug 19 dateline; the document date is Aug 20). The fighting/seizure was not coded."),
 'h12-x44-13': dict(coder_events=[
    "COERCE: Philippine police (PHL) -> Gloria Macapagal Arroyo (PHL), arrest on electoral-sabotage charges, 2011-11-18",
    "COERCE: Philippine government (PHL) -> Gloria Macapagal Arroyo (PHL), stopped her from flying abroad, days earlier (2011-11-15 per the story)"],
    found=1, spurious=0,
    notes="The charges are part of the arrest (CAMEO 173). Dateline found the arrest; the travel block was not coded in this sentence."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
