"""Write events-d.jsonl from the judge's per-item calls (fields marked wrong + reasons)."""
import json
HERE = '/work/wt/j150d/docs/judged/round150/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (fields that are wrong, reasons); 'event' in the list = spurious (all false)
V = {
 1: ([], "REQUEST by the Palestinian foreign ministry (PSE) to European governments (several states, empty code right) to take a stand; reported as this news, document date right."),
 2: (['target'], "SUPPORT (approval of a mandate), Bundestag (DEU), later this month = 2017-06, future: right. The mission in Jordan is the German armed forces' mission, not a Jordanian body: target should be the German mission/Bundeswehr (DEU) or empty, not JOR."),
 3: (['source'], "MOBILIZE weapons (rocket test over Japan, August 1998) is right and Japan is a fair target, but the source is North Korea with no country code: source should be North Korea (PRK)."),
 4: (['date'], "REQUEST US (and French) diplomats -> Israel is right, but the text dates the urging to the past two days before the report: date should be the document date 2024-07-30 (or 2024-07-28..30), not unknown."),
 5: ([], "AGREE (commitment to deploy a battalion) by NATO leaders to Estonia ('the country'), in July = 2016-07; all right."),
 6: ([], "COERCE arrest ordered by President Sanchez de Lozada (BOL) against union leaders (BOL) on Tuesday 1995-04-18; all right."),
 7: (['date'], "SUPPORT Ethiopian officials (ETH) -> Djibouti/its president (DJI, accepted: 'his country's cooperation'). 'Have praised' is undated background praise, not an act of the report: date should be none (unknown), not the document date."),
 8: (['source'], "SUPPORT of the U.N. plan in 2004 is right, target UN acceptable, but 'He' is Anastasiades (previous sentence), not Christofias: source should be Nicos Anastasiades (CYP)."),
 9: ([], "Negated SUPPORT (no congratulations) Kremlin (RUS) -> Zelenskiy (UKR) on inauguration day 2019-05-20; all right."),
 10: ([], "Analysts' forecast that the Indonesian government (IDN) will not back down: CONCEDE hypothetical with no date and no target named in the sentence is right by the rules (a stricter coder would not code analyst speculation at all)."),
 11: (['modality'], "COERCE arrest Mongolia (MNG) -> Putin (RUS), 2024-09-03, but the arrest did not happen ('Mongolia's failure to arrest'): modality should be negated."),
 12: (['type', 'date', 'modality'], "'We will not accept being treated as an enemy' is a refusal/defiance statement toward Eritrea, not a negated agreement: type should be REJECT (asserted); target empty right (Eritrea not in the sentence); the statement was made to reporters for this report, so date should be the document date 1998-11-06, not unknown."),
 13: (['date'], "REJECT by student groups (CHL; the name 'proposals student groups' is garbled but the party is right) of Pinera's (CHL) proposals; the rejection is earlier background the text does not date: date should be none (unknown), not the document date."),
 14: (['type', 'target'], "Parliament passing amendments that bar Kaunda from the race is a restriction on a politician, not verbal support for anyone: type should be COERCE (ban) and target Kenneth Kaunda (ZMB); source and date 1996-05-16 right."),
 15: (['target'], "AGREE (promise of a federal system/more seats) by Koirala (NPL) on Wednesday 2007-01-31 is right, but the promise is made to the protesting people of the southern plains named in the sentence: target should be the Madhesi protesters/southern plains (NPL), not empty."),
 16: ([], "MOBILIZE (security tightened, extra checkpoints) on Saturday 2005-08-20; the sentence names no agent or target, so empty source and target are right by the rules."),
 17: (['target'], "CONCEDE (declaration of a truce, PLOVER codebook) by Renamo's Dhlakama (MOZ) in 2016 is right, but the truce is toward the government named in the sentence: target should be the Mozambique government (MOZ)."),
 18: (['date'], "REJECT Pakistan's parliament (PAK) -> Saudi Arabia (SAU) right, but the text dates the vote/resolution to Friday: date should be 2015-04-10, not the document date 2015-04-11."),
 19: ([], "ACCUSE Israel (ISR) -> the Hezbollah commander (LBN) for the rocket attack, said on the report's Tuesday 2024-07-30; all right, not a duplicate of the strike events."),
 20: (['source', 'target'], "SUPPORT (welcomed the result) is right, but euro zone finance ministers are not Greek: source code should be empty/EU-level, not GRC; the welcomed result is Greece's/New Democracy's, named in the sentence: target should be Greece (GRC)."),
 21: (['type', 'target', 'date', 'modality'], "Calling off the Asia trip is a cancelled visit, not a material concession to Xi: type should be CONSULT with modality negated, target the Asian hosts (not Xi, who is only 'left as the dominant figure'); the White House announced it on Thursday: date should be 2013-10-03."),
 22: ([], "SUPPORT (thanks) Assad (SYR) -> China (CHN) during the Friday visit 2023-09-22; all right."),
 23: ([], "REQUEST EU foreign policy chief (EU) -> Israel (ISR) not to proceed, reported as this news 2025-08-20; all right (reported_by should be the EU chief, not scored)."),
 24: (['source'], "ASSAULT (invasion of Ukraine) with no date in the text is right, but 'its invasion' is Moscow's: source should be Russia (RUS), not the European Union."),
 25: ([], "COERCE arrest, Malawian anti-graft investigators (MWI) -> Muluzi (MWI) on Thursday 2006-07-27; all right."),
 26: ([], "MOBILIZE Israeli troops (ISR) massed along the border, reported as this news 2014-07-03; no target in the sentence; all right."),
 27: (['date'], "ASSAULT (destroying boats) Indonesian navy (IDN) -> Vietnamese boats/Vietnam (VNM, accepted) is right, but the text dates the sinking to Friday: date should be 2014-12-05, not the document date 2014-12-06."),
 28: (['date'], "Negated ASSAULT (government denies targeting civilians) Sri Lanka government (LKA) -> civilians right, but the denied targeting is in the last phase of the war that ended in May 2009: date should be 2009 (or none), not the document date 2013-11-10."),
 29: (['target', 'date'], "REQUEST by Saudi Arabia (SAU) for aircraft, warships and soldiers is made to Pakistan, not to the Houthis it is fighting: target should be Pakistan (PAK); the request precedes the minister's telling earlier in the week and is undated: date should be none (unknown), not 2015-W15."),
 30: (['source', 'target'], "CONCEDE (bowing to pressure) on Sunday 2013-11-10 is right, but the one bowing is Manmohan Singh (IND), not Sri Lankan officials; the pressure comes from Tamil Nadu politicians named in the sentence: target should be those politicians (IND)."),
 31: ([], "COERCE arrest Kuwait (KWT) -> Filipino embassy staff (PHL), reported as this news 2018-04-25; all right."),
 32: (['target', 'date'], "AGREE (pledge to stand with Saudi Arabia), conditional terms, asserted, source Pakistan (parliament's resolution) right; target should be Saudi Arabia (SAU), named in the sentence; the resolution was adopted on Friday: date should be 2015-04-10."),
 33: (['target'], "SUPPORT (welcomed the gains) by U.S. officials (USA), 2015-04-01, right, but the gains are the Iraqi government's, named as Baghdad in the sentence: target should be the Iraqi government (IRQ)."),
 34: ([], "ASSAULT NATO -> Yugoslavia (YUG), bombing begun 1999-03-24; all right."),
 35: (['target'], "ACCUSE (condemned the 'extreme violence') by France (FRA) right, but the condemned attack was by Assad supporters and the sentence names Syria (its ambassador summoned): target should be Syria (SYR), not empty."),
 36: (['date'], "ASSAULT (massacre) Bosnian Serb forces (BIH) -> Muslim men and boys (BIH) right, but the text dates it July 1995: date should be 1995-07, not the document date 2024-05-23."),
 37: (['date'], "CONSULT visits by Arab officials (several states, empty code) to Syria (SYR) right, but they are earlier background visits in the months before: date should be none (or 2023), not the document date 2023-09-22."),
 38: ([], "REQUEST U.S. official (USA) -> both sides, Israel and Lebanon, on Wednesday 2002-10-16; all right."),
 39: ([], "Future REQUEST COSATU (ZAF) -> South African government (ZAF) with no date; all right."),
 40: ([], "Ongoing REQUEST (have been pressing) Russian officials (RUS) -> Belarus (BLR) takes the document date 2002-08-16; all right."),
 41: ([], "COERCE arrest (arrest warrant) ICC -> Putin (RUS), 'last year' = 2023; all right."),
 42: (['date'], "COERCE arrest Kenyan police (KEN) -> protesters (KEN) right, but the arrests were in Monday's protests: date should be 2025-07-07, not 1990-07-07 (the date of the original Saba Saba rallies)."),
 43: ([], "ASSAULT (1994 genocide killings) with no perpetrator named in the sentence, victims (RWA), 1994, asserted background fact; all right."),
 44: (['target', 'date'], "REQUEST by Zarif (IRN) right, but 'political settlement' is not a party: target should be Pakistan (PAK), whose capital he visited to urge it; the text gives 'this week': date should be 2015-W15, not the document date 2015-04-11."),
 45: ([], "Future MOBILIZE (deploy submarines) United States (USA) -> South Korea (KOR) with no date; all right."),
 46: (['type', 'date', 'modality'], "A visit called off for security reasons is not a sanction: type should be CONSULT with modality negated (visit not made), Pope (VAT) -> Bosnia (BIH) right; the text dates it 1994: date should be 1994, not unknown."),
 47: ([], "ACCUSE Putin (RUS) -> Lukashenko (BLR) in June 2002; all right."),
 48: (['event'], "Spurious: Holbrooke's team died when their vehicle slid off the road, an accident, not an assault by anyone."),
 49: (['type'], "'Beijing is offering political support more than money' describes verbal/political support: type should be SUPPORT, not AID; source China (CHN), no target in the sentence, document date and asserted acceptable."),
 50: ([], "ASSAULT crowd-control Chilean riot police (CHL) -> students (CHL) on Thursday 2011-08-04; all right."),
}
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it['n']]
    if 'event' in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open(HERE + 'events-d.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(counts)
