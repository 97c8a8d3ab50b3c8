#!/usr/bin/env python3
"""pairs62 judge p2: write pairs-p2.jsonl from the judgments below, check every item is judged
(and that null/non-null sides match items.jsonl), and print counts.

Usage (from the worktree root):  python3 docs/judged/pairs62/pairs-p2-tools/judge_p2.py
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ITEMS = os.path.join(ROOT, "items.jsonl")
OUT = os.path.join(ROOT, "pairs-p2.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]


def ev(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, [event, type_, source, target, date, modality]))
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


SPURIOUS = ev(False, False, False, False, False, False)


def om(right):
    return {"omit_right": right}


J = {
    1: (om(True), SPURIOUS, "X",
        "The sentence reports the content of a proposal; 'that the group of entrepreneurs wants to work out "
        "with the government' is a relative clause describing the proposal, not an act. No PLOVER event; "
        "even read as an act (a wish to negotiate) it would be AGREE/CONSULT, not material COOPERATE. "
        "Y is spurious, so coding nothing (X) is right."),
    2: (om(False), ev(True, True, True, False, True, True), "Y",
        "Investors deciding (June 2014) to file a complaint is ACCUSE; source 'international investors' with "
        "no country is right, date 2014-06 right, asserted right (next sentence confirms the complaint exists). "
        "Target wrong: the IDB is the forum the complaint is filed with, not the party complained about "
        "(the Maldives currency authorities, not named in this sentence, so empty would be right). "
        "Y still captures a real event; X misses it."),
    3: (om(True), SPURIOUS, "X",
        "'Warned that Brexit would be a black day for the Union's cohesion' is a pessimistic prediction, "
        "not a coercive warning with repercussions the speakers would impose: THREATEN is the trigger in "
        "another sense, so Y is spurious. Its date is also wrong on any reading: the warnings came in the "
        "days before last Sunday (2023-06-11), Y gives Monday 2023-06-12. Null X is right."),
    4: (om(False), ev(True, True, True, False, True, True), "Y",
        "Lawyers seeking a stay on the government's plans: REQUEST (a legal challenge could also be ACCUSE; "
        "REQUEST accepted). Source lawyers/IND right (Indian story), date unknown right for a pluperfect "
        "background act with no date, asserted right. Target: the sentence names the government whose plans "
        "the stay is sought against, so empty is wrong (a coder who takes only the unnamed court as "
        "recipient would accept empty). Y captures the act; X misses it."),
    5: (ev(True, False, True, False, False, True), om(False), "X",
        "Protesters setting fire to government vehicles at a rally is a riot: PROTEST riot, not ASSAULT "
        "(arguable, ASSAULT primitive/destroy is a near miss in the same violent family). Source "
        "protestors/GRC right. Target wrong: the sentence names government vehicles, the Greek state is "
        "the party acted upon, empty is wrong. Date wrong: the early evening of the Tuesday rally "
        "(2023-06-13) per the preceding sentences, not the document date. Still, X records a real "
        "violent act by the right actor; Y misses it."),
    6: (ev(True, True, True, False, False, True), om(False), "X",
        "'Another group of forces was preparing to raid another neighborhood': a planned law-enforcement "
        "raid, COERCE seize, future modality right, source Yemeni forces right. Target wrong: a "
        "neighbourhood is a place, not a party (residents are not named; empty would be right). Date "
        "wrong: 'around midnight' after the raids that began 10 AM Saturday is Saturday night "
        "(~2023-06-11T00:00); 2023-06-10T00:00 is the midnight before the raids began (2023-06-10 at day "
        "precision would be defensible). The main act of the sentence (forces moving to his house) is not "
        "the one coded, but X still gives a real event; Y has none."),
    7: (ev(True, True, True, False, True, True), om(False), "X",
        "Protesters occupying government buildings: PROTEST obstruct right; source young protesters/KEN "
        "right. Date right: Kibaki's statement was Saturday 2023-06-10, four days before is 2023-06-06. "
        "Asserted right. Target: a crowd protest at home aimed at government buildings has the Kenyan state "
        "as right target; Kibaki is named only as the maker of the statement, and the occupied offices are "
        "those of ministers and the attorney general, so Kibaki as person is not the party acted upon "
        "(lenient reading: he stands for the government; scored strict). X nearly all right; Y misses it."),
    8: (ev(True, False, False, False, False, True), om(False), "same",
        "A cyber attack on a US federal agency is COERCE cyber, not ASSAULT. Source: hackers 'believed to "
        "be from China' should carry CHN; empty country wrong. Target wrong: the federal agency regulating "
        "power utilities (USA government) is named, empty is wrong. Date: 'this month' is 2023-06 at month "
        "precision; the document date day is more precise than the text gives (scored wrong). Asserted with "
        "'according to U.S. officials' right. X gets only the fact of an attack by hackers and adds a "
        "false violent ASSAULT; Y misses a real event. Neither is preferable."),
    9: (om(False), ev(True, True, True, True, True, True), "Y",
        "Rioters looting and attacking stores Saturday night: PROTEST riot right, rioters/USA right, date "
        "Saturday 2023-06-10 right, asserted right. Target Bank of America is one of the businesses the "
        "sentence names as looted, so it is a party clearly acted upon (one of several; accepted). Y all "
        "right; X misses the event."),
    10: (ev(True, True, True, True, False, False), om(False), "X",
         "Demonstrators calling a national strike for January 25-26: PROTEST strike accepted as type (the "
         "called strike), source demonstrators with empty country right (the sentence gives no country; "
         "Romania only via 'gazeta.ro' later), empty target accepted. Modality wrong: a strike 'called for' "
         "is future, not asserted. Date wrong: the call follows yesterday's protest, so January 25-26 is "
         "the next January, not 2023-01-25 (which would be a past strike). X still records the strike call "
         "by the right actor; Y has nothing."),
    11: (ev(True, True, True, True, True, True), om(False), "X",
         "Truncated sentence, but the act is there: activists 'have been demanding' = REQUEST. Source "
         "human rights activists/EGY right (Cairo/Egypt story, plain from the text). No target named, "
         "empty right. Ongoing act takes the document date; asserted right. X all right; Y misses it."),
    12: (om(False), ev(True, False, True, True, True, True), "Y",
         "Hundreds of protesters gathered demanding an end to the killings: by the PLOVER note, protests "
         "making demands are PROTEST (demo), not REQUEST, so type wrong. Source protesters/THA right "
         "(Bangkok). Target empty right: the protest is aimed at the killings (violence), not at the "
         "authorities. Document date right for a gathering reported as news; asserted right. (The "
         "watchdog's ACCUSE against the government is a separate event not in this pair.) Y captures the "
         "protesters' act with only the type off; X misses it."),
    13: (SPURIOUS, om(True), "Y",
         "Embassies issuing travel warnings to their own citizens to exercise caution is an advisory, not a "
         "THREATEN (no coercive warning to another party) and no PLOVER event. X is spurious; its target "
         "'Thailand citizens [THA]' is also wrong (the citizens are foreigners in Thailand). Null Y is right."),
    14: (om(False), ev(True, True, True, True, True, True), "Y",
         "Opposition leaders and legal experts met with her (the Prime Minister = Yingluck Shinawatra, "
         "named earlier in the story) today: CONSULT, opposition leaders/THA -> Yingluck/THA, 2023-06-15 "
         "from 'today', asserted. All right; X misses it."),
    15: (om(False), ev(True, True, False, True, False, True), "Y",
         "Union members held a strike protesting working conditions: PROTEST right as type (mode should be "
         "strike, not boycott). Source wrong: the strike is in Taipei, union members are TWN, not AUS. "
         "Target empty right (aim is working conditions/employer, not the state). Date wrong: 'on Saturday' "
         "is 2023-06-10, not the document date. Asserted right. Y still records a real protest; X misses it."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    assert sorted(ns) == sorted(J), f"judged {sorted(J)} vs items {sorted(ns)}"
    rows = []
    for it in items:
        x, y, better, reasons = J[it["n"]]
        for side, score in (("X", x), ("Y", y)):
            null_item = it[side] is None
            assert null_item == ("omit_right" in score), f"item {it['n']} side {side}: null mismatch"
        assert better in ("X", "Y", "same")
        rows.append({"n": it["n"], "X": x, "Y": y, "better": better, "reasons": reasons})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {OUT}: {len(rows)} items, all judged")
    b = Counter(r["better"] for r in rows)
    for k in ("X", "Y", "same"):
        print(f"better {k}: {b[k]}  items {[r['n'] for r in rows if r['better'] == k]}")
    for side in ("X", "Y"):
        ev_rows = [r for r in rows if "omit_right" not in r[side]]
        nul = [r for r in rows if "omit_right" in r[side]]
        print(f"{side}: {len(ev_rows)} events, all-fields-right {sum(r[side]['all'] for r in ev_rows)}"
              f" {[r['n'] for r in ev_rows if r[side]['all']]}; spurious "
              f"{[r['n'] for r in ev_rows if not r[side]['event']]}; "
              f"null {len(nul)}, omit right {[r['n'] for r in nul if r[side]['omit_right']]}")
        for k in FIELDS:
            print(f"   {k:9s} right {sum(r[side][k] for r in ev_rows)}/{len(ev_rows)}")


if __name__ == "__main__":
    main()
