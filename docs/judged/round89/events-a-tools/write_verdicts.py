"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them."""
import json

T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "ACCUSE by the Islamist parties (PAK) is right; the target USA is named in the sentence as behind the operation and is criticised, so it is scored right, though I would code the Pakistani army/government whose operation it was. Undated statement, document date right."),
 2: (T, T, T, F, F, T, "Target: '16 people' is the right party but the code MAR is wrong since the sentence says most were foreigners; it should be 16 people with no country. Date should be 2011-04-28, the Thursday the sentence gives, not the document date (Friday)."),
 3: (T, T, T, T, T, T, "NATO began bombing on March 24 (1999-03-24): ASSAULT (aerial rather than heavy-weapons, mode not scored); the sentence names no target, so empty is right."),
 4: (T, T, T, T, T, T, "The two ambassadors agreed on the need for a stable Iraq and the possibility of meeting again: a mutual AGREE on Monday 2007-05-28, not a duplicate of the meeting."),
 5: (T, T, T, F, F, T, "Target should be the captives named in the sentence (the Abu Sayyaf's hostages, including an American), not empty; the killings are background acts of the earlier hostage crisis, so the date should be none (unknown), not the document date."),
 6: (T, T, F, F, T, T, "'it' is North Korea, but the source has no country code (should be PRK); the shells were fired across the border at the South, named in the sentence, so the target should be South Korea (KOR). Date 2015-08-20 (last Thursday) is right."),
 7: (T, F, T, T, F, T, "Accepting the credentials of the Taliban's ambassador is formal diplomatic recognition (CAMEO 054), PLOVER SUPPORT, not AGREE. Date should be 2025-07-03, the Thursday the story gives for the recognition, not the document date (Friday)."),
 8: (T, T, T, T, T, T, "Kashmiri separatist leaders in Srinagar (IND) condemned the massacre; 'the massacre' is an act, not a party, and the gunmen are not named in the sentence, so an empty target is right."),
 9: (T, T, T, T, T, T, "Mbeki's forced resignation last September (2008-09): RETREAT resign, right source and date."),
 10: (T, T, T, T, T, T, "Greece and the EU criticised North Macedonia's president on Monday 2024-05-13: all right."),
 11: (T, T, T, T, T, T, "The FARC freeing its hostages is the condition of Santos's refusal to negotiate: hypothetical RETREAT release, undated; the FARC's hostages in Colombia coded COL is acceptable."),
 12: (T, T, T, T, T, T, "Monks shot in Yangon: ASSAULT firearms with target the monks (MMR); the shooters are not named in the sentence, and the sentence gives no date, so unknown is right."),
 13: (F, F, F, F, F, F, "Spurious: 'joined forces to oppose U.S. plans' is the opposition already coded as e3 (REJECT toward the U.S.) plus the treaty signing (e1); it is no material COOPERATE act of its own."),
 14: (T, T, T, T, T, T, "Netanyahu's three-month refusal to meet Arafat: REJECT ISR -> PSE; a span before the meeting, so no date is right."),
 15: (T, T, T, T, T, T, "Maduro's call for dialogue on Sunday night 2018-05-20: REQUEST with no addressee named, so an empty target is right."),
 16: (T, T, T, T, T, T, "Santos (HND) conceded defeat on Sunday night 2009-11-29; the winner is not named in the sentence, so an empty target is right."),
 17: (T, T, T, F, F, T, "Washington reversing its policy to grant a visa is a concession whose beneficiary is named in the sentence: target should be Lee Teng-hui (TWN). The text dates only the trip (June); the reversal came before it, so the date should be none, not 1995-06."),
 18: (T, T, T, T, T, T, "Cuba and Bolivia hailed Maduro's victory: SUPPORT, document date, all right."),
 19: (T, T, T, F, T, T, "Assad agreed to the decision Putin told him of; Putin, named in the sentence, is the party agreed with, so the target should be Vladimir Putin (RUS), not empty."),
 20: (T, T, T, T, T, T, "Mobs attacked police officers in Zanzibar/Pemba: ASSAULT TZA -> TZA; attribution to the police keeps it asserted; the sentence gives no date, document date accepted."),
 21: (T, T, T, T, T, T, "U.S. embassy condemned the 'senseless act of violence': ACCUSE; the gunman is not named in the sentence, so an empty target is right."),
 22: (T, T, T, T, T, T, "Joint exercise of U.S. soldiers with Philippine forces begun on Thursday 2002-01-31: COOPERATE (military exercises), all right."),
 23: (T, T, T, F, T, T, "Ocalan's asylum request is addressed to Italy, named in the sentence: target should be Italy (ITA), not empty. The request is pending when the story is told, so the document date is right."),
 24: (T, T, F, T, T, T, "'they' are Mali's military leaders (the junta, MLI), who proposed the transition; the parties that boycotted the consultation are the wrong source."),
 25: (T, T, T, T, T, T, "One officer killed: ASSAULT with no named killer and target the officer (TZA); undated in the sentence, document date accepted."),
 26: (T, T, T, T, T, T, "North Korea's 1998 rocket fired over Japan is a weapons test, MOBILIZE weapons, PRK -> JPN, 1998-08: all right."),
 27: (T, T, T, F, T, T, "Russia's air strikes were on Islamic State and other militants in Syria, as the sentence says, not on Syria, Russia's ally: target should be Islamic State / the militants (SYR)."),
 28: (T, T, T, T, T, T, "Russia and China congratulated Maduro: SUPPORT, all right."),
 29: (T, T, T, T, T, T, "Hamas seized control of Gaza in 2007: an armed takeover of ground, ASSAULT by the conventions; no party seized from is named, so an empty target is right."),
 30: (T, T, F, T, T, T, "The trigger is the 'riot' of 'riot police', but the clause does report the clashes of Georgescu's supporters with police, a PROTEST riot; its source should be Georgescu's supporters (ROU), not the electoral bureau."),
 31: (T, T, F, T, T, T, "The appeal is by Georgescu's lawyers (for Georgescu, ROU): source 'Europe' with no code is wrong; the target court, the undated future modality are right."),
 32: (T, T, T, F, T, T, "French troops deployed against Islamist groups in the Sahel (Mali): the target should be the Islamist groups (or Mali as host), not France itself; ongoing deployment, document date right."),
 33: (T, T, T, T, T, T, "White House condemned Ethiopia's move; 'the move' is an act and Ethiopia is not named in the sentence, so an empty target is right."),
 34: (T, T, T, T, T, T, "Israeli commandos stormed the Turkish ship Mavi Marmara in May 2010: ASSAULT ISR -> the Turkish ship (TUR), all right."),
 35: (T, T, T, T, T, T, "Lukanov shot dead on Wednesday morning 1996-10-02 by an unnamed gunman: all right."),
 36: (T, T, T, T, T, T, "Seoul would not back down without an apology: CONCEDE negated by South Korea, undated; the North is not named, so an empty target is right."),
 37: (F, F, F, F, F, F, "Spurious: the crowd's accusations are the content of the rally already coded as PROTEST (e1); PLOVER codes protests expressing disapproval as PROTEST, not ACCUSE. I would accept a separate ACCUSE under CAMEO practice, but the PLOVER note is explicit."),
 38: (T, T, T, T, T, T, "Six people killed in clashes in Gedaref: ASSAULT, no named attacker, target six people (SDN); undated in the sentence, document date accepted."),
 39: (T, T, T, T, T, T, "Bulgaria's standing demand for a constitutional amendment: REQUEST, addressee (North Macedonia) not named in the sentence; ongoing, document date right."),
 40: (T, T, F, T, T, T, "The withdrawal is by the U.S.-led forces: source should be the U.S.-led forces (USA), not the Taliban."),
 41: (T, T, T, T, T, T, "European Commission congratulated Vucic: SUPPORT, all right."),
 42: (T, T, T, T, T, T, "The emir's visit to the Gaza Strip on Tuesday 2012-10-23: CONSULT visit QAT -> PSE (the Palestinian territory visited; Hamas as host would also be right)."),
 43: (T, T, T, F, F, T, "Serbia's refusal rejects the West's call to join its sanctions: target should be the Western governments (EU), not Russia; 2014 dates the opening of EU talks, while the refusal is ongoing, so the date should be the document date 2017-04-03."),
 44: (T, T, T, F, T, T, "The threat to kill the captives is aimed at Seoul, named in the sentence: target should be South Korea (KOR) (or the hostages), not empty."),
 45: (T, T, T, F, T, T, "NATO leaders agreeing among themselves to tighten the embargo is a mutual AGREE (source the leaders, no code, is right); the target 'officials [RUS]' is wrong and should be empty (reciprocal) or Yugoslavia (Belgrade, YUG)."),
 46: (T, T, T, T, T, T, "Czech Republic agreed in July 2008 to host the radar: AGREE, no party named as target, all right."),
 47: (T, T, T, T, T, T, "Riot police dispersed demonstrators with tear gas in November 2007: ASSAULT crowd-control GEO -> GEO, 2007-11, all right."),
 48: (T, T, T, T, T, T, "OSCE-led international observers criticised vote-buying and ballot handling: ACCUSE with no party as target; undated, document date right."),
 49: (T, T, T, T, T, T, "EU officials urged Moldova's new government to tackle corruption: REQUEST EU -> MDA, all right."),
 50: (T, T, T, T, T, T, "Yeltsin said at Friday's news conference that he had agreed to work on a document with NATO: AGREE RUS -> NATO, 1997-03-21, all right."),
}

