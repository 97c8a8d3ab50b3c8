"""Write events-a.jsonl from the judge's verdicts below (fields marked wrong are listed per item)."""
import json
HERE = '/work/wt/j113a/docs/judged/round113/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (wrong fields, reasons); 'event' in wrong => spurious, all false
V = {
 1: ([], "Rioters' attack on police stations in Male on Saturday 2003-09-20; ASSAULT by protesters (MDV) on the police (MDV) is right (PROTEST riot would also be defensible); separate act from the 'set fire' event."),
 2: ([], "Kodjo's call on the Togolese people to defend their victory is a REQUEST; source and target (people, TGO) right; undated statement takes the document date."),
 3: (['source'], "REQUEST to free the bloggers is right and the empty target is right (the authorities asked are not named); source should be the OSCE's media freedom representative with no country code (an international body), not AZE."),
 4: ([], "Killing of the three Armenian helicopter crew (ARM) on Wednesday 2014-11-12; the sentence names no killer so the empty source is right by the rules; a different sentence from the lead's shoot-down, so not a duplicate under the same-sentence rule."),
 5: ([], "Wei Jingsheng detained in April 1994: COERCE arrest, no agent named (empty source right), target Wei (CHN), date 1994-04 right."),
 6: ([], "Mekki's resignation late on Saturday 2012-12-22: RETREAT resign by Mahmoud Mekki (EGY), all right."),
 7: (['type', 'target'], "The U.S. 'opposed any move to expel' Arafat is an objection to Israel's decision, ACCUSE disapprove rather than REJECT (no request was rejected); target should be empty (Israel, the party whose move is opposed, is not named in the sentence) - Arafat is the person the move concerns, not the party acted upon."),
 8: (['source'], "The June protests against tax increases are PROTEST aimed at the authorities (target Kenya right, date 2024-06 right), but the source should be the youth-led protesters/demonstrators (KEN), not 'two men' (Ruto and Gachagua)."),
 9: (['source', 'target', 'date'], "'He' is the Dalai Lama, not George W. Bush; the request for autonomy is addressed to China (Beijing, not named in the sentence), so target should be empty or China, not Tibet; the date should be 2001-05-23, the Wednesday of the meeting after which he spoke to reporters."),
 10: ([], "U.S. officials (USA) welcomed the assembly's votes: SUPPORT; 'the votes' is an act, not a party, so the empty target is right by the rules; undated reaction takes the document date."),
 11: ([], "China (CHN) released Wei Jingsheng (CHN) on Sunday 1997-11-16: RETREAT release, all right."),
 12: ([], "Sharon (ISR) has long accused Arafat (PSE) of encouraging attacks: ACCUSE, an accusation still standing takes the document date; all right."),
 13: ([], "In August 2021 Beijing demanded that Lithuania withdraw its envoy: REQUEST China (CHN) -> Lithuania (LTU), date 2021-08, all right."),
 14: ([], "Lebanese army (LBN) offensive against Islamic State fighters (no country) on Saturday 2017-08-19: ASSAULT, all right."),
 15: (['type'], "Pompeo calling Maduro a 'sick tyrant' is a criticism, ACCUSE disapprove, not REQUEST ('called' in the sense of name-calling); source Pompeo (USA) and target Maduro (VEN) right (the extra 'sick tyrant' entry is Maduro's epithet, no new party); date and modality right."),
 16: ([], "Rights groups welcomed the U.S. diplomatic boycott: SUPPORT; 'the step' is an act, not a party, so the empty target is right; rights groups have no country in the text; document date right."),
 17: (['target'], "Hasina (BGD) stepping down is RETREAT resign; the target should be empty (or the caretaker government she handed power to) - 'Bangladesh's prime minister' is her own office, not a party acted upon; undated act takes the document date."),
 18: ([], "The Taliban (AFG) dismissing the peace jirga as a foreign-staged show is a REJECT (ACCUSE would also be defensible); 'the gathering' is no party, empty target right; 'in advance' gives no date, unknown is right."),
 19: ([], "Sam Rainsy (KHM) denounced the coalition deal: ACCUSE disapprove; 'the deal' is an act, empty target right by the rules; undated reaction takes the document date."),
 20: (['date'], "Abbas's resignation is a background act 'days' before Tuesday's bombings (about 2003-09-06), so the document date 2003-09-12 is wrong; it should have no date (unknown, some days before 2003-09-09)."),
 21: (['type', 'target'], "G20 leaders' pledge to resist protectionism and revive growth is AGREE (commitment to cooperate), not THREATEN; target should be empty (a mutual pledge of the members), not North Korea, whose missile launches are only mentioned."),
 22: (['source'], "Solidarity expressed by 'leaders across Europe' is SUPPORT with an empty target (Belgium not named in the sentence) and the document date, but the source's country is wrong: they are leaders of many European states (no single code, or Europe), not Belgian leaders (BEL)."),
 23: (['source'], "Signing the security pact with China in April 2022 is SUPPORT with target China and date 2022-04 right, but 'whose government' is the Solomon Islands government and its code should be SLB, not empty."),
 24: (['source', 'target'], "The 2017-2018 protests against the Gnassingbe family's rule are PROTEST (date 2017 accepted for 'in 2017 and 2018'), but the source should be the protesters ('tens of thousands of people', TGO), not empty, and the target should be Togo's government/the ruling Gnassingbe family (TGO), since the protests are aimed at the authorities."),
 25: ([], "National Salvation Front (EGY) called for an investigation into irregularities: REQUEST; the authorities asked are not named, so the empty target is right; undated statement takes the document date."),
 26: ([], "The pope's expected visit to Quneitra, hosted by Syrian officials: CONSULT visit, future, no date given; the town stands for its host country Syria (SYR), accepted as target."),
 27: ([], "Leaders of 47 nations agreed on Tuesday 2010-04-13 (the summit's close) to meet again in 2012: AGREE, mutual, no country for the multinational leaders, empty target right."),
 28: ([], "Israel (ISR) withdrew from Quneitra in 1974: RETREAT withdraw with the explicit year 1974; the town is not a party, so an empty target is right by the rules."),
 29: ([], "Some rabbis (ISR) have urged soldiers (ISR army) to refuse evacuation orders: REQUEST; present perfect with no date takes the document date; all right."),
 30: ([], "Awami League (BGD) criticised the caretaker administration's (BGD) reshuffle: ACCUSE disapprove; undated reaction takes the document date; all right."),
 31: (['source', 'target', 'date'], "The accusation against the two bloggers: the target should be 'they', Hajizade and Milli (AZE), not the Baku district court; the source should be the police named in the sentence (AZE), not empty; the date should be 2009-07, the July detention the previous sentence dates."),
 32: (['source'], "The coalition agreement of Friday 1998-11-13 is AGREE with empty target (mutual) and right date, but the source should be Cambodia's two main parties (CPP and Funcinpec, KHM), not the state Cambodia."),
 33: (['date'], "The 'U.S. bombing of Tripoli and Benghazi' is the 1986 air raids, an ASSAULT by the U.S. on Libya (LBY) reported as a background act; the text dates it 1986 (lead and 'the 1986 raids'), so unknown is wrong: date should be 1986."),
 34: (['source'], "The Polisario urged the Security Council to act: REQUEST with target UN Security Council right and the document date right, but the source should be the Polisario Front (no country code / Western Sahara), not Morocco."),
 35: (['date'], "The White House denied defying Judge Boasberg's court: REJECT negated with White House (USA) and the court (USA) right, but the denied act is the flights of Saturday 2025-03-15, so the date should be 2025-03-15, not the document date."),
 36: ([], "In May 2021 Lithuania's government (LTU) urged other EU members to deal with Beijing as a bloc: REQUEST; 'other EU members' coded as the European Union is accepted; date 2021-05 right."),
 37: (['date'], "Abdul Mahdi (IRQ) urged lawmakers (IRQ) to end the foreign military presence: REQUEST right, but he spoke to the chamber before Sunday's vote, so the date should be 2020-01-05, not the document date 2020-01-06."),
 38: ([], "Maduro (VEN) dismissed the U.S.-backed aid operation as a pretext for U.S. intervention: REJECT of the aid, target United States (USA) accepted; his address is undated, document date right."),
 39: ([], "Bangladesh (BGD) reinforced its border: MOBILIZE, empty target right, undated statement takes the document date."),
 40: (['event'], "Spurious: 'Chen had damaged relations' is the opposition politicians' criticism of Chen, not a SANCTION act by Chen (the trigger is not a deliberate reduction of relations); the event here is ACCUSE opposition politicians (TWN) -> Chen Shui-bian (TWN)."),
 41: ([], "Kenyan lawmakers (KEN) impeached Gachagua (KEN), accusing him of undermining the government: ACCUSE allege; 'last week' from Friday 2024-10-18 is 2024-W41; all right."),
 42: ([], "The United States and Libya signed the claims agreement on Thursday 2008-08-14: SUPPORT, mutual (either as source/target), all right."),
 43: (['source'], "The pledge to disarm, respect the constitution and cut ties is a CONCEDE (promise of future concession) with empty target and the signing date 2016-09-29, but the source should be Hezb-e-Islami ('the group', AFG), not the United Nations."),
 44: ([], "Muslim groups in Britain (GBR) criticised Sudan's prosecution of Gibbons: ACCUSE disapprove; 'the prosecution' is an act, empty target right; document date right."),
 45: (['source', 'target'], "Russia's foreign ministry accused the investigators of relying on fake evidence: ACCUSE right, but the source code should be RUS (Moscow, previous sentence), not empty, and the investigators are the Dutch-led Joint Investigation Team (NLD or international), not RUS."),
 46: (['target'], "The EU pushing both sides to implement the normalisation agreement is a REQUEST by the EU, ongoing at the document date, but 'both sides' are Kosovo (XKX) and Serbia (SRB), not Kosovo police and Serb gunmen."),
 47: (['source'], "NATO commanders asked member states for more troops: REQUEST with target member states and the document date right, but 'Alliance commanders' are NATO commanders (no country code / NATO), not USA."),
 48: (['target'], "Cambodia (KHM) deported the Uighurs on Saturday 2009-12-19: COERCE deport, but the target should be the 20 ethnic Uighurs (CHN), the people deported, not China, their destination."),
 49: (['date', 'modality'], "The settlement 'could open the way for' a Rice visit to Libya: CONSULT visit with Rice (USA) and Libya (LBY) right, but the visit is hypothetical, not asserted, and has no date (the document date is wrong)."),
 50: ([], "Jordan's Interior Minister Eid al-Fayez (JOR) rejected the Front's fraud accusations: REJECT; 'the accusations' is an act, so the empty target is right by the rules; document date right."),
}
items = [json.loads(l) for l in open(HERE + 'events-a-items.jsonl')]
assert len(items) == 50
out = open(HERE + 'events-a.jsonl', 'w')
for it in items:
    wrong, why = V[it['n']]
    v = {f: f not in wrong for f in F}
    if not v['event']:
        v = {f: False for f in F}
    v['all'] = all(v[f] for f in F)
    it = dict(it)
    it['verdict'] = v
    it['reasons'] = why
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
