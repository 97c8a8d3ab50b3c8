"""Write paragraphs-c-verdicts.jsonl (judge c's coding of the 6 first paragraphs)."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h2-x1-11": dict(
   coder_events=[
     "MOBILIZE: NATO orders/deploys hundreds of extra troops into Kosovo, 2004-03-18",
     "ASSAULT: ethnic violence (unnamed attackers) kills at least 20 people and wounds hundreds in Kosovo, 2004-03-18",
     "ASSAULT: mobs torch Serbian homes and Orthodox churches across Kosovo, 2004-03-18",
   ],
   found=1, spurious=0,
   notes="Dateline e2 (torched, ASSAULT) found. e1 codes NATO's troop order as REQUEST (wrong type, not spurious) with sources Serbia and Montenegro taken from the dateline. The 20 deaths are not coded."),
 "h2-x1-02": dict(
   coder_events=[
     "SUPPORT: presidents of Bosnia, Serbia and Croatia initial a peace agreement (Dayton), 1995-11-21",
     "CONSULT: three weeks of negotiations between the three presidents at a U.S. air force base (U.S. hosting), span ending 1995-11-21",
   ],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph; the initialling of the Dayton agreement is missed."),
 "h2-x4-15": dict(
   coder_events=[
     "ASSAULT: Ecuadorean soldiers storm the police hospital held by rebellious police in Quito, 2010-09-30",
     "AID (rescue): soldiers free President Correa, 2010-09-30",
     "ASSAULT (hostage-taking) / COERCE: rebellious police officers (ECU) trap/hold Correa in the hospital for hours, 2010-09-30",
     "ACCUSE: Correa calls the revolt an attempted coup (toward the police), 2010-09-30",
   ],
   found=1, spurious=0,
   notes="e1 stormed ASSAULT found. e2 codes the rescue as RETREAT release (PLOVER has AID 'rescue hostages'; RETREAT release is a captor releasing), so wrong type but not spurious. The police holding Correa and Correa's coup accusation are missed."),
 "h2-x4-17": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="No PLOVER event: a referendum result announced by officials. A coder might at most code the vote as a REQUEST (demand for independence) by Bougainville voters toward Papua New Guinea; I do not count it. Dateline has none."),
 "h2-x2-05": dict(
   coder_events=[
     "RETREAT (resign): PM Saad al-Hariri announces his government's resignation, 2019-10-29",
     "PROTEST: nearly two weeks of nationwide protests (Lebanese protesters) against the political class, target Lebanon (state), ongoing to 2019-10-29",
     "ASSAULT: supporters of Hezbollah and Amal attack the main protest camp (protesters) in central Beirut, 2019-10-29",
   ],
   found=2, spurious=0,
   notes="e1 RETREAT resign found (source split into 'Hariri' and 'Saad al'); e2 ASSAULT found (target empty, protesters missing). The nationwide protests are not coded."),
 "h2-x2-14": dict(
   coder_events=[
     "SUPPORT (sign agreement): Yemeni President Saleh signs the Gulf-brokered power-transfer agreement, 2011-11-23",
   ],
   found=1, spurious=0,
   notes="e1 SUPPORT found (target 'his deputy' questionable). Some coders would add a CONCEDE for the committed hand-over of power to the deputy; I treat it as the content of the signed deal."),
}
n_dl = {}
for line in open(os.path.join(ROOT, "paragraphs-c.jsonl")):
    p = json.loads(line)
    n_dl[p["doc"]] = len(p["events"])
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as f:
    for line in open(os.path.join(ROOT, "paragraphs-c.jsonl")):
        doc = json.loads(line)["doc"]
        v = P[doc]
        rec = {"doc": doc, "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": n_dl[doc], "spurious": v["spurious"], "notes": v["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
c = sum(len(v["coder_events"]) for v in P.values()); fd = sum(v["found"] for v in P.values())
print("coder", c, "found", fd, "dateline", sum(n_dl.values()), "spurious", sum(v["spurious"] for v in P.values()))
