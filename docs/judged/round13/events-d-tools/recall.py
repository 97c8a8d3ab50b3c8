"""Recall on the 15 sampled story first paragraphs (hand-coded); appends one line per paragraph to events-d.jsonl."""
import json, sys
# doc: (events a coder would code [type: act], found with right type, dateline events in paragraph, spurious, note)
R = [
 ("ngec-2377", ["RETREAT: Noor resigned", "REQUEST: Zardari asked Noor to step down"], 2, 2, 0, ""),
 ("ngec-1224", [], 0, 0, 0, "explosion with no actor or attack stated: nothing to code"),
 ("ngec-0235", ["ASSAULT: four bomb attacks wounded six"], 1, 1, 0, ""),
 ("ngec-0145", ["ASSAULT: militia attacked neighbourhoods"], 1, 1, 0, ""),
 ("ngec-2360", ["ACCUSE: Mahamat criticized Argentina"], 1, 1, 0, ""),
 ("ngec-0556", ["CONSULT: leaders of TTO and BVI met"], 1, 1, 0, ""),
 ("ngec-4237", [], 0, 1, 1, "voters backing parties in an election is not a PLOVER SUPPORT act: spurious"),
 ("ngec-3489", ["COERCE: ministry raided the offices of Maidan Self-Defense"], 1, 1, 0, "found; target garbled ('Maidan Self' RUS person)"),
 ("ngec-2728", ["CONSULT: Jonathan and Rasmussen spoke"], 1, 1, 0, ""),
 ("ngec-3931", ["ASSAULT (or PROTEST riot): motorists threw rocks at / broke windows of the police department"], 0, 0, 0, "missed"),
 ("ngec-4445", ["THREATEN: protesters vowed to renew attacks on Australian soldiers"], 1, 1, 0, "found; source country AUS wrong (protesters in PNG)"),
 ("ngec-0793", [], 0, 0, 0, "formation of a group and a background war reference: nothing to code"),
 ("ngec-2438", ["ASSAULT: men burnt the homes of 14 people"], 0, 0, 0, "missed"),
 ("ngec-1957", ["THREATEN: Gibraltar plans to threaten annexation (future)"], 0, 1, 1, "missed the threat; coded the conditional 'if the UK fails to recognize' as an asserted UK SUPPORT: spurious"),
 ("ngec-0104", ["MOBILIZE: Argentine peacekeepers deploying"], 0, 0, 0, "missed"),
]
with open(sys.argv[1], "a") as f:
    for doc, evs, found, dl, spur, note in R:
        f.write(json.dumps({"recall_doc": doc, "coder_events": evs, "n_coder": len(evs), "found_right_type": found,
                            "dateline_events": dl, "spurious": spur, "note": note}) + "\n")
tc = sum(len(r[1]) for r in R); tf = sum(r[2] for r in R); td = sum(r[3] for r in R); ts = sum(r[4] for r in R)
print(f"recall {tf}/{tc} = {100*tf/tc:.0f}%; spurious {ts}/{td} = {100*ts/td:.0f}%")
