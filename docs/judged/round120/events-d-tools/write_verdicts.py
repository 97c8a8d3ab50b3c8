"""Write events-d.jsonl from the judge's verdicts below (fields judged false listed per item)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (fields judged wrong, reasons); "event" wrong means spurious (all false)
V = {
1: (["target", "date"], "Osinbajo received the freed girls (CONSULT, host) but the target should be the freed Chibok schoolgirls (NGA), not the Swiss government, a mediator named in the previous sentence; date should be 2016-10-13, the Thursday on which the government reported the release, not the Friday document date."),
2: (["date"], "ASSAULT Russia -> Ukraine (residential districts of Kyiv) is right, but the strikes took place 'as' the visit of Tuesday, so the date should be 2022-03-15, not the Wednesday document date."),
3: ([], "Negated SANCTION expel of Ambassador Stewart (USA); the sentence names no expelling party, so the empty source is right by the sentence rule (it would be Belarus); document date fine for the spokesman's statement of the current state."),
4: (["date"], "REQUEST Clinton -> Putin is right, but the urging was at the summit on Sunday, so the date should be 2000-06-04, not the Monday document date (reported_by, not scored, should be Clinton, not a senior Russian official)."),
5: ([], "SUPPORT Netanyahu -> Palestinians (idea of a Palestinian state) in the Sunday 14 June speech; all fields right."),
6: ([], "ACCUSE U.S. prosecutors -> Cienfuegos (MEX), present-tense charges still standing, document date right."),
7: (["target"], "REJECT by the UN Human Rights Council is right, but the sentence names the party whose attempt was rejected: the target should be the European (Western) council members who led the inquiry push (Europe/EU, no single state code), not empty."),
8: (["target"], "The Israeli assault on Jenin (April 2002) is a right ASSAULT with the right date, but the target should be the Jenin refugee camp / Palestinians (PSE), not Kofi Annan."),
9: ([], "REQUEST United States -> Russia to honour the 2008 ceasefire; reaction reported with no day, document date right; all fields right."),
10: (["source", "date"], "AGREE (pledge of help) is right and the empty target is right by the sentence rule, but 'Their' refers to the delegations of about 85 countries and 15 organisations, not 'Afghan factions'; date should be 2011-12-05, the Monday of the Bonn conference, not unknown."),
11: ([], "Summoning Myanmar's envoys in protest is CAMEO 114 complain officially, ACCUSE; several European governments (no code) -> Myanmar's envoys (MMR), document date right for an act reported as this news."),
12: (["target"], "A loan to Ukraine is AID, and the source holds the lender London (GBR; Kyiv is listed as co-signer, accepted for a joint signing), but the target should be Ukraine (UKR), the borrower; Russia is only the origin of the frozen assets. Date 2025-03-01 (Saturday) right."),
13: (["target"], "CONSULT summit in September 2018 is right, but the sentence names the other party: the target should be Moon Jae-in (KOR), not empty."),
14: ([], "The army's seizure of power on 1 Feb is taken as ASSAULT by the settled seizure rule (I would consider COERCE for a coup, but score by the rule); the sentence names no party from whom power was seized, so empty target is right; date explicit right."),
15: ([], "ACCUSE Ruto (KEN) -> the ICC prosecutor (international body, code not a state); reaction reported with no day, document date right."),
16: ([], "ACCUSE opposition leaders (HTI) -> Haiti government; date 2001-12-17, the Monday of the dateline story, right."),
17: ([], "REQUEST (urging) the Pope -> Lebanon's Christians (and Muslims; the target holds the Christians, right country LBN); Sunday 1997-05-11 right."),
18: (["source"], "ACCUSE (condemned the verdict) is right and the empty target is acceptable (the sentence names the verdict, not the court), but the source should be members of Kabila's party, the PPRD (COD), not Joseph Kabila plus an uncoded 'Members'."),
19: ([], "CONSULT visit Hu Jintao (CHN) -> Japan, 'last month' = 2008-05; all right."),
20: ([], "REQUEST by the EU (constitutional changes in Bosnia); the sentence names no addressee, so empty target is right by the sentence rule; a standing demand still in force, document date accepted."),
21: (["event"], "Spurious: calling the tapes a fabrication is a denial (CAMEO 016, dropped in PLOVER), not an accusation of a party; the sentence names no target."),
22: ([], "REQUEST Zelenskiy -> G20 leaders (back a peace plan), Tuesday 2022-11-15; all right."),
23: (["date"], "ACCUSE Powell -> Mugabe is right, but the speech was on Wednesday, so the date should be 2002-09-04, not unknown."),
24: ([], "Mutual AGREE Abe and Howard to begin FTA talks, Tuesday 2007-03-13 (document date, the day of the talks); future talks are the agreed act, the agreement itself asserted; all right."),
25: (["target"], "REQUEST by human rights groups is right, but the sentence names the addressee: the target should be the assembly, Libya's General National Congress (LBY), not empty."),
26: ([], "SUPPORT Zakharova (RUS) -> Macron (welcomed his words); reaction with no day, document date right."),
27: (["target"], "AGREE among Afghan factions in 2001 is right (type, source, date), but Germany is only the place: the mutual agreement has no other party, so the target should be empty (or the factions), not Germany."),
28: (["target", "date"], "AGREE (pledged loyalty, promised to serve) by Hamzah is right, but the sentence names the party: target should be King Abdullah, 'his brother' (JOR); the reply is this news, so the date should be 2004-11-28 (broadcast with the Sunday letter) or the document date, not unknown."),
29: (["date"], "Future REQUEST Clinton -> Russian deputies is right, but the address is 'due on Monday', so the date should be 2000-06-05, not unknown."),
30: ([], "Mutual AGREE Japan-China to jointly develop the gas field, Wednesday 2008-06-18; all right."),
31: ([], "COERCE arrest of Tymoshenko (UKR); passive sentence names no agent, so empty source is right by the sentence rule (Ukrainian authorities in the lead); Tuesday 2001-02-13 right."),
32: ([], "REQUEST Rosa -> the military (GNB); appeal reported with no day, document date right."),
33: (["target"], "ACCUSE Nano (ALB) is right, but the accused party is 'Meta's allies' (ALB), not Meta himself."),
34: (["date"], "ACCUSE Taiwan's Foreign Ministry -> Beijing (CHN) is right, but it is this news: the date should be 2002-07-23, the Tuesday of the break in ties (document date), not unknown."),
35: (["date"], "ACCUSE Saudi Arabia condemning the Charlie Hebdo attack is right (no attacker named in the sentence, empty target right), but it is a background act from earlier that week (after the 7 January attack): it should have no day date (2015-01 at most), not the document date 2015-01-10."),
36: ([], "Mutual ASSAULT India-Pakistan, three wars since 1947: a span/total with no date is right; all right."),
37: ([], "PROTEST against Ankara's inaction: state target right by the protest rule; the sentence names no protesters, so empty source is accepted (Turkey's Kurds would be better); 'this month' read as 2014-11 per the text."),
38: (["type"], "Putin adopting his own revised nuclear doctrine is not SUPPORT (approval of another's policy, praise); at most a THREATEN (nuclear posture aimed at Ukraine and its backers) - type should be THREATEN; source, empty target, date 2024-11-19 and modality right."),
39: (["date"], "AGREE (offer of a positive agenda and funding) EU leaders -> Turkey is right and asserted (conditional offer made), but the talks were on Tuesday: date should be 2021-04-06, not the Wednesday document date."),
40: ([], "CONSULT visit Blair -> Saudi Arabia, after the Wednesday 31 October stop in Damascus; all right."),
41: ([], "NATO ruling out sending troops: negated MOBILIZE (or REJECT asserted, both accepted by the modality rule) NATO -> Ukraine; repeated stance with no date, unknown accepted."),
42: (["target"], "AGREE (proposing four-party talks) by Clinton and Kim Young-sam in April 1996 is right, but they are the joint proposers, not each other's targets: the target should be empty (the addressees North Korea and China are not in the sentence)."),
43: ([], "SANCTION (new sanctions) Trump -> IRGC (IRN), Friday 2017-10-13; I accept SANCTION for economic sanctions though CAMEO2PLOVER maps 163 to COERCE restrict; all right."),
44: (["type", "target"], "A campaign promise to deport criminal immigrants and build a wall is not AGREE (cooperation): type should be THREATEN (deportation), and the sentence names the target, the criminal immigrants (no code); source, date 2016-08-31 and modality right."),
45: (["target"], "AGREE (Japan's $35 billion pledge) with date 2014-09 is right, but the sentence makes the recipient plain through Modi's visit: target should be India (IND), not empty."),
46: (["target"], "REQUEST by Kyiv (UKR) in September 2024 is right, but the sentence names the addressee: target should be Kyiv's (Western) allies (no single code), not empty."),
47: ([], "ACCUSE Hamas condemning the attack; attackers unnamed in the sentence, empty target right; document date right for the reaction."),
48: ([], "AID (taking in refugees, CAMEO 075) Poland -> Ukrainian refugees; a total since the invasion has no date, unknown right."),
49: ([], "ASSAULT total of the Chechen fighting (people killed, Chechnya in RUS); a sum since December has no date; hedged 'are believed' as reported accepted."),
50: (["type", "target"], "Condolences are a statement (CAMEO 018, dropped in PLOVER) and the offer of help is AGREE: type should be AGREE; the sentence names the Pakistani victims, so the target should be Pakistan (PAK), not empty; date 2012-04-08 right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-d.jsonl", "w") as out:
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
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
