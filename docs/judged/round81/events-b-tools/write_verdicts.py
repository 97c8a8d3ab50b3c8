# writes events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below
import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
F = ('event', 'type', 'source', 'target', 'date', 'modality')
# n -> (set of wrong fields, or 'spurious'), reasons
V = {
 1: ((), "Suicide bombing of restaurants on Bali, Saturday evening 2005-10-01: ASSAULT; bombers with no country given in the text (empty code right); target the Indonesian restaurants and people in them, Indonesia (IDN) accepted."),
 2: ((), "Protesters' arson on government buildings is a riot (PROTEST riot) in Jordan; aimed at government buildings, so the Jordanian state is a right target; undated act of this news takes the document date."),
 3: ((), "20 more killed in the clashes after the gunmen's attacks: ASSAULT; the sentence names no attacker (empty source right), victims in Iraq (IRQ); the clashes were 'within hours' of Tuesday's raid, 2013-04-23."),
 4: ((), "Erbakan's resignation is RETREAT resign; Wednesday before the 1997-06-19 (Thursday) story is 1997-06-18."),
 5: ((), "Indian jets shot down a Pakistani navy plane on Tuesday 1999-08-10 (the dateline day): ASSAULT India (IND) -> Pakistan (PAK), right."),
 6: ((), "White House congratulated Moon: SUPPORT USA -> Moon (KOR), reported as this news on the document date."),
 7: (('type',), "A rocket launch (the text calls it a disguised missile test) is not an attack: type should be MOBILIZE (test weapons systems), not ASSAULT; North Korea as source, Japan (overflown) accepted as target, Sunday 2009-04-05 right."),
 8: ((), "Bhutto telephoned U.S. officials: CONSULT phone PAK -> USA, on the dateline day 1995-03-08, right."),
 9: (('target',), "REJECT of the criticism is right, but the criticism is Britain's and the U.S.'s and the sentence refers to them as 'foreign governments' (should stop meddling): target should be Britain/the United States (GBR/USA), not empty."),
 10: ((), "NATO allies backed Washington: SUPPORT NATO -> United States (USA), document date of the report, right."),
 11: (('target',), "Anti-government protests of August 2022 are PROTEST with the right month; the sentence names their aim as the government, so by the crowd-protest rule the target should be Sierra Leone's government (SLE), not empty (empty source accepted: no protesters are named)."),
 12: (('target',), "Sudan accusing Pronk of hostility: ACCUSE, Sudan source right, date 2006-10-22 right; but Pronk is acted on as the top U.N. envoy, so his code should be the U.N. (IGO), not NLD (his nationality, given only in a later sentence)."),
 13: ((), "Morocco broke off relations with Iran on Friday 2009-03-06: SANCTION MAR -> IRN, right."),
 14: (('date',), "The capture of an Israeli soldier by Palestinian militants is the act of this story (ASSAULT abduct, PSE -> ISR right), not an undated span: date should be 2006-06-25, the Sunday of the raid; 'since 1994' dates the previous capture, not this one."),
 15: ((), "Olmert holding the Palestinian leadership responsible: ACCUSE ISR -> Palestinian leadership (PSE), statement reported as this news on the document date, right."),
 16: ((), "Army's earlier demand for the envoy's expulsion: REQUEST Sudan's army (SDN) -> the U.N. envoy (IGO), background act with no date given, so no date is right."),
 17: ((), "Guebuza and Dhlakama signed the accord on Friday 2014-09-05: SUPPORT (sign agreement), mutual parties both MOZ, right."),
 18: (('target',), "Israel closing the crossings on Monday 2006-06-26 is COERCE restrict, right; but the closure is aimed at 'the strip', Gaza, named in the sentence: target should be Gaza / the Palestinians (PSE), not empty."),
 19: ((), "King Abdullah opened the Arab summit he hosted on Wednesday 2007-03-28: CONSULT multilateral with source SAU and no target, right."),
 20: (('target',), "Araoz calling the dissolution illegal is ACCUSE by Araoz (PER), date right; the dissolution is Vizcarra's act and he is named in the same sentence, so target should be Martin Vizcarra (PER), not empty."),
 21: (('source',), "Ona believed to oppose any deal, per officials: REJECT, reported, no target, right; but Francis Ona is the Bougainville rebel leader (Papua New Guinea, PNG), not a New Zealand government person: source code should be PNG."),
 22: ((), "U.S. condemned the drone attack: ACCUSE by the USA; attackers unknown, so no target; document date right."),
 23: (('target',), "Hamas vowed to retaliate with attacks inside Israel: THREATEN violence by Hamas (PSE), date right; Israel is named in the sentence as the threatened party: target should be Israel (ISR)."),
 24: ((), "Netanyahu not prepared to compromise on the blockade: CONCEDE negated (equivalently REJECT asserted) by Netanyahu (ISR); no other party in the sentence; document date right."),
 25: ((), "Clinton condemned the attack: ACCUSE by Clinton (USA), attackers unknown so no target, on the dateline day 1995-03-08, right."),
 26: ((), "Mary Robinson (U.N., IGO) urged the delegations to stay: REQUEST to multinational delegations (no code), undated statement of this news on the document date, right."),
 27: ((), "April attempt to bar Hasina's return: COERCE restrict by the Bangladeshi authorities (BGD) on Hasina (BGD), dated 2007-04 as the text gives, asserted (the bar was tried)."),
 28: ('spurious', "Spurious: the U.S. tariffs are a topic Ramaphosa hoped to discuss, a standing state named as a noun, not an act reported in the sentence (and if coded, the tariffs were imposed earlier, not on 2025-05-21)."),
 29: (('date',), "Curfew imposed by Interior officials in the Manila region: COERCE curfew PHL, right; but the time 00:00 comes from 'midnight-to-dawn' (the curfew's hours), not from the imposition: date should be 2007-11-29 (Thursday of the standoff), without the midnight time."),
 30: ((), "Taiwan's foreign ministry accused Ortega's government: ACCUSE TWN -> Ortega's government (NIC), document date, right."),
 31: (('date',), "Demirel expected to hold consultations with party leaders: CONSULT future, right parties; but 'on Thursday' in a story of Wednesday's resignation dated Thursday 1997-06-19 is that day: date should be 1997-06-19, not 1997-06-26."),
 32: ((), "Serbs wrongly accused for years: an ACCUSE against Serbs (SRB) by accusers the sentence does not name (empty source right), a span over years with no date, right; a marginal event most coders would skip."),
 33: (('date',), "Downer urged Jakarta to disarm the militias: REQUEST AUS -> IDN, right; but the Monday belongs to Gusmao's statement in the previous paragraph, and Downer reacts to Tuesday's killings: date should be the document date 1999-04-07."),
 34: (('date',), "Militia attack on the Liquica church: ASSAULT, parties accepted; but the attack was on Tuesday ('the assault on Tuesday'), Wednesday is when officials reported it: date should be 1999-04-06."),
 35: ((), "Philippine government and the MILF signed the peace agreement on Thursday 2014-03-27: SUPPORT, mutual PHL parties, right."),
 36: ((), "Government rejected the aide's account: REJECT by the Indonesian government (IDN); 'that account' is not a party and the sentence names none as target; document date right."),
 37: ((), "Wall Street Journal called for Gershkovich's release: REQUEST by the WSJ (USA); Russia, the party asked, is not named in the sentence, so no target is right; document date right."),
 38: (('target',), "Georgian troops fought their way into Tskhinvali on Friday 2008-08-08: ASSAULT by GEO, right; but the sentence names the attacked party, breakaway South Ossetia / 'the separatists': target should be the South Ossetian separatists (GEO, REB), not empty."),
 39: ('spurious', "Spurious: Boko Haram's wish to 'impose strict Islamic law' is a description of the group's aim, not an act, and Islamic law is not martial law or a state of emergency (the trigger read in another sense)."),
 40: ((), "Moon said he would travel to Washington, Beijing and Tokyo: CONSULT visit future (as 'will meet' in the conventions; PLOVER could also code it AGREE), KOR -> USA/CHN/JPN, no date given, right."),
 41: (('source',), "Opposition politicians called for an inquiry: REQUEST, no addressee named, date Tuesday right; but they are Israeli opposition politicians (the sentence sets them beside 'some Israeli officials' on the Israeli strike): source code should be ISR, not empty."),
 42: ((), "Netanyahu apologised in 2013: SUPPORT (apologise) by Netanyahu (ISR), dated 2013 as the text gives; Turkey is not named in the sentence, so no target is right."),
 43: (('target',), "IMF agreed on Wednesday 2002-08-07 to lend $30 billion: AGREE (a pledge of a loan) by the IMF, right; but Brazil, the borrower, is named in the sentence: target should be Brazil (BRA), not empty."),
 44: (('target',), "Putin suspended Russia's participation in the INF treaty in March 2019: SANCTION withdraw by Putin (RUS), right; but Russia cannot be the target of its own suspension: target should be the treaty partner, the United States (USA, named in the sentence), or empty."),
 45: ((), "Beijing received Abe on his visit on Sunday 2006-10-08 (the document date): CONSULT visit, China host -> Abe (JPN), right."),
 46: ((), "Kathmandu accuses New Delhi of an undeclared blockade: ACCUSE NPL -> IND, an ongoing accusation on the document date, right."),
 47: (('target',), "Jordanians took to the streets on Thursday 2012-11-15: PROTEST demo by Jordanians (JOR), right; but the protest is against fuel price rises decided by the government and calls for King Abdullah to step down, so by the crowd-protest rule the target should be the Jordanian state / King Abdullah (JOR), not empty."),
 48: (('target',), "Lahore court ordered the man held on Friday 2011-01-28: COERCE arrest by a Pakistani court (PAK), right; but 'the man' is the American Raymond Davis: target code should be USA, not PAK."),
 49: ((), "Abbas called for the soldier's release: REQUEST by Abbas (PSE); the captors are not named in the sentence, so no target is right; undated statement of this news on the document date."),
 50: ((), "Last month Mogadishu accused Kenya of interfering in Jubaland: ACCUSE SOM -> KEN, dated 2020-11 ('last month' of a 2020-12-15 story), right."),
}
out = []
for l in open('events-b-items.jsonl'):
    it = json.loads(l)
    wrong, why = V[it['n']]
    if wrong == 'spurious':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = why
    out.append(it)
