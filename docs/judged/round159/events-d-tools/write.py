# writes events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, then checks them
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (wrong fields, reasons); 'SPURIOUS' marks a spurious event
V = {
 1: ('target', "SUPPORT by China's foreign ministry, document date, is right; but the welcomed decision is South Africa's and the sentence names South Africa, so the target should be South Africa (ZAF), not empty."),
 2: ('', "Downer urging all sides in East Timor: REQUEST, AUS -> the sides (TLS), dated by the Aug 8 dateline (no other date in the text); all right."),
 3: ('source target', "The crowd attack on the EU administrator's car in February 1996 is an ASSAULT (PROTEST riot would also do); but the Croat crowds in Mostar are Bosnian Croats, so the source code should be BIH (not HRV), and the target should be the EU administrator (EU, no country), not the 'rotating EU presidency'."),
 4: ('', "Abbas condemning the bombing: ACCUSE, PSE, document date (aides said); 'the attack' names no party, so an empty target is right by the rules (Hamas, which claimed it, would also do)."),
 5: ('date modality', "AGREE (stated intent to seek closer trade ties) URY -> USA is right, but the statement of intent was made: modality should be asserted, and the date the document date 1999-11-29 (Batlle's statement is reported as this news), not unknown."),
 6: ('', "Pakistan welcoming Mandela's words: SUPPORT PAK -> Mandela (ZAF), document date; right."),
 7: ('target', "'We agreed' is AGREE of Wednesday 2001-09-26 with Peres as source; 'we' is Peres and Arafat, so by the mutual-event rule the target should be Arafat (PSE), not empty (PLOVER's own note would make both actors)."),
 8: ('', "Pro-government party supporters clashing with opposition activists in Karachi in May 2007: ASSAULT PAK -> PAK, right (the 'killed' event from the same sentence is the duplicate of this clash, not this one)."),
 9: ('target', "ASSAULT of 2010-04-06 with no attacker in the sentence (empty source right); the target should be the 75 CRPF paramilitary troopers and the state policeman (IND), not the policeman alone."),
 10: ('date', "Fernandes's resignation (RETREAT resign, IND) is right, but the text dates it Thursday night: the date should be 2001-03-15, not the document date."),
 11: ('', "Israeli official accusing Arab states of mixing politics with economics: ACCUSE ISR -> Arab states (no single country), Nov 12 by the dateline; right."),
 12: ('type date modality', "A campaign pledge to station armed icebreakers in the Arctic offers no cooperation: the type should be MOBILIZE (a promise coded as the act promised) with modality future; and it was made 'during the campaign', before the vote, so the date should be unknown, not the document date."),
 13: ('SPURIOUS', "A party official's quote that Iraqis 'voted for security' describes an election result, not a PLOVER act between political actors; spurious."),
 14: ('target date', "THREATEN by Moscow (RUS) is right, but the threat is to aim missiles at Europe: the target should be Europe (no single country code), not empty; 'has threatened' is an earlier undated threat, so the date should be unknown, not the document date."),
 15: ('target', "Vajpayee calling the attacks 'barbaric' is ACCUSE, IND, 2000-08-02; the condemned gunmen are the right party, but the text gives them no country (officials blame the Pakistan-based Lashkar-e-Taiba), so the target should be the gunmen with no code (or empty), not IND."),
 16: ('date', "The EU opening membership talks with Croatia and Turkey is CONSULT EU -> HRV, TUR; the text puts it on the same day as the decision 'last week', so the date should be the week of 2005-10-03 (2005-W40), not unknown."),
 17: ('target', "An ongoing investigation (ACCUSE investigate, document date, investigator unnamed) is right; the target is the two former Syrian ministers, but its 'former ministers' entry has no country: it should be SYR."),
 18: ('', "Four presidents agreeing in Kiev on Tuesday 2006-05-23 to make GUAM an organisation: mutual AGREE UKR/GEO/AZE/MDA; right."),
 19: ('target date modality', "Blair's pressing for action is a REQUEST he says he would make: modality should be future, the date the July 2005 G8 summit (2005-07) rather than the document date, and the target the G8 members, the group named in the sentence, not empty."),
 20: ('', "Mofaz conceding to Livni on Thursday morning: CONCEDE ISR -> Livni (ISR), 2008-09-18; right."),
 21: ('', "Powell meeting Bashir in Khartoum on Tuesday 2004-06-29: CONSULT USA -> SDN; right."),
 22: ('target', "The Aug 1 bombing (ASSAULT, bomber unnamed) is right in type and date; but the sentence names the Philippine ambassador, whose residence was bombed and who was badly injured: the target should be the ambassador (PHL), not 'two people' coded IDN without support in the text."),
 23: ('target', "The attack on government buildings in Baucau and Viqueque is an ASSAULT with no named attacker on Aug 8; the target should be the East Timor government (TLS), whose buildings were attacked, not Fretilin (the towns are only Fretilin strongholds)."),
 24: ('', "At least two civilians killed in the Basra clashes on Monday 2005-09-19: ASSAULT, no attacker named, -> civilians (IRQ); right."),
 25: ('', "The Democratic Party of Nigeria endorsing Abacha on Monday 1998-04-20: SUPPORT NGA -> NGA; right."),
 26: ('date', "Putin's threat to suspend CFE treaty participation is THREATEN RUS with no party named (empty target right); 'has also threatened' is an earlier undated threat, so the date should be unknown, not the document date."),
 27: ('', "Vazquez conceding defeat: CONCEDE URY, no party named in the sentence, document date (this news); right."),
 28: ('', "Fernandes resigning on Thursday night 2001-03-15: RETREAT resign IND; right."),
 29: ('source target', "'We reached an agreement' is AGREE of Saturday 2006-04-22, but Yu Myung-hwan is South Korean: the source should be KOR, not JPN; 'we' is both sides, so the target should be Japan (JPN) by the mutual-event rule, not empty."),
 30: ('SPURIOUS', "Tourists told not to talk politics with North Koreans is a rule for passengers, not a consultation between political actors (negated or not); spurious."),
 31: ('source', "The militant attack at the Jammu army camp on 2002-05-14 is an ASSAULT with target IND right; but the text gives no country for these militants, so the source code should be empty, not IND."),
 32: ('', "The United States revoking Samper's visa in 1996: SANCTION USA -> Samper (COL), 1996; right."),
 33: ('', "Turkish police detaining several people in Istanbul on Monday 2008-07-28: COERCE arrest TUR -> TUR; right."),
 34: ('source date', "Chen asking Soong to carry messages is REQUEST -> Soong (TWN), but the DPP is only in the relative clause: the source should be Chen Shui-bian alone; and he asked before Soong left for his nine-day tour, so the date should be unknown (earlier), not the document date."),
 35: ('target', "The rivals' accusation is ACCUSE (ongoing, document date) with Chechen rivals as source; but the accused is 'him', Maskhadov (RUS): Basayev is one of the accusers, not the target."),
 36: ('type', "The farmers' act in this sentence is blocking roads in a protest whose demands are given: the type should be PROTEST (obstruct), not REQUEST (PLOVER codes protests making demands as PROTEST); farmers (PER), empty target and the ongoing document date are right."),
 37: ('', "Ramos-Horta asking Gusmao on Monday 2007-08-06 to form a government: REQUEST TLS -> TLS; right (the name is cut to 'Jose Ramos' but the party is right)."),
 38: ('type', "Moyo calling the EU sanctions 'a racist, colonial attempt' decries a policy: the type should be ACCUSE (disapprove), not REJECT (no request or proposal is refused); ZWE, empty target (no party named) and document date are right."),
 39: ('', "Harper is expected to seek closer ties with the United States: AGREE CAN -> USA, future, undated; right."),
 40: ('date', "New Delhi's present-tense blaming of Pakistan-based militants is ACCUSE IND -> militants (PAK); but the blame is a current stance, so the date should be the document date 2002-05-25 (December 2001 is the attack's date, not the accusation's)."),
 41: ('', "The Tigers 'have fought since 1983': an ongoing ASSAULT, LKA, no target named, document date; right by the rules."),
 42: ('', "Powell touring the Darfur camp on Wednesday 2004-06-30: CONSULT visit USA -> SDN; right."),
 43: ('', "One man killed in the Pankisi bombing on 2002-08-23: ASSAULT, attacker not named in the sentence, -> GEO; right."),
 44: ('target date', "Clay's accusation is ACCUSE from Britain's envoy (GBR), but the ministers accused are Kenyan: the target should be KEN, not GBR; and his speech was on Tuesday, so the date should be 2004-07-13, not Wednesday 07-14 (the day of Kenya's reaction)."),
 45: ('source date', "Complaints of discrimination are ACCUSE, but dateline's actor merges the indigenous Fijians and the Indo-Fijians: the source should be the Indo-Fijians (FJI); and 'have complained for years' goes on when the story is told, so the date should be the document date 1997-10-01, not unknown."),
 46: ('', "Gerstein and three other Israelis killed on Sunday 1999-02-28: ASSAULT, no attacker named in the sentence, -> ISR; right."),
 47: ('target date', "ASSAULT firearms by gunmen is right, but the sentence names the victims: the target should be the Coptic Christians (EGY); the shooting was shortly before midnight on Wednesday, so the date should be 2010-01-06, not 2010-01-08."),
 48: ('', "The Azerbaijani and Armenian presidents meeting on Monday 1999-10-11: mutual CONSULT AZE/ARM; right."),
 49: ('', "Hu meeting Soong in Beijing on Thursday 2005-05-12: CONSULT CHN -> TWN; right."),
 50: ('', "Youths rioting in Dili on Aug 8: PROTEST riot TLS -> the state (TLS; the sentence names no aim, so the state is a right target); right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == [i['n'] for i in items]
with open('events-d.jsonl', 'w') as f:
    for it in items:
        wrong, why = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {k: False for k in F}
        else:
            bad = wrong.split()
            assert all(b in F for b in bad)
            v = {k: k not in bad for k in F}
        v['all'] = all(v[k] for k in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h56-x217-08", "coder_events": [
   "CONSULT: Heydar Aliyev, president of Azerbaijan (AZE) <-> Robert Kocharyan, president of Armenia (ARM), met on the common border, 1999-10-11",
   "AGREE: Azerbaijan's president (AZE) <-> Armenia's president (ARM), pledged to keep searching for a Nagorno-Karabakh settlement, 1999-10-11"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found, with the presidents coded as their states (AZE, ARM) as mutual parties; dates right."},
 {"doc": "h56-x217-11", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only (a party sweeping a vote, a bloc thrown out of parliament by voters): no PLOVER act."},
 {"doc": "h56-x219-21", "coder_events": [
   "REJECT: Pakistan's Supreme Court (PAK) -> Pervez Musharraf (PAK), reinstated Chief Justice Chaudhry and threw out the misconduct charges Musharraf brought (SANCTION convict would also do for the ruling), 2007-07-20",
   "ACCUSE: Pervez Musharraf (PAK) -> Iftikhar Mohammad Chaudhry (PAK), misconduct charges brought, 2007-03 (background; the paragraph itself gives no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead: the court ruling (the story's main act) and the charges are missed. Musharraf's 1999 seizure of power is not counted (PLOVER has no coup type and the coup was bloodless)."},
 {"doc": "h56-x219-05", "coder_events": [
   "ACCUSE: India (IND) -> Nelson Mandela (ZAF), sharp rebuke, 1998-09-03",
   "CONSULT (multilateral): Nelson Mandela (ZAF) at the Non-Aligned Movement summit, addressed the summit, 1998-09-02",
   "REQUEST: Nelson Mandela (ZAF) -> India (IND) and Pakistan (PAK), said the Kashmir dispute should be settled, 1998-09-02",
   "AGREE: Nelson Mandela / the Non-Aligned Movement (ZAF / no code) -> India and Pakistan, said the group stood ready to help, 1998-09-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Only the summit (CONSULT) was found, dated Thursday although Mandela spoke on Wednesday (paragraph 2); the rebuke, the appeal and the offer of help are missed."},
 {"doc": "h56-x217-10", "coder_events": [
   "ACCUSE: Bill Clinton (USA) -> U.S. House of Representatives (USA), warned the Armenian genocide resolution could harm U.S. interests (an objection; REQUEST would also do), undated (before 2000-10-19)",
   "CONCEDE: U.S. House of Representatives (USA) -> Bill Clinton (USA) / Turkey (TUR), dropped plans for the vote, 2000-10-19 (Thursday, from paragraph 2)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Nothing coded. The resolution recognising the massacres as genocide was never voted, so it is no act of its own."},
 {"doc": "h56-x219-11", "coder_events": [
   "RETREAT (resign): George Fernandes (IND), resigned as defence minister, 2001-03-15",
   "ACCUSE: news website Tehelka.com (IND) -> politicians and officers (IND), released secretly filmed videos of them apparently taking bribes, 2001-03-13 (Tuesday, from paragraph 2)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The resignation is found with the right date; the website's exposé is missed."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
out = [json.loads(l) for l in open('events-d.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in F)
    if not v['event']:
        assert not any(v.values())
pars = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
src = [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
assert [p['doc'] for p in pars] == src and len(pars) == 6
for p, l in zip(pars, open('paragraphs-d.jsonl')):
    assert p['dateline_events'] == len(json.loads(l)['events'])
print('field counts (of 50):', {k: sum(o['verdict'][k] for o in out) for k in F + ['all']})
print('paragraphs: coded', sum(len(p['coder_events']) for p in pars), 'found', sum(p['found'] for p in pars),
      'dateline', sum(p['dateline_events'] for p in pars), 'spurious', sum(p['spurious'] for p in pars))
