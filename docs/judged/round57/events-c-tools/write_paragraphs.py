"""Round 57, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl, one line per paragraph, and prints the table.
Run from docs/judged/round57: /work/main/.venv/bin/python events-c-tools/write_paragraphs.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

P = {
    "h7-x23-05": dict(
        coder_events=[
            "ACCUSE (allege, indictment): Special Court for Sierra Leone [SLE/JUD] -> Charles Taylor [LBR/GOV], 2003-06-04",
            "CONSULT: Charles Taylor [LBR/GOV] -> Liberian rebels [LBR/REB] (peace talks in Accra), 2003-06-04",
        ],
        found=2, spurious=0,
        notes="Both found with the right type: e1 ACCUSE and e2 CONSULT. e2's target 'Ghana rebels' [GHA] has the "
              "wrong country (the rebels are Liberian; Accra is only the venue), which the recall count ignores."),
    "h7-x21-08": dict(
        coder_events=[
            "COERCE (arrest): Serbian security forces [SRB/COP] -> Radovan Karadzic [BIH], 2008-07-21 "
            "(announced late Monday, second paragraph; 'officials said on Tuesday')",
        ],
        found=1, spurious=0,
        notes="Found (e1 COERCE arrest). Dateline dated it 2008-07-22, the day officials spoke; the story has the "
              "arrest announced late on Monday. 'had been living in Belgrade in disguise' is no event."),
    "h7-x21-24": dict(
        coder_events=[
            "AGREE (pledge of financial support): European Union leaders [EUR] -> Ukraine [UKR], 2024-02-01",
            "CONCEDE (dropped his opposition / veto): Viktor Orban [HUN/GOV] -> EU leaders [EUR], 2024-02-01",
        ],
        found=2, spurious=0,
        notes="Both found with the right type. e2 CONCEDE has target 'his opposition' [HUN/PTY] - dateline read "
              "'his opposition' (his objection) as Hungary's political opposition; the party he yielded to is the "
              "EU (its leaders)."),
    "h7-x24-09": dict(
        coder_events=[
            "SUPPORT (apologise): Kevin Rudd [AUS/GOV] -> Aborigines [AUS], 2008-02-13",
        ],
        found=1, spurious=0,
        notes="Found (e1 SUPPORT, CAMEO 055), but with an empty target although the sentence names the Aborigines. "
              "The decades of removal policies are the background the apology refers to, not an act I would code."),
    "h7-x23-17": dict(
        coder_events=[
            "ASSAULT (firearms): Congolese security forces [COD/COP] -> protesters [COD], 2016-12-20 "
            "(killing at least 20 is the result of this act)",
        ],
        found=1, spurious=1,
        notes="Found (e1 ASSAULT firearms). e2 'killing' ASSAULT is a duplicate of the same act (the shooting killed "
              "the 20), and it also has a wrong source (Kabila, whose mandate expired, instead of the security "
              "forces): spurious. The protests themselves are implied by 'protesters' but not predicated; I do not "
              "list a PROTEST event for this sentence."),
    "h7-x22-07": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="No PLOVER act: an election win and a 'mandate to revive peace talks' are no event types. Dateline "
              "coded none."),
}


def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
    rows = []
    for p in paras:
        v = P[p["doc"]]
        rows.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                     "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'doc':12s} {'coder':>5s} {'found':>5s} {'dateline':>8s} {'spurious':>8s}")
    for r in rows:
        print(f"{r['doc']:12s} {len(r['coder_events']):>5d} {r['found']:>5d} {r['dateline_events']:>8d} {r['spurious']:>8d}")
    tc = sum(len(r["coder_events"]) for r in rows)
    tf = sum(r["found"] for r in rows)
    td = sum(r["dateline_events"] for r in rows)
    ts = sum(r["spurious"] for r in rows)
    print(f"{'total':12s} {tc:>5d} {tf:>5d} {td:>8d} {ts:>8d}")


if __name__ == "__main__":
    main()
