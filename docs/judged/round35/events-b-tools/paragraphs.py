"""Judge b's paragraph recall verdicts for round 35: write paragraphs-b-verdicts.jsonl.

P[doc] = (coder events, found with right type, spurious dateline events, notes)."""
import json

P = {
 "ngec-0019": (["PROTEST: thousands rally in downtown Washington with Democratic lawmakers and organizers pressing for tighter gun restrictions (target US government), document date"],
               0, 0, "Protest making a demand is coded PROTEST (codebook note), so the pressing is not a separate REQUEST."),
 "ngec-1847": (["CONCEDE: the government (Minister of Trade Al-Ghanbar) decides to stop discriminating against foreign businesses (easing restrictions), undated past"],
               0, 0, ""),
 "ngec-2212": (["COOPERATE: joint military exercises of some 15 African countries start this morning over Montserrat (future/today), announced by Defence Minister Farrakhan Friday"],
               0, 0, ""),
 "ngec-1757": (["COERCE (misinformation): intelligence agencies working to discredit opposition candidate Prachanda, ongoing (document date)",
                "ACCUSE: the opposition accuses the Nepal government of being behind the election rigging, yesterday (2023-06-14)"],
               0, 0, ""),
 "ngec-0190": (["THREATEN: the US threatens to pull out of the agreement over the countries' human rights record (background, undated)",
                "AGREE: four Central American countries adopt pledges and commitments to improve human rights, document date"],
               0, 0, "AGREE could be CONCEDE (yielding to US pressure)."),
 "ngec-0600": (["REQUEST: UN Security Council votes to authorize (demand) a cease-fire, Monday 2023-06-12",
                "AID: UN Security Council allows immediate air drops of food to the hungry population, Monday 2023-06-12"],
               0, 0, "One resolution holding two acts; a coder might code only one of them."),
 "ngec-3736": (["COOPERATE: the United States and the Royal Navy conduct joint military drills in the Indian Ocean, this week (2023-W24)"],
               1, 0, "Dateline's COOPERATE is right."),
 "ngec-0793": (["MOBILIZE (militia): the paramilitary group Pechenegs is formed in Abkhazia, late May 2023"],
               0, 0, "Borderline event (formation of an armed group); the 2008 war is background naming only."),
 "ngec-3553": (["SANCTION (convict): Moldova's Supreme Court overturns the acquittal of three trade union leaders, Monday 2023-06-12",
                "PROTEST (strike): the three union leaders organized a strike without their employer's consent (background, inside the court's finding, undated)"],
               1, 0, "Dateline found the strike (PROTEST, type right) but with the court as its source; it missed the court's ruling itself."),
 "ngec-0976": (["REJECT: the German government has no plans to end its phone surveillance practice (rejects critics' calls to change policy), document date",
                "ACCUSE: critics say the surveillance is an unacceptable violation of privacy rights (target German government)"],
               0, 0, ""),
 "ngec-3638": (["CONCEDE: Tanzania lifts its temporary ban on European imports of chicken, dairy and fish (target EU), imports allowed from April 28"],
               0, 0, "Dateline coded the lifting as RETREAT; lifting a trade ban is easing economic sanctions (CAMEO 085 -> CONCEDE), so the type is wrong but the event is real, not spurious."),
 "ngec-2319": (["CONSULT (visit): Obama's trip to Brazil, with a joint news conference with Brazil's president Wednesday (future)"],
               0, 0, ""),
}

def main():
    rows = []
    for line in open("paragraphs-b.jsonl"):
        d = json.loads(line)
        ev, found, spurious, notes = P[d["doc"]]
        n_dl = len(d["events"])
        assert found <= n_dl and spurious <= n_dl, d["doc"]
        rows.append({"doc": d["doc"], "coder_events": ev, "found": found,
                     "dateline_events": n_dl, "spurious": spurious, "notes": notes})
    assert len(rows) == 12
    with open("paragraphs-b-verdicts.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("coder events", sum(len(r["coder_events"]) for r in rows),
          "found", sum(r["found"] for r in rows),
          "dateline events", sum(r["dateline_events"] for r in rows),
          "spurious", sum(r["spurious"] for r in rows))

if __name__ == "__main__":
    main()
