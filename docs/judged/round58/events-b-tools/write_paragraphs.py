"""Round 58, judge b: recall on the 6 sampled story first paragraphs (heldout_news7).

Writes paragraphs-b-verdicts.jsonl: one line per paragraph with the acts a coder would code,
how many of them dateline found with the right type (any arguments), dateline's event count
there and how many of those are spurious.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h7-x24-08": (
        ["CONSULT (visit): Roh Moo-hyun [KOR] -> North Korea [PRK], 2007-10-02",
         "CONSULT (meet/summit): Kim Jong Il [PRK] <-> Roh Moo-hyun [KOR], 2007-10-02"],
        1, 0,
        "dateline's one CONSULT ('summit', source 'Koreas', no target) matches the summit meeting; the "
        "visit (walking across the border into North Korea) is not coded separately. Arguments of the "
        "CONSULT are weak (source 'Koreas' with no code, empty target), but the type is right."),
    "h7-x24-22": (
        [], 0, 0,
        "Election win/defeat of a rival is not a PLOVER act between political actors; nothing to code."),
    "h7-x21-14": (
        [], 0, 0,
        "Election result only; 'months of violence' is a vague background with no actors. Nothing to code."),
    "h7-x24-23": (
        ["PROTEST (uprising): Filipino protesters [PHL] -> Ferdinand Marcos Sr. [PHL GOV], 1986"],
        0, 0,
        "Only a background act in a relative clause ('the dictator toppled in a 1986 popular uprising'); "
        "the election lead itself is not an event. dateline coded nothing."),
    "h7-x22-12": (
        ["CONSULT: Benjamin Netanyahu [ISR] <-> Mahmoud Abbas [PSE], 2010-09-02 (opened direct talks)",
         "AGREE: Netanyahu [ISR] <-> Abbas [PSE], 2010-09-02 (agreed to meet again and aim for a framework deal)"],
        2, 0,
        "Both found with right type, mutual arguments and date."),
    "h7-x22-09": (
        ["AGREE: Ehud Olmert [ISR] <-> Mahmoud Abbas [PSE], 2007-11-27 (agreed to launch negotiations)",
         "CONSULT: George W. Bush [USA] hosts Olmert [ISR] and Abbas [PSE] at the Annapolis conference, 2007-11-27"],
        1, 0,
        "AGREE found (mutual, Tuesday). The Annapolis conference (a multilateral meeting of the three "
        "leaders) is only the setting of Bush's statement here and dateline did not code it."),
}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
    assert {r["doc"] for r in rows} == set(P)
    tot = [0, 0, 0, 0]
    with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as fh:
        for r in rows:
            coder, found, spurious, notes = P[r["doc"]]
            n_dl = len(r["events"])
            assert found <= len(coder) and spurious <= n_dl
            rec = {"doc": r["doc"], "coder_events": coder, "found": found,
                   "dateline_events": n_dl, "spurious": spurious, "notes": notes}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot[0] += len(coder); tot[1] += found; tot[2] += n_dl; tot[3] += spurious
            print("| %s | %d | %d | %d | %d |" % (r["doc"], len(coder), found, n_dl, spurious))
    print("| total | %d | %d | %d | %d |" % tuple(tot))


if __name__ == "__main__":
    main()
