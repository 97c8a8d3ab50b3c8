"""Write paragraphs-b-verdicts.jsonl: judge b's recall coding of the 8 first paragraphs (round 46)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
 "h2-x4-05": (["SANCTION (convict): South Korea's Constitutional Court upholds the impeachment of President Park Geun-hye and removes her from office, 2017-03-10",
               "ACCUSE (allege): parliament (National Assembly) impeached Park Geun-hye, background (December 2016)"],
              0, 0, "Dateline coded nothing in the lead; the court's removal of the president is the story's main event."),
 "h2-x1-03": (["CONCEDE: Greece and Turkey agree to withdraw warships and troops from around the Imia/Kardak islets, 1996-01-31",
               "CONSULT (phone/third-party): the United States conducts telephone diplomacy with Greece and Turkey, night before 1996-01-31"],
              1, 0, "e1 CONCEDE (mutual Greece/Turkey) found with the right type and arguments; the U.S. mediation is missing."),
 "h2-x1-14": (["REJECT: French voters reject the European Union's draft constitution in a referendum, 2005-05-29"],
              1, 0, "e1 REJECT found with the right type; its target 'EU's rotating presidency' (taken from a later paragraph) is wrong, the EU itself is."),
 "h2-x4-02": (["SANCTION (relations): China suspends ministerial and provincial-level exchanges with Japan, 2010-09-19",
               "COERCE (arrest): Japan arrested a Chinese fishing boat captain, background (Sept. 8)"],
              0, 0, "Dateline coded nothing in the lead; the suspension of exchanges is the story's main event."),
 "h2-x1-23": (["CONCEDE: Moldova's Democratic Party says it will hand over power (to the Sandu government) and go into opposition, 2019-06-14"],
              0, 0, "Nothing coded in the lead. The rival governments' claims and Plahotniuc leaving the country are not PLOVER acts."),
 "h2-x2-02": (["CONCEDE: Netanyahu delays the judicial overhaul, conceding to protesters and strikers, 2023-03-27",
               "PROTEST (demo): wave of street protests in Israel against the overhaul (ongoing)",
               "PROTEST (strike): general strike that grounded flights and shut shops, 2023-03-27"],
              1, 0, "e1 CONCEDE found; the protests and the general strike named in the lead are missing."),
 "h2-x1-06": (["COERCE (arrest): Turkish agents capture PKK leader Abdullah Ocalan in Kenya and fly him to Turkey (announced 1999-02-16)",
               "PROTEST (occupy/obstruct): Kurds occupy Greek and Kenyan diplomatic missions across Europe, 1999-02-16"],
              0, 0, "Nothing coded in the lead: both the capture and the occupations of the missions are missed."),
 "h2-x3-08": (["SANCTION (convict): Kenya's Supreme Court annuls President Uhuru Kenyatta's re-election and orders a fresh election within 60 days, 2017-09-01"],
              0, 0, "Nothing coded in the lead. The order for a new vote is part of the same ruling, coded once."),
}

def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-b.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
    with open(os.path.join(ROUND, "paragraphs-b-verdicts.jsonl"), "w") as f:
        for p in paras:
            ev, found, spur, notes = P[p["doc"]]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                                "dateline_events": len(p["events"]), "spurious": spur,
                                "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
