# Writes events-c.jsonl from the judge's hand verdicts below (fields listed are the WRONG ones).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
1: ([], "Yang Jiechi (CHN) summoning the North Korean ambassador (PRK) to lodge a protest is an official complaint (CAMEO 114, ACCUSE); the same-sentence 'lodge' event e5 is the duplicate, not this one. Tuesday's news, document date right."),
2: ([], "Iranian reformist lawmakers praising the deal Iran's government struck is SUPPORT toward the Iranian government; 2003-10-21 is the dateline day (Tuesday) of the report, the day of the deal."),
3: (['source', 'target'], "Exchange of fire is ASSAULT, dated Tuesday 1999-06-15, but the two navies are merged into one source coded PRK with no target; it is a mutual event: source North Korean warships (PRK), target South Korean warships (KOR), or the reverse."),
4: ([], "Singh (IND) condemning the bombing is ACCUSE; the attackers are unknown, so an empty target is right; reported as this news, document date."),
5: (['source', 'target', 'date'], "Calling for a referendum is REQUEST, but source Dodon needs Moldova's code (MDA), not none; no addressee is named (empty or Moldova's authorities, MDA), not Moldova+EU+Russia; and 'has called for' is a background campaign position of earlier, unstated time, so no date rather than the document date."),
6: ([], "Signing agreements is SUPPORT (sign formal agreement), mutual Serbia (SRB) / Kosovo (XKX), Friday 2020-09-04 as the text says."),
7: ([], "Marginal: 'the 2007 vote that was widely condemned' is a condemnation (ACCUSE) with an unnamed agent and no named target; empty arguments and no date (time unknown) are right by the rules. I would not code an agentless background passive, but it is an act."),
8: (['source'], "Going to Niger is coded as a visit (CONSULT) and the date (Wednesday evening, 2005-08-03) is right, but Taya is Mauritanian: the code should be MRT; MUS is Mauritius."),
9: (['date'], "Opposition (ARM) accusing Sargsyan (ARM) is ACCUSE, but it is reported as this news (the announcement day, Tuesday): date should be 2013-09-03, the document date, not none."),
10: (['type', 'date'], "Youths burning ballot boxes and clashing with riot police on polling day is a riot: PROTEST (riot), not ASSAULT; 'on polling day' is Thursday's vote, so the date should be 2002-05-30, not the document date 2002-06-01."),
11: ([], "Abbas (PSE) visiting Muscat (Oman, OMN) is CONSULT visit; 'days after' gives no date, so no date is right."),
12: ([], "'We do not recognise this verdict' is a negated SUPPORT (recognise), equivalent to a REJECT; the aide (MDG) is right; no party is named ('this verdict' is the court's act; the court would be a better target but empty is right by the rules); undated news statement, document date."),
13: (['target'], "South African police (ZAF) arresting Thatcher on Wednesday 2004-08-25 is COERCE arrest, but Mark Thatcher is British (GBR), son of the British prime minister and resident in South Africa, not GNQ."),
14: ([], "Palestinian officials (PSE) condemning the embassy decision is ACCUSE; no party named in the sentence, so empty target is right; news of the day."),
15: (['date'], "Pyongyang agreeing in the 1994 deal with the US to freeze its programme is AGREE PRK -> USA, asserted, but it is a background act: the date should be 1994, not the document date."),
16: ([], "US, EU, UN condemning the assassination is ACCUSE; attackers unknown, empty target right; news of the day."),
17: (['source', 'target', 'date'], "Killings and disappearances under Pinochet are ASSAULT, but the agent the sentence names is Pinochet's regime (CHL), the victims are Chileans (CHL, not GBR), and a total over the 17-year rule (1973-1990) has no date, not the document date."),
18: ([], "Pledge to work with Islamabad to find the culprits: COOPERATE future LKA -> PAK (like 'will meet' CONSULT future); the future act has no date. AGREE would also fit the pledge."),
19: (['type'], "By the settled rule a pledge of aid is AGREE, not AID: 'Russia would continue to help Armenia' should be AGREE RUS -> ARM (the pledge, asserted, 2013-09-03); arguments right, and date/modality are consistent with the coded future act, so only the type is counted wrong."),
20: ([], "Japan (JPN) suspending food aid to North Korea (PRK) on Tuesday 1998-09-01 is SANCTION (reduce/stop aid)."),
21: (['type'], "'Promised to pay compensation and to punish those responsible' is a promise of compensation to Thailand: AGREE (CAMEO 03), not THREATEN; source Cambodia's government right, no party named so empty target right, document date right."),
22: (['type', 'target'], "Soldiers seizing control of the capital is armed forces taking ground: ASSAULT by the conventions, not COERCE seize; target should be Guinea-Bissau's government/state (GNB) or empty, not 'many Bissau officers' from another paragraph. Thursday night 2012-04-12 is right."),
23: (['target'], "Ma (TWN) promising to improve relations with China is AGREE, Saturday 2008-03-22, but the sentence names China: target should be China (CHN), not empty."),
24: (['date', 'modality'], "The planned US-Iran talks (CONSULT USA -> IRN) are future: modality should be future, and the date should be 2025-06-15, two days after Friday's strikes, not 2025-06-11."),
25: ([], "EU leaders agreeing last week to grant Prague an exemption is AGREE (intent to ease restrictions, CAMEO 0351) EU -> CZE; 'last week' from Tuesday 2009-11-03 is 2009-W44."),
26: ([], "AU, ECOWAS, Portugal, UN condemning the coup is ACCUSE; no party named in the sentence, empty target right; news of the day (2012-04-13)."),
27: ([], "Clinton (USA) condemning the embassy bombings is ACCUSE; perpetrators unknown, empty target right; document date."),
28: ([], "Russian and Ukrainian delegations holding talks in Istanbul on Friday 2025-05-16 is mutual CONSULT RUS/UKR."),
29: ([], "'Critics accuse Maliki' is an ACCUSE still going on when told: unnamed critics (no code) -> Maliki (IRQ), document date."),
30: ([], "Armenian officials (ARM) accusing Ankara (TUR) is ACCUSE, news of the day 2015-04-24."),
31: ([], "Yeltsin (RUS) vowing the raiders would be punished is a threat (THREATEN) to the Chechen raiders (RUS); pluperfect with no day given, so no date is right."),
32: (['target'], "The visit underlining Washington's support is SUPPORT USA, Tuesday 2005-05-10, but the pro-Western government is Georgia's (GEO), not RUS ('on Russia's southern flank' is a location)."),
33: ([], "Mubarak (EGY) saying he ordered troops (EGY) to let the Palestinians in: an order coded REQUEST, asserted, dated the dateline day 2008-01-23 of the report. Acceptable, though the coder's main act would be Egypt letting Gazans in."),
34: (['event', 'type', 'source', 'target', 'date', 'modality'], "Spurious: 'surrendering the country's sovereignty' is the figurative content of the opposition's accusation (coded as e4), not a military surrender or disarmament, and Georgia has nothing to do with it."),
35: (['date'], "US air strikes on Islamic State (ASSAULT USA -> IS, no country) are right, but an act still going on ('has been carrying out ... for the past week') takes the document date 2014-08-15; 2014-W32 (Aug 4-10) is not the past week."),
36: ([], "Western diplomats (no country) urging Kenyan politicians (KEN) to keep within the law is REQUEST, news of the day."),
37: ([], "Montenegro's leaders (MNE) accuse Russia (RUS), present tense, ongoing accusation: document date."),
38: (['source', 'date'], "The killings are ASSAULT on Kurds (SYR), but the sentence names the shooters: source should be the (Syrian) police (SYR), not empty; and the toll is a total over two days (Friday-Saturday, 2004-03-12/13), not Saturday alone."),
39: ([], "Thaksin (THA) accusing Cambodian authorities (KHM) is ACCUSE, Thursday 2003-01-30."),
40: ([], "Umerov (UKR): 'We have agreed on the exchange' is AGREE (intent to release persons, CAMEO 0353); the other side is not named in the sentence, so empty target is right; Friday 2025-05-16."),
41: (['source', 'target'], "The court rejecting the senators' complaint is REJECT on Tuesday 2009-11-03, but the source should be the Constitutional Court judges in Brno (CZE), not Klaus, and the target the senators who brought the complaint (CZE), not empty."),
42: ([], "Wahid's supporters (IDN) boycotting the assembly session is PROTEST boycott, Monday 2001-07-23; Amien Rais (IDN), who led the session, stands for the assembly it was aimed at (acceptable)."),
43: (['source', 'target'], "Riots on Monday 2011-04-18 are PROTEST riot, but the sentence names the rioters: source should be Buhari's supporters (NGA), not empty; the riot is aimed at Jonathan's declared win and the ruling party's offices, so target should be Jonathan / the ruling PDP (NGA), not empty."),
44: (['target'], "The guerrillas (GTM) laying down arms is RETREAT disarm, Sunday 1996-12-29, but no target is named in the sentence: target should be empty (or the Guatemalan government, GTM), not 'Guatemalans' from the previous sentence."),
45: (['source', 'date'], "ACCUSE -> Washington (USA) is right, but the officials are in Moscow: source should be Russian officials (RUS), not GEO; 'have accused' reports earlier accusations of unstated time, so no date rather than the document date."),
46: ([], "Keita (MLI) calling for an immediate ceasefire on Wednesday night 2014-05-21 is REQUEST; no addressee named, empty target right."),
47: (['source'], "ACCUSE -> Pretoria (ZAF) is right, but the opposition leaders are Lesotho's (LSO) (the story's opposition parties; 'critics at home' in the next sentence are the South Africans), not ZAF."),
48: (['date'], "The killing of two dozen people (DZA) by unnamed attackers is ASSAULT, but the span is the week before Thursday's vote (2002-05-23 to 05-29, mostly ISO week 21); 2002-W22 (May 27-Jun 2) is wrong."),
49: (['date'], "Duma critics (RUS) accusing the government (RUS) is ACCUSE, but it is reported as this news (like the same sentence's 'called for' e8): date should be the document date 1995-06-19, not none."),
50: ([], "Ukrainian forces (UKR) killing three assailants in Mariupol overnight on Wednesday 2014-04-16 is ASSAULT; assailants in an east-Ukraine separatist story coded UKR is acceptable."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50
with open('events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        v = {k: (k not in wrong) for k in F}
        if not v['event']:
            v = {k: False for k in F}
        v['all'] = all(v[k] for k in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
tot = {k: 0 for k in F + ['all']}
for l in open('events-c.jsonl'):
    o = json.loads(l)
    for k in tot: tot[k] += o['verdict'][k]
print(tot)
