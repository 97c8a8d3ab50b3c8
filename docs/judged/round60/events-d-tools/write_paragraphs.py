"""Round 60, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).

Writes ../paragraphs-d-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

P = {
    "h8-x26-01": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="King Hassan II died of a heart attack (natural death, no actor) and his son was proclaimed king "
              "(succession, no PLOVER act between actors): nothing to code. Dateline found nothing, rightly."),
    "h8-x27-01": dict(
        coder_events=[
            "AGREE: Nawaz Sharif (PAK) -> [restore Line of Control; India/US], 1999-07-04",
            "CONSULT: Nawaz Sharif (PAK) <-> Bill Clinton (USA), crisis talks in Washington, 1999-07-04",
            "ASSAULT: Pakistan-backed fighters <-> India, fighting in Kargil going on (two months), 1999-07-05 (ongoing)",
        ],
        found=1, spurious=0,
        notes="Dateline has the AGREE (Sharif, Sunday 1999-07-04). Missed: the talks with Clinton (CONSULT, in "
              "'after crisis talks with') and the ongoing Kargil fighting."),
    "h8-x26-13": dict(
        coder_events=[
            "SANCTION: UN Security Council -> Muammar Gaddafi, family and aides (LBY), 2011-02-26",
            "ACCUSE (investigate/refer to ICC): UN Security Council -> Libya government, 2011-02-26",
            "COERCE: Libya government -> protesters (LBY), bloody crackdown, ongoing (since 15 Feb)",
        ],
        found=2, spurious=0,
        notes="Dateline has the SANCTION and the crackdown (COERCE; date 2011-02-26 taken from the vote, though the "
              "crackdown is ongoing - not scored here). Missed: the referral to the ICC."),
    "h8-x28-15": dict(
        coder_events=[
            "AID: United States (aircraft carrier) -> Philippines typhoon survivors, 2013-11-14",
        ],
        found=0, spurious=0,
        notes="Dateline found nothing: the U.S. carrier arriving to speed relief is AID (USA -> PHL). The "
              "'mounting anger' at the government is a state of opinion, not a discrete act; not coded."),
    "h8-x26-16": dict(
        coder_events=[
            "ASSAULT: U.S. warplanes (USA) -> Islamic State artillery near Erbil, 2014-08-08",
            "RETREAT (withdraw): U.S. troops (USA) -> Iraq, 2011",
            "MOBILIZE/authorise force: Barack Obama (USA) -> Islamic State, before the strikes (2014-08-07 per the story)",
        ],
        found=1, spurious=1,
        notes="Dateline has the ASSAULT (its target Iraq is wrong: the strikes hit Islamic State; not scored here). "
              "Its RETREAT ceasefire 'halt' (Obama) is spurious: 'to halt the militants' advance' is the aim of the "
              "authorised force, not a ceasefire by Obama. Missed: the 2011 withdrawal and Obama's authorisation."),
    "h8-x26-15": dict(
        coder_events=[
            "ASSAULT: two suicide bombers -> Iranian embassy in Beirut (IRN), killing 23, 2013-11-19",
        ],
        found=1, spurious=0,
        notes="Dateline has the bombing. 'an attack that Lebanese officials linked to the civil war in Syria' names "
              "no accused party; not coded."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-d.jsonl"))]
    assert sorted(p["doc"] for p in paras) == sorted(P)
    tot = dict(coder=0, found=0, dl=0, sp=0)
    with open(os.path.join(ROUND, "paragraphs-d-verdicts.jsonl"), "w") as fh:
        print(f"{'doc':<11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{p['doc']:<11} {len(v['coder_events']):>5} {v['found']:>5} {len(p['events']):>8} {v['spurious']:>8}")
            tot["coder"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dl"] += len(p["events"]); tot["sp"] += v["spurious"]
        print(f"{'total':<11} {tot['coder']:>5} {tot['found']:>5} {tot['dl']:>8} {tot['sp']:>8}")
        print(f"recall {tot['found']}/{tot['coder']}, spurious {tot['sp']}/{tot['dl']}")


if __name__ == "__main__":
    main()
