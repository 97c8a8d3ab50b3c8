"""Write events-b.jsonl from the hand verdicts below (judge b, round 64)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'SPURIOUS'), reasons
V = {
1: (['target'], "Negated SANCTION by Tokyo is a fair coding of 'would not impose economic sanctions' (negated, no date for a future non-act), but the sanctions would fall on Pyongyang, named in the sentence: target should be North Korea (PRK)."),
2: ('SPURIOUS', "A pledge to the public to 'take aim at crime, corruption and unemployment' is a domestic policy promise with no counterpart, not a commitment to cooperate with an actor (not AGREE); besides, 'He' is Thabo Mbeki, not Nelson Mandela."),
3: ([], "Israel freed Samir Kuntar in the swap on Wednesday (2008-07-16): RETREAT release, Israel -> Kuntar (LBN), asserted; all right."),
4: ([], "Medvedev welcomed the U.S. decision: SUPPORT, RUS, document date, asserted. 'the decision' names an act, not a party, so an empty target is right by the rules (a coder would prefer the United States as recipient)."),
5: ([], "Wade conceded defeat to Sall late on Sunday 2012-03-25: CONCEDE (CAMEO 080 yield), SEN -> SEN, asserted; all right."),
6: ([], "Moscow officials complained that Latvia and Estonia had not signed the adapted CFE treaty: ACCUSE RUS -> LVA/EST; a standing complaint ('have complained') taken at the document date; asserted."),
7: ('SPURIOUS', "A parliament convening for its sitting is not a CONSULT between actors; the act in the sentence is the Court of Appeal's ruling overturning the head of state's proclamation, which this event does not code."),
8: (['source'], "The 1995 Srebrenica massacre is a codable background ASSAULT dated 1995, but Srebrenica is the place, not the perpetrator: source should be empty (or Karadzic / the Bosnian Serb forces); empty target is right (no victims named)."),
9: ('SPURIOUS', "Salame 'warned of a new dark phase without action' is a prediction of danger, not a threat by him (trigger in another sense); nothing here is THREATEN."),
10: ([], "Opposition parties criticised the move: ACCUSE, Pakistani opposition (PAK), document date, asserted. 'the move' names an act, so an empty target is right by the rules (a coder would prefer Musharraf)."),
11: ('SPURIOUS', "Montesinos having 'helped to design' a prison is not aid between political actors; no AID event."),
12: (['type'], "Hundreds of Israelis gathered outside a mosque throwing stones and chanting against Arabs: a violent crowd action, type should be PROTEST (riot), not ASSAULT beat; source ISR, empty target (aimed at Arabs, not the state) and 2001-06-02 are right."),
13: ([], "Obama welcomed the U.S.-Russian framework: SUPPORT, USA, Saturday 2013-09-14, asserted; 'the framework' is an agreement, not a party, so empty target is right."),
14: (['target', 'date'], "Palestinian police detained the two soldiers: COERCE arrest right, but they were Israeli army reservists, so target should be the soldiers with ISR (not PSE); the act is this news, hours before Thursday's strikes, so date should be 2000-10-12, not none."),
15: ([], "Armed men attacked police stations and government buildings in Nalchik on Thursday morning (2005-10-13): ASSAULT, attackers with no plain country, Russian police target; all right."),
16: ([], "NATO would not station large combat forces in the new members: MOBILIZE negated, NATO, no date for the future non-act; empty target acceptable (the host states are not acted upon)."),
17: ([], "Gaza health ministry said at least 500 were killed at al-Ahli hospital: ASSAULT, no perpetrator named, victims PSE, Tuesday 2023-10-17, asserted with reported_by; not a same-sentence duplicate of the lead's killing."),
18: (['target'], "Washington's plan to station interceptor missiles is a future MOBILIZE by the U.S. with no date, but Poland is only the host site, not the party acted upon: target should be empty (or Russia, at which the plan is said to be aimed)."),
19: ('SPURIOUS', "'its deployments' names existing forces, not an act of mobilising; the acts in the sentence are Moscow stopping information exchanges and refusing inspections (future SANCTION/REJECT), and reported_by is a Russian, not a U.S., official."),
20: ('SPURIOUS', "Le Pen saying her party is 'ready to take power if voters gave it their confidence' is an electoral claim, not an offer to cooperate with another actor; source and target are the same party."),
21: ([], "Singh defended the arrest in parliament: SUPPORT (defend verbally), IND, Tuesday 2011-08-16, asserted; 'the arrest' is an act, so an empty target is right by the rules."),
22: (['source'], "The indictment confirmed against Thaci is ACCUSE -> Thaci (XKX), this news, asserted, but the court is the Kosovo Specialist Chambers, set up under Kosovo law and sitting in The Hague: source should be that court with XKX (or no country), not a Dutch (NLD) court."),
23: ([], "Zuma 'widely criticised in December' for sacking the finance minister: ACCUSE, unnamed critics (empty source), Zuma ZAF, 2015-12, asserted; all right."),
24: (['date'], "Russia's vetoes of three earlier resolutions are REJECT by RUS, but they are a count of earlier acts: date should be none, not the document date 2013-09-14."),
25: ('SPURIOUS', "'Around 60,000 Israelis were evacuated from the north' is a displacement toll of 13 months of fighting with no acting party, not an AID act (and not an act of the document date)."),
26: ([], "AU and Arab League have urged the Security Council to suspend the case: REQUEST AFU/ARL -> UN Security Council; a standing appeal taken at the document date; asserted; all right."),
27: ([], "Pompeo welcomed Sunday's Ghani-Abdullah agreement: SUPPORT, USA, 2020-05-17, asserted; the agreement is not a party, so empty target is right."),
28: ('SPURIOUS', "The ex-monarch's campaign promise to raise living standards and root out corruption is a domestic policy pledge, not AGREE toward an actor; besides, 'He' is Simeon Saxe-Coburg-Gotha, not Ivan Kostov."),
29: ([], "Protests erupted in several Arab and European capitals: PROTEST, no named protesters or aim, 2003-03-20, asserted; all right."),
30: (['source', 'target', 'date'], "A pledge of $750 million reconstruction aid is AGREE, but 'it' is India: source should be India (IND), target Afghanistan (AFG), named in the sentence; the pledge is a cumulative earlier commitment, so date should be none, not 2008-07-07."),
31: ([], "Prosecutors accuse Montesinos of arranging the rifle sale to FARC: ACCUSE allege, PER prosecutors -> Montesinos (PER), current accusation at the document date, asserted; all right."),
32: ('SPURIOUS', "Analysts warning that the fragmented parliament could lead to deadlock is a prediction, not a threat; no THREATEN event."),
33: (['source'], "Up to 150 militants killed as troops pushed into Swat: ASSAULT, militants target, 2009-05-08, asserted with reported_by; but the killers are the troops named in the same sentence: source should be the Pakistani troops (PAK), not empty."),
34: (['date'], "Bashir attending the AU summit in Johannesburg is CONSULT, SDN -> AU, asserted; the attendance is this news, running up to his departure on Monday: date should be the document date 2015-06-15, not none."),
35: (['source'], "Musharraf's 1999 seizure of power in a bloodless coup dated 1999-10 (ASSAULT accepted under the seizure convention, though a bloodless coup fits it loosely), but the one who seized power is Musharraf (PAK), not Chief Justice Irshad Hasan Khan."),
36: ([], "'Vizcarra, who has not been charged' is a negated ACCUSE (charge) against Vizcarra (PER), no charging party, at the document date; acceptable by the negated-modality rule."),
37: ('SPURIOUS', "Soldiers and supporters firing into the air in celebration is not an attack on anyone (trigger in another sense); and Idriss Deby, the late father, is not a party to it."),
38: ([], "India's nuclear tests in May 1998 (days before Pakistan's): MOBILIZE weapons (test), IND, 1998-05, asserted; all right."),
39: ('SPURIOUS', "Bush warning Americans that the campaign could be longer and harder is a caution to his own public, not a threat; no THREATEN event."),
40: (['type', 'target'], "Hezbollah capturing two soldiers in a cross-border raid on 2006-07-12 is an abduction: type should be ASSAULT (abduct), not COERCE seize (confiscation of property); the soldiers are Israeli, so target should be ISR, not LBN."),
41: ([], "Maduro accused the two U.S. military attaches of plotting: ACCUSE VEN -> USA (the attaches as agents of the U.S., same code), Tuesday 2013-03-05, asserted; all right."),
42: ([], "Bolsonaro was stabbed at a rally in September 2018: ASSAULT primitive, no attacker named, target Bolsonaro (BRA), 2018-09, asserted; all right."),
43: (['date'], "More than 1,000 Brotherhood supporters detained (COERCE arrest, no arresting party named, EGY targets, asserted with reported_by) is a total over the run-up to the vote: date should be none (or the pre-election weeks), not the document date 2010-11-29."),
44: (['source', 'target'], "Abadi calling on parties to accept results is REQUEST, document date, asserted, but Abadi is Iraq's prime minister and the parties are Iraqi, plain from the story: source should carry IRQ and target the Iraqi political parties (IRQ), not empty codes."),
45: (['type', 'target', 'date'], "The crowd storming the police station to get at the detained soldiers is a mob attack: type should be ASSAULT, not PROTEST riot; its aim was the soldiers, not the Palestinian state, so target should be empty (or the Israeli soldiers, ISR), not Palestine; the act is this news, so date should be 2000-10-12."),
46: ([], "Emergency rule imposed by Indira Gandhi in 1975: COERCE (state of emergency), IND, 1975, asserted as historical fact; all right."),
47: ([], "ZANU-PF urged Tsvangirai to accept defeat: REQUEST ZWE -> ZWE, Saturday 2013-08-03, asserted; all right."),
48: ('SPURIOUS', "'warning it could derail peace efforts' is the AU/Arab League's reason for the request already coded (e12), a prediction rather than a threat; no separate THREATEN event."),
49: ([], "The bomber struck outside the Dolphinarium shortly before midnight on Friday: ASSAULT, Palestinian bomber (PSE), day 2001-06-01 right (the 'T00:00' tag misreads 'before midnight' but the precision is the day), asserted; a different sentence from the lead, so not a duplicate by the rules."),
50: (['target'], "China firing missiles near Taiwan in March 1996 is MOBILIZE (show of force), CHN, 1996-03, asserted, but the show of force was aimed at 'the island': target should be Taiwan (TWN)."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
