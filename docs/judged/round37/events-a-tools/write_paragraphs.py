"""Write paragraphs-a-verdicts.jsonl for judge a (round 37).

dateline_events is counted from the records: events whose sentence starts inside the first paragraph
(checked against the item list in paragraphs-a.jsonl too).
usage (from docs/judged/round37): python events-a-tools/write_paragraphs.py /tmp/mend58/test.jsonl
"""
import json
import sys

CODER = {
    "ngec-1745": (["ACCUSE: unnamed parties allege corruption in the Moroccan president's previous government (MAR), undated"],
                  "The anti-corruption campaign he 'is set to face' is at most a future ACCUSE; I count only the allegations."),
    "ngec-0626": (["PROTEST riot: protesters rampage in Madagascar's capital (MDG), document date",
                   "MOBILIZE troops: authorities put soldiers on standby (MDG), document date",
                   "ASSAULT firearms: authorities/soldiers open fire on the marchers (MDG), document date"], ""),
    "ngec-0022": (["PROTEST demo: protesters assemble in Washington, DC (USA), document date"], ""),
    "ngec-4383": (["CONCEDE: President Goodluck Jonathan (NGA) announces he will end import taxes on goods from nine African nations, Monday 2023-06-12"],
                  "A promise of easing trade restrictions (CONCEDE; AGREE would also do)."),
    "ngec-3436": (["COERCE cyber: unknown attacker hits Greece's state-run energy company (GRC), document date"], ""),
    "ngec-2098": (["SUPPORT: Cyprus and Cuba sign an agreement on repatriation of Cuban nationals, on/before 2013-06-04"],
                  "Meade's announcement is only the report of the signing."),
    "ngec-4019": (["SUPPORT: African nations improve diplomatic relations with DR Congo, Rwanda and Mauritius, document date"], ""),
    "ngec-2605": (["RETREAT: Israel (Netanyahu) halts construction in the West Bank, East Jerusalem and the Golan Heights, said Monday 2023-06-12",
                   "AGREE: the United States promises Israel not to move its embassy to Jerusalem, undated"],
                  "Halting settlement building is a material concession (RETREAT; CONCEDE would also do)."),
    "ngec-2833": (["COERCE arrest: US military forces in the Persian Gulf illegally detain Iraqis, a span of over 25 years (no date)",
                   "ASSAULT: US military forces abuse Iraqis at checkpoints, same span (no date)"],
                  "The first sentence (arrest rates) is a statistic, not an event."),
    "ngec-2194": (["CONSULT multilateral: Arab League foreign ministers meet in Tunis, this week (2023-W24)"],
                  "The UN 'taking its cues' is not an event."),
    "ngec-2591": (["ASSAULT beat: unknown attackers beat an opposition leader with a baseball bat, last night 2023-06-14",
                   "ASSAULT destroy: his car set on fire, last night 2023-06-14"], ""),
    "ngec-2083": (["ACCUSE allege: the capital's prosecutor charges companies over false claims for fuel and energy contracts, document date"], ""),
}


def main(records):
    paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
    docs = {p["doc"]: p for p in paras}
    assert set(docs) == set(CODER)
    n_dl = {}
    for l in open(records):
        d = json.loads(l)
        if d["id"] in docs:
            text = d["record"]["text"]
            plen = text.index(docs[d["id"]]["paragraph"][:60]) + len(docs[d["id"]]["paragraph"])
            n_dl[d["id"]] = sum(1 for e in d["record"]["events"] if e["sentence"]["start"] < plen)
    with open("paragraphs-a-verdicts.jsonl", "w") as out:
        for p in paras:
            ev, notes = CODER[p["doc"]]
            assert n_dl[p["doc"]] == len(p["events"]), p["doc"]
            out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0,
                                  "dateline_events": n_dl[p["doc"]], "spurious": 0,
                                  "notes": ("Dateline codes no event in this paragraph. " + notes).strip()},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
