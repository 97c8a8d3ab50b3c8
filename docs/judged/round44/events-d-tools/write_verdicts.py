"""Write events-d.jsonl: judge d's verdicts on the 60 sampled events (round 44).

Each verdict lists the fields judged false; everything else is true.
A spurious event (event false) is false in every field.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, '..', 'events-d-items.jsonl')
OUT = os.path.join(HERE, '..', 'events-d.jsonl')
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']

# n -> (false fields, reasons)
V = {
 1: (['target'], "Zhan Qixiong is the Chinese trawler captain: target country CHN, not JPN. Empty source is right by the rule (passive, no agent named); I would code Japan."),
 2: ([], "Support rally for the junta: PROTEST with empty target is right by the conventions' support-rally rule; 'this month' -> 2022-01 right."),
 3: ([], "North Korea's pledge in the joint declaration signed that day; no recipient named in the sentence, empty target right."),
 4: (['target', 'date'], "The permission is given to the organisers, who are named in the sentence, so an empty target is wrong. The permission is news of the story's day (2015-02-28). 2015-02-22 is a Sunday a week before."),
 5: ([], "Summit ended late on Monday = 2001-07-16; mutual CONSULT right."),
 6: ([], "Resignation handed in Wednesday 2015-09-02 (the day is right; 'T00:00' for 'shortly before midnight' is an odd time stamp). I accept the empty target for a resignation, though Congress receives it."),
 7: ([], "Call for international mediation, no recipient named; undated news act takes the document date."),
 8: (['event'], "Duplicate of e1 ('assassinated') from the same sentence: one killing. It also makes the victim Djindjic the source."),
 9: ([], "Duque's call on the Cuban government to hand over the rebels, Friday 2019-01-18."),
 10: (['target'], "The armed party is 'the Hutu-dominated army and militias', named in the sentence: an empty target is wrong. AID reported inside Rwanda's accusation and the undated span are right."),
 11: (['target'], "The sentence names the recipients ('their citizens'), so an empty target is wrong. AID for evacuating nationals is marginal, but I accept it as emergency aid."),
 12: (['type'], "Pulling out of an election run-off is a boycott (PROTEST boycott, or REJECT). RETREAT withdraw is for forces or territory."),
 13: (['target'], "He appealed 'to Catalans': the sentence names the target (Catalans, ESP), so an empty target is wrong."),
 14: (['source'], "'He' is Sistani (the previous sentence's subject), not Abdul Mahdi."),
 15: ([], "Armenian objection to Turkey's planned statement; ACCUSE disapprove (or REJECT) is acceptable, and the signing day is the document date."),
 16: ([], "France urging its own citizens in Burkina Faso; Saturday = document date."),
 17: (['target'], "The military 'supported the new president' (Habibie), not Suharto; Suharto is the object of the separate protection promise."),
 18: (['date'], "'2008' comes from Ma's 'since taking office in 2008' in another sentence. Wang's call is news of 2014-03-19."),
 19: (['type', 'date'], "Anti-government protesters taking over an airport is a PROTEST (obstruct/occupation); ASSAULT for seizures is kept for armed forces. The story says they stormed it on Tuesday night (2008-11-25), not on the Wednesday of the document date."),
 20: (['target'], "Indian officials rejected Sattar's account: Sattar/Pakistan is named in the sentence and is the target, so an empty target is wrong (also reported_by Sattar is given IND)."),
 21: ([], "ECOWAS condemnation; 'the coup' is an act, not a party, so an empty target is right by the rule (I would code the Burkinabe officers)."),
 22: (['target'], "The threat is aimed at Uganda. The African Union is only the force Uganda should leave and is a wrong extra target."),
 23: ([], "Denied act coded negated, with the government as source. Acceptable."),
 24: (['target'], "Kim blamed 'some elements of a special agency', named in the sentence (North Korean agents), so an empty target is wrong."),
 25: (['target'], "The target repeats the sources (mediators, Poland). The talks were held 'with the two sides' (the Yushchenko and Yanukovich camps, UKR)."),
 26: (['target'], "Putin is not a target of the shooting; only Nemtsov is. Putin appears only in Nemtsov's description."),
 27: (['date'], "The visits took place 'during the crisis', the week before the story (8-14 June). A background act of an earlier day is given the document date (Saturday 2019-06-15)."),
 28: (['event'], "The driver was killed by his own car bomb; no assault on him is reported (the bombing is coded elsewhere)."),
 29: (['type'], "Soldiers barring the speaker from parliament is COERCE restrict (restricting movement/cordoning), not SANCTION (a reduction in relations)."),
 30: (['event'], "'Welcome' here means greeting released prisoners home, not political SUPPORT. The trigger is in another sense."),
 31: (['type', 'date', 'modality'], "The act is Ma's warning to Norway: THREATEN, asserted, Friday 2010-10-08. Dateline coded the predicted damage as a hypothetical undated SANCTION. Source and target are right."),
 32: (['type', 'date'], "Nuclear tests are MOBILIZE (test weapons systems), not ASSAULT. Pakistan announced the tests on Thursday 1998-05-28, so the document date (Friday) is wrong."),
 33: (['event'], "The sentence describes the powers the state of emergency gives (already coded from the lead), not an act. 'movement' is no party."),
 34: (['target', 'date'], "Jang, named in the sentence, is the one executed, so an empty target is wrong. The story gives the execution as Thursday 2013-12-12, not the document date. Not a same-sentence duplicate, so the event stands."),
 35: ([], "State of emergency declared by the king on Tuesday 2005-02-01."),
 36: ([], "A commitment under the accord to disarm: CONCEDE is acceptable (I would add RETREAT disarm for the process 'already begun'). Accord day = document date."),
 37: ([], "Cuban condemnation of the attack; the ELN is not named in the sentence, so an empty target is right."),
 38: ([], "'Will not be prosecuted' as negated legal action against the Wagner fighters is acceptable (I would code a CONCEDE promise by the Kremlin). An undated future act with no date is right."),
 39: (['target'], "The hostages are rescued. Japan (from 'a Japanese' hostage) is a wrong extra target."),
 40: ([], "Riot against a police station and the governor's residence aims at the authorities, so Oman as target is right by the crowd-protest rule. Sunday = 2011-02-27."),
 41: (['source'], "The Workers' Party is the party blamed, not one of those who welcomed the arrest."),
 42: (['type'], "Warning against a resignation because of a 'dangerous vacuum' is not a coercive threat: a REQUEST (urging Hariri not to resign) or disapproval. 'Last week' -> 2019-W43 is right."),
 43: (['type', 'target'], "Kidnapping of the missionaries is ASSAULT abduct, not COERCE seize. The target is the missionary group (16 Americans, one Canadian), not the African Union."),
 44: ([], "Condition of the threat, coded as a hypothetical Ugandan withdrawal from the AU force with no date. Acceptable (a coder might leave it inside the THREATEN)."),
 45: (['target'], "The officials blamed 'counter-revolutionary groups and agitators', not the security forces; the security forces are the party they deny is responsible."),
 46: (['source'], "The text does not make the rights groups Ethiopian: the country should be empty, not ETH. The target (the government) and the date are right."),
 47: (['target'], "The army took control of 'the country': Pakistan/Sharif's government is the party acted upon and is named in the sentence, so an empty target is wrong. ASSAULT for taking control follows the conventions."),
 48: (['target', 'date'], "'Between the two countries' refers to Japan, so an empty target is wrong. 'Also' ties the halt to China's Sunday announcement (2010-09-19), not Monday's document date."),
 49: ([], "PKK warning of reprisals; no target in its clause, so empty is right."),
 50: (['target', 'date'], "The order to divert went to the airliner (Musharraf's plane), not to the military officials who report it. The story places it on Tuesday 1999-10-12, not the document date."),
 51: ([], "Shots fired at Djindjic, reported by the government. This re-mentions the assassination in another sentence, so it is not a duplicate by the rule; empty arguments are right."),
 52: ([], "Tripoli's ceasefire declaration 'the day before' Saturday -> 2011-03-18; CONCEDE for a declared ceasefire."),
 53: (['target'], "'A competent authority' is the hoped-for investigator, not the party the call is addressed to. The target should be empty (or Iran)."),
 54: ([], "Zarif urging the international community, Friday."),
 55: (['date'], "Haftar's 14-month offensive on Tripoli is a background act (April 2019 to June 2020) and is wrongly given the document date."),
 56: (['date'], "Victims shot over five days of protests: a total summed over a span takes no date, not the document date."),
 57: (['source'], "The text does not make the rights groups Sri Lankan: the country should be empty, not LKA. The undated background accusation is right."),
 58: (['event'], "Assad arriving in Moscow as an exile is not a CONSULT visit. The asylum is coded separately as AID (e2); the trigger is in another sense."),
 59: ([], "Minister's warning on Sunday 2013-06-16; 'anyone trying to enter the square' is no specific party, so an empty target is right."),
 60: (['target'], "Ocalan is given no country, but the text makes plain he is a Turkish Kurd flown 'home' to Turkey (TUR). SANCTION expel (or COERCE deport) and 'last October' -> 1998-10 are right."),
}

n_out = 0
with open(ITEMS) as f, open(OUT, 'w') as g:
    for line in f:
        it = json.loads(line)
        bad, reason = V[it['n']]
        if 'event' in bad:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in bad) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        it['verdict'] = v
        it['reasons'] = reason
        g.write(json.dumps(it, ensure_ascii=False) + '\n')
        n_out += 1
assert n_out == 60 and len(V) == 60
print('wrote', n_out)
