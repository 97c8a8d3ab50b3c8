"""Judge p2's blind paired judgments for pairs44 (27 items), by docs/judged/CONVENTIONS.md.

usage: python3 docs/judged/pairs44/pairs-p2-tools/write_pairs.py
Checks that every item in items.jsonl is judged, writes pairs-p2.jsonl beside items.jsonl and prints
the counts. Document date of every item: 2023-06-15 (a Thursday).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p2.jsonl"
FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event=True, type=True, source=True, target=True, date=True, modality=True):
    s = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    s["all"] = all(s.values())
    return s


SPURIOUS = {f: False for f in FIELDS + ("all",)}


def omit(right):
    return {"omit_right": right}


# n: (X, Y, better, reasons)
J = {
    1: (ev(), ev(modality=False), "X",
        "modality: 'had failed to reach an accord' is a negated AGREE; X negated is right, Y asserted is "
        "wrong. Same type/source/date; empty target right by the AGREE note (reciprocal accord among the "
        "three countries, no recipient); background act of unknown time, null date right."),
    2: (ev(source=False), ev(source=False, target=False), "X",
        "source/target: police ('by police', named in the sentence) detained the protesters. X has the "
        "protesters as target (right; country empty is right, the body names no country) but no source "
        "(wrong). Y makes the protesters the source and has no target: both wrong. Date Sunday = "
        "2023-06-11 right on both."),
    3: (ev(target=False), omit(False), "X",
        "event: Padilla 'spoken with the representatives' is a CONSULT reported as news (Tuesday = "
        "2023-06-13, right), which Y misses. X's source Padilla [USA] accepted (text calls Puerto Rico the "
        "US territory; sector not scored); target 'representatives' has no country though the text makes "
        "them Puerto Rican/US: target wrong by the country rule."),
    4: (ev(), omit(False), "X",
        "event: Sall said the peacekeepers 'would meet' a Seleka delegation: a future CONSULT. X is right "
        "in all fields (UN peacekeepers, no country; Seleka's country not plain in this text; null date for "
        "'within days'; future). Y codes nothing."),
    5: (ev(target=False), ev(), "Y",
        "target: 'Libyan militia rebels clash with government forces' names the government forces; Y has "
        "them [LBY] (right), X leaves the target empty (wrong). Rest identical and right (headline item, "
        "document date)."),
    6: (ev(target=False), ev(target=False), "Y",
        "target: ceasefire between government forces and the rebel movement. X has no target (wrong: the "
        "sentence names the government forces); Y names them but with no country, where the text makes them "
        "Lesotho's (wrong by the country rule, but the right party). Both right on type, date (since "
        "Saturday = 2023-06-10) and modality; Y closer."),
    7: (SPURIOUS, omit(True), "Y",
        "event: 'not authorized to speak with the media' is no consultation, only the terms of an anonymous "
        "quote; X's CONSULT (negated) is spurious, Y rightly codes nothing."),
    8: (ev(target=False, date=False), ev(target=False, date=False), "X",
        "target: 'clashes between rebels and the government in northern Uganda': X names the rebels (right "
        "party, but no country where the text makes them Ugandan: wrong by rule), Y has no target (wrong). "
        "Both give the document date to clashes before the mission's 2002 launch: date wrong on both. X "
        "closer."),
    9: (SPURIOUS, omit(True), "Y",
        "event: the ministry 'described the attacks' as the first in two years: a comment, and the attacks "
        "are the hackers' act already reported in the previous sentence. X's COERCE/cyber with the ministry "
        "as attacker is spurious; Y's omission is right."),
    10: (SPURIOUS, omit(True), "Y",
         "event: 'Cameron described the attack as a despicable act' makes Cameron no attacker; X's ASSAULT "
         "with source Cameron is spurious. No event belongs at the trigger 'attack' (the condemnation is an "
         "ACCUSE at 'described', another trigger), so Y's omission is right."),
    11: (omit(False), ev(target=False), "Y",
         "event: 'a meeting between Chief Cabinet Secretary Yoshihide Suga and protesters' is a CONSULT, "
         "missed by X. Y: source Suga [JPN] right; target protesters with no country though they are in "
         "Tokyo (country plain: wrong by rule); null date right (meeting of unknown day before Friday's "
         "lifting); asserted right."),
    12: (ev(source=False), omit(False), "X",
         "event: '3 other arrests' are real COERCE/arrest acts, which Y misses. X's source, the human rights "
         "defenders, are the reporters, not the arresters (source wrong; empty would be right); empty target "
         "right (no arrested party named); document date and asserted right."),
    13: (ev(source=False), ev(), "Y",
         "source: Mayor Garcetti of Los Angeles: Y codes USA (right), X leaves the country empty (wrong). "
         "Both right on ACCUSE/disapprove ('unacceptable'), empty target (a situation), Thursday = "
         "2023-06-15, asserted."),
    14: (ev(source=False, date=False), omit(False), "X",
         "event: the LAPD's 100+ arrests are a real COERCE/arrest, which Y misses. X: source LAPD has no "
         "country (Los Angeles: USA plain, wrong by rule); date: 'over 100 arrests ... since Wednesday' is a "
         "total summed from an earlier time, so it has no date (round-20 rule) and X's 2023-06-14 is wrong. "
         "Type, empty target, asserted right."),
    15: (ev(date=False), omit(False), "X",
         "event: 'peace talks between pro-Russian rebels and government forces in eastern Ukraine' is an "
         "ongoing CONSULT, which Y misses. X has both parties [UKR] right; date: Sunday is the day of the "
         "NYT report, not of the talks, which are still going on (document date by the rule): wrong. "
         "I would accept Sunday myself; scored by the rule."),
    16: (omit(False), ev(source=False), "Y",
         "event: the arrest of Hamid Bajoun is a real COERCE/arrest, missed by X. Y's target Hamid Bajoun "
         "[SYR] right; source 'activists' are the reporters, not the arresters (wrong; the sentence names no "
         "arrester, empty would be right); document date and asserted right."),
    17: (ev(source=False, target=False), ev(source=False, target=False), "X",
         "source/target: Kozhara 'was ... struck on the head by a local businessman'. X has Kozhara as target "
         "(right party, but no country where the text makes him a Ukrainian opposition leader in Crimea: "
         "wrong by rule) and no source (the businessman is named: wrong). Y reverses roles: Kozhara as "
         "source, no target: both wrong. Date Saturday = 2023-06-10 right on both. X closer."),
    18: (ev(), ev(target=False), "X",
         "target: the woman shot in the City of Commerce during the Los Angeles protests: X codes USA (right), "
         "Y leaves the country empty (wrong). Both right on ASSAULT/firearms, empty source (unnamed shooter), "
         "Thursday evening = 2023-06-15, asserted."),
    19: (omit(False), ev(target=False), "Y",
         "event: 'the peace negotiations between the government and rebels over the territory' are an "
         "ongoing CONSULT (same reading as the talks of item 15), missed by X. Y: government [ESH] accepted, "
         "document date right for ongoing talks; target rebels over Western Sahara with no country (plain "
         "from the sentence: wrong by rule)."),
    20: (ev(source=False, target=False), omit(False), "X",
         "event: 'tense negotiations between local law enforcement and the militants' is a real CONSULT, "
         "which Y misses. X names both right parties but gives neither a country, though the text makes both "
         "Italian (source and target wrong by rule); null date (past negotiations of unknown day) and "
         "asserted right."),
    21: (omit(True), SPURIOUS, "X",
         "event: a truncated fragment in which 'other experts have pointed out' something about the planned "
         "G20 meeting: no act in the sentence, and the experts are no party to any meeting. Y's CONSULT with "
         "'other experts' [CHN] as source, asserted and dated today for a summit next week, is spurious; X's "
         "omission is right."),
    22: (ev(source=False, target=False), ev(source=False, target=False), "Y",
         "source/target: 'protests and clashes between opposition protesters and the authorities' in "
         "Greece. Y names both (right parties, aimed at the authorities so the state is a right target) but "
         "with no country where Greece is plain (both wrong by rule); X has neither (both wrong). Type, "
         "document date (ongoing unrest) and asserted right on both. Y closer."),
    23: (omit(False), ev(source=False, target=False, date=False), "Y",
         "event: the envoy 'met with a wide range of government officials' is a real CONSULT, missed by X. "
         "Y: source 'international envoy' coded CAF, but he is an international envoy to the CAR, not the "
         "CAR's (wrong); target officials of the CAR with no country (wrong by rule); date: the text dates "
         "the visit from Monday (2023-06-12), the document date is wrong. Y better only for finding the "
         "event and its type."),
    24: (ev(type=False, modality=False), ev(type=False), "Y",
         "modality: 'failed to approve sanctions against Bashir' is negated; X asserted is wrong (and reads "
         "as the Council backing Bashir), Y negated is right. Type wrong on both: the act not done is a "
         "SANCTION of Bashir, not a SUPPORT toward him. Source UNSC, target Bashir [SDN], 'last month' = "
         "2023-05 right on both."),
    25: (omit(True), SPURIOUS, "X",
         "event: the ministry 'says the country is expecting a protest, as has been the practice' names no "
         "protester, time or act: an expectation, not a reported protest. Y's PROTEST asserted today with "
         "'Alexandria' (not in the sentence, a city) as source is spurious; X's omission is right."),
    26: (ev(source=False, target=False), ev(source=False, target=False), "Y",
         "source/target: 'clashes between the population groups and security forces erupted in 2012' in "
         "Burma. Y names both parties (right parties, but no country where Burma is plain: wrong by rule); "
         "X has neither (wrong). Type, 2012 and asserted right on both. Y closer."),
    27: (ev(source=False, target=False), ev(source=False, target=False), "X",
         "source/target: Khaleel 'was ... attacked with a baseball bat' by 'one of these officers'. X has "
         "Khaleel as target (right party, no country where Chittagong makes him Bangladeshi: wrong by rule) "
         "and no source (the officer is referred to: wrong). Y reverses roles: Khaleel as source, no target. "
         "Document date (the story's news) and asserted right on both. X closer."),
}


def main():
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for no item {extra}")
    by_n = {it["n"]: it for it in items}
    rows = []
    for n in ns:
        x, y, better, reasons = J[n]
        for side, score in (("X", x), ("Y", y)):
            null = by_n[n][side] is None
            if null != ("omit_right" in score):
                sys.exit(f"item {n} side {side}: null={null} but score {score}")
        assert better in ("X", "Y", "same")
        rows.append({"n": n, "X": x, "Y": y, "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    c = Counter(r["better"] for r in rows)
    print(f"wrote {OUT.relative_to(HERE.parents[3])}: {len(rows)} items")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {c[b]}  items {[r['n'] for r in rows if r['better'] == b]}")
    for side in ("X", "Y"):
        coded = [r for r in rows if "omit_right" not in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        allr = [r["n"] for r in coded if r[side]["all"]]
        spur = [r["n"] for r in coded if not r[side]["event"]]
        print(f"{side}: coded {len(coded)}, all fields right {len(allr)} {allr}, spurious {len(spur)} {spur}")
        print(f"   per field right: " + ", ".join(
            f"{f} {sum(r[side][f] for r in coded)}" for f in FIELDS))
        print(f"   null {len(nulls)}: omit right {[r['n'] for r in nulls if r[side]['omit_right']]}, "
              f"omit wrong {[r['n'] for r in nulls if not r[side]['omit_right']]}")


if __name__ == "__main__":
    main()
