"""Judge a's recall verdicts on the 12 first paragraphs; writes paragraphs-a-verdicts.jsonl."""
import json
P = {  # doc: (gold events a coder codes, found with right type, spurious dateline events, note)
 "ngec-0257": ([], 0, 0, "no PLOVER act (a discussion put aside)"),
 "ngec-1841": ([], 0, 0, "no act (population figures)"),
 "ngec-3948": (["AID Norway->Angola (experts, future)"], 0, 0, "missed"),
 "ngec-3395": (["ASSAULT gunmen->police", "ASSAULT (unnamed)->gunmen killed", "COERCE arrest of the rest"], 2, 0,
               "capture missed; e1 gunmen/police coded PHL though Maiduguri, Borno is Nigeria"),
 "ngec-1944": (["RETREAT return rebels->Ministry of Defense", "COERCE seize rebels->Ministry of Defense (over a week ago)"], 2, 0,
               "e2 seize has source Latvia (should be rebels) and date 2023-06-13 (text: over a week ago)"),
 "ngec-1565": (["COERCE/RETREAT emergency order on curfews (Kenyan authorities)", "ACCUSE/THREATEN human rights groups->authorities"], 0, 0,
               "e1 'issued' coded REQUEST: a decree is not a request; criticism/threats missed"),
 "ngec-3766": (["SUPPORT/AGREE Oran government<->Sudan government (agreement confirmed)"], 0, 0, "missed"),
 "ngec-1895": (["COOPERATE Niger troops<->China troops (joint manoeuvres)"], 1, 0, "China left out as the other party"),
 "ngec-1238": (["CONSULT diplomats negotiating (climate talks)"], 0, 0, "missed"),
 "ngec-4189": (["COERCE arrest ordered by the Supreme Court -> Hun Sen and two ex-ministers"], 0, 0,
               "coded REQUEST 'ordered': a court ordering an arrest is COERCE (or ACCUSE), not a request to the accused"),
 "ngec-4406": (["MOBILIZE police/troopers to the Capitol", "ASSAULT gunman->Giffords and six others"], 2, 1,
               "e3 'killing' duplicates e2 'opened fire' (same act, same sentence) and has date 2023-06-15 instead of Sunday; e4 (second 'deployed', own sentence) not counted spurious; e1 puts Police as target with no source"),
 "ngec-2120": (["PROTEST protesters (rally, rocks thrown) against the prime minister's gun-law efforts"], 1, 0, "source and target left empty"),
}
rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
g = f = s = n = 0
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        gold, found, spur, note = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "paragraph": r["paragraph"], "gold": gold, "found_right_type": found,
                              "dateline_events": len(r["events"]), "spurious": spur, "note": note}) + "\n")
        g += len(gold); f += found; s += spur; n += len(r["events"])
print(f"recall {f}/{g} = {100*f/g:.0f}%; spurious {s}/{n} dateline events")
