# Writes events-c.jsonl from the judge's verdicts below (fields that are wrong, plus reasons).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'SPURIOUS'; reasons)
V = {
 1: (['date'], "ASSAULT by the gunmen (no country given) on the Sri Lankan bank guards is right, but the gunfire is part of the bombing the lead dates 'on Wednesday': date should be 1996-01-31, not the document date 1996-02-01 (a Thursday)."),
 2: (['target'], "CONSULT United States -> Seoul, reported as this news on 2024-10-15, is right; but 'Seoul' is South Korea's government (KOR), not the unification ministry taken from an earlier paragraph (the code KOR/GOV fits, the party does not)."),
 3: ([], "NATO leaders agreeing at the Wales summit to set up a rapid reaction force is a reciprocal AGREE with no recipient; 'a day later' than Wednesday gives 2014-09-04. All right."),
 4: (['date'], "CONSULT Xi -> Malaysia (envoy sent to Kuala Lumpur) is right, but the sentence gives no date and the Monday of the previous sentence belongs to another act (Xie's meeting): by the rules the date is the document date 2014-03-25 (borderline)."),
 5: (['source', 'target'], "Leaving the Soviet Union in 1991 (SANCTION withdraw, 1991) is a dated act in the quote, but 'we' is Estonia (EST), not Juhan Parts (the speaker is an unnamed No-campaign leader), and the union left is the Soviet Union, not a labour union [EST/LAB]."),
 6: (['type'], "Kosovo (XKX) -> Serbia, 2008, asserted are right, but a declaration of independence demands nothing: REQUEST is wrong; it is the breaking away (SANCTION withdraw, as item 5) or at most a REJECT of Serbian rule."),
 7: (['target', 'date'], "ACCUSE Saudi Arabia is right but the accused ('accusing it') is Qatar (QAT), not Iran, and the ties were cut two days before the Wednesday 2017-06-07 attacks: date should be 2017-06-05, not the document date."),
 8: ([], "Kim's 'We have agreed' with Moon at his side is a mutual AGREE Kim -> South Korea, made at the Wednesday 2018-09-19 summit. All right."),
 9: ([], "REQUEST Pompeo (USA) -> Turkey, 'last week' before Saturday 2020-07-11 is ISO week 2020-W27. All right."),
 10: ([], "The UN's continued recognition of Rabbani as president is an ongoing SUPPORT (recognition) UN -> Rabbani (AFG), so the document date is right under the ongoing-act rule. All right (borderline as an event: a status in a relative clause)."),
 11: ([], "COERCE arrest by Egyptian police of dozens of people at the Egyptian resort, reported as this news (document date). All right."),
 12: ([], "SUPPORT France (Paris) -> the Chadian government ('the legitimate government', TCD), said as this news. All right."),
 13: ([], "REJECT United States -> China on Monday 2020-07-13. All right."),
 14: ([], "ACCUSE Sri Lankan government -> LTTE (LKA), undated blame reported as this news takes the document date. All right."),
 15: ([], "Indonesian military leaders and politicians voicing anger at the loss of East Timor is an ACCUSE (disapprove) with no party named as target; current news, document date. All right."),
 16: (['source'], "REQUEST, empty target (the sentence names no addressee), document date and asserted are right, but the source is the Egyptian commentators (EGY), not empty."),
 17: ('SPURIOUS', "Spurious: opinion polls showing that 80 percent of Georgians favour joining the EU report public opinion, not an act of SUPPORT by a political actor."),
 18: ([], "SUPPORT (praise) by Chechen officials (RUS, Chechnya) of the treaty wording, with no party as target; the treaty is this Monday's news. All right."),
 19: (['date'], "ACCUSE Kiir -> his then deputy (Machar, SSD) is right, but the accusation preceded the war that broke out in December 2013: date should be 2013-12, not the document date 2025-03-27."),
 20: ([], "SUPPORT (welcome) by the European Commission of the referendum result; the sentence names no party, so the empty target is right. All right."),
 21: ([], "REQUEST Bush -> US Congress to lift trade restrictions, at Friday's summit (2002-05-24). All right."),
 22: ('SPURIOUS', "Spurious: 'appealed to those who felt left behind' means the campaign attracted voters; there is no appeal (REQUEST) by anyone."),
 23: (['target'], "SUPPORT (signing) by Yeltsin on Monday 1997-05-12 is right, but 'we' is Yeltsin and Maskhadov and the sentence names the Chechens: the target should be Maskhadov / Chechnya (RUS), not empty (mutual-event rule)."),
 24: ([], "Future REQUEST (press) United States -> Libya (Tripoli) to accept responsibility; the pressing has no date, so unknown is right. All right."),
 25: (['source', 'target'], "ACCUSE (disapprove), document date, asserted are right, but Mendoni is Greece's culture minister (GRC, not TUR), and 'the decision' is Turkey's, named in the same sentence: target should be Turkey (TUR)."),
 26: (['source', 'date'], "SUPPORT for the separatists in eastern Ukraine is Russia's ('its' = Russia, RUS), not Ukraine's; 'in March' dates the annexation of Crimea only, and the support is ongoing: date should be the document date 2014-09-06. (Type SUPPORT kept: the text says only 'support'.)"),
 27: ([], "REQUEST Mahuad -> Ecuadoreans to support Noboa, in an undated address reported as this news (document date). All right."),
 28: ([], "Casualty total 'since the fighting flared in February' is an ASSAULT with no source named, Somali victims, and no date (summed span rule). All right."),
 29: ([], "CONSULT (visit) Obama -> Cambodia, flying on after the Monday 2012-11-19 Myanmar visit. All right."),
 30: (['date'], "ASSAULT by the suicide bomber on the people killed in Colombo (LKA) is right, but the sentence says 'on Wednesday': date should be 1996-01-31, not 1996-02-01 (Thursday, the document date)."),
 31: (['date'], "COERCE (jailing) of Anwar (MYS) with no jailer named is right, but he was sacked in 1998 and 'later' jailed: the jailing has no date in the text (unknown), not 1998."),
 32: ([], "SUPPORT Law and Justice (POL) -> Nawrocki, an endorsement still standing at the result, so the document date is right. All right."),
 33: ([], "REQUEST by the US and EU for dialogue 'before the vote', no addressee named and no date given (unknown is right). All right."),
 34: (['date'], "Future SANCTION (tariffs) China -> United States is right, but the text gives the date the tariff takes effect, April 10: date should be 2025-04-10, not unknown."),
 35: ([], "REQUEST UN Security Council -> Sudan (Khartoum) to withdraw, reported as this news (document date). All right."),
 36: ([], "ACCUSE (condemn) by Ashton (EU) of the attacks; the attackers are not named in the sentence, so an empty target is right; document date. All right."),
 37: ([], "AGREE (promise) Kwasniewski -> NATO and EU, made shortly after midnight on Monday 1995-11-20. All right."),
 38: ([], "MOBILIZE Abiy Ahmed sending troops into Tigray, in November (2020-11). All right."),
 39: ([], "AGREE Tuvalu -> Australia in the treaty announced on Friday 2023-11-10. All right."),
 40: ([], "REJECT of foreign criticism by Erdogan; the critics are not named in the sentence (empty target right); undated address takes the document date. All right."),
 41: ([], "REQUEST by Banda for a new election, no addressee named, 'last Saturday' = 2014-05-24. All right."),
 42: ([], "PROTEST rallies in other Georgian cities, no party named (empty source and target right under the sentence rule), part of Thursday's protest wave (2024-11-28). All right."),
 43: (['target'], "CONSULT by Kim on Monday 2024-10-14 is right, but the sentence names the other party, the security officials he met (PRK): target should be them, not empty."),
 44: ([], "REJECT by Hishammuddin (MYS) of cover-up accusations whose makers the sentence does not name; document date. All right."),
 45: ('SPURIOUS', "Spurious: 'Polish presidents can veto legislation' states a constitutional power, not an act."),
 46: (['source', 'target'], "REQUEST Gusmao -> his supporters, document date, asserted are right, but Gusmao and his supporters are East Timorese (TMP/TLS), not Indonesian (IDN); 'Indonesia supporters' also misnames them."),
 47: ([], "SUPPORT (signing) of the economic agreement by Chernomyrdin and Maskhadov on Monday 1997-05-12; a mutual event, right with the two parties (listing each also as target is redundant but names the right party). All right."),
 48: (['target'], "ACCUSE United States -> bin Laden, ongoing blame, document date is right, but the target's country code MUS (Mauritius) is wrong: bin Laden is Saudi-born (SAU) or without a country code."),
 49: ([], "COOPERATE Yemeni government -> United States on terrorism, ongoing (document date). All right."),
 50: (['target'], "SUPPORT (welcome) by the United States, document date, is right, but 'the statement' is Japan's (Abe's), and Japan is named in the sentence: target should be Japan (JPN), not empty."),
}
out = open('events-c.jsonl', 'w')
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    wrong, reason = V[it['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
