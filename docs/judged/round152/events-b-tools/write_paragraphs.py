"""Write paragraphs-b-verdicts.jsonl: the judge's own coding of each first paragraph."""
import json
P = {
 "h53-x205-20": dict(coder_events=[], found=0, spurious=0,
   notes="Being sworn in and calling an early election are not PLOVER acts between actors; Zelenskiy dissolving his own parliament has no clear PLOVER type (some coders might force it into COERCE), so I code nothing."),
 "h53-x205-15": dict(coder_events=[
   "AGREE: Nicos Anastasiades (CYP) -> international lenders (EU/ECB/IMF, no code), pledge to clinch the rescue deal, 2013-02-24"],
   found=0, spurious=0,
   notes="Winning the run-off is not an event; the pledge is AGREE (a promise to cooperate). Dateline found nothing here."),
 "h53-x205-18": dict(coder_events=[], found=0, spurious=0,
   notes="A parliament electing a president is a domestic election, not a PLOVER act between actors."),
 "h53-x207-22": dict(coder_events=[
   "COERCE: President Ibrahim Mohamed Solih (MDV) -> opposition 'India Out' campaign (MDV), decree banning it and ordering police to remove its banners, 2022-04-21",
   "REQUEST: opposition 'India Out' campaign (MDV) -> India (IND), calling for Indian troops to leave the islands, ongoing (2022-04-22)"],
   found=0, spurious=0,
   notes="The ban and the order to remove banners are one decree (coded once); the decree was published late on Thursday 2022-04-21 (second paragraph). The campaign's call for Indian troops to leave is an ongoing demand. Dateline found neither."),
 "h53-x205-19": dict(coder_events=[
   "RETREAT: German cabinet (DEU) -> Turkey (TUR), decision to withdraw troops and aircraft from Incirlik, 2017-06-07",
   "REJECT: Turkey (TUR) -> German lawmakers (DEU), refused to let them visit the soldiers at Incirlik, May 2017 (background; undated in this paragraph)"],
   found=1, spurious=0,
   notes="Dateline's one event (RETREAT withdraw, Germany's cabinet -> Turkey, 2017-06-07) matches the first act (I would call its modality future, 'decided to withdraw'); Ankara's refusal was not found."),
 "h53-x205-09": dict(coder_events=[
   "AGREE: NATO and the European Union (no code) -> Lithuania (LTU), invitation to join, late 2002 (weeks before; undated)"],
   found=0, spurious=0,
   notes="Paksas winning the run-off and defeating Adamkus is an election, not an event; the invitation to join NATO and the EU is an offer (AGREE), mentioned in the background."),
}
out = open('paragraphs-b-verdicts.jsonl', 'w')
for l in open('paragraphs-b.jsonl'):
    p = json.loads(l); v = P[p['doc']]
    rec = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
           "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
