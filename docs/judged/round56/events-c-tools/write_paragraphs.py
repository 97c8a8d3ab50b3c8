"""Round 56, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h6-x20-25": (
        [],
        0, 0,
        "Sheinbaum winning the election (and becoming the first woman to lead) is an election result, "
        "no PLOVER act between actors; nothing to code. Dateline coded nothing.",
    ),
    "h6-x19-18": (
        ["PROTEST (riot): protesters (GAB) -> Gabon (parliament building), overnight 2016-08-31/09-01",
         "ASSAULT: security forces (GAB) -> Jean Ping (his headquarters), overnight 2016-08-31/09-01"],
        2, 0,
        "Both found with the right type. e1's target text swallows 'and security forces'; e2 (stormed) "
        "has the wrong source (Protesters instead of security forces). Neither spurious.",
    ),
    "h6-x19-07": (
        ["ASSAULT (explosives): unknown -> Mumbai commuters (IND), 2006-07-11 (the blasts, toll rose Wednesday)",
         "ACCUSE (investigate): Indian police -> dozens of people, 2006-07-12",
         "THREATEN: Manmohan Singh (IND) -> those behind the attacks (vowed punishment), 2006-07-12"],
        0, 0,
        "Dateline coded nothing in the lead: the bombing, the police questioning and the PM's vow are all missed.",
    ),
    "h6-x18-18": (
        ["RETREAT (resign): Saad al-Hariri (LBN), 2017-11-04",
         "ACCUSE: Hariri (LBN) -> Iran, Hezbollah, 2017-11-04"],
        2, 0,
        "Both found. The ACCUSE lists Iran only (Hezbollah missing); the source is split into 'Hariri' and "
        "'Saad al' (name cut at the hyphen). 'Saying he feared for his life' is no act.",
    ),
    "h6-x20-06": (
        ["ASSAULT (firearms): unknown -> Chen Shui-bian (TWN), 2004-03-19"],
        1, 0,
        "Found with right type, target and date.",
    ),
    "h6-x18-02": (
        ["CONSULT: Bill Clinton (USA) <-> Hafez al-Assad (SYR), Geneva meeting, 2000-03-26",
         "REQUEST: Clinton (USA) -> Assad (SYR), to return to peace talks with Israel (failed persuasion), 2000-03-26"],
        0, 0,
        "Dateline coded nothing in the lead: the Geneva meeting and Clinton's attempt to persuade Assad are missed.",
    ),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
    tc = tf = td = ts = 0
    with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
        print(f"{'doc':<12}{'coder':>6}{'found':>6}{'dateline':>9}{'spurious':>9}")
        for p in paras:
            coder, found, spurious, notes = P[p["doc"]]
            n_dl = len(p["events"])
            assert found <= len(coder) and spurious <= n_dl
            row = {"doc": p["doc"], "coder_events": coder, "found": found,
                   "dateline_events": n_dl, "spurious": spurious, "notes": notes}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{p['doc']:<12}{len(coder):>6}{found:>6}{n_dl:>9}{spurious:>9}")
            tc += len(coder); tf += found; td += n_dl; ts += spurious
    print(f"{'total':<12}{tc:>6}{tf:>6}{td:>9}{ts:>9}")


if __name__ == "__main__":
    main()
