"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's hand verdicts below."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (set of wrong fields, or 'spurious'), reasons
V = {
 1: ({'target'}, "SANCTION (breaking off talks) by Pastrana on Wednesday night (2002-02-20) is right, but the sentence names the party the talks were with, 'the country's largest guerrilla group': target should be the FARC (COL), not empty."),
 2: (set(), "Cowen (IRL) will discuss the way forward with fellow (EU) leaders next week: CONSULT, future, 2008-W25 (week after Fri 2008-06-13); 'fellow leaders' is a common-noun group with no country given, so empty code is right."),
 3: ({'type'}, "Prosecutors saying they will seek Oviedo's arrest over the murder is a legal accusation against him (ACCUSE allege, or COERCE arrest as intent), not a REQUEST addressed to Oviedo; source, target ('his' = Oviedo), no date and future are right."),
 4: (set(), "Critics (no country given) accuse Lukashenko (BLR): ACCUSE, a standing accusation in the present tense, so the document date is right."),
 5: ({'source'}, "AID (asylum) to Cubas is right and undated in the text, so the document date stands; but the sentence names Brazil (its foreign ministry reports it, and he is flown to Brasilia): source should be Brazil (BRA), not empty."),
 6: (set(), "Pinochet's detention in London on a Spanish warrant is a background COERCE arrest with no date in the text (unknown is right); the sentence names no detaining party ('in London' is a place), so empty source is right by the rules."),
 7: (set(), "Rama's promise to tackle corruption and reform the justice system is an intent to reform (CAMEO 034 -> AGREE), made to supporters late on Sunday 2013-06-23; no target named."),
 8: ({'target'}, "SUPPORT by the British Foreign Office spokesman is right, but 'it' (the step welcomed) is Libya's acceptance of responsibility: target should be Libya (LBY) (or empty), never the United Kingdom, the source's own country. Undated, so the document date is right."),
 9: (set(), "Gusmao accusing the (Alkatiri) government of losing the people's confidence: ACCUSE, TLS -> TLS government, 'last week' = 2006-W25 from Tue 2006-06-27."),
 10: (set(), "Bulgaria insisting the framework state the language's Bulgarian roots is a demand for a policy change (REQUEST); no addressee is named in the sentence, so empty target is right; a standing position, document date."),
 11: ({'target'}, "COERCE arrest on Thursday 1995-09-07 with no detaining party in the sentence (empty source right), but the sentence refers to the detained ('scores had been detained'): target should be the scores of rioters detained in Tahiti (French Polynesia), not empty."),
 12: ({'source', 'target'}, "REQUEST is right, but the Scandinavian truce monitors (the Nordic monitoring mission) are not the Sri Lankan government: code should be empty (a multinational body) or the Nordic states, not LKA/GOV; 'both factions' are the two LTTE factions (Karuna's and Prabhakaran's), so target country should be LKA, not empty."),
 13: ({'target', 'date'}, "A killing reported in a relative clause ('the pilot who was killed') is an ASSAULT with no killer named (empty source right), but the pilot was Russian: target should be the Russian pilot (RUS), not TUR; it is a background act of Nov 2015 (2015-11-24 per the story), not the document date 2016-06-27."),
 14: ({'target', 'date'}, "Kim's stated commitment to denuclearisation is AGREE, but he 'told him', i.e. Xi Jinping: target should be Xi/China (CHN), not South Korea; the telling was part of the talks 'this week', so date should be 2018-W13, not 2018-03-28 (the day state media reported it)."),
 15: ({'target'}, "Nisman's complaint last Wednesday (2015-01-14) is ACCUSE by Nisman (ARG), but the complaint accuses Fernandez and Foreign Minister Timerman: target should be Cristina Fernandez and Hector Timerman (ARG), not the Iranian suspects or Iran's government."),
 16: ({'source', 'target', 'date'}, "REQUEST (demand for Indian rights) is right, but the demanders are the Zapatista rebel leaders (MEX rebels), not the Mexican government; 'Mexico's Indians' are the beneficiaries (and IND codes India), and no addressee is named, so target should be empty (or the Mexican government); the rally was 'on Sunday', 2001-03-11, not the document date 2001-03-12."),
 17: (set(), "Poland's veto of the EU-Russia negotiations on Monday 2006-11-13: REJECT, Poland -> EU (and Russia); all right."),
 18: (set(), "Washington welcomed Eritrea's statement: SUPPORT USA -> ERI, undated in the text, so document date 1999-02-28 is right."),
 19: (set(), "Kenya sent troops into Somalia in October 2011: MOBILIZE troops KEN -> SOM, 2011-10, asserted."),
 20: (set(), "Saied reports that Justice Minister Jaffel asked prosecutors to open an investigation: REQUEST Jaffel (TUN) -> prosecutors (TUN); the ask has no date in the text, so the document date is right by the rules (a coder might prefer Wednesday 2022-03-30)."),
 21: ({'target'}, "Gusmao's threat to resign last week (2006-W25) is THREATEN, but the threat is aimed at Alkatiri, named in the sentence ('if Alkatiri did not go'): target should be Mari Alkatiri (TLS), not empty."),
 22: (set(), "Rockets fired at Hezbollah strongholds by an unnamed party in recent days: ASSAULT, empty source, Hezbollah (LBN); a recent act with no date, document date accepted."),
 23: ({'target'}, "ASSAULT on Monday 2010-11-08 with no killer named in the sentence (empty source right), and the Polisario attribution keeps it asserted; but Sahrawi civilians in Western Sahara should be coded ESH (Western Sahara), not MAR, which the text does not make their country."),
 24: ({'source'}, "PROTEST march on Saturday 2005-04-09 against Japan (target JPN right), but the 10,000 marchers are Chinese protesters in Beijing: source country should be CHN, not JPN."),
 25: (set(), "Gunmen (no country) killed 130+ people in raids on villages in Niger's Tahoua region 'less than two weeks ago' from 2021-03-31: ASSAULT; 2021-W11 is consistent with the text's approximate time."),
 26: (set(), "Chavez broke diplomatic relations with Colombia on Thursday 2010-07-22: SANCTION VEN -> COL; all right."),
 27: ({'source'}, "ASSAULT on Hezbollah positions on Saturday 2000-10-07 is right, but the aircraft, helicopters and artillery are Israeli: source should be the Israeli military (ISR), not 'artillery' coded LBN."),
 28: (set(), "Putin/Moscow blaming the EU for obstructing South Stream on Monday 2014-12-01: ACCUSE RUS -> EU; the Russian government for Putin is the right party and code."),
 29: ({'target', 'date'}, "Karuna's complaint is ACCUSE, but it is aimed at the northern leadership named in the sentence ('northerners dominated the leadership'): target should be the LTTE northern leadership (LKA); the complaint belongs to his Wednesday announcement, so date should be 2004-03-03, not the document date 2004-03-07."),
 30: (set(), "Riot police fired tear gas and water cannon at protesters late on Sunday 1998-09-20: ASSAULT crowd-control, MYS police -> MYS protesters; all right."),
 31: (set(), "The United States welcomed the (Japanese) strategy: SUPPORT; the sentence names no party behind 'the strategy', so empty target is right by the rules (a coder reading the story would add JPN); document date right."),
 32: ({'target'}, "Venezuelan voters rejecting the constitutional changes is REJECT, dated by the document date since the text gives no vote day, but the changes are Chavez's, named in the sentence ('handing the socialist leader his first defeat'): target should be Hugo Chavez (VEN), not empty."),
 33: ({'date'}, "REJECT Vatican -> Lugo is right, but the Vatican's refusal of his resignation is a background act from before the election (he resigned in 2006), with no date in the text: date should be none/unknown, not the document date 2008-04-21."),
 34: (set(), "Muizzu asked India on Saturday 2023-11-18 to withdraw its troops: REQUEST MDV -> IND; all right."),
 35: (set(), "ICC warrant for Bashir's arrest in March last year (2009-03): coded COERCE arrest as CAMEO 173 maps it (ACCUSE allege would also be defensible); source ICC, target Bashir (SDN) right."),
 36: ({'target'}, "COERCE arrest on Tuesday morning 2025-03-11 is right with no arrester named in the sentence, but the detained 'Duterte, 79' is former president Rodrigo Duterte, not his daughter Sara Duterte."),
 37: (set(), "Pretoria said it would not send troops (to Congo): MOBILIZE negated (or REJECT asserted, the equivalent reading), source South Africa, no target named, no date for a future act; right."),
 38: ({'target'}, "Peres's SUPPORT for the vote on the document date is right, but the vote welcomed is the Palestinians' election and the Palestinians are named in the same sentence: target should be the Palestinians (PSE), not empty."),
 39: ({'target'}, "US condemnation of the assault on the document date is right, but the sentence names who carried it out ('Assad's forces relied on Hezbollah and Iran'): target should be Assad's forces / the Syrian government (SYR), not empty."),
 40: (set(), "Opposition leaders will not recognise the referendum or the new parliament: SUPPORT (recognition) negated, equivalent to a REJECT; BLR -> new parliament (BLR), document date; right."),
 41: ('spurious', "'We have not come to give orders' is a rhetorical disclaimer of purpose, not a request or order between actors: no event (and Marcos is coded IND, India, besides)."),
 42: (set(), "CCM officials welcomed the annulment: SUPPORT from TZA; the annulling party (the electoral commission chairman) is not named in this sentence, so empty target is right; document date right."),
 43: (set(), "Iran condemned the attack on its consulate: ACCUSE by Iran; the attackers are not named in this sentence (Iraq is named only as summoned and asked to protect diplomats, coded as separate events), so empty target is right; document date right."),
 44: ({'type', 'target'}, "Libya formally accepting responsibility for Lockerbie on Friday 2003-08-15 is a verbal concession to the demands on it (CONCEDE), not an agreement to cooperate (AGREE); the letter went to the U.N. Security Council, which should be the target (UNO), not the United Kingdom, which the sentence does not name."),
 45: ({'target'}, "ASSAULT by Ethiopian troops, a recent act given the document date, is right, but the sentence names what they attacked: target should be al Shabaab (SOM), not empty."),
 46: (set(), "The opposition parties' Rome platform in January (1995-01) calling for talks including the FIS: REQUEST by the FLN (DZA), one of 'they'; no addressee named, so empty target is right."),
 47: (set(), "US Navy snipers killed three Somali pirates, reported by officials on Sunday 2009-04-12: ASSAULT USA -> SOM pirates; all right."),
 48: (set(), "Protest leaders (GEO) demanded the release of those detained: REQUEST yield; the demand names no addressee, so empty target is right; document date right."),
 49: (set(), "Gbagbo's state visit to Italy, cut short on the day of the report: CONSULT visit CIV -> ITA, an act still going on at the story's date, so the document date is right."),
 50: (set(), "Saddam told his forces to ignore the new no-fly limits: an order is a REQUEST (PLOVER: requests, demands and orders), Saddam -> Iraqi forces (IRQ), undated so document date; a coder could also add a REJECT of the U.S. limits."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

P = [
 {"doc": "h11-x38-23", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Sisi winning an election and the announcement of the result are not PLOVER acts between actors; the Gaza war is background with no act. Nothing to code."},
 {"doc": "h11-x38-03", "coder_events": [
   "ASSAULT: United States (USA) -> Iraq (IRQ), fired a second wave of cruise missiles at air defence sites, 1996-09-04",
   "ASSAULT: Bill Clinton / United States (USA) -> Iraq (IRQ), ordered (the first) strikes to punish Baghdad, 1996-09-03",
   "MOBILIZE: Iraq (IRQ) -> Kurdish north (IRQ Kurds), sent troops into the Kurdish north, no date in the paragraph (earlier)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 (fired, USA -> IRQ, 1996-09-04) is right; it missed Clinton's order of the Tuesday strikes and Iraq's troop move into the Kurdish north."},
 {"doc": "h11-x40-05", "coder_events": [
   "RETREAT: Raul Cubas (PRY), resigned as president, 1999-03-28",
   "PROTEST: street protesters (PRY) -> Cubas / government (PRY), a week of street protests, no exact date (the week before)",
   "ACCUSE: Congress (PRY) -> Raul Cubas (PRY), impeachment drive, no date in the paragraph",
   "ASSAULT: unnamed assassins -> Vice President Luis Maria Argana (PRY), assassination, no date in the paragraph"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the resignation (e1, right in all fields); it missed the protests, the impeachment drive and the assassination, which are named in noun phrases. 'left for Brazil' is not coded."},
 {"doc": "h11-x40-10", "coder_events": [
   "COERCE: Thai security forces (THA) -> Muslim men at a protest (THA), detained, no date in the paragraph (before Tuesday)",
   "PROTEST: Muslim protesters (THA) -> Thai authorities (THA), protest in southern Thailand, no date in the paragraph",
   "ASSAULT: Thai army (THA) -> detained Muslim men (THA), 78 died of suffocation or crushing after being piled into army trucks, no date in the paragraph",
   "ACCUSE: Malaysia (MYS) -> Thailand (THA), expressed concern, 2004-10-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in this paragraph. The detentions, the protest, the deaths in army custody and Malaysia's concern are all codable; 'outrage among Muslims' is not an act by a political actor."},
 {"doc": "h11-x40-20", "coder_events": [
   "ACCUSE: Alberto Nisman (ARG) -> President Cristina Fernandez (ARG), accused her of conspiring to cover up Iran's role, last week (2015-01-14)",
   "ASSAULT (reported): Iran (IRN, alleged) -> Jewish community centre AMIA (ARG), 1994 bombing, 1994"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing here (its later-sentence e4 has the wrong target). Nisman being found dead with a gunshot wound has no known perpetrator and is not coded; the testimony he was due to give is not a PLOVER act."},
 {"doc": "h11-x39-23", "coder_events": [
   "REQUEST: Mohamed Muizzu (MDV) -> India (IND), asked India to withdraw its military personnel, 2023-11-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 is right in all fields. The swearing-in and the campaign pledge to reduce New Delhi's influence are not coded."},
]
pars = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in pars] == [p['doc'] for p in P]
for p, q in zip(pars, P):
    assert len(p['events']) == q['dateline_events'], p['doc']
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + '\n')
