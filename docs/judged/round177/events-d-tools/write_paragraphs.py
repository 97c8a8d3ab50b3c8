"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the 6 first paragraphs).
Usage (from round177/): python3 events-d-tools/write_paragraphs.py"""
import json

P = {
 'h66-x257-13': (
   ["CONCEDE: Turkey's parliament (TUR) -> Kurds / citizens (TUR), constitutional amendments narrowing the death penalty and easing restrictions on the Kurdish language (CAMEO 0811 ease restrictions on political freedoms), 2001-10-03"],
   0,
   "Dateline coded the same act as SUPPORT (approve) with no target; the political content is an easing of restrictions (CAMEO 081x, CONCEDE in CAMEO2PLOVER), so the type is not counted as found. SUPPORT 'approve policy' is defensible, which would make it 1 of 1; the event is not spurious either way."),
 'h66-x258-01': (
   ["SUPPORT: Israel's parliament / Knesset (ISR) -> Palestinians / PLO (PSE), ratified the interim agreement on West Bank self-rule, 1995-10-06",
    "ACCUSE: Rabin's opponents (ISR) -> Yitzhak Rabin (ISR), branded the vote victory illegitimate, 1995-10-06"],
   1,
   "The ratification is found (SUPPORT, Knesset -> Palestine, 1995-10-06); the opponents' denunciation is missed."),
 'h66-x259-14': (
   ["COERCE: armed police (ZWE) -> Daily News (ZWE), closed the independent newspaper, 2003-09-12",
    "SANCTION: Supreme Court (ZWE) -> Daily News (ZWE), ruled it was operating illegally, 2003-09-11"],
   0,
   "Dateline found no event in this paragraph: both the closure (COERCE censor) and the court ruling (SANCTION convict, 'find an entity guilty') are missed."),
 'h66-x260-18': (
   ["SUPPORT: Australia (AUS) <-> United States (USA), signed a free trade agreement in Washington, 2004-05-18"],
   1,
   "The signing is found with the mutual coding and the right date. The lobbying by U.S. sugar producers is a background mention without an act or date that I would not code."),
 'h66-x257-24': (
   ["SANCTION: Georgia (GEO) -> Commonwealth of Independent States (IGO), formally left the CIS, 2009-08-18"],
   0,
   "The main act of the story, Georgia's withdrawal from the CIS (SANCTION withdraw), is missed. The 2008 announcement of the break and the 'brief war with Russia' are background mentions; a coder might add the announcement (SANCTION, 2008-08), not counted here."),
 'h66-x258-10': (
   ["RETREAT: U.N. Security Council (IGO) -> Sudan (SDN), voted to lift diplomatic sanctions, 2001-09-28",
    "SANCTION: U.N. Security Council (IGO) -> Sudan (SDN), sanctions imposed five years ago, 1996",
    "ASSAULT: Sudan (SDN) -> Hosni Mubarak (EGY), alleged role in the attempt on his life, 1995 (reported)"],
   1,
   "The lifting is found (RETREAT ease, right type and date; its target list wrongly adds Mubarak). The background imposition of the sanctions and the alleged assassination attempt are missed; the U.S. abstention is not an event."),
}

recs = {}
for l in open('paragraphs-d.jsonl'):
    r = json.loads(l)
    recs[r['doc']] = r
out = open('paragraphs-d-verdicts.jsonl', 'w')
for l in open('paragraphs-d.jsonl'):
    r = json.loads(l)
    ev, found, notes = P[r['doc']]
    out.write(json.dumps({'doc': r['doc'], 'coder_events': ev, 'found': found,
                          'dateline_events': len(r['events']), 'spurious': 0, 'notes': notes},
                         ensure_ascii=False) + '\n')
out.close()
