"""Write paragraphs-c-verdicts.jsonl (judge c, round 174). usage: python events-c-tools/write_paragraphs.py"""
import json
P = {
 "h65-x255-08": (["REJECT: Nuclear Suppliers Group (IGO, no code) -> India (IND), did not admit India to the group, 2016-06-24",
                  "REJECT: China (CHN) -> India (IND), led opposition to India's application, 2016-06-24"], 0, 0, 0,
                 "dateline codes nothing in the lead; the plenary meeting in Seoul could also be a CONSULT (not counted)."),
 "h65-x255-10": (["ASSAULT: Congolese security forces (COD) -> marchers / Catholic lay activists (COD), fired tear gas and live rounds, killing at least seven, 2017-12-31",
                  "PROTEST: Catholic lay activists (COD) -> President Joseph Kabila / Congolese state (COD), marches demanding Kabila step down, 2017-12-31"], 1, 1, 0,
                 "e1 ASSAULT is right (source, target, date 2017-12-31 Sunday); the marches are not coded from this sentence."),
 "h65-x253-23": (["RETREAT: Irakli Garibashvili (GEO) -> none, announced his resignation as prime minister, 2024-01-29"], 1, 1, 0,
                 "e1 RETREAT/resign is right (Monday 2024-01-29); Ivanishvili's orchestration of the reshuffle is no PLOVER act between actors."),
 "h65-x253-22": ([], 0, 0, 0, "An election win and result hold no PLOVER event; dateline codes none, rightly."),
 "h65-x255-14": (["SANCTION: Sri Lanka (LKA) -> U.N. Human Rights Council (IGO), withdrew from the 2015 resolution, 2020-02-26",
                  "ACCUSE: U.N. human rights chief (IGO) -> Sri Lanka (LKA), criticism of the withdrawal, 2020-02-26",
                  "ACCUSE: Western governments -> Sri Lanka (LKA), criticism of the withdrawal, 2020-02-26"], 0, 1, 0,
                 "e1 codes the withdrawal as RETREAT/withdraw; withdrawing from a resolution/treaty is SANCTION withdraw in the PLOVER codebook, so the type is wrong (not spurious). The two criticisms in 'drawing criticism from' are missed."),
 "h65-x255-06": (["SUPPORT: Maithripala Sirisena (LKA) -> India (IND), signed a civil nuclear cooperation agreement, 2015-02-16",
                  "CONSULT: Maithripala Sirisena (LKA) -> India (IND), first trip abroad to New Delhi, 2015-02-16"], 1, 1, 0,
                 "e1 SUPPORT is right; the visit (CONSULT) is not coded from this sentence (the talks are coded from the next paragraph)."),
}
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    for l in open("paragraphs-c.jsonl"):
        p = json.loads(l)
        ev, found, n_dl, spur, notes = P[p["doc"]]
        assert n_dl == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                            "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
