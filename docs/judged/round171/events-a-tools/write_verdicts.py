"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ['event', 'type', 'source', 'target', 'date', 'modality']

# n: (wrong fields, reasons); 'SPURIOUS' marks a non-event
V = {
 1: ([], "Washington's standing wish that Pyongyang abide by the missile regime is a REQUEST USA->PRK still held when the story is told, so the document date is right."),
 2: (['source'], "Source should be China's Foreign Ministry spokesman (CHN): the previous sentence is China's Foreign Ministry and 'a spokesman also' is its spokesman; an empty country is wrong. Rest right."),
 3: (['target'], "The march was a state-organised rally in support of the constitutional change (and against US pressure), not aimed at the authorities: by the crowd-protest rule the Cuban state is wrong and the target should be empty. Date June 2002 right."),
 4: ([], "Declaring a truce is CONCEDE in the PLOVER codebook ('declarations, but not implementations, of ceasefires'); 'last year' in a 1998-10-20 story is 1997; no counterpart named, empty target right."),
 5: (['target'], "A negated execution; the sentence names no one executed, and South Africa is the place (and the would-be executing state), not the target: target should be empty. Empty source, no date (a span since 1989) and negated are right."),
 6: ([], "Foreign rights groups including Amnesty praised the Constitutional Court (ZAF): SUPPORT; undated reaction to this news, document date right."),
 7: ([], "Suicide bombing of the Zahedan mosque on Thursday night 2010-07-15: ASSAULT right (mode should be suicide-attack); bombers are Jundallah, an Iranian Baluch group, so IRN is acceptable."),
 8: ([], "'The 27 leaders' are the EU leaders of the previous sentence; an empty code is allowed for an international body (EUR would be better). Condemning Russia's recognition is ACCUSE disapprove on Monday 2008-09-01."),
 9: (['date'], "Wang spoke at the council session after Saturday's vote, so the date should be 2006-07-15, not the document date 2006-07-16. REJECT of 'any move that could aggravate the situation' with no named target is acceptable."),
 10: ([], "Videnov resigned on Saturday 1996-12-21: RETREAT resign, all right."),
 11: ([], "Signing the counter-terrorism convention is SUPPORT (sign agreement); ASEAN leaders, mutual so empty target; Saturday 2007-01-13 right."),
 12: (['target'], "Target should be the United States and Russia only: China is what the move is meant to balance, not a party agreed to or acted upon. Rest right (Saturday 2010-10-30)."),
 13: ([], "The US embassy told US citizens to remain alert: a REQUEST from a government body to civilians; undated, document date right."),
 14: ([], "UDF demanded early elections: REQUEST; the addressee is not named in the sentence so an empty target is right; undated reaction, document date right."),
 15: (['target', 'date'], "Target 'sections' is a fragment: it should be sections of the media, NGOs and the white opposition parties (ZAF). Date should be 1997-12-16, the Tuesday the conference opened with Mandela's speech, not the document date."),
 16: (['date'], "REQUEST (insisted) by Washington is right, but it is a background act of the negotiations before Thursday's vote (2000-02-24): it should have no date, not the document date 2000-02-25."),
 17: (['target'], "Target should be members of the banned Ennahda movement (TUN): the sentence names the group, and bare 'members' loses it. Jailing in the 1990s is COERCE arrest by Ben Ali, decade date right."),
 18: (['source', 'date'], "The Mumbai killing was by gunmen (country not given; Pakistan-based militants), not India, which is the victim's country. Date should be November 2008 ('a year after'), not the document date 2009-11-25."),
 19: (['source'], "The freeing in Bush's condition would be done by Cuba: source should be Cuba (CUB), not the US government. Hypothetical, no date, political prisoners (CUB) right."),
 20: ([], "Four attackers killed by security forces (not named in the sentence, empty source right); Saturday 2004-05-01 right."),
 21: (['date'], "'Later that year' is 1997 (the Luxor massacre of November 1997), so the date should be 1997, not 2005. Militants (EGY) massacring tourists is right."),
 22: ([], "The embedded act Fico says should happen: President Gasparovic asking Fico to form a government, a hypothetical REQUEST with no date. Acceptable; a coder would also code Fico's own demand to Gasparovic (REQUEST, asserted)."),
 23: ([], "State Department congratulated Berger: SUPPORT USA->Berger (GTM); undated reaction, document date right."),
 24: ([], "The trigger 'riot' comes from 'riot police', but the sentence does report the followers clashing with troops and riot police on Thursday 1996-06-20, a violent protest: PROTEST riot against the police is right and is not the march already coded (e3)."),
 25: ([], "Chernomyrdin will ask parliament for a confidence vote: future REQUEST to the Duma (RUS), no date; right."),
 26: ([], "Museveni's repeated promise to crush the LRA is THREATEN violence against the LRA (UGA); repeated at unknown times, no date acceptable."),
 27: (['target'], "Defending its own decision is SUPPORT (CAMEO 052) by Georgievski's government, but Taiwan is the topic, not the party defended; the critics answered are not named, so the target should be empty."),
 28: ([], "Rights groups called on the Iranian authorities to release detainees: REQUEST, right in all fields."),
 29: ('SPURIOUS', "Spurious: rhetorical hyperbole inside a Libyan official's complaint ('the Palestinians are being slaughtered'), with no identifiable act or perpetrator; a coder would code the complaint (ACCUSE Libya -> Arab governments), not a massacre."),
 30: (['date'], "Endorsing the plan of Mbeki and Wade is SUPPORT, but the endorsement was made at the summit that ended on Wednesday ('also', with the lead's Wednesday decisions): date should be 2001-07-11, not the document date."),
 31: (['date'], "The September 11 attacks in New York and Washington: ASSAULT with no named attacker and US victims is right, but the date should be 2001-09-11 (the 'Sept. 11 attacks' of the lead), not 2001-10-10."),
 32: (['date'], "Fox's call to Bush is reported as this news (foreign governments 'moved quickly'), so it should take the document date 2000-12-14 (or the night of the 13th), not no date."),
 33: ([], "India has pressed Dhaka (BGD government) to act against rebels: REQUEST, a standing act dated to the day the story is told (dateline June 19); right."),
 34: ([], "Landowners (PNG) attacking the Panguna mine in 1988: ASSAULT, target the mine (PNG) acceptable, year right (its kind 'person' is wrong but not scored)."),
 35: ([], "EU and US called on Sri Lanka to ensure UN staff safety: REQUEST, undated, document date right."),
 36: ([], "Iran captured Rigi in February 2010: COERCE arrest, IRN -> Rigi (IRN; sector should be REB, not scored)."),
 37: (['target'], "Missile tests fired into the sea have no target: the sea between Korea and Japan is a place, so the target should be empty, not South Korea and Japan. MOBILIZE weapons on 2006-07-05 right."),
 38: ([], "Aso, Wen and Lee met at Dazaifu on Saturday 2008-12-13: CONSULT among the three, right (a different sentence from the 'held their first summit' event)."),
 39: (['target'], "The threat is against Taiwan ('if the island moves toward formal independence', Taiwan named in the sentence): target should be Taiwan (TWN), not empty. Standing threat, document date acceptable; mode should be violence."),
 40: ([], "Russian officials' threat of tough measures against armed groups in the North Caucasus (RUS): THREATEN; standing threat dated to the story's day, acceptable."),
 41: ([], "Chen resigned as DPP chairman on election night, Saturday 2008-01-12: RETREAT resign, right."),
 42: ([], "New Delhi's proposal of confidence-building measures is an offer (AGREE); Pakistan is not named in the sentence, so empty target is right; made during the talks that ended on the document date."),
 43: (['source'], "'The two newly declared nuclear powers' are India and Pakistan: source should be India (IND) and Pakistan (PAK), not a single group coded PAK. Mutual agreement, empty target right; Sunday 1998-10-18 right."),
 44: ([], "Japan's Foreign Ministry asked the Chinese authorities to ensure safety: REQUEST JPN->CHN, dated with this news (Sunday, the document date); right."),
 45: ([], "Colom called on his supporters (GTM) to respect the result, late on Sunday 2003-12-28: REQUEST, right."),
}

