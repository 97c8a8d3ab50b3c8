"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below (judge d, round 119)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (set of false fields, or 'spurious'), reasons
V = {
 1: ((), "Serbia detained three Kosovo police officers on Wednesday 2023-06-14: COERCE arrest SRB -> Kosovo police (XKX), all right."),
 2: ({'target'}, "REJECT (defy) by Israel is right and 'said' keeps it asserted, but target should be the UN Security Council (UNO): 'the Council' is not an Israeli body, code ISR is wrong."),
 3: ({'target'}, "ASSAULT by U.S. troops on Tuesday 2003-07-22 is right, but the sentence names the victims: target should be Uday and Qusay Hussein (IRQ), not empty."),
 4: ((), "'Lashkar-e-Taiba group that India blames for the 2008 attacks': a standing accusation India -> LeT (PAK), present tense, so the story date is right."),
 5: ('spurious', "Spurious: Ben Ali fleeing into exile in Saudi Arabia is not a diplomatic visit (CONSULT); no PLOVER act between the parties is reported here."),
 6: ((), "Four U.S. oil companies signed production-sharing deals on Friday 1997-08-01: SUPPORT (sign agreement); the counterpart SOCAR is only in the next sentence, so an empty target is right."),
 7: ('spurious', "Spurious: 'an agreement it never signed' is a background fact that Nicaragua was never a party to the Honduras-Colombia treaty, not a negated signing event."),
 8: ((), "Militants abducted 276 girls in Chibok in April 2014: ASSAULT abduct, source a common-noun group with no country given, target girls (NGA), date 2014-04; all right."),
 9: ({'target'}, "ASSAULT (armed seizure of a base) by the LTTE in April 2000 is right, but the sentence names the victim: target should be the Sri Lankan army (LKA), not empty."),
 10: ((), "Leaders of Poland, Hungary and Czech Republic signed a letter of solidarity with Washington last month (2003-01): SUPPORT -> USA; all right."),
 11: ((), "Opponents accuse Chavez (present tense, ongoing): ACCUSE -> Chavez (VEN), document date 2006-12-04; an empty country for unnamed 'opponents' is right."),
 12: ({'type', 'target'}, "Negated backing of the M23 is a real negated act, but Rwanda's backing of an armed group is material (AID, not verbal SUPPORT), and 'them' refers to the M23 rebels: target should be M23 (COD), not empty."),
 13: ((), "Morocco accused Berlin of hostile acts on Thursday 2021-05-06: ACCUSE MAR -> German government; all right."),
 14: ((), "Diplomats privately called the outburst a mistake: ACCUSE, document date. 'The outburst' names an act, not a party, so an empty target is right by the rules (I would code Chirac, FRA)."),
 15: ({'type', 'date'}, "Accepting election defeat is a concession: type should be CONCEDE (as dateline coded Rosales 'conceded defeat'), not AGREE; date should be the document date 2005-02-07, since it is reported as this news, not unknown."),
 16: ((), "Hezbollah guerrillas seized two Israeli soldiers on July 12 (2006): ASSAULT abduct LBN -> ISR soldiers; all right."),
 17: ((), "Canada's foreign ministry expelled High Commissioner Verma (IND) on Monday 2024-10-14: SANCTION expel; all right (a different sentence from the item-36 event, so not a duplicate)."),
 18: ({'date'}, "Aliyev's official visit to Washington is right as CONSULT visit AZE -> USA, but it is the current visit (White House on Friday): date should be 1997-08-01 (or the document date), not unknown."),
 19: ('spurious', "Spurious: 'We are not calling for war' is a disclaimer with no party asked anything; the sentence's act is a warning to Ethiopia, not a negated REQUEST."),
 20: ((), "Zuma ordered Gordhan to cut short his roadshow earlier this week (2017-W13): REQUEST (order) ZAF -> ZAF; all right."),
 21: ((), "Mexican newspapers and politicians accused Pena Nieto: ACCUSE MEX -> Pena Nieto (MEX), reaction reported as this news, document date; all right."),
 22: ((), "State Department condemned the arrests: ACCUSE USA, document date. 'The arrests' names an act, so an empty target is right by the rules (I would code the Myanmar junta, MMR)."),
 23: ((), "NATO has sent extra troops to KFOR: MOBILIZE troops, NATO, recent act with no date in the text, so the story date is right; KFOR is NATO's own, so an empty target is right."),
 24: ((), "Annan urged governments to turn promises into action: REQUEST UN -> governments (no country), document date; all right."),
 25: ((), "Japan and Australia signed a security declaration on Tuesday 2007-03-13: SUPPORT (sign agreement), mutual; all right."),
 26: ((), "Obama and Medvedev agreed on Monday 2009-07-06 to cut arsenals: AGREE, mutual; all right."),
 27: ({'type'}, "UNSC vote on Wednesday 2001-03-07 to ban purchase of Liberian diamonds is an embargo: type should be SANCTION (CAMEO 163; or THREATEN, given the 'unless' condition), not COERCE ban, which is for banning parties or persons. The decision was made, so asserted is right."),
 28: ({'date'}, "Rodriguez's pledge to fight corruption is AGREE (intent to reform), but Sept. 15 dates the swearing-in; the pledge ('had pledged') has no date in the text, so date should be unknown."),
 29: ((), "Britain expelled four Russian diplomats in July (2007-07): SANCTION expel GBR -> RUS; all right."),
 30: ({'source', 'target'}, "Arrests at the Valparaiso protest 1998-03-11 are right as COERCE arrest, but source should be Chilean police (CHL), not U.S. police, and target the people arrested (CHL or no country), not USA."),
 31: ((), "Chavez promised supporters a 'new era' of socialism on Sunday 2006-12-03: AGREE (promise) -> his supporters (VEN); all right."),
 32: ((), "Oleksy announced his resignation on Wednesday 1996-01-24: RETREAT resign; all right."),
 33: ({'date'}, "Pena Nieto's invitation to Clinton is AGREE MEX -> Clinton (USA), but it is background: it came before the 2016-08-31 visit and has no date in the text, so date should be unknown, not the document date 2016-09-01."),
 34: ({'type'}, "A country withdrawing from an arbitration is SANCTION withdraw (PLOVER: withdraws itself from an organization, treaty, or group), not RETREAT (withdrawing from territory); source Croatia, date 2015 right."),
 35: ({'source', 'date'}, "The call for early elections is REQUEST, but source should be Berisha's Democratic Party (ALB), not Berisha himself, and date should be the document date 2002-01-30 (reaction to Meta's resignation), not 1999."),
 36: ({'target'}, "Mutual expulsion on Monday 2024-10-14 is right, but the text makes the diplomats' countries plain: target should be the other side's diplomats (Canada's for India, India's for Canada), not diplomats with no country."),
 37: ({'date'}, "Sharif's remarks criticising the court are a right ACCUSE PAK -> Supreme Court, but they are background of an earlier, undated time: date should be unknown, not 1997-11-28."),
 38: ({'target'}, "Israeli commandos killing nine Mavi Marmara activists in 2010 is right, but the activists were not Israeli: the target's country should be empty (the text gives none), not ISR."),
 39: ((), "Trump accused Tehran in a White House speech on Friday 2017-10-13: ACCUSE USA -> IRN; all right."),
 40: ((), "Rudd 'has said he backs closer ties with Tokyo': SUPPORT AUS -> Japan, standing position, document date; all right."),
 41: ({'target'}, "France's offer to treat the wounded is AGREE (offer of aid) with document date, but 'the wounded' is a party in the sentence: target should be the wounded of the Baghdad church attack (IRQ), not empty."),
 42: ((), "US and EU have long criticised Lukashenko's rule: ongoing ACCUSE -> Lukashenko (BLR), document date; all right."),
 43: ((), "He (Obama) has said he supports Georgia's territorial integrity: SUPPORT USA -> GEO, document date; all right."),
 44: ((), "OAS and US urged the Haitian government to rein in its supporters, Monday 2001-12-17: REQUEST -> Haiti government; all right."),
 45: ((), "Kubis welcomed the vote: SUPPORT UN, document date. 'The vote' names an act, so an empty target is right (the Iraqi parliament would also be right)."),
 46: ({'source'}, "Islamic State's seizure of Iraq and Syria in 2014 is ASSAULT, but Iraq is a victim, not a co-attacker: source should be Islamic State alone. Syria is a right target, though Iraq belongs there too."),
 47: ({'source', 'target'}, "'It' is the UN Human Rights Council resolution: source should be the UN Human Rights Council (UNO), not Cuba. The welcome is of Sri Lanka's 'liberation' of civilians, not of the LTTE: target should be empty (Sri Lanka, LKA, is not named in the sentence)."),
 48: ({'target'}, "Hungary and Poland dropping their veto is a right CONCEDE, and the document date is right by the rule. But target should be the EU / EU leaders (EUR) named in the sentence, not the rotating presidency (Germany, the broker, from the next sentence)."),
 49: ({'target'}, "The Islamic State of Iraq (IRQ) demanded the release of women: REQUEST yield, document date right. The sentence names the party said to hold them: target should be the Coptic Church in Egypt (EGY), not empty."),
 50: ({'type', 'target'}, "Abu al-Khair 'jailed for 15 years ... on charges' is a court sentence: type should be SANCTION convict, not COERCE arrest; the sentence names him, so target should be Waleed Abu al-Khair (SAU), not empty. Empty source and 2014 are right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        bad, why = V[it['n']]
        if bad == 'spurious':
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h37-x141-06", "coder_events": [
   "REQUEST: UN Security Council (UNO) -> Yugoslavia/Serbian security forces (SRB), demanded immediate ceasefire in Kosovo and withdrawal of Serbian security units, 1998-09-23",
   "THREATEN: UN Security Council (UNO) -> Slobodan Milosevic (SRB/YUG), warned of 'additional measures' if he failed to comply, 1998-09-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's REQUEST (demand-withdrawal) is right; the warning of additional measures (THREATEN) is missed."},
 {"doc": "h37-x144-22", "coder_events": [
   "CONSULT (multilateral): G20 leaders (no country) -> none, summit in Bali ended, 2022-11-16",
   "ACCUSE: G20 members (no country) -> Russia (RUS), declaration strongly condemning the war in Ukraine, 2022-11-16"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the summit (CONSULT) but not the condemnation in the declaration. Russia's invasion is a background noun and is not coded."},
 {"doc": "h37-x142-13", "coder_events": [
   "ASSAULT: Iraqi security forces (IRQ) -> gunmen holding the cathedral, stormed the cathedral, at least 52 killed, 2010-10-31",
   "ASSAULT (abduct): gunmen (no country) -> worshippers (IRQ), took worshippers hostage during Sunday evening mass, 2010-10-31"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline's 'killed' event (source Iraqi security forces) stands for the storming with deaths. Its date is the report day 2010-11-01, but the storming was on Sunday evening, 2010-10-31. The hostage-taking is found."},
 {"doc": "h37-x144-20", "coder_events": [
   "COERCE (arrest): U.S. authorities (USA) -> Salvador Cienfuegos (MEX), arrested at Los Angeles airport on a U.S. drug warrant, 2020-10-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found. Dateline leaves the source empty (passive). 'on a U.S. drug trafficking warrant' points to U.S. authorities."},
 {"doc": "h37-x144-15", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER event. Lugo's ouster is a background noun with no actor and no date, so it is not coded."},
 {"doc": "h37-x143-25", "coder_events": [
   "SANCTION (convict): DRC military court (COD) -> Joseph Kabila (COD), sentenced to death in absentia after conviction, 2025-09-30",
   "AID (reported): Joseph Kabila (COD) -> M23 rebels (COD), alleged support, no date",
   "ASSAULT: M23 rebels (COD) -> DR Congo (COD), have seized large parts of the east, ongoing (no date / document date)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the conviction and the alleged support, but missed the M23 armed seizure of territory (ASSAULT by the wave-30 rule)."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
