import json
P = [
 ("ngec-3160", ["SUPPORT: South Korea's president -> United States (decision to make the US the key partner)"], 0, 0,
  "'has angered Japan' reports a reaction, no act by Japan; 'the war against the North' is background. No extractor event."),
 ("ngec-0385", ["AGREE: Albania's foreign minister vowed (promise on foreign policy alignment), no recipient"], 1, 0,
  "borderline: a vow on its own foreign policy; counted as a promise (AGREE) so the extractor's AGREE is found. "
  "Deteriorating Moscow-Tbilisi ties is a state, no act."),
 ("ngec-2195", ["AGREE: Iceland <-> Mozambique pledged to join forces"], 1, 0, "found, mutual."),
 ("ngec-2598", ["REJECT: Slovenia -> Kosovo, will not ratify the cultural agreement (future)"], 0, 0,
  "missed; the official's telling EUobserver is only attribution."),
 ("ngec-0962", ["ASSAULT: unknown attackers -> the church president (the attack)",
                "ACCUSE investigate: Utah authorities -> suspects (searching for suspects)"], 0, 0, "both missed."),
 ("ngec-2602", ["SUPPORT: Lithuania (Culture Minister Stoilas) -> Ireland, ratified the cultural agreement on Tuesday 5 June"], 1, 0,
  "found with the right type; its date is the document date where the text gives Tuesday (5 June). The parenthetical "
  "see-also headline is the same act."),
 ("ngec-4097", ["ASSAULT massacre: unknown -> more than 80 people (Sibutu, Guatemala)"], 1, 0, "found; no perpetrator named."),
 ("ngec-2111", ["PROTEST demo: Nairobi residents (KEN) turned to the streets to press for peace"], 0, 0,
  "the extractor coded the same act as REQUEST ('press for peace'); PLOVER codes protests making requests as PROTEST, "
  "so wrong type, not found; the event holds a real act, so not spurious."),
 ("ngec-3547", ["AGREE/CONSULT: Liberia seeks to conclude peace talks with Sierra Leone (one act)"], 0, 0, "missed."),
 ("ngec-0157", ["ASSAULT: Mali-led military offensive -> Islamist insurgents",
                "ASSAULT: Islamist militants continue to wage war in northern Mali"], 0, 0, "both missed."),
 ("ngec-1385", ["ACCUSE: Xi Jinping condemned human rights abuses in China",
                "ASSAULT abduct: unknown -> Uighurs and Tibetans (reported abductions, confirmed Sunday)",
                "COERCE deport: unknown -> Uighurs and Tibetans (deportations)"], 1, 0,
  "ACCUSE found (target empty); the abductions and deportations missed."),
 ("ngec-3510", ["AID: Sweden -> Indonesia (signed a billion-dollar aid package for poor communities, Monday)"], 1, 0,
  "found as AID (type right), though coded Indonesia -> its poor communities with Sweden missing."),
]
src = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [s["doc"] for s in src] == [p[0] for p in P]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for s, (doc, ce, found, spur, notes) in zip(src, P):
        f.write(json.dumps({"doc": doc, "coder_events": ce, "found": found,
                            "dateline_events": len(s["events"]), "spurious": spur, "notes": notes},
                           ensure_ascii=False) + "\n")
tc = sum(len(p[1]) for p in P); tf = sum(p[2] for p in P); td = sum(len(s["events"]) for s in src); ts = sum(p[3] for p in P)
print(f"coder events {tc}, found {tf} ({100*tf/tc:.1f}%), extractor events {td}, spurious {ts} ({100*ts/td:.1f}%)")
