"""Round 57, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

Writes ../paragraphs-d-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
SRC = os.path.join(ROUND, "paragraphs-d.jsonl")
OUT = os.path.join(ROUND, "paragraphs-d-verdicts.jsonl")

P = {
    "h7-x24-04": dict(
        coder_events=[
            "ASSAULT: North Korean navy <-> South Korean navy (exchanged fire), PRK/KOR, 2002-06-29",
            "ASSAULT: North Korean vessels -> South Korean patrol boat and crew (sank it, killed at least 4), "
            "PRK -> KOR, 2002-06-29",
        ],
        found=0, spurious=0,
        notes="dateline coded nothing in the lead: neither the exchange of fire nor the sinking/killing "
              "(participles 'sinking', 'killing' after 'exchanged fire')."),
    "h7-x23-20": dict(
        coder_events=[
            "ASSAULT: suicide bomber -> convoy of Indian paramilitary police (IND), Kashmir, 2019-02-14 "
            "(ramming and killing at least 40 = one attack)",
        ],
        found=1, spurious=0,
        notes="e1 (killing) found with the right type and date; its target is empty although the Indian "
              "paramilitary police are named (not scored here)."),
    "h7-x21-16": dict(
        coder_events=[
            "ASSAULT: unknown (bomb) -> Daphne Caruana Galizia (MLT), 2017-10-16",
            "ACCUSE: Caruana Galizia -> senior (Maltese) politicians, corruption, undated background "
            "(relative clause)",
        ],
        found=1, spurious=0,
        notes="The killing is found (e1; her name carries no country code, the appositive does). The "
              "background accusation in the relative clause is missed."),
    "h7-x24-20": dict(
        coder_events=[
            "COERCE (restrict; SANCTION also defensible): United States -> Huawei (CHN), bar from buying "
            "U.S. components / added to trade blacklist, 2019-05-16",
        ],
        found=1, spurious=0,
        notes="'bar' and 'adding ... to a trade blacklist' are one act; dateline coded it once (e1)."),
    "h7-x22-16": dict(
        coder_events=[
            "COERCE: Egyptian military led by Abdel Fattah al-Sisi -> President Mohamed Mursi (EGY), "
            "removal from power, 2013 (background, 'less than a year' before)",
        ],
        found=0, spurious=0,
        notes="Winning an election and the commission announcing the result are not PLOVER acts. The "
              "military's removal of Mursi is missed (PLOVER has no coup type; I code it COERCE)."),
    "h7-x23-06": dict(
        coder_events=[
            "ASSAULT: French forces (FRA) -> Ivory Coast air force (CIV), destroyed, 2004-11-06",
            "ASSAULT: Ivorian government warplanes (CIV) -> French base / French soldiers (FRA), bombed, "
            "killing nine French soldiers and an American civilian, 2004-11-06",
        ],
        found=2, spurious=0,
        notes="Both found (e1 destroyed, e2 bombed). e2's source code is FRA where the warplanes are "
              "Ivorian (CIV) - an argument error, not scored in recall."),
}


def main():
    paras = [json.loads(l) for l in open(SRC)]
    assert {p["doc"] for p in paras} == set(P)
    tot = {"coder": 0, "found": 0, "dateline": 0, "spurious": 0}
    with open(OUT, "w") as fh:
        print(f"{'doc':12s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:12s} {len(v['coder_events']):>5d} {v['found']:>5d} {len(p['events']):>8d} "
                  f"{v['spurious']:>8d}")
            tot["coder"] += len(v["coder_events"])
            tot["found"] += v["found"]
            tot["dateline"] += len(p["events"])
            tot["spurious"] += v["spurious"]
    print(f"{'total':12s} {tot['coder']:>5d} {tot['found']:>5d} {tot['dateline']:>8d} {tot['spurious']:>8d}")


if __name__ == "__main__":
    main()
