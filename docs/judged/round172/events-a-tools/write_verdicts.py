"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them.
usage: python3 events-a-tools/write_verdicts.py   (run in docs/judged/round172)"""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'SPURIOUS'; reasons)
V = {
 1: ([], "Police arrest of four suspects in Macedonia, source police (MKD), target the four people (MKD); no date in the text, reported as this news, so the document date is right; asserted with the interior ministry as reporter."),
 2: (['date'], "REQUEST from Hasina (BGD) to world leaders (no country), future, is right; but the text dates the pressing: it is to happen at the U.N. General Assembly 'next week', so the date should be 2017-W38, not unknown."),
 3: ([], "Yatseniuk (UKR) accusing Moscow (RUS government) of using gas as a weapon: ACCUSE, asserted, dated the document date of this news (2014-06-16)."),
 4: ([], "Seeking consular access (for the detained William Nguyen) is a REQUEST by the State Department (USA) to the Vietnamese authorities (VNM); this news, document date 2018-06-11, asserted. (The 'urged ... respect the right to peaceful assembly' request in the same sentence was not coded.)"),
 5: ([], "'A businessman backed by former President Michel Martelly' states Martelly's standing support (SUPPORT) for Moise, both HTI; a backing still in force when the story is told takes the document date; asserted."),
 6: (['type', 'modality'], "'We do not recognise these results' is Navalny rejecting the election results, not diplomatic recognition: type should be REJECT, modality asserted (not negated SUPPORT); source Navalny (RUS), empty target and Monday evening 2013-09-09 are right."),
 7: (['target'], "Macron (FRA) wanting the leaders to declare publicly whether they want French troops is a REQUEST, undated background (unknown is right); but 'them' are the leaders of the five Sahel countries he summoned, not the Barkhane force: target should be the Sahel leaders (G5 Sahel heads of state)."),
 8: ([], "Prosecutors (MKD) charged Zaev (MKD): ACCUSE allege; the sentence gives no date and the charge is this news (announced Saturday, document date 2015-02-01 accepted); asserted. (The court confiscating his passport in the same sentence was not coded.)"),
 9: ([], "Gunmen (no country given) attacked Egyptian troops (EGY) on Friday 2014-10-24: ASSAULT, asserted."),
 10: ([], "Reporters Without Borders (international NGO, no country code in the text) welcomed the pardons: SUPPORT, this news, document date 2024-07-30, asserted; the sentence names no party, only 'the pardons', so an empty target is right by the rules (a coder would otherwise name King Mohammed VI, MAR)."),
 11: (['source', 'target', 'date'], "The FLN carried out the attacks in which nine people were killed: source should be the FLN (RWA rebels), target the nine people killed in southern Rwanda (RWA), not FLN as target; date should be 2018 (the text's year), not the 2021-09-20 ruling date."),
 12: (['date'], "Saied (TUN) accusing the Supreme Judicial Council's members (TUN) of corruption is ACCUSE, asserted; but the text places this statement in the video from the late-night meeting on Saturday, so the date should be 2022-02-05, not the document date 2022-02-06."),
 13: (['source'], "Killing of at least 16 people (AFG) on the document date 2020-05-12, asserted, is right; but the killers are the gunmen named in the same sentence (the three attackers firing at mothers and babies): source should be the gunmen (attackers, no country), not empty."),
 14: ([], "Several people (AZE) killed in the 2015 Nardaran raid: ASSAULT, 2015, asserted; the sentence does not say who killed them (deaths 'when police raided'), so an empty source is accepted; the raid itself is coded separately (item 45), a different act."),
 15: (['date', 'modality'], "Trump (USA) saying he could accept one state or two for Israelis and Palestinians indicates willingness (AGREE, targets acceptable); the willingness was stated on Wednesday: date should be 2017-02-15 and modality asserted (an expression of willingness is made, as offers are), not unknown/hypothetical."),
 16: (['date', 'modality'], "'Promised to defend the rights of women and of all Tunisians' is an AGREE by Marzouki (TUN) toward Tunisians, but the promise was made (asserted) when he addressed deputies on his election, document date 2011-12-12; the 'if he failed' condition belongs to the resignation clause, not to this promise."),
 17: ([], "Kabul (AFG government) will send a delegation to Islamabad (PAK government): CONSULT, future, no date given (unknown is right), reported by Ghani."),
 18: ([], "Erdogan (TUR) has accused the party (the HDP, TUR) of supporting terrorism: ACCUSE, a standing accusation still in force, so the document date is right; asserted."),
 19: ([], "Tokyo (JPN government) recalled its ambassador to Seoul (KOR) last week: SANCTION (reduce relations), 2012-W32 relative to the 2012-08-16 document, asserted."),
 20: ([], "Sudanese officials (SDN) rejected the criticism: REJECT, this news (document date 2017-12-26), asserted; the sentence names no party (only 'the criticism'), so the empty target is right."),
 21: ('SPURIOUS', "'The plot was uncovered at a politically delicate moment' restates the lead's discovery and arrests as background for the timing; no act between actors is reported here (no source, no target) and PLOVER has no type for 'uncovering' a plot: not an event."),
 22: ([], "Azerbaijan (AZE) has long accused foreign-backed Islamist groups of seeking to destabilise it: ACCUSE; the groups are the right party (the garbled name 'backed Islamist groups' still designates them) and AZE is plausible for domestic groups with foreign backing; an accusation still going on takes the document date; asserted."),
 23: ([], "Wang Qishan (CHN) stepped down from the Standing Committee at the line-up announced on the document date 2017-10-25: RETREAT resign, asserted."),
 24: ([], "Riots in Paraguay in which protesters burned part of Congress over the re-election amendment: PROTEST riot, source protesters (PRY), target the state (PRY) right as the riots were aimed at the authorities' act; 'last year' = 2017; asserted."),
 25: ([], "Zakharova (RUS) blamed Pristina (Kosovo government, XKX): ACCUSE, this news (2019-05-28), asserted; a different act (blame, CAMEO 112) from her calling the detention a provocation (criticism, item 50), with a different party."),
 26: (['source', 'target'], "Resignation of Wefaq's lawmakers from parliament in 2011 is a RETREAT resign dated 2011, asserted; but they are Bahraini: source should be the Wefaq lawmakers (BHR) and target Bahrain's parliament (BHR), not USA."),
 27: (['target'], "Hasina (BGD) travelling to New York for the U.N. General Assembly next week is a future CONSULT dated 2017-W38; but the meeting she attends is the U.N. General Assembly: target should be the U.N. General Assembly (IGO, no country), not the city New York coded as a USA country."),
 28: (['date', 'modality'], "The opposition MDP (MDV) rally is a PROTEST, empty target right; but it is only planned, two days after the Wednesday 2015-11-04 emergency: modality should be future and date 2015-11-06 (the text fixes the day), not asserted 2015-W45."),
 29: ('SPURIOUS', "'Moscow is probing the alliance's defences' means testing NATO's defences militarily, not an investigation (trigger in another sense); the act in the sentence is the Baltic states (EST/LVA/LTU) warning about Russia, an ACCUSE that dateline did not code. Not an event as coded."),
 30: (['source'], "More than 500 people (IRQ) killed since October is a total with no date (unknown is right), asserted; but the sentence names the killers, 'many of them by security forces and militiamen': source should be the Iraqi security forces and militiamen (IRQ), not empty."),
 31: (['source'], "Qadri calling for the dissolution of parliament (PAK) is a REQUEST, a standing call of this news (document date accepted), asserted; but the source is Tahir-ul-Qadri (PAK) alone, not Qadri with no code plus Canada (CAN), which is only where he returned from."),
 32: (['date'], "Roble (SOM) accused Farmajo (SOM) of sabotaging the elections: ACCUSE, asserted; but the text says this was 'a day after' which the row escalated on Monday: date should be 2021-12-26, not the document date 2021-12-27."),
 33: (['date'], "Khatib (SYR) urged the United States (USA) to extend Patriot protection: REQUEST, asserted; but he said it addressing the Doha summit on Tuesday: date should be 2013-03-26, not Sunday 2013-03-24 (the day of his resignation)."),
 34: ([], "PTI (PAK) said it would appeal to the Islamabad High Court (PAK): REQUEST to the court, future, no date given (unknown is right)."),
 35: ([], "Ghani (AFG) ordering the army (AFG) to switch to offensive: REQUEST (order), said in the televised address of the document date 2020-05-12, asserted; the lead's and the quote's orders are in other sentences, so not a duplicate."),
 36: ([], "The U.N. mission in Libya (IGO, UNO) urged all sides (in Libya, LBY) to show restraint: REQUEST, this news (2013-11-16), asserted."),
 37: ([], "Marzouki (TUN) would resign if he failed the revolution's hopes: the resignation coded as RETREAT with hypothetical modality, as the rules code 'is to step down' as the resignation in the future; no date for a hypothetical act (unknown is right)."),
 38: (['source', 'target'], "Mortar fire from Syria at the Israeli-held Golan on Wednesday 2015-01-28 is an ASSAULT, asserted; but 'Mortar' is the weapon, not a party: the source should be empty (no shooter named; the fire came from Syria), and the target should be Israel (ISR, the Israeli-held Golan), not Syria."),
 39: (['target'], "Maduro (VEN) would ask the National Assembly for decree powers: REQUEST, future, no date (unknown right); but the National Assembly is Venezuela's: target country should be VEN, not USA."),
 40: ([], "Khaleda Zia (BGD) jailed in 2018: COERCE (imprisonment), source unnamed (empty right), 2018, asserted."),
 41: ([], "The party (HDP, TUR; dateline names it by its later name DEM Party, the same organisation) rejects Erdogan's (TUR) charge: REJECT, a standing denial, document date right, asserted."),
 42: ([], "The government (PAK) would not bow to 'a handful of people' (Qadri's protesters, PAK): CONCEDE negated, equivalent by the rules to a REJECT asserted (as 'refused to withdraw'); this news, document date 2013-01-15."),
 43: ([], "Rally of several thousand Navalny supporters (RUS) in central Moscow on Monday evening 2013-09-09: PROTEST demo, asserted; the sentence names no aim party, so the empty target is right."),
 44: (['date'], "The truce's commitment that Israeli forces (ISR) withdraw from southern Lebanon (LBN) is a CONCEDE (promise to withdraw), asserted; but the promise was made in the truce of late November 2024: date should be 2024-11; 2025-01-26 is the withdrawal deadline, not the date of the act."),
 45: (['target'], "The 2015 police (AZE) raid on Nardaran is COERCE seize (law-enforcement raid), 2015, asserted; but the sentence names what was raided: target should be the Nardaran villagers (AZE), not empty."),
 46: ([], "Oli (NPL) hosted Modi (IND) last month (2018-05): CONSULT visit; a visit is a meeting of the two, so host as source is accepted under the mutual-event rule (PLOVER would put the visitor Modi as actor); asserted."),
 47: ([], "Navalny (RUS) refused to accept the outcome on Monday 2013-09-09: REJECT, asserted; the sentence names no party rejected, so the empty target is right."),
 48: ([], "The PLA (CHN) stepping up drills around Taiwan (TWN): MOBILIZE troops, going on when the story is told so the document date 2025-10-18 is right; asserted."),
 49: (['date'], "The DPP (TWN) threw its weight behind the recall campaign: SUPPORT, asserted, empty target right (the campaign is no party); but this is background to a campaign already over, an earlier act the text does not date: date should be unknown, not the document date 2025-07-27."),
 50: ([], "Zakharova (RUS) called the detention a 'provocation': ACCUSE disapprove, this news, asserted; the detention's author, Kosovo's special police (XKX), is clearly the party criticised; a distinct act (CAMEO 111) from the blame in item 25."),
}

P = [
 {"doc": "h63-x245-23",
  "coder_events": ["SANCTION: Russian court (RUS) -> Alexei Navalny (RUS), sentenced to 19 years on extremism charges, 2023-08-04",
                   "ACCUSE: Navalny's supporters (RUS) -> Kremlin / court (RUS), said the ruling was designed to keep him behind bars, 2023-08-04"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's one event (sentenced, SANCTION) is right in all fields. The supporters' claim that the ruling was politically designed is an ACCUSE it did not code."},
 {"doc": "h63-x248-22",
  "coder_events": ["SUPPORT: Venezuelan voters (VEN) -> Venezuelan government (VEN), backed its claim to Guyana's Essequibo in the Sunday referendum, 2023-12-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Venezuela's announcement of the referendum result; some coders would add a territorial THREATEN Venezuela -> Guyana for the claim itself, which the paragraph only states as a standing claim. Dateline coded nothing."},
 {"doc": "h63-x245-24",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (HDZ won most seats), a coalition partner still to be sought and a background 'bitter campaign': no PLOVER act between actors is reported. Dateline coded nothing, correctly."},
 {"doc": "h63-x245-09",
  "coder_events": ["ACCUSE: Macedonian prosecutors/authorities (MKD) -> Zoran Zaev (MKD), charged with plotting to overthrow the government with a foreign intelligence service, 2015-01-31 (announced Saturday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Gruevski's Saturday statement reports the charge; dateline coded the charge only from the later 'Prosecutors charged Zaev' sentence, not in this paragraph."},
 {"doc": "h63-x248-12",
  "coder_events": ["SUPPORT: Michel Martelly (HTI) -> Jovenel Moise (HTI), backed his candidacy, standing (document date 2016-11-29)",
                   "ACCUSE: Moise's rivals (HTI) -> Jovenel Moise / the election result (HTI), denounced the victory as fraudulent, 2016-11-28/29"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right type (backed SUPPORT, denounced ACCUSE). Winning the election is no PLOVER act."},
 {"doc": "h63-x245-10",
  "coder_events": ["REQUEST: Kosovo (XKX) -> UNESCO (IGO), bid to join the agency, 2015-11-09",
                   "REJECT: UNESCO member states (IGO) -> Kosovo (XKX), vote fell three short of admitting it, 2015-11-09",
                   "ACCUSE: Serbia (SRB) -> Kosovo (XKX), fierce lobbying campaign against the bid, before 2015-11-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead; it coded Russia's 'campaigned against the bid' later in the story but not Serbia's lobbying, the bid or the failed vote. Serbia regarding Kosovo as its territory is a standing position, not coded."},
]

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reasons = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong), wrong
            v = {f: (f not in wrong) for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert q['dateline_events'] == len(p['events']), (q['doc'], len(p['events']))
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + '\n')

# checks
recs = [json.loads(l) for l in open('events-a.jsonl')]
assert len(recs) == 50
for r, it in zip(recs, items):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
assert sum(1 for l in open('paragraphs-a-verdicts.jsonl')) == 6
cnt = {f: sum(r['verdict'][f] for r in recs) for f in F + ['all']}
print('counts of 50:', cnt)
print('paragraphs: coded', sum(len(q['coder_events']) for q in P), 'found', sum(q['found'] for q in P),
      'dateline', sum(q['dateline_events'] for q in P), 'spurious', sum(q['spurious'] for q in P))
from collections import Counter
c = Counter()
for n, (w, _) in V.items():
    if w == 'SPURIOUS': c['spurious'] += 1
    else:
        for f in w: c[f] += 1
print('errors by field:', dict(c))
