"""Write paragraphs-a-verdicts.jsonl (judge a, round 168)."""
import json
P = {
 "h61-x239-07": ([
   "COOPERATE: Xi Jinping (CHN) <-> Mahinda Rajapaksa (LKA), launched construction of the $1.4 billion Colombo port city (economic cooperation), 2014-09-16 (Tuesday)"],
   "Dateline found no event; the joint launch of a Chinese-built project is mutual economic cooperation (COOPERATE)."),
 "h61-x237-17": ([
   "COERCE: Belarusian authorities (BLR) -> Viktor Babariko (BLR) and his son, detained on suspicion of money laundering, 2020-06-19 (reported Friday; the next paragraph puts it on Thursday)"],
   "Found with the right type; its target list wrongly adds Lukashenko (named only as the incumbent Babariko challenges). The suspicion could also be read as an ACCUSE, but it is the ground of the arrest, not a separate act."),
 "h61-x240-21": ([],
   "The vote to postpone the election is a domestic legislative act with no PLOVER type directed at an actor (at most a borderline COERCE restrict on political rights); Sogavare's justification is not an event. Nothing to code, nothing found, nothing spurious."),
 "h61-x239-18": ([
   "SANCTION: Somalia's parliament (SOM) -> Prime Minister Hassan Ali Khaire (SOM), voted to remove him (no-confidence), 2020-07-25 (Saturday)",
   "ACCUSE: Somalia's parliament (SOM) -> Khaire's government (SOM), accused of failing to prepare the election and neglecting security, 2020-07-25"],
   "Dateline found the ACCUSE but not the removal vote."),
 "h61-x238-07": ([
   "ASSAULT: Kurdish peshmerga (IRQ) -> Kirkuk (no party), took full control of the city, 2014-06-12 (Thursday)",
   "RETREAT: Iraqi army units (IRQ) abandoned their positions in Kirkuk, 2014-06-12 (before the takeover)",
   "ASSAULT: Sunni Islamist militants (no code) -> Iraq (IRQ), lightning advance across northern Iraq, ongoing 2014-06-12"],
   "Found the peshmerga takeover (ASSAULT by the rules' seizure convention); missed the army's withdrawal and the militants' advance."),
 "h61-x239-23": ([],
   "Sharif's return from exile and his 'no desire for revenge' speech to supporters are not PLOVER acts between political actors. Nothing to code, nothing found, nothing spurious."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
FOUND = {"h61-x237-17": 1, "h61-x239-18": 1, "h61-x238-07": 1}
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": FOUND.get(p["doc"], 0),
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")
