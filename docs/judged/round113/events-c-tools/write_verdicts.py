"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them.
Fields listed in F are the wrong ones; 'spurious' marks a non-event (false in all six)."""
import json
HERE = '/work/wt/j113c/docs/judged/round113/'
V = {
 1: ([], "Rioters burning government buildings and police vehicles in Male on Saturday (2003-09-20) is a riot aimed at government buildings and police, so the Maldivian state is a right target; all fields right."),
 2: (['date'], "Breaking ties with Colombia is SANCTION, Maduro -> Colombia, right; but the date 2019-02-22 is the Friday of the killing in the previous sentence; the announcement is undated in its sentence and belongs to Saturday's events, so it should be 2019-02-23 (or the document date 2019-02-24)."),
 3: ([], "Washington (USA) imposing limits on Chinese textile imports last month (2003-11): COERCE restrict is what CAMEO2PLOVER gives for CAMEO 163 sanctions/embargo (SANCTION would also be defensible); China right; all fields right."),
 4: (['type', 'target'], "'Warned against it' is an objection with no stated repercussion, so ACCUSE (disapprove), not THREATEN; 'it' is the move to expel Arafat, which is Israel's, so the target should be Israel (ISR), not the US government."),
 5: (['target'], "Two people killed in clashes in the Venezuelan town of Santa Elena de Uairen on the Saturday is an ASSAULT with no named source, date 2019-02-23 right; but the victims are in a Venezuelan town, so their country should be VEN (or empty), not COL."),
 6: ([], "Wang Dan detained again in May 1995 (1995-05), no detaining party named in the sentence; COERCE arrest, target Wang Dan (CHN) right; all fields right."),
 7: (['source', 'target'], "Furgal was detained on Thursday (2020-07-09) by federal investigators: the source should be the federal investigators (Russian, RUS) alone, not also Furgal, and the target should be Sergei Furgal (RUS), not empty."),
 8: (['target'], "US and EU calling for a full investigation is a REQUEST on the document date, right; but the sentence names Tbilisi, whose authorities the call is aimed at, so the target should be the Georgian government (GEO), not empty."),
 9: ([], "Russia and the US signing a plutonium agreement is SUPPORT (sign), a mutual event; no date in the text so the document date is right; all fields right."),
 10: ([], "Belarus expelling Sweden's ambassador is SANCTION, Belarus -> ambassador (SWE); the lead's 'has effectively expelled' is this news, so the document date is accepted (the next sentence dates the decision Friday 2012-08-03)."),
 11: ([], "Xi hosting the G20 summit is CONSULT (host a visit, CAMEO 043) with the G20 as counterpart (an international body, no country needed); the summit ran to the document date; all fields right."),
 12: (['date'], "The Lithuanian government telling citizens not to buy Chinese phones is a REQUEST to citizens (LTU), acceptable; but it is a background act 'since' August of no stated date, so it should be undated (unknown), not the document date 2021-11-21."),
 13: (['spurious'], "Spurious: Vajpayee's promise to 'provide a stable, honest and transparent government' is a general pledge of good governance, not aid (AID) to any party; 'honest and transparent government' is not an actor. No event."),
 14: ([], "Western diplomats (no country) urging all sides to respect the rule of law is a REQUEST to the Kenyan sides on the document date; all fields right."),
 15: ([], "Bush thanking China for hosting the six-party talks is SUPPORT (praise) USA -> CHN; no date in the sentence, document date right; all fields right."),
 16: (['target'], "The US urging that the operation remain limited is a REQUEST on the document date, right; but 'it' is Israel's operation and Israel is named in the sentence, so the target should be Israel (ISR), not empty."),
 17: ([], "Iraq's parliament voting on Sunday (2020-01-05) to ask the government to end the foreign troop presence: REQUEST, parliament -> Iraqi government; all fields right."),
 18: ([], "The June 2000 Pyongyang summit between Kim Dae-jung (KOR) and Kim Jong Il (PRK) is a CONSULT (a visit, mode aside), date 2000-06 right; all fields right."),
 19: ([], "Venezuelan security forces firing tear gas and rubber bullets on Saturday (2019-02-23) is ASSAULT crowd-control; the sentence names no person fired upon (only the aid convoys stopped), so an empty target is right by the rules."),
 20: ([], "Ghani signing a peace agreement on Thursday (2016-09-29) with Hekmatyar's Hezb-e-Islami is SUPPORT (sign); Hekmatyar, the group's leader named in the sentence, is a right counterpart; all fields right."),
 21: ([], "Parvanov conceding defeat is CONCEDE with no party named to whom he conceded (empty target right), document date for this news; all fields right."),
 22: (['source', 'target', 'date'], "The two bloggers were detained by the police they went to complain to: source should be the police (AZE), target the bloggers Hajizade and Milli (AZE), not 'Baku district court'; the text dates this arrest July 2009 (2009-07), not unknown."),
 23: ([], "London pressing Sudan to free the teacher, on Friday 2007-11-30: REQUEST, UK government -> Sudan; all fields right."),
 24: ([], "'Would not accept a new Belarusian ambassador' is a refusal; coded as AGREE negated it matches the conventions' 'RETREAT negated' reading of a refusal (a coder would more likely say REJECT or SANCTION); Sweden -> Belarusian ambassador, document date; accepted."),
 25: (['spurious'], "Spurious: a parliament being due to convene is an institution's own session, not a consultation between two parties; the act in the sentence is the US and the cleric pressing for an inclusive government (REQUEST), which was not coded."),
 26: (['date'], "The detention of Nizar Banat (PSE) is a right COERCE arrest with no named arrester; but the story dates it to the Thursday dawn raid, 2021-06-24, so the document date 2021-06-25 is a background act given the wrong date."),
 27: ([], "The US voicing support for Lithuania is SUPPORT USA -> LTU on the document date; all fields right."),
 28: (['type'], "Prosecutors seeking long prison terms for the accused is part of the prosecution, ACCUSE (allege: bring to trial), not a REQUEST; source Prosecutors (TUR), empty target (the defendants are not named in the sentence) and the ongoing document date are right."),
 29: ([], "The State Department urging Peruvian authorities to respect peaceful protest is REQUEST USA -> PER authorities; the act's time is not stated (set beside the pluperfect 'had called'), so an unknown date is accepted; all fields right."),
 30: ([], "Hu agreeing on Monday (2010-04-12) to work with Washington on a sanctions resolution is AGREE, Hu (CHN) -> US government; reported_by US officials with modality asserted is right; all fields right."),
 31: (['date'], "Fighters returning from Libya with heavy weapons to reinforce the rebels can stand as MOBILIZE (militia), fighters -> rebels; but it is a background act after Gaddafi's fall (2011), so it should be undated, not the document date 2012-04-06."),
 32: ([], "The State Department urging Tehran to cooperate is REQUEST USA -> Iran government on the document date; all fields right."),
 33: (['source'], "The request to investigate was made by the ACLU's lawyers: source should be the ACLU lawyers (USA), not the White House; target the judge (Boasberg, USA) and the document date are right."),
 34: ([], "Secession supporters marching in Aden to denounce the government's national dialogue, on Monday 2013-03-18, is a protest against the authorities' act, so the Yemeni state is a right target; all fields right."),
 35: ([], "The State Department welcoming the agreement is SUPPORT; the sentence names no party as the object (the agreement is an act), so an empty target is right; document date right."),
 36: ([], "Gunmen shooting dead Vice President Qadir (AFG) on Saturday 2002-07-06: ASSAULT firearms; all fields right."),
 37: ([], "At least two people killed in Aden (Yemen, YEM) on the Monday of the protest (2013-03-18), no killer named: ASSAULT; all fields right."),
 38: (['date'], "The US and allies building up forces for a Kandahar push is MOBILIZE USA, with the Taliban named as its aim; but the build-up is going on now and takes the document date 2010-06-02; '2010' comes from 'later this year', the date of the push."),
 39: (['source'], "'He has met every U.S. president' — 'he' is the Dalai Lama, so the source should be the Dalai Lama (Tibetan exile; CHN or none), not George W. Bush; target US presidents (USA) and no date (a span) are right."),
 40: (['type'], "Approving a large arms package for Taiwan is a material commitment, not verbal SUPPORT: AGREE (commitment to provide military aid, the wave-76 rule) or AID; source Bush, target Taiwan and the unknown date of this background act are right."),
 41: (['target'], "Congress calling on 'him' to step down: 'him' is Merino, so the target should be Manuel Merino (PER), not Martin Vizcarra; source, type and the Sunday-morning date are right."),
 42: ([], "Kara-Murza arrested in Moscow in April 2022 (2022-04), no arresting party named: COERCE arrest, target Kara-Murza (RUS); all fields right."),
 43: (['target'], "Berisha dismissing the fraud claims is a REJECT on the document date; but the sentence refers to the claimants as the 'red' losers, the opposition, so the target should be the opposition parties (Socialists, ALB), not empty."),
 44: ([], "Karzai asking the Taliban to come home and abandon violence in his speech on the document date: REQUEST AFG -> Taliban; all fields right."),
 45: ([], "Qurei urging Washington to restrain Sharon: REQUEST, Qurei (PSE) -> US government, document date; all fields right."),
 46: ([], "The US embassy urging the Azerbaijani authorities to respect freedom of expression: REQUEST USA -> AZE authorities, document date; all fields right."),
 47: ([], "Clinton having phoned Murayama to apologise is CONSULT phone USA -> JPN; undated in the text and reported with the summit news, so the document date is accepted; all fields right."),
 48: ([], "Iran suspending cooperation with the IAEA on Wednesday (2025-07-02) is SANCTION Iran -> IAEA; all fields right."),
 49: (['type'], "Police raids are COERCE (seize: law enforcement raids, per the conventions), not ASSAULT; no party named (empty source and target right) and Tuesday evening 2016-03-22 right."),
 50: ([], "A curfew imposed on the capital: COERCE curfew, no imposing party or population named (empty arguments accepted); the day (Friday 2011-04-15) is the day of the government's measures, though '19:00' is the curfew's hour, not the time of the act."),
}
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(HERE + 'events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if 'spurious' in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

P = [
 {"doc": "h34-x129-07", "coder_events": [
    "SUPPORT: leaders of Serbia (SRB) <-> Montenegro (MNE), signed an agreement on a looser union, 2002-03-14",
    "REQUEST: European Union (EU) -> Serbia (SRB) and Montenegro (MNE), pushed hard for the deal, undated"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's mutual SUPPORT signing is right in all fields. The EU's pressure for the deal (a noun-phrase act) was not coded."},
 {"doc": "h34-x129-21", "coder_events": [
    "PROTEST: tens of thousands of people (RUS) -> Russia (RUS), marched in Khabarovsk against the governor's arrest, 2020-07-11",
    "COERCE: (unnamed authorities) -> regional governor Sergei Furgal (RUS), the arrest, undated in the paragraph (2020-07-09 in the story)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The march is found and right (aimed at an act of the authorities, so the state target is right). The arrest named as a noun phrase is coded by dateline only in a later sentence."},
 {"doc": "h34-x130-24", "coder_events": [
    "ASSAULT: Israeli troops (ISR) -> Hezbollah (LBN), crossed into southern Lebanon in ground raids, 2024-10-01",
    "ASSAULT: (unnamed) -> people in Lebanon (LBN), the conflict has killed hundreds over two weeks, a span with no date"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead; the Israeli ground incursion, the story's main event, is missed."},
 {"doc": "h34-x131-02", "coder_events": [
    "SUPPORT: observers (none) -> Ghana's election (GHA), praised the contest as the most open, 1996-12-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election and the commission's announcement have no PLOVER type; the observers' praise was not coded."},
 {"doc": "h34-x129-09", "coder_events": [
    "ACCUSE: Turkish prosecutor (TUR) -> 86 people (TUR), charged with plotting to overthrow the government, 2008-07-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found and right in all fields; the bombings and assassinations are the content of the charge, not separate acts."},
 {"doc": "h34-x129-11", "coder_events": [
    "ACCUSE: European Commission's justice official (EU) -> France (FRA), accused France of targeting Roma, 2010-09-14",
    "THREATEN: European Commission's justice official (EU) -> France (FRA), said she would move towards legal action against Paris, 2010-09-14",
    "COERCE: France (FRA) -> Roma, a wave of expulsions (deport), reported inside the accusation, undated"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The accusation is found and right; the threat of legal action and the expulsions were not coded."},
]
with open(HERE + 'paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
outs = [json.loads(l) for l in open(HERE + 'events-c.jsonl')]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in FIELDS)
    if not v['event']:
        assert not any(v.values())
paras_in = [json.loads(l)['doc'] for l in open(HERE + 'paragraphs-c.jsonl')]
pv = [json.loads(l) for l in open(HERE + 'paragraphs-c-verdicts.jsonl')]
assert [p['doc'] for p in pv] == paras_in and len(pv) == 6
counts = {k: sum(o['verdict'][k] for o in outs) for k in FIELDS + ['all']}
print('right of 50:', counts)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
