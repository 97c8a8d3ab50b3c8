"""Write events-b.jsonl from the judge's verdicts below (fields marked wrong per item), and print counts."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
V = {
 1: ([], "ACCUSE by Kinshasa (COD) and U.N. experts (UNO) against Rwanda, right; 'Congolese experts' is a mislabel of Kinshasa but the party's code COD is right. 'Have long accused' is ongoing, so the document date is right."),
 2: (['date'], "Novak's pardon is a release (RETREAT) with no target in the sentence, but the next sentence dates it: 'granted last April', so date should be 2023-04, not 2024-02-10."),
 3: (['date'], "SUPPORT Chirac -> Kohl is right; the text gives Chirac's praise no day (only Blair's call is 'Sunday night'), so by the rules the date is the document date 1998-09-28, not 1998-09-27."),
 4: ([], "CONSULT Sarkozy (FRA) -> Deby (TCD) during the Sunday visit to N'Djamena, 2007-11-04; all right."),
 5: ([], "SUPPORT by human rights groups (no country) for the arrest; no party named as target; document date; all right."),
 6: ([], "REQUEST by Egyptian officials; the sentence names no target (Turkey only implied by 'interference'), so empty is right; standing demand reported as current, document date accepted."),
 7: ('spurious', "Not an event: a party proposing a domestic bill is no act toward another party (not an AGREE); Hungary as target and the vote date would also be wrong."),
 8: ([], "CONSULT visit Gaddafi (LBY) -> Nigeria (NGA), future and undated; all right."),
 9: ('spurious', "Not an event: a referendum result (voters backing dissolution of parliament) is an electoral outcome, not a PLOVER act; 'dissolving parliament' is not a party either."),
 10: (['type', 'target'], "Pressing 'their case with world powers that Pakistan harbours militant groups' is an accusation of Pakistan (ACCUSE, future), not a REQUEST; target should be Pakistan (PAK) (or the world powers named in the sentence if REQUEST), not empty."),
 11: (['date'], "ASSAULT with people of Punjab (IND) as victims is right, but it is a total summed over the years of violence since 1984, which has no date; 1995-08-31 is wrong."),
 12: (['target', 'date'], "REQUEST by Clinton; target should be the Yemeni government (YEM), not the United States government; she spoke at Wednesday's London meeting, so date should be 2010-01-27."),
 13: ([], "Appeal for calm is REQUEST by Trajkovski (MKD) with no named addressee, Tuesday 2001-06-26; all right."),
 14: (['target'], "Vow that the killers would be punished accepted as THREATEN by Musharraf (PAK); target 'killers' is right but its code USA is wrong: the text gives the killers no country (empty, or Pakistani at most)."),
 15: (['target'], "RETREAT resign by Karami on Monday 2005-02-28 is right, but a resignation has no recipient: the government is the party resigning, so target should be empty."),
 16: ([], "Accepting King Salman's invitation is AGREE Raisi (IRN) -> Salman (SAU); undated, document date; all right."),
 17: (['date'], "RETREAT resign by Djotodia is right, but the previous sentence dates the resignation 'on Jan. 10', so date should be 2014-01-10, not 2013-03 (the date he seized power)."),
 18: ([], "ASSAULT by Israel on Fatah (and Palestinian security) offices, Monday night 2000-11-20; all right."),
 19: ([], "ACCUSE (criticise) by human rights groups -> UN Security Council on Friday 2004-11-19; all right."),
 20: ([], "Pledge to take a constructive role in climate talks is AGREE by Trudeau (CAN), no target; standing pledge reported as current, document date accepted."),
 21: ([], "ASSAULT on the eight attackers (no country given) in Friday's attacks, 2018-03-02; killers not named in the sentence; all right."),
 22: (['source'], "ASSAULT abduct of Pearl (USA) about four weeks before (2002-W04) is right, but the sentence names 'his captors', so source should be the captors (no country), not empty."),
 23: ([], "REQUEST by Kurti ('He'; coded as the Kosovo government, XKX, accepted) -> the parties (XKX); undated, document date; all right."),
 24: (['target'], "COERCE arrest on Wednesday is right, but target should be the two dismissed ministers Farhad Aliyev and Ali Insanov (AZE), not the Azerbaijani authorities."),
 25: (['target'], "REQUEST by Solheim (NOR) is right, but target should be 'both sides', the Sri Lankan government (LKA) and the LTTE, not the United States and Japan (who condemned the bombing)."),
 26: ([], "CONSULT phone Obama (USA) -> Trudeau (CAN), undated, document date; all right."),
 27: ([], "Mutual AGREE between Museveni (UGA) and Kagame (RWA), both parties present; undated, document date; all right."),
 28: (['target'], "ACCUSE by some Iraqi officials (IRQ) is right, but the explosions were 'blamed on Israel': target should be Israel (ISR), not the Iran-backed militias."),
 29: ([], "Thanks are SUPPORT Moratinos (ESP) -> Washington (USA) and Paris (FRA); document date; all right."),
 30: (['source', 'target'], "PROTEST begun two weeks before (2013-W23) is right, but source should be the demonstrators (BRA) named in the sentence, and as the protest is against a fare rise (an act of the authorities) the target should be Brazil's authorities (BRA)."),
 31: ([], "ACCUSE (condemn) by Olmert's office (ISR) of the attack; 'it' refers to the attack, no party, so empty target is right; document date; all right."),
 32: ([], "SUPPORT (praise) Azar (USA) -> Taiwan (TWN) on Monday 2020-08-10; all right."),
 33: ([], "Indictment is ACCUSE by the U.N.-backed Sierra Leone court (SLE) -> Charles Taylor (LBR), June 2003; all right."),
 34: ([], "ACCUSE by Chinese state media (CHN) -> 'foreign forces' (no country) and opposition politicians; one right target named; current accusation, document date; all right."),
 35: (['target'], "ACCUSE by Kinshasa (COD) is right, but 'both armies' are the Ugandan (UGA) and Rwandan (RWA) armies, which the text makes plain: target's empty country is wrong."),
 36: ([], "ASSAULT killing a British soldier (GBR) in Sunday's assault, 2000-09-10; killers not named in the sentence; all right."),
 37: ([], "ASSAULT Israel (ISR) -> Quds Force cell (IRN), the strike late on Saturday 2019-08-24; attribution keeps it asserted; all right."),
 38: (['source'], "SUPPORT (welcomed the truce) with no party as target is right, but the text gives the business groups no country: code USA is wrong (should be empty)."),
 39: (['type'], "A promise to crack down on crime and make the public service accountable is a policy pledge (AGREE), not a THREATEN: no party is threatened; other fields right."),
 40: (['source', 'target', 'date'], "A deployment (MOBILIZE) of the Ivorian soldiers in Mali: source should be Ivory Coast (CIV), target Mali (MLI) or empty, not Cote d'Ivoire; the soldiers were deployed before their July detention, so date should be none (earlier, undated), not 2022-09-23."),
 41: ([], "The life ban from public office is a distinct sanction (COERCE ban) by the Argentine court -> Fernandez de Kirchner (ARG), Tuesday 2022-12-06; all right."),
 42: (['source', 'date'], "MOBILIZE is right, but source should be the troops (Colombian army, COL) named in the sentence, and the text gives the deployment no day, so date should be the document date 2014-11-17, not 2014-11-16."),
 43: (['date'], "REQUEST Wahid -> Wiranto is right, but Wahid said it 'from abroad' during his 16-day tour, early February 2000 (or no date), not 1999-10 (when Wahid took office)."),
 44: (['target'], "REQUEST by the EU is right, but the sentence names the addressee: target should be Moldova's leaders (MDA), not empty."),
 45: ([], "Freezing talks is SANCTION EU -> Belgrade (SRB), 'last year' = 2006; all right."),
 46: ([], "REJECT by Pakistan of the accusations; 'the accusations' names no party, so empty target is right; document date; all right."),
 47: ([], "ACCUSE (condemn) by Obama (USA) of the act of terror, no party named; document date; all right."),
 48: ('spurious', "Not an event: 'warned that no outside actor can solve Yemen's problems' is a cautionary remark, not a THREATEN (trigger in another sense); 'no outside actor' is not a party."),
 49: ([], "REQUEST (presses) Turkey (TUR) -> Saudi Arabia (SAU) over Khashoggi, ongoing, document date; all right."),
 50: (['source', 'target'], "ASSAULT destroy on Tuesday is right, but the troops are Israeli (ISR), not PSE, and 'their family homes' refers to the two Hamas suspects: target should be the suspects' families (PSE), not empty."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
out = []
cnt = {f: 0 for f in F + ['all']}
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'spurious':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    for f in F + ['all']:
        cnt[f] += v[f]
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-b.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(cnt)
