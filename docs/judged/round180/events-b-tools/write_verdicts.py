"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, and check them."""
import json

F = ('event', 'type', 'source', 'target', 'date', 'modality')
# n -> (set of wrong fields, reasons); 'SPURIOUS' marks a non-event
V = {
 1: ({'target'}, "Niger's threat (THREATEN, vow to hunt down) is right, but the sentence names its target, \"those responsible\": target should be the attackers (unidentified gunmen, no country code), not empty."),
 2: (set(), "Police firing tear gas at the crowds is ASSAULT crowd-control, HTI both sides; Friday 2019-09-27 per the dateline."),
 3: (set(), "Suicide bombing in Lahore on Easter Sunday 2016-03-27; target 'children' is part of the 70 civilians killed and carries the right PAK/civilian code, so accepted; the bomber's country is not given."),
 4: (set(), "Zelenskiy ordering a full investigation is ACCUSE investigate with no accused party; document date 2023-01-18 is the day of the crash and the order."),
 5: (set(), "CPJ ('It') calling on the Ethiopian authorities to release the detainees is REQUEST; CPJ's seat is not given so an empty code is right; reported as this news on 2014-04-27."),
 6: ({'target'}, "ACCUSE (formal complaint) by Argentina is right, but the sentence names the accused: target should be Britain (GBR), not empty."),
 7: ({'date'}, "Arrest by Ethiopian police is COERCE arrest with the right parties, but the text dates the detentions Friday ('They were detained on Friday'): date should be 2014-04-25, not the Sunday of the rights groups' statement."),
 8: (set(), "Two people killed in the Masaya assault: ASSAULT, no agent in the sentence so empty source is right, victims NIC; Tuesday 2018-07-17."),
 9: ({'source'}, "Montenegro's call on the opposition is REQUEST, but the source is Portuguese Prime Minister Luis Montenegro (PRT), not the country Montenegro (MNE)."),
 10: ({'target'}, "Nicholson's condemnation is ACCUSE with the right source (US general), but the sentence names the attackers: target should be the Taliban (AFG), not empty."),
 11: (set(), "Demonstrators attacking police stations is ASSAULT (HTI -> HTI police); same Friday of protests, 2019-09-27."),
 12: (set(), "Kenyan troops arriving in Goma is MOBILIZE troops; Goma is a place, not a party, so empty target is right; 'this month' = 2022-11."),
 13: (set(), "Tokyo's formal protest is ACCUSE by Japan; the sentence names no party as its target ('the launch' is an act), so empty is right by CONVENTIONS (a PLOVER coder would give North Korea, PRK); document date right."),
 14: ({'target'}, "China's warning of damage to military ties is THREATEN (relations), but the sentence names the party warned: target should be the United States (USA; the U.S. ambassador / Obama administration), not empty."),
 15: (set(), "Zahawi urging Johnson to go is REQUEST GBR -> GBR, Thursday morning 2022-07-07."),
 16: ('SPURIOUS', "Business leaders warning that the spat could hurt exports is a prediction of harm, not a threat or any PLOVER act by them against anyone: spurious (and GOV would be the wrong sector)."),
 17: (set(), "Mali's foreign minister asking the UN Security Council to withdraw MINUSMA is REQUEST MLI -> UN; 'last week' = 2023-W24 (request was 16 June)."),
 18: (set(), "The president will hold talks with party leaders: CONSULT, future, PRT -> PRT parties; undated future act left without a date is right."),
 19: ({'modality'}, "The government's constitutionally required resignation is RETREAT resign with the right party, but 'must resign within a week' is a future act (like 'is to step down'), not hypothetical: modality should be future."),
 20: (set(), "Maduro and the opposition held talks late Thursday: CONSULT, mutual, VEN; 2014-04-10."),
 21: (set(), "Health ministry toll of Palestinians killed since Saturday: ASSAULT with no agent named in the sentence; a summed total since an earlier time takes no date."),
 22: (set(), "Unions have called a national strike for later this month: PROTEST strike, future, BEL unions; 2011-12 is the month the text gives."),
 23: (set(), "SADC pressing Lesotho to reform is REQUEST (IGO -> LSO); a continuing pressure campaign ('has pressed') takes the document date."),
 24: (set(), "The GNA condemning the attack is ACCUSE by the Libyan unity government; the attackers (Haftar's forces) are not named in this sentence, so empty target is right by CONVENTIONS; document date right."),
 25: ({'target', 'date'}, "The EC's budget demand is REQUEST, but it is made of the 'new cabinet' named in the sentence: target should be Belgium's government (BEL); 'has demanded' is a background demand of an earlier, undated time, so it should have no date, not 2011-12-06."),
 26: ({'source', 'target'}, "Criticism of the security forces is ACCUSE, but the critic is KDP leader Masoud Barzani (IRQ), not the Kurdish protesters, and the target is Iraq's security forces (IRQ), not Turkmenistan's (TKM)."),
 27: (set(), "Baku rejecting Armenia's account is REJECT by Azerbaijan; 'that account' is a statement, not a party, so empty target is right by CONVENTIONS (a coder would give Armenia); undated, document date 2012-06-05."),
 28: (set(), "US sanctions on Maduro: SANCTION USA -> Maduro (VEN); 'this week' = 2017-W31 (the sanctions came on 31 July)."),
 29: ({'target'}, "Killings since Mursi's ouster are ASSAULT with no agent and no date (a span), but the victims are Mursi supporters (EGY), not Mohamed Mursi himself."),
 30: (set(), "Salam ordering the army to arrest those responsible is REQUEST LBN -> LBN army; the paragraph's events are Friday ('later in the day'), 2025-03-28 accepted."),
 31: (set(), "The two leaders signing a joint declaration is SUPPORT (sign/finalize), mutual USA/MEX; Wednesday 2020-07-08."),
 32: (set(), "Aoun condemning the Israeli strike is ACCUSE LBN -> Israel; Israel is clearly the party acted upon; no date in the text, document date right."),
 33: (set(), "Four former presidents under investigation or charged: ACCUSE allege, no agent named, PER; a standing state takes the document date."),
 34: ({'date'}, "Russia saying it would not support new UNSC sanctions is a negated SUPPORT (or REJECT) by RUS, but the refusal is stated as this news: date should be the document date 2011-11-09, not none."),
 35: (set(), "Venezuela releasing political prisoners is the act in the condition of Brazil's statement: RETREAT release, hypothetical, VEN -> VEN prisoners, no date; right."),
 36: (set(), "Diplomats welcoming the dialogue is SUPPORT; unnamed diplomats have no country; 'the dialogue' is not a party, so empty target is right; the report's day 2019-10-04 (dateline Oct 4)."),
 37: (set(), "Critics saying Buhari's government uses security forces to silence agitators is ACCUSE -> Nigerian government (NGA); an ongoing charge, document date."),
 38: ({'target'}, "The opposition's accusation is ACCUSE with no date (background) correctly, but 'him' is Prime Minister Luis Montenegro (PRT), not Andre Ventura."),
 39: (set(), "Declaring a state of emergency in Bangkok is COERCE (emergency) by the Thai government; 'last month' = 2014-01."),
 40: ({'source'}, "Reaching a deal to open bailout talks is AGREE with Greece, but the euro zone leaders are not Greek: source code should be empty or the EU/euro zone (EUR), not GRC."),
 41: ({'target'}, "Pashinyan dismissing the protests is REJECT (accepted; ACCUSE would also fit), but the sentence names the party: target should be his opponents / the protesters (ARM), not empty."),
 42: (set(), "Dahmani being prosecuted under Decree 54 is ACCUSE allege, no prosecutor named, TUN; ongoing prosecution takes the document date."),
 43: ({'source'}, "The release of prisoners is RETREAT release with the right target and weekend (2020-W40), but the source cannot be the prisoners themselves: it should be Mali's transitional authorities (MLI), or empty since the clause names no agent."),
 44: (set(), "Kubis urging all Libyan sides to ensure a smooth handover is REQUEST UN -> LBY sides; no date in text, document date right."),
 45: (set(), "Executives of Swedish companies urging the government to keep the deal is REQUEST SWE business -> Swedish government; 'last week' = 2015-W10."),
 46: (set(), "Trump praising Lopez Obrador is SUPPORT USA -> MEX on 2020-07-08 (reported_by naming Lopez Obrador is wrong but not a scored field)."),
 47: (set(), "Cameron accusing Buenos Aires of colonialism is ACCUSE GBR -> Argentine government; 'last month' = 2012-01."),
 48: ({'date'}, "The missile test is MOBILIZE weapons by North Korea, but the text dates the launch Wednesday: date should be 2019-10-02, not Thursday's announcement (2019-10-03)."),
 49: ({'target'}, "The meeting is CONSULT, mutual, on 2014-02-11; Anastasiades (CYP) is right but Turkish Cypriot leader Eroglu is a Cypriot, not an official of Turkey: his code should be CYP (Turkish Cypriot), not TUR."),
 50: (set(), "The BBC correspondent's detention is COERCE arrest; no agent named in the sentence; no date in the text, so the document date is right."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and [x['n'] for x in items] == list(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for x in items:
        wrong, reason = V[x['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        y = dict(x)
        y['verdict'] = v
        y['reasons'] = reason
        out.write(json.dumps(y, ensure_ascii=False) + '\n')

P = [
 {"doc": "h67-x263-23",
  "coder_events": ["ASSAULT: suicide bomber (no code) -> Chinese engineers (CHN), car bomb rammed into their vehicle killing five Chinese and their Pakistani driver, 2024-03-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead; the suicide car bombing is missed ('police said' is attribution only)."},
 {"doc": "h67-x263-15",
  "coder_events": ["CONSULT: national dialogue delegates / Cameroon government (CMR) -> (multilateral, CMR), five-day national dialogue closed with a recommendation of special status, 2019-10-04",
                   "REJECT: separatist leaders (CMR) -> Cameroon government / the dialogue (CMR), dismissed the talks as a sham, 2019-10-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both acts missed. 'Called by Biya' is background to the dialogue. The separatists' dismissal could also be coded ACCUSE (disparage); either way dateline has nothing here."},
 {"doc": "h67-x261-13",
  "coder_events": ["COERCE: Central Election Commission (RUS) -> Alexei Navalny (RUS), barred from running in the presidential election, 2017-12-25",
                   "ACCUSE: Navalny and his supporters (RUS) -> Russian authorities (RUS), say the conviction was fabricated to keep him off the ballot, 2017-12-25 (standing claim)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The ban (e1) is right in all fields. The fabrication claim in the relative clause is missed; a coder could leave it out as background, which would make recall 1/1."},
 {"doc": "h67-x263-11",
  "coder_events": ["ASSAULT: suicide bomber (no code) -> civilians in a Lahore park (PAK), at least 70 killed, 2016-03-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 found (item 3). The Taliban faction's claim that the attack aimed at Christians is a statement with no PLOVER type."},
 {"doc": "h67-x261-12",
  "coder_events": ["ACCUSE: Germany (DEU) -> Turkey (TUR; its ambassador), summoned the ambassador in protest, 2017-07-19",
                   "COERCE: Istanbul court (TUR) -> German activist Peter Steudtner, Amnesty Turkey director Idil Eser and four others, ordered held in jail pending trial on terrorism charges, 2017-07-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The summons is found (e1, ACCUSE). The court's detention order is missed; its date is late Tuesday per the next paragraph. Gabriel breaking off his holiday is no event."},
 {"doc": "h67-x264-05",
  "coder_events": ["COERCE: Kevin Rudd / Australian government (AUS) -> boat asylum seekers (no code), announced they will never be settled in Australia and will be sent to Papua New Guinea, 2013-07-19 (announced policy, future act)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The policy announcement is missed. A coder could also code it THREATEN (deport), or as the AGREE/COOPERATE deal with PNG, but that deal is signed only in the next paragraph."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
rows = [json.loads(l) for l in open('events-b.jsonl')]
assert len(rows) == 50
for x, y in zip(items, rows):
    assert (x['n'], x['doc'], x['trigger']) == (y['n'], y['doc'], y['trigger'])
    v = y['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: y[k] for k in x} == x
paras_in = [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
pv = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert [p['doc'] for p in pv] == paras_in and len(pv) == 6
counts = {f: sum(r['verdict'][f] for r in rows) for f in F + ('all',)}
print('right of 50:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
for f in F:
    print(f, 'wrong:', [r['n'] for r in rows if not r['verdict'][f]])
