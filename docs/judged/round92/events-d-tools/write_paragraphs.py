"""Write paragraphs-d-verdicts.jsonl (judge d, round 92)."""
import json
P = {
 "h23-x88-16": dict(coder_events=[
    "COERCE: Peru (PER) -> none (parts of the northern Amazon), imposed a curfew, 2009-06-06",
    "ASSAULT: police (PER) <-> indigenous protesters (PER), clashes that left at least 31 dead, 2009-06-05 (the story says the violence began at dawn on Friday; the paragraph itself gives only 'before Saturday')",
    "PROTEST: indigenous protesters (PER) -> Peru (PER), blocking a highway (obstruct), ongoing up to 2009-06-05",
  ], found=1, spurious=0,
  notes="Dateline found the curfew (COERCE, all right). It missed the deadly clashes (ASSAULT) and the highway blockade (PROTEST obstruct)."),
 "h23-x87-01": dict(coder_events=[
    "PROTEST: the two main opposition parties (CIV) -> Ivorian government/election (CIV), boycotted Sunday's poll, 1995-10-22",
    "REQUEST: the two main opposition parties (CIV) -> their supporters (CIV), urged them to prevent the poll from taking place, before 1995-10-22 (date not given)",
  ], found=0, spurious=0,
  notes="Bedie winning the election and the ministry releasing results are not PLOVER acts. Dateline coded nothing here and missed the boycott and the call to supporters."),
 "h23-x88-19": dict(coder_events=[], found=0, spurious=0,
  notes="The ICJ redrawing the Peru-Chile maritime border (Monday 2014-01-27) is an adjudication with no clear PLOVER type: it is not a conviction or liability finding (SANCTION convict), and no party acts on another in a PLOVER sense. So there are no coded acts, and dateline has none."),
 "h23-x88-22": dict(coder_events=[], found=0, spurious=0,
  notes="An election win and 'ending three decades' of two-party rule are not PLOVER acts. Dateline has no events here."),
 "h23-x86-15": dict(coder_events=[
    "ACCUSE: Egyptian court/prosecution (EGY) -> Hosni Mubarak (EGY), brought to trial on charges (allege: bring to trial), 2011-08-03",
    "ASSAULT (reported, inside the charges): Hosni Mubarak (EGY) -> protesters (EGY), ordering the killing of protesters, Jan-Feb 2011 (date not in the paragraph)",
  ], found=0, spurious=0,
  notes="Dateline coded nothing in the lead. It missed the trial (ACCUSE allege) and the alleged killings, which a nested-event coder would code as reported."),
 "h23-x88-20": dict(coder_events=[
    "CONSULT: Barack Obama (USA) -> Laos (LAO), first visit by a sitting U.S. president, 2016-09-06",
    "AGREE: Barack Obama (USA) -> Laos (LAO), pledged $90 million over three years to clear unexploded bombs (a pledge of aid is AGREE by the conventions), 2016-09-06",
  ], found=1, spurious=0,
  notes="Dateline found the visit (CONSULT, all right) and missed the $90 million pledge (AGREE)."),
}
pars = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in pars:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[p["doc"]]["coder_events"]) if k == "coded" else (len(p["events"]) if k == "dl" else P[p["doc"]][k])) for p in pars)
print("paragraphs", len(pars), "coded", tot("coded"), "found", tot("found"), "dateline", tot("dl"), "spurious", tot("spurious"))
