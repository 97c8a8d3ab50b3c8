"""Write paragraphs-d-verdicts.jsonl from the judge's hand coding of the 6 first paragraphs."""
import json
P = {
 "h21-x77-16": dict(coder_events=[
     "ASSAULT: Pro-Russian separatists (UKR) -> Ukrainian military (UKR), shot down a military transport plane at Luhansk airport killing all 49 on board, 2014-06-14"],
     found=1, spurious=0,
     notes="Dateline's one event (ASSAULT aerial, target Ukraine) is the shoot-down; the 49 deaths are the same act."),
 "h21-x79-10": dict(coder_events=[], found=0, spurious=0,
     notes="An election result ('ANC won ... handing Mbeki a second term') is no PLOVER act; nothing to code, dateline coded nothing."),
 "h21-x79-08": dict(coder_events=[
     "SUPPORT: Democratic Republic of the Congo (COD) <-> Uganda (UGA), presidents signed the Luanda agreement, 2002-09-06",
     "CONCEDE: Uganda (UGA) -> Democratic Republic of the Congo (COD), promised (under the deal) to withdraw its remaining troops from northeastern Congo, 2002-09-06"],
     found=2, spurious=0,
     notes="Both found with the right type; the CONCEDE is dated 2002-09-07 (document date) where the promise was made with the Friday signing, 2002-09-06. Angola's hosting (CONSULT third-party) is told in the next paragraph, not here."),
 "h21-x77-09": dict(coder_events=[], found=0, spurious=0,
     notes="Two air crashes and officials not ruling out terrorism: no act between political actors; dateline coded nothing."),
 "h21-x80-08": dict(coder_events=[
     "REQUEST: Jimmy Carter (USA) -> United States government (USA), called for lifting the trade embargo on Cuba, 2002-05-14",
     "REQUEST: Jimmy Carter (USA) -> Cuban government (CUB), urged free elections and freedom of expression, 2002-05-14"],
     found=1, spurious=0,
     notes="Dateline found the call to Washington but missed the second request, 'urged Fidel Castro's government to hold free elections'."),
 "h21-x79-06": dict(coder_events=[
     "REJECT: Mogadishu warlords and leaders of two breakaway northern regions (SOM) -> Abdiqasim Salad Hassan (SOM), said they would not recognise him as president, 2000-08-27"],
     found=0, spurious=0,
     notes="The swearing-in is no PLOVER act; the refusal to recognise the new president is missed (dateline's events in this story are in later paragraphs)."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
             "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
