"""Write events-d.jsonl from the judge's verdicts below (judge d, round 83).
Each entry: n -> (event, type, source, target, date, modality, reasons)."""
import json

T, F = True, False
V = {
 1: (T, F, T, F, F, T, "Offering an oral apology is an apology made (CAMEO 055), so type should be SUPPORT, not AGREE; target should be Jiang Zemin (CHN), named in the sentence as the other party at the talks. Date should be 1998-11-26, the Thursday of the talks (the 27th is carried over from the newspapers' Friday)."),
 2: (T, T, T, T, T, T, "Biden (USA) hosting the Japanese and Philippine leaders is CONSULT. Japan (JPN) and the Philippines (PHL) stand for their leaders, host/guest direction is acceptable, and the date is Thursday 2024-04-11."),
 3: (T, T, T, T, F, T, "Russia recognising South Ossetia is SUPPORT (CAMEO 054), with the right parties. It is a background act after the 2008 war that the text gives no date ('later'), so the date should be unknown (after August 2008), not the document date."),
 4: (T, T, T, F, T, T, "Shooting of the journalist is ASSAULT, and an empty source is right because the sentence names no shooter. The target's code is wrong: Ali al-Samoudi of the Al Quds newspaper is Palestinian (PSE, or empty), not ISR."),
 5: (F, F, F, F, F, F, "Spurious: 'had ratified it' sits inside the treaty clause's condition (entry into force once 44 countries ratify), so no one ratified anything. The act of the sentence is Ghose's objection (ACCUSE), coded separately."),
 6: (T, T, T, F, T, T, "Museveni's apology is SUPPORT (055), dated by the report. The victims' families are of British, American and New Zealand tourists and a Ugandan warden, so the target should be the families with an empty code, not UGA."),
 7: (T, T, T, T, F, T, "The pope meeting Bardakoglu is CONSULT with the right parties. Date should be 2006-11-28 (Tuesday, the day the visit began in Ankara); 2006-11-26 is the Sunday of the Istanbul rally in the previous sentence."),
 8: (T, T, T, F, F, T, "Declining to attend the summit is REJECT by the Mauritian prime minister (MUS). The target should be Sri Lanka (LKA) as host of the Commonwealth summit, or empty, not 'women'. Date should be the report's 2013-11-16 (summit opening 2013-11-15), not 2013-03, which comes from Cameron's March deadline."),
 9: (T, T, T, T, T, T, "Dodik's repeated threats of secession are THREATEN with an empty target (no addressee named). Repeated acts over two decades have no single date, so unknown is right."),
 10: (T, T, T, T, T, T, "Britain (GBR) imposing sanctions on Dodik (BIH) in 2022 is SANCTION, dated at year precision as the text gives it. CAMEO2PLOVER maps 163 to COERCE restrict, but SANCTION is the PLOVER reading of sanctions."),
 11: (T, T, T, T, T, T, "King Abdullah (JOR) phoning Bush (USA) is CONSULT phone, reported with the royal court as source, on the day of the killing (2002-10-28)."),
 12: (T, T, T, T, T, T, "Benedict praising the Turkish state's guarantee of religious freedom is SUPPORT toward Turkey (TUR), on Tuesday 2006-11-28."),
 13: (T, T, T, T, T, T, "The AU condemning Saied's remarks is ACCUSE toward Kais Saied (TUN) on Friday 2023-02-24."),
 14: (T, T, T, T, T, T, "Bosniak leaders (BIH) welcoming the ruling is SUPPORT. The ruling is not a party, so an empty target is right, and the undated reaction takes the document date."),
 15: (T, T, T, T, T, T, "Kiir's 'we have agreed to stop the war' declares a ceasefire, which the PLOVER codebook lists under CONCEDE (AGREE would also fit). Source is Kiir's government (SSD), and the other party is not named in the sentence. The remark is undated, so the document date is right by the rules, though the signing was Friday."),
 16: (T, T, T, T, T, T, "A death toll since 2012 is an ASSAULT span with no date, which is right. No perpetrator is named in the sentence, and soldiers killed in Mali's war read as Malian (MLI)."),
 17: (T, T, T, F, T, T, "Bush praising Foley is SUPPORT. The target's code should be USA: the text calls Foley a senior U.S. diplomat of USAID, so None is wrong."),
 18: (T, T, T, T, T, T, "Kiir and Machar signing the agreement is SUPPORT (sign), mutual, with SSD parties, on Friday 2014-05-09."),
 19: (T, T, T, T, T, T, "Morocco (MAR) severing relations with Iran (IRN) is SANCTION, said on Tuesday 2018-05-01."),
 20: (T, T, T, T, F, T, "Khai meeting Bill Gates (USA business) is CONSULT. The Seattle stop came before the White House visit and the text gives it no date, so the date should be unknown (before 2005-06-21), not the Tuesday of the Washington talks."),
 21: (T, T, T, F, T, T, "The 1997 friendship treaty is SUPPORT (sign), and the Kremlin stands for Russia (RUS). 'They' are the two neighbours, so the target should be Ukraine (UKR), not empty."),
 22: (T, T, T, T, T, T, "'Could be fined or deported' is a hypothetical COERCE deport against Saakashvili (GEO), with no deporter named in the sentence and no date."),
 23: (T, T, T, F, T, T, "The US, France and EU urging a halt to firing is REQUEST. 'Both sides' refers to Armenia and Azerbaijan, so the target should be Armenia (ARM) and Azerbaijan (AZE), not an uncoded 'sides'."),
 24: (T, T, F, F, F, T, "The air strikes are ASSAULT. The source should be the unidentified warplanes with an empty code: the text leaves their country open (the militia blames Egypt/UAE), so LBY is wrong. The target should be Libya Dawn (LBY), not the Pakistani newspaper Dawn (PAK). The date should be the past week before 2014-08-24 (2014-08-17..23, W34), not W33."),
 25: (T, T, T, T, T, T, "Abbas urging other countries to follow is REQUEST toward 'other countries' (no code), dated by the report. It is distinct from the SUPPORT 'welcomed' event in the same sentence."),
 26: (T, T, T, T, T, T, "Yusuf's pledge to cooperate against terrorism is AGREE, in his first remarks after the Sunday 2004-10-10 election."),
 27: (F, F, F, F, F, F, "Spurious: 'the door has not been slammed shut' is a metaphor for the state of the peace process, not an act between parties."),
 28: (T, T, T, T, T, T, "The standing accusation against the two Marines and a sailor is ACCUSE allege toward U.S. servicemen (USA), with no accuser named in the sentence. A standing charge takes the document date."),
 29: (T, T, T, F, T, T, "Hu's planned visit is CONSULT visit, future, undated. The target should be Australia (AUS) as host: Perth is a city, not a party (and is coded as a person)."),
 30: (T, T, T, T, T, T, "Israel will not give up early-warning ability without full peace is a negated concession (equivalently REJECT asserted by the conventions). Syria is not named in the sentence, so the empty target is right, and the report takes the document date."),
 31: (T, T, T, F, T, T, "Ecuador granting asylum is AID on Thursday 2012-08-16. The target should be Julian Assange (AUS), named in the sentence, not empty."),
 32: (T, T, T, T, T, F, "The killing of captives, most of them Serbs, is ASSAULT with no perpetrator named in the sentence and no date. The act sits inside the report's allegation ('Marty's report alleges'), so the modality should be reported, not asserted."),
 33: (T, T, T, F, T, T, "Trump halting U.S. funding in April 2020 is SANCTION (stop aid). The funding is the WHO's ('the agency' in the same sentence), so the target should be the WHO, not empty."),
 34: (T, T, T, T, T, T, "The arrest of Mamoun al-Homsi (SYR) last month (2001-08) is COERCE arrest, with no arrester named."),
 35: (T, T, T, T, T, T, "Al Jazeera (QAT) accusing Israeli forces (ISR) of killing her is ACCUSE, dated by the report 2022-05-11."),
 36: (F, F, F, F, F, F, "Spurious as coded: 'marched' here means the gunmen forced their hostages into the forest, not a protest march, and Congo is only the direction of travel. A coder would code ASSAULT abduct, gunmen -> foreign tourists (already the 'seizing them' of the lead)."),
 37: (T, T, T, T, F, F, "The UN accusing the Rwandan army (through its draft report) is ACCUSE with the right parties. 'Should now accuse' is the evaluative 'should': the accusation is taking place now, so the modality should be asserted (reported by Mushikiwabo), not hypothetical, and the date should be the document date 2010-08-28, not unknown."),
 38: (T, T, T, F, T, T, "The Mumbai train bombings of 2006-07-11 are ASSAULT, with no perpetrator named in the sentence (empty source right). The 187 victims were in Mumbai, so the target's code should be IND, not PAK."),
 39: (T, T, T, T, T, T, "Washington pressing Tokyo for a bigger security role is REQUEST (USA -> JPN). It has been going on for a long time and still goes on, so it takes the document date."),
 40: (T, T, T, T, T, T, "Hajiyev (AZE) hailing the deal is SUPPORT. The deal is not a party, so the empty target is right, and the reaction is dated by the report."),
 41: (T, T, T, T, T, T, "Burundi (BDI) rejecting the AU plan is REJECT toward the African Union, reported as this news (2015-12-22)."),
 42: (T, T, T, T, T, T, "Sudan demanding guarantees is REQUEST. Ethiopia is not named in the sentence, so the empty target is right, and the standing demand takes the document date."),
 43: (T, T, F, T, T, T, "The 2017 boycott of parliament is PROTEST boycott. The source is Albania's Democratic Party, so its code should be ALB, not USA."),
 44: (T, T, F, T, T, T, "Calling for the GNC to be reconvened is REQUEST. The source should be Libya Dawn's supporters (LBY); the 'Pakistani supporters' (PAK) party comes from misreading Dawn as the Pakistani newspaper."),
 45: (T, T, T, T, T, F, "The Western accusation against Russia is ACCUSE with the right parties on the report date. Moscow's denial is a separate act, so the accusation itself is asserted, not negated."),
 46: (T, T, T, F, T, T, "The killing in a gun battle is ASSAULT by the relatives (IRQ) on Friday 1996-02-23. The target should be the two sons-in-law, Hussein Kamel and Saddam Kamel (IRQ), not Saddam Hussein."),
 47: (T, T, T, T, F, T, "The announced withdrawal from the WHO is SANCTION withdraw, future, USA -> WHO. The text gives the withdrawal's date, July 6 next year, so the date should be 2021-07-06, not unknown."),
 48: (T, T, T, T, T, T, "Moreno imposing a curfew is COERCE curfew on Ecuador (ECU), 'this week' = 2019-W41."),
 49: (T, T, T, F, T, T, "U.S. military officials ordering soldiers to avoid crowded areas is REQUEST (order). The soldiers are the U.S. troops of the previous sentence, so the target's code should be USA, not KOR."),
 50: (T, T, T, T, T, T, "Shevardnadze's promise to turn to the economy is a promise of intent, AGREE (weak but codeable). It has no addressee and is reported as this news."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {'event': ev, 'type': ty, 'source': so, 'target': ta, 'date': da, 'modality': mo}
        v['all'] = all(v.values())
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('wrote', len(items))
