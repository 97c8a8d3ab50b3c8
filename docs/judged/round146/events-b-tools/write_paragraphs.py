"""Write paragraphs-b-verdicts.jsonl (judge b, round 146) and print the totals.
usage: python3 events-b-tools/write_paragraphs.py   (run in docs/judged/round146/)
"""
import json

P = {
 "h51-x200-25": dict(
   coder_events=[
     "COERCE: Gustavo Petro (COL) -> none, will declare a state of internal commotion (emergency powers), future, said 2025-01-20",
     "ASSAULT: armed groups (COL) <-> armed groups (COL), surge of fighting in Catatumbo killing about 80 and displacing 30,000+, ongoing, 2025-01-21",
   ],
   found=0, spurious=0,
   notes="dateline coded nothing in the lead: neither the announced state of internal commotion (COERCE, future) nor the fighting between armed groups."),
 "h51-x199-17": dict(
   coder_events=[
     "SANCTION: Barack Obama (USA) -> Bangladesh (BGD), suspended trade privileges under the GSP, 2013-06-27",
   ],
   found=0, spurious=0,
   notes="the suspension of trade privileges was missed; 'citing shortcomings' could add an ACCUSE USA->BGD but is the reason for the sanction, not a separate act; the factory collapse is an accident, not an event."),
 "h51-x199-11": dict(
   coder_events=[
     "COERCE: hooded police officers (KEN) -> Standard newspaper group (KEN), raid on its offices in Nairobi with computers seized, 2006-03-02",
     "COERCE: police (KEN) -> Standard group's television station (KEN), switched off the station (censor), 2006-03-02",
     "COERCE: police (KEN) -> Standard newspaper (KEN), burned thousands of copies of the day's paper (censor), 2006-03-02",
   ],
   found=1, spurious=0,
   notes="dateline's one event (COERCE seize, raided, police KEN -> Standard group KEN, 2006-03-02) is right; the switching-off of the TV station and the burning of the papers (censorship) were not coded."),
 "h51-x199-20": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="a party leadership election (Ramaphosa defeating Dlamini-Zuma) is not a PLOVER event; nothing to code and dateline coded nothing."),
 "h51-x200-18": dict(
   coder_events=[
     "CONCEDE: Mongolia (MNG) -> China (CHN), said the Dalai Lama will not be invited again, to end the row with China, 2016-12-21",
   ],
   found=0, spurious=0,
   notes="the concession was missed in the lead (dateline codes it only later, from 'the government had bowed to its giant neighbour', without the target China). The row that 'hit trade and stalled talks' is China's sanctions told in paragraph 4, not an act in this paragraph."),
 "h51-x198-22": dict(
   coder_events=[
     "RETREAT: Sheikh Nawaf al-Ahmad al-Sabah (KWT) -> dozens of Kuwaitis incl. exiled former opposition lawmakers (KWT), pardoned or cut sentences (release), 2021-11-08",
   ],
   found=0, spurious=0,
   notes="the emir's pardons (RETREAT release; CONCEDE easing legal restrictions would also be defensible) were missed."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == list(P) or sorted(p["doc"] for p in paras) == sorted(P)
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open("paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        v = P[p["doc"]]
        o = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
             "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
