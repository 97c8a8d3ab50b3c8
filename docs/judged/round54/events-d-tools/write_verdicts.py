"""Round 54, judge d: verdicts on the 35 sampled events (events-d-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Writes ../events-d.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
usage (from docs/judged/round54): python events-d-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "Walking out of six-party talks is SANCTION (halt negotiations, mode withdraw); Pyongyang = PRK. "
            "Target USA is acceptable: the walk-out was aimed at U.S. financial sanctions, although other parties sat "
            "at the talks. 'November' before a July 2006 story = 2005-11."),
    2: (["target"], "REJECT by Chilean voters, Sunday = 2022-09-04 right. Target empty is wrong: the sentence names "
                    "the party acted upon - the rejection 'dealt a heavy blow' to President Boric, who had championed "
                    "the charter; a coder codes CHL voters REJECT CHL government (Boric)."),
    3: ([], "Armed groups deploying in Tripoli = MOBILIZE; LBY plain from Tripoli; Tuesday before Wed 2021-12-22 = "
            "2021-12-21; 'residents said' is attribution only, asserted."),
    4: (["source", "target"], "A campaign pledge (to pursue the bank theft) is AGREE by the pledge rule, present perfect "
                              "'has pledged' reaffirmed in this news (lead: 'promising to fight corruption'), doc date "
                              "accepted. Source country WBK is wrong: 'former World Bank economist' is her past job, Sandu "
                              "is Moldovan (MDA). Target 'Moldova' is drawn from the adjective in 'Moldovan banks'; the "
                              "pledge is not an act toward the Moldovan state - no party is acted upon, empty would be right."),
    5: ([], "MOBILIZE Russia -> Ukraine (troops near its borders); 'has massed' still going on, doc date; 'U.S. officials "
            "say' is attribution, asserted with reported_by."),
    6: (["type"], "Agreeing to step down is a resignation: PLOVER (NGEC codebook) puts resign under RETREAT, and 'agreed "
                  "to' would at most be AGREE; CONCEDE is not the type. Source Ozawa JPN, empty target, doc date (said on "
                  "Wednesday) and asserted (the agreeing is asserted) are right."),
    7: (["type", "target"], "Signing an association agreement (CAMEO 057) is AGREE (sign formal agreement), not SUPPORT "
                            "(verbal endorsement). Target empty is wrong: the sentence names the other party, 'the then "
                            "European Economic Community'. Source Turkey, date 1963 right."),
    8: (["type", "modality"], "Not a duplicate: e5 (hand over weapons) is the first event from the sentence; e6 "
                              "'demobilised' is the alternative outcome. Handing over weapons is RETREAT mode disarm in the "
                              "PLOVER codebook, not CONCEDE. 'will ... hand over' under an agreement is future, not asserted. "
                              "Source UNITA fighters AGO right; date: doc date of the agreement accepted for a future act "
                              "with no date in the text."),
    9: ([], "Passive 'was killed', no killer named in the sentence: empty source right by the rule (context: the troops). "
            "Target Ghazi PAK; Tuesday before Wed 2007-07-11 = 2007-07-10; 'the army said' attribution, asserted."),
    10: ([], "Protesters hurling stones at police during a march on the presidential administration = PROTEST riot; a "
             "protest at home aimed at the authorities, so the state (Ukraine) is a right target; the day's clashes = doc "
             "date 2001-03-09. ('officers beating people' is a second act not coded here.)"),
    11: (["modality"], "THREATEN Biden -> Putin on December 7 is right, but the threat was made: it is asserted; only "
                       "the sanctions in the condition ('if Russia attacks') are hypothetical (conventions: an offer or "
                       "threat whose condition states its terms was made)."),
    12: ([], "Not a duplicate (Yassin's killing is in the previous sentence). Source empty is right by the rule: the "
             "sentence names no party ('the strike' names an act, not a party) - I would code Israel here, see md. Target "
             "'seven other people' in Gaza City, PSE plain; Monday = doc date 2004-03-22."),
    13: (["target"], "A pledge is AGREE (pledge rule), Obama USA, repeated in Thursday's speech = doc date, asserted. "
                     "Target 'all U.S. troops' is the actor's own troops, the thing moved, not the party acted upon; the "
                     "sentence names Iraq, the party the pledge (withdraw from Iraq) concerns: target IRQ."),
    14: (["target", "date"], "COERCE arrest of the gendarme, passive, empty source right by rule. Target is wrong: "
                             "Noureddine Zerhouni (named in the previous sentence) was not detained - the target is 'the "
                             "gendarme who fired the shots' (DZA COP). Date wrong: a background act ('later', in the "
                             "paragraph recounting April 18-20 and the days after) of an earlier, unstated time is given "
                             "the document date 2001-04-28; no date would be right."),
    15: (["type", "source"], "'pledging to confront Israel and terrorism' is a hostile pledge: THREATEN (or nothing, "
                             "rhetoric), not AGREE (commitment to cooperate). Source wrong: the one pledging is Aoun (the "
                             "subject of 'pledging'); dateline took 'Lebanon' from the other clause ('Lebanon must keep "
                             "itself away') and put Aoun into reported_by. Target Israel, doc date Monday right."),
    16: ([], "REQUEST Western governments -> Kiev (UKR government); no single country for 'Western governments', empty "
             "code right. 'have urged' with no time: standing, repeated calls still going on, doc date accepted."),
    17: (["date"], "ASSAULT police (UKR) -> a peaceful crowd (the Kiev protesters, UKR plain). 'saying' is attribution "
                   "(asserted by the convention; I would call a counter-claim in a dispute reported, see md). Date wrong: "
                   "the attack claimed is the day's clash, reported as this news - 2001-03-09; dateline gave no date "
                   "(basis unknown)."),
    18: ([], "COERCE curfew in Ramallah; the sentence names no imposer ('a curfew had been imposed') so empty source is "
             "right by rule, and no party ('the city' is a place) - empty target right; Friday = doc date 2002-03-29. "
             "('tanks took up positions' is a separate MOBILIZE.)"),
    19: ([], "Soldiers seizing power in a coup coded ASSAULT by analogy with the settled rule for armed forces seizing "
             "ground (a reader might prefer COERCE; accepted). Mali soldiers MLI; 'twice in nine months' gives no date, so "
             "no date (basis unknown) is right."),
    20: ([], "Conceding an election defeat = CONCEDE; Samaras GRC GOV (still prime minister); Sunday = doc date "
             "2015-01-25; empty target right (no winner named in the sentence)."),
    21: ([], "CONSULT Duterte PHL -> Xi CHN; 'hours earlier' on Thursday = 2016-10-20 right."),
    22: (ALL, "Spurious: 'the attack' is a back-reference, inside what the two leaders agreed, to the ambassador's killing "
              "already coded from the lead; the sentence reports no new assault (its acts are a phone CONSULT Erdogan - "
              "Putin and their agreement), and dateline gives it no parties."),
    23: (["type"], "'his followers would not give up' = refuse to surrender (\"They will fight to the last man\"): "
                   "surrender is RETREAT (CAMEO 0874), so RETREAT negated (or REJECT asserted), not CONCEDE. Source "
                   "followers PHL (from the southern Philippines), empty target, doc date (spokesman said today) and "
                   "negated are right."),
    24: (["target"], "Israel rejecting an attribution of involvement = REJECT; source Israel (Olmert's office speaks for "
                     "it) right; doc date Wednesday right. Target empty is wrong: the sentence refers to the party "
                     "rejected, 'terror elements' = Hezbollah, which blamed Israel (LBN)."),
    25: (["target"], "ASSAULT, source empty (sentence names no killer) right by rule; a toll summed over the siege has no "
                     "date - right; 'may have been killed' hypothetical right. Target country RUS is wrong: the civilians "
                     "of Mariupol are Ukrainian (UKR)."),
    26: (["target"], "COERCE (capture/arrest) of Gbagbo on Monday 2011-04-11; passive with no agent in the sentence, "
                     "empty source right by rule. Target wrong: it adds Alassane Ouattara, whose headquarters Gbagbo "
                     "was taken to - Ouattara is not acted upon (he is the captor's side)."),
    27: (["target"], "ASSAULT Turkish police -> the attacker, Monday = doc date. Target country wrong: 'the attacker' is "
                     "the gunman named in the previous sentence, a Turkish riot policeman (Mevlut Mert Altintas) - TUR "
                     "is plain from the text; dateline gives no country."),
    28: (ALL, "Spurious: 'questioned who NATO was targeting' - 'targeting' in another sense (aiming its policy/expansion), "
              "no assault; the act in the sentence is Putin's ACCUSE/criticism of NATO."),
    29: ([], "Coup coded ASSAULT as in #19 ('bloodless' makes it less of an assault, a reader might prefer COERCE; "
             "accepted by analogy with the seizure rule). Camara GIN MIL, December 2008 = 2008-12 right."),
    30: ([], "REQUEST Amin Gemayel (LBN) -> his supporters (LBN), at the hospital on the day = doc date 2006-11-21."),
    31: ([], "'forced to step down in 2012' = RETREAT resign, Saleh YEM, 2012 right, asserted."),
    32: (["type"], "Signing a treaty (CAMEO 057) is AGREE, not SUPPORT. Parties right: a mutual act of Moscow (USSR in "
                   "1961, coded RUS as CAMEO/ICEWS do) and Pyongyang; listing both as source and target is accepted as "
                   "the mutual coding. 1961 right."),
    33: ([], "ACCUSE opposition groups (MDV) -> Yameen (MDV); present 'accuse' is a standing accusation still going on, "
             "doc date right."),
    34: ([], "PROTEST obstruct (occupying streets); Hong Kong protesters coded CHN (since 1997 Chinese rule, as the text "
             "says; HKG would also do). No aim in this sentence and no party named: empty target right by the general "
             "rule (the state would also be right). Sunday = doc date."),
    35: ([], "Irish voters backing the treaty = SUPPORT (approve); not a duplicate of the lead (different sentence). "
             "'voters' = Irish voters; no party acted upon named, empty target right; the result was shown Saturday "
             "(the text gives no polling day) - doc date 2009-10-03 accepted."),
}


def main():
    items = [json.loads(line) for line in (ROUND / "events-d-items.jsonl").open()]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 36)), "V must cover items 1-35"
    rows = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), (it["n"], false)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rows.append(dict(it, verdict=verdict, reasons=reasons))
    with (ROUND / "events-d.jsonl").open("w") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in rows if r["verdict"]["event"]]
    print(f"{'field':10} {'of 35':>8} {'%':>6}   {'of real (' + str(len(real)) + ')':>14} {'%':>6}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in rows)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {k:>5}/35 {100 * k / 35:6.1f}   {kr:>10}/{len(real)} {100 * kr / len(real):6.1f}")
    print(f"spurious: {35 - len(real)} ({', '.join('#' + str(r['n']) for r in rows if not r['verdict']['event'])})")
    for f in FIELDS[1:]:
        bad = [r["n"] for r in real if not r["verdict"][f]]
        print(f"{f} false on real events: {bad}")


if __name__ == "__main__":
    main()
