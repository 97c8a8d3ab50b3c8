"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h36-x140-10": ([
   "SANCTION: WTO Appellate Body (no code) -> United States (USA), ruled U.S. cotton subsidies broke trade rules (found against), 2005-03-03"],
   0, "A WTO ruling against the U.S. is a legal finding (SANCTION convict; CAMEO 116 would give ACCUSE). 'Handing Brazil a victory' and 'could force Washington' are consequences, not acts. Dateline coded nothing here."),
 "h36-x139-16": ([
   "ACCUSE: Pakistan (PAK) -> United States (USA), accused of sabotaging efforts to open peace talks with the Pakistani Taliban, 2013-11-02",
   "ASSAULT: United States (USA) -> Hakimullah Mehsud, leader of the Pakistani Taliban (PAK), drone strike killed him in North Waziristan, 2013-11-01"],
   1, "Dateline found the ACCUSE (all fields right); the drone strike in the 'a day after' clause was not coded in this paragraph (it is coded later in the story, from another sentence)."),
 "h36-x137-23": ([], 0, "An election result only: no PLOVER act."),
 "h36-x137-04": ([], 0, "An election result only ('won', 'ending Kohl's tenure'): no PLOVER act."),
 "h36-x137-19": ([], 0, "An election result only: no PLOVER act."),
 "h36-x138-02": ([
   "CONSULT: Benjamin Netanyahu (ISR) -> Hosni Mubarak (EGY), met in Cairo for the first time (visit), 1996-07-18",
   "REQUEST: Hosni Mubarak (EGY) -> Benjamin Netanyahu / Israel (ISR), told him the peace process could only survive if Israel honoured land for peace, 1996-07-18"],
   0, "Dateline coded nothing in this paragraph: both the meeting and Mubarak's conditional demand were missed."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
tot = [0, 0, 0, 0]
with open('paragraphs-b-verdicts.jsonl', 'w') as fh:
    for p in paras:
        ev, found, notes = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": ev, "found": found,
               "dateline_events": len(p['events']), "spurious": 0, "notes": notes}
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot[0] += len(ev); tot[1] += found; tot[2] += len(p['events']); tot[3] += 0
print('coded acts %d, found %d, dateline events %d, spurious %d' % tuple(tot))
