"""Write events-d.jsonl from judge d's verdicts (fields marked wrong listed per item)."""
import json
F = ('event', 'type', 'source', 'target', 'date', 'modality')
# n -> (wrong fields, reasons); 'SPUR' = spurious (event false, all false)
V = {
 1: ((), "Right: the UN and Western embassies (no single code) urged the Sri Lankan government (LKA); undated reaction reported as this news, document date."),
 2: ((), "Right: detentions of 200+ people in Egypt (EGY) by an unnamed detainer (empty source right); 'over the past two weeks' is a span, so no date is right."),
 3: ('SPUR', "Spurious: 'most of whom were not banned' describes whom the court's ban (already coded from 'barred') did not cover; it is not an act. Even if kept, the target would be the lawmakers, not the parties, which were in fact disbanded."),
 4: ((), "Right: Hong Kong pro-democracy lawmakers (CHN accepted for Hong Kong) accused Beijing's Liaison Office (CHN); no date in the text, so the document date is right."),
 5: (('source', 'target'), "Target should be Nikola Poplasen, president of the Serb Republic (BIH), whom 'him' refers to, not the Bosnian government. Source Westendorp acts as the international High Representative, so he should have an IGO/international code or none, not Spain's government (ESP)."),
 6: (('target',), "Target should be the UN Security Council (UNO), whose vote was welcomed. The sentence refers to it ('the council'), so an empty target is wrong; the other fields are right."),
 7: (('date',), "Date: the protests are background to the strained relations 'this year' (after the April statue removal), not this news, so the document date is wrong. It should be undated, or 2020. The source 'Pro-Kremlin' (a truncated name for the activists, RUS) and the target Czech Republic are accepted."),
 8: (('date',), "Date should be 2022-05-30: the sentence says Zelenskiy spoke 'earlier on Monday', and Monday is the day of the summit, not the document date of 2022-05-31. Target 'leaders' (EU leaders, a multinational group) is accepted without a code."),
 9: (('date',), "Date should be 2013-07-22, the document date. Hezbollah's reaction to Monday's decision is reported as this news, so it is not an undated act of unknown time."),
 10: (('modality',), "Modality should be asserted: Ukraine's accusation was made. The Kremlin's denial rejects the charge and does not negate the act. An ongoing accusation takes the document date, which is right."),
 11: ((), "Right: the GCC called for a no-fly zone (addressee not named, so empty is right); 'earlier in the week' is ISO week 2011-W10, which contains the 2011-03-13 document date."),
 12: (('date',), "Date should be 1995-11-22: Mrema's statement continues his remarks to reporters 'on Wednesday' in the previous sentence. Not recognising the government is accepted as SUPPORT negated, the same as REJECT asserted (cf. 'refused to withdraw')."),
 13: ((), "Right: Chad (TCD) sent soldiers north of Bangui; recent act reported as news, document date."),
 14: ((), "Right: Bangladeshi troops (BGD) patrolling Dhaka on Saturday, the document date."),
 15: ((), "Right: a planned meeting between Morawiecki (POL) and Juncker (EUR) in early January, so the date is 2018-01 and the modality is future."),
 16: (('date',), "Date: the criminal investigation is background from earlier this year (after the April removal of the statue), not this news, so the document date is wrong. It should be undated, or 2020. The empty target is right because the sentence names no party that is investigated."),
 17: ((), "Right: the Sudanese government (SDN) accuses the rebels (SDN); ongoing accusation, document date."),
 18: ((), "Right: a car bomb by an unnamed attacker (empty source right) killed eight people in Diyarbakir (TUR) on Friday, 2016-11-04."),
 19: ((), "Right: the People's Court in Hue (VNM) convicted Nguyen Van Ly (VNM) on Friday, 2007-03-30."),
 20: ('SPUR', "Spurious: 'pledged continuity' is a domestic policy statement with no counterpart; it is not an offer or a willingness to cooperate (AGREE) or any other PLOVER act. The promise to consult Castro is in the next sentence."),
 21: (('source', 'target'), "Source should be President Alejandro Toledo of Peru (PER), not a party with no code (dateline made 'Toledo' a country). Target should be the Truth and Reconciliation Commission (PER), to which 'its members' refers. The date (document date, since the sentence gives none) and the type SUPPORT are right."),
 22: (('type',), "Type should be PROTEST (riot): angry crowds clashing with police after a death in custody is a violent riot against the authorities, not an armed ASSAULT. The parties and 2002-01 are right."),
 23: (('target',), "Target should be Kabila and Bemba (COD), the 'both men' Swing appealed to, not the Congolese court."),
 24: (('target',), "Target should be the Bangladesh government (BGD): the sentence names it, and calling its poll 'a farce' disapproves of it. Source, type and date are right."),
 25: (('source', 'date'), "Source should be the UN Security Council (UNO), whose resolution makes the demand, not North Korea's ambassador Pak Gil Yon. Date should be 2006-10-14, the day the resolution was adopted, not 2006-10-09 (the day of the test)."),
 26: (('type', 'target'), "The act is the Arab leaders' adoption of Egypt's plan, which is SUPPORT (endorse a plan), with Egypt (EGY) as the target. 'Offering an alternative' to Trump's proposal is not an AGREE toward Trump. Source, date 2025-03-04 and modality are right."),
 27: ((), "Right: a historical act from an obituary, dated June 1989. Deng (CHN) sent troops against the pro-democracy protesters (CHN); ASSAULT is accepted for the crackdown."),
 28: ((), "Right: the Yemeni government (YEM) hailed the tribunal's award; the tribunal is not named in the sentence, so an empty target is right. Friday 1998-10-09 is the document date."),
 29: ('SPUR', "Spurious: 'murdered' is an attribute of Nemtsov, killed in Moscow years earlier. Hrib murdered no one; the sentence's act is the renaming of a square."),
 30: (('date',), "Date should be 2010-06-17: the talks came 'a day' before the clash, which was late on Friday 2010-06-18. Host and guests are accepted in either role for a meeting."),
 31: ((), "Right: Azerbaijani officials (AZE) accused Yerevan (ARM); reaction reported as this news, so the document date is right."),
 32: (('date',), "Date should be 2002-09-16: the tents went up 'after the rally' on Monday and the camp was dismantled early on Tuesday. The event is taken as the protest camp of the several hundred protesters, aimed at the president (UKR target right)."),
 33: (('modality',), "Modality should be asserted: Georgia made the threat. Only the blocking in its condition is hypothetical (cf. the conditional-offer rule). Undated background, so no date is right."),
 34: (('target',), "Target should be the two Sudanese sides, the SPLM and Bashir's NCP (SDN). The text makes their country plain, so 'sides' with no code is wrong."),
 35: ((), "Right: the US and the UN called for restraint; no addressee is named, so an empty target is right. Document date."),
 36: (('type',), "Type should be COERCE (deport; CAMEO 174), or ASSAULT (mass expulsion; CAMEO 201). Expelling resident Palestinian workers is not SANCTION expel (CAMEO 166), which is for diplomats, peacekeepers and aid agencies. Parties and date are right."),
 37: ((), "Right: Chad's opposition leaders (TCD) accused the authorities (TCD). The government's denial does not negate the accusation, which takes the document date."),
 38: ((), "Right: the Soviet occupation of Estonia in 1940 is ASSAULT by the occupation rule (SUN to EST), asserted, with Ansip reporting it."),
 39: ((), "Right: Japan's government (JPN) urged nuclear powers (a multinational group, no code). 1996-01-29 is the story's dateline date."),
 40: ((), "Right: Kyiv (UKR) has been pressing the EU (EUR); an ongoing act, so the document date."),
 41: (('date',), "Date: the 10,000 detentions are a total over 'the previous two weekends' (Jan 23 and Jan 31, 2021), so the act should have no date (a span), not the document date."),
 42: ((), "Right: hardline Buddhist groups (LKA) have accused 'them', the Muslims (LKA). The accusations are ongoing, so the document date is right."),
 43: (('source',), "Source should be Ardzinba alone (the Abkhaz leader; no code, or GEO). Georgia is named only in the relative clause about the 1992-93 war and did not denounce anything. Target empty is accepted ('the action', the storming, names no party)."),
 44: (('target',), "Target should be the United States (USA): it is named in the sentence and its help is what was welcomed. The other fields are right."),
 45: (('date',), "Date: the officers' deaths are part of the death toll 'since Tuesday' (a span of days), so the act should have no date, not the document date 2024-07-20."),
 46: (('date',), "Date should be 2007-03, from 'this month'; the text gives it, so unknown is wrong. Target Nguyen Van Dai (one of the two lawyers, VNM) is accepted."),
 47: (('target',), "Target should be the Belarusian officials and Lukashenko (BLR), whose sanctions the ministers agreed to suspend; they are named in the sentence. AGREE is accepted (CAMEO 0354), and Monday 2015-10-12 is right."),
 48: ((), "Right: arson of shops and mosques with no named actor or party (empty source and target right). 2018-03-05 (Monday) matches the text's account of the burning."),
 49: (('date',), "Date: the rallies were held on 'the previous two weekends' (Jan 23 and Jan 31, 2021), not on the document date. The rallies are a span, so the act should have no date. No aim is named, so the target Russia is accepted."),
 50: ((), "Right: Bangladesh (BGD) imposed a nationwide curfew on Saturday, 2024-07-20."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if wrong == 'SPUR':
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('wrote', len(items))
