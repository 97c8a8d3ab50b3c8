"""Round 63, judge d: recall on the 6 story first paragraphs (paragraphs-d.jsonl).
Writes ../paragraphs-d-verdicts.jsonl and prints the table."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROUND = HERE.parent

P = {
    "h9-x29-04": dict(
        coder_events=[
            "PROTEST demo: tens of thousands of protesters [FRA] -> (none: against Le Pen's showing), 2002-04-21/22",
            "RETREAT resign: Lionel Jospin [FRA] -> (none), quits politics, announced 2002-04-21",
        ],
        found=0, spurious=0,
        notes="Le Pen beating Jospin (an election result) is no PLOVER act. Dateline coded nothing in the "
              "paragraph: both the street protests and Jospin's exit are missed."),
    "h9-x29-12": dict(
        coder_events=[
            "RETREAT resign (yield): Dmitry Medvedev [RUS] -> Vladimir Putin [RUS], stepped aside, 2011-09-24",
        ],
        found=0, spurious=0,
        notes="Putin's announcement that he will run for president is a domestic candidacy, not a PLOVER act. "
              "Medvedev stepping aside in Putin's favour is missed."),
    "h9-x31-10": dict(
        coder_events=[
            "ASSAULT suicide-attack: suicide bomber [] -> Indian embassy / India [IND] (at least 41 killed), 2008-07-07",
        ],
        found=1, spurious=0,
        notes="Found as e1 ASSAULT (kill); its target '41 people' coded AFG where I would code the Indian "
              "embassy; ramming and killing are one attack."),
    "h9-x32-06": dict(
        coder_events=[
            "CONSULT visit: Junichiro Koizumi [JPN] -> North Korea [PRK] (one-day trip to Pyongyang), 2004-05-22",
            "ASSAULT abduct: North Korean agents [PRK] -> Japanese citizens [JPN], background, no date",
        ],
        found=1, spurious=0,
        notes="Found the abduction (e1 ASSAULT abduct), though dated with the document date (it is background). "
              "The visit to Pyongyang is missed in this sentence (the talks are coded from the next sentence, "
              "e2). One could also code North Korea letting the five children leave (RETREAT release); I left it "
              "out as implied rather than reported."),
    "h9-x31-13": dict(
        coder_events=[
            "COERCE arrest: Indian police [IND] -> Anna Hazare [IND], 2011-08-16",
            "PROTEST hunger: Anna Hazare [IND] -> India government [IND], planned (future), no date",
            "PROTEST demo: protesters [IND] -> India government [IND] (protests across the country over the arrest), 2011-08-16",
        ],
        found=2, spurious=0,
        notes="Found the arrest (e1, all right) and the hunger strike (e2, right type but source 'Indian police' "
              "is wrong: it is Hazare's hunger strike). The nationwide protests are missed. 'A storm in "
              "parliament' is too vague to code."),
    "h9-x32-17": dict(
        coder_events=[
            "MOBILIZE (naval patrol / show of force): U.S. Navy destroyer [USA] -> China [CHN], 2015-10-27",
            "ACCUSE disapprove: Beijing / China government [CHN] -> United States [USA] (angry protest), 2015-10-27",
            "THREATEN: China government [CHN] -> the U.S. ship [USA] (warned it), 2015-10-27",
        ],
        found=1, spurious=0,
        notes="Found the warning (e1 THREATEN) but with an empty target (the ship is named: 'warned the ship') and "
              "no date (it is Tuesday's news). The patrol itself and Beijing's protest are missed."),
}


def main():
    paras = [json.loads(l) for l in (ROUND / "paragraphs-d.jsonl").read_text().splitlines() if l.strip()]
    assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
    out = []
    tc = tf = td = ts = 0
    print(f"{'doc':10s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        out.append(rec)
        tc += len(v["coder_events"]); tf += v["found"]; td += rec["dateline_events"]; ts += v["spurious"]
        print(f"{p['doc']:10s} {len(v['coder_events']):>5d} {v['found']:>5d} {rec['dateline_events']:>8d} "
              f"{v['spurious']:>8d}")
    print(f"{'total':10s} {tc:>5d} {tf:>5d} {td:>8d} {ts:>8d}")
    (ROUND / "paragraphs-d-verdicts.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))


if __name__ == "__main__":
    main()