assert len(out) == 50
with open('events-b.jsonl', 'w') as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')

P = {
 'h18-x68-13': (["RETREAT (resign) / CONCEDE: Myanmar's ruling military council (MMR, MIL) -> new nominally civilian government of Thein Sein (MMR, GOV), dissolved itself and handed over power, 2011-03-30 (Wednesday)"], 0, 0, 0,
   "No dateline event in the paragraph; the junta's handover of power (CAMEO 0831/0834-like, PLOVER RETREAT resign or CONCEDE) was missed."),
 'h18-x65-20': (["PROTEST demo: street protesters (ARM) -> Armenia's long-ruling elite / government (ARM), street protests that began a month ago, 2018-04"], 0, 0, 0,
   "The parliament's election of Pashinyan as prime minister has no PLOVER type and is not counted; the background protests (dated 'a month ago') were missed."),
 'h18-x68-03': (["SUPPORT: more than 120 countries (multinational, no code) sign the treaty banning anti-personnel landmines, 1997-12-03 (Wednesday)"], 0, 0, 0,
   "The mass signing of the Ottawa treaty was missed (no dateline event in the paragraph)."),
 'h18-x65-07': (["CONCEDE: Turkey's parliament (TUR, LEG) -> Kurds / Turkish public (TUR), votes to abolish the peacetime death penalty and allow Kurdish broadcasting and education (easing restrictions, CAMEO 0811/0833), session ending early on 2002-08-03 (Saturday)"], 0, 0, 0,
   "The reform package, an easing of restrictions, was missed; the push to open EU talks is the aim, not an act."),
 'h18-x66-20': ([], 0, 0, 0,
   "Election results and coming coalition haggling: no PLOVER act in the paragraph."),
 'h18-x66-15': (["PROTEST demo: thousands of Jordanians (JOR) -> Jordanian government / King Abdullah (JOR), third day of protests against fuel price rises with calls for the king to step down, 2012-11-15 (Thursday)"], 1, 1, 0,
   "dateline's e1 is the protest with the right type (target left empty, see item 47); the calls for the king to step down are part of the protest (PLOVER codes requests made by protests as PROTEST), not a second act."),
}
pl = []
for l in open('paragraphs-b.jsonl'):
    p = json.loads(l)
    ev, found, n, sp, notes = P[p['doc']]
    assert n == len(p['events'])
    pl.append({'doc': p['doc'], 'coder_events': ev, 'found': found, 'dateline_events': n, 'spurious': sp, 'notes': notes})
assert len(pl) == 6
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in pl:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
# summary
cnt = {f: sum(it['verdict'][f] for it in out) for f in F + ('all',)}
print(cnt)
print('paragraphs: coded', sum(len(p['coder_events']) for p in pl), 'found', sum(p['found'] for p in pl),
      'dateline', sum(p['dateline_events'] for p in pl), 'spurious', sum(p['spurious'] for p in pl))
