"""Judge p2's blind paired judgments for pairs48 (scored by docs/judged/CONVENTIONS.md).

Run from the worktree root:  python3 docs/judged/pairs48/pairs-p2-tools/write_pairs.py
Writes docs/judged/pairs48/pairs-p2.jsonl and prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
ITEMS = os.path.join(BASE, "items.jsonl")
OUT = os.path.join(BASE, "pairs-p2.jsonl")

FIELDS = ("event", "type", "source", "target", "date", "modality")


def s(event=True, type=True, source=True, target=True, date=True, modality=True):
    d = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


J = {
    1: dict(
        X=s(date=False),
        Y=s(),
        better="Y",
        reasons=(
            "Date differs. 'So far, the ministry has arrested two officials' is a tally of arrests "
            "made at unknown times up to now, a total summed from an earlier time, which by "
            "CONVENTIONS has no date: Y's unknown date is right, X's document date wrong. "
            "Both: COERCE arrest right; Ministry of Finance with no country is right (the story "
            "names no country); 'two officials' is a right common-noun group target; asserted."
        ),
    ),
    2: dict(
        X=s(target=False, date=False),
        Y=s(target=False),
        better="Y",
        reasons=(
            "Date differs. 'The Kremlin has so far refused to consider early elections' is a "
            "refusal still going on when the story is told, so it takes the document date (Y "
            "right). X's 2022 comes from 'last year' in the previous sentence, which dates the "
            "demise of the Soviet-era leaders, not the refusal: wrong. Both wrong on target: the "
            "sentence names no party acted upon, so an empty target is right; 'leaders' are the "
            "Soviet-era leaders of the previous sentence (Yeltsin, Putin), clearly not the party "
            "whose call for early elections is refused. REJECT, Kremlin[RUS], asserted right."
        ),
    ),
    3: dict(
        X=s(target=False),
        Y=s(),
        better="Y",
        reasons=(
            "Target differs. 'negotiate with the government' in Northern Ireland: the government is "
            "the UK's (the story has the rebels negotiating with the Northern Ireland Secretary of "
            "State); Y's United Kingdom government[GBR] is right, X's 'Ireland government[IRL]' "
            "puts it in the Republic of Ireland: wrong country. Both: AGREE, source the rebel "
            "group's leader with GBR (right party and country by CONVENTIONS, though the GOV sector "
            "on a rebel leader is off; sector is not scored), Tuesday = 2023-06-13 right, asserted."
        ),
    ),
    4: dict(
        X=s(),
        Y=s(date=False),
        better="X",
        reasons=(
            "Date differs. The accusation is a background act that came before the 2014 sentence "
            "('was sentenced ... in 2014 after having been accused'); the text gives it no date, so "
            "X's unknown date is right and Y's document date (a background act of an earlier time "
            "given the document date) is wrong. Both: ACCUSE allege, empty source (unnamed "
            "accuser) right, Mutazisi Muta[ZWE] right (the sentence makes him a Zanu-PF politician, "
            "though the story's first line puts him in Tanzania), asserted."
        ),
    ),
    5: dict(
        X=s(source=False),
        Y=s(),
        better="Y",
        reasons=(
            "Source differs. 'The country's rulers' refers to Bahrain (the story is Bahrain's threat "
            "to ban groups): Y's Bahrain[BHR] is right, X's Iran[IRN] is the wrong party. Both: "
            "THREATEN accepted (a warning against terrorism followed by the rulers' vow to 'stop and "
            "deter whoever seeks to instigate violence'; borderline, a milder coder might take it "
            "as no event), empty target right (no party named), Wednesday = 2023-06-14, asserted."
        ),
    ),
    6: dict(
        X=s(type=False, source=False),
        Y=s(type=False, source=False),
        better="X",
        reasons=(
            "Source country differs; field scores tie. 'The warships met their Honduran counterparts "
            "... as the Dutch ship's crew joined the Honduran crew': the warships are Dutch, so the "
            "source wants NLD. X leaves it empty, wrong by CONVENTIONS since the text makes the "
            "country plain; Y codes HND, also wrong and worse: it turns a Dutch-Honduran event into "
            "Honduras acting on Honduras, hence X better overall. Both wrong on type: joining an "
            "11-day training exercise is COOPERATE (military exchanges such as joint military "
            "games), not CONSULT; 'met' here is ships meeting at sea, not a consultation. Target "
            "Honduran navy[HND] right; Wednesday = 2023-06-14 is the date the text gives; asserted."
        ),
    ),
    7: dict(
        X=s(type=False),
        Y=s(),
        better="Y",
        reasons=(
            "Type differs. A state ordering the arrest of an activist is the arrest act, COERCE "
            "arrest (Y), not a REQUEST between actors (X). Both: Djibouti[DJI] source, the human "
            "rights activist[DJI] target, 'Last month' = 2023-05, asserted: right."
        ),
    ),
}


def main():
    items = [json.loads(line) for line in open(ITEMS) if line.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra:
        sys.exit(f"judgments do not match items: missing {missing}, extra {extra}")
    rows = []
    for it in items:
        j = J[it["n"]]
        row = {"n": it["n"]}
        for side in ("X", "Y"):
            if it[side] is None:
                if "omit_right" not in j[side]:
                    sys.exit(f"item {it['n']} side {side} is null but scored as an event")
                row[side] = {"omit_right": j[side]["omit_right"]}
            else:
                if "omit_right" in j[side] or set(j[side]) != set(FIELDS) | {"all"}:
                    sys.exit(f"item {it['n']} side {side} scores do not fit the event")
                row[side] = j[side]
        assert j["better"] in ("X", "Y", "same")
        row["better"] = j["better"]
        row["reasons"] = j["reasons"]
        rows.append(row)
    with open(OUT, "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"wrote {OUT}: {len(rows)} items")
    for b in ("X", "Y", "same"):
        got = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b}: {len(got)} {got}")
    for side in ("X", "Y"):
        ev = [r[side] for r in rows if "omit_right" not in r[side]]
        nulls = [r["n"] for r in rows if "omit_right" in r[side]]
        per = {k: sum(e[k] for e in ev) for k in FIELDS + ("all",)}
        spurious = [r["n"] for r in rows if "omit_right" not in r[side] and not r[side]["event"]]
        print(f"{side}: events {len(ev)}, null {nulls}, spurious {spurious}, "
              + ", ".join(f"{k} {v}/{len(ev)}" for k, v in per.items()))


if __name__ == "__main__":
    main()
