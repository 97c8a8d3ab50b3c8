"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json
here = '/work/wt/j155d/docs/judged/round155/'
T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, F, T, T, T, "A real (historical, 1915) act in the noun phrase; but the source Ottoman forces are coded ARM: they are the Ottoman Empire's forces, country TUR (Ottoman/Turkish), not Armenia. Target, date 1915 and modality are right."),
 2: (T, T, T, F, T, T, "France's welcome of the vote is SUPPORT dated by the report; but the target should be Chad (TCD), whose election France approved and which the sentence names; it is empty."),
 3: (T, T, T, T, T, T, "Ordering an inquiry is ACCUSE/investigate by Najib (MYS); the sentence names no party investigated (the lapse is the army's, from the previous sentence), so an empty target is right; undated, reported as news."),
 4: (T, T, T, T, T, T, "Shoukry's visit to Ramallah for talks with Abbas: CONSULT/visit, host the Palestinian leadership (PSE); 'late last month' = June 2016."),
 5: (T, T, F, T, F, T, "Source should be the five EU states (Spain ESP, Greece GRC, Slovakia SVK, Romania ROU, Cyprus CYP), not the EU; their backing was their vote, which the story dates to Wednesday, so the date should be 2008-10-08, not the document date. Empty target is right (Serbia is not in the sentence)."),
 6: (T, T, T, F, T, T, "Police firing tear gas is ASSAULT/crowd-control; but Tunisia and Egypt are only the uprisings that inspired the rally: the target should be the rally of several thousand people in Djibouti's capital (DJI) alone."),
 7: (T, T, T, T, T, T, "Clinton's condemnation is ACCUSE/disapprove; the leakers (WikiLeaks) are not named in the sentence, so the empty target is right; dated by the report."),
 8: (T, T, T, T, T, T, "Sisi's assurance to Macron that the activist's health would be protected is a promise (AGREE); Nov 7 is the dateline day of the summit talks. (reported_by should be Macron, who told reporters, rather than French officials; not scored.)"),
 9: (T, T, T, T, T, T, "Al Shabaab's insurgency against the Somali government ('Western-backed government', SOM) is an ongoing ASSAULT, which takes the document date by the rules."),
 10: (T, T, T, T, T, T, "Washington and London rejecting Libya's proposal of a neutral-country trial: REJECT toward Libya; 'have so far rejected' is a standing position, document date right."),
 11: (T, T, T, T, T, T, "Shoukry's talks with Netanyahu on Sunday 2016-07-10: CONSULT, all fields right."),
 12: (T, T, T, F, T, T, "Poland's agreement to a gas deal (AGREE, or SUPPORT for a concluded deal) in October 2010; the deal on Russian gas supplies is with Russia, which the sentence refers to, so the target should be Russia (RUS), not empty."),
 13: (T, T, T, T, T, T, "Muizzu's talks with Xi in Beijing: CONSULT; no day is given for the talks within the five-day visit just ended, so the document date is accepted as for an act reported as this news."),
 14: (T, T, T, T, T, T, "A killing in the Lira unrest: ASSAULT, killer not named (empty source right), victim in Uganda; the unrest ran Sunday-Monday, and Monday 2004-02-23 (the report's day) is accepted."),
 15: (T, T, T, T, F, T, "Trump's tariff threat is THREATEN toward Canada; but it is a background act of an earlier time (before Freeland's 16 Dec letter), undated in the text, so it should have no date, not the document date 2025-01-07."),
 16: (T, T, T, T, T, T, "Harris convening the leaders of Japan, South Korea, Australia, New Zealand and Canada: CONSULT/multilateral. The text gives the meeting no day (the launch was Friday), so the document date is accepted."),
 17: (T, T, T, T, T, T, "Choi's sentencing in February 2018: SANCTION/convict, court not named in the sentence (empty source right)."),
 18: (T, F, T, T, T, T, "Chinese and U.S. officials 'clashed' at the APEC summit in words (a diplomatic row), not with arms: the type should be ACCUSE (disapprove), not ASSAULT. Mutual parties and Nov 2018 are right."),
 19: (F, F, F, F, F, F, "Spurious: NATO commanders warning that insurgents will mount more suicide attacks is a forecast about others' acts, not a threat by NATO; PLOVER has no event for it."),
 20: (T, T, T, T, T, T, "Powell met Arafat on Sunday 2002-04-14: CONSULT, all right."),
 21: (T, T, T, T, T, T, "Yermak resigned on Friday 2025-11-28: RETREAT/resign, all right ('lead negotiator' is Yermak himself)."),
 22: (T, T, T, T, F, T, "The Lebanese death toll is ASSAULT with the killers unnamed in the sentence; but the deaths come from the two days of clashes on 16-17 March (a summed toll), so the date should be 2025-03-16/17 or none, not the document date 2025-03-18."),
 23: (T, T, T, T, T, T, "Rights groups criticising the EU ('the bloc') for courting Ankara: ACCUSE/disapprove, dated by the report."),
 24: (T, T, T, T, T, T, "Yeltsin ('the Russian leader') pressing for CFE treaty changes at the Monday summit: REQUEST; the party pressed is not in the sentence, so the empty target is right."),
 25: (T, T, T, T, T, T, "Somali security forces battling the al Shabaab attackers through Friday night into Saturday: ASSAULT, Saturday 2022-08-20 accepted."),
 26: (T, T, T, F, T, T, "Hazara leaders' warning to return to the streets is THREATEN; but the sentence names no target and 'officials' is the attribution of the previous sentence, not clearly the party threatened: the target should be empty (or the Pakistani government)."),
 27: (T, T, T, T, T, T, "Greece and Egypt signing a maritime agreement on Thursday 2020-08-06: SUPPORT (sign an agreement), mutual, all right."),
 28: (T, F, T, T, T, T, "The State Department's statement that the U.S. expects to work with Primakov constructively is a statement of willingness to cooperate: AGREE (asserted, 1996-01-10) by the AGREE rule, not COOPERATE; date and modality are right for the act as coded (future cooperation, no date)."),
 29: (T, T, T, T, T, T, "Gunmen storming the hospital in Yemen's defence ministry and killing 52: ASSAULT on 2013-12-05; gunmen in Sanaa and victims in Yemen accepted as YEM."),
 30: (T, T, T, F, T, T, "Amnesty urging de Lima's release is REQUEST; but de Lima is the person to be freed, not the party asked: the target should be the Philippine authorities holding her, or empty since the sentence does not name them."),
 31: (T, T, T, F, T, T, "Deaths in the intifada (a summed toll, no date, right); but the victims are 'more than 500 people, most of them Palestinians', not the state of Palestine: the target should be those people (code empty, or PSE)."),
 32: (F, F, F, F, F, F, "Spurious: South Korea co-hosting the football World Cup with Japan is a sports event, not a PLOVER meeting (CONSULT) or any political act."),
 33: (T, T, T, F, T, T, "Egypt not allowing British consular officials to visit the activist (coded as a negated visit, accepted like 'RETREAT negated'); but the person they would visit is Alaa Abd El-Fattah, the jailed activist, not President Abdel Fattah al-Sisi."),
 34: (T, T, T, T, T, T, "Opposition lawmakers demanding Yermak's dismissal: REQUEST (change) against Yermak; undated in the text ('as the revelations mounted'), no date is right."),
 35: (T, T, F, F, T, T, "A business meeting during Medvedev's Warsaw visit (CONSULT, 2010-12-06); but the business leaders are of both sides (country not given: empty, and not GOV), and Russia as a state is only the origin of the investment discussed: the target should be the other side's business leaders, not Russia."),
 36: (T, T, T, T, T, T, "Roh met Kim Jong Il in 2007: CONSULT, all right."),
 37: (T, T, T, T, F, T, "Sisi urging Palestinian factions to reconcile: REQUEST; but the text dates it to the speech in May, so the date should be 2016-05, not none."),
 38: (T, T, T, T, T, T, "Russia's Foreign Ministry urging Kiev to reconsider: REQUEST to the Ukrainian government, dated by the report."),
 39: (T, T, T, T, T, F, "U.S. troop deployment to Bosnia: MOBILIZE; but it hangs on 'if the warring parties reach agreement', so the modality should be hypothetical, not future."),
 40: (T, T, T, T, T, T, "'All the attackers were killed': ASSAULT with the killers not named in the sentence; attackers' country left empty (accepted); Sunday 2022-08-21, the end of the operation."),
 41: (T, T, T, T, T, T, "China's repeated urging of Japan to resolve the matter through consultation: REQUEST, earlier and undated, so no date is right."),
 42: (T, T, T, F, T, T, "'We will not give in to the despicable threats of terrorists': a refusal to yield (CONCEDE negated accepted); but the party not yielded to is named, the terrorists (the kidnappers, no code), so the target should be them, not empty."),
 43: (T, T, F, T, F, T, "Shi'ite politicians accusing Amman: ACCUSE to Jordan; but they are Iraqi Shi'ite politicians (IRQ, the marches are in Hilla and Baghdad), not uncoded; and the accusation is background uproar after the report 'this month', earlier than the news: date should be 2005-03 (or none), not the document date."),
 44: (T, T, T, T, T, T, "106 people rescued from the besieged hotel: AID (PLOVER 'rescue hostages'); the rescuers are not named in the sentence (empty source right); reported Sunday."),
 45: (T, T, T, T, T, T, "Voronin welcoming Ukraine's customs move: SUPPORT; Ukraine is not named in the sentence ('the move' is an act), so the empty target is right."),
 46: (T, T, T, T, T, T, "Turkey closing its land border with Armenia in 1993: COERCE/restrict (restricting movement), all right."),
 47: (T, T, T, F, T, T, "Detentions of Zhou's associates: COERCE/arrest, undated; but the people detained are Zhou's former associates (CNPC managers and Sichuan officials, CHN), not Zhou Yongkang himself."),
 48: (T, T, T, F, T, T, "Egypt and Norway planning to host a Gaza donor conference: CONSULT, future; but Gaza is the conference's subject, not a party met; the participants are not named, so the target should be empty rather than Palestine."),
 49: (T, T, F, T, T, T, "Northern Kosovo's Serbs rejecting the Pristina authorities: REJECT, ongoing; but 'Serbs in the north of the territory' are Kosovo Serbs, country XKX (ethnic Serb), not Serbia (SRB)."),
 50: (T, T, F, F, T, T, "Schroeder and Putin's talks: CONSULT on 2001-09-25; but 'the two leaders' is Putin (RUS) and Schroeder (DEU): the source has no country, and the target list adds the Soviet Union (SUN), which is only the debt's origin."),
}
items = [json.loads(l) for l in open(here + 'events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(here + 'events-d.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {'event': e, 'type': t, 'source': s, 'target': g, 'date': d, 'modality': m}
        v['all'] = all(v.values())
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
