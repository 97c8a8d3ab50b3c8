"""Write paragraphs-a-verdicts.jsonl (judge a, round 109)."""
import json

P = {
 "h32-x123-21": ([], 0, 0, "A death from a heart attack and a planned handover of power: no act between political actors to code."),
 "h32-x122-21": (["SANCTION (expel): King Mohammed VI (MAR) -> four government ministers and a senior official (MAR), dismissed over delays in the Rif programme, 2017-10-24"], 0, 0,
                 "Dismissal of ministers as a sanction (CAMEO has no exact code; coded like dateline's own 'dismissed' elsewhere as SANCTION expel). Dateline found nothing in this paragraph."),
 "h32-x121-02": (["SUPPORT: Turkish parliament (TUR) -> Necmettin Erbakan's coalition government (TUR), confidence vote approving the government, 1996-07-08"], 0, 0,
                 "A confidence vote is the parliament approving the government (SUPPORT, approve actor). Dateline found nothing in this paragraph."),
 "h32-x121-25": (["AGREE: NATO leaders (NATO) -> (none; meets the demand of Donald Trump, USA), agreed to raise defence spending to 5% of output, 2025-06-25",
                  "CONSULT (multilateral): NATO leaders (NATO), summit in The Hague, 2025-06-25"], 1, 0,
                 "Dateline's e1 AGREE (NATO leaders, 2025-06-25, explicit) is right. The summit itself, a multilateral meeting, was not coded; Trump's 'key demand' is a noun for an earlier demand, not an act of this paragraph."),
 "h32-x123-18": (["COERCE (arrest): Maldives police (MDV) -> Vice President Ahmed Adeeb (MDV), arrested at the airport, 2015-10-24"], 1, 0,
                 "Dateline's e1 is right in every field. The speedboat explosion is given here only as 'an explosion' (its attack reading comes in later paragraphs), so it is not coded from this paragraph."),
 "h32-x122-17": (["COERCE (arrest): U.S. special forces (USA) -> Abu Anas al-Libi (LBY), captured in a raid in Tripoli, 2013-10-05",
                  "REQUEST: Libyan government (LBY) -> United States (USA), demanded an explanation, 2013-10-06 (document date; not dated in the text)",
                  "ACCUSE (disapprove): Libyan government (LBY) -> United States (USA), called the capture a 'kidnapping' of a Libyan citizen, 2013-10-06"], 0, 0,
                 "Dateline found none of the three acts in this first paragraph (it coded the detention only from the third paragraph's 'lawfully detained'). The capture could also be read as ASSAULT abduct given Libya's wording; a trained coder would take the U.S. capture of a suspect as an arrest."),
}

rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(rows) == 6
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, spur, notes = P[r["doc"]]
        n_dl = len(r["events"])
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": n_dl, "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
        assert found <= len(ev) and spur <= n_dl