P = [
 {"doc": "h22-x84-08", "coder_events": [
   "COOPERATE: U.S. soldiers (USA) -> Philippine forces (PHL), began a six-month joint exercise, 2002-01-31",
   "RETREAT: Washington (USA) -> Philippines (PHL), gave up its bases there, about 1992 ('a decade ago')"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e2 MOBILIZE 'deployment' is the appositive renaming of the same exercise (the U.S. troops brought for it), a duplicate of e1; the background base withdrawal was missed."},
 {"doc": "h22-x84-22", "coder_events": [
   "MOBILIZE (weapons test): North Korea (PRK) -> Japan (JPN), fired a ballistic missile over Japan, 2022-10-04",
   "ACCUSE: Tokyo (JPN), Seoul (KOR), Washington (USA) -> North Korea (PRK), condemnation of the launch, 2022-10-04"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "dateline coded the launch ASSAULT heavy-weapons; a missile fired over Japan into the sea is a weapons test (MOBILIZE), so it is not counted as found, though the act is real. The condemnation was missed. Japan's shelter alerts to its own residents are not coded."},
 {"doc": "h22-x82-17", "coder_events": [
   "SANCTION (halt negotiations): Israel (ISR) -> Palestinians (PSE), suspended peace negotiations, 2014-04-24",
   "AGREE: PLO (PSE) <-> Hamas (PSE), agreed to form a unity government and end the rift, 2014-04-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "the PLO-Hamas agreement of the day before was missed."},
 {"doc": "h22-x82-24", "coder_events": [
   "ASSAULT (aerial): Israel (ISR) -> Iran (IRN), air strikes on military targets, 2024-10-26",
   "ASSAULT: Iran (IRN) -> Israel (ISR), ballistic missile attack earlier this month, 2024-10"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e2 'hitting' missile facilities is the same air strikes as e1 (duplicate). e1's date 2024-10 should be 2024-10-26 (Saturday). The Iranian missile attack the strikes retaliated for was missed; Tehran's interception is not coded."},
 {"doc": "h22-x82-21", "coder_events": [
   "COERCE (seize): Gibraltar authorities with British Royal Marines (GBR) -> Iran (IRN), seized the supertanker carrying Iranian crude, 2019-07-04",
   "ACCUSE (complain officially): Iran (IRN) -> British ambassador / United Kingdom (GBR), summoned the ambassador, 2019-07-04",
   "ACCUSE (disapprove): Iran (IRN) -> United Kingdom (GBR), denounced the operation as piracy, 2019-07-04"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "all three found with the right type; e3 (denounce) has the wrong source (UK authorities instead of Iran) and no target, and the document date instead of 2019-07-04."},
 {"doc": "h22-x81-15", "coder_events": [
   "PROTEST (demo): Georgians (GEO) -> President Mikheil Saakashvili / Georgian government (GEO), rallied outside parliament demanding his resignation, 2009-04-09"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e2 ACCUSE 'accusing him' is the content of the rally (PLOVER codes protests expressing disapproval as PROTEST), a duplicate. The 2008 war with Russia is only a charge inside the accusation and is not coded. e1's target 'outside parliament' is a place, not a party, but the type is right."},
]

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
keys = ["event", "type", "source", "target", "date", "modality"]
with open('events-a.jsonl', 'w') as f:
    for it in items:
        v = V[it['n']]
        d = dict(zip(keys, v[:6]))
        if not d['event']:
            assert not any(d.values()), it['n']
        d['all'] = all(d[k] for k in keys)
        out = dict(it); out['verdict'] = d; out['reasons'] = v[6]
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
outs = [json.loads(l) for l in open('events-a.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    assert {k: o[k] for k in it} == it
    v = o['verdict']; assert v['all'] == all(v[k] for k in keys)
    if not v['event']: assert not any(v.values())
paras = [json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
src = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert len(paras) == 6 and [p['doc'] for p in paras] == [s['doc'] for s in src]
for p, s in zip(paras, src):
    assert p['dateline_events'] == len(s['events']), p['doc']
counts = {k: sum(o['verdict'][k] for o in outs) for k in keys + ['all']}
print('per field (of 50):', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in paras), 'found', sum(p['found'] for p in paras),
      'dateline', sum(p['dateline_events'] for p in paras), 'spurious', sum(p['spurious'] for p in paras))
