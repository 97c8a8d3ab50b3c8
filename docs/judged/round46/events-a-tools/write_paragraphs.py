"""Judge a, round 46: write paragraphs-a-verdicts.jsonl (recall on the 8 first paragraphs)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h2-x1-13": (
        ["SANCTION: Ukraine's Supreme Court threw out (annulled) the official run-off result, ruling it marred by fraud, Fri 2004-12-03",
         "REQUEST: the Supreme Court ordered a repeat ballot by Dec. 26 (order to the election authorities), 2004-12-03",
         "SUPPORT: opposition supporters greeted the decision with jubilation (-> the court), 2004-12-03",
         "PROTEST: hundreds of thousands of opposition supporters camped in the capital for almost two weeks (-> Ukraine), ongoing, 2004-12-03"],
        1, 1, 0,
        "Found the annulment (SANCTION). Missed the repeat-ballot order, the welcome and the ongoing camp protest."),
    "h2-x1-20": (
        ["ASSAULT: Turkish riot police fired tear gas and water cannon at protesters through the night, 2013-06-15/16",
         "COERCE: police cleared the Gezi Park protest camp (raid/clearing), Sat 2013-06-15",
         "PROTEST: more than two weeks of anti-government demonstrations (protesters -> Turkey), ongoing, 2013-06-16"],
        1, 2, 1,
        "ASSAULT found. Dateline's PROTEST is Erdogan's own party rally, a rally of his supporters that he addressed, not a protest (spurious as a protest; at most SUPPORT toward Erdogan); it does not stand for the anti-government demonstrations. Clearing the park missed."),
    "h2-x2-19": (
        ["RETREAT: Jordanian PM Hani al-Mulki resigned, Mon 2018-06-04",
         "PROTEST: thousands took to the streets night after night against the IMF-backed tax bill (-> Jordan), ongoing, 2018-06-04"],
        2, 2, 0,
        "Both found (the resignation's source is split into 'Mulki' and 'Hani al', but the type is right)."),
    "h2-x2-22": (
        ["SUPPORT: Libya's two warring sides (GNA, LNA) signed a permanent ceasefire agreement (mutual), Fri 2020-10-23",
         "CONSULT: UN-led talks in Geneva between the two sides (third-party), 2020-10-23",
         "SUPPORT: the U.N. hailed the deal as a turning point, 2020-10-23"],
        1, 1, 0,
        "Only the U.N.'s hailing found; the signing itself (the paragraph's main event; SUPPORT sign agreement, or CONCEDE/AGREE) and the talks missed."),
    "h2-x1-05": (
        ["AGREE: negotiators from Britain, Ireland and the Northern Ireland parties reached a landmark agreement to end the violence (mutual), Fri 1998-04-10",
         "CONSULT: marathon multilateral talks through the night, 1998-04-09/10"],
        1, 1, 0,
        "Agreement found (AGREE; SUPPORT 'finalize an agreement' also defensible); talks missed."),
    "h2-x1-12": (
        ["RETREAT: Aslan Abashidze resigned overnight, 2004-05-06"],
        1, 2, 1,
        "Resignation found. 'Flew to Moscow' is his flight into exile, not a CONSULT visit to the Russian government: spurious."),
    "h2-x3-23": (
        ["COERCE: President Sirisena suspended (prorogued) parliament until mid-November, Sat 2018-10-27",
         "SANCTION/COERCE: Sirisena sacked Prime Minister Wickremesinghe, Fri 2018-10-26"],
        0, 0, 0,
        "No events found; the suspension of parliament and the dismissal of the PM missed (swearing in Rajapaksa not coded)."),
    "h2-x2-16": (
        ["SANCTION: Kuwait's parliament voted to remove the Emir Sheikh Saad from office, Tue 2006-01-24"],
        0, 0, 0,
        "The removal of the emir missed."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a.jsonl"))]
    assert len(paras) == 8 and {p["doc"] for p in paras} == set(P)
    with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as out:
        for p in paras:
            coder, found, n_dl, spurious, notes = P[p["doc"]]
            assert n_dl == len(p["events"]), (p["doc"], n_dl, len(p["events"]))
            out.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": found,
                                  "dateline_events": n_dl, "spurious": spurious,
                                  "notes": notes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
