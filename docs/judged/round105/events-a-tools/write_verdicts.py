"""Write events-a.jsonl: each item unchanged plus the judge's verdict and reasons.
Verdicts are set by hand below (F = fields judged wrong; SPURIOUS = not an event)."""
import json
SPURIOUS = 'spurious'
V = {
 1: ([], "SUPPORT: Gargash (ARE) welcomed the Gulf deal; the sentence names no party as target, so empty is right; undated act reported as news, document date right."),
 2: ([], "CONSULT: Peres (ISR) held talks with Qatar's emir (QAT) on Tuesday 1996-04-02; all fields right (mode could be visit)."),
 3: (['type', 'source'], "The act at 'suspend' is World Central Kitchen suspending its Gaza operations, not an Israeli ceasefire: type should be SANCTION (withdraw aid/resources), source should be World Central Kitchen (US-based charity, no state code or USA); no recipient named, date Tuesday 2024-04-02 and asserted are right."),
 4: (['source'], "ACCUSE is right, target Bhutan (BTN) right, document date right; source should be ULFA with country IND (the story calls it one of the Indian separatist rebel groups fighting for a state in Assam), not an empty code."),
 5: ([], "ASSAULT: two Greek Cypriot protesters (CYP) killed in August 1996; the sentence names no killer, so empty source is right; date 1996-08 right."),
 6: ([], "ASSAULT: Israeli gunships (ISR) fired missiles at Palestinian police (PSE) on Thursday 2001-12-13; attribution to witnesses keeps it asserted; all right (mode would be aerial)."),
 7: ([], "ASSAULT: four policemen (SRB police) killed 'this week' (week 47 of 2000); a separate incident from the general attacks in Kostunica's warning, so not a duplicate; killers not named in the sentence, empty source right."),
 8: ([], "THREATEN: four Kashmiri militant groups (IND, Indian Kashmir) threatened to turn the buses into coffins; no party named as target; undated earlier threat with basis unknown is right."),
 9: (['target'], "RETREAT (pardon with immediate effect) and 2014 are right, empty source is right (the sentence does not name the pardoner), but the person pardoned is 'he' = Patrice Talon (BEN); target should be Talon, not Boni Yayi."),
 10: (SPURIOUS, "'I asked God' is not a political request; the trigger is in another sense. The real act in the sentence (giving lawmakers one more week to approve the loan, an ultimatum to the Legislative Assembly on Sunday 2020-02-09) is not what this event records."),
 11: (['source', 'target'], "REQUEST is right and the document date is right, but source should be Colombian and Venezuelan business leaders (COL/VEN business), not USA government; target should be the governments of Colombia and Venezuela (COL, VEN), not an uncoded 'governments'."),
 12: ([], "REQUEST: the mutinous soldiers (CAF) demanded dismissals and back pay on Saturday 1996-05-18; the addressee is not named in the sentence, empty target right."),
 13: ([], "Declaring independence coded REJECT (CAMEO 128 defy norms), acceptable; separatist leaders in Ukraine (UKR) right (sector aside); no target named as the party rejected; 'this month' = 2014-05 right."),
 14: (['date'], "ACCUSE Iranian authorities (IRN) -> Israel, US is right, but the blame is background to the January 2010 killing, not news of 2010-11-29: date should be none (or 2010-01), not the document date."),
 15: ([], "PROTEST by government supporters (SDN) in Khartoum on Sunday 2008-07-13, aimed at the ICC not the state, so empty target is right by the crowd-protest rule."),
 16: ([], "REQUEST by mutinous police (BOL) demanding higher pay on Wednesday 2003-02-12; accepted as REQUEST (an armed mutiny, not a civilian protest; a coder could also code the mutiny itself as PROTEST); addressee not named."),
 17: ([], "ACCUSE: Russia (RUS) condemned the decision; the sentence names no party ('the decision' is Germany's act), so empty target is right by the rules (I would code Germany); document date right."),
 18: ([], "Siniora (LBN) would not accept the ministers' resignations: AGREE negated is the equivalent of REJECT asserted (as 'refused to withdraw' in the conventions); resigners not named, empty target right; Saturday 2006-11-11, the story's dateline day, right."),
 19: (['source'], "The noun phrase 'Western military aid to Kyiv' holds an ongoing AID act (document date fine), target Ukraine (UKR) right, but source should be the Western governments giving the aid, not Milanovic, who only questioned it."),
 20: (SPURIOUS, "'a militant group calling itself the Bakassi Freedom Fighters' is a self-naming, not an accusation; no ACCUSE act here."),
 21: (['target', 'date'], "COERCE (seizing the ship; seize rather than arrest) by Panamanian authorities (PAN) is right, but target should be the North Korean ship Chong Chon Gang (PRK), named in the sentence; the detention predates Tuesday's Cuban statement and the text gives no date, so date should be none, not 2013-07-16."),
 22: ([], "COERCE arrest: Egyptian police (EGY) detained several activists (EGY) in Cairo; undated act reported as this news, the story's dateline day 2007-03-27 accepted; attribution to witnesses keeps it asserted."),
 23: (['target'], "THREATEN by Turkey (TUR) on Monday 1997-01-06 is right, but the sentence names the party threatened: target should be Cyprus / the Greek Cypriot government (CYP), not empty."),
 24: (['target'], "SANCTION withdraw by China (CHN) and the undated background act are right, but the ambassador was recalled from the United States, named in the sentence: target should be the United States (USA)."),
 25: ([], "PROTEST: soldiers (CAF) took to the streets over unpaid wages on 1996-04-18; no target named in the protest's clause, empty is right."),
 26: ([], "REQUEST: Mahathir (MYS) on Saturday 1997-09-20 called for currency trading to be banned; no addressee named; the accusation of speculators is a separate event."),
 27: (['date'], "ASSAULT Bhutan's army (BTN) -> Indian separatist rebels (IND) is right, but the text dates the launch (the attack on the camps) early on Monday: date should be 2003-12-15, not the Tuesday of the officials' statement."),
 28: ([], "ASSAULT (taking ground, per conventions) by Bosnian Serb forces (BIH) on Tuesday 1995-07-25; the UN, whose safe area was overrun, is an acceptable target."),
 29: ([], "COERCE restrict: Hungary (HUN) sealed its border with Serbia (SRB) on Tuesday 2015-09-15; the detentions are a separate event."),
 30: ([], "ACCUSE Ahmadinejad (IRN) -> Israel (ISR) on Monday 2010-11-29; Western governments are missing as a second target, but the target given is a right party."),
 31: ([], "THREATEN (a coercive warning during the crackdown; REQUEST would also be defensible): the Interior Ministry (BHR) warned residents (BHR) on Thursday 2011-02-17."),
 32: ([], "MOBILIZE weapons (test weapons systems): North Korea's (PRK) 2006 nuclear test, dated 2006 by the text."),
 33: ([], "PROTEST: tens of thousands (MYS) marched under the Bersih banner in November 2007; no other aim named, so the state (MYS) is a right target."),
 34: ([], "COERCE curfew: the Tunisian government (TUN) imposed a night curfew on Ben Guerdane (TUN); undated, reported as this news, document date accepted."),
 35: ([], "CONSULT: Kirchner (ARG) met Chavez (VEN) earlier on Friday 2007-03-09."),
 36: (['modality'], "AID Russia (RUS) -> rebels (UKR), ongoing, is right, but 'Kiev says Russia is arming the rebels' is Kiev's accusation, denied by Moscow in the next sentence: the act is inside an accusation, modality should be reported."),
 37: ([], "ACCUSE: opponents (country not given; empty right) accuse Milanovic (HRV); habitual present, document date right."),
 38: (['target'], "Babis (CZE) rejecting the comparisons is accepted as REJECT (a denial; PLOVER might not code it at all), document date right, but Hungary and Poland are what he is compared to, not the party rejected: target should be empty (the critics are not named)."),
 39: (['source'], "A second-sentence account of the dawn raid, not a duplicate by the sentence rule; 'us' = protesters (BHR) and 2011-02-17 are right, but 'they' are the riot police: source should be the Bahraini riot police (BHR), not 'women'."),
 40: ([], "ACCUSE disapprove: the Serbian parliament's (SRB) declaration condemns the Srebrenica crime; perpetrators not named, empty target right; adopted early Wednesday 2010-03-31."),
 41: ([], "SUPPORT: South Africa's foreign ministry (ZAF) welcomed the handover; no party named as target; the story's dateline day 1995-01-25 right."),
 42: ([], "REJECT: Georgian opposition leaders (GEO) rejected the count as rigged on Thursday 2008-05-22; no party named as target."),
 43: ([], "RETREAT resign: the head of Togo's electoral commission (TGO) resigned hours before Wednesday's declaration, 1998-06-24."),
 44: (['target'], "Kurz (AUT) calling the attack Islamist terrorism is ACCUSE disapprove, undated and reported as news, but the party condemned is the gunman named in the sentence: target should be the gunman (no code in the sentence), not empty."),
 45: ([], "ASSAULT: civilians (TUN) killed in Monday's 2016-03-07 dawn attack; the attackers are not named in the sentence, empty source right; security-force victims are missing but the given target is right."),
 46: ([], "Eyadema (TGO) seized power in a bloodless coup in January 1967: ASSAULT accepted (armed seizure), date 1967-01 right."),
 47: (['date'], "REQUEST Czech police (CZE) -> parliament (CZE) is right, but 'have asked' is a background act of an earlier time (before the election), not news of 2017-10-22: date should be none."),
 48: (['target'], "MOBILIZE troops by India (IND) is right, but West Bengal is where the troops went, not a party acted upon: target should be empty (or the fleeing rebels)."),
 49: (['date'], "RETREAT (Israel ended its Gaza offensive) Israel -> Palestinians (PSE) is right, but the act is 'less than a month' before the vote: date should be 2009-01 (or none), not the document date 2009-02-11."),
 50: ([], "REQUEST: Chakwera (MWI) urged his supporters (MWI) to accept the outcome in his address hours before Wednesday's result, 2025-09-24."),
}
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == SPURIOUS:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v['all'] = all(v[f] for f in FIELDS)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: 0 for f in FIELDS + ['all']}
for l in open('events-a.jsonl'):
    o = json.loads(l)
    for f in counts: counts[f] += o['verdict'][f]
print(counts)
