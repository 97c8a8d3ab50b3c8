"""Write events-b.jsonl from the judge's verdicts below (fields marked wrong per item; spurious items false everywhere)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (set of wrong fields, or "SPURIOUS"), reasons
V = {
 1: (set(), "Israeli fire killing four at Majdal Shams: ASSAULT Israel (ISR) -> four people (country not given), Sunday 2011-05-15 from the lead; attribution to Syrian TV keeps it asserted."),
 2: (set(), "US call on the Sri Lankan government to respect the opposition's rights: REQUEST USA -> Sri Lanka government (LKA); undated statement in a story datelined Jan 27, so 2010-01-27 is accepted."),
 3: ({"target"}, "Easing sanctions is RETREAT (CAMEO 085) by Western countries (no single code), ongoing at the document date; but the sanctions are on Mugabe's allies, so the target should be Mugabe's allies (ZWE), not Robert Mugabe himself."),
 4: ({"source", "target", "date"}, "The urging is the International Court of Justice's (UN court in The Hague, no country code), not an Argentine court; target should be both countries, Argentina (ARG) and Uruguay (URY), not an uncoded 'countries'; date should be 2010-04-20, the Tuesday of the ruling."),
 5: ({"source"}, "ACCUSE of Mikati (LBN) is right and a standing accusation may take the document date, but the source is Lebanon's Western-backed opposition, whose country (LBN) the story makes plain; the code is empty."),
 6: (set(), "Washington expelling two Cuban diplomats in May: SANCTION expel USA -> Cuban diplomats (CUB), 2017-05 as the text gives."),
 7: (set(), "Tunisian police arrests of 200+ people: COERCE arrest TUN -> people (TUN), reported by the interior ministry on Wednesday 2018-01-10."),
 8: (set(), "Ministers' failure to agree on an election commission read as AGREE negated among Lebanese ministers (LBN), no target, no date given (pluperfect background): acceptable."),
 9: ({"target"}, "Lebed's public call for Grachev's removal is REQUEST, undated; 'his' refers to Grachev, so the target should be Pavel Grachev (RUS), not empty."),
 10: ({"date"}, "Killing of at least four people during the campaign (ASSAULT, no perpetrator, victims LKA) is right, but it is a total summed over the campaign, so it has no date; 2010-01-27 is wrong."),
 11: (set(), "Putin due to travel on to Beijing: CONSULT visit RUS -> China (CHN), future, no date given: right."),
 12: ({"target"}, "The opposition's denunciation is ACCUSE (NPL), undated; but it denounces the dissolution as the government's attempt to cling to power, so the target should be the Adhikari government/cabinet (NPL), not King Birendra, who acted on its advice."),
 13: (set(), "Students rallied in La Paz: PROTEST demo BOL students -> Bolivian state (no aim named in the sentence), undated news so document date 2011-09-27."),
 14: (set(), "Grachev widely blamed for the Chechnya war: ACCUSE with no named source -> Pavel Grachev (RUS), no date (background): right."),
 15: (set(), "Condemnation of the attack: ACCUSE by the AU and Portugal (ECOWAS missing from the list, but the listed parties are right) -> the renegade soldiers (GNB), undated reaction taking the document date."),
 16: ({"source"}, "'We condemn all disproportionate use of force' is ACCUSE with empty target (the police are not named in the sentence), Monday 2005-03-07; but the speaker is the EU delegation led by Luxembourg's foreign minister for the EU presidency, not the European Commission (the next sentence's speaker); the code EUR is right, the party is not."),
 17: (set(), "Argentine opposition politicians accused Menem (ARG) of seeking a photo opportunity: ACCUSE, undated news of the visit, document date."),
 18: (set(), "Bush backed the APEC statement: SUPPORT by USA, no party named as target; no date in the text for his backing, so the document date is right by the rules."),
 19: ({"target"}, "Minsk would not take part in CSTO meetings read as CONSULT negated (as the conventions allow for refusals), no date for the future act; but the sentence names the CSTO, which should be the target (IGO, no code), not empty. (I would rather code SANCTION/THREATEN: Belarus boycotting CSTO meetings.)"),
 20: (set(), "Veseli conceded defeat: CONCEDE by Veseli (XKX), no target named, undated news so document date 2019-10-07."),
 21: (set(), "Kenya deployed troops to intercept fleeing fighters: MOBILIZE troops KEN, present perfect news, document date."),
 22: ({"target"}, "South Korea's retaliatory missile launch into the sea is a show of force (MOBILIZE, CAMEO 150), Wednesday 2022-11-02; but it answers 'the North's launch' named in the sentence, so the target should be North Korea (PRK), not empty."),
 23: ({"date"}, "UN estimate of hundreds possibly killed (ASSAULT, no perpetrator named, victims IRQ, hypothetical for 'may have been') is right, but it is a total over the past week, so it has no date; 2014-W23 is also not the week before the 2014-06-13 report."),
 24: (set(), "Authorities refused to allow a march: REJECT asserted by Russian authorities, organisers not named in the sentence, pluperfect with no date: right."),
 25: ("SPURIOUS", "Spurious: 'Hungarians had sent a message to Brussels' is a metaphor for referendum votes, not a consultation between political actors."),
 26: (set(), "Haradinaj resigned in July: RETREAT resign XKX, 2019-07 as the text gives."),
 27: ({"target"}, "Russian forces seizing ground is ASSAULT by the conventions, 2022-02 at the text's precision; but the seized ground is Ukraine's Kharkiv region (with the Ukrainian counteroffensive in the same sentence), so the target should be Ukraine (UKR), not empty."),
 28: ({"type", "source", "target"}, "Defence lawyers walking out of the trial in protest is PROTEST (boycott), not a RETREAT withdrawal; source is Conde's lawyers, who included French and African advocates, so the code should be empty, not GIN; target should be the Guinean state security court (GIN), referred to in the sentence. Year 2000 ('earlier this year') is right."),
 29: ({"target"}, "ECOWAS leaders agreeing to set up a regional force is AGREE (ECOWAS), December 2022; but no Gambian government is acted upon in the sentence ('unconstitutional changes of government' is generic), so the target should be empty (or ECOWAS members mutually)."),
 30: (set(), "Nepal's government seeking military aid from India, the US and Britain: REQUEST assist NPL -> IND/USA/GBR, ongoing, document date."),
 31: ({"date"}, "Criticism of the campaign as xenophobic: ACCUSE by rights groups and UNHCR, empty target is right (the campaign is an act, not a party); but it is background to the run-up to the vote with no date given, so it should have no date, not the document date 2016-10-03."),
 32: (set(), "State Department reiterating support for Georgia's territorial integrity: SUPPORT USA -> Georgia (GEO), undated news, document date 2015-07-14."),
 33: ({"date"}, "Unions and leftist parties urging supporters to abstain: REQUEST COL -> supporters (COL); but the urging was during the campaign before Saturday's 2003-10-25 vote, with no date given, so it should have no date, not the document date 2003-10-27."),
 34: (set(), "One presidential guard killed in the attack: ASSAULT, attackers not named in the sentence, victim GNB, Sunday 2008-11-23."),
 35: ({"target"}, "Cardinal Sin urging vigilance is REQUEST on Sunday 1997-09-21; the sentence names the addressees, so the target should be Catholics (PHL), not empty."),
 36: (set(), "US, Britain and Norway welcomed the Sudan security agreement: SUPPORT, the agreement's parties not named in the sentence, dateline day 2003-09-25 accepted."),
 37: (set(), "Amnesty accused Iran of using the death penalty as repression: ACCUSE Amnesty (no code) -> Iran (IRN), undated reaction, document date."),
 38: (set(), "Seyed Ali Mousavi shot in the chest: ASSAULT firearms, shooter unnamed, victim IRN, Sunday 2009-12-27 from the lead."),
 39: ("SPURIOUS", "Spurious duplicate: 'the second senior politician to be assassinated this year' is the same killing of Bhatti already coded from 'shot dead' (e1) in this sentence."),
 40: (set(), "Trump urged Iran's leaders on Twitter to spare Afkari: REQUEST USA -> Iranian leaders (IRN), this month 2020-09."),
 41: ({"date"}, "Iran's execution of Afkari is ASSAULT execute IRN -> Afkari (IRN); date should be 2020-09-12, the Saturday on which state media reported the execution, not the document date 2020-09-13."),
 42: ("SPURIOUS", "Spurious: 'the clashes' are the Moscow police-protester clashes mentioned as topic, and no EU-Russia fighting is reported; the EU-Russia summit is only upcoming."),
 43: ({"date"}, "Biden condemning the synagogue shooting: ACCUSE USA, the gunman not named in the sentence so empty target is right; the text gives no date for his call, so by the rules the date is the document date 2023-01-28, not Friday 2023-01-27 (plausible but not given)."),
 44: (set(), "Equatorial Guinea's main opposition party CI accused the government of using the plot as a pretext: ACCUSE GNQ -> government (GNQ), undated news, document date."),
 45: (set(), "Obama ruling out sending troops back into combat in Iraq: MOBILIZE negated (as the conventions allow), USA, undated statement reported as news, document date 2014-06-13."),
 46: ({"modality"}, "Opposition accusation that the government exploited the coup plot: ACCUSE GMB -> Gambian government, document date; modality should be asserted: the officials' denial does not negate that the accusation was made."),
 47: ({"type", "modality"}, "Yilmaz's promise that the culprits would be found is not an offer of cooperation (AGREE); coded as the act promised it is ACCUSE investigate (or COERCE arrest) toward the culprits, with modality future. Source, target (the assailants, TUR) and date are right."),
 48: (set(), "Washington agreed in April to return Futenma once a replacement is found: AGREE USA, asserted (the condition states its terms), 1996-04; no receiving party is named in the sentence."),
 49: (set(), "Gazprom demanded Moldova pay a $700m debt: REQUEST Gazprom (RUS) -> Moldova (MDA), ongoing, document date."),
 50: ({"target"}, "Alexandria march is PROTEST by Egyptians, Friday 2010-06-25; its aim is a killing by police, 'against police brutality', i.e. the authorities' acts, so the target should be the Egyptian police/state (EGY), not empty."),
}

out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
assert len(out) == 50 and [o["n"] for o in out] == list(range(1, 51))
with open("events-b.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in F + ("all",)}
print(counts)
