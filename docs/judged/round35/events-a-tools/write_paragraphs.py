"""Write paragraphs-a-verdicts.jsonl: the coder's events for each sampled first paragraph,
how many of them dateline found with the right type, and dateline's spurious events."""
import json

P = {
    "ngec-1855": (["ASSAULT: US Navy shoots down an enemy plane near the Pacific islands, 2023-06-15"],
                  1, 0, "Dateline's ASSAULT aerial matches (target empty: the enemy is unnamed)."),
    "ngec-4235": (["ASSAULT: an unknown party's shell hits a house near Barutara village (Micronesia), Tuesday 2023-06-13"],
                  0, 0, "Shelling of a house missed. The Shell Company's admission is not a PLOVER act."),
    "ngec-4171": (["AGREE: UAE pledged military support to Swaziland (earlier, undated)"],
                  0, 0, "The pledge (background AGREE) is missed; 'violence ... raised fears' names no act."),
    "ngec-3295": (["AID: IMF approves a $10.2 billion loan to Peru, Thursday 2023-06-15"],
                  1, 0, "Found with right arguments and date."),
    "ngec-1793": (["ACCUSE: (unnamed critics) criticize Panamanian authorities for failing to halt violence, 2023-06-15"],
                  0, 0, "'come under fire' (criticism) missed; the Canal Authority removing workers in 2013 is not coded as a PLOVER act."),
    "ngec-1982": (["REQUEST: Albania (an Albanian official) calls for the end of EU sanctions on energy suppliers, target EU, Monday 2023-06-12"],
                  0, 0, "'wants to end' sanctions, a request to the EU, missed."),
    "ngec-3748": (["SUPPORT: Italy's former chief prosecutor thanks the Colombian government, 2023-06-15",
                   "ASSAULT: clashes between supporters of the former president and foes of his successor, this week"],
                  1, 0, "Thanks found; the week of clashes missed."),
    "ngec-2675": (["REJECT: Nauru's voters reject the ballot initiative to return the detention center to the UN, Monday 2023-06-12"],
                  0, 0, "Referendum rejection missed (a coder may or may not code a popular vote; I do)."),
    "ngec-3428": (["AGREE: Morocco-based peacekeepers say they are ready to help Libyan rebels (against Gadhafi), Wednesday 2023-06-14"],
                  1, 0, "Found; dateline adds Gadhafi as a second target, which is wrong (he is the one to be overthrown), but type counts."),
    "ngec-1613": (["ACCUSE: New Zealand lodges a complaint against the Maldives over currency undervaluation, 2023-06-15, reported"],
                  1, 0, "Found with the right type; its date 2013 is the undervaluation's year, not the complaint's."),
    "ngec-1625": (["AGREE: Azerbaijan (an official) says preparations are under way to sign a cooperation agreement with the Cayman Islands, 2023-06-15",
                   "SUPPORT: Azerbaijani President Aliyev and Cayman premier Tsang signed a draft of the agreement (undated, before the news)"],
                  0, 0, "Neither the planned signing nor the signed draft found; BTA calling it an important step I leave uncoded (state news agency comment)."),
    "ngec-2234": (["AGREE: Nepal's PM Koirala says Nepal has a stake in securing a nuclear plant deal in Ghana (willingness to cooperate), Monday 2023-06-12"],
                  0, 0, "Missed; a weak statement of interest, a coder could leave it out."),
}


def main():
    paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
    assert len(paras) == 12 and {p["doc"] for p in paras} == set(P)
    with open("paragraphs-a-verdicts.jsonl", "w") as out:
        for p in paras:
            coder, found, spurious, notes = P[p["doc"]]
            assert found <= len(coder)
            out.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": found,
                                  "dateline_events": len(p["events"]), "spurious": spurious,
                                  "notes": notes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
