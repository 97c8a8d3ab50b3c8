"""Judge d, round 43: write paragraphs-d-verdicts.jsonl (recall on first paragraphs)."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
P = {
 "hn-w4-08": (["REJECT (or ACCUSE): the Hague tribunal rules against China's historic-rights claim in the South China Sea, Tuesday 2016-07-12",
               "REJECT: Beijing (China) rejects the ruling as 'null and void', Tuesday 2016-07-12"],
              1, 0, "Dateline has China's rejection (type right; target empty where the tribunal/ruling's author would do, reported_by the tribunal is odd). The tribunal's ruling against China is missed."),
 "hn-w3-11": (["ASSAULT: Indian warplanes strike a Jaish-e-Mohammed camp inside Pakistan, killing many fighters, 2019-02-26 (reported by India)"],
              1, 0, "The killing is part of the same strike, counted once. The background 1971 war is not counted."),
 "hn-w3-22": (["SANCTION: Pakistan to expel India's top diplomat, future (said Wednesday 2019-08-07)",
               "SANCTION: Pakistan to downgrade diplomatic ties with India, future (said Wednesday)",
               "SANCTION: Pakistan to suspend bilateral trade with India, future (said Wednesday)"],
              3, 0, "All three found with the right type; e2/e3 are coded asserted on Wednesday with no target where future and India are right (e1 has it right). India's Kashmir decision is background and not counted."),
 "hn-w1-14": (["ASSAULT (crowd-control): Polish security forces fire water cannon and tear gas at migrants, Tuesday 2021-11-16",
               "ASSAULT (primitive): migrants throw stones and wood across the border at Polish forces, Tuesday 2021-11-16",
               "ACCUSE: the EU says Belarus's government (Minsk) engineered the standoff, undated"],
              1, 0, "Only the water cannon found (migrants given country POL). The stone-throwing and the EU accusation against Minsk are missed."),
 "hn-w3-04": (["ASSAULT (explosives): truck bomb by unknown attackers at a Mogadishu intersection, Saturday 2017-10-14"],
              0, 0, "The bombing (a noun phrase inside the toll report) is missed; dateline has no event in this paragraph."),
 "hn-w3-05": (["CONCEDE: Ruto says he will not sign the finance bill, backing down to the protesters, Wednesday 2024-06-26",
               "ASSAULT (firearms): police shoot dead protesters, Tuesday 2024-06-25",
               "PROTEST (riot): demonstrators storm parliament and set part of it on fire, Tuesday 2024-06-25"],
              2, 0, "CONCEDE and the police shooting found (the shooting dated the document date instead of Tuesday). The storming is coded ASSAULT with Ruto as source (events item #23): a real act, not spurious, but counted not found under my PROTEST riot coding (ASSAULT would be defensible)."),
}
src = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert {p["doc"] for p in src} == set(P)
tot = [0, 0, 0, 0]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as fh:
    for p in src:
        ce, found, spur, notes = P[p["doc"]]
        row = {"doc": p["doc"], "coder_events": ce, "found": found, "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        tot[0] += len(ce); tot[1] += found; tot[2] += len(p["events"]); tot[3] += spur
print("coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (tot[0], tot[1], 100*tot[1]/tot[0], tot[2], tot[3]))
