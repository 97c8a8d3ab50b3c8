# write events-d.jsonl: each item unchanged + verdict + reasons (judge d, round 113)
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'SPURIOUS'), reasons
V = {
 1: ([], "Senators (KEN) rejected the lawyer's request on Thursday 2024-10-17, the day of the hearing; the requester is not in the sentence, so the empty target is right."),
 2: (['date'], "ASSAULT on eight people in Egypt is right; date should be 2012-12 ('this month' in a 23 December story), not 2012-11-22, which is the date of Mursi's decree in the previous sentence."),
 3: (['source', 'target', 'date'], "Horn's acceptance of the result (AGREE; CONCEDE would also fit) is an event, but the source should be Gyula Horn / the Socialists (HUN), not the voters; the target should be the voters (HUN) or empty, not East German refugees from the previous sentence; date should be 1998-05-24, late on Sunday, when he conceded."),
 4: ([], "Puna welcomed the summit: SUPPORT, and an empty code is right for the Pacific Islands Forum's secretary-general. 'The summit' is not a party, so the empty target is right. The act is undated news, so the document date is right."),
 5: (['target', 'date'], "Signing an agreement is SUPPORT with the EU as a right party, but the other signatory is 'it' = Tunisia, so the target should be Tunisia (TUN). The signing is a background act the text does not date, so it should have no date, not the document date."),
 6: ([], "Court sentenced Bhutto and Zardari on Thursday 1999-04-15; all fields right."),
 7: ([], "Interior minister (GEO) resigned on Thursday 2012-09-20; all fields right."),
 8: (['source', 'target'], "The leaders who welcomed the pledges are the African leaders at the summit, not USA: the source should be 'several leaders' with no single country code. The welcomed pledges are Washington's, and the sentence names Washington, so the target should be the United States (USA)."),
 9: (['source'], "The protesters marched through Khartoum, so the source should be protesters in Sudan (SDN), not GBR. Their aim is the teacher's execution, not the authorities, so the empty target is right by the crowd-protest rule."),
 10: ([], "Belgrade (SRB) accused Pristina (XKX); undated news act, document date right."),
 11: (['source'], "The deploring is by the U.N. High Commissioner for Refugees (UN body, no country code), not China; 'the move' names no party so the empty target is right."),
 12: ([], "Tuesday's bombings (2003-09-09) claimed by Hamas; victims not named as a party, empty target right."),
 13: (['target'], "REQUEST by Ian Blair (GBR) is right, but the sentence names whom he appealed to: target should be Londoners (GBR)."),
 14: (['type', 'target'], "Leaving a forum is SANCTION (withdraw from an organization), not RETREAT. The target should be the '17+1' forum that the sentence names (China-led), not empty."),
 15: ([], "Prosecutor (TUR) charged 86 people on Monday 2008-07-14; all fields right."),
 16: ([], "Street protests led by Hasina's party (Awami League, BGD) in early 1996; the sentence names no aim, so the empty target is acceptable. Khaleda Zia's government (BGD) would also be right. The year 1996 is at the text's precision."),
 17: (['target'], "The separatists' boycott is PROTEST boycott, but the talks they boycotted are the national dialogue that Yemen launched, and the sentence names Yemen. The target should be Yemen's government (YEM)."),
 18: ('SPURIOUS', "Spurious: 'encourage' means embolden here and is inside a fear ('could encourage separatists'). There is no request and no act between the parties."),
 19: (['target', 'date'], "Killings in the Urumqi protests: the target should be nearly 200 people in China (CHN), not KHM. The date should be 2009-07, the 'July protests', not the document date."),
 20: ([], "China's foreign ministry rejected the criticism; 'the criticism' names no party (the US is in the previous sentence), so empty target is right under the rule; undated news act."),
 21: (['source', 'target'], "Zhirinovsky leads Russia's Liberal Democrats, so the source should be RUS, not GBR. The threat of a Duma walk-out over the arrest is aimed at the Russian authorities / the State Duma (RUS), not 'United Kingdom party's deputies'."),
 22: (['date'], "The Biden-Xi virtual summit was held 'weeks' before the December announcement. 2021-W49 is the week of the Summit for Democracy, so it is wrong. The text gives no date, so there should be no date (at most 2021, some weeks before)."),
 23: (['date'], "ACCUSE by Orban (HUN) against the programme is right with an empty target, but 'has criticised' is a background act of unstated time. It should have no date, not the document date."),
 24: ([], "Government spokesmen (ETH) rejected the charges; the accusers are named only in earlier sentences, so the empty target is right; undated news act."),
 25: ([], "Protests in other Georgian cities, document date. The sentence names neither the protesters nor an aim, so the empty source and target are right under the rule (protesters and the state, GEO, would also be right)."),
 26: (['source'], "SUPPORT by victims' relatives is right, but the text does not give their nationality (Lockerbie is only the crash site). The source should be the relatives with no country code, not GBR."),
 27: ([], "Mattarella (ITA) is expected to ask Renzi (ITA) to stay on: a future REQUEST with no date; right."),
 28: (['date', 'modality'], "Ukraine's pledge to give up its HEU is a CONCEDE (promise of a concession), and a pledge is asserted when made, so the modality should be asserted. The date should be the day of the announcement at the summit (2010-04-13 or the document date), not 2012, which is the deadline."),
 29: ([], "Washington restored ties with Tripoli in 2006: SUPPORT, USA->LBY, 2006; right."),
 30: ([], "Xi (CHN) held talks with Starmer (GBR) at the summit; undated news act, document date right."),
 31: ([], "Government officials (MRT) rejected the opposition's charges; the accusers are named only in earlier sentences, so the empty target is right; undated news act."),
 32: ([], "Washington praised the Knesset vote. The sentence names no party besides the US ('the vote'), so the empty target is right, and the document date is right for undated news."),
 33: ([], "Latifur Rahman (BGD) pledged a free vote: AGREE, asserted; undated, document date right."),
 34: ([], "Dozens (KEN) killed during the June protests: ASSAULT, 2024-06; right."),
 35: (['type'], "Abbas calling off the elections is an act, but it is a restriction on political rights (COERCE), not SANCTION withdraw (CAMEO 164, halting negotiations). Source Abbas, target the Palestinian polity (PSE) and the date 2021-04 are acceptable."),
 36: ([], "Negated REQUEST: U.S. officials said they were not asking African countries to choose sides; all fields right."),
 37: ([], "Putin (RUS) and Erdogan (TUR) held talks at the summit; mutual CONSULT, document date; right."),
 38: ([], "A court (BGD) sentenced 15 former officers in 1998; right."),
 39: ([], "Abdul Rahman (AFG) beaten to death in February 2002. The attackers are only blamed (by Karzai), so the empty source is acceptable."),
 40: (['date'], "De la Rua's campaign promise is AGREE, but it was made during the campaign, before the election, not on the document date. The text gives no date, so there should be no date."),
 41: (['date'], "The military (FJI) imposing martial law is COERCE, and Fiji is acceptable as the target, but 2000-05-19 is the date Speight seized parliament. The text does not date the martial law (some time between 19 May and 13 July 2000), so there should be no date."),
 42: (['source'], "The accuser is Mutharika's main rival, John Tembo (MWI), not Bingu wa Mutharika. The target (ruling party, MWI) is right."),
 43: ('SPURIOUS', "Spurious as ACCUSE: 'charge them sanctions' means impose sanctions, not a legal charge. The sentence holds a THREATEN by Trump (USA) against Iraq (IRQ), asserted, 2020-01-05 (Sunday)."),
 44: ([], "Marginal: a negated CONCEDE ('has not given up its right') from Djukanovic's statement on signing day 2002-03-14, with no target in the sentence. It is acceptable with the negated modality, though many coders would not code it."),
 45: ([], "Arrest of the 32-year-old Norwegian (NOR). The text gives no date for the arrest, so the document date is acceptable (the context implies Friday 2011-07-22)."),
 46: ([], "Trump (USA) had asked Pompeo (USA) at a time the text does not give: REQUEST with no date, which is right."),
 47: (['target'], "MOBILIZE by the Maldives government on Saturday 2003-09-20 is right, but the National Security Service is the force deployed, not the party acted upon. The target should be empty (or the people of Male)."),
 48: ([], "Benomar (UN) urged all (Yemeni) groups to take part; undated news act, document date right."),
 49: ([], "China (CHN) downgrading relations with Lithuania (LTU), said on Sunday 2021-11-21; right."),
 50: ([], "Guards and prison officials (GEO) arrested, reported by prosecutors; arrester unnamed, document date right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it)
        o['verdict'] = v
        o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
