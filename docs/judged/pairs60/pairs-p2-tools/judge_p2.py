#!/usr/bin/env python3
"""pairs60 judge p2: write pairs-p2.jsonl from the verdicts below, check every item is
judged (and each verdict's shape matches its side), print counts."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p2.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]


def ev(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


VERDICTS = {
    1: dict(
        X=ev(True, True, False, False, True, True),
        Y={"omit_right": False},
        better="X",
        reasons=(
            "X codes the protests that 'turned violent late Sunday night' as PROTEST: a real act "
            "in the sentence, type right (mode demo is weak for a protest that turned violent "
            "and broke into a police station; riot fits better, but the type is right). Date "
            "2023-06-11 (the Sunday before Thu 2023-06-15, 'late Sunday night') is right; "
            "'Activists and residents said' is attribution only, so asserted is right. Source "
            "empty is wrong: the sentence names the protesting party as 'a crowd' (a common-noun "
            "group is a right party), so the crowd/protesters (Guinea, from the story) should "
            "be the source. Target empty is wrong: the crowd broke into the main police station "
            "and 'the protests' are those against President Conde, i.e. aimed at the "
            "authorities, so by the crowd-protest rule the state (Guinea, GIN) is the target. "
            "Y codes nothing; X's event is neither spurious nor (as far as shown) a duplicate, "
            "so omitting it is wrong. X gives a right type and date for a real protest; a user "
            "would rather have it than nothing."
        ),
    ),
    2: dict(
        X=ev(True, True, True, False, True, False),
        Y={"omit_right": False},
        better="X",
        reasons=(
            "X codes 'the raid at the office in Banjul' as ASSAULT: the raid is the armed "
            "gunmen's storming of parliament (it is 'part of a campaign to attack and disrupt "
            "the work of the national assembly'), a real act, and ASSAULT is the right type "
            "(armed men storming/taking buildings, not a police search, so not COERCE). Source "
            "empty is right: the sentence neither names nor refers to the raiders (the "
            "spokeswoman is only the speaker; 'it' is the raid). Target empty is wrong: the "
            "sentence names the national assembly (Gambia, GMB) as what the raid attacks, at "
            "'the office in Banjul'. Modality asserted is wrong: the raid 'was starting soon', "
            "so it is future. Date: no date in the text for an act reported as this news, so "
            "the document date 2023-06-15 is right. Y codes nothing, which is not right: the "
            "event holds. X is a closer call than item 1 (an asserted ASSAULT for a raid still "
            "to start, no target), but type, date and place are right for an attack that "
            "the context shows under way that day; a user would rather have X, with the "
            "modality error noted."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in VERDICTS]
    extra = [n for n in VERDICTS if n not in ns]
    if missing or extra:
        sys.exit(f"missing verdicts {missing}, extra verdicts {extra}")
    lines = []
    for it in items:
        v = VERDICTS[it["n"]]
        for side in ("X", "Y"):
            if it[side] is None:
                assert set(v[side]) == {"omit_right"}, (it["n"], side)
            else:
                assert set(v[side]) == set(FIELDS), (it["n"], side)
        assert v["better"] in ("X", "Y", "same"), it["n"]
        assert v["reasons"].strip(), it["n"]
        lines.append(json.dumps({"n": it["n"], "X": v["X"], "Y": v["Y"],
                                 "better": v["better"], "reasons": v["reasons"]},
                                ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")

    better = Counter(VERDICTS[n]["better"] for n in ns)
    print(f"items {len(ns)}, judged {len(lines)} -> {OUT.name}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {better[b]} items {[n for n in ns if VERDICTS[n]['better'] == b]}")
    for side in ("X", "Y"):
        scored = [n for n in ns if "all" in VERDICTS[n][side]]
        nulls = [n for n in ns if "omit_right" in VERDICTS[n][side]]
        allr = [n for n in scored if VERDICTS[n][side]["all"]]
        omit = [n for n in nulls if VERDICTS[n][side]["omit_right"]]
        print(f"side {side}: events {len(scored)}, all-fields-right {len(allr)} {allr}; "
              f"nulls {len(nulls)}, omit_right {len(omit)} {omit}")
        for f in (FIELDS if scored else []):
            print(f"   {f}: {sum(VERDICTS[n][side][f] for n in scored)}/{len(scored)}")


if __name__ == "__main__":
    main()
