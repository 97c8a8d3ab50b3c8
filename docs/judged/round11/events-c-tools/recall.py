"""Recall on the 15 sampled story first paragraphs: coder's event list, dateline hits (right type), spurious.
Appends one line per paragraph to ../events-c.jsonl (run after verdicts.py)."""
import json
R = [  # (coder events, found with right type, spurious, note)
 (["THREATEN Saudi Arabia->Qatar (warned ... cut off borders)", "ASSAULT gunmen (truck) set fire to restaurant, killing employee", "ASSAULT hostage executed (reported, video)"], 2, 0, "arson/killing missed"),
 (["ASSAULT Guatemalan army bomb killed 14 AUC members", "ASSAULT security forces' earlier killing of the leader's brother (background)"], 1, 0, "background killing missed"),
 (["MOBILIZE Solomon Islands forces patrols in PNG", "REQUEST United Democratic Front asked them"], 2, 0, "REQUEST found with wrong source (forces instead of UDF)"),
 (["SUPPORT Australia approved plan (wind farm in Turks and Caicos)"], 1, 0, "target 'Turks' group"),
 (["AGREE Israel's PM pledged to curb settlements", "THREATEN PM warned he would veto UNSC resolution"], 2, 1, "REJECT 'veto' (hypothetical) is a second event for the warning act: duplicate"),
 (["ASSAULT bank attacked", "MOBILIZE bomb squad dispatched"], 1, 0, "bomb-squad deployment missed"),
 (["SUPPORT El Salvador lawmakers approved measure"], 1, 0, "target El Salvador itself"),
 (["COERCE curfew imposed on Libreville (background)", "RETREAT/CONCEDE curfew lifted (the news)"], 1, 0, "only the background curfew coded, dated dct; the lifting (the news) missed"),
 (["COOPERATE US-Mexico joint infrastructure project / tunnel construction"], 0, 0, "no event"),
 (["REJECT Slovakia rejected Iraqi offer", "AGREE Iraqi delegation offered to mediate"], 1, 0, "offer missed"),
 (["ACCUSE Zimbabwe's president denounced Paraguay", "COERCE/SANCTION Paraguay closed a mining consortium"], 1, 0, "ACCUSE target is Zimbabwe's own government (wrong); closure missed"),
 ([], 0, 0, "no codable act (citizens 'banded together' against businesses; nonsensical)"),
 (["COERCE curfew imposed in Sunni city", "ASSAULT government forces cleared towns of militants"], 1, 0, "clearing operation missed"),
 (["SUPPORT Dutch government approved Anguilla plan"], 1, 0, ""),
 (["PROTEST Prague's largest protest (protesters vs mayor)"], 1, 0, "source given as Czech government (wrong)"),
]
paras = [json.loads(l) for l in open("paras.jsonl")]
tot_c = tot_f = tot_s = tot_d = 0
with open("../events-c.jsonl", "a") as out:
    for i, (p, (ev, f, s, note)) in enumerate(zip(paras, R), 1):
        n_dl = len(p["events"])
        tot_c += len(ev); tot_f += f; tot_s += s; tot_d += n_dl
        out.write(json.dumps({"recall_paragraph": i, "doc": p["doc"], "coder_events": ev, "n_coder": len(ev),
                              "found_right_type": f, "dateline_events": n_dl, "spurious": s, "note": note}) + "\n")
        print(f"| P{i} | {p['doc']} | {len(ev)} | {f} | {n_dl} | {s} | {note} |")
print(f"recall {tot_f}/{tot_c} = {100*tot_f/tot_c:.0f}%; spurious {tot_s}/{tot_d} = {100*tot_s/tot_d:.0f}%")
