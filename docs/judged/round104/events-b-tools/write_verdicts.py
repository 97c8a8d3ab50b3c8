# Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (fields that are wrong, reasons). Empty set = all right. 'event' wrong = spurious.
V = {
 1: ((), "NATO's planned withdrawal from Afghanistan by end-2014 is a promise of future retreat, CONCEDE per the PLOVER codebook; NATO -> Afghanistan, the plan reported as current (document date), asserted as a concession."),
 2: (('target',), "Police (IND) arresting the crew is COERCE arrest on Friday 1995-12-22; but the target should be the five Latvian crew members (LVA) and the British passenger (GBR), not the state of Latvia."),
 3: ((), "Kumaratunga (LKA) urged SAARC members: REQUEST; 'members' (multinational, no code) is the addressee; no day given for her speech, so the document date is right by the rules."),
 4: ((), "Arafat's office (PSE) called on the United States to intervene: REQUEST PSE -> USA; no date in the text, document date right."),
 5: (('type',), "The act is the EU lifting most of its sanctions on Belarus in 2016; type should be RETREAT (ease sanctions, CAMEO 085), not SANCTION. Source, target, date 2016 and modality are right."),
 6: ((), "Crvenkovski (MKD) conceded defeat late on Sunday 1998-11-01: CONCEDE, no target named; all right."),
 7: (('date',), "COERCE arrest Japanese police -> Chinese activists is right, but the date should be 2004-03-24: the next sentences put the landing and detention on Wednesday (China protested late on Wednesday)."),
 8: ((), "Canada recalled its ambassador from Tehran on Wednesday 2003-07-23: SANCTION (reduce diplomatic relations) CAN -> IRN; all right."),
 9: ((), "Mahathir (MYS) 'has clashed with Washington over its policies': verbal disapproval, ACCUSE MYS -> USA; an undated background act of unknown time, so no date is right."),
 10: (('date',), "Houthis (YEM) seizing Sanaa is ASSAULT under the conventions (armed forces taking ground), target Yemen right; but it is a background act before the March 2015 intervention, so the date should be empty/undated (before 2015-03), not the document date."),
 11: (('type',), "Romanians calling on social media for a boycott is a call, not a boycott carried out: type should be REQUEST (the call), source ROU and the boycotted Austrian companies (AUT) kept; date and modality right for the call."),
 12: ((), "Koizumi (JPN) urged calm: REQUEST, no addressee named; news of the day with no date, document date right."),
 13: ((), "Clinton (USA) welcomed the release and thanked Oman: SUPPORT, Oman is the party thanked in the sentence; no date given, document date right."),
 14: ((), "Misuari (PHL) declaring independence of a Bangsamoro republic in August 2013 is defiance (REJECT, CAMEO 128); no target named in the sentence (the government is not); date 2013-08 right."),
 15: ((), "Israeli forces shot dead 16 Palestinians on Friday 2018-03-30: ASSAULT ISR -> PSE; all right."),
 16: ((), "UN urged restraint and accountability: REQUEST, no addressee named; document date right."),
 17: ((), "The 1986 U.S. bombing of Tripoli and Benghazi: ASSAULT USA -> LBY, date 1986; all right."),
 18: ((), "Nigerian warships shelled Freetown on Monday 1997-06-02: ASSAULT NGA -> SLE; 'Sierra Leone government' here is the junta holding Freetown (right party and code, though the label could be read as Kabbah's ousted government)."),
 19: ((), "Regional leaders condemned the attack: ACCUSE, source with no single country, target empty (the attacker is not named in the sentence); document date right."),
 20: ((), "Court sentenced Sharif to life on Thursday 2000-04-06: SANCTION convict per the PLOVER codebook, PAK -> PAK; all right."),
 21: ((), "Sistani (IRQ) blamed the government and parliament in Friday's sermon, 2019-10-04: ACCUSE; all right; the 'told them' REQUEST is a separate event."),
 22: (('date',), "Muizzu (MDV) signing a military assistance deal with China is SUPPORT (sign agreement) MDV -> CHN, but it is an earlier act the text does not date ('has also signed'); the date should be empty, not the document date."),
 23: (('date',), "China's underground test is MOBILIZE (test weapons), but it took place 'only days after' the New York NPT conference that closed about a month before the June 13 announcement: the date should be 1995-05, not 1995-06-13."),
 24: (('target',), "Iranian officials (IRN) accusing 'them' of espionage is ACCUSE, but 'them' are the three American hikers Shourd, Bauer and Fattal (USA), not Iraq; the standing charge takes the document date."),
 25: ((), "Djukanovic (MNE) congratulated 'his rival' Milatovic (MNE): SUPPORT, the description with the right country is the right target; no date given, document date right."),
 26: ((), "Shourd (USA) detained in July 2009: COERCE arrest; the detaining party is not named in the sentence, so an empty source is right; date 2009-07 right."),
 27: (('source',), "Future REQUEST (appeal) to Russia's Supreme Court is right, but the source should be the Crimean Tatar leaders coded UKR (the text stresses Crimea's annexation is not recognised and the Tatars are Crimea's indigenous people), not RUS/GOV."),
 28: (('target',), "De Charette (FRA) rejecting the GIA's claim is REJECT, but the GIA is Algeria's Armed Islamic Group: target code should be DZA, not FRA."),
 29: ((), "Muizzu (MDV) accusing predecessor Solih (MDV) in the campaign before last September's run-off: ACCUSE, 2023-09; all right."),
 30: (('type', 'source', 'date'), "The act is Duma Boko (BWA) not accepting the election result: source should be Duma Boko, not Seretse Khama; type should be REJECT (or CONCEDE negated, not AGREE); told reporters as this news, date should be the document date 2019-10-26. Target empty and 'negated' for the accept verb are right."),
 31: (('date',), "Biya's (CMR) campaign promise of 'great achievements' is AGREE with no target, but it was made during the campaign before the 9 October vote, an earlier undated act: date should be empty (before 2011-10-09), not the document date."),
 32: ((), "Shehbaz Sharif (PAK) called on the world to take note: REQUEST to the international community (no code); document date right."),
 33: (('source', 'target', 'date', 'modality'), "The attack inside the NDS's claim is ASSAULT, but modality should be reported (act inside the claim); source should be the Haqqani network coded AFG (a Taliban faction); target should be empty (the victims are not named; Pakistan's ISI is the alleged helper); date should be 2017-05-31 (Wednesday's bombing). The sentence's own ACCUSE NDS (AFG) -> Haqqani network, ISI (PAK) is not coded."),
 34: ((), "Howard (AUS) asked his officials to convey Canberra's views: REQUEST AUS -> Australian officials; document date right. (The ACCUSE of Mahathir's remarks in the same sentence is not coded.)"),
 35: ((), "Naidu's (IND) visit to Qatar, going on when the story was told: CONSULT visit IND -> QAT, document date right."),
 36: (('date',), "SAARC leaders condemning terrorism: ACCUSE with no target, but it was part of the declaration read out at the summit's close on Sunday: date should be 2005-11-13."),
 37: ((), "Muizzu (MDV) signed around 20 agreements with Beijing in January: SUPPORT (sign agreements) MDV -> CHN, 2024-01; all right."),
 38: ((), "Critics (no country given) accuse Merabishvili (GEO): ACCUSE; the standing accusation takes the document date; all right."),
 39: (('date',), "Clinton (USA) - Khar (PAK) phone call is CONSULT phone, but the call preceded Tuesday's statement: date should be 2012-07-03, not 2011-11 (that is the air strike's month)."),
 40: ((), "Annan (UN) expected to visit Abuja later this month: CONSULT visit, future, 1998-06; all right."),
 41: (('target', 'date'), "Bringing in Turkish-made drones to patrol the maritime zone is MOBILIZE by Muizzu (MDV), but target should be empty (China belongs to the other clause) and the deployment is an earlier undated act ('has ... brought in'): date should be empty."),
 42: (('source',), "Khama stepping down in April 2018 is RETREAT resign with right date, but the source is Ian Khama (BWA), not his father Seretse Khama, a different person."),
 43: (('source', 'target', 'date'), "'He' is Mahathir Mohamad (MYS), who told Muslims to look at themselves: source should be Mahathir, not Syed Hamid Albar; target should be Muslims (named in the sentence, no country); the speech was on Thursday, date should be 2003-10-16. Modality asserted with reported_by the aide is right."),
 44: (('date',), "Duda's (POL) pledges are AGREE with no target, but they were made 'during the campaign', before the 12 July run-off: date should be empty (2020, campaign), not the document date 2020-07-13."),
 45: ((), "Abubakar (NGA) on Monday 1998-06-15 ordered Obasanjo's release, which happened: RETREAT release NGA -> NGA; all right."),
 46: ((), "Seoul (KOR) would demand an explanation from Pyongyang (PRK): REQUEST, future, undated; all right."),
 47: ((), "Troops (BOL) fired tear gas and live rounds to clear barricades on Saturday 2000-04-08: ASSAULT, no target named in the sentence; asserted with residents as reporter; all right."),
 48: ((), "Australia's government (AUS) deplored the decision: ACCUSE; France is referred to only through 'the decision' (an act), so empty target is right; 1995-06-13, the day of the dispatch, is right."),
 49: ((), "Total of more than 500 killed since September 2000: ASSAULT with no source, no date (a span summed from an earlier time); PSE kept as 'most of them Palestinians' (a mixed group; empty would also do)."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 49 and sorted(V) == [x['n'] for x in items]
with open('events-b.jsonl', 'w') as out:
    for x in items:
        wrong, reason = V[x['n']]
        assert set(wrong) <= set(F)
        v = {f: f not in wrong for f in F}
        if not v['event']:
            v = {f: False for f in F}
        v['all'] = all(v[f] for f in F)
        y = dict(x); y['verdict'] = v; y['reasons'] = reason
        out.write(json.dumps(y, ensure_ascii=False) + '\n')

P = [
 {"doc": "h29-x111-04", "coder_events": [
   "RETREAT: Abdulsalami Abubakar (NGA) -> Olusegun Obasanjo and other political detainees (NGA), ordered their release (carried out), 1998-06-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The release was carried out (next paragraph), so RETREAT release rather than an order (REQUEST). Dateline's e1 is right."},
 {"doc": "h29-x109-06", "coder_events": [
   "ASSAULT: Yugoslav army and police units (YUG) -> ethnic Albanian guerrillas (SRB rebels), moved into and took control of the last section of the buffer zone, 2001-05-24",
   "RETREAT: ethnic Albanian guerrillas in southern Serbia (SRB rebels) -> none, handed in weapons under the deal, 2001-05-24"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The forces' entry into rebel-held ground is ASSAULT under the conventions' seizure rule (a coder could argue MOBILIZE, as it was done with NATO's blessing and met little resistance). 'With NATO's blessing' is a modifier, not coded separately. Dateline found neither."},
 {"doc": "h29-x112-19", "coder_events": [
   "SANCTION: Najib Razak (MYS) -> Deputy Prime Minister Muhyiddin Yassin (MYS), dismissed him, 2015-07-28",
   "SANCTION: Najib Razak (MYS) -> the attorney general, Abdul Gani Patail (MYS), replaced him, 2015-07-28",
   "ACCUSE: critics (MYS) -> Najib Razak (MYS), said the moves were aimed at stifling investigations, 2015-07-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dismissals from office coded SANCTION (expel from a body). Tuesday is 2015-07-28 (document date Wednesday 2015-07-29). Dateline has no event here."},
 {"doc": "h29-x109-16", "coder_events": [
   "COERCE: Georgian court (GEO) -> Vano Merabishvili (GEO), ordered him held in pre-trial detention, 2013-05-22",
   "ACCUSE: Saakashvili's allies (GEO) -> the new government (GEO), called the case a vendetta, 2013-05-22"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded the detention only from the next paragraph ('was detained on Tuesday'), not the court order here."},
 {"doc": "h29-x109-20", "coder_events": [
   "ACCUSE: European Union (EUR) -> Law and Justice government (POL), criticism of its conservative agenda, undated (ongoing background)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER event. The EU criticism is a background noun phrase; marginal, listed as a coder would likely code it."},
 {"doc": "h29-x111-01", "coder_events": [
   "COERCE: Indian air force jets (IND) -> Russian-built cargo plane and its crew (LVA), forced it to land in Bombay, 1995-12-22",
   "COERCE: police (IND) -> five Latvian crew members (LVA) and a British passenger (GBR), arrested them, 1995-12-22"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the arrest (right type; its target is the state of Latvia rather than the crew) and missed the forced landing. The suspected arms drop is the reason for the arrest, not a separate coded act between actors."},
]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert q['dateline_events'] == len(p['events'])
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + '\n')

# checks
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 49
for x, y in zip(items, out):
    assert (x['n'], x['doc'], x['trigger']) == (y['n'], y['doc'], y['trigger'])
    v = y['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: y[k] for k in x} == x
cnt = {f: sum(y['verdict'][f] for y in out) for f in F + ['all']}
print('per field (of 49):', cnt)
print('paragraphs:', len(P), 'coded acts', sum(len(q['coder_events']) for q in P), 'found', sum(q['found'] for q in P),
      'dateline events', sum(q['dateline_events'] for q in P), 'spurious', sum(q['spurious'] for q in P))
