"""Write paragraphs-d-verdicts.jsonl (judge d, round 118)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# doc: (coder_events, found, spurious, notes)
P = {
 "h36-x138-21": (["ACCUSE: Michel Aoun (LBN) -> Israel (ISR), called the drone incident a 'declaration of war', 2019-08-26",
                  "ASSAULT: Israel (ISR) -> Hezbollah/Lebanon (LBN), two drones over Beirut's southern suburbs (one exploded), 2019-08-25",
                  "THREATEN: Hassan Nasrallah / Hezbollah (LBN) -> Israel (ISR), vowed to retaliate, 2019-08-25"],
                 0, 0, "Dateline coded nothing in this paragraph. The drone incident is only described as 'an incident involving two Israeli drones' here; I count it because the story says one exploded over the suburbs."),
 "h36-x139-23": (["SANCTION: West African leaders / ECOWAS -> Guinea's military government (GIN), agreed to impose gradual sanctions, 2022-09-22",
                  "REJECT: Guinea's military government (GIN) -> ECOWAS, refused to shorten the three-year transition, no date (before 2022-09-22)"],
                 1, 0, "Dateline's e1 SANCTION matches the first act (its source code is empty, where ECOWAS is acceptable). The junta's refusal is missed."),
 "h36-x140-16": (["CONCEDE: Dilma Rousseff (BRA) -> Brazilian public/protesters (BRA), promised better public services and a crackdown on corruption, 2013-06-21",
                  "PROTEST: more than a million people (BRA) -> Brazilian government (BRA), mass street protests in about 100 cities, 2013-06-20"],
                 0, 0, "Nothing found. The promise of reforms could also be coded AGREE."),
 "h36-x140-07": (["REJECT: Laisenia Qarase (FJI) -> Fiji Labour Party (FJI), refused to offer cabinet posts to the second-largest party, 2001-09-10"],
                 0, 0, "Nothing found. The swearing-in and the election win are not PLOVER interactions."),
 "h36-x138-14": (["RETREAT: Morocco (MAR) -> Aminatou Haidar (ESH/MAR), let her back into Laayoune (allowed entry), 2009-12-17",
                  "PROTEST: Aminatou Haidar (ESH) -> Morocco (MAR), 32-day hunger strike, ended 2009-12-18"],
                 0, 0, "Nothing found. Letting her back in could also be coded CONCEDE."),
 "h36-x138-15": (["CONSULT: Western and Arab governments (multilateral), met in London, 2010-01-27",
                  "AGREE: Western and Arab governments -> Yemen (YEM), agreed to set up a 'Friends of Yemen' group to help it fight al Qaeda, 2010-01-27",
                  "REQUEST: Western and Arab governments -> Yemen (YEM), fresh aid made conditional on political and economic reforms, 2010-01-27"],
                 0, 0, "Nothing found. The third act could also be read as a THREATEN (aid withheld without reforms)."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d.jsonl"))]
tot = [0, 0, 0, 0]
with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        n_dl = len(p["events"])
        rec = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
               "spurious": spur, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot[0] += len(ev); tot[1] += found; tot[2] += n_dl; tot[3] += rec["spurious"]
print("coded acts, found, dateline events, spurious:", tot)
