"""Write events-c.jsonl: each item unchanged plus verdict and reasons (judge c, round 142).

The verdicts are the judge's own, entered by hand below as the fields that are wrong.
FIELDS wrong per item: set of names among type/source/target/date/modality; 'SPURIOUS' = no event.
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: (set(["target"]), "AGREE offer by Sukhumbhand is right and the Saturday date fits, but the offer was made to the gunmen (to go with them as a guarantee of their safety), not to Myanmar's government: target should be the Burmese gunmen (MMR)."),
 2: (set(["target"]), "The sentence holds a SUPPORT statement (the State Department's praise of Paya as 'a tireless advocate for freedom'; condolences alone, CAMEO 018, have no PLOVER type); the one praised is named, so target should be Oswaldo Paya (CUB), not empty."),
 3: (set(["date"]), "RETREAT disarm by the militia fighters (COG) is right, but 'have already surrendered' is a total summed since the November deal; 1999-11 is the date of the ceasefire signing, and the surrender should have no date (round-20 rule on totals)."),
 4: (set(["target"]), "ACCUSE (charged in absentia) by the SBU on 2024-12-16 (a day before his Tuesday 17 December death) is right; 'him' is Kirillov, but he is a Russian general, so target should be Igor Kirillov (RUS), not UKR (the name 'Kirillov a war' is also garbled)."),
 5: (set(["source"]), "REQUEST to Myanmar's military government on Friday 1999-10-01 is right; the source is the gunmen, but the text makes their nationality plain ('Armed Burmese dissidents', 'Vigorous Burmese Student Warriors'), so the code should be MMR, not empty."),
 6: (set(), "COERCE (declared a state of emergency) by President Iajuddin Ahmed (BGD), no target named; the text places it just before the January takeover, so 2007-01 is right."),
 7: (set(["target"]), "ACCUSE (condemned the strike) by Qatar's foreign ministry is right, but the strike was Iran's missile attack on Al Udeid: target should be Iran (IRN), not the United States."),
 8: (set(["source"]), "Opposing the Pope's planned visit is acceptable as REJECT (ACCUSE disapprove would also fit) with Pope Benedict (VAT) as target and an ongoing stance dated to the document; but the opponents are 'some Turkish nationalists' (TUR), not the state of Turkey: source should be Turkish nationalists (TUR)."),
 9: (set(), "ASSAULT (clashed) between the UAE and Yemeni government troops in Aden, January 2018, as the text says; all fields right."),
 10: (set(), "ASSAULT (Saddam Hussein's 1990 invasion of Kuwait): IRQ -> KWT, 1990, asserted; all right."),
 11: (set(), "AGREE (expected to agree to hand Adwan over to Jordan) by Netanyahu's office (ISR) toward Jordan (and Adwan), future with no date, attributed to Israeli media; acceptable in every field ('expected to' read as a forecast, future rather than hypothetical)."),
 12: (set(["type"]), "Russia's annexation of Crimea (March 2014, RUS -> Crimea/UKR) is a taking of territory, which CONVENTIONS codes ASSAULT; COERCE seize is kept for police confiscations, searches and raids, so type should be ASSAULT."),
 13: (set(), "ASSAULT (the other hostages were shot) with no killer named in the sentence (empty source right), target the Nepali hostages (NPL), no date given; the beheading of one hostage is a separate record for a different victim, not counted as a duplicate."),
 14: (set(["target"]), "ACCUSE (the authorities blamed the overnight attack) with the Chadian authorities as source is right, but the accused are named in the sentence: target should be members of Dillo's Socialist Party Without Borders (PSF, TCD), not empty."),
 15: (set(), "SUPPORT (welcomed the decision) by Lula's allies (BRA); 'the decision' names an act, not a party, so an empty target is right; undated reaction takes the document date."),
 16: (set(["date"]), "ACCUSE (murder charges) by Bangladeshi police against Hasina is right, but it is a background act of an earlier, undated time ('have filed', told as context for her return), not this day's news: date should be none, not the document date 2007-04-26."),
 17: (set(), "CONSULT (talks between Kim and Trump in Hanoi in February 2019): PRK and USA, 2019-02; all right."),
 18: (set(["date"]), "REQUEST by Tshisekedi (COD) to the U.N. peacekeepers (MONUSCO, no country) is right, but it is told as background ('has asked', in a paragraph on earlier anger at the U.N.) with no time given: date should be none, not the document date 2023-09-01."),
 19: (set(), "REJECT (Georgian Dream rejected the criticism) by the ruling party (GEO); 'the criticism' names no party in the sentence, so an empty target is right; reaction dated to the document."),
 20: (set(["source"]), "ACCUSE of the Saudi royal family (SAU) is right and the document date fits the statement published this week, but 'It' is bin Laden's statement: source should be Osama bin Laden (SAU), not 'Islam[USA]'."),
 21: (set(), "SUPPORT (public apology, CAMEO 055) by Suharto (IDN) to neighbouring countries (no single code), 'earlier this week' = 1997-W38; all right."),
 22: (set(["source", "target"]), "REQUEST (urges young men to wage jihad) is acceptable, but 'It' is bin Laden's statement: source should be Osama bin Laden (SAU), not 'Islam[USA]'; the young men are Muslims of no stated country, so the target's code should be empty, not USA."),
 23: (set(["target", "date"]), "ACCUSE (accusing him of espionage) by Cambodia's foreign ministry is right, but 'him' is the first secretary of the Thai embassy (THA), not Thaksin; and the expulsion order came on Thursday, so date should be 2009-11-12, not the document date."),
 24: (set(["target", "date"]), "REQUEST by Cairo (EGY) for a free trade agreement is right, but the party pressed is Washington, named in the same sentence: target should be the United States (USA); and 'has pressed for several years' is an act still going on, so date should be the document date 2004-12-15, not none."),
 25: (set(), "PROTEST (protests began in late September with a tent camp outside parliament): no protester or aim named in the sentence, so empty source and target are right; 2015-09 right."),
 26: (set(["date"]), "THREATEN (warned foreign countries not to interfere) by China's foreign ministry toward foreign countries is acceptable, but it is reported as this news (a reaction to the vote) with no date in the text: date should be the document date 2021-03-12, not none. (reported_by 'Several Western governments' is wrong but not scored.)"),
 27: (set(["source"]), "MOBILIZE police for Khatami's visit is right, but the police deployed across Paris are French: source should be French police (FRA), not IRN."),
 28: (set(), "PROTEST (hunger strike outside the president's office against the aid deal) by Buddhist monks (LKA) toward the Sri Lankan government (President Kumaratunga); undated, no date right. (mode should be hunger, not scored.)"),
 29: (set(), "AGREE (Washington ready to explore a free trade agreement with Egypt): USA -> EGY, said at the signing reported as this news; all right."),
 30: (set(), "ACCUSE (Putin accused Ukraine of terrorism) RUS -> UKR on Wednesday 2016-08-10; all right."),
 31: (set(["date"]), "'Would never recognise the annexation' is acceptable as negated SUPPORT (recognition) by the EU with no party named as target, but Michel spoke at the summit held on Monday: date should be 2021-08-23, not the document date 2021-08-24."),
 32: (set(["date"]), "AGREE (China ready to strengthen communication with Pyongyang) CHN -> PRK is right, but the article appeared on the eve of the trip, which began on Thursday 20 June: date should be 2019-06-19, not 2019-06-21."),
 33: (set(), "REQUEST (Karzai urging the security forces to protect foreign allies) AFG -> Afghan security forces, dated to the story's day (Feb 25 dateline); all right."),
 34: (set(), "REQUEST (opposition parties had demanded his resignation) HUN -> Schmitt, a background act with no date given, so no date is right."),
 35: (set(), "ACCUSE (European Commission condemned the killing), killers unknown so no target; dated to the story's day; all right."),
 36: (set(), "CONCEDE (Fico conceded defeat to Kiska) SVK -> SVK, undated reaction taking the document date; all right."),
 37: (set(), "REQUEST (some deputies called for Georgia to quit the CIS) GEO -> Georgia, this news; all right."),
 38: (set(), "ASSAULT (unknown attacker fired an anti-tank grenade at the U.S. embassy) on Wednesday 1995-09-13; all scored fields right (mode crowd-control is wrong, should be heavy-weapons; not scored)."),
 39: (set(), "ASSAULT total (more than 13,000 killed since 2014) in eastern Ukraine with no perpetrator named; a total summed since 2014 has no date, so all right."),
 40: (set(), "REQUEST (Kyiv asked Western partners to press Moscow) UKR -> Western partners, this news; all right."),
 41: (set(["target"]), "ACCUSE (Zakharova said the West bore responsibility for terrorist methods) is right, but the accused is named in the sentence: target should be the West (Western governments, no single code), not empty."),
 42: ("SPURIOUS", "Spurious: 'They have killed the conscience of the nation' is Pastrana's figurative lament about the assassination reported in the lead, not a report of a new act; even read as the killing, the source should be the unidentified gunmen and the target Gomez (COL), not 'Officials' and empty."),
 43: (set(), "ASSAULT (two American officers shot dead in the Interior Ministry) with no shooter named, target U.S. officers (USA), Saturday 2012-02-25; all right."),
 44: (set(["date"]), "ACCUSE (Syrian officials accused the U.S. of seeking to wreck the summit) SYR -> USA is right, but it is reported as this news of the summit with no date: date should be the document date 2008-03-30, not none."),
 45: (set(), "REQUEST (UNHCR urged Kenya to reconsider) UN -> KEN, this news; all right."),
 46: (set(), "SANCTION (Venezuela suspended cooperation with the DEA) VEN -> USA, earlier this month = 2005-08; all right."),
 47: (set(), "ACCUSE (interior ministry accused the opposition of seeking to provoke unrest) TGO -> TGO opposition, this news; all right."),
 48: (set(), "CONSULT (Powell due to hold talks on Saturday with Jiang and Tang) USA -> CHN, future, 2001-07-28; all right."),
 49: (set(), "ACCUSE (critics have accused Orban of concentrating power), an ongoing criticism dated to the document; the critics are 'in Hungary and abroad', so HUN is only partly right, accepted since the Hungarian critics are the main party."),
 50: (set(["date"]), "ASSAULT (several people killed in the street clashes) with no killer named and the victims in Bangladesh is right, but the text dates the clashes 'last October': date should be 2006-10, not none."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in F}
        else:
            v = {k: (k not in wrong) for k in F}
            v["event"] = True
        v["all"] = all(v[k] for k in F)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
