"""Write paragraphs-d-verdicts.jsonl (judge d, round 151)."""
import json

P = {
 "h52-x202-17": dict(
   coder_events=[
     "SUPPORT: Iraq's parliament (IRQ) -> Prime Minister Haider al-Abadi (IRQ), unanimously approved his plan to abolish the vice-president and deputy-PM posts, 2015-08-11",
     "PROTEST: Iraqi street protesters (IRQ) -> Iraqi government (IRQ), weeks of street protests over corruption and power cuts, ongoing (document date 2015-08-12)",
   ],
   found=1,
   notes="Dateline's SUPPORT (parliament -> Abadi, 2015-08-11) is right. The ongoing street protests, given as the reason for the vote, were not coded."),
 "h52-x204-22": dict(
   coder_events=[
     "CONCEDE (CAMEO 0812 ease ban on politicians; RETREAT would also be defensible): Brazilian Supreme Court justice (BRA) -> Luiz Inacio Lula da Silva (BRA), annulled his corruption convictions and restored his political rights, 2021-03-08",
   ],
   found=0,
   notes="No dateline event. Dateline missed the annulment of Lula's convictions. 'Opening the way to challenge Bolsonaro' is a consequence, not an act."),
 "h52-x201-03": dict(
   coder_events=[
     "CONSULT: EU leaders (EU member governments) meeting in Amsterdam (multilateral summit), 1997-06-18",
     "AGREE (or SUPPORT, finalize an agreement): EU leaders (EU) agreed a new treaty revising Maastricht, 1997-06-18",
   ],
   found=0,
   notes="No dateline event. 'Failed to settle how the institutions should change' is a negated agreement; a coder would usually leave it uncoded, and it is not counted."),
 "h52-x201-04": dict(
   coder_events=[
     "CONSULT: EU leaders (EU) at the Brussels summit (multilateral), 1998-05-02",
     "SUPPORT (approve policy): EU leaders (EU) -> 11 euro founding members, confirmed they will adopt the euro next January, 1998-05-02",
     "ACCUSE (disapprove): France (FRA) <-> its EU partners, late-night quarrel over who should run the European Central Bank, 1998-05-02",
   ],
   found=0,
   notes="No dateline event. The summit, the euro decision and the France-partners quarrel were all missed. 'Saturday' is 1998-05-02; the document date is Sunday 1998-05-03."),
 "h52-x202-05": dict(
   coder_events=[
     "SANCTION (withdraw, reduce diplomatic relations): Morocco (MAR) -> Spain (ESP), recalled its ambassador to Madrid for consultations, 2001-10-27 (Saturday, the day of the ministry's announcement)",
   ],
   found=0,
   notes="No dateline event in the lead paragraph. The recall of the ambassador, the story's main act, was missed. The Spanish officials' surprise is a statement with no PLOVER event."),
 "h52-x203-18": dict(
   coder_events=[
     "SANCTION (expel: removal from office): President Robert Mugabe (ZWE) -> Vice President Emmerson Mnangagwa (ZWE), fired him, 2017-11-06",
   ],
   found=0,
   notes="No dateline event. Dateline missed the dismissal of Mnangagwa, the story's main act. 'Opening the way for Grace to take over' is not an act."),
}

paras = [json.loads(l) for l in open('paragraphs-d.jsonl') if l.strip()]
assert len(paras) == 6
out = open('paragraphs-d-verdicts.jsonl', 'w')
tot = dict(coded=0, found=0, dateline=0, spurious=0)
for p in paras:
    d = P[p['doc']]
    rec = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
           "dateline_events": len(p['events']), "spurious": 0, "notes": d['notes']}
    tot['coded'] += len(d['coder_events']); tot['found'] += d['found']
    tot['dateline'] += len(p['events']); tot['spurious'] += rec['spurious']
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
print(tot)
