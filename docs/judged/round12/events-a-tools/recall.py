"""Recall on the 15 story first paragraphs (judge j14-events-a): gold events, found with right type, spurious."""
import json
R = [  # (doc, gold events, found-right-type, dateline events, spurious, note)
 ("ngec-3651", ["MOBILIZE Renzi orders troops to guard Colosseum", "SUPPORT Renzi -> Berlusconi"], 1, 2, 0, "'ordered' coded REQUEST (ordering own troops to deploy = MOBILIZE): wrong type, not spurious"),
 ("ngec-1795", ["ACCUSE opposition condemns assassination", "ASSAULT Friday's assassination of negotiator", "REJECT won't accept cessation"], 2, 2, 0, "'would not accept' coded AGREE negated: counted as REJECT by the convention's 'RETREAT negated' analogy; assassination missed"),
 ("ngec-2512", ["AGREE country offers a peace broker / to open talks"], 0, 0, 0, "offer missed"),
 ("ngec-2971", [], 0, 0, 0, "no event (poll)"),
 ("ngec-2243", ["AGREE/CONCEDE Bolivia offers concessions to Kuwait"], 1, 1, 0, ""),
 ("ngec-3328", ["ASSAULT militants attack checkpoint", "COERCE governor declares blockade"], 1, 1, 0, "blockade missed; militants given TUR (South Pacific island)"),
 ("ngec-0397", ["CONSULT US embassy letter to Malta", "SUPPORT Malta appreciates progress"], 1, 1, 0, "appreciation missed"),
 ("ngec-0981", ["REQUEST US pressures government to crack down", "REQUEST EU/US push junta to curb abuses"], 0, 1, 1, "'crack' (the demanded act) coded as an asserted COERCE by a USA 'government': spurious; both demands missed"),
 ("ngec-3670", ["COERCE/seize rebels capture Hadda (CAMEO 192)"], 1, 1, 0, ""),
 ("ngec-1419", ["PROTEST demonstrators break into base checkpoint to protest the military"], 1, 1, 0, "break-in and protest counted as one collective act"),
 ("ngec-1189", ["ACCUSE/investigate British police investigation", "ASSAULT firebombing of activist"], 1, 1, 0, "firebombing missed; investigation target = the activist (victim)"),
 ("ngec-2581", ["COERCE/SANCTION Myanmar government sacks officials for alleged sedition"], 0, 0, 0, "sacking missed"),
 ("ngec-3843", ["RETREAT Zambia withdraws military from border", "SUPPORT Sata signs security pact with Russia"], 2, 2, 0, ""),
 ("ngec-1147", ["RETREAT militia put down firearms", "AGREE agreement with local officials"], 0, 0, 0, "both missed"),
 ("ngec-2221", ["REQUEST US and Sierra Leone call on factions", "CONSULT US official meets Sirleaf"], 2, 2, 0, ""),
]
gold = sum(len(r[1]) for r in R); found = sum(r[2] for r in R); de = sum(r[3] for r in R); sp = sum(r[4] for r in R)
keep = [l for l in open("events-a.jsonl") if '"kind": "recall"' not in l]  # run after verdicts.py; appends recall lines
with open("events-a.jsonl", "w") as f:
    f.writelines(keep)
    for d, g, fo, n, s, note in R:
        f.write(json.dumps({"kind": "recall", "doc": d, "gold": g, "found_right_type": fo, "dateline_events": n, "spurious": s, "note": note}) + "\n")
print(f"gold {gold}, found right type {found} ({100*found/gold:.0f}%), dateline events {de}, spurious {sp} ({100*sp/de:.0f}%)")
