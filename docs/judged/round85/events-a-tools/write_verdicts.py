"""Write events-a.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json

T, F = True, False
SPUR = None  # spurious: all false
V = {
 1: ((T,T,T,F,T,T), "Annan's welcome is SUPPORT, source right, document date fine (welcome undated). Target should be the French-led EU multinational force (FRA/EU) whose deployment he welcomed; 'the force'/'the deployment' in the sentence refer to it, so an empty target is wrong."),
 2: ((T,T,F,T,T,T), "'The government' is the Turkish government (the story is about Turkey's response to the Suruc bombing), so source should be the Turkish government (TUR), not Syria. Rejecting accusations accepted as REJECT; the accusers are not named in the sentence, so the empty target is right."),
 3: ((T,T,F,T,T,T), "'it' is France: source should be France (FRA), not the UN Security Council. MOBILIZE (troops sent to Mali), target Mali and date 2013-01 are right."),
 4: ((T,F,T,F,T,T), "Russia agreeing to remove customs controls with Belarus is an agreement on economic integration: AGREE (CAMEO 031/0311), not CONCEDE. Target should be Belarus (BLR), 'its western neighbour' in the sentence. Date 1995 ('earlier this year') right."),
 5: ((F,F,F,F,F,F), "Spurious: a warning that violence 'risks spiralling into mass atrocities' is a pessimistic comment (CAMEO 012), not a threat of coercive action by the U.N.; no PLOVER event."),
 6: ((T,T,T,F,T,T), "Syria opposing the tribunal is REJECT from Syria (right). Target should be the U.N. Security Council (UNO), whose planned step Damascus opposes; the 'diplomats in New York' are only the speakers and not U.S. officials. Ongoing opposition takes the document date."),
 7: ((F,F,F,F,F,F), "Spurious: unnamed analysts commenting on the deal are not political actors; their 'welcome' is commentary, not a PLOVER act between political actors."),
 8: ((F,F,F,F,F,F), "Duplicate: the wounding is the same suicide bombing already coded as e1 ('blew', ASSAULT) from this sentence. (Target '220' is also a number, not a party.)"),
 9: ((T,T,T,T,T,T), "ASSAULT with no perpetrator in the sentence (empty source right), victims Kenyan (the story makes the Kenyan post-election violence plain). A toll summed over weeks of bloodshed has no date, so the unknown date is right."),
 10: ((T,T,T,T,T,T), "Killings in the Bangui fighting reported by aid workers: ASSAULT, no perpetrator in the sentence, victims in CAR. Reported as this week's news with no date of its own, so the document date is accepted."),
 11: ((T,T,T,T,T,T), "India blaming Islamabad for cross-border attacks is ACCUSE India -> Pakistan government, dated Tuesday 2016-09-27 as the text gives."),
 12: ((T,T,T,T,T,T), "Dhaka accusing India of giving Hasina a platform: ACCUSE Bangladesh government -> India, an ongoing accusation taking the document date."),
 13: ((T,T,T,T,F,T), "Refusing to host CSTO drills is REJECT Armenia -> CSTO. Date should be 2023 (the text dates the refusal/drills 'in 2023'); 'November' belongs to the skipped summit."),
 14: ((T,F,T,F,T,T), "Declaring independence is not a request: the closest PLOVER type is REJECT (defying the central state's authority, CAMEO 128). Target should be the Comoros central government (COM), named in the sentence ('neglect by the central government'). Source Anjouan (COM) and date 1997 right."),
 15: ((T,T,T,T,T,T), "Azerbaijani forces attacking targets inside Armenia in September 2022: ASSAULT AZE -> ARM, 2022-09. The attack is a background fact in a when-clause, not the content of the complaint, so asserted is accepted."),
 16: ((T,T,T,F,T,T), "A promise to hand power back is accepted as CONCEDE (PLOVER codebook: promise of future concessions; CAMEO2PLOVER would give AGREE for 0341). Target should be the Comorian civilians (COM) named in the sentence as receiving power. The radio address is undated, so the document date is accepted."),
 17: ((T,T,T,T,T,T), "Yanukovych calling for a broad coalition: REQUEST with no addressee named (empty target right), reported as this news with the document date."),
 18: ((T,T,T,F,T,T), "The Council of Europe rapporteur's resignation is RETREAT/resign from the COE side (source COE accepted for its rapporteur), January 2003 right. Target should be empty (or the COE itself): Memorial is from the previous sentence and has nothing to do with the resignation."),
 19: ((T,T,T,T,T,T), "Moscow formally ending its counter-terrorism operation in Chechnya is RETREAT (de-escalation) by Russia, April 2009. No opposing party is named in the sentence, so the empty target is right."),
 20: ((T,T,T,T,T,T), "Deputies accusing 'him' (Shevardnadze) of weakness: ACCUSE GEO deputies -> Shevardnadze, undated, so the document date is right."),
 21: ((T,T,T,T,T,T), "Venezuela, Ecuador and Bolivia denouncing the Colombia-U.S. bases deal: ACCUSE/disapprove. The U.S. is a right target ('it' is the U.S.-Colombian agreement; Colombia would also be right). Present perfect, undated: the document date is fine."),
 22: ((T,T,T,T,T,T), "Israel asking Ankara to curb Hamas: REQUEST ISR -> Turkish government. 'In the past' gives no date, so the unknown date is right."),
 23: ((T,F,T,T,T,T), "'Deepened ties' with Turkey with no material exchange named is diplomatic cooperation: SUPPORT (PLOVER: improve or expand diplomatic cooperation), not COOPERATE (material). Source, target and ongoing document date right."),
 24: ((T,T,T,F,T,T), "Chavez breaking off ties is SANCTION, 2008 right. Target should be Colombia (COL): the ties broken were with Colombia, named in the sentence ('Colombian forces')."),
 25: ((T,T,T,T,T,T), "Jordan's spokesman condemning the bombing: ACCUSE/disapprove. The perpetrators are unknown, so the empty target is right. The condemnation is undated, so the document date is right."),
 26: ((F,F,F,F,F,F), "Spurious: 'would seek a government committed to...' is Tadic's plan to form a coalition, not a request to any party; the target 'Serbia government' does not yet exist."),
 27: ((T,T,T,T,T,T), "WTO approving Vietnam's membership: SUPPORT (approve) WTO -> VNM, Tuesday 2006-11-07 as the text gives."),
 28: ((T,T,T,T,T,T), "Maskhadov's representatives dismissing the Kremlin-backed referendum as illegitimate: REJECT is accepted, source the separatists' representatives (RUS), target Russia. Undated: the document date is fine."),
 29: ((T,T,T,T,T,T), "Armenian officials complaining that the CSTO ignored their appeals: ACCUSE ARM officials -> CSTO. A long-running complaint takes the document date."),
 30: ((T,T,T,T,T,T), "Kostunica insisting Serbia should not move closer to the EU: accepted as REQUEST (demand on policy) with target Serbia. The act is background and the sentence gives no date, so the unknown date is accepted."),
 31: ((T,T,T,F,T,T), "Mass protest at home against the government's beef-import deal (chanting against President Lee): by the crowd-protest rule the target should be the South Korean state or government (KOR), not the United States. Date Tuesday 2008-06-10 right."),
 32: ((T,T,T,T,F,T), "Israel-Syria peace talks are CONSULT, but the text dates them: date should be 2000-01 (held in Shepherdstown 'in January'), not the document date."),
 33: ((T,T,T,F,T,T), "The deputies' hunger strike is PROTEST (mode should be hunger, not strike), last month = 1995-04 right. The protest is aimed at the authorities' referendum, so by the crowd-protest rule the target should be the Belarusian state or government (BLR), not empty."),
 34: ((T,T,T,T,F,T), "Courts sentencing dissidents is SANCTION/convict CUB courts -> dissidents. Date should be 2003-04-07: the text reports the sentences as handed down by Monday, so the Tuesday document date is after the act."),
 35: ((T,T,T,F,T,T), "Ardzinba insisting on independence is a REQUEST (demand for change in status). Target should be the Georgian government (Tbilisi, GEO), named in the same sentence as the other side of the status talks. Ongoing stance: the document date is fine."),
 36: ((T,T,T,T,F,T), "Guterres' pledge is AGREE, no addressee, PRT accepted (not yet in UN office). Date should be 2016-10-13: he spoke to delegates after Thursday's vote."),
 37: ((T,T,T,T,F,T), "Duhalde blaming the economic model is ACCUSE (decry a policy) with no party target. Date should be 2002-01-01: the inaugural speech was at Tuesday's joint session."),
 38: ((T,T,T,T,T,T), "Trump calling on Pakistan to stop sheltering militants: REQUEST USA -> PAK, August 2017 as the text gives."),
 39: ((T,T,T,T,T,T), "People killed on Monday in Guinea: ASSAULT with no perpetrator in the sentence, victims GIN, 2007-02-12 right."),
 40: ((T,T,F,T,T,T), "Attacks on Israeli soldiers (real, ongoing attacks the story reports) are ASSAULT. Source should be the Hezbollah guerrillas (LBN), named in the same sentence as 'the guerrillas'. Target Israeli soldiers, ongoing document date and asserted modality right."),
 41: ((T,T,T,T,T,T), "Hovannisian calling on Sargsyan to concede: REQUEST ARM -> Sargsyan, Tuesday 2013-02-19 right."),
 42: ((T,F,T,T,T,T), "Telling Israel's envoy to leave is expelling a diplomat: SANCTION (expel), not REQUEST. Source Turkey, target the Israeli envoy and May 2018 are right."),
 43: ((T,F,T,T,T,T), "The EU saying it would invite the two leaders for talks is an invitation or offer to host talks: AGREE (PLOVER: invite, express willingness to meet), not a REQUEST for a meeting. Source EU, targets Serbia and Kosovo, future modality and no date are right."),
 44: ((T,F,F,T,T,T), "'it' is Kosovo (the territory), so source should be Kosovo (XKX), not the United Nations. A declaration of independence is not a request: the closest type is REJECT (defying Serbia's authority, CAMEO 128). February 2008 right; Serbia is not named, so the empty target is right."),
 45: ((T,T,T,T,T,T), "Uganda accusing Rwanda of spying and kidnapping: ACCUSE UGA -> RWA, an ongoing accusation taking the document date."),
 46: ((T,T,T,T,T,T), "Yemeni government accusing al-Houthi: ACCUSE YEM government -> al-Houthi (YEM). The government's line as reported Friday, so the date is accepted."),
 47: ((T,T,T,T,F,T), "Sweden asking Caracas for an explanation is REQUEST SWE -> VEN. But it is background to the row, before Tuesday's freeze, and undated, so the document date is wrong: it should have no date."),
 48: ((T,T,T,T,T,T), "The opposition accusing ruling-party supporters of attacking demonstrators: ACCUSE EGY opposition -> NDP supporters, reported Thursday 2005-05-26."),
 49: ((T,T,T,T,T,T), "The White House urging Turkey to keep the operation short: REQUEST USA -> TUR, undated, so the document date is right."),
 50: ((T,T,T,T,T,T), "North Korea holding talks with the United States (ongoing since 1998): CONSULT PRK -> USA, ongoing, so the document date is right."),
}
fields = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-a.jsonl', 'w') as out:
    for it in items:
        vals, reason = V[it['n']]
        if not vals[0]:
            vals = (F,) * 6
        v = dict(zip(fields, vals)); v['all'] = all(vals)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: 0 for f in fields + ['all']}
for it in items:
    vals, _ = V[it['n']]
    if not vals[0]: vals = (F,) * 6
    for f, b in zip(fields, vals): counts[f] += b
    counts['all'] += all(vals)
print(counts)
