"""Recall on the 15 story first paragraphs (hand-coded); appends one line per paragraph to events-d.jsonl."""
import json
R = [  # (coder events, found with right type, dateline events in paragraph, spurious, note)
("ngec-2222", ["COOPERATE/AGREE Estonia->Togo: plans to send soldiers to a joint exercise (future)"], 1, 1, 0, "AGREE on 'announced plans' accepted as a statement of intent to cooperate"),
("ngec-2995", ["ACCUSE investigate: police investigating the shooting", "ASSAULT: young man shot dead Monday night"], 1, 1, 0, "shooting missed in this paragraph"),
("ngec-2905", ["AGREE Malta->USA: accepted terms of trade deal"], 1, 1, 0, ""),
("ngec-0214", ["THREATEN ISIS->town/youths", "PROTEST youths, Tuesday (background)", "REQUEST ISIS->families: encouraged to seek refuge"], 2, 2, 0, "protest missed; sources add Syria (country) to ISIS"),
("ngec-0332", ["AGREE USA->Burundi: reached agreement of principle"], 1, 2, 1, "'force the country's military ... to pause' coded MOBILIZE troops (spurious); AGREE coded hypothetical though asserted"),
("ngec-0159", ["SANCTION withdraw Tonga->UN: step toward withdrawal"], 0, 0, 0, "missed"),
("ngec-0884", ["PROTEST demo: workers protested Wednesday", "PROTEST strike: declared total work stoppage"], 1, 1, 0, "strike not coded separately"),
("ngec-0059", ["PROTEST: 40 protesters at parliament"], 0, 0, 0, "missed"),
("ngec-0239", ["ASSAULT Taliban->village Aghinabad, destroying houses (one act)"], 1, 2, 1, "destroyed + assault coded as two ASSAULTs for one act (duplicate)"),
("ngec-3587", ["ACCUSE investigate: governor's office -> UK human rights violations"], 1, 1, 0, ""),
("ngec-2689", ["COERCE cyber: news website hit by cyber attack"], 0, 0, 0, "missed"),
("ngec-2639", ["AID USA->Haiti: sending medical/relief team"], 0, 1, 0, "coded AGREE (wrong type), target Haiti empty"),
("ngec-1617", ["ACCUSE Bolivia->Guadeloupe: complained to IMF", "SANCTION banks->Bolivia: cut presence over rate hike"], 1, 1, 0, "ACCUSE target given as IMF (the addressee) not Guadeloupe; bank pull-out missed"),
("ngec-0993", ["PROTEST (riot) in Turkey turned violent"], 0, 0, 0, "missed"),
("ngec-2735", ["RETREAT/CONCEDE Bahamas->Kiribati: repeal of arms embargo", "REQUEST/COERCE China, DR ->Bahamas: pressure"], 0, 0, 0, "both missed"),
]
with open("docs/judged/round11/events-d.jsonl", "a") as f:
    for i, (doc, evs, found, n_dl, spur, note) in enumerate(R, 1):
        f.write(json.dumps({"n": f"R{i}", "corpus": "recall", "doc": doc, "coder_events": evs, "coded": len(evs),
                            "found_right_type": found, "dateline_events": n_dl, "spurious": spur, "note": note}) + "\n")
c = sum(len(r[1]) for r in R); fo = sum(r[2] for r in R); d = sum(r[3] for r in R); s = sum(r[4] for r in R)
print(f"recall {fo}/{c} ({100*fo/c:.0f}%), dateline events {d}, spurious {s} ({100*s/d:.0f}%), paragraphs with no event found {sum(r[3]==0 for r in R)}/15")
