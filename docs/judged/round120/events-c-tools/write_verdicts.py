"""Write events-c.jsonl from the judge's verdicts below (judge c, round 120).
Each entry: n -> (event, type, source, target, date, modality, reasons). Spurious items are
forced false in every field."""
import json

T, F = True, False
V = {
 1: (T, T, T, T, F, T, "Detention of journalists at the Kabul protest; empty source is right (no agent in the sentence) and journalists covering a Kabul protest are plainly AFG. Date wrong: the protest was 'hours earlier' than Tuesday's announcement, so 2021-09-07, not 2021-08-15 (the day the Taliban took Kabul)."),
 2: (T, T, T, T, T, T, "Ukrainian authorities imposed a curfew on Kyiv starting Tuesday evening (2022-03-15); target Ukraine stands for the city's population (UKR), accepted."),
 3: (T, T, T, T, T, T, "Junior officers detained President Trovoada on Tuesday 1995-08-15; COERCE arrest, STP -> STP, all right."),
 4: (T, T, T, T, T, T, "A protocol agreed this month (1998-11) between Israel and the Palestinians; AGREE accepted (SUPPORT for a finalised agreement would also do), Israel as a party is right and the other party is not named in the sentence, so an empty target is right."),
 5: (T, T, T, T, T, T, "Nauru's president (Rene Harris, NRU) signed an agreement recognising China two days before Tuesday 2002-07-23, i.e. Sunday 2002-07-21; SUPPORT NRU -> CHN, all right."),
 6: (T, T, T, T, T, T, "Mursi ordered Egyptian security forces to take control of Sinai; REQUEST (order) EGY -> EGY; no day given, document date accepted."),
 7: (T, T, T, T, F, T, "Election-day killings, unnamed perpetrators, victims in Sri Lanka; but the text dates the violence to the vote on Tuesday, so the date should be 2000-10-10, not unknown."),
 8: (T, T, F, T, F, T, "'It' is Belarus's Foreign Ministry, so the source code should be BLR, not empty; the lead dates these measures to Friday, so the date should be 2008-03-07, not the document date."),
 9: (T, T, F, T, T, T, "Macron called for a new dialogue with Russia: source should be Emmanuel Macron (FRA), not 'Europe' (which is the subject of the other clause). Long-held, ongoing stance, so document date accepted."),
 10: (T, T, T, T, T, T, "Assad accused Israel of 'state terrorism' at the Wednesday 2001-10-31 news conference; ACCUSE SYR -> ISR, all right."),
 11: (T, F, T, T, F, T, "A protest camp demanding the president step down is PROTEST (demo), not REQUEST (PLOVER codes protests making demands as PROTEST); protesters LKA -> Gotabaya Rajapaksa is right. The camp is still going on, so by the ongoing-act rule the date is the document date 2022-04-13, not 2022-04-09 (the start)."),
 12: (T, F, T, T, F, T, "Buhari did not free the girls: he made freeing them a promise, which is AGREE (asserted), not RETREAT release. The promise dates from after he took office in May 2015 (background), so there should be no date (or 2015), not the document date."),
 13: (T, T, T, T, T, T, "Greek unions called a 48-hour general strike for next week (2011-W26); PROTEST strike, future; the sentence names no target, so an empty target is right."),
 14: (T, T, T, T, T, T, "Biden was due to host a lunch for Trong; CONSULT visit, USA -> VNM, future, no date given; all right."),
 15: (T, T, T, F, T, T, "Trump accuses allies of spending too little on defence: the target should be the NATO allies named in the sentence ('allies', no single country code), not empty. Habitual accusation, so document date accepted."),
 16: (T, T, T, T, T, T, "Trong expected to meet members of Congress; CONSULT VNM -> USA, future, undated; all right."),
 17: (T, T, T, T, F, T, "Hungary-Romania talks that stalled are background of unknown time, so there should be no date, not 1995-03-19 (the Paris signing)."),
 18: (T, T, T, T, T, T, "Tymoshenko dismissed in January (2001-01); the sentence names no agent, so an empty source is right; SANCTION expel accepted for removal from office."),
 19: (T, T, T, T, F, T, "Chirac's criticism of Bulgaria (and Romania) was made on Monday per the lead, so the date should be 2003-02-17, not the document date 2003-02-18."),
 20: (T, T, T, T, F, T, "Blair due to visit Jordan, Israel and Gaza 'on Thursday': from a Wednesday 2001-10-31 dateline that is 2001-11-01, not 2001-10-25."),
 21: (T, T, T, T, T, T, "State Department urged Saudi Arabia this week (2015-W02) to cancel the flogging; REQUEST USA -> SAU, all right."),
 22: (T, T, T, F, F, T, "Kosovo police detained a local Serb man: the target should be that man (a Kosovo Serb), not the state of Serbia; 'a day after' the Wednesday 2023-06-14 arrests dates it 2023-06-13, not unknown."),
 23: (F, F, F, F, F, F, "Duplicate: 'bowing to' the power struggle describes the same resignation already coded as e1 (RETREAT resign) from this sentence; spurious."),
 24: (T, T, T, F, T, T, "Ukrainian forces fired ATACMS at a military facility in Bryansk: the target should be Russia (the facility, RUS), not the missiles 'ATACMS'. Date (Tuesday 2024-11-19) right."),
 25: (T, F, T, F, T, T, "Israel halting all aid deliveries into Gaza is COERCE (withhold food/medical supplies), not SANCTION discontinue (Israel is not the donor); target should be Gaza / Palestinians (PSE), named in the sentence, not empty. Start date 2025-03 right."),
 26: (T, T, T, T, F, T, "Obama and Trong discussed the maritime issue at their meeting on Tuesday, so the date should be 2015-07-07, not the document date 2015-07-08."),
 27: (T, T, T, F, F, T, "Japan complained about China's drilling: the target should be China (CHN), named in the sentence; the complaint is from 2004-2005, not the document date 2008-06-19."),
 28: (T, T, T, T, T, T, "Kurti urged Western partners to condemn Belgrade; REQUEST XKX -> Western partners (no code), on the day of the June 14 report; all right."),
 29: (T, T, T, F, T, T, "Serbia's non-recognition of independence is aimed at 'its former province', i.e. Kosovo (XKX), which should be the target, not empty. Ongoing state, news-day date accepted; negated right."),
 30: (T, T, T, T, T, T, "Mugabe told Blair in his Monday (2002-09-02) speech to 'keep your England'; REQUEST ZWE -> GBR, all right."),
 31: (T, T, T, T, T, T, "Kenyan lawmakers called for Kenya to withdraw from the ICC; REQUEST KEN -> KEN, undated, document date; all right."),
 32: (T, T, T, T, T, T, "Meta resigned on Tuesday 2002-01-29; RETREAT resign, ALB, all right."),
 33: (T, T, F, T, F, T, "Doria Medina conceded the election: the source should carry code BOL (a Bolivian candidate), not an empty-coded 'country'; the concession is reported as this news, so the date should be the document date 2014-10-13 (or election night 2014-10-12), not unknown."),
 34: (T, T, T, T, T, T, "Modi visited Tokyo this month (2014-09); CONSULT visit IND -> JPN, all right."),
 35: (T, T, T, T, T, T, "Karzai threatened on Sunday 2008-06-15 to send troops into Pakistan; THREATEN AFG -> PAK, all right."),
 36: (T, T, F, T, T, T, "ECOWAS is right, but the Community of Portuguese Language Countries is an international body with no seat country in the text, so its code should be empty, not PRT (Portugal); target (the mutinous soldiers, GNB) and document date right."),
 37: (T, T, T, T, F, T, "Morocco agreed to normalise ties with Israel at the time of the U.S. recognition, which the story dates to December, so the date should be 2020-12, not unknown."),
 38: (T, T, T, T, F, T, "Ban urged Rajapaksa during his weekend visit to the camps, so the date should be the weekend of 23-24 May 2009, not 2009-05-27 (the Council vote)."),
 39: (T, T, F, T, T, T, "The critics are 'some Chinese internet users' (CHN), not the state China; the deal is not a party, so an empty target is right; news-day date accepted."),
 40: (F, F, F, F, F, F, "Duplicate: 'to visit the besieged Ukrainian capital' is the same trip already coded as e1 ('travelled', CONSULT visit) from this sentence; spurious."),
 41: (T, T, F, T, T, T, "Protesters marching through Bonn, 'the German city': their country should be DEU (or empty), not AFG. Date (Saturday 2011-12-03) right; the aim is foreign troops, so empty target is right."),
 42: (T, T, T, T, F, T, "Turkey condemned Monday's interception, so the date should be the document date 2025-06-09, not 2025-06-01 (the day the boat sailed). Israel is not named in the sentence, so empty target is right by the rules."),
 43: (F, F, F, F, F, F, "Spurious: 'any government threatening Canadian citizens' is a generic clause inside Trudeau's statement, not a threat by any actor (and 'any government' is not Canada)."),
 44: (T, T, T, T, T, T, "Myanmar's junta detained 200+ NLD members, reported Thursday 1996-05-23 (sweep since Tuesday night); COERCE arrest MMR -> MMR, all right."),
 45: (T, T, T, T, F, T, "Berlin requested the Security Council meeting 'after the U.S. move' of December 2020, so the date should be 2020-12 (or none), not 2021-05-06."),
 46: (T, T, T, T, T, T, "SACP and COSATU called on Zuma to step down; REQUEST ZAF -> ZAF, document date; all right."),
 47: (T, T, T, T, T, T, "Four ministers quit the cabinet in December (2001-12); RETREAT resign ALB, all right."),
 48: (T, T, T, T, T, T, "Hamas called Netanyahu's speech racist; the speech is not a party, so an empty target is right by the rules (a coder would add Netanyahu); news day 2009-06-14 accepted."),
 49: (T, T, T, T, T, T, "Trump flew to Mexico City on Wednesday 2016-08-31 for talks with Pena Nieto; CONSULT visit USA -> MEX, all right."),
 50: (T, T, T, T, T, T, "U.S. troop flights to Afghanistan that Russia will allow: MOBILIZE USA -> AFG, hypothetical, undated, accepted (the sentence's main act, Russia's AGREE to the transit deal, was not coded)."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50
with open('events-c.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {'event': ev, 'type': ty, 'source': so, 'target': ta, 'date': da, 'modality': mo}
        v['all'] = all(v.values())
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('wrote', len(items))
