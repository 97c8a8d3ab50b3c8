"""Write events-a.jsonl: each sampled item with the judge's verdict and reasons added.

VERDICTS maps item number -> (fields judged false, reasons). Fields not listed are true;
an event judged not to be an event is false in every field.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

VERDICTS = {
    1: ([], "Arrest of rioters by police (not named in the sentence, empty source right); document date for the act reported as news."),
    2: (["type", "target"], "Tajikistan deploying peacekeepers to the region is a troop deployment (MOBILIZE), not AID to a recipient; the U.N. peacekeepers are the deployed force, not the target (no recipient: empty, or its troops)."),
    3: ([], "Crackdown by the Hungarian administration; by the rule the sentence names only 'protests', so an empty target passes, though I would code the anti-government protesters as target."),
    4: ([], "Agreed ceasefire to take effect Sept 4 (future), mutual US/DRC. A strict PLOVER coder might code a ceasefire not yet implemented as CONCEDE; RETREAT with future modality accepted."),
    5: ([], "Signing an agreement is SUPPORT in PLOVER; counterpart not named in the sentence, empty target right."),
    6: ([], "Drone attack injuring an Indian policeman, date given Jan. 11, 2013; attacker unidentified."),
    7: (["target"], "Mahlab condemns the former regime (which should carry EGY); Hosni Mubarak is the deposed president, the object of the condemned act, not the party condemned."),
    8: ([], "Peace plan agreed by four states in February (2023), mutual AGREE, reported by Aquino."),
    9: ([], "Malian Air Force shot down a French Mirage; France as target for the French military plane accepted; confirmed today, document date."),
    10: (["date"], "The helicopters were shot down during the week of fighting before the day preceding Wednesday's violence; 2023-06-14 is the date of the later violence, not of the shoot-downs (about the week before, no exact day)."),
    11: ([], "Cyprus says it is ready to provide military training with Israel: willingness to cooperate, AGREE."),
    12: (["event"], "Rajoy 'sought more information on the possible attackers' is fact-finding with no party addressed, not a REQUEST; the sentence's act is the suspension of airstrikes on the rebels, which this does not code."),
    13: ([], "JI militants killed earlier this month (2023-06) in the operation; empty source passes by the rule, though I would code the army conducting the operation (named in the sentence as speaker) as source."),
    14: (["source"], "The Trump administration is the US government (USA), coded with JOR."),
    15: ([], "Opposition MP accuses Berdymukhamedov; right parties and codes."),
    16: (["source"], "The Government of the Principality of Oran is a party distinct from the Government of Sudan it made an agreement with; the text gives it no country, SDN is not supported."),
    17: ([], "FBI official refers to the arrests of the indicted defendants (today's news); empty arguments pass by the rule, though I would code the defendants as target."),
    18: ([], "Court order to the governor, 'last February' = 2023-02."),
    19: ([], "Police officers and a civilian killed Wednesday (2023-06-14); killers not named in the sentence."),
    20: (["target"], "'shooting at them' refers to the helicopters (the government's aircraft), not to rebel fighters."),
    21: (["type", "target"], "'We offer our full support' is a verbal offer of support (SUPPORT/AGREE), not material AID; 'the government' is the government of Cyprus, so an empty target is wrong."),
    22: ([], "March in Valletta protesting the plan (an authorities' act), Malta's government a right target per the crowd-protest rule; Sunday as in the lead."),
    23: (["type", "modality"], "Being granted a special status is a concession (CONCEDE), not material COOPERATE; 'expects to be granted' is an expectation, hypothetical rather than future."),
    24: (["type", "source", "modality"], "'Prepared to launch further attacks ... should there be no agreement' is a conditional threat: THREATEN (or, as ASSAULT, hypothetical, not asserted); Khem, a Khmer Rouge adviser, should carry KHM."),
    25: ([], "ICRC call for a halt to violence; no addressee named, empty target right."),
    26: (["modality"], "Under the announced agreement German forces 'would assist' Liechtenstein: a planned act, future rather than hypothetical."),
    27: (["source", "modality"], "The suspects' country is not given (RUS is a guess: empty is right); the abduction is what authorities 'believe', a claim, so reported, not asserted."),
    28: (["event"], "'journalists can be arrested and detained any time, anywhere' is a general remark, no arrest act."),
    29: (["source", "target", "date"], "The ministry of labour is Cuban (CUB), not empty; 'them' (Cubacom) is the party investigated; the contact preceded the August (2022) announcement, not the document date."),
    30: (["target"], "The rejected mediation offer came from Germany, Britain and the US (or empty), not the Philippines, Llanque's own country."),
    31: (["type", "source", "target", "date", "modality"], "'are alleged to have fired on civilians' is a passive allegation with no accuser: the act to code is ASSAULT by the US/NATO/Israeli forces on Syrian civilians, reported, on 2012-03-14; ACCUSE with forces and civilians as targets and the document date is wrong."),
    32: ([], "State of emergency declared July 9 (2022, last July before the document date)."),
    33: (["source", "date"], "The supreme court in Lisbon is named in the sentence as the sentencing body; 1974 is the coup year, the sentencing is the Thursday sentencing (document date)."),
    34: (["source"], "'her party' is De Lima's party in the (Guam) election in the story, coded as an invented 'Philippines party' with PHL from the real-world senator; I would rather code the denial than a negated REQUEST, but accept the type."),
    35: (["target", "date", "modality"], "The U.S. invasion is a threat San Marino prepares for: hypothetical with no date, not asserted on the document date; San Marino ('itself') is the target."),
    36: ([], "Luxembourg agrees to lend diplomatic clout: AGREE, no counterpart named."),
    37: ([], "Expulsion last year (2022); the ambassador's country is not in the cut sentence, RUS inferred from the Russia context, accepted."),
    38: (["source", "date"], "Charged in U.S. federal court: the US (court/prosecutors) is the source, named in the sentence; the charge is background to the 2006 raid case, an earlier act of unknown time, not the document date."),
    39: ([], "Planned visit to Beijing and Pyongyang in December 2023, future."),
    40: (["type", "source"], "'their occupation of the consulate' is the protesters' occupation (PROTEST), not a COERCE seizure by Russian officials; a re-mention inside Russia's conditional acceptance, which is the sentence's act."),
    41: (["source"], "The attacks are the protesters', not Papua New Guinea's (the government only announced them)."),
    42: ([], "Oregon Militia's decision today to lay down weapons: RETREAT disarm, document date."),
    43: (["source", "target"], "The source is the group of about 1,000 protesters (IDN), not 'Surabaya'; the protest is aimed at Jakarta governor Basuki's remarks, so the governor/state, not 'Kebbi', is the target."),
    44: (["date"], "The text dates the fighting Saturday (2023-06-10), not the document date."),
    45: (["source"], "The demand is the Norwegian BDS Movement's, not Norway's (the state)."),
    46: (["target"], "'accused it' refers to the Free Syrian Army group; an empty target is wrong."),
    47: (["target", "date"], "Salazar, named in the sentence, is the accused (target empty); the accusation is background from before his indictment and trials, not the document date."),
    48: ([], "Opposition demanding an arrest in recent days; no addressee named."),
    49: (["date"], "The meeting is reported as this news (Trump's speech on Thursday followed it): the document date, not unknown. Target Tuilaepa (WSM, his real-world country) accepted though the story may mean Niue."),
    50: (["target"], "Mutual cooperation between British and Chamorro (Guam) officials: the Chamorro officials are the other party, merged into one GBR group with an empty target."),
    51: (["source", "target", "date"], "The two leaders are the US and South Korean presidents, not PRK; North Korea is what they confront, not the counterpart (the other leader); the signing was at last week's Seoul summit, not of unknown time."),
    52: (["type", "target"], "Ordering a meeting with lawyers is convening a consultation (CONSULT with the lawyers), not a REQUEST to anyone."),
    53: (["type", "target"], "Granting an arms deal to a domestic company is not military AID (at most economic COOPERATE); the recipient is the company, not General Gatot himself."),
    54: (["date"], "'More than 200 ... have been killed during the latest round of fighting' is a total over a span: no date by the round-20 rule."),
    55: (["target"], "Victor Ponta, Romania's prime minister, is coded with no country (ROU)."),
    56: (["date"], "These shootings are part of the May 11, 2012 attack of the previous sentence, not today's; target lists only one of the three victims, accepted."),
    57: (["source", "target", "date"], "Source is a garbled span 'Wilson shot Brown' rather than Officer Wilson; Brown, named, is the target (empty); the shooting was on Tuesday (previous sentence), not the document date."),
    58: (["target", "date"], "Gnassingbe's allies were killed, not Gnassingbe; the coup is dated 2011 in the sentence."),
    59: (["event"], "'during and after their deployments' is background about veterans' service, a topic noun, not a MOBILIZE act (and not Afghanistan's)."),
    60: (["event"], "'live free from military and paramilitary attacks' names no attack; the sentence's act is the NPA's promise of security."),
}


def main():
    items = [json.loads(l) for l in open("events-a-items.jsonl")]
    assert len(items) == 60 and set(VERDICTS) == {it["n"] for it in items}
    with open("events-a.jsonl", "w") as out:
        for it in items:
            false, reasons = VERDICTS[it["n"]]
            assert set(false) <= set(FIELDS)
            v = {f: ("event" not in false and f not in false) for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            it["verdict"] = v
            it["reasons"] = reasons
            out.write(json.dumps(it, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
