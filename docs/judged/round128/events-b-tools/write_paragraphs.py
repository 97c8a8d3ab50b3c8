"""Write paragraphs-b-verdicts.jsonl (dateline has no events in any of the six leads: see siblings.py)."""
import json
P = {
 "h41-x160-18": (["THREATEN: North Korea (PRK) -> South Korea (KOR), declares it is entering a 'state of war', 2013-03-30"],
   "One act: the 'state of war' declaration, on Saturday = the document date. The 'barrage of threats against Seoul and Washington' is a summary of earlier acts, not coded again. Dateline found nothing in the paragraph (its story events start in paragraph 3)."),
 "h41-x158-14": ([],
   "Fatah's internal election of a new leadership (Barghouti, Dahlan voted onto the Central Committee) is an election with no PLOVER type and no interaction between actors; nothing to code, and dateline coded nothing."),
 "h41-x158-20": (["ASSAULT: forces loyal to the GNA (LBY) -> Islamic State (no code), take full control of Sirte after a six-month battle, 2016-12-05"],
   "Armed forces taking a city is ASSAULT (CONVENTIONS); 'said on Monday they had taken' gives Monday 2016-12-05. The six-month battle is the same fight, coded once. Dateline missed it (its first event is Sarraj's congratulation in paragraph 3)."),
 "h41-x157-01": (["THREATEN: Turkey's parliament (TUR) -> Greece (GRC), authorises military force should Greece extend its territorial waters, 1995-06-08"],
   "A conditional authorisation of force against Greece is a threat (the headline: 'warns Greece of war'); Thursday = 1995-06-08 (dateline June 8). Dateline has no events in this story at all."),
 "h41-x157-03": ([],
   "Voters approving a constitution in a referendum is an election result, not an act between political actors; nothing to code (a coder could stretch SUPPORT 'approve policy': Polish voters, 1997-05-25). Dateline has no events in this story at all."),
 "h41-x157-16": (["COERCE: Azerbaijani authorities (AZE) -> Ilgar Mammadov (AZE) and a senior opposition party official (AZE), arrested on riot charges, 2013-02-05"],
   "One arrest of two people; the charges are the ground of the arrest (not coded separately), and the riots of last month are inside the charge. 'have arrested' with no day given -> document date. Dateline missed it (its first event is the court order in paragraph 2)."),
}
out = []
for l in open("paragraphs-b.jsonl"):
    p = json.loads(l)
    ev, notes = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": ev, "found": 0,
                "dateline_events": len(p["events"]), "spurious": 0, "notes": notes})
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(len(o["coder_events"]) for o in out), sum(o["found"] for o in out),
      sum(o["dateline_events"] for o in out), sum(o["spurious"] for o in out))
