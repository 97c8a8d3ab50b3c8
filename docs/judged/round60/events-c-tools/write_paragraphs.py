"""Round 60, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
PARAS = os.path.join(ROUND, "paragraphs-c.jsonl")
OUT = os.path.join(ROUND, "paragraphs-c-verdicts.jsonl")

P = {
    "h8-x27-20": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Naming a party's presidential candidate is a domestic party act, not a PLOVER interaction; "
              "Kabila's not seeking a third term is only implied ('ending speculation'), not reported as an act. "
              "Nothing to code; dateline coded nothing."),
    "h8-x26-17": dict(
        coder_events=["SANCTION (discontinue): Russia -> Egypt, 2015-11-06 (suspended all passenger flights)"],
        found=1, spurious=0,
        notes="The FSB head's advice to his own president is an internal recommendation, not coded. dateline's "
              "e1 SANCTION Russia -> Egypt, Friday 2015-11-06, is right in all fields."),
    "h8-x25-02": dict(
        coder_events=["SANCTION (reduce relations): 14 EU partners -> Austria, 2000-02-04 (carried out the "
                      "threat to freeze political contacts with Vienna)"],
        found=0, spurious=0,
        notes="Swearing in a government is domestic, not coded. The earlier THREATEN is background (made "
              "'earlier this week', para 3) and is here only as what was carried out. dateline missed the "
              "freeze ('carry out an unprecedented threat to freeze')."),
    "h8-x27-24": dict(
        coder_events=[
            "COERCE: soldiers (BFA military) -> President Kabore, 2022-01-24 (removed him from power; "
            "said on Monday)",
            "COERCE (restrict/ban): soldiers (BFA military) -> Burkina Faso government and parliament, "
            "2022-01-24 (suspended the constitution, dissolved government and parliament)",
            "PROTEST (mutiny): soldiers -> Burkina Faso government, 2022-01-23 (a day of mutinies at "
            "army barracks; the type of a mutiny is debatable, ASSAULT also possible)",
        ],
        found=0, spurious=0,
        notes="A coup lead with three codable acts; dateline coded nothing in this paragraph (its events for "
              "the story start in paragraph 3)."),
    "h8-x28-25": dict(
        coder_events=["SANCTION (entry ban): United States -> Prabowo Subianto, no date (background, "
                      "'once banned from entering the United States')"],
        found=0, spurious=1,
        notes="The swearing-in and the pledges to fight corruption and feed the poor are domestic policy "
              "statements, not coded. dateline's e1 AGREE Prabowo -> United States from 'pledging' is "
              "spurious: no offer or commitment to any political party, and the U.S. is named only in the "
              "entry-ban clause. The background U.S. entry ban was missed."),
    "h8-x25-10": dict(
        coder_events=[
            "REJECT: Turkey's Constitutional Court -> (bid to close the AK Party; chief prosecutor, not named "
            "here), 2008-07-30",
            "SANCTION (discontinue): Turkey's Constitutional Court -> AK Party, 2008-07-30 (cut its state "
            "funding, 'in a warning to' Erdogan - the warning is this act, not a second one)",
        ],
        found=2, spurious=0,
        notes="dateline found both with the right type (e1 REJECT, e2 SANCTION), Wednesday = 2008-07-30 right. "
              "Its SANCTION has an empty target although 'its state funding' refers to the AK Party (arguments "
              "are not scored here)."),
}


def main():
    paras = [json.loads(l) for l in open(PARAS, encoding="utf-8") if l.strip()]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        n_dl = len(p["events"])
        assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= n_dl
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": n_dl, "spurious": v["spurious"], "notes": v["notes"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(f"{'doc':<11} {'coder':>5} {'found':>5} {'dateline':>8} {'spurious':>8}")
    tc = tf = td = ts = 0
    for r in rows:
        c = len(r["coder_events"])
        print(f"{r['doc']:<11} {c:>5} {r['found']:>5} {r['dateline_events']:>8} {r['spurious']:>8}")
        tc += c; tf += r["found"]; td += r["dateline_events"]; ts += r["spurious"]
    print(f"{'total':<11} {tc:>5} {tf:>5} {td:>8} {ts:>8}")
    print(f"recall {tf}/{tc}; spurious {ts}/{td}")


if __name__ == "__main__":
    main()
