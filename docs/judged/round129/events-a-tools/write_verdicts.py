"""Write events-a.jsonl (items + verdicts + reasons) and paragraphs-a-verdicts.jsonl from the judge's
decisions below, then check the output. Fields in V: event, type, source, target, date, modality."""
import json
here = '/work/wt/j129a/docs/judged/round129/'
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, F, T, T, T, "Gunmen attacked the bus, killing eight Israelis: ASSAULT, target and Thursday 2011-08-18 right. Source wrongly adds Israel (the sayer of the relative clause 'who Israel said had crossed'); source should be the gunmen alone (no country given)."),
 2: (F, F, F, F, F, F, "Spurious: 'the test' is the test of the peace accord (whether infiltration falls), not a weapons test; no MOBILIZE act in the sentence."),
 3: (T, T, T, F, T, T, "Widodo's refusal of clemency is a REJECT, ongoing ('has refused') so document date is right. Target should be the drug convicts on death row that the sentence names (no single country code), not empty."),
 4: (T, T, T, T, T, T, "Suicide bombing in Arbil on Sunday 2004-02-01: ASSAULT, victims (IRQ) right. Bombers coded IRQ by location; accepted (suspected group Ansar al-Islam is Iraqi-based), though the text does not state their nationality."),
 5: (T, T, T, T, T, T, "Greek parliament ratified the name agreement on Friday 2019-01-25: SUPPORT (ratify agreement), Greece's parliament -> North Macedonia (MKD) right."),
 6: (T, T, T, F, T, T, "China's opposition to the application is a REJECT with document date right. Target should be Taiwan (TWN), named in the sentence and owner of 'the application', not empty."),
 7: (T, T, T, T, T, T, "Background 2010 Moscow metro bombing, dated 2010 as the text gives; dozens (RUS) killed. Bombers 'from the North Caucasus' left without code; accepted as the text names no country, though a coder would know RUS."),
 8: (T, T, T, T, T, T, "Nasheed's resignation in February 2012: RETREAT resign (PLOVER codebook), no target, date 2012-02 right."),
 9: (T, T, T, F, T, T, "Khamenei's proposal of a joint oil halt, last week (2002-W14): AGREE (offer to cooperate) acceptable; source Iran accepted for its supreme leader (IRN). Target should be the Muslim oil producers named as those who would halt, not empty."),
 10: (T, T, T, T, T, T, "The government's earlier appeal to young people not to protest: REQUEST, Nigerian government -> young people (NGA); act before the protests with no date given, so unknown date is right."),
 11: (T, T, T, T, T, T, "Twin suicide bombing in Beirut on Thursday evening 2015-11-12: ASSAULT, bombers (no country given) -> 41 people (LBN) right."),
 12: (T, T, T, T, F, T, "Lukashenko's crackdown: COERCE, no target named, right. Date wrong: the crackdown is still going on ('has cracked down ... since'), so it takes the document date 2011-11-24, not 2010-12 (the start of the span)."),
 13: (T, T, T, T, T, T, "Pakistani military court sentenced Jadhav (IND) to death in April 2017: SANCTION convict, date 2017-04 right."),
 14: (T, T, T, T, T, T, "EU travel ban and asset freeze on Belarusian officials: COERCE (CAMEO2PLOVER maps 163 sanctions and 1722 bans to COERCE), EU -> Belarusian officials (BLR); undated background act, unknown date right."),
 15: (T, T, T, F, T, T, "Demonstrations from last Monday 2025-08-25 over lawmakers' housing allowance: PROTEST, no protester named so empty source accepted. Target wrong: a protest at home aimed at an act of the authorities takes the state; should be Indonesia's House of Representatives / Indonesian government (IDN)."),
 16: (T, T, F, T, F, T, "Apology is SUPPORT (CAMEO 055). Source should be the Lithuanian and Polish governments (LTU, POL) that 'both governments' refers to, not an uncoded group; date should be about 2011-08 (after his arrest in August), a background act, not the document date."),
 17: (T, T, T, T, T, T, "Kabila (COD) met Kagame (RWA) in Washington on Thursday 2001-02-01: CONSULT, all right."),
 18: (T, T, T, F, T, T, "India called off foreign-secretary talks in August 2014: SANCTION (CAMEO 164 halt negotiations). Target should be Pakistan (PAK), the other side of the talks named in the sentence, not empty."),
 19: (T, T, T, T, T, T, "Pohiva (TON) jailed in the 1990s: COERCE arrest, jailer unnamed so empty source right; decade value '199' matches 'in the 1990s'."),
 20: (F, F, F, F, F, F, "Spurious: 'the state cannot be held hostage' is a figure of speech in Koirala's quote, no arrest or detention."),
 21: (T, T, T, T, T, T, "Syrian state media blaming Israel for the Damascus strike: ACCUSE, SYR media -> Israel; statement undated in the text, document date right."),
 22: (T, T, T, T, T, T, "Israeli officials complain of a hostile Egyptian media campaign: ACCUSE, ISR officials -> Egyptian media (EGY), present-tense stance so document date right; distinct from the Cairo accusation in the same sentence."),
 23: (T, T, T, T, T, T, "Turkey blames PKK and YPG for the Istanbul bombing: ACCUSE, TUR -> PKK, YPG; ongoing stance, document date right."),
 24: (T, T, T, T, F, T, "Islamic Jihad vowed revenge: THREATEN, no target named in the sentence. Date should be 2019-11-12, the Tuesday of the strike ('vowed revenge and fired ... by evening'), not the document date 2019-11-13."),
 25: (T, T, T, T, T, T, "Lahoud called for a swift investigation: REQUEST, no addressee named; reaction reported as news, document date right; distinct from his condemnation."),
 26: (T, T, T, T, T, T, "About 30 attackers stormed the army depot on Sunday 2004-01-04: ASSAULT, attackers (THA by location, the story points to local insurgents) -> army battalion (THA)."),
 27: (T, T, T, F, T, T, "Conde's quote 'My house was attacked': ASSAULT on 2011-07-19, attacker unnamed so empty source right. Target should be Alpha Conde (GIN), to whom 'my' refers, not empty."),
 28: (T, T, T, F, T, T, "Pohiva's decades of campaigning against royal dominance: ACCUSE disapprove (borderline background act), ongoing so document date acceptable. Target should be the royal family and nobility (TON) named in the sentence, not empty."),
 29: (T, T, T, T, T, T, "Sharif called for disputes to be resolved through dialogue: REQUEST, no named addressee; dated 2014-11-27, the summit day of the Nov 27 wire, right."),
 30: (T, T, T, T, F, T, "Du Qiwen (CHN) insisting on speaking ahead of Sopoaga (TUV): REQUEST (demand), accepted. Date should be 2018-09-04, the 'Tuesday' the sentence gives, not 2018-09-05."),
 31: (T, T, F, F, F, T, "Trump and Kim agreed to restart talks: AGREE mutual. Kim (Jong Un) is coded USA; source/target should be Trump (USA) and Kim Jong Un (PRK). Date should be 2019-06 ('in June'), not the document date."),
 32: (T, T, T, T, T, T, "Suicide bomber in Batna on Thursday 2007-09-06: ASSAULT, bomber (no country given) -> 20 people (DZA) right."),
 33: (T, T, T, T, T, T, "Rwanda says it cannot pull its forces out until the militias are disarmed: RETREAT negated (the conventions' 'refused to withdraw' reading), no target named; present stance, document date right."),
 34: (T, T, F, F, F, T, "The mother's 'They killed her': ASSAULT. Source should be the unidentified killers ('they'), not the Inter-American Commission; target should be Berta Caceres (HND), not 'Agua Zarca'; date should be 2016-03-02 (Wednesday night), the killing's date in the story."),
 35: (T, T, T, T, F, T, "Obama (USA) met Gul (TUR) on the summit sidelines: CONSULT right. Date should be the document date 2009-04-04 (the summit's Saturday, reported as this news), not unknown."),
 36: (T, T, T, T, T, T, "Lee ordered officials to prepare a state funeral: REQUEST (PLOVER includes orders), KOR president -> officials; borderline as an internal order but in scope. Reaction reported as news, document date right."),
 37: (T, T, T, T, T, T, "Conservative officials blamed the exile-run TV stations: ACCUSE, IRN officials -> Iranian exiles (stations run by them), Sunday 2003-06-15 as the story's reactions, accepted."),
 38: (T, T, T, T, T, T, "Ankara pressing Washington to extradite Gulen: REQUEST, TUR -> USA, ongoing so document date right."),
 39: (T, T, T, T, T, T, "U.S. military accused Moscow of sending warplanes: ACCUSE, USA military -> Russia; undated in the text, document date acceptable."),
 40: (T, T, T, T, T, T, "Police fired tear gas at protesters in Athens on Sunday 2019-01-20: ASSAULT crowd-control, GRC police -> protesters (GRC) right."),
 41: (T, T, T, T, T, T, "AU, France and U.S. condemned the attack: ACCUSE, attackers unnamed so no target; date of the July 19 wire accepted. ECOWAS omitted from the source list, the listed parties are right."),
 42: (T, T, T, T, T, T, "Pakistan's government signed the peace accord with pro-Taliban militants on Tuesday 2006-09-05: SUPPORT (sign agreement), right."),
 43: (T, T, T, T, T, T, "Chinese state media accused Japan of hyping a 'China threat': ACCUSE, CHN media -> JPN, document date right."),
 44: (T, T, T, T, T, T, "Police used tear gas and batons on crowds on Monday night 2017-05-29: ASSAULT crowd-control, MAR police -> crowds (MAR) right."),
 45: (T, T, T, T, T, T, "Two Israeli soldiers killed on Saturday 2008-03-01: ASSAULT, killer unnamed so empty source right, target Israeli soldiers (ISR)."),
 46: (T, T, T, T, T, T, "Arab League and Al-Azhar (EGY) denounced the killings: ACCUSE, killers unnamed so no target, document date right."),
 47: (T, T, T, T, F, T, "Nigerian police fired tear gas at crowds: ASSAULT crowd-control, NGA police -> crowds right. Date should be 2024-08-01, the 'Thursday' the sentence gives, not the document date 2024-08-02."),
 48: (T, T, T, T, T, T, "Orban has clashed repeatedly with the EU over laws: ACCUSE disapprove, HUN -> EU; repeated acts over a span, no date right."),
 49: (T, T, T, T, T, T, "Azzam (ISR) arrested in Cairo last November (1996-11): COERCE arrest, arrester unnamed so empty source right."),
 50: (T, F, T, F, F, T, "'We will not accept this' rejects Vietnam's abduction: type should be REJECT (or ACCUSE), not AGREE ('accept' here means tolerate, not agree to cooperate); target should be Vietnam (VNM), whose act 'this' refers to; date should be 2017-08-02, the Wednesday news conference, not unknown."),
}
items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
assert len(items) == 50 and len(V) == 50
with open(here + 'events-a.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {'event': ev, 'type': ty, 'source': so, 'target': ta, 'date': da, 'modality': mo}
        v['all'] = all(v.values())
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

P = [
 {"doc": "h42-x163-23",
  "coder_events": ["ACCUSE: India (IND) -> China (CHN), raised concerns that the Chinese ship could spy on its military installations, in the days before 2022-08-16"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The port call itself (a Chinese state ship docking at Hambantota on Tuesday 2022-08-16) is not coded as a political act; India's concern is missed."},
 {"doc": "h42-x161-14",
  "coder_events": ["SANCTION: Belarusian court (BLR) -> Ales Bialiatski (BLR), sentenced to four and a half years, 2011-11-24",
                   "ACCUSE: Western governments (no code) -> Belarusian court / Belarus (BLR), denounced the verdict as political revenge, 2011-11-24"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right type."},
 {"doc": "h42-x164-03",
  "coder_events": ["SUPPORT: Bolivia's Congress (BOL) -> Hugo Banzer (BOL), elected him president, 1997-08-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Borderline: a legislature electing a president coded as approval of an actor (SUPPORT); Banzer's rule by decree in the 1970s is a description, not coded."},
 {"doc": "h42-x161-18",
  "coder_events": ["AGREE: Tayyip Erdogan (TUR) <-> Vladimir Putin (RUS), agreed to restore ties and revive the pipeline and nuclear plant plans, 2016-08-09",
                   "ASSAULT: Turkey (TUR) -> Russia (RUS), downing of a Russian warplane, 2015 (last year)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The background downing of the warplane is missed."},
 {"doc": "h42-x163-11",
  "coder_events": ["SUPPORT: Pakistan's government (PAK) <-> pro-Taliban militants (North Waziristan), signed a peace agreement, 2006-09-05",
                   "CONCEDE: pro-Taliban militants -> Pakistan's government (PAK), pledged to stop attacks across the border into Afghanistan, 2006-09-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The militants' pledge (a declared end to attacks, a verbal concession; AGREE also defensible) is missed; the troop pullback 'in return' is a term of the same accord, not coded separately."},
 {"doc": "h42-x162-05",
  "coder_events": ["SANCTION: Saddam Hussein (IRQ) -> Israel (ISR), ordered a 30-day halt to Iraqi oil exports in protest at the offensive, 2002-04-08",
                   "ASSAULT: Israel (ISR) -> Palestinians (PSE), military offensive in the West Bank, ongoing on 2002-04-08",
                   "THREATEN: Saddam Hussein (IRQ) -> Israel (ISR), said the stoppage could last longer if Israeli forces did not withdraw, 2002-04-08"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline codes the export halt as REQUEST ('ordered') aimed at Israel: an event, but the act is a cut in commercial exchange (SANCTION; COERCE by CAMEO 163 also defensible), so not found with the right type. The offensive is found; the conditional threat is missed."},
]
with open(here + 'paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
outl = [json.loads(l) for l in open(here + 'events-a.jsonl')]
assert len(outl) == 50
for a, b in zip(items, outl):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: v for k, v in b.items() if k not in ('verdict', 'reasons')} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
pars = [json.loads(l) for l in open(here + 'paragraphs-a-verdicts.jsonl')]
pdocs = [json.loads(l)['doc'] for l in open(here + 'paragraphs-a.jsonl')]
assert [p['doc'] for p in pars] == pdocs, ([p['doc'] for p in pars], pdocs)
for p, src in zip(pars, [json.loads(l) for l in open(here + 'paragraphs-a.jsonl')]):
    assert p['dateline_events'] == len(src['events'])
    assert p['found'] <= len(p['coder_events'])
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({f: sum(b['verdict'][f] for b in outl) for f in fields})
print('paragraphs:', {k: sum(len(p['coder_events']) if k == 'coder_events' else p[k] for p in pars) for k in ('coder_events', 'found', 'dateline_events', 'spurious')})
