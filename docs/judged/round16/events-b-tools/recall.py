"""Recall on the 12 sampled story first paragraphs: judge b's coder list vs dateline's events."""
import json
R = {
 "ngec-2098": (["SUPPORT Cyprus<->Cuba sign agreement (announced by Meade)"], 0, 0, "no event at all"),
 "ngec-0512": (["REQUEST senator -> (international) investigation", "REQUEST senator -> U.S. officials get involved", "ASSAULT/execute NK officials -> defector (reported, inside claims)"], 1, 0, "REQUEST found; the two others missed"),
 "ngec-1574": (["ACCUSE Bolivia -> UN peacekeepers (disapproval)", "REJECT/ACCUSE UN -> UAE plan (vigorously oppose)", "SANCTION expel UAE -> officers (plan, future)"], 2, 0, "Bolivia's statement missed"),
 "ngec-3649": (["COERCE Rousseff orders schools closed", "MOBILIZE Rousseff -> police into Sao Paulo", "PROTEST riot (violent protest)", "COERCE arrest hundreds"], 1, 0, "police deployment typed REQUEST (wrong type); school closing and riot missed; arrest found"),
 "ngec-3552": (["SUPPORT EU ratify trade deal with Suriname (future)", "ACCUSE critics -> deal (concerns)"], 1, 0, "critics missed"),
 "ngec-0679": (["COERCE Mukherjee extends emergency rule"], 0, 1, "typed SUPPORT 'approved' (wrong type, not spurious); REQUEST 'seek legal advice' spurious"),
 "ngec-3474": (["ASSAULT missile -> Berlin, six children killed"], 0, 0, "no event"),
 "ngec-3030": (["PROTEST Turks in Belgium -> government over immigration policy"], 1, 1, "PROTEST found; CONSULT 'called the government' spurious (duplicate of the protest)"),
 "ngec-3574": (["ASSAULT drone -> car, 150 Syrians injured"], 0, 0, "no event"),
 "ngec-1157": (["AGREE Muscat and parliament joint statement to end conflict/settle sovereignty"], 0, 0, "no event"),
 "ngec-3700": (["ACCUSE investigate ICC preliminary examination (future)", "ASSAULT armed conflict Tonga-New Zealand 1941 (alleged war crimes, background)"], 1, 0, "ICC found; the 1941 conflict missed"),
 "ngec-0599": (["AGREE Bulgaria and Greece adopt declaration of intent (ceasefire, negotiations)"], 0, 0, "no event"),
}
out = open("recall-b.jsonl", "w"); tc = tf = ts = td = 0
for line in open("sample-paragraphs.jsonl"):
    p = json.loads(line); acts, found, spur, note = R[p["doc"]]
    n = len(p["events"]); tc += len(acts); tf += found; ts += spur; td += n
    out.write(json.dumps({"doc": p["doc"], "paragraph": p["paragraph"], "coder_events": acts, "dateline_events": n,
                          "found_right_type": found, "spurious": spur, "note": note}, ensure_ascii=False) + "\n")
    print(f"| {p['doc']} | {len(acts)} | {n} | {found} | {spur} | {note} |")
print(f"| total | {tc} | {td} | {tf} ({tf/tc:.0%}) | {ts} ({ts/td:.0%}) | |")
