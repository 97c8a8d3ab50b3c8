# writes paragraphs-a-verdicts.jsonl (judge a, round 75)
import json
P = {
 "h15-x53-11": {"coder_events": [
    "REJECT: Romanian voters (ROU) -> Romanian parliament (ROU), rejected in a referendum the parliament's move to remove President Basescu, 2007-05-19"],
   "found": 1, "spurious": 0,
   "notes": "Dateline's REJECT has the right type and arguments, but its date (2007-05-20, the document date) should be Saturday 2007-05-19. The background suspension ('after a month's suspension') is coded later in the story, where the text dates it April 19."},
 "h15-x53-06": {"coder_events": [], "found": 0, "spurious": 0,
   "notes": "The paragraph reports an election result, which is not a PLOVER event. Dateline coded nothing here, which is right."},
 "h15-x55-13": {"coder_events": [], "found": 0, "spurious": 0,
   "notes": "The paragraph reports election results (the opposition swept the vote, a blow to Musharraf), which are not PLOVER events. Dateline coded nothing here, which is right."},
 "h15-x54-02": {"coder_events": [
    "COOPERATE: Iraq (IRQ) -> Turkey (TUR), Iraqi crude began flowing through the pipeline to Turkey for the first time since 1990 (resumed economic exchange), 1996-12-10",
    "RETREAT: U.N. Secretary-General Boutros Boutros-Ghali (UN) -> Iraq (IRQ), gave the final go-ahead for the oil-for-food deal (easing of the embargo, CAMEO 085), 1996-12-09"],
   "found": 0, "spurious": 0,
   "notes": "Dateline found no event in this paragraph. The go-ahead could also be coded SUPPORT (approve), but dateline found neither reading."},
 "h15-x53-17": {"coder_events": [
    "AGREE: NATO leaders (NATO) -> Poland (POL) and the Baltic states (EST, LVA, LTU), agreed to deploy four multinational battalions, 2016-07-08"],
   "found": 1, "spurious": 1,
   "notes": "e1 AGREE is found. e2 MOBILIZE ('reinforcement') is the deployment agreed to in e1, in the same sentence: a second event for the act already coded, so it is spurious. It is also asserted and dated 2016-07-08, although the battalions only rotate in from early next year."},
 "h15-x55-16": {"coder_events": [
    "CONCEDE: President Abdoulaye Wade (SEN) -> protesters/opposition (SEN), withdrew the contested constitutional amendment (accede to demands, CAMEO 0832), 2011-06-23",
    "PROTEST: thousands of protesters (SEN) -> Senegal (police) (SEN), violent protest clashing with police outside parliament in Dakar and other towns (riot), 2011-06-23"],
   "found": 0, "spurious": 0,
   "notes": "Dateline coded the clash as ASSAULT (protesters -> police). PLOVER codes a crowd clashing with police as PROTEST riot, so this is not counted as found; it is not spurious, since the act is real. If a clash is accepted as ASSAULT, found would be 1. Wade's withdrawal of the bill, the paragraph's main act, was missed."},
}
out = open('paragraphs-a-verdicts.jsonl', 'w')
for l in open('paragraphs-a.jsonl'):
    d = json.loads(l)
    p = P[d['doc']]
    rec = {"doc": d['doc'], "coder_events": p['coder_events'], "found": p['found'],
           "dateline_events": len(d['events']), "spurious": p['spurious'], "notes": p['notes']}
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
