"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's verdicts (round 166), then check them.
Fields listed in WRONG[n] are false; SPURIOUS items are false in all six; everything else is true."""
import json
R = '/work/wt/j166d/docs/judged/round166/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
SPURIOUS = {20, 22, 24, 50}
WRONG = {
    1: ['source'], 2: ['date'], 3: ['target'], 7: ['target'], 8: ['date'], 9: ['type', 'source'],
    11: ['date', 'modality'], 12: ['target'], 16: ['date'], 18: ['target', 'date'], 19: ['date'],
    21: ['target'], 23: ['date'], 26: ['target'], 27: ['target'], 28: ['target', 'date'], 29: ['target'],
    33: ['source'], 38: ['source'], 39: ['target', 'date'], 41: ['target'], 42: ['date'], 43: ['target', 'date'],
    47: ['type'], 48: ['target'],
}
REASONS = {
 1: "The visitor is the Dalai Lama, not Kgalema Motlanthe: source should be the Dalai Lama (Tibetan exile leader); target South Africa (ZAF), 1990s date and asserted are right.",
 2: "ACCUSE China and South Korea -> Abe (JPN) is right, but 'have accused' is a background accusation of an earlier, unstated time, not this news: no date (not 2015-11-01).",
 3: "ACCUSE by Syrian officials (SYR) is right and the repeated blaming has no date, but the sentence names whom they blame: target should be the armed gangs and foreign conspirators (no country code).",
 4: "SUPPORT (congratulate) Martinelli (PAN) -> 'the winner' = Varela (PAN), Sunday 2014-05-04: all right.",
 5: "REQUEST (call for release of political prisoners) by the spokesman of the EU foreign policy chief, reported for Borrell; empty code is right for the EU, no detaining party is named in the sentence, document date right. All right.",
 6: "SANCTION (asset freeze) France -> Iran (its intelligence unit, IRN) on Tuesday 2018-10-02: all right.",
 7: "SANCTION (cancelled trip in protest) by France's ecology minister on 2024-11-13 is right, but the act is aimed at the host in the row: target should be Azerbaijan (AZE), not the United Nations, which only organises the summit.",
 8: "AGREE (invite, future) Malala -> Sharif and Modi is right, but December 2014 is the date of the ceremony, not of the invitation: the invitation has no date (or the statement's 2014-10-10).",
 9: "House-to-house searches by police are COERCE (seize: authorities executing a search), not ACCUSE/investigate; source is the Chadian police in N'Djamena, so code TCD, not empty.",
 10: "REQUEST U.S. State Department (USA) -> Ankara/Turkish government (TUR), document date: all right.",
 11: "The Russian government's constitutional resignation after the May 7 inauguration is an act to come: modality should be future and date 2024-05-07 (or none), not asserted on the document date; type, source and empty target right.",
 12: "SANCTION (withdraw from organisation) by Mali's military government (MLI) is right, but the sentence names what it leaves: target should be the G5 Sahel (IGO, no code). Date: document date accepted (the next sentence puts the statement late on Sunday 15 May).",
 13: "REQUEST Zelenskiy (UKR) -> Western leaders (no single code) to close the skies, document date: all right.",
 14: "CONSULT (phone) Jordan's King Abdullah (JOR) -> the Syrian leader (SYR), October 2021: all right (the actor's name label 'Sheikh Abdullah' is borrowed from the UAE minister, but mention and code are King Abdullah's).",
 15: "REQUEST Sisi (EGY) -> Israel (ISR) to revive peace talks; no date in the sentence, document date right. All right.",
 16: "SUPPORT by Moscow (RUS) with empty target ('the idea' is no party) is right, but the support came last month with the U.S. ceasefire proposal (March 2025, per the previous sentence), not on the document date: date should be 2025-03.",
 17: "ACCUSE Iran -> Saudi Arabia (named in the sentence) over the executions, document date: all right.",
 18: "COERCE (arrest) with no named arresting party is right, but the activists are Cuban: target should be several activists (CUB), not USA; and the detentions happened during the campaign before the vote, not on 2019-02-25 (no date).",
 19: "SANCTION (expel) Mali -> French troops (FRA) is right, but the expulsions are background acts of earlier this year ('has also fallen out'): no date, not the document date.",
 20: "Spurious: the soldier 'walked out of his base' is physical movement, not a SANCTION/withdraw; the shooting is already coded (e2).",
 21: "SUPPORT Ethiopia (ETH) -> the Security Council vote is right, but Eritrea is not a party Ethiopia supports: target should be the UN Security Council alone.",
 22: "Spurious: 'charges' is the same accusation already coded from 'accused the government of graft' (e4), a duplicate (and the Democratic Revolutionary Party is not its target).",
 23: "COERCE (arrest) Turkish police -> 418 people (TUR) is right, but the detentions are part of Monday's operation reported as this news: date should be 2019-08-19, not none.",
 24: "Spurious: the killing of 10 Turkish activists is the 2010 Israeli raid on the flotilla, already coded from the same sentence as 'raid' (e5), a duplicate.",
 25: "ACCUSE (condemn) France (FRA) -> the attack, no attacker named in the sentence so empty target is right; document date right. All right.",
 26: "ACCUSE State Department (USA) over the referendum is right, but the party criticised is Cuba's Communist Party / government: target code should be CUB, not USA.",
 27: "AGREE (offer of aid) by Canberra (AUS) in August 2022 is right, but the offer was to the Solomon Islands government, named in the sentence ('Solomon Islands politics', Sogavare): target should be Solomon Islands (SLB).",
 28: "SUPPORT (sign agreements) by Russia is right, but the sentence names the other parties, 'some 20 countries' (African, no single code), and the signings are a span over past years, so no date rather than the document date.",
 29: "COERCE (arrest) in August 2022 is right, but 'they' are the eight former Indian navy personnel: target should be them (IND), not Qatar's naval forces.",
 30: "AGREE (promise to pay compensation) by Bolivia, no recipient named, time of the promise not given: all right.",
 31: "THREATEN (warned Manila against being drawn into a conflict) China -> Philippine government, undated background: all right.",
 32: "MOBILIZE (military aircraft into the air defence zone) China -> Taiwan (TWN) on Monday 2021-10-04: all right.",
 33: "ACCUSE -> Farmajo (SOM) undated is right, but the leaders of Somalia's federal member states are Somali: source code should be SOM, not empty.",
 34: "COERCE (arrest) Belarusian police -> more than 800 people (BLR), at Sunday's protests (2022-02-27), reported by Viasna: all right.",
 35: "ACCUSE (denounce) by human rights groups (no country given) of the agreement, no party named, document date: all right.",
 36: "REQUEST Muizzu (MDV) -> New Delhi (IND) to withdraw troops, background with no date: all right.",
 37: "REQUEST (to address the council) Isaias (ERI) -> UN Security Council, undated: all right.",
 38: "ASSAULT -> dozens of people (IRN), a total with no date, is right, but the killings are 'in the crackdown' of the Iranian authorities named in the same sentence: source should be the Iranian authorities/security forces (IRN), not empty.",
 39: "ACCUSE by Azerbaijan is right, but 'it' is France: target should be France (FRA); and the accusation is a background one of an earlier time, so no date rather than the document date.",
 40: "ASSAULT, no perpetrator named, -> nearly 10,000 people (UKR), a total since 2014 with no date, per the UN: all right.",
 41: "SUPPORT (thanked) by Sudani (IRQ) on the document date is right, but the sentence names whom he thanked: target should be the voters and the security forces (IRQ).",
 42: "REQUEST (purported order) Erdogan -> his son, reported, is right, but the recorded conversation is of an unknown earlier time: no date, not the document date.",
 43: "REQUEST Mikati (LBN) is right, but 'Friday' is the day of mourning, not the call: date should be 2013-08-15 (the day of the bombing); and 'all parties' are plainly Lebanon's parties, so code LBN, not empty.",
 44: "MOBILIZE (weapons test) North Korea (PRK), 2017: all right.",
 45: "ASSAULT suspected Islamist gunmen (no country) -> at least 18 people (BFA), Sunday 2017-08-13: all right.",
 46: "ASSAULT (shelling) Russian forces (RUS) -> Ukrainian positions (UKR), overnight into Sunday 2025-04-20, reported by Zelenskiy: all right.",
 47: "Giving himself up is a material act of yielding, not a verbal concession: type should be RETREAT (CAMEO 0874 surrender), not CONCEDE; source, empty target, date and modality right.",
 48: "RETREAT (resign) Emil Boc (ROU) on Monday 2012-02-06 is right, but a resignation has no target here: target should be empty, not the head of the foreign intelligence service.",
 49: "COERCE (arrest) Belarusian police -> dozens (BLR) on Friday evening 2020-06-19, per Viasna: all right.",
 50: "Spurious: 'a U.S. troop withdrawal' is the topic of the collapsed talks, not an act that happened.",
}
items = [json.loads(l) for l in open(R + 'events-d-items.jsonl')]
out = []
for it in items:
    n = it['n']
    if n in SPURIOUS:
        v = {f: False for f in F}
    else:
        v = {f: f not in WRONG.get(n, []) for f in F}
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = REASONS[n]
    out.append(o)
with open(R + 'events-d.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')

PARAS = [
 {"doc": "h61-x238-12", "coder_events": [
   "PROTEST (hunger): Palestinian prisoners in Israeli jails led by Marwan Barghouti (PSE) -> Israel (ISR), open-ended hunger strike for better conditions, 2017-04-17",
   "PROTEST (demo): Palestinians (PSE) -> none (rallies in support of the prisoners), rallies across the West Bank and Gaza, 2017-04-17"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the hunger strike (PROTEST/hunger, target empty where Israel would be right); the supporting rallies were not coded. The demand for better conditions is the protest's aim, not a separate REQUEST."},
 {"doc": "h61-x237-09", "coder_events": [
   "SUPPORT: Alexis Tsipras (GRC) -> Independent Greeks (GRC), renewed his coalition alliance, 2015-09-21",
   "AGREE: Alexis Tsipras (GRC) -> international creditors (no code), promised to implement the bailout, 2015-09-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Election win and swearing-in are no PLOVER acts; 'he once vowed to tear up' is background of an earlier time and not coded. Dateline found the promise (AGREE) only."},
 {"doc": "h61-x237-18", "coder_events": [
   "RETREAT (resign): Sebastian Kurz (AUT), announced his resignation as chancellor, 2021-10-09",
   "COERCE (seize): prosecutors (AUT) -> Kurz's office / chancellery (AUT), raid in a corruption investigation, 2021-10-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the resignation; the raid three days earlier (Wednesday 6 Oct) was missed. 'Bowing to pressure' is the resignation itself."},
 {"doc": "h61-x238-14", "coder_events": [
   "SANCTION: France (FRA) -> Iran (IRN; its intelligence unit and two nationals), froze assets, 2018-10-02",
   "ACCUSE (allege): France (FRA) -> Iran (IRN), accused Tehran of planning a bomb attack on a rally near Paris, 2018-10-02",
   "REJECT: Iran (IRN) -> France (FRA), rejected the charge as a plot, 2018-10-02"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "All three acts found with the right types; the planned attack is inside the accusation and not coded separately."},
 {"doc": "h61-x237-16", "coder_events": [
   "AGREE: Georgian Dream party (GEO) <-> opposition groups (GEO), agreed on a new electoral system, 2020-03-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found (dateline merges both parties into one source; mutual agreement). The earlier street protests are a background mention with no act of their own in this sentence."},
 {"doc": "h61-x240-05", "coder_events": [
   "ACCUSE (disapprove): Rafael Correa (ECU) -> private media (ECU), clashed repeatedly, background of his six-year rule, no date"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning re-election, expanding social spending and the debt default are no PLOVER acts between actors; the repeated clashes with private media are a low-salience background act that a coder may code. Dateline coded nothing here."},
]
with open(R + 'paragraphs-d-verdicts.jsonl', 'w') as fh:
    for p in PARAS:
        fh.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
got = [json.loads(l) for l in open(R + 'events-d.jsonl')]
assert len(got) == 50
for it, g in zip(items, got):
    assert (g['n'], g['doc'], g['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = g['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v[f] for f in F + ['all'])
assert len([l for l in open(R + 'paragraphs-d-verdicts.jsonl')]) == 6
counts = {f: sum(g['verdict'][f] for g in got) for f in F + ['all']}
print('per-field right of 50:', counts)
pt = {k: sum(p[k] for p in PARAS) for k in ['found', 'dateline_events', 'spurious']}
pt['coded_acts'] = sum(len(p['coder_events']) for p in PARAS)
print('paragraph totals:', pt)
