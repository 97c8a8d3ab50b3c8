"""Write paragraphs-b-verdicts.jsonl (round 36, judge b). Run from docs/judged/round36."""
import json

P = {
 "ngec-1199": ([], 0, 0, "Emergency officials' own weekly meeting and rescue operations: no act between political actors."),
 "ngec-2277": (["ACCUSE (allege, trial): a UN court tries Algerian warlord Hassan Ben Larbi for war crimes, reported 18 April"], 0, 0, "Trial missed."),
 "ngec-2630": (["AID: Egyptian authorities rush aid supplies to drought-hit areas (Egyptian civilians), reported Thursday"], 0, 0, "Relief aid missed; the drought deaths are no event."),
 "ngec-1369": (["REJECT (or RETREAT access negated): New Zealand decides not to allow a multilateral observation mission on Paparoa Island to continue, April"], 0, 0, "The April decision, embedded in Friday's statement, missed."),
 "ngec-1260": ([], 0, 0, "An agency approving a study is no interaction between actors."),
 "ngec-4053": ([], 0, 0, "A list of consulates, no clause."),
 "ngec-1511": (["RETREAT: Sudanese authorities lift the 24-hour curfew on Khartoum, document date",
                "CONSULT: opposition leader Ahmed Hassan Haroun holds talks with President Omar al-Bashir (the 'talks with opposition leaders'), before the lifting",
                "CONSULT (visit): Haroun visits Khartoum (Sudan)"], 3, 0,
               "All three found; the visit and the talks counted as two acts (CAMEO 042/040). e3 splits al-Bashir into 'Omar al' and 'Bashir' (argument error, not scored here)."),
 "ngec-1440": (["COERCE (arrest): Malaysian authorities arrest Najib Razak's wife in a bank fraud probe, earlier, undated"], 0, 0, "Arrest missed; the public appearance is no event."),
 "ngec-1166": (["AGREE: North Korean authorities agree to let defectors into the country, reported Friday",
                "RETREAT (easing): North Korean authorities grant the defectors work permits, reported Friday"], 1, 0,
               "AGREE found; the granting of work permits missed. 'In exchange for food and other aid' is the deal's terms, not a separate act reported."),
 "ngec-1056": ([], 0, 0, "Marginal: the government's promise to protect rights, relayed to residents, could be read as a CONCEDE promise; I would not code it."),
 "ngec-2971": ([], 0, 0, "A poll result, no act."),
 "ngec-4444": (["THREATEN (violence): Islamist militants threaten to resume attacks on South Cyprus if the EU-brokered summit fails, Tuesday 2023-06-13"], 0, 0,
               "Threat missed; the planned summit is only the condition."),
}

out = []
for line in open("paragraphs-b.jsonl"):
    d = json.loads(line)
    ev, found, spur, notes = P[d["doc"]]
    out.append({"doc": d["doc"], "coder_events": ev, "found": found,
                "dateline_events": len(d["events"]), "spurious": spur, "notes": notes})
assert len(out) == 12
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
ce = sum(len(o["coder_events"]) for o in out)
fd = sum(o["found"] for o in out)
de = sum(o["dateline_events"] for o in out)
sp = sum(o["spurious"] for o in out)
print(f"coder events {ce}, found {fd} ({100*fd/ce:.0f}%), dateline events {de}, spurious {sp}")
