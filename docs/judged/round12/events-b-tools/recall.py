"""My recall verdicts on the 15 sampled story first paragraphs -> appended to ../events-b.jsonl."""
import json
R = [
 ("ngec-3928", ["PROTEST riot: demonstrators (Qinghai, CHN) threw rocks, disrupted traffic, Friday"], 1, 1, "ASSAULT 'threw' duplicates the violent protest already coded as PROTEST"),
 ("ngec-4088", ["SUPPORT (recognize): Austria -> Suriname, Monday"], 1, 0, ""),
 ("ngec-1403", ["COOPERATE: US <-> Mexico joint infrastructure project / tunnel"], 0, 0, "missed"),
 ("ngec-0896", ["ASSAULT (car bomb) killed 44 in Zagreb, Tuesday"], 0, 0, "missed"),
 ("ngec-0819", ["AGREE (intent to cooperate militarily): Finnish Defence Ministry -> Honduras"], 0, 0, "found as CONSULT future: wrong type, not spurious"),
 ("ngec-0303", ["REJECT: Anguilla -> pro-Russian rebels (offer)"], 1, 0, ""),
 ("ngec-4235", ["ASSAULT (shelling): unknown -> house in Barutara, Tuesday"], 0, 0, "missed"),
 ("ngec-3727", ["COERCE arrest: UN police -> 80 rioters, Samoa"], 1, 1, "MOBILIZE from the noun 'patrol' (subject of the arrest), no act"),
 ("ngec-3146", [], 0, 1, "ACCUSE investigate from 'will investigate how to stop migrants' (study a policy, not an investigation of an actor; target Russia)"),
 ("ngec-1666", ["COERCE arrest: -> Andrey Tikhonovsky, Moscow, yesterday", "ACCUSE: Memorial -> Armenian Prosecutor General's Office and Russian FMS (acted illegally)"], 1, 0, "ACCUSE by Memorial missed"),
 ("ngec-2634", [], 0, 0, ""),
 ("ngec-4481", ["AGREE/SUPPORT: Montenegro MFA -> Albania (want to improve relations)"], 0, 0, "missed"),
 ("ngec-0190", ["THREATEN: US -> Central American countries (pull out of agreement)", "CONCEDE/AGREE: four Central American countries adopted human-rights pledges"], 0, 0, "both missed"),
 ("ngec-1454", [], 0, 0, ""),
 ("ngec-2335", ["SUPPORT (sign agreement): Kyrgyzstan <-> Papua New Guinea"], 1, 0, ""),
]
dl = {json.loads(l)["doc"]: len(json.loads(l)["events"]) for l in open("stories.jsonl")}
order = [json.loads(l)["doc"] for l in open("stories.jsonl")]
assert order == [r[0] for r in R]
tot = found = spur = n_dl = 0
with open("../events-b.jsonl", "a") as f:
    for i, (doc, evs, fd, sp, note) in enumerate(R, 1):
        f.write(json.dumps({"recall_n": i, "doc": doc, "coder_events": evs, "found_right_type": fd,
                            "dateline_events": dl[doc], "spurious": sp, "note": note}) + "\n")
        tot += len(evs); found += fd; spur += sp; n_dl += dl[doc]
print(f"coder events {tot}, found with right type {found} ({100*found/tot:.0f}%), dateline events {n_dl}, spurious {spur} ({100*spur/n_dl:.0f}%)")
