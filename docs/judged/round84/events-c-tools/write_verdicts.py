# Writes events-c.jsonl from the judge's verdict table below (fields: event,type,source,target,date,modality).
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
T, F = True, False
V = {
 1: ((T,T,T,T,T,T), "ACCUSE by Moreno (ECU) against Correa (ECU), reported as this news on the document date; right (the sentence also names Maduro (VEN) as a second target, which is missing but Correa is a right party)."),
 2: ((T,T,T,T,T,T), "AGREE between Kishida (JPN) and Biden (USA), a mutual act; the text gives no day for it but places it within the state visit that the Thursday summit capped, so 2024-04-11 is a defensible reading (the document date would also pass)."),
 3: ((T,T,T,T,T,T), "Rwanda (RWA) accuses Kinshasa (DRC government, COD): ACCUSE, present-tense news on the document date; all right."),
 4: ((T,T,T,T,T,T), "A nuclear test is MOBILIZE (test weapons systems) by North Korea (PRK), no target, on Friday 2016-09-09; all right."),
 5: ((T,T,T,F,T,T), "Not ratifying the deal is a negated SUPPORT (ratify) by the Russian parliament (RUS). The target is wrong: 'officials in Moscow' are not the other party; the deal is with Moldova, which the sentence does not name, so the target should be empty."),
 6: ((T,T,F,F,T,T), "SUPPORT (congratulated) is right, but the source has no country: Kostunica is the Yugoslav president (YUG/SRB). The target should be 'the alliance', the DOS coalition (SRB), which the sentence names by description, not empty."),
 7: ((T,T,F,T,F,T), "'It' is the EU-commissioned inquiry's report (Tagliavini team, EU/no country), not Russia, so the source is wrong. The target South Ossetian militias (GEO) is right. The date should be 2009-09-30, the Wednesday on which the text says the report was made public, not the document date."),
 8: ((T,T,T,T,T,T), "A future AGREE between the two governments (Japan, USA), mutual, with no date ('within days'); reported by diplomats in Tokyo; all right."),
 9: ((T,T,T,T,F,T), "An offer of a joint investigation is AGREE by Israel (ISR) with no target named in the sentence (the Palestinians are in the next sentence). The date should be 2022-05-11: the offer was made on the day of the killing, reported as this news, not an undated act."),
 10: ((T,T,F,F,T,T), "Summoning envoys for a reprimand is ACCUSE (complain officially), but the source is the Israeli foreign ministry (ISR), not a country-less ministry. The target should be the envoys of Spain, Ireland and Norway (ESP/IRL/NOR), not Israel."),
 11: ((T,T,T,T,T,T), "The ruling party and opposition groups (GEO) signed an agreement on Monday 2021-04-19: a mutual SUPPORT (sign agreement); all right."),
 12: ((T,T,T,T,F,T), "ACCUSE by Saakashvili against Poroshenko (UKR) is right. The date should be 2017-09-10: the remark was made on his arrival at the border on Sunday, which the story dates, not the Monday document date."),
 13: ((F,F,F,F,F,F), "Spurious: 'could encourage others to follow' is an analysts' guess about a possible effect of South Africa's departure, not a request by South Africa to anyone."),
 14: ((T,T,T,T,F,T), "The AU summit (the video conference of the three leaders chaired by the AU chairman) is a multilateral CONSULT, and the AU as source with no target is acceptable. The date should be 2020-07-21: the summit was held hours before Tuesday's announcement, not on the document date."),
 15: ((T,T,T,T,F,T), "SUPPORT by Kibaki (KEN) toward Yusuf (SOM) is right. The date should be 2004-10-10: the congratulation was given at the Sunday vote ('waited a long time for this day'), not on the Monday document date."),
 16: ((T,T,F,T,T,T), "REQUEST by Hariri to Nasrallah (LBN) is right, but the source has no country: Saad al-Hariri is the Lebanese majority leader (LBN). The date 2008-05-08 (Thursday, the day of Nasrallah's speech he was answering) is a defensible reading; the text does not date the call itself."),
 17: ((T,T,T,T,F,T), "THREATEN by Rwanda (RWA) against the UN is right. The date should be 2010-08: the text says the warning was conveyed in a letter 'this month'; the document date is a day the text does not give the threat."),
 18: ((T,T,T,T,T,T), "The arrest of a Lebanese businessman (LBN) by Morocco (MAR) in March 2017 is COERCE arrest, asserted with attribution to Moroccan officials; all right."),
 19: ((T,T,T,T,T,T), "REQUEST by the South Korean foreign ministry (KOR) to Japan (JPN), reported as this news on the document date; all right."),
 20: ((T,T,F,T,T,T), "Ridiculing the police account is ACCUSE disapprove, but the sentence names who ridiculed it, Regeni's family and people in Italy (ITA), so an empty source is wrong. 'That account' is not a party, so an empty target passes by the rule (the Egyptian police would be better); the time is unknown."),
 21: ((F,F,F,F,F,F), "Spurious: 'the protests come three weeks before an election' is a topic reference to the protests of the first sentence, with no act of its own (and week 2002-W44 is not a date the text gives)."),
 22: ((T,T,T,T,T,F), "SUPPORT by the UN to the Nigerian government is what the spokesman claims, so the modality should be reported, not asserted: the act is inside Boko Haram's claim. The source, target and date (ongoing support, document date) are right."),
 23: ((T,T,T,T,T,T), "Khan (PAK) welcomed the Indian Sikh pilgrims (IND) at the ceremony on Saturday 2019-11-09: SUPPORT; all right."),
 24: ((T,T,T,T,T,T), "Mugabe (ZWE) defending the occupations is SUPPORT (defend verbally). 'The occupations' is not a party, so no target. It is a stance he still holds, so it takes the document date; all right."),
 25: ((T,T,T,F,F,T), "Signing contracts is SUPPORT (sign agreement) by Aliyev (AZE), but the target should be the Western companies named in the sentence, not empty. It is a background series of acts of earlier years, so it should have no date, not the document date."),
 26: ((T,T,T,F,T,T), "ASSAULT by gunmen (no country given) on 2015-12-11 is right, but the target should be the Burundian military (BDI) whose three sites were attacked, not empty."),
 27: ((T,T,T,T,T,T), "The state visit of Jiang (the 'Chinese head of state', CHN) to Japan (JPN) is a CONSULT visit, ongoing on the document date; all right."),
 28: ((T,T,F,F,T,T), "SUPPORT (hailed) is right, but the source should be Hugo Chavez (VEN), not Canada. The thing hailed is the launch of the bloc, so the target should be empty or CELAC, not 'Leaders' coded VEN."),
 29: ((F,F,F,F,F,F), "Spurious duplicate: 'were shot on a beach' is the same firing-squad execution already coded from the first sentence (e1, ASSAULT execute)."),
 30: ((T,T,T,T,T,T), "ACCUSE by Panamanian opposition lawmakers (PAN) against Mulino (PAN), reported as this news; all right."),
 31: ((T,T,T,T,F,T), "A future CONSULT of Iran with the US, Russia and France is right. The date should be 2009-10-19: the text says the talks were due a day after Sunday's bombing."),
 32: ((T,T,T,T,T,T), "A killing total of 11 people (LBN) 'since Wednesday' is ASSAULT with no source in the sentence; a span has no date by the rule; all right."),
 33: ((T,T,F,F,T,T), "The sentence's act is ACCUSE (blamed) by Ugandan and Rwandan officials (UGA/RWA) against the Interahamwe (RWA). Dateline reverses the roles: the source should be the officials and the target the Interahamwe, not the other way round. The date (this news, Wednesday = document date) is right."),
 34: ((F,F,F,F,F,F), "Spurious: 'not giving up hope that it could hold' is Merkel's statement of hope, not a concession (trigger word used in another sense)."),
 35: ((T,T,T,T,T,T), "Human rights groups condemned the pardon: ACCUSE. 'The pardon' is not a party, so there is no target, and the act is reported as this news; all right."),
 36: ((T,T,T,T,T,T), "Future CONSULT between Chen Yunlin (CHN) and Ma (TWN) on Thursday 2008-11-06; all right."),
 37: ((T,T,F,T,T,T), "The killing of civilians (SSD) in April 2014, reported by the UN, is ASSAULT. The source should be the rebels (SSD), whom the same sentence names as seizing Bentiu when the killings happened, not empty."),
 38: ((T,T,T,T,T,T), "PKK militants (TUR) killed 24 soldiers (TUR) in October 2011: ASSAULT; all right."),
 39: ((T,F,T,T,T,T), "Promising to end the ethnic war is AGREE (express willingness to end a conflict), not CONCEDE. The source Kumaratunga (LKA), the empty target and the year 1994 are right."),
 40: ((T,T,T,F,T,T), "ACCUSE by Republicans (USA) is right, but the target is the Clinton administration (USA), not a PRK government."),
 41: ((F,F,F,F,F,F), "Spurious: the Israeli government approving its own housing plan is a domestic administrative decision, not an act of support toward another actor. It is borderline, since a coder could take it as SUPPORT 'approve policy' with no target."),
 42: ((T,T,T,F,T,T), "A mutual AGREE on Saturday 2006-09-16 is right, but Manmohan Singh (IND) is dropped: with Musharraf as source, the other party Singh should be the target (or both should be actors), not an empty target."),
 43: ((T,T,T,F,T,T), "REQUEST by Saied (TUN) on Tuesday 2023-02-21 is right, but the call was made to the National Security Council (TUN), which the sentence names as his audience, so the target should be the NSC, not empty."),
 44: ((T,F,T,F,T,T), "An aide's vow that Israel 'will continue to hit' is a THREATEN (threaten military force) by Israel, not an ASSAULT, and the target is the terrorist organisations (Hamas etc., PSE), not 'Israel leaders'. The date and modality are right for the future act as recorded (as a THREATEN it would be asserted, 2004-04-18)."),
 45: ((T,T,T,T,F,T), "Chavez (VEN) urging Americans (USA) to read Chomsky's book is a light REQUEST but acceptable. The date should be 2006-09-20, the Wednesday of the speech, not the Thursday document date."),
 46: ((T,T,F,T,T,T), "ACCUSE (condemned) is right, but the source Almagro speaks as OAS secretary-general (an IGO, or Uruguayan by nationality), not USA. 'The dismissals' is not a party, so no target; the document date is right."),
 47: ((T,T,T,T,T,T), "Panama (PAN) leaving China's Belt and Road is SANCTION withdraw toward China. The notice is not dated (it was announced on Thursday), so the document date passes by the rule; all right."),
 48: ((T,T,T,T,T,T), "The invitation of Saakashvili (GEO) to Ukraine by Poroshenko (UKR) in 2015 is AGREE (invite); all right."),
 49: ((T,T,T,T,T,T), "Rebels (COD) taking Rutshuru on Tuesday 2008-10-28 is ASSAULT (seizing ground). The Congolese state is an acceptable target for the town taken; all right."),
 50: ((T,T,T,F,F,T), "ASSAULT by Turkey (TUR) is right, but the target should be the PKK (TUR), named in the sentence ('against PKK bases'), not empty. It is ongoing ('has for years carried out'), so by the rule it takes the document date 2025-05-12, not an unknown date."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50
with open('events-c.jsonl', 'w') as f:
    for it in items:
        (e, t, s, g, d, m), why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        it = dict(it)
        it['verdict'] = {'event': e, 'type': t, 'source': s, 'target': g, 'date': d, 'modality': m, 'all': all((e, t, s, g, d, m))}
        it['reasons'] = why
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
tot = {k: 0 for k in ('event', 'type', 'source', 'target', 'date', 'modality', 'all')}
for l in open('events-c.jsonl'):
    v = json.loads(l)['verdict']
    for k in tot: tot[k] += v[k]
print(tot)
