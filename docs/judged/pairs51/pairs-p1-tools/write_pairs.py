"""Judge p1's blind paired judgments of pairs51 (14 items), scored by docs/judged/CONVENTIONS.md.

usage (from the repo root): python3 docs/judged/pairs51/pairs-p1-tools/write_pairs.py
Checks that every item of items.jsonl is judged (and that each side's null/non-null shape matches the
item), writes docs/judged/pairs51/pairs-p1.jsonl and prints the counts.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p1.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def s(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS, (event, type_, source, target, date, modality)))
    d["all"] = all(d.values())
    return d


SPURIOUS = s(False, False, False, False, False, False)
OMIT_RIGHT = {"omit_right": True}
OMIT_WRONG = {"omit_right": False}

# n: (X, Y, better, reasons)
J = {
    1: (OMIT_WRONG, s(True, True, True, False, True, True), "Y",
        "The quoted WHO statement reports WHO personnel now providing emergency advice and services to the "
        "local population: an AID event (humanitarian/emergency assistance), so X coding nothing is wrong. "
        "Y: event, type, source (WHO personnel; the body's own code, no seat country to give), date (act going "
        "on when told -> document date) and modality (attribution keeps it asserted) right; target empty is "
        "wrong, as the sentence refers to the recipients ('the local population' of the Cocos Islands). "
        "Differs: event present (Y) vs missing (X)."),
    2: (SPURIOUS, OMIT_RIGHT, "Y",
        "A football player 'providing a helping hand for the club side' is no act between political actors; "
        "X's AID is spurious (wrong in every field), Y rightly codes nothing. Differs: event."),
    3: (SPURIOUS, OMIT_RIGHT, "Y",
        "'Dodik ... accepted the $130,000 payment' is taking a bribe, not AGREE (no willingness to cooperate; "
        "trigger in another sense). X's AGREE is spurious; Y rightly codes nothing. Differs: event."),
    4: (s(True, True, True, True, False, True), s(True, True, True, False, False, True), "X",
        "ASSAULT by Nepal police killing 'two civilians' (with Purna). X's target 'two civilians[NPL]' is the "
        "party the sentence names; Y's empty target is wrong. Both give the document date to a background act "
        "of an earlier time (the melee of May 17 given in the previous sentence) -> date wrong on both. "
        "Modality asserted (a quote with attribution) right on both. Differs: target."),
    5: (s(True, True, True, False, False, True), s(True, True, True, True, False, True), "Y",
        "ASSAULT (beat) by Aylmer-Etienne on 'the man' he hit. Y's target 'man[GBR]' is the party named in the "
        "sentence (London story, GBR plain); X's empty target is wrong. Date wrong on both: the text gives the "
        "fight Friday (0330 GMT on Friday, 2023-06-09), not the document date (Thursday). Differs: target."),
    6: (s(True, True, False, False, True, True), s(True, True, False, False, True, True), "Y",
        "COERCE arrest, 'on Saturday' -> 2023-06-10 right on both, asserted right. Target: both empty, wrong - "
        "the sentence names 'more than 100 people' arrested. Source: the police who report the arrests are the "
        "arresting party named in the sentence, so X's empty source is wrong; Y names the right party "
        "('Police') but with no country where the text makes Nigeria plain (Zaria, President Goodluck "
        "Jonathan), so by the rule its source scores wrong too. Both score the same; Y is better overall as "
        "it names the right party and misses only the country. Differs: source."),
    7: (s(True, True, True, True, True, True), s(True, True, False, True, True, True), "X",
        "COERCE arrest of Saadi[LBY], 'Tuesday' -> 2023-06-13 right, asserted right on both. Source: the "
        "Interior Ministry that announces the arrest is the Libyan authority that made it, named in the "
        "sentence; X's 'Libya interior ministry[LBY]' right, Y's empty source wrong. Differs: source."),
    8: (OMIT_WRONG, s(True, True, True, True, True, True), "Y",
        "'The attack left one soldier wounded' is an ASSAULT on an (Iranian) soldier, coded one sentence at a "
        "time (not a same-sentence duplicate of the previous sentence's attack on vehicles). Y: source empty "
        "right (the sentence names no attacker), target soldier[IRN/MIL] right, document date right for an act "
        "reported as this news, asserted right. X coding nothing is wrong. Differs: event present vs missing."),
    9: (s(True, True, True, True, True, True), s(True, True, False, True, True, True), "X",
        "COERCE arrest of 'more than 30 people'[SVN] (right on both); date 2023-06-10 (the Saturday on which the "
        "story sets the clashes the detentions came from) right on both; asserted right. Source: police, who "
        "report the detentions, are the detaining party named in the sentence: X's police[SVN] right, Y's "
        "empty source wrong. Differs: source."),
    10: (OMIT_WRONG, s(True, True, True, False, True, True), "Y",
         "'We have been providing additional resources to the Caribbean Cooperation Command' is AID (military "
         "assistance) by the US naval command Brown speaks for; X coding nothing is wrong. Y: source John "
         "Brown[USA] taken as right (the speaker of 'we', commander of the acting US command, right country); "
         "target empty is wrong - the sentence names the Caribbean Cooperation Command as recipient; date "
         "(going on when told -> document date) and asserted right. Differs: event present vs missing."),
    11: (s(True, True, False, False, False, True), s(True, True, False, False, False, True), "X",
         "COERCE arrest of 'four people' in an Arizona town. Source: the police who report the arrests are the "
         "arresting party; X names it ('Police') but with no country where Arizona makes USA plain, so it "
         "scores wrong, and Y's empty source is wrong too. Target 'four people[None]' on both: right party, "
         "country USA plain and missing -> wrong on both. Date 2023-06-10 on both is the Saturday the vandalism "
         "was discovered, not a date the text gives the arrests; with no date the act reported as news takes "
         "the document date -> wrong on both. Both score the same; X better overall as it names the right "
         "source party. Differs: source."),
    12: (s(True, True, True, False, True, True), s(True, True, True, False, False, True), "X",
         "AID: the health ministry gave grants to a company (taken as an event, a government grant). Source "
         "health ministry[DNK] right on both (the ministry has a 'Greenland office', so a Danish ministry). "
         "Target empty wrong on both - the sentence names the company affiliated with the former director. "
         "Date: '$80,000 from 2010 to 2013' is a total summed over a span, which has no date (round-20 rule): "
         "X's unknown/null right, Y's '2010' wrong. Differs: date."),
    13: (SPURIOUS, SPURIOUS, "same",
         "The administration 'had been attempting to convince the academic union to accept' a pay offer: the "
         "union accepted nothing, so an asserted AGREE by the union is spurious on both sides (the act to code "
         "here would be the administration's pressure on the union, which neither side codes). The sides "
         "differ only in date (unknown vs document date), which does not count for a spurious event. Same."),
    14: (s(True, True, True, False, True, True), s(True, True, True, True, True, True), "Y",
         "Turkey's support of the Southern Front, 'a group supported by Turkey', taken as a SUPPORT event "
         "(standing backing, kind of support unstated; a coder could also leave this descriptive clause "
         "uncoded - same on both sides). Y's target group[SYR] is the Southern Front, referred to in the "
         "sentence, with its country; X's empty target is wrong. Document date (going on) and asserted "
         "(attribution to the ambassador) right on both. Differs: target."),
}


def main():
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"unjudged items {missing}, judged items not in items.jsonl {extra}")
    rows = []
    for it in items:
        x, y, better, reasons = J[it["n"]]
        for side, judged in (("X", x), ("Y", y)):
            if (it[side] is None) != ("omit_right" in judged):
                sys.exit(f"item {it['n']} side {side}: null/non-null does not match the judgment")
        if better not in ("X", "Y", "same"):
            sys.exit(f"item {it['n']}: bad better {better!r}")
        rows.append({"n": it["n"], "X": x, "Y": y, "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parents[2])} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        got = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(got):2}  {got}")
    for side in ("X", "Y"):
        coded = [r for r in rows if "omit_right" not in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        allr = [r["n"] for r in coded if r[side]["all"]]
        spur = [r["n"] for r in coded if not r[side]["event"]]
        per = {f: sum(r[side][f] for r in coded) for f in FIELDS}
        print(f"{side}: {len(coded)} events, all fields right {len(allr)} {allr}; spurious {len(spur)} {spur}; "
              f"null {len(nulls)} (omit right {[r['n'] for r in nulls if r[side]['omit_right']]}, "
              f"omit wrong {[r['n'] for r in nulls if not r[side]['omit_right']]})")
        print(f"   per field right: " + ", ".join(f"{f} {per[f]}/{len(coded)}" for f in FIELDS))


if __name__ == "__main__":
    main()
