"""Write docs/judged/pairs60/pairs-p1.jsonl from judge p1's verdicts below,
check that every item of items.jsonl is judged once, and print counts.

Run from the repo root:  python3 docs/judged/pairs60/pairs-p1-tools/write_pairs.py
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p1.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality", "all")


def side(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target,
             date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


def null(omit_right):
    return {"omit_right": omit_right}


VERDICTS = {
    1: dict(
        X=side(True, True, False, True, True, True),
        Y=null(False),
        better="X",
        reasons=(
            "The sentence reports the protests in Amboise and Blangi turning violent late Sunday "
            "night, a real PROTEST act (coded one sentence at a time, so not a duplicate of the "
            "first sentence's protest); Y codes nothing, so its omission is wrong. X: type PROTEST "
            "right (mode demo rather than riot for protests that 'turned violent' and broke into a "
            "police station, but mode is not scored). Date 2023-06-11 (Sunday before Thursday "
            "2023-06-15, night) right; 'Activists and residents said' is attribution only, so "
            "asserted is right. Target empty is right: the sentence names no aim of the protests "
            "(the Guinean state would also be right under the home-protest rule). Source empty is "
            "wrong: the sentence names the acting group, 'a crowd' (the protesters, in Guinea by "
            "the first sentence), which a coder would give as source. Arguable, as the protest's "
            "actor is only implied by 'the protests'; either way X beats no event."
        ),
    ),
    2: dict(
        X=side(True, True, True, False, True, False),
        Y=null(False),
        better="X",
        reasons=(
            "The spokeswoman reports the raid on the office in Banjul, part of a campaign to "
            "attack the national assembly: a real act of armed gunmen storming parliament, so "
            "ASSAULT is the right type and Y's omission is wrong. X: source empty is right (the "
            "sentence neither names nor refers to the gunmen, only to 'the raid'). Target empty "
            "is wrong: the sentence names what is attacked, the office in Banjul / the national "
            "assembly (Gambia's parliament, GMB). Modality asserted is wrong: the raid 'was "
            "starting soon', which is future. Date = document date is right (no date in the text, "
            "an act reported as this news). Two wrong fields, but a user would still rather have "
            "the raid on record than nothing; the asserted modality slightly overstates it, "
            "though the first sentence says the storming is already under way."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(VERDICTS))
    extra = sorted(set(VERDICTS) - set(ns))
    if missing or extra or len(ns) != len(set(ns)):
        sys.exit(f"judged items do not match: missing {missing}, extra {extra}")
    better = collections.defaultdict(list)
    allright = collections.Counter()
    nonnull = collections.Counter()
    omit = collections.Counter()
    lines = []
    for it in items:
        n = it["n"]
        v = VERDICTS[n]
        assert v["better"] in ("X", "Y", "same"), n
        for s in ("X", "Y"):
            if it[s] is None:
                assert set(v[s]) == {"omit_right"}, (n, s)
                omit[(s, v[s]["omit_right"])] += 1
            else:
                assert set(v[s]) == set(FIELDS), (n, s)
                nonnull[s] += 1
                allright[s] += v[s]["all"]
        better[v["better"]].append(n)
        lines.append(json.dumps({"n": n, "X": v["X"], "Y": v["Y"],
                                 "better": v["better"], "reasons": v["reasons"]},
                                ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT.name}: {len(lines)} items, all judged")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {len(better[b])} {better[b]}")
    for s in ("X", "Y"):
        print(f"{s}: non-null {nonnull[s]}, all fields right {allright[s]}; "
              f"null with omit_right true {omit[(s, True)]}, false {omit[(s, False)]}")


if __name__ == "__main__":
    main()
