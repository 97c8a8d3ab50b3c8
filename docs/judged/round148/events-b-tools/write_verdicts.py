"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.
Fields listed in WRONG are false; every other field is true. '*' = spurious (all false)."""
import json, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Parliament's approval of Mechichi's technocrat government is SUPPORT (approve) TUN parliament -> TUN government on Wednesday 2020-09-02; all fields right."),
 2: ('*', "Spurious: Nujoma's 'they have rejected those who want to divide our nation' describes the election result (the people's votes), which PLOVER does not code as REJECT; were it coded, the source would be Namibian voters (NAM), not the US Congress."),
 3: (['target'], "Arrest (COERCE) in March 2012 is right and an empty source is right (the arresting authority is not named), but 'he' is Senussi (LBY): target should be Abdullah al-Senussi, not Mustafa Abushagur."),
 4: ([], "ZANU-PF officials praising the result is SUPPORT; what they hail is the result, not a party, so an empty target is right; document date for this news reaction is right."),
 5: (['date'], "Police-opposition clash is ASSAULT TZA->TZA, but the text dates it 'in the days after' Zanzibar's October vote: date should be about 2005-10 (at least 2005), not unknown."),
 6: (['target'], "PROTEST by Romanians in early 2017 is right, but it was against the government's emergency decree, so by the crowd-protest rule the target should be the Romanian government (ROU), not empty."),
 7: (['source'], "The visit is CONSULT, dated and asserted (reported by the Spanish government) correctly, but 'the king' is King Juan Carlos of Spain (ESP): source should be Juan Carlos, not Mohammed VI of Morocco."),
 8: (['target'], "Blinken's urging is REQUEST from the USA, but 'them' is the foreign ministers of both countries: target should be the Armenian and Azerbaijani foreign ministers (ARM, AZE), not the United States."),
 9: ([], "The OSCE media representative urging an inquiry is REQUEST; OSCE has no seat country in the text, no target is named, and the document date is the reaction's date; all right."),
 10: ([], "ICC judges rejecting Israel's jurisdiction challenge is REJECT (court judges, no country) -> Israel (ISR) on the ruling day 2024-11-21; all right."),
 11: ([], "Declaring a state of emergency is COERCE by Humala (PER) on Sunday 2011-12-04; the sentence names only provinces, so an empty target is right."),
 12: (['date'], "ACCUSE Dancila (ROU) -> Iohannis (ROU) is right, but the accusation was made during the campaign before the 24 November run-off, a background act: date should be 2019-11 (campaign), not the report date 2019-11-25."),
 13: ([], "Nasheed's March pledge to make the Maldives carbon neutral is coded AGREE (promise), dated 2009-03 by 'In March'; borderline as an event (a unilateral policy pledge) but accepted."),
 14: (['source'], "Pressing Washington is REQUEST -> USA with the document date for a campaign still going on, but 'Baltic leaders' are the leaders of Estonia, Latvia and Lithuania, which the text makes plain: source should carry EST/LVA/LTU, not no country."),
 15: ([], "Hun Sen saying he would ask Washington to act is REQUEST KHM -> USA, future, with no date for the future act; all right."),
 16: ([], "U.S. officials blaming the attackers is ACCUSE (USA) -> foreign Islamist fighters (no country), right though the other target, Saddam loyalists (IRQ), is missing; present-perfect blame still current takes the document date."),
 17: ([], "European envoys criticising the raid is ACCUSE; GBR is right for 'British and other European envoys', and the raiding police are clearly the party criticised; document date right."),
 18: ([], "Soldiers evacuating trapped people is AID (rescue/humanitarian) COL soldiers -> people in Colombia's Catatumbo, ongoing at the report date; reported by the army; all right."),
 19: (['source'], "Martic's warning is THREATEN -> Croatia (HRV) with the report date, but he is the Krajina Serb rebel leader in Croatia ('rebel Serbs from Croatia's Krajina region'): source code should be HRV (rebel Serb), not SRB (Serbia)."),
 20: ([], "Namibia's troop deployment to the DRC war is MOBILIZE (NAM), dated 1998 by Ulenga's protest at it 'last year'; no target needed; accepted."),
 21: ([], "Moscow's warning to Kiev of serious economic consequences is THREATEN RUS -> UKR; present-perfect warning still current takes the document date; all right."),
 22: (['target'], "Turkish air strikes are ASSAULT (TUR) overnight to 2024-10-24, but they hit Kurdish militant targets: target should be the Kurdish militants (PKK) in Iraq and Syria, not the states of Iraq and Syria."),
 23: ([], "Erdogan rejecting the accusations is coded REJECT (TUR), no accuser named so empty target right; his standing rejection takes the document date; all right."),
 24: (['target', 'date'], "Greek courts refusing extradition is REJECT (GRC), but 'them' is the eight Turkish servicemen (TUR), so the target should be them (or Turkey), not empty; the rulings are background acts since 2016 of no given date, not the document date."),
 25: (['source', 'target'], "ACCUSE is right, but the blame is 'in India': source should be India (IND), not empty; and Asim Munir is Pakistan's army chief: target code should be PAK, not USA."),
 26: (['type', 'target'], "Calderon sending troops against the cartels in late 2006 is a deployment, MOBILIZE troops, not ASSAULT; the cartels of Mexico's drug war should be coded MEX, not no country."),
 27: ([], "Thaksin saying Thailand would not bow to outside pressure is coded CONCEDE negated (equivalent to a REJECT asserted under the conventions' 'refused to withdraw' rule); THA, no party named as target, Tuesday 2003-02-25; right."),
 28: ([], "Attackers firing on the Defence Ministry is ASSAULT (firearms), attackers of no given country -> KHM ministry, Friday 2000-11-24, police as reporter; all right."),
 29: ([], "Turkey pursuing EU membership talks is CONSULT TUR <-> EU, an ongoing process at the report date; borderline background clause but an act; accepted."),
 30: ([], "Morales' repeated accusations are ACCUSE BOL -> opponents and the USA; a repeated act over an earlier span has no date, so unknown is right."),
 31: (['source'], "Welcoming the humanitarian response is SUPPORT with no party named as target, but the source wrongly includes Defence Minister Ivan Velasquez: should be human rights groups and the national ombudsman (COL)."),
 32: ([], "The suicide truck bombing is ASSAULT, bomber of no country -> Italians (ITA) and Iraqis (IRQ), Wednesday 2003-11-12; all right."),
 33: (['source'], "The call to abandon negotiations is REQUEST -> Britain (GBR), but the source is Gibraltar's opposition parties (GIB), not 'United Kingdom opposition parties' (GBR)."),
 34: (['date'], "Protesters throwing stones at the troops is PROTEST riot against the authorities (GTM state right), but it happened in Thursday's clash: date should be 2012-10-04, not the document date 2012-10-05."),
 35: (['type'], "Obama 'warned that Tehran must follow up with concrete action' is a demand, not a threat (the threat of pressure is in the next sentence): type should be REQUEST; source, target, date right."),
 36: ([], "Al-Gamaa al-Islamiya's repeated threats are THREATEN EGY militants -> Egyptian officials (EGY); repeated acts over an earlier span have no date; all right."),
 37: ([], "The foreign ministry accusing protest organisers is ACCUSE UKR -> organisers (UKR) with the report date; all right."),
 38: ([], "Russia backing Serbia's refusal to recognise Kosovo is SUPPORT RUS -> SRB, ongoing at the report date; all right."),
 39: (['date'], "The killing at the aid site is ASSAULT with no shooter named -> a Palestinian (PSE), but it happened on Tuesday: date should be 2025-05-27, not the document date 2025-05-28."),
 40: ([], "The demand that Mexico punish those responsible is REQUEST -> MEX; Guatemala is one right source of the four governments (Ecuador, Honduras, El Salvador are missing); date right."),
 41: ([], "Army chiefs backing the president's policy is SUPPORT DZA army -> Bouteflika (DZA), current at the report date; all right."),
 42: ([], "Gunmen attacking the Pakistani and Bahraini envoys' cars is ASSAULT -> PAK and BHR envoys, early July 2005; all right."),
 43: ([], "Deby's talks with Bashir are CONSULT TCD <-> SDN on Tuesday 2010-02-09; all right (the visit event from the same sentence is the duplicate, not this one)."),
 44: ([], "The journalists being investigated is ACCUSE investigate, investigator not named -> journalists (TUR), ongoing; attributed to government officials, asserted; all right."),
 45: ([], "Indian officials investigating the claim is ACCUSE investigate (IND); the sentence names no party acted upon, so an empty target is right; report date right."),
 46: (['date'], "The AIS's unilateral ceasefire is RETREAT ceasefire (DZA), but it is still being observed when the story is told: date should be the document date 2000-01-12, not unknown."),
 47: (['target'], "Maduro's warning that his supporters would defend the revolution with weapons is THREATEN (VEN), but it is aimed at the opposition and its foreign allies: target should be the Venezuelan opposition (VEN), not his supporters."),
 48: ([], "Ciampi calling the attack 'a vile act' is ACCUSE disapprove (ITA); the attacker is not named, so an empty target is right; date right."),
 49: (['date'], "Modi inviting Xi is AGREE (invitation) IND -> CHN, but it was made at the Wuhan summit reported as this news: date should be about 2018-04-28 (summit, reported Saturday) or the document date, not unknown."),
 50: ([], "Libyan officials seeking Saif al-Islam's custody from the ICC is REQUEST LBY -> ICC, an effort still going on at the report date; all right."),
}
PARAS = {
 'h51-x198-21': (["SUPPORT: Tunisia's parliament (TUN) -> Mechichi's technocrat government (TUN), approved the government, 2020-09-02"], 1,
   "One act; dateline's SUPPORT matches it in all fields."),
 'h51-x199-07': ([], 0,
   "The referendum vote (voters approving constitutional changes) is an election result, not coded as a PLOVER act (same reading as item 2); the ministry announcing results is not an event. Nothing to find."),
 'h51-x198-07': (["ASSAULT: suicide bomber () -> Italian military police / Italians (ITA) and Iraqis (IRQ), truck bomb killing at least 19 Italians and several Iraqis, 2003-11-12"], 1,
   "One act, found (item 32)."),
 'h51-x197-14': (["ACCUSE: Georgian opposition (GEO) -> Imedi television (GEO), furious protests over the fake invasion report, 2010-03-14",
                  "ACCUSE: Russia (RUS) -> Imedi television / Georgia (GEO), furious protests over the fake report, 2010-03-14"], 0,
   "'Drawing furious protests from the opposition and Moscow' are verbal protests (ACCUSE disapprove); dateline coded nothing here. Airing the fake report by a private channel is not coded as a political act."),
 'h51-x199-21': (["CONSULT: Narendra Modi (IND) <-> Xi Jinping (CHN), informal two-day summit in Wuhan, 2018-04-28",
                  "AGREE: Modi (IND) <-> Xi (CHN), agreed to issue 'strategic guidance' to their armies to strengthen communication, 2018-04-28"], 0,
   "Both the summit and the agreement were missed."),
 'h51-x200-19': (["ASSAULT: attackers in a stolen police helicopter (VEN) -> Supreme Court and Interior Ministry (VEN), gunfire and grenades, 2017-06-27",
                  "ACCUSE: Nicolas Maduro (VEN) -> coup plotters, called it a terrorist attack, 2017-06-27"], 1,
   "Dateline found Maduro's ACCUSE (right type; its target is empty where 'coup plotters' is named); the helicopter attack itself was missed in this sentence (dateline codes it only from a later sentence)."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == '*':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in paras:
        ev, found, notes = PARAS[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': 0, 'notes': notes}, ensure_ascii=False) + '\n')
# checks
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
for it, o in zip(items, out):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
pv = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(pv) == 6
cnt = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print('per-field right of 50:', cnt)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
from collections import Counter
print('wrong-field pattern:', Counter(tuple(f for f in F if not o['verdict'][f]) for o in out))
