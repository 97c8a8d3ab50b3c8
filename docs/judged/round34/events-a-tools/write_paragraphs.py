"""Write paragraphs-a-verdicts.jsonl: judge a's coding of the 12 sampled first paragraphs."""
import json

P = {
    "ngec-2511": (["AGREE: a rebel unit in northern Mozambique and the Mozambican government negotiated an end to the war (announced Wednesday 2023-06-14)"], 0, 0,
                  "Missed the negotiated settlement; 'announced' carries it."),
    "ngec-1869": ([], 0, 0, "Domestic institution-building (a banking system, a law that 'should' be issued): no PLOVER act between actors."),
    "ngec-3751": (["AGREE: Malawi and Cote d'Ivoire agree to strengthen diplomatic ties, document date"], 1, 0,
                  "Found with the right type; the second party is 'Cote[MWI/person]', a cut name with the wrong code."),
    "ngec-4201": (["AGREE (negated): the EU failed to strike a free trade agreement with 'its largest bloc', undated background"], 1, 0,
                  "Gulf states 'considering' imports is no act. Dateline's AGREE is the failed agreement, coded asserted with the document date (modality and date wrong), not spurious."),
    "ngec-0689": (["AGREE: Greenland's new leader says Greenland would be ready to help solve Middle East conflicts if called on (conditional), document date"], 0, 0,
                  "Missed the offer of help."),
    "ngec-2276": (["SANCTION: (a court) convicts Guatemalan ex-President Otto Perez Molina of crimes against humanity, Friday 2023-06-09",
                   "ASSAULT: Perez Molina ordered a military crackdown on a rebel base, 1980s (the act he is convicted of)"], 1, 0,
                  "The conviction is found and right; the 1980s crackdown (background, inside the verdict) is missed; some coders would not code it."),
    "ngec-3706": (["ACCUSE: the Special Tribunal for Lebanon's report on alleged Israeli war crimes in the Lebanese civil war (investigate/allege), undated",
                   "REQUEST: (unnamed) tell the British Government to be ready to pay up to 60,000 pounds to the Special Tribunal, document date"], 0, 0,
                  "Opinion text; both acts missed."),
    "ngec-1013": ([], 0, 0, "No act."),
    "ngec-3857": (["CONCEDE: (Tongan authorities) will lift the daytime curfew in the Tongan territories until March 31, 2013 (future)",
                   "CONCEDE: schoolchildren will be permitted to attend school from June 4 (future easing)"], 0, 0,
                  "Both easings missed (curfew lifting 'will be lifted', passive, no named actor)."),
    "ngec-3966": ([], 0, 0, "A sports body dissolving a franchise: not a political event."),
    "ngec-1820": (["AGREE: Sudanese opposition leader Ahmed Dabbashi offered opposition figures a truce with the government and more aid if they accept his proposal to form a new government"], 0, 0,
                  "Missed the offer."),
    "ngec-1336": (["COOPERATE: Slovak manufacturers create a joint venture with a large (unnamed) solar-panel maker, document date"], 0, 0,
                  "Missed the economic cooperation."),
}

rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert {r["doc"] for r in rows} == set(P)
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, spur, notes = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(r["events"]), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[d][0]) if k == "coder" else P[d][1]) for d in P)
print("coder", tot("coder"), "found", tot("found"),
      "dateline", sum(len(r["events"]) for r in rows), "spurious", sum(P[d][2] for d in P))
