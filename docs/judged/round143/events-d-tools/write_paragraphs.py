"""Write paragraphs-d-verdicts.jsonl from judge d's hand coding of the six first paragraphs."""
import json
P = {
 "h49-x192-23": dict(coder_events=[], found=0, spurious=0,
   notes="An election result and a forecast premiership: no PLOVER act between actors. Nothing to code; dateline coded nothing."),
 "h49-x189-21": dict(coder_events=[
     "SUPPORT: France (FRA) <-> Greece (GRC), signed a strategic defence partnership (incl. mutual-aid pledge and Greek frigate order), 2021-09-28",
     "SUPPORT: Emmanuel Macron (FRA) -> (the France-Greece deal; no party), hailed the deal as a step to sovereign European defence, 2021-09-28"],
   found=1, spurious=0,
   notes="dateline found Macron's praise (right) but not the signing itself. The pledge and the frigate order are parts of the signed deal, coded once with it (a separate COOPERATE for the order would also be defensible)."),
 "h49-x192-22": dict(coder_events=[
     "REQUEST: ousted Myanmar lawmakers and opposition leaders (MMR) -> foreign governments (no code), called on them to recognise the National Unity Government, 2021-04-16"],
   found=0, spurious=0,
   notes="The junta's February seizure of power is a background relative clause and announcing a rival government has no clear PLOVER type; neither is listed. dateline coded nothing in this paragraph."),
 "h49-x189-01": dict(coder_events=[
     "ASSAULT: unknown attackers -> Vladislav Listyev (RUS), shot dead in his Moscow stairwell, 1995-03-01"],
   found=1, spurious=0,
   notes="dateline's one event is right (firearms, late Wednesday 1995-03-01, reported by police)."),
 "h49-x190-18": dict(coder_events=[
     "CONSULT: some 70 countries and international bodies (multilateral), met in Paris, 2017-01-15",
     "SUPPORT: the 70 countries and bodies -> Palestinians (PSE), reaffirmed support for an independent Palestinian state, 2017-01-15",
     "REQUEST: the 70 countries and bodies -> Israel (ISR) and the Palestinians (PSE), warned both sides against unilateral steps, 2017-01-15",
     "AGREE: Donald Trump (USA) -> Israel (ISR), pledge to move the U.S. embassy to Jerusalem, date unknown (campaign pledge)"],
   found=0, spurious=0,
   notes="dateline coded nothing in this paragraph. The warning could be THREATEN, but with no stated repercussion REQUEST fits better."),
 "h49-x192-18": dict(coder_events=[
     "REJECT: El Salvador's electoral tribunal (SLV) -> Norman Quijano (SLV), rejected his demand to annul the result, 2014-03-13",
     "REQUEST: Norman Quijano (SLV) -> electoral tribunal (SLV), demanded annulment of the run-off result, earlier (date unknown)"],
   found=0, spurious=0,
   notes="Declaring the winner is not a PLOVER act. dateline coded nothing in this paragraph."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
             "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
        print(p['doc'], len(v['coder_events']), v['found'], len(p['events']), v['spurious'])
