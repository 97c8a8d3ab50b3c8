"""Write paragraphs-b-verdicts.jsonl: judge b's recall coding of the 6 first paragraphs."""
import json

P = {
 "hn-w3-06": dict(coder_events=[
    "ASSAULT: M23 rebels take control of Goma (COD), Tue 2012-11-20",
    "RETREAT: Congolese government troops flee Goma, 2012-11-20",
    "RETREAT (ceasefire, borderline): UN peacekeepers hold their fire, 2012-11-20"],
   found=2, spurious=1,
   notes="e2 ASSAULT (taking control) and e3 RETREAT (peacekeepers) found; the troops' flight is missed. e1 PROTEST 'marched' is spurious: rebels marching into a city is the seizure, not a demonstration."),
 "hn-w1-16": dict(coder_events=[
    "COERCE: Rajoy (ESP) dismisses Catalonia's regional government, Fri 2017-10-27",
    "COERCE: Rajoy (ESP) dissolves the Catalan parliament, Fri 2017-10-27"],
   found=0, spurious=1,
   notes="e1 codes the dismissal as REJECT (wrong type: direct rule over a region is coercive use of power). e2 REQUEST change for 'voted to declare independence' is spurious: a declaration of independence is no request; I do not code it (no PLOVER type fits; some coders would give REJECT). The snap election call is not coded."),
 "hn-w1-17": dict(coder_events=[
    "ASSAULT: unknown party brings down Malaysia Airlines jet, 298 killed, Thu 2014-07-17",
    "ACCUSE: Ukraine, the rebels and Russia trade accusations over the missile, Fri 2014-07-18"],
   found=1, spurious=0,
   notes="e1 ACCUSE found (its date, 2014-07-17, is a day early: the trading of accusations is Friday's news). The downing of the jet is missed. Combing fields for remains is not an event."),
 "hn-w2-06": dict(coder_events=[
    "ASSAULT: Saudi Arabia and Arab coalition launch air strikes on Houthi rebels (YEM), Thu 2015-03-26"],
   found=1, spurious=0,
   notes="Found. The Houthi advance on Aden (purpose clause) and the president's refuge are not coded."),
 "hn-w2-07": dict(coder_events=[
    "RETREAT resign: Mubarak resigns and hands power to the military, Fri 2011-02-11",
    "PROTEST: 18 days of mass protests by Egyptians against Mubarak (ongoing, document date)"],
   found=1, spurious=0,
   notes="Resignation found; handing power to the military taken as part of the same act. The 18 days of mass protests are missed."),
 "hn-w3-17": dict(coder_events=[
    "SUPPORT: Ethiopia and Eritrea sign a joint declaration ending the state of war, Mon 2018-07-09",
    "CONSULT visit: Ethiopian PM Abiy Ahmed visits Eritrea (ends Monday 2018-07-09)"],
   found=0, spurious=0,
   notes="Dateline found no event in the paragraph (the signing is coded from the second sentence, item 57). The restored links are the declaration's content, not a separate act."),
}

out = open("paragraphs-b-verdicts.jsonl", "w")
for line in open("paragraphs-b.jsonl"):
    p = json.loads(line)
    v = P[p["doc"]]
    rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
           "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
    assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= len(p["events"])
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
print("ok")
