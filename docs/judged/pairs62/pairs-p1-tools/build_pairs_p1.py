#!/usr/bin/env python3
"""Judge p1, pairs62: writes pairs-p1.jsonl from the judgments below, checks that
every item in items.jsonl is judged exactly once (a score for each non-null side,
omit_right for each null side) and prints counts.

Run from the worktree root:
    python3 docs/judged/pairs62/pairs-p1-tools/build_pairs_p1.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p1.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, (event, type_, source, target, date, modality)))
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in FIELDS}
    d["all"] = all(d[k] for k in FIELDS)
    return d


SPURIOUS = ev(False, False, False, False, False, False)


def om(right):
    return {"omit_right": right}


T, F = True, False

J = {
    1: (om(T), SPURIOUS, "X",
        "No event: the sentence describes what a proposal would mean; 'wants to work out with the "
        "government' is a relative clause about the group's wish, not an act (the group's REQUEST/letter "
        "is coded from earlier sentences). Even read as an event, COOPERATE (material cooperation) is the "
        "wrong type for a wish to negotiate (AGREE at most). Y spurious, so X's null is right."),
    2: (om(F), ev(T, T, T, F, T, T), "Y",
        "Investors deciding to file a complaint is ACCUSE (allege), dated June 2014 as the text gives; "
        "'decided to file' read as asserted (the next sentence treats the complaint as filed). Target "
        "wrong: the IDB is the body the complaint is filed with, not the party accused (the accused is "
        "not named in the sentence, so empty would be right). Source 'international investors' with no "
        "country is right. Real event with one wrong field beats nothing."),
    3: (om(T), SPURIOUS, "X",
        "Ministers 'warned that Brexit would be a black day' for the Union is a prediction, not a coercive "
        "warning of something they would do: no THREATEN and no other PLOVER act. Besides, the date is "
        "wrong: the warnings came in the days before last Sunday (2023-06-11), not Monday 2023-06-12. Y "
        "spurious; X's null right."),
    4: (om(F), ev(T, T, T, F, T, T), "Y",
        "Lawyers seeking a stay on the government's plans is a REQUEST (a legal challenge; ACCUSE sue "
        "would also be defensible). Source lawyers IND right. Date: 'had sought', undated background, "
        "basis unknown with no value is right. Target: the government is named in the sentence as the "
        "party whose plans are to be stayed, so an empty target is wrong (the court asked is unnamed). "
        "Y records a real event with one field wrong."),
    5: (ev(T, T, T, F, F, T), om(F), "X",
        "Protesters setting fire to government vehicles: ASSAULT (primitive/destroy) accepted (PROTEST "
        "riot also defensible). Source protestors GRC right. Target: 'government vehicles' refers to the "
        "Greek government, so empty is wrong. Date: the rally was 'on Tuesday' and the arson came in its "
        "early evening (2023-06-13), so the document date is wrong. Still a real violent act Y misses."),
    6: (ev(T, T, T, T, F, T), om(F), "X",
        "'Another group of forces was preparing to raid another neighborhood': COERCE seize (law "
        "enforcement raid), future modality right, source security forces YEM right; target the "
        "neighborhood (its residents, YEM) accepted leniently (no other party named). Date wrong: the "
        "raids began 10 AM Saturday 2023-06-10, so 'around midnight' is the night Saturday->Sunday "
        "(2023-06-11T00:00), not 2023-06-10T00:00, which precedes the raids. Y codes nothing for a real "
        "act."),
    7: (ev(T, T, T, F, T, T), om(F), "X",
        "Protesters occupying government buildings is PROTEST obstruct (not armed forces, so not "
        "ASSAULT). Source KEN right. Date right: Kibaki's statement was Saturday 2023-06-10, four days "
        "after is 2023-06-06. Target: by the home-protest rule the state (Kenyan government) is the right "
        "target; Kibaki is named only as the maker of the later statement, and the occupied offices are "
        "the ministers', so the person Kibaki is scored wrong (country/sector KEN GOV right). Better than "
        "nothing."),
    8: (ev(T, F, T, F, F, T), om(F), "same",
        "Hackers targeting a federal agency's computers is COERCE cyber, not ASSAULT (type wrong). "
        "Target: 'the federal agency responsible for regulating power utilities' is a US government "
        "body named in the sentence, so empty is wrong. Date: the text gives 'this month' (2023-06); "
        "the day 2023-06-15 is not given (over-precise, wrong). Source with no country scored right by "
        "rule ('believed to be from China' is a belief, not plain), though a user would want CHN. The "
        "record is an undirected ASSAULT that inflates violence counts and carries no dyad; about as "
        "useful as nothing."),
    9: (om(F), ev(T, T, T, T, T, T), "Y",
        "Rioters looting and attacking stores: PROTEST riot right; source rioters USA right; Saturday "
        "night = 2023-06-10 right; asserted. Target Bank of America, one of the named businesses looted, "
        "is a party clearly acted upon in the sentence (the state would also be right since the anger is "
        "at the authorities' inaction). All fields right; X misses it."),
    10: (ev(T, T, T, T, F, F), om(F), "X",
         "Demonstrators calling for a national strike on January 25-26: PROTEST strike with the right "
         "source (no country given plainly) and empty target (no aim, no country). But the strike is "
         "called for, not held: modality should be future, not asserted; and a strike called for now, "
         "from a June 2023 story, is in January 2024, so 2023-01-25 is wrong. Right act and actors; "
         "wrong when/whether. Preferred to nothing, narrowly."),
    11: (ev(T, T, T, T, T, T), om(F), "X",
         "Truncated sentence, but it holds an act: activists 'have been demanding' = REQUEST, ongoing, so "
         "the document date is right; source human rights activists EGY (Cairo/Egypt in context) right; "
         "no target named, empty right; asserted. All fields right."),
    12: (om(F), ev(T, F, T, T, T, T), "same",
         "Protesters 'gathered ... demanding an end to the killings' is a PROTEST demo; the codebook says "
         "protests making demands are PROTEST and never REQUEST, so REQUEST yield is the wrong type "
         "(and would double the protest if it is coded elsewhere). Source protesters THA right; aim is "
         "the killings, not the authorities, so empty target right; document date and asserted right. "
         "The sentence's main event (watchdog ACCUSE government) is not this one. A mistyped record vs "
         "nothing: neither gives the user the right code."),
    13: (SPURIOUS, om(T), "Y",
         "Embassies warning their own citizens to exercise caution is a travel advisory, not a THREATEN "
         "(no coercion of any party) nor any other PLOVER act between political actors; also the "
         "'citizens in Thailand' are foreigners, not THA civilians. X spurious; Y's null right."),
    14: (om(F), ev(T, T, T, T, T, T), "Y",
         "Opposition leaders and legal experts met with 'her' = the Prime Minister, Yingluck Shinawatra "
         "(pronoun resolved to the PM named earlier): CONSULT, THA both sides, 'today' = 2023-06-15, "
         "asserted. All fields right (sector GOV for opposition is not scored). X misses a clean event."),
    15: (om(F), ev(T, T, F, T, F, T), "Y",
         "Union members holding a strike: PROTEST right (mode 'boycott' should be 'strike', mode not "
         "scored). Source country wrong: the strike is in Taipei (TWN), not AUS. Target empty right (aim "
         "is working conditions, i.e. the employer, not the authorities). Date wrong: 'on Saturday' = "
         "2023-06-10, not the document date. Real strike with right type; wrong country and date, "
         "narrowly preferred to nothing."),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    errors = []
    if missing:
        errors.append(f"unjudged items: {missing}")
    if extra:
        errors.append(f"judgments for unknown items: {extra}")
    rows = []
    for it in items:
        n = it["n"]
        if n not in J:
            continue
        x, y, better, reasons = J[n]
        for side, score in (("X", x), ("Y", y)):
            null = it[side] is None
            if null != ("omit_right" in score):
                errors.append(f"item {n} side {side}: null={null} but score {score}")
        if better not in ("X", "Y", "same"):
            errors.append(f"item {n}: bad better {better}")
        if not reasons:
            errors.append(f"item {n}: no reasons")
        rows.append({"n": n, "X": x, "Y": y, "better": better, "reasons": reasons})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.name}: {len(rows)} items judged of {len(items)}")
    c = Counter(r["better"] for r in rows)
    for k in ("X", "Y", "same"):
        print(f"better {k}: {c[k]}  items {[r['n'] for r in rows if r['better'] == k]}")
    for side in ("X", "Y"):
        scored = [r for r in rows if "omit_right" not in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        print(f"side {side}: {len(scored)} events, all-fields-right {sum(r[side]['all'] for r in scored)} "
              f"(items {[r['n'] for r in scored if r[side]['all']]}); "
              + ", ".join(f"{f} {sum(r[side][f] for r in scored)}" for f in FIELDS)
              + f"; null {len(nulls)}, omit right {sum(r[side]['omit_right'] for r in nulls)} "
              f"(items {[r['n'] for r in nulls if r[side]['omit_right']]})")


if __name__ == "__main__":
    main()
