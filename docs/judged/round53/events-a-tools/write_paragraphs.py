"""Round 53, judge a: recall on the 6 story first paragraphs (paragraphs-a.jsonl).

For each paragraph: the acts a coder would code (each once), how many of them dateline found with
the right type (any arguments), dateline's events there and how many are spurious.
Writes ../paragraphs-a-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PARAS = os.path.join(ROOT, "paragraphs-a.jsonl")
OUT = os.path.join(ROOT, "paragraphs-a-verdicts.jsonl")

P = {
    "h5-x16-09": dict(
        coder_events=[
            "AGREE: Than Shwe (MMR military ruler) -> Ban Ki-moon (UN), to allow all foreign aid workers in, 2008-05-23 (Friday)",
            "CONSULT: Ban Ki-moon (UN) <-> Than Shwe (MMR), met in Naypyitaw, 2008-05-23",
        ],
        found=1, spurious=0,
        notes="dateline e1 AGREE Than Shwe -> Ban Ki-moon, Friday: found, all fields right (CONCEDE, a promise "
              "of access, would also be defensible). The meeting ('after the two met') is missed."),
    "h5-x16-08": dict(
        coder_events=[
            "MOBILIZE (weapons test): North Korea, test-fired seven missiles incl. a Taepodong-2, 2006-07-05 (Wednesday)",
            "ACCUSE: United States, Japan, South Korea -> North Korea, condemnation, 2006-07-05",
            "CONSULT (multilateral): UN Security Council emergency session, 2006-07-05",
        ],
        found=0, spurious=0,
        notes="dateline coded nothing in the lead: the missile tests (MOBILIZE weapons), the condemnation by "
              "three capitals (one ACCUSE act with three sources) and the Security Council session are all missed."),
    "h5-x14-17": dict(
        coder_events=[
            "SUPPORT (approve actor): Lebanon parliament -> Michel Aoun, elected president, 2016-10-31 (Monday)",
        ],
        found=0, spurious=0,
        notes="An election by parliament is an approval of an actor; some coders would code nothing here, in "
              "which case the paragraph has no act. dateline coded nothing."),
    "h5-x14-01": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="A death from illness and a swearing-in of a king are no PLOVER interaction: nothing to code; "
              "dateline coded nothing (right)."),
    "h5-x13-22": dict(
        coder_events=[
            "RETREAT (surrender): last Ukrainian fighters at Azovstal -> Russia, 2022-05-20 (reported on Friday; 531 laid down arms on Friday)",
            "ASSAULT (taking ground): Russia -> Ukraine, completed capture of Mariupol, 2022-05-20",
        ],
        found=0, spurious=0,
        notes="Both the surrender and the capture of the city (ASSAULT by the convention on seizing ground) "
              "are missed; 'Russia said' is attribution, no event of its own."),
    "h5-x16-12": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Kim Jong Il's death of a heart attack and the passing of power are no interaction: nothing to "
              "code; dateline coded nothing (right)."),
}


def main():
    paras = [json.loads(l) for l in open(PARAS)]
    assert sorted(p["doc"] for p in paras) == sorted(P)
    tot = dict(coder=0, found=0, dl=0, spur=0)
    print(f"{'doc':<11}{'coder':>6}{'found':>6}{'dateline':>9}{'spurious':>9}")
    with open(OUT, "w") as out:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:<11}{len(v['coder_events']):>6}{v['found']:>6}{len(p['events']):>9}{v['spurious']:>9}")
            tot["coder"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dl"] += len(p["events"]); tot["spur"] += v["spurious"]
    print(f"{'total':<11}{tot['coder']:>6}{tot['found']:>6}{tot['dl']:>9}{tot['spur']:>9}")
    print(f"recall {tot['found']}/{tot['coder']}; spurious {tot['spur']}/{tot['dl']}")


if __name__ == "__main__":
    main()
