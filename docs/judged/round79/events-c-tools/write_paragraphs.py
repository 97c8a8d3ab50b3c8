"""Write paragraphs-c-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h17-x64-20": (["ACCUSE: Japan (JPN) -> South Korea (KOR), lodged a strong protest over the ruling, 2018-10-31",
                 "SANCTION: South Korea's Supreme Court (KOR) -> Japanese steelmaker Nippon Steel (JPN), ordered it to compensate four wartime labourers, 2018-10-30"],
                1, 0, "Dateline found the protest (ACCUSE JPN -> KOR, right). It missed the court ruling against the steelmaker (SANCTION convict: found liable); 'a ruling Tokyo said threatened...' is part of the same protest, not coded twice; the wartime forced labour is background."),
 "h17-x63-12": (["ASSAULT: gunmen (rebels, no country in the sentence) -> Chinese-run oil site, 65 Ethiopians (ETH) and nine Chinese (CHN) killed, attack, 2007-04-24",
                 "ASSAULT: gunmen -> seven Chinese workers (CHN), abducted, 2007-04-24"],
                2, 0, "Both found with the right type (the killing is part of the attack, coded once). Arguments: e1's targets Ethiopia and Somalia are poor (Somalia is wrong: 'Somali region' is a region of Ethiopia); e2's target China should be the seven Chinese workers (CHN)."),
 "h17-x63-20": (["AGREE: Abiy Ahmed (ETH) -> Eritrea (ERI), promised to make peace, 2018-04-02"],
                0, 0, "Dateline coded nothing. The promise to make peace with Eritrea is AGREE (express willingness to end a conflict); the swearing-in is not a PLOVER act and 'three years of deadly protests' is background."),
 "h17-x63-09": (["ASSAULT: Burundi's last active rebel group, the FNL (BDI) -> more than 150 Congolese refugees (COD), massacre at a U.N. camp, 2004-08-13",
                 "THREATEN: Rwanda (RWA) and Burundi (BDI) -> Congo (COD), threatened to send troops to hunt the killers, 2004-08-14"],
                1, 0, "Dateline found the THREATEN (its target should be Congo, COD, named in the sentence, not empty). It missed the massacre, which the rebel group's claim attributes to it (the claim of responsibility itself is CAMEO 015, no PLOVER event)."),
 "h17-x61-13": (["SUPPORT: Albania (ALB) and Croatia (HRV) -> NATO, formally joined the alliance (accession finalized), 2009-04-01"],
                0, 0, "Dateline coded nothing. Joining NATO by depositing the instruments of accession is SUPPORT (finalize an agreement/treaty); the leaders' future anniversary gathering is a time phrase, not coded."),
 "h17-x61-20": (["COOPERATE: Russia (RUS) -> Turkey (TUR), delivered the first parts of the S-400 system (arms deal), 2019-07-12"],
                0, 0, "Dateline coded nothing. The arms delivery is military exchange (COOPERATE; AID 'provide arms' would also do); 'collision course with the United States' is commentary, not an act."),
}
rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
assert len(rows) == 6 and set(P) == {r["doc"] for r in rows}
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for r in rows:
        ev, found, spur, notes = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(r["events"]), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
