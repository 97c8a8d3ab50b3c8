"""Write paragraphs-b-verdicts.jsonl (the coder's events per first paragraph)."""
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h33-x128-14": dict(coder_events=[], found=0, spurious=0,
   notes="Winning a run-off is not a PLOVER act; the U.N. 'hopes' the vote will let it wind up its mission (a hope, hypothetical, not coded). Nothing to code; dateline found nothing."),
 "h33-x126-07": dict(coder_events=[
     "RETREAT (ease sanctions): U.N. Security Council (UNO/IGO) -> Libya (LBY), voted to lift the Lockerbie sanctions, 2003-09-12 (Friday)",
     "SANCTION/COERCE (impose sanctions): U.N. Security Council (implied, UNO) -> Libya (LBY), sanctions imposed more than a decade ago, background, no exact date in the paragraph (1992 later in the story)",
     "ASSAULT (explosives): source not named -> Pan Am jet / its passengers, bombing over Lockerbie, background, no date in the paragraph (1988 later)"],
   found=1, spurious=0,
   notes="Dateline's one event is the lift-sanctions RETREAT (right type, right parties) but its date '199' comes from 'more than a decade ago', a number that is not the date; it should be 2003-09-12. The two background noun-phrase acts were not extracted."),
 "h33-x127-20": dict(coder_events=[
     "COERCE (restrict, cordon off): Zimbabwean police and soldiers (ZWE) -> none/Harare residents (ZWE), sealed off the centre of Harare, 2020-07-31 (Friday)",
     "COERCE (arrest): Zimbabwean police and soldiers (ZWE) -> dozens of people incl. novelist Tsitsi Dangarembga (ZWE), arrested, 2020-07-31 (Friday)"],
   found=0, spurious=0,
   notes="Dateline has no event in this lead sentence although it holds two clear coercion acts (sealing off Harare, mass arrests); the 'planned protests' were prevented and are not coded."),
 "h33-x127-21": dict(coder_events=[
     "REJECT: Barrow's main rivals (GMB opposition) -> the election result / Electoral Commission (GMB), rejected the result, 2021-12-05 (Sunday)",
     "ACCUSE (allege, legal challenge): Barrow's main rivals (GMB) -> the result / Barrow (GMB), said they would challenge it, future, 2021-12-05",
     "COERCE (deport/force into exile): source not named -> Yahya Jammeh (GMB), forced into exile, background, not dated in the paragraph (January 2017 later)"],
   found=0, spurious=0,
   notes="Dateline found none of the lead's acts: the rejection of the result and the announced challenge are missed (the later 'rejected the results' sentence in paragraph 4 is not extracted either)."),
 "h33-x126-12": dict(coder_events=[
     "PROTEST (boycott): Islamic Action Front / main Islamist opposition (JOR) -> Jordan government (JOR), boycotted the vote in protest at the electoral rules, election day 2010-11-09 (not dated in the paragraph)",
     "ACCUSE (allege): Islamic Action Front (JOR) -> Jordan government (JOR), says the electoral rules are rigged against it, 2010-11-10 (ongoing claim)"],
   found=0, spurious=0,
   notes="The election result itself is not an act. Dateline has no event here; the opposition boycott (PROTEST) is a clear miss."),
 "h33-x126-09": dict(coder_events=[
     "ASSAULT (explosives, car bomb): source unknown -> Gebran Tueni (LBN), killed in a Beirut suburb, 2005-12-12 (Monday)"],
   found=1, spurious=0,
   notes="Dateline's event is right in all fields. His return from Paris is not a political act between actors."),
}
src = [json.loads(l) for l in open(os.path.join(base, 'paragraphs-b.jsonl'))]
with open(os.path.join(base, 'paragraphs-b-verdicts.jsonl'), 'w') as f:
    for s in src:
        p = P[s['doc']]
        rec = {"doc": s['doc'], "coder_events": p['coder_events'], "found": p['found'],
               "dateline_events": len(s['events']), "spurious": p['spurious'], "notes": p['notes']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
