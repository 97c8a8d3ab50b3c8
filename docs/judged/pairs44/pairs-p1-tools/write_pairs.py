#!/usr/bin/env python3
"""Judge p1's blind paired judgments for pairs44 (scored by docs/judged/CONVENTIONS.md).

Run from the repo root:  python3 docs/judged/pairs44/pairs-p1-tools/write_pairs.py
Writes docs/judged/pairs44/pairs-p1.jsonl and prints the counts.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p1.jsonl"

FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(spec):
    """'TTFTTT' -> field dict in FIELDS order; 'all' is derived."""
    assert len(spec) == 6 and set(spec) <= {"T", "F"}, spec
    d = {f: c == "T" for f, c in zip(FIELDS, spec)}
    if not d["event"]:  # a spurious event is wrong in every field
        d = {f: False for f in FIELDS}
    d["all"] = all(d[f] for f in FIELDS)
    return d


SPURIOUS = ev("FFFFFF")
OK = {"omit_right": True}
MISS = {"omit_right": False}

# n: (X, Y, better, reasons)
J = {
    1: (ev("TTTFTT"), ev("TTTFTF"), "X",
        "Modality differs: 'had failed to reach an accord' is an AGREE negated (X); Y codes it asserted. "
        "Both leave the target empty though the sentence refers to 'the three countries' (target wrong on both "
        "by the definite-description rule); undated background act with unknown date is right on both."),
    2: (ev("TTFTTT"), ev("TTFFTT"), "X",
        "Source/target differ: the protesters were detained 'by police' - X has the protesters as target (right; "
        "no country given in the story body, which names only 'the capital') but leaves the police source empty "
        "(wrong, police named in the sentence); Y makes the detained protesters the source and leaves the target "
        "empty (both wrong). Date Sunday 2023-06-11 right on both."),
    3: (SPURIOUS, OK, "Y",
        "Event: X codes a CONSULT between the head of the Puerto Rican independence movement and the "
        "representatives of that same movement - an actor consulting itself, which a coder does not code as an "
        "interaction between political actors (and X's target has no country though 'Puerto Rican' gives it). "
        "Y codes nothing, which I take as right. Low confidence: a reader who codes intra-group meetings would "
        "credit X with the event."),
    4: (ev("TTTTTT"), MISS, "X",
        "Event: Sall said the peacekeepers 'would meet' a Seleka delegation within days - a real CONSULT, future. "
        "X codes it with future modality and no date (no date given, right); peacekeepers of the UN mission "
        "have no country (right); the Seleka delegation's country is not made plain by this garbled story "
        "(Senegal's Sall, Mali in the title), so empty is right. Y misses it."),
    5: (ev("TTTFTT"), ev("TTTTTT"), "Y",
        "Target differs: 'rebels clash with government forces in Sirte' - Y names government forces[LBY] "
        "(right), X leaves the target empty although the party is named in the sentence (wrong). Otherwise "
        "identical; document date right for this news-digest item."),
    6: (ev("TTTFTT"), ev("TTTFTT"), "Y",
        "Target differs: a ceasefire 'between government forces and the rebel movement' - Y names government "
        "forces (right party) but with no country although the story is plainly Lesotho's war (LSO), so it "
        "scores wrong by the country rule; X leaves the target empty (wrong). Scores tie; Y is closer."),
    7: (SPURIOUS, OK, "Y",
        "Event: 'not authorized to speak with the media' is anonymity boilerplate, not a meeting, and it is "
        "negated anyway - X's CONSULT is spurious. Y codes nothing (right)."),
    8: (ev("TTTFFT"), ev("TTTFFT"), "X",
        "Target differs: 'clashes between rebels and the government in northern Uganda' - X names the rebels "
        "but with no country (rebels in a named country: UGA is plain), Y leaves the target empty; both score "
        "wrong. Both give the document date to a background act from before 2002 (wrong). X closer."),
    9: (SPURIOUS, OK, "Y",
        "Event: the ministry 'described the attacks' already reported in the previous sentence - a "
        "characterisation, not a new act; X codes the ministry as the cyber-attacker, which no text says. "
        "Spurious. Y codes nothing (right at this trigger)."),
    10: (SPURIOUS, OK, "Y",
         "Event: 'Cameron described the attack as a despicable act' - X codes an ASSAULT by Cameron, which is "
         "spurious (the attack is the earlier Brussels attack; the statement would be ACCUSE, not at this "
         "trigger). Y codes nothing (right)."),
    11: (MISS, ev("TTTFTT"), "Y",
         "Event: 'a meeting between Chief Cabinet Secretary Yoshihide Suga and protesters' is a real CONSULT; "
         "X misses it. Y codes it with Suga[JPN] right; the protesters in Tokyo get no country (JPN plain), so "
         "the target scores wrong; meeting of unknown time with no date is right."),
    12: (ev("TTFTTT"), MISS, "X",
         "Event: 'human rights defenders identified 3 other arrests' - the arrests are real COERCE acts. X codes "
         "them but makes the rights defenders (who reported them) the source: wrong, the arrester is not named, "
         "so an empty source would be right; target empty right (the arrested are not named). Y misses it."),
    13: (ev("TTFTTT"), ev("TTTTTT"), "Y",
         "Source differs: Los Angeles Mayor Eric Garcetti's country is plainly USA; X has none (wrong), Y has "
         "USA (right). ACCUSE, empty target ('the situation'), Thursday date and modality right on both."),
    14: (ev("TTFTFT"), MISS, "X",
         "Event: LAPD-reported arrests are a real COERCE arrest; Y misses it. X codes it but with the LAPD "
         "without its country (USA plain: wrong by the country rule) and dates it 2023-06-14 from 'since "
         "Wednesday', a total summed over a span, which takes no date (wrong)."),
    15: (ev("TTTTTT"), MISS, "X",
         "Event: 'peace talks between pro-Russian rebels and government forces in eastern Ukraine' is an ongoing "
         "CONSULT; X codes it with both parties [UKR] right and dates it to the Sunday of the NYT report, when "
         "the talks were under way (taken as right; a stricter reading would want the document date for an "
         "ongoing act). Y misses it."),
    16: (MISS, ev("TTFTTT"), "Y",
         "Event: 'the arrest of another activist, Hamid Bajoun' is a real COERCE arrest; X misses it. Y codes it "
         "with Hamid Bajoun[SYR] as target (right) but the activists who reported it as source (wrong: the "
         "arrester is not named in the sentence, empty would be right)."),
    17: (ev("TTFTTT"), ev("TTFFTT"), "X",
         "Source/target differ: Kozhara was 'struck on the head by a local businessman'. X has Kozhara as target "
         "(right; country left empty, acceptable for a Crimean politician of disputed status) but no source "
         "though the businessman is named (wrong); Y inverts the roles, Kozhara as source and no target (both "
         "wrong). Saturday date right on both."),
    18: (ev("TTTTTT"), ev("TTTFTT"), "X",
         "Target country differs: the woman shot in the City of Commerce during the Los Angeles protests is "
         "plainly USA - X right, Y leaves the country empty (wrong). Source empty (no shooter named), Thursday "
         "date and modality right on both."),
    19: (MISS, ev("TTFTTT"), "Y",
         "Event: ongoing 'peace negotiations between the government and rebels' over Western Sahara is a CONSULT "
         "(borderline: the talks are in stalemate); X misses it. Y codes it; source 'government' with ESH is "
         "wrong (the story has Morocco occupying the territory; the sentence gives no country, so empty or MAR); "
         "rebels with no country accepted; document date for an ongoing act right."),
    20: (ev("TTFFTT"), MISS, "X",
         "Event: 'tense negotiations between local law enforcement and the militants' is a real CONSULT; Y "
         "misses it. X has the right parties, but both without country though the story plainly places them in "
         "Italy (the militants are the 'Italian militants' named before) - source and target wrong by the "
         "country rule; no date for the undated earlier talks is right."),
    21: (OK, SPURIOUS, "X",
         "Event: in a truncated sentence, experts 'pointed out that a meeting between the leaders of the G20...' - "
         "no meeting act is reported (a planned/hypothetical summit inside a claim), and Y makes the experts the "
         "party meeting, asserted. Spurious. X codes nothing (right)."),
    22: (ev("TTFFTT"), ev("TTFFTT"), "Y",
         "Source/target differ: 'protests and clashes between opposition protesters and the authorities' in "
         "Thessaloniki - X leaves both empty (wrong: protesters and authorities are named, the protest is aimed "
         "at the authorities); Y names opposition protesters and authorities but both without country (GRC is "
         "plain), so both score wrong too. Scores tie; Y is much closer."),
    23: (MISS, ev("TTFFTT"), "Y",
         "Event: the envoy 'met with a wide range of government officials' is a real CONSULT; X misses it. Y "
         "codes it but gives the international envoy CAF (wrong: an international envoy to CAR, no country) and "
         "the CAR government officials no country (CAF plain: wrong); document date for 'met' right."),
    24: (ev("TFTTTF"), ev("TFTTTT"), "Y",
         "Modality differs: 'failed to approve sanctions against Bashir' - Y negated (right), X asserted (wrong). "
         "Type is wrong on both: the act is a SANCTION (not taken), not SUPPORT toward Bashir. UNSC source, "
         "Bashir[SDN] target and 'last month' 2023-05 right on both."),
    25: (OK, SPURIOUS, "X",
         "Event: the ministry 'says the country is expecting a protest' - an expectation, no protest reported "
         "and no party named; Y codes an asserted PROTEST with the city of Alexandria as source, spurious. X "
         "codes nothing (right)."),
    26: (ev("TTFFTT"), ev("TTFFTT"), "Y",
         "Source/target differ: 'clashes between the population groups and security forces' in Burma - X leaves "
         "both empty (wrong, both named); Y names both but without country (MMR plain for Burma's security "
         "forces and its Rohingya population), so both score wrong. Scores tie; Y closer. 2012 date right on both."),
    27: (ev("TTFFTT"), ev("TTFFTT"), "X",
         "Source/target differ: 'he was also threatened by one of these officers and attacked with a baseball "
         "bat' - X has Khaleel ('he') as target, right party but no country (Chittagong: BGD plain), and no "
         "source though 'one of these officers' is referred to (wrong); Y inverts the roles, Khaleel as source "
         "and no target. Both score wrong on source and target; X closer."),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"judgments do not match items: missing {missing}, extra {extra}")
    rows = []
    for it in items:
        x, y, better, reasons = J[it["n"]]
        for side, j in (("X", x), ("Y", y)):
            if it[side] is None:
                assert set(j) == {"omit_right"}, (it["n"], side, "null side needs omit_right")
            else:
                assert "omit_right" not in j, (it["n"], side, "non-null side needs field scores")
        assert better in ("X", "Y", "same")
        rows.append({"n": it["n"], "X": x, "Y": y, "better": better, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parent.parent.parent)} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        nn = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(nn):2}  {nn}")
    for side in ("X", "Y"):
        coded = [r for r in rows if "omit_right" not in r[side]]
        nulls = [r for r in rows if "omit_right" in r[side]]
        print(f"{side}: coded {len(coded)}, all fields right {sum(r[side]['all'] for r in coded)} "
              f"{[r['n'] for r in coded if r[side]['all']]}, spurious "
              f"{[r['n'] for r in coded if not r[side]['event']]}")
        print(f"   null {len(nulls)}: omit right {[r['n'] for r in nulls if r[side]['omit_right']]}, "
              f"omit wrong {[r['n'] for r in nulls if not r[side]['omit_right']]}")
        for f in FIELDS:
            print(f"   {f:8} right {sum(r[side][f] for r in coded)}/{len(coded)}")


if __name__ == "__main__":
    main()
