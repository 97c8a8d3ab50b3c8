"""Judge's recall coding of the 12 story first paragraphs -> ../events-a-paragraphs.jsonl and totals."""
import json
R = {
 "ngec-2186": (["AGREE Kenya<->Spain (agreed not to sign)"], ["AGREE"], 0, "e1 found"),
 "ngec-4029": (["REQUEST UK,US->Rwanda (working to get it to withdraw complaint)", "ACCUSE Rwanda->Fiji (WTO complaint)",
                "REJECT Rwanda gov (refused to sign the deal)", "REQUEST US->Zambia (encourage to sign)", "AID/COOPERATE UK(DFID)->EU (help with relations)"],
               ["ACCUSE", "REJECT", "REQUEST", "AID"], 0, "missed the UK/US request to Rwanda; e4 AID accepted for help to the EU"),
 "ngec-3641": (["SUPPORT Burkina Faso->EU (ratified)", "CONCEDE EU->Burkina Faso (concessions)"], ["SUPPORT", "CONCEDE"], 0, "both found (targets wrong: regulation / empty)"),
 "ngec-0544": ([], [], 0, "no inter-actor act (government shutdown ahead of a storm)"),
 "ngec-3739": (["COOPERATE Netherlands<->Honduran navy (joint naval exercises)"], ["COOPERATE"], 0, "found"),
 "ngec-2585": (["ASSAULT/beat group of 20 men->opposition leader"], [], 0, "missed"),
 "ngec-0273": (["REJECT Abdullah->opposition (no compromise / not give in)", "CONCEDE Sudan gov->opposition (prepared to meet demands)",
                "PROTEST opposition/Sudanese->gov", "ASSAULT gov supporters->protesters", "ACCUSE gov->opposition (blamed)",
                "CONCEDE gov (order to end curfew)", "AGREE Khartoum (vow to restore peace)", "CONCEDE minister (will end curfew when...; conditional)"],
               ["REJECT(as CONCEDE negated e2)", "PROTEST", "ACCUSE", "CONCEDE(e5 conditional)"], 0,
               "e4 order to end the curfew typed REQUEST (source Kenya): wrong type, not spurious; missed the 'prepared to meet demands', the attack, the vow"),
 "ngec-2581": (["SANCTION/expel (or COERCE) Myanmar gov->its officials (sacked for sedition)"], [], 0, "missed"),
 "ngec-0134": ([], [], 1, "e1 COERCE/ban: parties 'banned themselves' is reflexive, no act between actors -> spurious"),
 "ngec-2561": (["ASSAULT/aerial Russian air forces->targets in Syria", "CONCEDE/AGREE Aleppo locals (partial ceasefire deal)"], [], 0, "both missed"),
 "ngec-2259": (["ACCUSE/allege (sue) New York man->city"], ["ACCUSE"], 0, "found (source coded as New York the place)"),
 "ngec-3178": (["RETREAT/release (captives released)"], [], 0, "missed"),
}
paras = [json.loads(l) for l in open("sample_paras.jsonl")]
out = open("../events-a-paragraphs.jsonl", "w")
C = F = S = D = 0
for p in paras:
    coder, found, spur, note = R[p["doc"]]
    n = len(p["events"])
    out.write(json.dumps({"doc": p["doc"], "paragraph": p["paragraph"], "dateline_events": p["events"],
                          "coder_events": coder, "found_right_type": len(found), "found": found,
                          "dateline_n": n, "spurious": spur, "note": note}) + "\n")
    C += len(coder); F += len(found); S += spur; D += n
    print(f'{p["doc"]}: coder {len(coder)}, found {len(found)}, dateline {n}, spurious {spur}')
print(f"recall {F}/{C} = {100*F/C:.0f}%; spurious {S}/{D} = {100*S/D:.0f}%")
