"""Judge c, round 160: write events-c.jsonl from the verdicts below (one entry per item, by n).
Fields marked wrong are listed in the second element; 'spurious' makes every field false.
usage (from docs/judged/round160): python events-c-tools/verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Right: the United States urges 'both sides' (Armenia and Azerbaijan, named earlier) to pull back forces, REQUEST; no date in the text, so the document date."),
 2: (["date"], "RETREAT resign by Vo Van Thuong is right, but 'in May' dates Lam's election, not the resignation, which came before it; the text gives the resignation no date, so date should be none (unknown), not 2024-05."),
 3: ([], "Right: Ukraine objected (ACCUSE disapprove); the object is a clause of the law, not a party, so an empty target is right by the rules (a coder might give Poland); undated news act takes the document date."),
 4: (["date"], "COERCE arrest of gay men in Chechnya inside the reports is right and reported; but the round-ups are an earlier act ('in recent weeks' in the next sentence), not Thursday's: date should be none (or the weeks before), not 2017-04-06, the date of the urging."),
 5: ([], "Accepted: Moscow (RUS) denies targeting civilians, the ASSAULT is given as denied (negated; 'reported' would also do) with no time, so unknown date is right. A general denial, borderline as an event."),
 6: (["target"], "Johnson's promise to repay voters' trust is taken as AGREE, but the sentence names the party promised to: target should be the voters (British voters, GBR), not empty."),
 7: ([], "Right: Norway rejected a similar request (REJECT), 'last month' = 2013-10; the requester is not named in the sentence, so an empty target is right."),
 8: (["target"], "AID (Russia finances the budget) is right and ongoing (document date), but the recipient is Abkhazia (the breakaway region's authorities, GEO territory), not Georgia, whose claim the aid works against."),
 9: (["source"], "ASSAULT on nine police officers on Sunday 2016-10-09 is right, but the attackers are unidentified and the story points to possible links across the border: their country is not plain, so the source should be the attackers with no country code, not MMR."),
 10: ([], "Right: Indian officials welcomed the FATF decision (SUPPORT); the decision is no party, so an empty target is right; 2018-06-29 is the day of the report (dateline June 29)."),
 11: (["date"], "REQUEST by the spokeswoman (Chad) to Washington is right, but her statement is the government's statement of Monday (first sentence): date should be 2017-09-25, not the document date 2017-09-26."),
 12: ([], "Right: ECOWAS leaders impose sanctions (closing borders, central bank cut-off) on Mali's junta on Monday 2012-04-02; SANCTION accepted (CAMEO2PLOVER maps 163 to COERCE restrict, but PLOVER's SANCTION covers breaking exchanges)."),
 13: (["date"], "Luxon's announced talks with Seymour, CONSULT future, accepted (AGREE, willingness to meet, would also fit); but the talks are to begin 'immediately' after the Saturday election-night speech: date should be 2023-10-14, not none."),
 14: ([], "Right: Obama and Karzai signed the strategic partnership agreement (SUPPORT, sign agreement) shortly after midnight on 2012-05-02."),
 15: (["type"], "Police raids on Gulen-linked media are a law-enforcement raid: type should be COERCE (seize/raid, per the conventions), not ASSAULT; source, empty target (no party in the sentence), Sunday 2014-12-14 and asserted are right."),
 16: (["target"], "ACCUSE allege by Tunisia's government is right, but 'accusing it' refers to Ansar al-Sharia, named in the same sentence: target should be Ansar al-Sharia (TUN), not empty."),
 17: ([], "Right: Polish government officials accuse Duda (ACCUSE allege); undated news act, document date."),
 18: (["type"], "'I invite the Republican Party not to commit the same mistake' is an exhortation (the previous sentence: 'called on the Republicans'): type should be REQUEST, not AGREE (AGREE's invitations are invitations to visit or meet)."),
 19: ([], "Right: a toll summed 'since protests began in March last year' is ASSAULT with no source and no date (unknown); attribution to the UN keeps it asserted."),
 20: ([], "Right: Kast urged his party (the Republican Party, CHL) to act with moderation, REQUEST; undated news act, document date."),
 21: (["source"], "'He' is Ernesto Ramirez Rigo, head of the IMF mission: the source should be the IMF official (IMF, no country code), not a Lebanese government actor (LBN/GOV). REQUEST, empty target and 2022-04-07 (Thursday) are right."),
 22: (["date"], "Russia and China voting against the IAEA board resolution (REJECT) is right, but the resolution passed late on Wednesday (previous paragraph): date should be 2022-06-08, not 2022-06-09."),
 23: ([], "Right: the two leaders (Obama for the USA, Karzai for Afghanistan) signed the agreement shortly after midnight, 2012-05-02; mutual event with both parties on each side accepted. Same signing as item 14 but in another sentence, so no duplicate by the rules."),
 24: ([], "Right: the National Front (FRA) and UKIP (GBR) hailed the Swiss vote (SUPPORT); 'it' is the vote, no party, so an empty target is right; undated, document date."),
 25: (["target"], "COERCE arrest in 2011 ('last year') is right with no source named in the sentence, but the arrested men are named: target should be Ratko Mladic (Bosnian Serb, BIH) and Goran Hadzic (Croatian Serb, HRV), not empty."),
 26: (["spurious"], "Spurious: the AfD 'welcomed the turmoil' in a rival party: glee at a rival's crisis, no act of support toward any party ('welcome' in another sense)."),
 27: ([], "Right: Trump withdrew the US from the nuclear agreement in May 2018 (SANCTION withdraw); the agreement is no party, so an empty target is right."),
 28: ([], "Right: Shoigu's phone talks with the Armenian and Azerbaijani defence ministers (CONSULT, targets coded as their states), on the Tuesday of the ceasefire, 2021-11-16."),
 29: ([], "Right: Israeli forces have killed more than 200 Palestinians since October, a span total, so ASSAULT with no date; attribution to news-agency figures keeps it asserted."),
 30: (["target"], "Macron's promise to be 'president of all' and respond to the anger of Le Pen's voters is taken as AGREE, but the sentence names the party: target should be those who backed his rival (French voters, FRA), not empty."),
 31: ([], "Right: Rubio (USA) urged 'both leaders' (Armenia and Azerbaijan) to sign the treaty, REQUEST; undated news act, document date."),
 32: (["type", "source"], "'We have sent a firm message to the Russian government' is an official protest: type should be ACCUSE (complain officially), not CONSULT; and Di Maio is Italy's foreign minister, so source country should be ITA, not RUS."),
 33: (["date"], "ASSAULT killing two other people in the Baghdad strike, no source named in the sentence, is right, but the strike was on Wednesday evening: date should be 2024-02-07, not the document date 2024-02-08."),
 34: (["source"], "MOBILIZE weapons (nuclear test) in February 2013 is right, but 'the North' is North Korea: source code should be PRK, not empty."),
 35: (["spurious"], "Spurious: Giammattei 'has clashed with' U.S. officials over prosecutors is a political disagreement, not violence ('clash' in another sense, like the conventions' 'took a swipe at'); at most a background ACCUSE-like dispute."),
 36: ([], "Right: Georgian PM Kvirikashvili resigned on Wednesday 2018-06-13, RETREAT resign."),
 37: ([], "Right: the DRC and ten other African leaders pledged not to harbour armed groups (AGREE), a mutual commitment; signed on Sunday 2013-02-24."),
 38: (["source", "target"], "'She' is Tanzania's President Samia Suluhu Hassan (TZA), not Agather Atuhaire; and she accuses 'the visitors', the foreign activists (no single country), not Tanzania. ACCUSE allege, Monday 2025-05-19 and asserted are right."),
 39: ([], "Right: Bahrain police fired tear gas to disperse several hundred people near Rajab's home on Thursday evening 2012-08-16, ASSAULT crowd-control; attribution to activists keeps it asserted."),
 40: ([], "Right: Abbott called for the election date to be confirmed (REQUEST); the addressee is not named in the sentence, so an empty target is right; document date."),
 41: ([], "Right: Sanogo's soldiers (coded by their leader Sanogo, MLI) accused Toure of failing to arm troops when they toppled him on 2012-03-22, ACCUSE allege."),
 42: (["target"], "ASSAULT by the gunmen (Shabaab, SOM) on Wednesday 2013-06-19 is right, but they fire at the buildings where U.N. staff had taken refuge: target should be the U.N. staff (UN, no country code), not empty."),
 43: (["modality"], "ASSAULT, India -> Pakistan, 2019-02-27 (the Wednesday air clash) is right, but the downing is India's claim, which Islamabad denies, not attribution alone: modality should be reported, not asserted."),
 44: ([], "Right: several Ukrainian servicemen killed 'this month', ASSAULT with no source named, dated 2020-07; attribution to the military keeps it asserted."),
 45: (["target"], "SUPPORT (Medvedev congratulated Ankvab) is right, but Ankvab is the leader of Abkhazia: his country code should be GEO (Georgia's breakaway region), not RUS."),
 46: (["type"], "Rajapaksa's government withdrawing from the 2015 council commitment is withdrawal from an agreement: type should be SANCTION withdraw (or REJECT), not RETREAT withdraw (a retreat of forces); source (Sri Lanka's government), empty target and 2020 ('last year') are right."),
 47: ([], "Right: Duda asked the Constitutional Tribunal (POL) to review the law, REQUEST, on Tuesday 2018-02-06."),
 48: ([], "Right: Democratic lawmakers (JPN) have called for Prime Minister Kan to step down, REQUEST, a call still going on, so the document date."),
 49: ([], "Right: New Delhi said it supported Sri Lanka's unity and territorial integrity, SUPPORT India -> Sri Lanka; 2021-03-23 is the report's date (GENEVA March 23)."),
 50: ([], "Right: the State Department urged Moscow to uphold its commitments, REQUEST USA -> Russia; undated news act, document date 2012-07-13."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-c.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
    print(counts)

if __name__ == "__main__":
    main()
