# Writes events-d.jsonl from the judge's verdicts below (fields that are wrong; "SPURIOUS" = no event).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: (['type', 'modality'], "'Is expected to end its air campaign' reports an expected future act, not a declaration by NATO: type should be RETREAT (ending the air campaign; CONCEDE would need NATO to have declared or promised it, which the text does not say) and modality should be future; source NATO, empty target and 2011-10 ('end of the month') are right."),
 2: ([], "Australian police (AUS) began withdrawing from Papua New Guinea on Tuesday 2005-05-17: RETREAT withdraw, all fields right."),
 3: ([], "Arkab reports Algeria's guarantee to meet Spain's gas needs: AGREE (pledge) Algeria (DZA) -> Spain (ESP), reported as this news, so the document date is right; asserted, reported_by Arkab."),
 4: ([], "Trump's second tweet suggested that Washington tell Beijing to keep the drone: the 'tell' act is a hypothetical REQUEST (order) from the US government to China's, undated because it never happened; a coder could also read it as refusing the drone's return, but REQUEST is defensible."),
 5: (['source', 'target', 'date'], "Barghouti's stated opposition to attacks on Israeli civilians is an ACCUSE (disapprove) of the attacks, but source should carry his country PSE (a Palestinian legislator), not none; the civilians are the victims of the attacks he disapproves of, not the target (target should be empty, the attackers are not named); and 'has also said' is a standing position of no stated time, so the date should be empty (unknown), not the document date."),
 6: ([], "Leaders of Croatia's Serb minority (HRV) appealed for calm: REQUEST with no named addressee (empty target right), reported as this news on the document date."),
 7: ([], "French judges (FRA) opened a murder inquiry 'the following month' after July 2012: ACCUSE investigate, date 2012-08 right, no named target."),
 8: ([], "Russian jet struck the U.S. drone on Tuesday 2023-03-14: ASSAULT Russia (RUS) -> United States (USA), asserted, reported by the U.S. military; all right."),
 9: ([], "Human rights groups (no country) urged the U.S. Congress to press Hanoi: REQUEST -> US Congress (USA), reported as this news on the document date; all right."),
 10: ([], "The tribunal (KHM) 'has been criticised' by unnamed critics: ACCUSE with empty source (unnamed party) and the tribunal as target; the criticism is ongoing when the story is told, so the document date is right by the rules."),
 11: ([], "Netanyahu (ISR) thanked Obama (USA) for his support of Israel's security in Tuesday's speech: SUPPORT (praise) on 2015-03-03; all right."),
 12: (['target'], "Israel's accusation that Abu Marzouk funded and organised attacks is ACCUSE allege, background with no date (empty date right); but the target's country should be PSE (a Hamas leader), not JOR (he was only deported to Jordan)."),
 13: ([], "Washington is pressing the UN Security Council for a third round of sanctions: REQUEST USA -> UN Security Council, ongoing, so the document date is right."),
 14: (['target'], "Yeltsin (RUS) agreed at the 10 May 1995 Moscow summit with Clinton to move ahead after Washington's signal: AGREE dated 1995-05-10 is right, but the sentence names the party he agreed with, so the target should be Bill Clinton / the United States (USA), not empty."),
 15: ([], "Samoan opposition leaders (WSM) demanded an independent investigation: REQUEST with no named addressee, reported as this news on 1999-07-17; all right."),
 16: (['target', 'date'], "The Greenpeace spokeswoman's quote restates the commando raid on the ship (ASSAULT by France, acceptable), but the sentence names the party acted on, so the target should be the unarmed people on the boat (the Greenpeace crew), not empty; and the raid took place on Sunday 1995-07-09, not the document date 1995-07-10."),
 17: (['source'], "APHC called for its leaders to be allowed to travel to Pakistan: REQUEST with no named addressee, document date right; but the source should carry IND (the Kashmiri separatist alliance based in Indian-administered Kashmir), not an empty country code."),
 18: ('SPURIOUS', "Spurious: 'Rally' is part of the party name 'Rally of the Togolese People', not a demonstration; the real act in the sentence is the opposition's boycott of the March 1999 elections, which dateline already codes as e3 (PROTEST boycott)."),
 19: ([], "Rajapaksa (LKA) ordered police (LKA) to investigate the killing: REQUEST (order; PLOVER REQUEST covers orders) on the document date 2009-01-08; all right."),
 20: (['date'], "REJECT of the UN mission's findings by the Venezuelan government is right, and the empty target is right by the rules ('those findings' is not a party); but the rejection answered the report of 'last year', so the date should be 2020 (or empty), not the document date 2021-11-04."),
 21: ([], "Offmann (MUS) is to step down before next week's presidential vote: RETREAT resign, future, with no exact date (empty date right); all right."),
 22: (['target', 'date'], "Liberal lawmakers' (CAN) call to go is a REQUEST, but 'him' is Trudeau, so the target should be Justin Trudeau (CAN), not Chrystia Freeland; and 'then' follows 'last month', so the date should be 2024-12, not empty."),
 23: ([], "Suspected Boko Haram militants (NGA) attacked Amadou Ali's (CMR) home town and residence on Sunday 2014-07-27: ASSAULT, reported by the government; all right."),
 24: (['target'], "Yatom's (ISR) resignation is RETREAT resign with no recipient: the target should be empty (Khaled Meshaal was the target of the botched operation, not of the resignation); an empty date for 'only days after' is acceptable."),
 25: ([], "Pelosi (USA) calling the speech an insult is ACCUSE disapprove on 2015-03-03; by the rules the empty target is right ('the speech' is not a party; I would code Netanyahu); reported_by should be Pelosi, not Obama (not a scored field)."),
 26: ([], "Background act with its own date: Turkey (TUR) shot down a Russian (RUS) warplane in November 2015; ASSAULT aerial 2015-11 right."),
 27: ([], "The US (USA), the EU and Reporters Without Borders (Paris-based) condemned the attack: ACCUSE on the document date; the attackers are unnamed, so the empty target is right."),
 28: (['target'], "US (USA) deported Abu Marzouk on Monday 1997-05-05: COERCE deport right, but the target's country should be PSE (Hamas leader), not JOR (the country he was sent to); the extra target 'Palestine' is not the deported party."),
 29: ([], "Putin (RUS) later held talks with Khamenei (IRN) on the summit day 2007-10-16: CONSULT; all right."),
 30: (['target'], "Egyptian authorities (EGY) freed Ayman Nour on Wednesday 2009-02-18: RETREAT release is right, but the target should be Ayman Nour (EGY), who is named in the sentence, not empty."),
 31: ([], "The White House (USA) welcomed Egypt's decision: SUPPORT on 2009-02-18; the empty target is right by the rules ('the decision' is not a party)."),
 32: ([], "The Sri Lankan government spokesman (LKA) rejected suggestions of official involvement: REJECT (denial), no named target, document date; all right."),
 33: (['type'], "Putin's warning 'against any use of force' carries no threatened consequence and names no party: it is a call for restraint / disapproval of force (ACCUSE disapprove or REQUEST), not THREATEN; source, empty target, date 2007-10-16 and modality are right."),
 34: ([], "Jordan (JOR) agreed, after consultations with Washington, to take Abu Marzouk: AGREE -> USA, part of the news of the deportation, so the document date is acceptable; all right."),
 35: ([], "Human rights groups criticised Prabowo's appointment: ACCUSE on the document date; the empty target is right by the rules ('the appointment' is not a party; a coder could name Widodo)."),
 36: ([], "Doumbouya (GIN) seized power in a coup 'a year ago' (2021): ASSAULT for a military seizure of power is acceptable, the ousted government is not named in the sentence, and date 2021 is right."),
 37: ([], "James Baker resigned as UN envoy 'last year' (2004): RETREAT resign, target the UN (the body he left) acceptable, source USA right; all right."),
 38: ([], "U.S. officials (USA) welcomed the UAE's announcement: SUPPORT on 2008-07-06; the empty target is right by the rules ('the announcement' is not a party)."),
 39: ([], "Washington and Hanoi restored diplomatic ties in 1995: SUPPORT (resume diplomatic cooperation), mutual USA/VNM, date 1995; all right."),
 40: ([], "PNG politicians complained that Canberra treated PNG like a colony: ACCUSE PNG politicians (PNG) -> Australian government (AUS), present-perfect reaction to the ruling reported as this news, document date right."),
 41: ([], "The African Union condemned Saied (TUN) in February 2023: ACCUSE disapprove, date 2023-02; all right."),
 42: (['type', 'date'], "A UN preventive force patrolling Macedonia's frontier is peacekeeping provided to Macedonia: type should be AID (CAMEO 074, military protection or peacekeeping), not MOBILIZE; the patrols are still going on ('has patrolled since 1993', mission to continue), so the date should be the document date 1996-04-08, not empty."),
 43: ([], "The White House (USA) welcomed Russia's closure decision: SUPPORT on 2001-10-17; the empty target is right by the rules ('the move' is not a party)."),
 44: ([], "The U.S. embassy (USA) and EU delegation called for an investigation: REQUEST, no named addressee, on Wednesday 2017-05-31; all right."),
 45: (['target', 'date'], "Nepal police detaining Tibetans is COERCE arrest, reported by rights groups; but the target should be the 'several Tibetans' named in the sentence, not empty; and the detentions came 'ahead of the visit' (Xi arrived Saturday 12 October), so the date should be 2019-10 (before 12 October), not the document date 2019-10-13."),
 46: ([], "Brussels (EU) suspended talks with Serbia (SRB) last month: SANCTION, date 2006-05; all right."),
 47: ([], "Saudi foreign minister (SAU) visited Damascus (new Syrian government, SYR) last month: CONSULT visit, date 2025-01; all right."),
 48: ([], "Freeland (CAN) quit the cabinet last month: RETREAT resign, target the cabinet acceptable, date 2024-12; all right."),
 49: ([], "The ICC opened a preliminary examination into the massacre in 2009: ACCUSE investigate, no named party target, date 2009; all right."),
 50: (['type'], "'We will not slam the door' is Kozyrev's (RUS) commitment to keep up the partnership: not an ACCUSE; a coder would code AGREE (willingness to cooperate with NATO) or a negated SANCTION (break relations); source, empty target (NATO not named in the sentence), undated negated act and 'negated' for the act coded are acceptable."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
