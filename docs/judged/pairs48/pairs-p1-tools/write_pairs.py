"""Judge p1's blind paired judgments for pairs48 (7 items).

Scored by docs/judged/CONVENTIONS.md. Run from the worktree root:
    python3 docs/judged/pairs48/pairs-p1-tools/write_pairs.py
Writes docs/judged/pairs48/pairs-p1.jsonl and prints the counts.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # docs/judged/pairs48
ITEMS = ROOT / "items.jsonl"
OUT = ROOT / "pairs-p1.jsonl"

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
        reasons="Only the date differs. 'So far, the ministry has arrested two officials' is a running "
        "total of arrests made at unstated times before the story, so by CONVENTIONS (a total summed from "
        "an earlier time has no date; an undated act of unknown time is right with basis unknown) Y's "
        "unknown date is right and X's document date is wrong. Close call: the arrests are not a background "
        "act of a stated earlier time, but 'so far' marks a tally, not this news's act. Both: COERCE arrest "
        "right; 'the ministry' = Ministry of Finance, no country anywhere in the story so empty code right; "
        "target 'two officials' right with empty code; asserted right.",
    ),
    2: dict(
        X=s(target=False, date=False),
        Y=s(target=False),
        better="Y",
        reasons="Date differs. 'The Kremlin has so far refused' is a refusal still going on when the story "
        "is told, so the document date (Y) is right; X's 2022 comes from 'last year' in the previous "
        "sentence (the demise of Yeltsin and Putin), which is another act: wrong. Both targets are wrong: "
        "'leaders' (Yeltsin/Putin) is taken from the previous sentence and is not the party refused; the "
        "sentence names no target, so empty would be right. Both: REJECT, Kremlin[RUS], asserted right.",
    ),
    3: dict(
        X=s(target=False),
        Y=s(),
        better="Y",
        reasons="Target differs. 'negotiate with the government' in a Northern Ireland story is the UK "
        "government (Northern Ireland is part of the UK; the story's talks are with the Northern Ireland "
        "Secretary of State): Y's United Kingdom government[GBR] is right, X's Ireland government[IRL] is "
        "the wrong country. Both: AGREE (agreed to negotiate) right; source 'leader' of a rebel group in "
        "Northern Ireland with GBR is the right party and country (its GOV sector is off for a rebel "
        "leader, but CONVENTIONS score party and country only); Tuesday = 2023-06-13 right; asserted right.",
    ),
    4: dict(
        X=s(),
        Y=s(date=False),
        better="X",
        reasons="Date differs. The accusation is a background act before the 2014 sentence, at a time the "
        "text does not give: X's unknown date is right; Y gives it the document date, wrong for a "
        "background act of an earlier time. Both: ACCUSE allege (legal accusation) is a real act; no "
        "accuser named so empty source right; Muta[ZWE] right (the sentence places him in Mugabe's "
        "Zanu-PF, though the story's first line garbles it as Tanzania); asserted right.",
    ),
    5: dict(
        X=s(source=False),
        Y=s(),
        better="Y",
        reasons="Source differs. 'The country's rulers' refers to Bahrain (the story's country, 'the Persian "
        "Gulf island kingdom'): Y's Bahrain[BHR] is right, X's Iran[IRN] is a party the text never names "
        "here. Both: THREATEN accepted (a forceful warning by the rulers, spelled out in the next sentence "
        "as 'stop and deter whoever seeks to instigate violence'); no party targeted, 'terrorism' is no "
        "actor, so empty target right; Wednesday = 2023-06-14 right; asserted right.",
    ),
    6: dict(
        X=s(type=False, source=False),
        Y=s(type=False, source=False),
        better="X",
        reasons="Source country differs; both score the same. Both types wrong: the warships 'met' their "
        "Honduran counterparts for a joint training exercise, which PLOVER codes COOPERATE (military "
        "exchanges such as joint military games and maneuvers), not CONSULT. Source 'warships' are the "
        "Dutch ships (they meet their *Honduran* counterparts; 'the Dutch ship's crew'), so the text makes "
        "the country plain (NLD): X's empty code is wrong, Y's HND is wrong and worse, since it turns a "
        "Dutch-Honduran act into a Honduran-Honduran one. X better on that degree only. Both: target "
        "Honduran navy[HND] right; Wednesday = 2023-06-14 right; asserted right.",
    ),
    7: dict(
        X=s(type=False),
        Y=s(),
        better="Y",
        reasons="Type differs. 'Djibouti ordered the arrest of a human rights activist' is a coercive act "
        "against the activist: COERCE arrest (Y) is right; X's REQUEST would code an order addressed to "
        "the activist, which it is not. Both: Djibouti[DJI] source, activist[DJI] target, 'last month' = "
        "2023-05, asserted right.",
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    assert not missing, f"unjudged items: {missing}"
    assert not extra, f"judged items not in items.jsonl: {extra}"
    lines = []
    counts = {"X": [], "Y": [], "same": []}
    allright = {"X": 0, "Y": 0}
    nonnull = {"X": 0, "Y": 0}
    nulls, spurious = [], []
    for it in items:
        n = it["n"]
        j = J[n]
        for side in ("X", "Y"):
            if it[side] is None:
                assert set(j[side]) == {"omit_right"}, (n, side)
                nulls.append((n, side, j[side]["omit_right"]))
            else:
                assert set(j[side]) == set(FIELDS) | {"all"}, (n, side)
                nonnull[side] += 1
                allright[side] += j[side]["all"]
                if not j[side]["event"]:
                    spurious.append((n, side))
        assert j["better"] in counts, n
        counts[j["better"]].append(n)
        lines.append(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"],
                                 "reasons": j["reasons"]}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT.relative_to(ROOT.parent.parent.parent)} ({len(lines)} items)")
    for k in ("X", "Y", "same"):
        print(f"better {k}: {len(counts[k])} {counts[k]}")
    for side in ("X", "Y"):
        print(f"all fields right {side}: {allright[side]}/{nonnull[side]}")
    print(f"null sides: {nulls or 'none'}")
    print(f"spurious events: {spurious or 'none'}")


if __name__ == "__main__":
    main()
