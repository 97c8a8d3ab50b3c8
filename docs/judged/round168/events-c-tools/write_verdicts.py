"""Write events-c.jsonl from the judge's verdicts below (fields listed are the WRONG ones;
'spurious' marks an item that holds no event)."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Kosovo's parliament approving the amendment is SUPPORT (approve policy) with no party acted upon in the sentence; Monday = 2015-08-03. (A coder could also code a CONCEDE to the US/EU for 'bowing to pressure', but SUPPORT is a fair reading.)"),
 2: (['date'], "ASSAULT by Iranian artillery (IRN) on 'the region' (a place, so empty target is right); but the pounding happened 'for several days before the strikes' of Wednesday 2022-09-28, so the date should be the days before (c. 2022-09-24..27, no exact day), not 2022-09-28."),
 3: ([], "Police (TUR) firing water cannon at protesters in Diyarbakir is ASSAULT crowd-control; undated act reported as this news takes the document date 2019-08-19; asserted under 'witnesses said'."),
 4: (['date'], "Conviction of Barghouti (SANCTION convict, court unnamed so empty source is right) is a background act: the text dates it 'convicted in 2004', so the date should be 2004, not the document date."),
 5: ([], "Arrests of dozens of people in Rastan (COERCE arrest, arresting party unnamed in the sentence, people in Syria) reported as this news: document date right; asserted under the residents' attribution."),
 6: (['source', 'target'], "'the government' is South Africa's government (ZAF), not China's; 'him' is the Dalai Lama (Tibetan, CHN), not Kgalema Motlanthe. Type COERCE restrict, date 2009 and modality are right."),
 7: ([], "Detention of several bank executives (COERCE arrest, authorities unnamed, Belarus) at an undated earlier time: no date is right; asserted under the committee's attribution."),
 8: (['target', 'date'], "Target should be Viktor Babariko (and his son), not also Alexander Lukashenko, who is the rival, not a detainee; the text dates the detention 'stopped on Thursday', so the date should be 2020-06-18, not Friday's report date."),
 9: (['date'], "UN and Catholic Church welcoming the ELN peace-talk news is SUPPORT with no party named (empty target right); the date should be the report's date (2016-03-30/31), not 2016-03-23, which is the FARC deadline in the previous sentence."),
 10: (['source'], "REQUEST (demand) from Marty Natalegawa to Canberra is right, but the source's country code is empty: he is Indonesia's Foreign Minister, so it should be IDN."),
 11: ([], "UN Security Council tightening sanctions on Eritrea: SANCTION, UNSC -> Eritrea (ERI), Monday 2011-12-05 (dateline Dec 5), asserted."),
 12: ([], "Russia's invasion of Ukraine (ASSAULT, RUS -> UKR) mentioned as background; the text gives it no date, so no date is acceptable (the war goes on, so the document date would also be defensible); asserted."),
 13: (['target', 'date'], "Tokyo's complaints are ACCUSE about Chinese drills and flights, so the target should be China (CHN), not empty; they are repeated background complaints of earlier undated times, so the date should be none, not the document date."),
 14: (['source', 'date'], "Voters rejecting Renzi's reforms is REJECT -> Renzi (ITA), but the voters are Italian (ITA), not Austrian (AUT); the referendum was 'held the same day' as the Austrian vote, so the date should be 2016-12-04."),
 15: ([], "Israel striking Iranian military targets in Syria overnight: ASSAULT, ISR -> IRN, 2018-05-10 (overnight into Thursday), asserted."),
 16: ([], "Park's 'We have agreed' is a reciprocal AGREE among the three countries: source Park (KOR) with no recipient is right per PLOVER's note; Sunday 2015-11-01; asserted."),
 17: (['date'], "Killings in the 2007-08 post-election violence (ASSAULT, killers unnamed, about 1,200 people in Kenya) are a background act: the date should be late 2007/2008 (weeks after the December 2007 vote), not the document date 2012-01-23."),
 18: ([], "Police officers killed this year (ASSAULT, killers unnamed, Nigerian police) is a total summed over a span, so no date is right by the round-20 rule; asserted."),
 19: ('spurious', "'struck down a law' read as a verbal attack (ACCUSE) is the trigger in another sense: the act is the Supreme Court invalidating a law (a SANCTION convict, dated 2013-06-26, the day before), so this ACCUSE event is spurious."),
 20: ([], "Peshmerga taking control of Kirkuk is ASSAULT (taking ground, wave-30 rule), source peshmerga (IRQ), no party acted upon in the sentence (the army had left), Thursday 2014-06-12, asserted."),
 21: (['date'], "Voters' complaints about missing names are ACCUSE with no party named (empty target right), but they were made at the polls on election day, so the date should be Saturday 2019-09-28, not the document date."),
 22: (['date', 'modality'], "CONSULT Xi (CHN) -> Modi (IND) is right, but the summit lies ahead ('Xi flies on Wednesday for his first summit'): modality should be future and the date 2014-09-17 (Wednesday), not unknown/asserted."),
 23: ([], "Bouteflika's forced resignation (RETREAT resign, DZA) on April 2, 2019: date explicit, asserted."),
 24: (['target'], "Xi signing agreements (SUPPORT) is right, but the target should be Bangladesh (BGD), the party he signed with, not 'Chinese head' (CHN)."),
 25: (['date'], "Hezbollah officials (LBN) urging supporters is REQUEST; the date should be the report's date, 2013-08-15 (the day of the bombing and the dateline) or the document date, not 2013-08-09."),
 26: ([], "Iraq's foreign ministry summoning Iran's ambassador to protest is ACCUSE (complain officially), IRQ -> IRN; undated act reported as this news takes the document date; asserted."),
 27: ([], "Dutch court sentencing Girkin in absentia: SANCTION convict, NLD -> Girkin (RUS), November 2022, asserted."),
 28: (['target'], "The sentence's AGREE act is Issoufou's pledge and promise to 'reach out to his rivals', so the target should be his rivals, the opposition (NER), not empty; no date given (acceptable), asserted."),
 29: ([], "Suu Kyi calling on the world to keep up pressure: REQUEST, MMR -> the world (no code), Saturday 2012-06-16, asserted."),
 30: ([], "Syrian government warplanes bombing districts of Idlib: ASSAULT aerial, SYR, no party named (empty target right), 2015-03-28 ('later' on the day of the capture), asserted."),
 31: ([], "Assad stepping down inside Marzouki's offer condition is RETREAT resign, SYR, hypothetical, with no date, as the conventions code an act in an offer's condition."),
 32: ([], "Park welcoming the Kaesong outcome: SUPPORT, KOR, no party named in the sentence (empty target right), 2013-08-14, asserted."),
 33: ([], "Russia invading Ukraine on Feb. 24: ASSAULT, RUS -> UKR, 2022-02-24, asserted."),
 34: (['target'], "Putin declaring a ceasefire is CONCEDE and the date is right, but 'Easter' is no party: the target should be Ukraine (UKR) or empty."),
 35: ([], "Boko Haram's earlier threat to punish Chad: THREATEN, NGA -> TCD, background of undated time, so no date is right; asserted."),
 36: ([], "Duterte's repeated threats to cut defence ties: THREATEN, PHL -> USA, background of undated time, so no date is right; asserted."),
 37: (['target'], "Missiles fired from Belarusian territory is ASSAULT by an unnamed party, but Belarus is the launch site, not the target: the target should be Ukraine (UKR) or empty."),
 38: ('spurious', "'a pace he called far too slow' is a judgement (criticism of Red Electrica), not a call for something: the trigger is read in another sense, so this REQUEST event is spurious."),
 39: (['source', 'date'], "REQUEST to Cubans (CUB) is right, but the dissident groups and church leaders are Cuban (CUB), not USA; their urging was campaigning before Sunday's vote ('had campaigned'), so the date should be none (before 2019-02-24), not the document date."),
 40: (['date'], "Trump withdrawing from the Iran deal (SANCTION withdraw, USA -> IRN) is right, but the clash was on 2018-05-10, so 'two days after' gives 2018-05-08, not 2018-05-07."),
 41: (['source', 'target'], "The Democrats' demand is REQUEST, but the source is Albania's Democratic Party (ALB), not USA, and the target should be Rama's government or the prime minister (ALB), not the 'caretaker government' they demanded."),
 42: (['target'], "Quds Force (IRN) launching rockets is ASSAULT at the right time (just after midnight, 2018-05-10), but Syria is the launch site, not the target: the target should be empty (the sentence names no target) or Israel."),
 43: (['source'], "Hu's planned trip to Chicago is a CONSULT visit (future, Thursday 2011-01-20), but Hu Jintao is Chinese: the source code should be CHN, not USA."),
 44: (['target', 'date'], "Seoul's proposal is AGREE (offer), but the target should be North Korea (PRK), named as 'the North' in the sentence; it was made at Tuesday's talks, so the date should be 2018-01-09, not unknown."),
 45: ([], "The 1982 accusation against Cuba (ACCUSE, accuser unnamed, CUB) is dated 1982 and asserted."),
 46: ([], "Russian bombing that destroyed the Mariupol theatre: ASSAULT, RUS, no party named as target (a building), Wednesday afternoon 2022-03-16, asserted under the city council's attribution."),
 47: (['target'], "Kyiv dismissing Putin's truce gesture is REJECT by Ukraine, but its target is Russia/Putin (RUS), not the United States, which is named only as the party the gesture was meant to impress."),
 48: ([], "Djukanovic stepping down as prime minister in 2016: RETREAT resign, MNE, 2016, asserted."),
 49: (['date'], "Russia dismissing the charges is REJECT, and an empty target is right (the prosecutors are not in the sentence); but it is a background act of an earlier undated time (when the charges were made), so the date should be none, not the document date."),
 50: (['date', 'modality'], "Eritrea arming al-Shabaab (AID, ERI -> SOM) is right, but it is the council's finding from before December 2009: the date should be 2009 or earlier, not 2011-12-05, and an act inside a finding is reported, not asserted."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and [i['n'] for i in items] == list(range(1, 51))
with open('events-c.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
