"""Recall on the 15 sampled story first paragraphs (hand-coded); appends lines to ../events-b.jsonl."""
import json
R = [  # (coder events, dateline found with right type, dateline spurious, dateline events, note)
 (["COERCE arrest: journalist detained", "PROTEST hunger: hunger strike broadcast"], 2, 0, 2, "mode strike vs hunger (type right)"),
 (["CONCEDE: PA gave in to demands to remove Hamas", "REQUEST: Palestinian demands to the PA"], 0, 0, 0, ""),
 (["ACCUSE allege: Mauritania complaint at ICC vs Morocco", "ASSAULT (reported): alleged Moroccan attacks, 1940s"], 2, 0, 2, "ACCUSE dated '194' (filing was reported Thursday)"),
 (["REQUEST: court ordered government to release firearms"], 1, 0, 1, ""),
 (["REQUEST (future): Trump would ask DHS/State to review policy", "ACCUSE disapprove: 'terrible people' (migrants)", "AGREE: campaign promise"], 2, 0, 2, "paragraph is the whole story (no line breaks)"),
 (["RETREAT (ease embargo): Malaysia decided to lift embargo on Brunei", "COERCE restrict: Malaysia launched the embargo"], 0, 0, 2, "dateline typed the lifting ACCUSE and the embargo PROTEST boycott: real acts, wrong types"),
 (["ASSAULT crowd-control: KLA fired warning shots to disperse teenagers", "ASSAULT: teenagers attacked base, killed commander"], 0, 0, 0, ""),
 (["SUPPORT: Guatemala and Ethiopia signed the BCA"], 1, 0, 1, ""),
 (["SUPPORT/AGREE: accord concluded at the UN General Assembly"], 0, 0, 0, ""),
 (["ASSAULT aerial: Israeli planes bombed Jordanian army position"], 1, 0, 1, "target empty, date none (said Saturday)"),
 (["REQUEST: Ban called on Ethiopia to end embargo"], 1, 0, 1, ""),
 (["ACCUSE disapprove: Zambia condemned peacekeeper violence", "ASSAULT (reported): peacekeepers killed civilians", "FIGHT: campaign to drive out rebels"], 0, 0, 0, ""),
 (["ASSAULT aerial: NZ Air Force jet bombed training camp"], 0, 0, 0, ""),
 (["ASSAULT drone: drone strike killed a civilian", "ACCUSE: Taliban attributed strike to foreign aircraft"], 0, 0, 0, ""),
 (["ASSAULT: militant groups attacked northern Sinai, killing civilians"], 1, 1, 2, "'launched an attack' and 'killing' coded as two events for one act: the second is a duplicate"),
]
paras = [json.loads(l) for l in open("stories.jsonl")]
assert len(paras) == len(R)
with open("../events-b.jsonl", "a") as f:
    for i, (p, r) in enumerate(zip(paras, R), 1):
        f.write(json.dumps({"recall": i, "doc": p["doc"], "coder_events": r[0], "n_coder": len(r[0]), "found_right_type": r[1],
                            "dateline_events": r[3], "spurious": r[2], "note": r[4]}) + "\n")
        assert r[3] == len(p["events"]), (i, r[3], len(p["events"]))
tc = sum(len(r[0]) for r in R); tf = sum(r[1] for r in R); td = sum(r[3] for r in R); ts = sum(r[2] for r in R)
print(f"coder events {tc}, found with right type {tf} ({tf/tc:.0%}), dateline events {td}, spurious {ts}, wrong-type real {td-ts-tf}")
