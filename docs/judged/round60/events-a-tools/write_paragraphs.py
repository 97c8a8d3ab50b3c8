"""Round 60, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

Writes paragraphs-a-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
PARAS = os.path.join(ROUND, "paragraphs-a.jsonl")
OUT = os.path.join(ROUND, "paragraphs-a-verdicts.jsonl")

P = {
    "h8-x25-03": dict(
        coder_events=[
            "ASSAULT: Macedonian troops and police (MKD) -> ethnic Albanian guerrillas, 2001-03-25",
            "THREATEN (ultimatum to disarm or leave): Macedonian authorities (MKD) -> the rebels, before "
            "2001-03-25 (expired; issued earlier)",
        ],
        found=1, spurious=0,
        notes="e1 ASSAULT found (target coded ALB for ethnic Albanian guerrillas in Macedonia - I would code them "
              "MKD rebels, not scored here). The ultimatum is not coded."),
    "h8-x25-04": dict(
        coder_events=[
            "ACCUSE: United States -> Leonid Kuchma (UKR), 2002-09-24 (concluded he approved the radar sale)",
            "SANCTION (froze part of its aid): United States -> Ukraine, 2002-09-24",
            "AID/military cooperation (approved sale of radar system, reported): Kuchma (UKR) -> Iraq, July 2000 "
            "per the next paragraph",
        ],
        found=0, spurious=1,
        notes="e1 'approved' SUPPORT Kuchma -> Iraq: real act but mistyped (approving an arms sale is material/"
              "military cooperation, and it sits inside the US accusation, so reported) - not counted found. "
              "e2 'aid' AID US -> Ukraine is spurious: the only act on the aid is its freezing (SANCTION); the noun "
              "'its aid' reports no giving of aid. The US accusation and the freeze are missed."),
    "h8-x28-09": dict(
        coder_events=[
            "COERCE arrest: Cambodian police (KHM) -> Nuon Chea (KHM), 2007-09-19",
            "ACCUSE (charged with crimes against humanity): UN-backed tribunal (KHM) -> Nuon Chea, 2007-09-19",
        ],
        found=2, spurious=1,
        notes="e1 arrest and e3 charge found (e3 adds the United Nations as a source). e2 'flew him to Phnom Penh' "
              "coded CONSULT visit is spurious: transporting a detainee is part of the arrest, not a visit."),
    "h8-x28-18": dict(
        coder_events=[
            "ACCUSE (formal protest): China -> United States, 2016-12-03",
            "CONSULT (telephone call): Donald Trump (USA) <-> Tsai Ing-wen (TWN), 2016-12-02 (Friday's call)",
            "SANCTION (cut ties): United States -> Taiwan, 1979",
        ],
        found=3, spurious=0,
        notes="All three found with the right types. e2 has Trump coded TWN and the call dated 2016-12-03 "
              "(it was Friday's call, 2016-12-02) - argument errors, not scored here."),
    "h8-x27-02": dict(
        coder_events=[
            "ASSAULT (captured Barentu, pressing the offensive): Ethiopian forces (ETH) -> Eritrea, 2000-05-17",
        ],
        found=1, spurious=1,
        notes="e1 ASSAULT found. e2 'pressing' REQUEST is spurious: 'pressing a week-old offensive' means "
              "continuing the offensive (the same ASSAULT), not pressing a party. Displacement of civilians is a "
              "consequence, not a separate act."),
    "h8-x26-25": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="A helicopter crash killing Raisi and Amirabdollahian is an accident, not a political act; "
              "nothing to code, and dateline coded nothing."),
}


def main():
    paras = [json.loads(line) for line in open(PARAS)]
    assert set(P) == {p["doc"] for p in paras}
    tot = dict(coder=0, found=0, dl=0, sp=0)
    with open(OUT, "w") as out:
        print(f"{'doc':11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:11} {len(v['coder_events']):>5} {v['found']:>5} {len(p['events']):>8} "
                  f"{v['spurious']:>8}")
            tot["coder"] += len(v["coder_events"])
            tot["found"] += v["found"]
            tot["dl"] += len(p["events"])
            tot["sp"] += v["spurious"]
    print(f"{'total':11} {tot['coder']:>5} {tot['found']:>5} {tot['dl']:>8} {tot['sp']:>8}")


if __name__ == "__main__":
    main()
