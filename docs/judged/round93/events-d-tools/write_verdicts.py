"""Write events-d.jsonl from judge d's verdicts (round 93) and check them.

usage: python3 events-d-tools/write_verdicts.py   (run in docs/judged/round93)
Each verdict: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false).
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ({"source"}, "ACCUSE investigate, January 2015, asserted are right and no target is named; but the source Fatou Bensouda is the ICC's prosecutor, not Palestinian: source should be Fatou Bensouda / the ICC with no country code (an international body), not PSE."),
 2: ({"target"}, "The Security Council's sanctions (approved last month, 1999-10) are a SANCTION by the UNSC, but the sentence names whom they hit ('freeze Taliban assets'): target should be the Taliban (AFG), not empty."),
 3: (set(), "Hasina thanked voters: SUPPORT (praise) Hasina (BGD) -> Bangladeshi voters, reported as this news, so the document date 1996-06-14 is right; asserted."),
 4: ({"target"}, "Netanyahu (ISR) praised the idea: SUPPORT, Wednesday 2025-02-05, asserted; 'the idea' is Trump's proposal named in the same sentence, so the target should be Donald Trump (USA), not empty."),
 5: (set(), "Rally in Sadr City on Monday (2008-12-15) demanding Zaidi's release from detention: PROTEST aimed at the authorities' act, so the Iraqi state is a right target under the crowd-protest rule; all right."),
 6: ({"date"}, "COERCE arrest Austrian police (AUT) -> Kovac Jr. (SVK) is right, but he was detained 'on arrival', i.e. when he was left at the Hainburg station on Thursday: date should be 1995-08-31, not the Friday report date 1995-09-01."),
 7: (set(), "Serbian riot police used batons and tear gas on the students on Wednesday 1997-10-01: ASSAULT crowd-control, SRB police -> Kosovo Albanian students (Kosovo code accepted); first of the two events on this act (e2 'break' is the duplicate), so it holds."),
 8: (set(), "Israel's bombardment of southern Lebanon (noun phrase in the Gamaa Islamiya statement): ASSAULT ISR -> LBN; the campaign was still going on when the story was told (last paragraph), so the document date is right; attribution keeps it asserted."),
 9: (set(), "The PJD leadership announced it would resign: RETREAT resign with future modality (as the conventions code 'is to step down'; PLOVER itself would put a promised resignation under CONCEDE), no date for a future act; 'party officials' (MAR) are the same party as 'the party's leadership', accepted. reported_by (National Rally, FRA) is wrong but not scored."),
 10: ({"source", "date"}, "Blaming the divided Security Council is ACCUSE -> UNSC, asserted; but Annan is Ghanaian and a UN/Arab League envoy, not Syrian: source should be Kofi Annan (GHA, or no code as the international envoy); and he spoke on Thursday: date should be 2012-08-02, not the month 2012-08."),
 11: ({"date"}, "Alkatiri's resignation is a RETREAT resign, asserted; but the text dates only Ramos-Horta becoming prime minister ('last July'), the resignation came before it with no date: date should be unknown (at most 2006), not 2006-07."),
 12: (set(), "Japan will ease travel restrictions on North Koreans: CONCEDE (promise of future easing), Japan -> North Koreans (PRK), future, no date for the future act; all right."),
 13: ({"target"}, "PROTEST demo by tens of thousands (KWT) in 2012, asserted, right; but 'it' is the emir's decree cutting votes, an act of the authorities, so the target should be the Kuwaiti state/emir (KWT), not 'compliant parliament' (a phrase from the clause about the decree's purpose)."),
 14: (set(), "Syria pulled some units out of Beirut in June: RETREAT withdraw, Syria -> Lebanon (LBN), 2001-06, asserted; all right."),
 15: (set(), "Total of American soldiers (and Iraqis) killed since the 2003 invasion: ASSAULT with no named killer, target American soldiers (USA); a span summed from an earlier time has no date, so the unknown date is right."),
 16: (set(), "Saudi Arabia, Egypt, Jordan rejected Trump's proposal on Wednesday 2025-02-05: REJECT -> Trump (USA), asserted; all right (the Palestinian leadership is missing from the source list, but the listed parties are right)."),
 17: ({"date"}, "Russia's recognition of Abkhazia and South Ossetia is SUPPORT (CAMEO 054) RUS -> the two regions (GEO), asserted; but it is a background act 'after last August's war': date should be 2008 (August 2008), not the document date 2009-06-16."),
 18: (set(), "Indonesia accepted the verdict but expressed disappointment: ACCUSE disapprove by the Indonesian government (IDN), reported as this news (2002-12-17); 'the verdict' is not a party and the court is not named in the sentence, so an empty target is right."),
 19: (set(), "Interior Ministry officials (Slovak) opened an inquiry into the kidnapping: ACCUSE investigate, no target named, reported as this news (1995-09-01), asserted; all right."),
 20: ({"type", "target", "date"}, "Trump's promise to 'renegotiate or scrap' NAFTA is not an offer of cooperation: type should be THREATEN (threat to scrap the trade deal) toward Mexico (MEX, 'the two countries' in the sentence), not AGREE with no target; and it is a background campaign promise with no date, so the date should be unknown, not 2017-01-26."),
 21: (set(), "Saudi Arabia executed 81 men on Saturday 2022-03-12: ASSAULT execute SAU -> 81 men (mixed nationality, no code right), asserted; all right."),
 22: (set(), "Kosovo special police arrested a senior Serbian official on Monday 2018-03-26: COERCE arrest XKX police -> SRB official, asserted; all right."),
 23: (set(), "Islamic State seized Raqqa in early 2014: armed takeover of ground is ASSAULT by the conventions, IS (no code), no party named as holder, date 2014, asserted; all right."),
 24: (set(), "Saudi statement that the kingdom would not establish relations with Israel without a Palestinian state: SUPPORT (establish relations) negated, SAU -> ISR, no date for the act; accepted (REJECT asserted would also do)."),
 25: (set(), "Gunmen shot dead Mireille Durocher Bertin on Tuesday 1995-03-28 (Friday March 31 dateline): ASSAULT firearms, gunmen (no country given), target the right person (HTI) although the name is cut short; all right."),
 26: (set(), "A crowd was accused (accuser unnamed) of stoning Museveni's convoy: ACCUSE with empty source, target the crowd in Arua (UGA), dated to Monday 2018-08-13 as the text places the scene; accepted. A coder would also code the stoning (ASSAULT, reported), which dateline missed."),
 27: ({"target"}, "33 Turkish soldiers killed in an air strike on Thursday 2020-02-27: ASSAULT, no named attacker, asserted; but Syria is only where it happened: target should be Turkish soldiers (TUR) alone, not also Syria."),
 28: ({"date"}, "Kerry: Mansour opposed peace negotiations: REJECT by Mansour (AFG), no target named, attribution keeps it asserted; but this is his stance over his leadership (from July 2015), a background act with no date in the text: date should be unknown, not the document date 2016-05-22."),
 29: (set(), "Rios Montt supporters attacking journalists on Friday 2003-07-25 in Guatemala City: ASSAULT GTM supporters -> journalists (GTM), asserted; all right (the rampage itself, PROTEST riot, was not coded)."),
 30: (set(), "US State Department urged Azerbaijan to restore free movement: REQUEST USA -> AZE, reported as this news 2022-12-13, asserted; all right."),
 31: (set(), "Washington had threatened 100% tariffs on Chinese goods: THREATEN USA -> CHN, a background threat with no date in the text, so the unknown date is right; asserted; all right."),
 32: ({"type"}, "'Orban welcomed Netanyahu ... on a state visit' is hosting a visit, not praise: type should be CONSULT (visit, CAMEO 043 host a visit), not SUPPORT; Orban (HUN) -> Netanyahu (ISR), Thursday 2025-04-03, asserted are right."),
 33: (set(), "France's lower house approved the genocide-denial bill on Thursday 2006-10-12: SUPPORT (approve policy) by France (FRA; the lower house, coarsened to the country, accepted), no target named; borderline as an event (domestic vote) but its international consequences are the story, accepted."),
 34: ({"source", "date"}, "'The EU, which has mediated talks between Serbia and Kosovo since 2011': CONSULT (mediation, CAMEO 045), target Serbia and Kosovo right; but the mediator is the source: source should be the European Union (no code), not Serbia/Kosovo; and an act still going on when the story is told takes the document date: date should be 2018-03-26, not unknown."),
 35: ({"target"}, "Duma lawmakers (RUS; the 'Some lawmakers' entry lacks the code but State Duma RUS is there, accepted) called for arms deliveries: REQUEST, reported as this news 1999-03-23; but Belgrade is the beneficiary, not the party asked: target should be the Russian government (Moscow, named in the same sentence) or empty, not the Serbian government."),
 36: ({"type", "date"}, "'Their deputies had been held hostage' (in quotes) refers to protesters keeping lawmakers inside parliament: type should be PROTEST obstruct, not ASSAULT abduct; empty source and BIH deputies are right; date should be 2013-06-06, the Thursday the protesters encircled parliament, not 2013-06-07."),
 37: ({"target"}, "Solana instructed the alliance's military commander to begin air operations, Tuesday 1999-03-23: REQUEST (order) by Solana (NATO), asserted, right; but 'the alliance's military commander' is a definite description in the sentence: target should be NATO's military commander (NATO), not empty."),
 38: ({"target"}, "India launched missile strikes on Wednesday 2025-05-07: ASSAULT heavy-weapons by India, asserted, right; but the strikes hit targets 'in Pakistan and Pakistani Kashmir': target should be Pakistan (PAK), not empty."),
 39: (set(), "US State Department welcomed the exchange: SUPPORT by USA, reported as this news 2016-05-25; 'the exchange' is not a party and Russia/Ukraine are not named in the sentence, so an empty target is right."),
 40: ({"modality"}, "Trump 'did not rule out sending U.S. troops': MOBILIZE by Trump (USA), statement dated Tuesday 2025-02-04 accepted; but not ruling it out leaves the deployment possible: modality should be hypothetical, not negated."),
 41: ({"target"}, "In 2003 the national director of public prosecutions (ZAF) declined to prosecute: REJECT asserted, 2003, right; but the sentence refers to Zuma ('a prima facie case against him'): target should be Jacob Zuma (ZAF), not empty."),
 42: ({"event"}, "Obama's family touring Cape Coast Castle is sightseeing, not a meeting or visit between political actors (the Ghana visit and the Atta Mills meeting are other sentences); spurious, and source/target 'Michelle[GHA]' and 'Ghana' are wrong anyway."),
 43: (set(), "Khodorkovsky was arrested at gunpoint in October 2003: COERCE arrest, no agent named (passive), target Khodorkovsky (RUS), 2003-10, asserted; all right."),
 44: ({"source", "target", "date"}, "Kidnapping of Japanese citizens is ASSAULT abduct, asserted (Japan's official list is attribution); but Japan is the lister, not the kidnapper: source should be North Korea (PRK; 'to train North Korean spies') or empty; target should be the 17 Japanese citizens (JPN), not empty; date should be the 1970s-1980s span, not '197' (the 1970s only)."),
 45: (set(), "Russian peacekeepers negotiating with the (Azerbaijani) protesters: CONSULT negotiate RUS -> protesters (AZE), ongoing, document date 2022-12-13, asserted; all right."),
 46: (set(), "Opposition politicians (MEX) had urged Pena Nieto ('him') to cancel the trip: REQUEST, background act with no date in the text, so unknown is right; asserted; all right."),
 47: (set(), "The Taliban's foreign minister accused the UN of punishing Afghans: ACCUSE Taliban (AFG) -> UN, reported as this news 1999-11-15, asserted; all right."),
 48: ({"source"}, "Gusmao urged the UN to send a strong presence: REQUEST -> UN, datelined May 5 report (1999-05-05 accepted), asserted; but Gusmao is the jailed East Timorese resistance leader, not the Indonesian government: source should be Xanana Gusmao (East Timor, TLS), not IDN/GOV."),
 49: (set(), "Pakistan said it had reopened its airspace, Sunday 2025-05-11: RETREAT (easing a restriction with immediate effect), Pakistan, no target named, asserted; all right."),
 50: (set(), "Under Mansour the Taliban briefly captured Kunduz in September (2015): ASSAULT (taking ground), Taliban (AFG), no holder named, 2015-09, asserted; all right."),
}

def main():
    items = [json.loads(l) for l in open("events-d-items.jsonl")]
    assert len(items) == 50 and sorted(V) == list(range(1, 51))
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open("events-d.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open("events-d.jsonl")]
    assert len(back) == 50
    for it, r in zip(items, back):
        assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in F)
        if not v["event"]:
            assert not any(v.values())
    counts = {f: sum(r["verdict"][f] for r in back) for f in F + ("all",)}
    print(counts)

if __name__ == "__main__":
    main()
