"""Write paragraphs-d-verdicts.jsonl: judge d's coding of the 6 first paragraphs (round 174).

usage: python3 events-d-tools/paragraphs.py   (run in docs/judged/round174)
"""
import json

P = {
 "h65-x253-17": dict(
   coder_events=[
     "CONSULT: Alexander Lukashenko (BLR) -> jailed opposition figures (BLR), met them in a KGB detention centre for four hours, 2020-10-10 (Saturday, per para 2)",
     "PROTEST: protesters (BLR) -> Lukashenko / Belarus government (BLR), the biggest protests of his rule, going on, 2020-10-11 (document date)",
   ], found=0,
   notes="Dateline coded no event from this sentence (its CONSULT e1 is from para 2's 'discussed'). Missed both the meeting and the ongoing protests."),
 "h65-x255-16": dict(
   coder_events=[
     "AGREE: Southern African (SADC) leaders (no single country) -> Mozambique (MOZ), agreed to send a regional military force, 2021-06-23",
     "ASSAULT: Islamist insurgents (MOZ) -> Palma (MOZ), attack on the gas town, 2021-03",
   ], found=1,
   notes="Dateline's e1 AGREE is right in all fields. The March attack on Palma was missed (the four-year conflict is background, not coded separately)."),
 "h65-x255-03": dict(
   coder_events=[
     "SANCTION: South Sudan (SSD) -> Sudan (SDN), began shutting down its oil production in the pipeline-fee dispute, 2012-01-23 (Monday, document date)",
   ], found=0,
   notes="No event from this sentence; the shutdown (halting oil flows through Sudan's pipelines) was missed."),
 "h65-x256-03": dict(
   coder_events=[
     "ACCUSE: South Korea (KOR) -> China's ambassador (CHN), summoned him (official complaint), 2011-12-12",
     "REQUEST: South Korea (KOR) -> China (CHN), demanded an apology, 2011-12-12",
     "ASSAULT: captain of a Chinese fishing boat (CHN) -> South Korean coast guard officer (KOR), stabbed to death, 2011-12-12 (early morning, before the summons)",
     "COERCE: South Korean coast guard (KOR) -> Chinese fishing boat crew (CHN), raid (boarding) on illegal fishing, 2011-12-12",
   ], found=2,
   notes="Dateline found the summons (ACCUSE) and the demand (REQUEST, target left empty where China is meant); it missed the stabbing and the coast guard raid."),
 "h65-x253-04": dict(
   coder_events=[
     "AGREE: NATO foreign ministers (NATO) -> Turkey (TUR), agreed to deploy Patriot missiles on its border with Syria, 2012-12-04",
     "CONSULT: NATO foreign ministers (NATO), meeting in Brussels, 2012-12-04",
     "ASSAULT: Syria (SYR) -> Turkey (TUR), repeated fire from across the frontier, no date (repeated earlier)",
   ], found=0,
   notes="No event from this sentence: the decision to deploy, the ministers' meeting and the cross-border fire were all missed."),
 "h65-x255-02": dict(
   coder_events=[
     "REJECT: ECOWAS (no seat country) -> Gambia (GMB), declined to observe the election, 2011-11 ('this month', para 4)",
     "ACCUSE: ECOWAS -> Gambian government (GMB), said conditions for a fair contest did not exist, 2011-11",
   ], found=0,
   notes="Jammeh being declared the winner is an election result, not a PLOVER act. ECOWAS's refusal and its criticism were missed (dateline has no event in this sentence)."),
}

paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": 0, "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += rec["spurious"]
print(tot)
