"""Write paragraphs-d-verdicts.jsonl (judge d, round 66)."""
import json
P = {
 "h10-x33-19": (["(none) - the referendum vote and its turnout are election results, not acts between actors"], 0, 0, 0,
   "No event to code: voters backing the name deal in a referendum is a vote outcome; dateline coded nothing, rightly."),
 "h10-x35-13": ([
   "ASSAULT: rebels (United Front for Change, TCD) -> Chad / N'Djamena (TCD), attack on the capital, 2006-04-13",
   "ASSAULT: Chadian government forces (TCD) -> rebels (TCD), beat back the attack after hours of fighting, 2006-04-13",
   "SANCTION: Idriss Deby (TCD) -> Sudan (SDN), broke off diplomatic relations, 2006-04-13",
   "ACCUSE: Idriss Deby (TCD) -> Sudan (SDN), accused of backing the insurgents, 2006-04-13"], 2, 2, 0,
   "dateline found the SANCTION and the ACCUSE. It missed the fighting (rebel attack and its repulse). The ACCUSE is dated by dateline to the document date 04-14, not Thursday."),
 "h10-x35-10": ([
   "ASSAULT: army officers (STP) -> Sao Tome and Principe government (STP), seized power in a coup, 2003-07-16",
   "COERCE: army officers (STP) -> the prime minister and several ministers (STP), detained, 2003-07-16",
   "CONSULT: President Fradique de Menezes (STP) -> Nigeria (NGA), on a visit, 2003-07-16"], 1, 1, 0,
   "dateline coded the coup (ASSAULT) only. It missed the detention of the prime minister and ministers (COERCE arrest) and the president's visit to Nigeria."),
 "h10-x34-04": (["(none) - an election win; Khatami's 'promised greater social freedom' is a background campaign pledge in a relative clause that a coder would not code as news"], 0, 0, 0,
   "No event; dateline coded nothing. A strict coder might add AGREE Khatami -> Iranians (campaign promise, undated)."),
 "h10-x34-22": ([
   "ASSAULT: Sudan army (SDN) <-> Rapid Support Forces (SDN), fighting raged for a second day in Khartoum, 2023-04-16",
   "ASSAULT: the rival forces/generals (SDN) -> civilians (SDN), killing dozens, 2023-04-16"], 1, 1, 0,
   "dateline found the killing of civilians (ASSAULT). It missed the army-RSF fighting itself, the paragraph's main event. The 2021 joint seizure of power is background and not counted."),
 "h10-x36-24": ([
   "ACCUSE: critics (SLV) -> Nayib Bukele (SLV), say his second term is unconstitutional, 2024-02-05"], 0, 0, 0,
   "Declaring victory is no event, and the gang crackdown is background. The critics' charge is an ACCUSE, which dateline missed."),
}
docs = [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for d in docs:
        ev, found, n, sp, notes = P[d]
        coded = [e for e in ev if not e.startswith("(none)")]
        out.write(json.dumps({"doc": d, "coder_events": coded, "found": found, "dateline_events": n,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
tot = [0, 0, 0, 0]
for l in open("paragraphs-d-verdicts.jsonl"):
    r = json.loads(l); tot[0] += len(r["coder_events"]); tot[1] += r["found"]; tot[2] += r["dateline_events"]; tot[3] += r["spurious"]
print("coded, found, dateline, spurious:", tot)
