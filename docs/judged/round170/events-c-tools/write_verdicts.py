"""Write events-c.jsonl from judge c's verdicts (fields: event type source target date modality).
Each entry: n -> (flags string of six T/F for event,type,source,target,date,modality, reasons).
A spurious event (event F) is written false in every field."""
import json
R = '/work/wt/j170c/docs/judged/round170/'
V = {
 1: ('TFTTTT', 'The quote is Ghani\'s complaint that Pakistan sends "messages of war": a statement of ACCUSE (disapprove) by Ghani against Pakistan, not a CONSULT ("receiving" here is not receiving a visit); type should be ACCUSE, the other fields fit that act (Ghani, Pakistan, Monday 2015-08-10).'),
 2: ('TTTFFT', '"We will not accept this kind of threat" is a refusal (REJECT, or by the conventions\' refused-to-X rule an AGREE negated, accepted), but the sentence names whose act is refused, "Kiev\'s decision": target should be Ukraine (UKR). Date should be 2018-10-04: Szijjarto spoke "within hours" of Ukraine\'s Thursday expulsion order, not on the document date.'),
 3: ('TTTTTT', 'Latin American governments incl. Ecuador criticised the U.S. sanctions: ACCUSE, target the U.S. government; undated reaction reported as this news takes the document date.'),
 4: ('TTTFFT', 'Nigeria\'s accusation is right as ACCUSE with Nigeria as source, but the accused "whose government" is Cameroon\'s government: target code should be CMR, not NGA. The accusation is background of an unstated earlier time ("has been accused"), so it should have no date rather than the document date.'),
 5: ('TTTFTT', 'Russia campaigning against the bid is an objection (ACCUSE disapprove acceptable; REJECT also defensible), but the bid is Kosovo\'s, named in the sentence: target should be Kosovo (XKX).'),
 6: ('TTTTTT', 'Karim Wade jailed in 2015: COERCE (detention), jailer not named in the sentence so empty source is right; date 2015 as given.'),
 7: ('TTTTTT', '"The group" is Boko Haram (NGA); demand for release of its members is REQUEST; no addressee is named in the sentence, so empty target is right; an ongoing demand takes the document date.'),
 8: ('TTTTTT', 'Bosnian police detained several people after the raid: COERCE arrest, right parties, same day as the reported attack (2011-10-28).'),
 9: ('TTTTTT', 'UNSC and U.S. condemned the Mastung attack: ACCUSE; perpetrator not named in the sentence, so empty target is right; reaction dated by the report.'),
 10: ('TTFTTT', 'The government that agreed on Saturday 2018-06-09 to postpone the vote is Vietnam\'s: source should be the Vietnamese government (VNM), not China. AGREE accepted for "agreed to postpone ... and review" (I would code it CONCEDE, a yielding to the protesters, but AGREE fits the codebook\'s "agree to").'),
 11: ('TTTTFT', 'Protest with no aim named, so the state (KHM) is a right target; but the protests took place "over the following months" after the July 2013 election, a background span: date should be 2013 (the months after July 2013) or none, not 2014-07-22.'),
 12: ('TTFFTT', 'The exchange is between Ukraine and the Russian-backed separatists: Russia is not a party (source should be Ukraine and/or the separatists, UKR/REB), and the target should be the separatists, not Ukraine itself.'),
 13: ('TTTTTT', 'Chinese and U.S. negotiators due to resume talks next week: mutual CONSULT, future, week 41 of 2019 (the week after Tuesday 1 October) is right.'),
 14: ('TTTTTT', 'Von der Leyen (EU) congratulated Plenkovic (HRV): SUPPORT; undated reaction takes the document date.'),
 15: ('TTTFTT', 'EU leaders are due to discuss relations with Turkey among themselves: a future multilateral CONSULT of EU leaders; Turkey is the topic, not a participant, so the target should be empty (or the EU leaders themselves), not Turkey.'),
 16: ('FFFFFF', 'Spurious: the government "warned it may struggle to pay salaries" is a fiscal forecast, not a threat of repercussions against any party; no PLOVER act.'),
 17: ('TTTFTT', 'Foreign Office urged all sides: REQUEST, source right; "all sides" is a right party, but the text makes their country plain (Beijing and Hong Kong\'s government and lawmakers): code should be CHN, not empty.'),
 18: ('TTTTTT', 'Suu Kyi blamed an "iceberg of misinformation": ACCUSE with no named target; the rejection/blame answers Monday\'s accusation and is reported as current news, so the document date is accepted.'),
 19: ('TTTTTT', 'Soldiers and civilians accused by the rebels of spying: ACCUSE, rebels (UKR/REB) to the freed Ukrainian soldiers/civilians; the accusations are of unknown earlier time, so no date is right.'),
 20: ('TTTFTT', 'The march is a protest aimed at the Misrata militia (the crowd demanded armed groups leave); the mosque is only where it started: target should be the Misrata militia (LBY) or empty, not the mosque. Friday afternoon 2013-11-15 is right.'),
 21: ('TTTTFT', 'Future SANCTION Canada -> China is right, but the text dates the tariffs (EV surtax from October 1, steel and aluminium from October 15): date should be 2024-10 (2024-10-01 for the EV tariff), not unknown.'),
 22: ('TTTTTT', 'UN and ECOWAS urging restraint: REQUEST, ECOWAS is one right source; restraint urged on unnamed parties, so empty target is right; ongoing act takes the document date.'),
 23: ('TTTTTT', 'Khatib cited frustration with foreign interference when resigning: a complaint (ACCUSE disapprove) with no named target; Sunday 2013-03-24 is right.'),
 24: ('TTTTTT', 'Opposition supporters voiced disappointment with the deal: ACCUSE with no named target; the story\'s own dateline is July 22, the day of the deal, so 2014-07-22 is accepted.'),
 25: ('TTTTTT', 'Chu called on Lai to apologise: REQUEST, KMT (TWN) to Lai (TWN); undated speech takes the document date.'),
 26: ('TFFFTT', '"We will give them shelter" is Hasina\'s pledge: by the wave-76 rule a pledge of aid is AGREE, not AID. Source should be Sheikh Hasina / Bangladesh (BGD), not "Kutupalong" (a place); "them" are the Rohingya refugees (MMR), not the state of Myanmar. Future modality and no date are right for the giving as the text states it.'),
 27: ('TTTTTT', 'Milanovic accusing Plenkovic: ACCUSE, right parties; campaign statements of no stated day, so no date is right.'),
 28: ('TTTTTT', 'Jordan arrested 11 men (all Jordanians, next sentence): COERCE arrest; "said on Sunday it had arrested" with no other date takes the report date 2012-10-21.'),
 29: ('TTTFFT', 'Shooting of the mayor: ASSAULT with no named shooter is right, but the target is Ganja\'s mayor Elmar Valiyev (AZE/GOV), not "Ganja"; date should be about 2018-07-03, a week before the Tuesday 2018-07-10 protest, not the protest day.'),
 30: ('TTTTTT', 'Police used tear gas on protesters in Tbilisi in November 2007: ASSAULT crowd-control, right parties and date 2007-11.'),
 31: ('TFTFTT', 'Saleh authorised Hadi to negotiate with the opposition: the negotiation is not reported as held, the act is Saleh\'s commitment to negotiate, AGREE (CAMEO 036), not CONSULT; the other side is the Yemeni opposition (YEM), not the GCC (whose initiative is the subject). Source Saleh, September 2011 and asserted fit that act.'),
 32: ('TTTTTT', 'Israeli companies agreed in 2018 to sell gas to an Egyptian firm: AGREE between the named companies, "last year" = 2018.'),
 33: ('TTTTTT', 'India summoned Germany\'s deputy ambassador last Saturday (2024-03-23): ACCUSE (diplomatic protest), right parties and date.'),
 34: ('FFFFFF', 'Spurious: "Australian troops accused of serious crimes in Japan could face the death penalty" is a hypothetical class of cases behind Canberra\'s concern, no actual accusation (and the troops would be the accused, not the accuser).'),
 35: ('TTTTTT', 'Maduro hailed the referendum result: SUPPORT with no party named; Monday 2023-12-04 (document date) fits.'),
 36: ('TTTFTT', 'Khalifa Sall defying his party\'s leadership is REJECT (CAMEO 128 defy), ongoing so the document date is fine, but the sentence names the party defied: target should be the Socialist Party leadership (SEN/PTY).'),
 37: ('TTTTFT', 'Members of Buddhist nationalist groups accused of attacking mosques: ACCUSE with unnamed accuser, target right; but this is background over the years since 2009, not this news: it should have no date, not the document date.'),
 38: ('TTTTTT', 'Sangma conceded defeat: CONCEDE accepted; Mukherjee is not named in the sentence so empty target is right; Sunday 2012-07-22.'),
 39: ('TTTTTT', 'Venezuela rejects the 1899 award: a standing REJECT still held when the story is told, so the document date is right; no party named as target.'),
 40: ('TTTTFT', '"In November of that year" refers to 2010 (the January 2010 killing just before): date should be 2010-11, not 2011-11; the rest is right.'),
 41: ('TTTTTT', 'Suicide attack killed candidate Haroon Bilour on Tuesday 2018-07-10: ASSAULT, no named attacker, right target and date.'),
 42: ('TTTFFT', 'Morales refusing to renew CICIG\'s mandate is a REJECT (accepted), but the sentence names the commission: target should be CICIG (the U.N.-backed commission); and it is a background act of an earlier unstated time, so it should have no date, not the document date.'),
 43: ('TTTTTT', 'U.N. suspended Yemen\'s peace talks on Saturday 2016-08-06: SANCTION (halt negotiations); Yemen stands for the Yemeni parties to the talks, accepted.'),
 44: ('TTTTTT', 'Insurgent attacks on police posts on Aug. 25: ASSAULT insurgents -> Myanmar police, 2017-08-25; attribution to the UN agency keeps it asserted.'),
 45: ('TTTFTT', 'Turkish air strikes are right, but the targets are Kurdish (PKK) militants whose camps are in Iraq; the militants are not Iraqi: target should be the Kurdish militants/PKK (TUR, or no code), not IRQ.'),
 46: ('TTTTTT', 'Five Thai soldiers killed since Friday: ASSAULT on Thai soldiers, no named attacker in the sentence; a total since Friday has no date, so unknown is right.'),
 47: ('TTTFTT', 'Filing the ICJ case is the ACCUSE (sue), and the sentence names the accused: target should be Nicaragua (NIC). (Dateline\'s e3 "accusing" in the same sentence is a duplicate of this act.)'),
 48: ('TTTTTT', 'Japan and Australia signed the defence agreement on Thursday 2022-01-06: SUPPORT (sign agreement), mutual.'),
 49: ('TTTTTT', 'Dozens of former officials arrested after the 2012 election: COERCE arrest, unnamed arresters; a total over a span has no date.'),
 50: ('TTTTFT', 'Demonstrators demanding armed groups leave: PROTEST against the armed groups (LBY) is right, but the text dates the march and shooting to Friday afternoon (next sentence): date should be 2013-11-15, not Saturday\'s report date.'),
}
F = ['event', 'type', 'source', 'target', 'date', 'modality']
out = []
for l in open(R + 'events-c-items.jsonl'):
    it = json.loads(l)
    flags, reason = V[it['n']]
    v = {f: c == 'T' for f, c in zip(F, flags)}
    if not v['event']:
        v = {f: False for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reason
    out.append(it)
with open(R + 'events-c.jsonl', 'w') as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
for k in F + ['all']:
    print(k, sum(it['verdict'][k] for it in out))
