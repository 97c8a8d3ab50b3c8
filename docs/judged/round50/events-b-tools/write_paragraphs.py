"""Write paragraphs-b-verdicts.jsonl (judge b, round 50)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h4-x9-03": (["SANCTION: a Moscow court sentences three Pussy Riot members to two years, 2012-08-17",
               "ACCUSE: Western governments criticise the verdict (Russia's court), 2012-08-17",
               "PROTEST: protesters demonstrate outside the courthouse against the verdict, 2012-08-17"],
              1, 0, "Dateline found the sentence only. The February performance itself (a protest against the Kremlin) is background; not listed."),
 "h4-x12-10": (["CONCEDE/RETREAT: the United States (Trump) suspends the planned tariffs on Mexican goods, 2019-06-07",
                "AGREE: Mexico agrees with the United States to take stronger steps to stem migrant flows, 2019-06-07"],
               1, 0, "AGREE found (target 'Central American migrants' is wrong, the party agreed with is the U.S.); the tariff suspension is missed. 'late on Friday' is 2019-06-07, the dateline date is the document date."),
 "h4-x9-16": (["CONCEDE: Turkey drops its opposition to Finland and Sweden joining NATO, 2022-06-28",
               "SUPPORT: Turkey, Finland and Sweden sign a memorandum, 2022-06-28"],
              1, 1, "CONCEDE found; the signing is missed; 'expansion' of the alliance coded MOBILIZE troops is spurious (membership, not a deployment)."),
 "h4-x11-13": (["ACCUSE: the Taliban condemn the United States over the drone strike in Kabul, 2022-08-02",
                "ASSAULT: a U.S. drone strike kills Ayman al-Zawahiri in Kabul (Sunday 2022-07-31, reported by Washington)"],
               2, 0, "Both found (the ASSAULT carries Tuesday's date, wrong). The background withdrawal of U.S. forces 'last year' is not listed."),
 "h4-x10-06": (["RETREAT: President Hadi submits his resignation to parliament, 2015-01-22",
                "RETREAT: the prime minister and cabinet quit, 2015-01-22",
                "ASSAULT: Houthi fighters seize the presidential palace, 2015-01-20"],
               1, 0, "Hadi's resignation found; the cabinet's resignation missed; the palace seizure is coded COERCE seize, but armed forces taking ground is ASSAULT by the conventions (real event, wrong type, not found)."),
 "h4-x11-02": (["SANCTION: the juntas of Niger, Mali and Burkina Faso withdraw from ECOWAS, 2024-01-28"],
               0, 0, "Dateline has no event in this paragraph."),
}
rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as f:
    for r in rows:
        ce, found, sp, notes = P[r["doc"]]
        f.write(json.dumps({"doc": r["doc"], "coder_events": ce, "found": found,
                            "dateline_events": len(r["events"]), "spurious": sp,
                            "notes": notes}, ensure_ascii=False) + "\n")
print("wrote", len(rows))
