"""Recall on the 12 sampled story first paragraphs: the coder's event list, dateline matches by type, spurious."""
import json
R = [
 ("ngec-3028", ["PROTEST activists vs government policy"], 1, 0, ""),
 ("ngec-0853", ["REJECT Eritrea -> Ethiopia (invite bid)"], 1, 0, ""),
 ("ngec-3094", [], 0, 0, "Rouhani speech: a statement with no PLOVER type"),
 ("ngec-3282", ["ACCUSE Media Diversified report -> Kuwaiti police", "ASSAULT Kuwaiti police -> foreign journalists (habitual)"], 0, 0, "both missed"),
 ("ngec-3715", ["AGREE Luxembourg govt intent to provide military aid", "COERCE arrest of five people near Marseille",
                "ASSAULT clash pro-Russian groups vs pro-French citizens", "ASSAULT demonstrators threw Molotov cocktails at French police",
                "PROTEST weekend pro-Russian protests", "PROTEST Aachen residents walk out/chant vs Russian govt",
                "ACCUSE residents blame police inaction", "ASSAULT deadly clash in Crimea", "COERCE Russia annexes Crimea",
                "PROTEST pro-Russian groups demonstrate vs Germany's decision", "SUPPORT Germany recognizes new Kiev govt"], 8, 5,
  "missed AGREE aid, Molotov ASSAULT, Crimea clash; spurious e3 ASSAULT 'grappling', e5 SANCTION 'walked' (duplicate of the walkout protest), e6 PROTEST riot from 'Pussy Riot', e9 PROTEST re-mention of the weekend protests, e11 COERCE 'annex' (re-mention, source Ukraine)"),
 ("ngec-1120", ["THREATEN Eritrea -> Bulgaria (invade/annex)"], 1, 0, "target Bulgaria missing"),
 ("ngec-3239", ["PROTEST students resume sit-ins", "COERCE raid of university building"], 1, 0, "missed the sit-in PROTEST"),
 ("ngec-3255", ["PROTEST boycott: publishers pull publications from Mail and Guardian"], 0, 0, "missed"),
 ("ngec-3738", ["COOPERATE Azerbaijan-South Korea joint naval maneuvers"], 1, 0, ""),
 ("ngec-2234", [], 0, 0, "Nepal's 'stake' in a deal: no act"),
 ("ngec-4431", ["AGREE Solomon Islands authorities to change laws"], 1, 0, ""),
 ("ngec-2870", ["PROTEST riot in Oslo (fireworks, rocks at security forces)", "COERCE police cordon around parliament",
                "COERCE/ASSAULT riot police disperse protesters", "COERCE arrest of a Palestinian man",
                "ASSAULT protesters break glass, throw fireworks into parliament", "ASSAULT police fire rubber bullets and tear gas"], 4, 1,
  "missed dispersal and glass-breaking; spurious e2 PROTEST (re-mention of the same demonstration); e4 source 'Riot' wrong"),
]
paras = [json.loads(l) for l in open("paras.jsonl")]
assert [p["doc"] for p in paras] == [r[0] for r in R]
tot_c = sum(len(r[1]) for r in R); tot_f = sum(r[2] for r in R); tot_d = sum(len(p["events"]) for p in paras); tot_s = sum(r[3] for r in R)
for p, r in zip(paras, R):
    print(f"| {r[0]} | {len(r[1])} | {r[2]} | {len(p['events'])} | {r[3]} | {r[4]} |")
print(f"coder events {tot_c}, found with right type {tot_f} ({tot_f/tot_c:.0%}); dateline events {tot_d}, spurious {tot_s} ({tot_s/tot_d:.0%})")
json.dump([{"doc": r[0], "coder_events": r[1], "found_right_type": r[2], "dateline_events": len(p["events"]), "spurious": r[3], "notes": r[4]} for p, r in zip(paras, R)],
          open("recall.json", "w"), indent=1)
