"""Write events-a.jsonl from the judge's verdicts below (fields wrong listed per item; 'SPURIOUS' = not an event)."""
import json
T = True
# n: (list of wrong fields or 'SPURIOUS', reasons)
V = {
 1: (['target', 'date'], "ACCUSE by Belgrade (SRB) is right, but the target should be Kosovo (XKX): 'that arrest' is the Kosovo police's arrest and the same sentence names Kurti as the one accused; the date should be the document date 2023-06-15 (the reaction to the June 13 arrest), not May 2023, which is the month of the Zvecan attack."),
 2: (['target'], "REQUEST by Portugal's foreign minister is right, but 'the soldiers' are the mutinous Guinea-Bissau soldiers, so the target's country should be GNB, not empty (rule: country right when the text makes it plain)."),
 3: ([], "Abe and Howard signing the joint declaration is SUPPORT (sign agreement), mutual JPN/AUS, on Tuesday 2007-03-13; a separate sentence from e1, so not a duplicate by the rule."),
 4: ([], "Tunisia's repeated requests to Riyadh to hand Ben Ali over: REQUEST TUN -> SAU government; a series summed over months with no date, so no date is right."),
 5: ([], "Rodriguez resigning as OAS secretary-general on Friday 2004-10-08: RETREAT resign, source CRI, OAS as target acceptable."),
 6: (['type'], "The 'attack' is a crowd of ruling-party supporters forcing their way into the Supreme Court shouting slogans, with no serious injuries: a trained coder codes it PROTEST (riot), not ASSAULT; source (ruling party, PAK), target (the court, PAK), date 1997-11-28 and asserted are right."),
 7: ([], "Moscow sending troops into Chechnya in December 1994: MOBILIZE troops RUS -> Chechnya (RUS), date 1994-12 from 'last December' is right."),
 8: (['source'], "The soldiers' complaint about barracks conditions is ACCUSE (complain), but the source should be the mutinous Guinea-Bissau soldiers (GNB/MIL) that 'They' refers to, not Liberia; no target in the sentence, so empty is right."),
 9: (['target'], "Lukashenko freeing jailed opponents is RETREAT release, date 2008 right, but the opponents are Belarusian political prisoners, so the target's country should be BLR, not empty."),
 10: (['type', 'target'], "Xi beginning his trip in Ahmedabad is a visit: type should be CONSULT (visit), not AGREE, and the target should be India/Modi (IND), who is named in the sentence as host; source and Wednesday 2014-09-17 are right."),
 11: (['date'], "Britain backing a Palestinian state (SUPPORT GBR -> PSE) is right, but the date should be 2001-10-31, the Wednesday news conference where Blair said it, not 2001-09-11 (the date of the attacks mentioned)."),
 12: ([], "The four parties agreeing only to meet again is AGREE, mutual, on Wednesday 1997-12-10; all listed parties are right, though North Korea is left out of both lists."),
 13: (['target'], "Gordhan dismissing the intelligence report as nonsense can be coded ACCUSE (disapprove), but the target should be empty (the report's unnamed authors); South Africa is neither named nor referred to."),
 14: (['date'], "Biden lifting restrictions on Kyiv's use of the missiles: RETREAT (easing restrictions) USA -> UKR is acceptable, but the date should be the weekend of 2024-11-16/17 when U.S. officials announced it, not empty."),
 15: (['source'], "A hypothetical detention of Rodriguez (COERCE arrest, hypothetical, no date) is right, but the source should be Costa Rica's chief prosecutor/justice authorities (CRI), named in the sentence as the one who would question and detain him (THREATEN arrest would also be a fair type)."),
 16: ([], "Netanyahu congratulating Trump: SUPPORT ISR -> USA on 2017-10-13 (the story's dateline day) is right."),
 17: (['target'], "Rosales conceding defeat on Sunday 2006-12-03 is CONCEDE, but the target should be Hugo Chavez (VEN), the winner named in the same sentence."),
 18: ('SPURIOUS', "The inmates were freed by the attackers breaking the prison open, not released by their captors: no RETREAT; the act is the assault on the prison already coded from this sentence (e2)."),
 19: ([], "Olmert saying he will convene his cabinet in the coming days: CONSULT, future, no date; right."),
 20: ([], "Ethiopia's parliament expected to ratify the upstream treaty this week: SUPPORT (ratify), future, 2013-W24; right."),
 21: (['date', 'modality'], "Netanyahu's conditional acceptance of a Palestinian state is AGREE ISR -> PSE, but by the rules an offer whose condition states its terms was made: modality should be asserted and the date 2009-06-14, the Sunday of the speech."),
 22: ([], "EU leaders agreeing to unblock the budget on Thursday 2020-12-10: AGREE by the EU leaders, no separate target; right."),
 23: (['target'], "Clinton praising Azerbaijan's opening of its energy sector is SUPPORT on 1997-08-01, but the target should be Azerbaijan (AZE): 'the former Soviet republic' is Azerbaijan, not the Soviet Union."),
 24: ('SPURIOUS', "A standing provision of the 1979 treaty limiting Egyptian troops in Sinai is background, not an act of coercion; the act in the sentence is Israel's agreement to temporary reinforcements (AGREE), not coded."),
 25: ([], "Ongoing talks in Qatar between Kinshasa and M23: CONSULT COD government -> M23 (COD), document date 2025-10-01 for an ongoing act; right."),
 26: ([], "The Philippines saying it does not recognise Sansha's jurisdiction: SUPPORT (recognition) negated, PHL -> Sansha (CHN), document date; acceptable by the rules (a REJECT asserted would also be right), separate from the protest (e2)."),
 27: ('SPURIOUS', "'one of the most senior politicians ... to be convicted' restates the conviction already coded from this sentence (e1): a duplicate, and the target 'United States most senior politicians' is wrong anyway."),
 28: ([], "Chinese Foreign Ministry spokesman praising Nauru's decision: SUPPORT CHN -> NRU, document date; right."),
 29: ([], "Myanmar court sentencing Suu Kyi on Monday 2021-12-06: SANCTION convict MMR court -> Suu Kyi (MMR); right."),
 30: (['source', 'target', 'date'], "'It' is the Security Council resolution, so the source should be the UN Security Council (IGO), not Kosovo; the Albanian guerrillas are Kosovo's ethnic Albanian rebels (KLA, Kosovo/Yugoslavia), not Albania (ALB); the date should be 1998-09-23, the Wednesday the resolution was adopted."),
 31: (['date'], "The U.S. promise of 20,000 visas a year to Cuba is AGREE USA -> CUB, but the text dates it to the migration accord signed last September: the date should be 1994-09."),
 32: ([], "Houthi officials dismissing the accord as an arrangement between occupiers and their agents: ACCUSE YEM rebels -> Yemen government (a party to the accord), 2019-11-05; right."),
 33: ([], "Havana welcoming the accord: SUPPORT by the Cuban government, document date; no party named, empty target right."),
 34: ([], "Russia repeatedly saying it would not accept NATO-country forces in Ukraine: AGREE negated (or REJECT) RUS -> NATO, repeated statements with no date; right."),
 35: (['date'], "'her arrest' is the arrest of Tymoshenko (COERCE, no arresting party in this sentence, so empty source right), but the text dates the arrest to Tuesday: the date should be 2001-02-13, not empty."),
 36: ('SPURIOUS', "Silajdzic telling his own supporters he would seek 'a Bosnia of citizens' is a campaign aim, not a request or demand addressed to any party; a trained coder codes no PLOVER event here."),
 37: ([], "Yeltsin calling the bombing a provocation: ACCUSE by Yeltsin, perpetrators unnamed so empty target right, document date 1995-10-07; right."),
 38: (['source', 'date'], "The demand is REQUEST -> Taiwan, but the source should be China's Taiwan Affairs Office (CHN), not TWN; the demand is background reaction to the Feb. 14 collision, before Sunday's coast-guard statement, so the document date is wrong: no date (an earlier, undated act) is right."),
 39: ([], "Army chief Karamat meeting Sharif and Leghari this week: CONSULT PAK -> PAK, 1997-W48; right."),
 40: ([], "A senior Israeli official welcoming Annan's decision: SUPPORT ISR -> Annan (UN), document date; right."),
 41: ([], "Negotiations between the Nigerian administration and Boko Haram: CONSULT NGA government -> Boko Haram (NGA), reported as this news with the document date; right."),
 42: ([], "U.S. authorities detaining Garcia Luna 'less than a year' earlier: COERCE arrest USA -> Garcia Luna (MEX); no date in the text, so unknown is right."),
 43: (['target', 'date'], "The Arab League's REQUEST is right, but 'both sides' are Sudan's army and the RSF (SDN), not the United States and Saudi Arabia, and the date should be Friday 2023-05-19, given in the sentence, not the document date."),
 44: (['source', 'target'], "Riot police using water cannon and tear gas is ASSAULT (crowd-control) on 1998-03-11, but the source should be the Chilean riot police (CHL), not United States, and the target the demonstrators (CHL), not the Chilean Congress."),
 45: ([], "Nauru agreeing in 2001 to host asylum seekers for Australian aid: AGREE NRU -> AUS, 2001; right."),
 46: ([], "Thaksin dismissing concerns about scrutiny: REJECT by Thaksin, critics not named in the sentence so empty target right, document date; right."),
 47: (['date'], "Castro telling his coast guard to stop blocking departures is REQUEST (order) CUB -> CUB coast guard, but it happened last summer (1994): the date should be 1994 (summer), not the document date."),
 48: ('SPURIOUS', "An agentless passive blaming the crisis on borrowing, tax cuts, tourism and a fertiliser ban: no political actor accuses anyone, so no event."),
 49: ([], "Many Tunisians welcoming the verdict: SUPPORT by Tunisians (TUN), no party named, document date; right."),
 50: ([], "Gordhan urging South Africans to stand up and speak out: REQUEST ZAF -> South Africans (ZAF), document date of his farewell news conference; right."),
}
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-a.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
counts = {k: 0 for k in FIELDS + ['all']}
for l in open('events-a.jsonl'):
    v = json.loads(l)['verdict']
    for k in counts: counts[k] += v[k]
print(counts)
