"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, and check them.
usage (from round124/): python events-d-tools/write_verdicts.py"""
import json

T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "Gunmen shot Bhatti on Wednesday 2011-03-02 in Islamabad; gunmen in Pakistan's capital coded PAK is plain enough by the protesters-in-a-capital rule."),
 2: (T, T, T, T, T, T, "U.S. air strike in January 2006 killing 18 Pakistani villagers; all fields right."),
 3: (T, T, T, F, T, F, "Target should be Qatar (QAT): 'accusing it' refers to Qatar; Iran is only part of the accusation's content. Modality should be asserted: the accusing happened; only the accused acts are disputed."),
 4: (T, F, T, T, T, T, "Russian aircraft backing the Syrian government is military assistance, type should be AID (military), not verbal SUPPORT; ongoing act, document date right."),
 5: (T, T, T, T, F, T, "Rights groups' accusation of Seselj is a background act of unspecified earlier time ('has been accused'); it should have no date, not the document date 1997-10-07."),
 6: (T, T, T, T, T, T, "Army evacuating the population before pulling back is protection/humanitarian AID by the Syrian army to civilians; undated news act, document date right (reported by state TV). (Dateline missed the RETREAT 'pulling back'.)"),
 7: (T, T, T, T, T, T, "Maskhadov called on Yeltsin to meet for talks: REQUEST (meet), both RUS; document date right."),
 8: (F, F, F, F, F, F, "Spurious: Sharon 'fighting for his life' after a stroke is a medical condition, not an ASSAULT."),
 9: (T, T, F, F, T, T, "Source should be the Macedonian police (MKD) under Interior Minister Spasovski, not Hungarian police; target should be the former leader Gruevski (MKD), whose escape is investigated, not the speaker Spasovski."),
 10: (T, T, T, T, T, T, "Several soldiers (GNB) arrested by unnamed authorities; empty source right, undated news act takes document date."),
 11: (T, T, T, T, T, T, "Ma signing agreements with Beijing is SUPPORT (sign agreement, CAMEO 057); a total since 2008 has no date, so the empty date is right."),
 12: (T, T, T, T, T, T, "IHD members killed over the years: ASSAULT on IHD (TUR), no source named, span with no date."),
 13: (T, T, T, T, F, T, "Chinese state media's accusations of Western media are a background act of unspecified earlier time (since the March unrest); date should be empty, not the document date 2008-04-27."),
 14: (F, F, F, F, F, F, "Spurious: a mother's last visit to her condemned son is a private family visit, not a CONSULT between political actors."),
 15: (T, T, T, T, T, T, "More than 3,500 killed in the Maoist war: ASSAULT with no source named, a total since 1996 with no date; right."),
 16: (T, T, T, F, T, T, "Target should be the foreign critics the 'lectures from abroad' come from (Western governments/the U.S. of the previous sentences), or empty; 'general' is only the one who named them."),
 17: (T, T, T, T, F, T, "'We will not accept conditions' is a refusal (AGREE negated is acceptable, like REJECT asserted); target empty right. Date should be the day she told parliament: with no date in the text, the document date 2021-10-23, not empty."),
 18: (T, T, F, F, F, T, "Source Guadalcanal militants should carry SLB (Guadalcanal is the Solomons' main island); target should be the Malaitan settlers (SLB) 'whom they accused'; date should be 1998 (late 1998), not the document date."),
 19: (T, T, F, F, T, T, "Target should be Akin Birdal (TUR) only: Turkish police are the reporters, not a target. Source gunmen in Ankara should carry TUR by the protesters-in-a-capital rule (and a Turkish group claimed it)."),
 20: (T, T, T, T, T, T, "Robow arrested in Baidoa on 2018-12-13; arrester not named in the sentence; right."),
 21: (T, T, T, F, T, T, "Target should be Navid Afkari (IRN), 'he'; Shiraz is a city. No date for the sentencing is right."),
 22: (T, T, T, T, T, T, "Japan lodged a diplomatic protest (ACCUSE); the sentence names no party protested against (Beijing is the place), so the empty target is right; document date right."),
 23: (T, T, T, T, F, T, "EU officials' praise of Albania's judicial reforms is a background act of unspecified earlier time ('have praised'); date should be empty, not the document date 2025-05-12."),
 24: (T, T, T, T, T, T, "Deuba visited Washington and London earlier this month: CONSULT visit, 2002-05; right."),
 25: (T, T, T, T, F, T, "Biden's call to Netanyahu has no date in the text; the 'Friday' was taken from the unrelated Gaza air-strike sentence. Date should be the document date 2023-01-28."),
 26: (T, T, T, T, T, T, "Ruto hailed the ICC ruling: SUPPORT; the sentence names no party (only 'the ruling'), so empty target is right; April 5 is the story's dateline day."),
 27: (T, T, T, T, T, T, "Yilmaz condemned the attack: ACCUSE, target empty (the sentence names the act, not a party); undated news act, document date right."),
 28: (T, T, T, T, F, T, "The blocking of Vazquez's bid came 'later' than the 2006 case; the text gives no year, so date should be empty, not 2006."),
 29: (T, T, T, T, T, T, "Putin proposing a reform of governors' election is intent to institute political reform (CAMEO 034 -> AGREE); Monday 2004-09-13 right."),
 30: (T, T, T, F, T, T, "Target should be the Bangladesh government (BGD) urged to hold an inquiry, not the U.S. government."),
 31: (T, T, F, T, F, T, "Source should be Stalin's secret police, the NKVD (Soviet, SUN), not Stalin coded RUS; date should be 1940 (the 1940 massacre), not 2010-04-07."),
 32: (T, T, T, T, T, T, "Putin condemned the killings as a crime of the Soviet totalitarian regime: ACCUSE RUS -> Soviet regime (SUN), 2010-04-07; right."),
 33: (T, T, T, T, F, T, "Promise to modernise is intent to reform (AGREE, CAMEO 034); it is a background pledge of unspecified earlier time ('has promised'), so date should be empty, not the document date."),
 34: (T, T, T, F, T, T, "Target should be the U.N. Security Council (UNO), with which the complaint is filed and which the sentence names; future act with no date is right."),
 35: (T, T, T, F, T, T, "Target should be the 'Western partners' named in the sentence (no country code), not empty; request is part of the current crisis, document date right."),
 36: (T, T, T, T, T, T, "Awda detained (COERCE arrest), arrester not named in the sentence; his detention has no day in the text (some time since the weekend), so no date is right."),
 37: (T, T, T, T, T, T, "'Would not give in to violence' is a CONCEDE negated (acceptable as REJECT asserted); no party named as target; undated address, document date right."),
 38: (T, T, T, T, T, T, "AU and regional leaders called for calm: REQUEST with no named target; right."),
 39: (T, T, T, T, T, T, "Tribunal unsealed the indictment of Seselj (ACCUSE allege); the unsealing goes with Monday's surrender, so 2003-02-24 is acceptable."),
 40: (T, F, T, F, T, T, "Trigger 'summoned foreign diplomats ... to brief them' is a CONSULT (meeting) with the foreign diplomats in Tbilisi (no code), not an ACCUSE of the Georgian government (if read as the 'creeping annexation' accusation, the target would be Russia)."),
 41: (T, T, T, T, T, T, "Mtetwa arrested on Sunday 2013-03-17; arrester not named; right."),
 42: (T, T, T, T, T, T, "Mexican authorities arrested Raul Salinas on Tuesday 1995-02-28; right."),
 43: (T, T, T, T, T, T, "Chahed accused opposition parties of encouraging violence; undated news act, document date right."),
 44: (T, T, T, T, T, T, "Blinken spoke with Bukele on Sunday 2021-05-02: CONSULT; right."),
 45: (T, T, F, T, T, T, "Source should be the Kashmiri separatist leaders of Indian-administered Kashmir (IND, or empty), not PAK; background meetings with no date, right."),
 46: (T, T, T, T, T, T, "Rebels took up arms in February 2003 accusing Khartoum: ACCUSE SDN -> SDN government, 2003-02; right."),
 47: (T, T, T, T, F, T, "Promise of a new constitution is AGREE (intent to reform); it is a campaign pledge of unspecified earlier time ('has also promised'), so date should be empty, not the document date."),
 48: (T, T, T, F, T, T, "Target should be the cabinet/Sharif's federal government (PAK) the MQM left, not its own ministers; the pull-out 'days' earlier has no day in the text, empty date right."),
 49: (T, T, T, T, T, T, "Security forces clashed with opposition protesters on Sunday 2009-12-27; right."),
 50: (T, T, T, T, T, T, "Cheney visited Baku last month: CONSULT visit USA -> AZE government, 2008-09; right."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    e, t, s, g, d, m, r = V[it['n']]
    if not e:
        t = s = g = d = m = False
    v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
    v["all"] = all(v.values())
    o = dict(it); o["verdict"] = v; o["reasons"] = r
    out.append(o)
with open('events-d.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h39-x149-25", "coder_events": [
   "AGREE: Edi Rama (ALB) -> European Union (EUR), his standing promise to bring Albania into the EU by 2030, no date (background pledge)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The election win is no PLOVER event. Dateline's AGREE for 'his promise' has the right type (target Albania and the document date would be wrong by our rules)."},
 {"doc": "h39-x152-25", "coder_events": [
   "REJECT: Ecuadorean voters (ECU) -> President Daniel Noboa's government (ECU), rejected the proposal to allow foreign military bases in the referendum, 2025-11-16 (Sunday's ballot)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Noboa's hope to bring in U.S. help is not an act. Dateline found nothing in this paragraph (it coded the other questions' rejection in paragraph 2)."},
 {"doc": "h39-x150-08", "coder_events": [],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Sharon's stroke and Olmert's taking over as acting PM are no PLOVER interactions. Dateline's ASSAULT 'fighting for his life' is spurious."},
 {"doc": "h39-x149-20", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result only; no event to code."},
 {"doc": "h39-x152-24", "coder_events": [
   "SUPPORT: Manasseh Sogavare's government / Solomon Islands (SLB) -> China (CHN), took the nation into a security pact with China (sign agreement), no date in the paragraph (2022 per a later paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The lawmakers' election of Manele is a domestic vote, not coded. Dateline coded the pact only from the later paragraph ('signed ... in 2022')."},
 {"doc": "h39-x152-18", "coder_events": [
   "SUPPORT: Thai voters (THA) -> ruling military junta (THA), approved the military-drafted constitution in a referendum, 2016-08-07 (Sunday)",
   "AGREE: ruling military junta (THA) -> none, the election promised for next year (intent to institute political reform), no date (background pledge)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded no event in this paragraph."},
]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert q['dateline_events'] == len(p['events']), (p['doc'], len(p['events']))
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for q in P: f.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks and counts
back = [json.loads(l) for l in open('events-d.jsonl')]
assert len(back) == 50
for a, b in zip(back, items):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = a['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
fields = ('event', 'type', 'source', 'target', 'date', 'modality', 'all')
print({k: sum(a['verdict'][k] for a in back) for k in fields})
print({k: sum(x[k] for x in P) for k in ('found', 'dateline_events', 'spurious')}, 'coded', sum(len(x['coder_events']) for x in P))
