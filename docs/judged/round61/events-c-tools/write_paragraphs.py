"""Round 61, judge c: recall on the 6 story first paragraphs (paragraphs-c.jsonl).

Writes ../paragraphs-c-verdicts.jsonl, one line per paragraph, and prints the table.
Run from docs/judged/round61: /work/main/.venv/bin/python events-c-tools/write_paragraphs.py
"""
import json
import os

P = {
    "h8-x26-11": dict(
        coder_events=[],
        found=0, spurious=0,
        notes="Women winning seats in an election is an outcome, not a PLOVER act between actors; nothing to code. Dateline coded nothing.",
    ),
    "h8-x27-10": dict(
        coder_events=[
            "ASSAULT: mob (KEN) -> people sheltering in the church (KEN civilians, mostly Kikuyu), 2008-01-01 (Tuesday)",
        ],
        found=0, spurious=0,
        notes="Setting fire to a church full of people and killing at least 30 is an ASSAULT (arson/mass killing), not a PROTEST riot; dateline's e1 is a real act with the wrong type (also target 'church' and the document date 2008-01-02 instead of Tuesday 2008-01-01), so not found and not spurious. The post-election death toll is a total, not an act.",
    ),
    "h8-x27-09": dict(
        coder_events=[
            "COERCE (administrative sanction/suspension): Pervez Musharraf (PAK) -> chief justice Iftikhar Chaudhry (PAK), 2007-03-09 (Friday)",
            "ACCUSE (disapprove): opposition parties (PAK) -> Musharraf / the suspension, 2007-03-09 or document date",
        ],
        found=1, spurious=0,
        notes="Dateline found the ACCUSE (source span 'move opposition parties' is garbled, target empty; arguments not counted here). The suspension itself was missed.",
    ),
    "h8-x26-09": dict(
        coder_events=[
            "ASSAULT (explosives): unnamed bombers -> United Nations offices (UN) in Algiers, 2007-12-11 (Tuesday)",
            "ASSAULT (explosives): unnamed bombers -> bus near the Constitutional Council (DZA civilians), 2007-12-11",
        ],
        found=0, spurious=0,
        notes="Two car bombs with two targets, coded once each; dateline coded no event in the paragraph (bombings with no named attacker were missed).",
    ),
    "h8-x28-14": dict(
        coder_events=[
            "SANCTION (convict): International Criminal Court -> Thomas Lubanga (COD), 2012-03-14 (Wednesday)",
        ],
        found=0, spurious=0,
        notes="The ICC verdict (found guilty) was missed. The recruitment of child soldiers (2002-03) is the charge inside the verdict; I do not list it as a separate act.",
    ),
    "h8-x27-17": dict(
        coder_events=[
            "PROTEST (boycott): opposition (BDI) -> Burundi government / the election, 2015-07-21 (Tuesday's vote)",
            "ACCUSE (disapprove): Western governments -> Burundi government / the election, no date given (before the document date)",
        ],
        found=1, spurious=0,
        notes="Dateline found the boycott (PROTEST, source 'Burundi opposition'; date given as the document date 2015-07-24 rather than the vote of Tuesday). 'condemned by Western governments' was missed. Nkurunziza winning a third term is an election result, not an act.",
    ),
}

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
paras = [json.loads(l) for l in open(os.path.join(root, "paragraphs-c.jsonl"))]
assert sorted(P) == sorted(p["doc"] for p in paras)

rows = []
for p in paras:
    v = P[p["doc"]]
    row = {
        "doc": p["doc"],
        "coder_events": v["coder_events"],
        "found": v["found"],
        "dateline_events": len(p["events"]),
        "spurious": v["spurious"],
        "notes": v["notes"],
    }
    assert row["found"] <= len(row["coder_events"])
    assert row["spurious"] <= row["dateline_events"]
    rows.append(row)

with open(os.path.join(root, "paragraphs-c-verdicts.jsonl"), "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

print("doc          coder  found  dateline  spurious")
for r in rows:
    print("%-12s %5d %6d %9d %9d" % (r["doc"], len(r["coder_events"]), r["found"], r["dateline_events"], r["spurious"]))
tc = sum(len(r["coder_events"]) for r in rows)
tf = sum(r["found"] for r in rows)
td = sum(r["dateline_events"] for r in rows)
ts = sum(r["spurious"] for r in rows)
print("total        %5d %6d %9d %9d   recall %d/%d = %.0f%%" % (tc, tf, td, ts, tf, tc, 100 * tf / tc))
