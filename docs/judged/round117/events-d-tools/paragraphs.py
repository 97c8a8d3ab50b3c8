"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
P = {
 "h36-x138-17": ([], 0, 0, "An election result ('won a commanding majority') and a forecast confrontation: no PLOVER act."),
 "h36-x138-08": (["RETREAT: Saddam Hussein (IRQ) -> prisoners in Iraq (IRQ), general amnesty and release of thousands of inmates, 2002-10-20"], 0, 0,
                 "The amnesty and the inmates streaming out are one release act; dateline found nothing here."),
 "h36-x139-21": (["SANCTION: Kenya (KEN) -> Somalia (SOM), recalled its ambassador, 2019-02-16",
                  "SANCTION: Kenya (KEN) -> Somalia's envoy in Nairobi (SOM), told to return home (asked to leave, an expulsion), 2019-02-16",
                  "ACCUSE: Kenya (KEN) -> Somalia government (SOM), accused Mogadishu of auctioning oil and gas blocks, 2019-02-16"], 2, 0,
                 "Recall and accusation found; the envoy sent home is coded SANCTION expel (the story later says he 'was asked to leave'), dateline's REQUEST is not the right type but is a real act, not spurious. Dateline's recall has an empty target (should be Somalia) and its accusation carries the document date instead of Saturday."),
 "h36-x139-10": (["ASSAULT: gunmen (no code) -> President Lansana Conte (GIN), opened fire on his motorcade in Conakry, 2005-01-19"], 1, 0,
                 "The government's calling it an attempt on his life is attribution, not a separate act."),
 "h36-x139-20": (["ASSAULT: gunmen (no code) -> French embassy in Ouagadougou (FRA), armed attack, 2018-03-02",
                  "ASSAULT: car bomb attackers (no code) -> Burkina Faso army headquarters (BFA), killing at least eight soldiers, 2018-03-02"], 1, 0,
                 "Two coordinated attacks on two targets; dateline has one event (target the French embassy) and misses the army headquarters."),
 "h36-x137-09": (["COERCE: Azerbaijani authorities (AZE) -> economic development minister and health minister (AZE), arrested, 2005-10-19",
                  "ACCUSE: Azerbaijani authorities (AZE) -> the two ministers (AZE), accused of plotting to seize power, 2005-10-19"], 2, 0,
                 "Both found; dateline's ACCUSE has an empty target though 'them' refers to the two ministers."),
}
paras = [json.loads(l) for l in open(HERE / 'paragraphs-d.jsonl')]
tot = [0, 0, 0, 0]
with open(HERE / 'paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        acts, found, spur, notes = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": acts, "found": found, "dateline_events": len(p['events']),
               "spurious": spur, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot = [tot[0] + len(acts), tot[1] + found, tot[2] + len(p['events']), tot[3] + spur]
print("coded acts, found, dateline events, spurious:", tot)
