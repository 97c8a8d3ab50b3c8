"""Write paragraphs-c-verdicts.jsonl (recall on story first paragraphs)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
P = {
 "h9-x31-03": dict(
   coder_events=["COERCE: Pervez Musharraf (PAK) -> Rafiq Tarar (PAK), eased out of the presidency (forced removal from office), 2001-06-20"],
   found=0, spurious=0,
   notes="Swearing himself in is not an act between actors. 'Weeks before a summit with India' only marks the time; the summit is not coded here. Dateline found nothing, so the removal of Tarar is missed."),
 "h9-x30-15": dict(
   coder_events=["ASSAULT: Israel (ISR) -> Gaza Strip / Hamas (PSE), military offensive striking dozens of targets from the air and sea, 2014-07-08",
                 "ASSAULT: Hamas (PSE) -> Israel (ISR), fired rockets reaching Tel Aviv and Jerusalem, 2014-07-08"],
   found=2, spurious=1,
   notes="e1 'launched' and e3 'fired' found both acts. e2 'striking' is the same Israeli offensive (the strikes are how it was launched), a second event for one act in the same sentence, so it is a duplicate and counted spurious."),
 "h9-x30-13": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="Voting in an election is not a PLOVER act between actors. 'After a year of protests' is a background topic with no actors and no act reported; not coded."),
 "h9-x29-21": dict(
   coder_events=["RETREAT/resign: Hashim Thaci (XKX), resigned as president, 2020-11-05",
                 "ACCUSE/allege: Kosovo Specialist Chambers (court in The Hague) -> Hashim Thaci (XKX), confirmed indictment for war crimes, 2020-11-05",
                 "AGREE: Hashim Thaci (XKX) -> the special court, said he would travel to the Netherlands to face the charges (intent to yield, CAMEO 035), 2020-11-05"],
   found=2, spurious=0,
   notes="e1 RETREAT and e2 ACCUSE were found; e2 codes the court as NLD, which does not count against it here. e3 codes the travel as CONSULT/visit to the Netherlands. The act is real, but it is an intent to submit to the court, not a visit hosted by the Netherlands: wrong type, not spurious, and not found."),
 "h9-x32-25": dict(
   coder_events=["THREATEN: China (CHN) -> Taiwan / Lai Ching-te (TWN), warned that his victory would raise the risk of conflict, before the election (no date)"],
   found=0, spurious=0,
   notes="Winning an election is not an act between actors. China's warnings are a threat and were missed."),
 "h9-x32-21": dict(
   coder_events=[],
   found=0, spurious=1,
   notes="A swearing-in and a domestic pledge to fight crime, corruption and 'socialism' have no target party and are not PLOVER acts. e1 codes the pledge as AGREE toward the United States, which the paragraph never names: spurious."),
}
out = []
for l in open('paragraphs-c.jsonl'):
    p = json.loads(l)
    v = P[p['doc']]
    out.append({"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
                "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']})
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
tot = lambda k: sum(r[k] for r in out)
print(len(out), 'paragraphs; coded', sum(len(r['coder_events']) for r in out), 'found', tot('found'),
      'dateline', tot('dateline_events'), 'spurious', tot('spurious'))