P = {
 "h62-x244-01": (["CONSULT: Chart Thai party (THA) -> prospective coalition partners (THA), began courting partners for a coalition, 1995-07-03 (Monday)"], 0,
                 "Winning the most seats is an election result, not a PLOVER act; the courting of partners is a consultation with unnamed parties. Dateline coded nothing."),
 "h62-x243-25": (["ASSAULT: Islamist gunmen (SOM) -> hotel guests incl. six members of parliament (SOM), stormed a hotel and killed about 30, 2010-08-24"], 1,
                 "Dateline's ASSAULT (target Somali parliament, 2010-08-24) is the storming/killing; storming and killing taken as one act."),
 "h62-x242-07": (["ACCUSE: Iraq (IRQ) -> United States (USA), said a US missile killed 11 civilians in Basra, 1999-01-26",
                  "ASSAULT: United States (USA) -> civilians in Basra (IRQ), missile hit a residential district killing 11 (reported by Iraq), before 1999-01-26 (Monday 25th per the story)",
                  "REQUEST: Iraq (IRQ) -> United Nations (UNO), called on the UN to condemn the 'massacre', 1999-01-26"], 1,
                 "Dateline found only the REQUEST to the UN (type right, but left undated although 'on Tuesday' governs it); the accusation and the missile strike were missed."),
 "h62-x241-02": (["ACCUSE: State Duma (RUS) -> Chernomyrdin's government (RUS), voted no confidence over the Budyonnovsk hostage crisis, 1995-06-21 (Wednesday)"], 0,
                 "A no-confidence vote censures the government (ACCUSE disapprove); dateline coded nothing in the paragraph."),
 "h62-x244-23": (["CONSULT: China (CHN), Japan (JPN), South Korea (KOR) mutual, held their first stand-alone summit, 2008-12-13",
                  "AGREE: China (CHN), Japan (JPN), South Korea (KOR) mutual, pledged to work together against the financial crisis, 2008-12-13"], 2,
                 "Both found, right type, parties and date."),
 "h62-x244-11": ([], 0,
                 "Election of a prime minister by parliament and naming a minister are not PLOVER acts; the 'reform without sanctuary' promise is background campaign rhetoric. Nothing to code; dateline coded nothing."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a-items.jsonl'))]
assert len(items) == 45 and set(V) == set(range(1, 46))
with open(os.path.join(ROOT, 'events-a.jsonl'), 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

paras = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-a.jsonl'))]
with open(os.path.join(ROOT, 'paragraphs-a-verdicts.jsonl'), 'w') as out:
    for p in paras:
        ce, found, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ce, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': 0, 'notes': notes}, ensure_ascii=False) + '\n')

# checks
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a.jsonl'))]
assert len(rows) == 45
for r, it in zip(rows, items):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
pv = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-a-verdicts.jsonl'))]
assert len(pv) == 6
counts = {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']}
print('per-field right of 45:', counts)
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline events', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
