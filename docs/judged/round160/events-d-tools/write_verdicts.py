"""Write events-d.jsonl from the judge-d verdicts below (fields judged false per item) and check it."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of false fields, reasons)
V = {
 1: ([], "Salih addressing the Arab summit is a multilateral CONSULT; Iraqi source, no recipient needed, summit held on the document date (Friday 31 May)."),
 2: (['target'], "Suspending the Jeddah talks is SANCTION (halt negotiations) by Washington dated last week (2023-W22); target should be the two warring sides, the Sudanese army and the RSF (SDN), not 'companies' coded USA, who are the target of the separate sanctions clause."),
 3: (['date'], "Prosecutors (HRV) charging the HDZ is ACCUSE; but the charge is background to the election report, of an earlier unstated time, so date should be none (unknown), not the document date."),
 4: ([], "US and Britain urging Russia to investigate on Thursday (2017-04-06): REQUEST USA/GBR -> RUS, all right."),
 5: (['target'], "Moreno's pledge is AGREE with no date (campaign pledge of unknown time), but the sentence names the parties toward whom he pledged to ease his style: target should be business and the media (ECU), not empty."),
 6: ([], "The ministry's Wednesday (2012-04-11) announcement that the army would halt operations is a declared ceasefire, CONCEDE, made (asserted); Syrian army source; no recipient named."),
 7: ([], "Israeli strike on Friday 2013-05-03 near Damascus airport, ASSAULT asserted with US officials as reporters; no party named as target in the sentence, so empty is right by the rules (a coder might put SYR)."),
 8: (['date'], "Azerbaijani forces attacking Armenian positions is ASSAULT AZE -> ARM (the 'its' resolves to Armenia's military); but the fighting ended with the ceasefire late on Tuesday, so date should be 2021-11-16, not the Wednesday document date."),
 9: (['source', 'modality'], "'She' is Vice President Kamala Harris (USA), not Joint Base Andrews; the Tuesday visit to Mexico City is still ahead in this report of Monday's events ('travels on Tuesday'), so modality should be future."),
 10: ([], "Mwangi detained in Dar es Salaam on Monday 2025-05-19: COERCE arrest of a Kenyan; the sentence names no arresting party, so an empty source is right."),
 11: (['target'], "Ali's promise of an inclusive government is AGREE on the swearing-in day; target should be empty (or Guyana's communities): 'inclusive government' is the thing promised, not a party."),
 12: ([], "King Salman urging the world on Friday 2019-05-31 to stop Iran's interference: REQUEST SAU, 'the world' is no coded party, empty target right."),
 13: (['target'], "Khan's announced release of the pilot is a promise, CONCEDE, made Thursday 2019-02-28; target should be 'him', the captured Indian pilot Abhinandan Varthaman (IND), not empty."),
 14: ([], "Israel agreeing to a joint investigation with Jordan, per Netanyahu: AGREE ISR -> JOR, reported as this news, all right."),
 15: ([], "Serbian police detaining several people during the weekend protests: COERCE arrest SRB -> people in Belgrade, document date, right."),
 16: ([], "Anwar Ibrahim jailed in February 2015: COERCE arrest of a Malaysian, no jailer named in the sentence, date 2015-02 right."),
 17: (['date'], "Sharif accusing the army chief is ACCUSE PAK -> PAK military, but the video attack was delivered to the rally on Friday, so date should be 2020-10-16, not the Saturday document date."),
 18: (['date'], "Weekly rallies against Vucic's rule are PROTEST with the state (SRB) as target; the rallies are still going on when the story is told, so by the conventions date should be the document date 2019-03-17, not none."),
 19: ([], "Afghan officials pressing for guarantees is REQUEST; the party pressed (the US) is not in the sentence, so empty target is right; pluperfect background of unknown time, no date right."),
 20: ([], "Kramp-Karrenbauer rejecting any cooperation with the AfD and the Left is REJECT DEU -> AfD (DEU) told reporters on the document date; kind 'organization' is not scored."),
 21: (['source'], "European leaders welcoming the outcome is SUPPORT on the document date; but the source adds 'Belgium government' (from 'Brussels', the meeting place), which is no party to it: source should be the European leaders (EU) alone."),
 22: (['source', 'target'], "Charging Biot is ACCUSE on the document date, but the prosecutors are plainly Italian (ITA), not uncoded, and Walter Biot is an Italian navy officer (ITA), not RUS."),
 23: ([], "Albania rejecting the US request on Friday 2013-11-15: REJECT ALB -> USA, all right."),
 24: (['date', 'modality'], "The UN experts' accusation of Rwanda is ACCUSE; it is an asserted act (only the support it alleges is reported), so modality should be asserted; and it is a background accusation of an earlier time, so date should be none, not the document date."),
 25: ([], "Duda pardoning Kaminski and Wasik in 2015 is a release, RETREAT release (POL -> the two men, POL), date 2015 right."),
 26: (['target'], "Trump's December 2018 announcement of a pull-out is a promise to withdraw, CONCEDE, asserted; target should be Syria (SYR), the territory to be left, not the U.S. troops, who are the source's own forces."),
 27: ([], "Hollande's 'France has been struck' reports the Nice attack of 14 July 2016: ASSAULT on France, attacker unnamed in the sentence, asserted with Hollande as speaker."),
 28: ([], "Steinmeier argues the EU should keep talking to Ankara: a CONSULT EU -> TUR marked hypothetical with no date is right by the conventions (hypothetical acts are coded as such)."),
 29: (['target'], "Mujica agreeing earlier in 2014 to take in the detainees is AGREE URY, date 2014 right; but 'the men' (the six Guantanamo detainees, no single country) are named in the sentence as the party acted upon, so empty target is wrong."),
 30: ([], "Residents attacking journalists and officials at the school later on the Friday of the abduction (2021-02-26): ASSAULT NGA civilians -> journalists/officials, right."),
 31: (['type'], "The planned removal or destruction of Syria's chemical arsenal is disarmament, not conflict destruction: type should be RETREAT disarm (future) rather than ASSAULT; source Syria, no target, future, 'by the middle of next year' (2014) are right."),
 32: ([], "Erekat calling for a timetable to end the Israeli occupation: REQUEST PSE -> ISR (the party the demand is about), reported as this news."),
 33: ([], "OAS observers urging all sides to use legal channels: REQUEST OAS -> the Ecuadorian camps, document date, right."),
 34: (['date'], "Kemmerich announcing his resignation is RETREAT resign (DEU), but date should be 2020-02-06, a day after last Wednesday's vote (2020-02-05), not 2017 (taken from 'since ... 2017' in another sentence)."),
 35: (['type'], "Maehara offering his resignation to Kan, which was accepted, is a resignation: type should be RETREAT resign, not AGREE (an offer to resign is not an offer to cooperate); JPN -> Kan, Sunday 2011-03-06 right."),
 36: ([], "Nyusi's campaign promises to revive the economy are AGREE with no party acted upon and of unknown time; empty target and no date right."),
 37: (['date'], "A U.S. soldier accused of killing 16 villagers is ACCUSE (accuser unnamed), but it is a background act of the March killing: date should be 2012-03 (or none), not the document date."),
 38: (['target'], "Romania demanding guarantees for Serbia's Vlach minority, on Tuesday 2012-02-28, is REQUEST ROU; target should be Serbia (SRB), which is to give the guarantees, not the ethnic Romanian community, which benefits."),
 39: ([], "Italy expelling two Russian embassy officials on Wednesday 2021-03-31: SANCTION expel ITA -> RUS, all right."),
 40: ([], "Almost nightly clashes between Bahraini police and Shi'ite youths are ASSAULT (mutual), still going on, so the document date is right."),
 41: ([], "Iraq's federal government welcoming the PKK's move is SUPPORT; 'it' refers to the move, not a party, so empty target is right; reported as this news."),
 42: (['date'], "ECOWAS sanctions on Niger are SANCTION ECOWAS -> NER, but they were imposed before the January 2024 announcement (after the July 2023 coup): date should be none (or 2023), not 2024-07-06."),
 43: (['source', 'date'], "Mwangi's deportation is COERCE deport of a Kenyan, but the sentence names the deporting authorities (Tanzanian police, the government): source should be Tanzania (TZA); and it is no act of unknown time: date should be 2025-05-22, when he was left at the Kenyan coast (the document date at worst), not none."),
 44: (['target'], "France backing the West African position is SUPPORT FRA on the document date; target should be ECOWAS (the West African leaders whose position it backed), not empty."),
 45: (['date'], "Armenia's readiness to begin consultations with Baku is AGREE ARM -> AZE, but it was said with Thursday's announcement: date should be 2025-03-13, not the Friday document date."),
 46: (['type', 'modality'], "Le Pen's campaign pledge to pull France out of NATO's integrated command is no concession to NATO: type should be SANCTION withdraw (a country leaving an organization), and the pull-out is only pledged (she lost), so modality should be future, not asserted."),
 47: ([], "France urging its citizens to leave northern Mali: REQUEST FRA -> French citizens, distinct from the 'backed' SUPPORT in the same sentence, document date, right."),
 48: ([], "Senegal's opposition eventually agreeing to take part with substitute candidates: AGREE SEN, no party acted upon named, unknown time, right."),
 49: (['target'], "Myanmar authorities investigating the raids is ACCUSE investigate on the document date; target should be the suspected group of several hundred people (the attackers, with their possible Islamist links), named in the sentence, not empty."),
 50: ([], "Protests against Assad's rule beginning in March 2011: PROTEST -> Assad (SYR), protesters unnamed, date 2011-03 right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
out = []
for it in items:
    bad, reason = V[it['n']]
    assert all(b in F for b in bad), (it['n'], bad)
    v = {f: (f not in bad) for f in F}
    if not v['event']:
        v = {f: False for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-d.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open('events-d.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert all(a[k] == b[k] for k in a)
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(o['verdict'][f] for o in back) for f in F + ['all']}
print(counts)
