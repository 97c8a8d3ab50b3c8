"""Write judge d's round-170 verdicts (events-d.jsonl, paragraphs-d-verdicts.jsonl) and check them.
Verdict letters per item: E T S G D M = event, type, source, target (G), date, modality; '1' right, '0' wrong,
'X' = spurious (all false)."""
import json

V = {
 1: ("110011", "Event and type right (ACCUSE allege of Ledezma, beside the COERCE arrest e4). Source should be the Venezuelan intelligence agents (VEN), not USA; target should be Caracas Mayor Antonio Ledezma (VEN), the one accused, not Leopoldo Lopez[USA]."),
 2: ("X", "Spurious: 'We will not let them destroy Egypt' is Sisi's figurative vow about a foreign plot, not an act of destroying property (ASSAULT); no act is reported."),
 3: ("111111", "Right: the Brotherhood (EGY) condemned the killings; no party is named as the killers in the sentence, so an empty target is right; document date for this news."),
 4: ("101111", "Type should be SANCTION (withdraw from joint state institutions: armed forces, tax administration, judiciary), not RETREAT, which is for material concessions such as pulling forces off ground. Source (Serb Republic lawmakers, BIH), target (one of the Bosnian state institutions, BIH), Friday 2021-12-10 and asserted (the vote) are right."),
 5: ("111111", "Right: the United States said it backed Guyana's sovereignty, SUPPORT USA -> GUY, document date."),
 6: ("111111", "Right: inmates rioted inside the Hasakah prison on Thursday 2022-01-20 (PROTEST riot; SYR taken from the named place as for protesters); the riot's target is not named, so empty is right. Setting fire (e6) is a separate act."),
 7: ("111111", "Right: Israel killed (among others) an Iranian general in a helicopter strike on 2015-01-18; the Hezbollah fighters would also be a right target; mode should be aerial (not scored)."),
 8: ("111111", "Right: Tunisia seeking an IMF loan is REQUEST assist, an ongoing act given the document date."),
 9: ("111111", "Right: Xi congratulated Trong, SUPPORT CHN -> VNM; no date in the text, document date."),
 10: ("111011", "A REQUEST (governments telling their citizens to avoid demonstrations) is there, but the citizens are those governments' own nationals, not Maldivians: target code should be empty, not MDV."),
 11: ("111111", "Right: Monday 2015-08-10 car bomb at Kabul airport killed five; no perpetrator named, so an empty source is right."),
 12: ("111111", "Right: pro-democracy lawmakers demanded an inquiry; the addressee is not named, so an empty target is right; CHN accepted for Hong Kong lawmakers (HKG would be finer)."),
 13: ("111111", "Right by a broad reading of REJECT ('rejected such accusations'; CAMEO would make it 016 deny, which PLOVER drops); the accuser is not named in the sentence, so an empty target is right."),
 14: ("111111", "Right: the ICJ on Tuesday 2011-03-08 ordered Costa Rica and Nicaragua to keep personnel out, REQUEST (order)."),
 15: ("111011", "Cambodian attacks (as Abhisit states them) are an ASSAULT by Cambodia, but the sentence names the party attacked: target should be the Thai army (THA), not empty. Document date for the three-day fighting and asserted by attribution are accepted."),
 16: ("X", "Duplicate: the opposition's promise to take up its seats is its side of the same deal already coded as AGREE between Hun Sen and Sam Rainsy (e1) from this sentence."),
 17: ("111011", "The government's appeal to people not to believe rumours is a REQUEST, but the sentence names its addressee: target should be the people/public of Azerbaijan (AZE), not empty."),
 18: ("111101", "Pardon and release of the journalists is RETREAT release, right parties, but date should be 2024-07-29: the ministry announced the pardons late on Monday and Radi was freed Monday evening; 07-30 is only the story's date."),
 19: ("111111", "Right: Sobyanin resigned in June 2013 (2013-06) to trigger an early vote; both source entries are Sobyanin."),
 20: ("111111", "Right: Kosovo had pledged to protect cultural heritage (AGREE, a promise), no party named as target, undated earlier act with no date."),
 21: ("111111", "Right: von der Leyen criticised the incursion, ACCUSE; the sentence names no party for her clause (Russia would also be right); Friday 2025-09-19 is the day of the incursion and reactions."),
 22: ("111111", "Right: Buldan accused Erdogan's government; Erdogan stands for his government; document date for this reaction."),
 23: ("111101", "ACCUSE by European leaders against Hamas is right, but date should be 2023-10-21, the Saturday summit where they condemned it; 2023-10-07 is the date of the Hamas attack, not of the condemnation."),
 24: ("100101", "Reported act inside Saudi Arabia's accusation: Qatar supporting terrorism. Source should be Qatar (QAT), not Saudi Arabia; the support meant is material (AID), not verbal SUPPORT; date should be none (or 2017-06, the time of the accusation), not the 2018 document date."),
 25: ("111111", "Right: the Ugandan government dismissed the walkout (REJECT); the envoys are not named in the sentence, so an empty target is right; document date."),
 26: ("111111", "Right: Thai and Cambodian troops traded fire on Sunday 2011-04-24, mutual ASSAULT (mode should be heavy-weapons, not scored)."),
 27: ("111110", "SANCTION Saudi Arabia -> Qatar in 2017-06 is right, but modality should be asserted: the reporter states the cut in ties as fact; only the content of the accusation is reported."),
 28: ("111111", "Right: Sarkozy on Thursday 2011-10-06 urged Turkey to recognise the genocide, REQUEST FRA -> TUR."),
 29: ("111111", "Right: a civilian was killed on Monday 2012-08-27 in the Mombasa unrest; no killer named, empty source right."),
 30: ("110111", "SANCTION expel of the Ukrainian consul is right and future as the text gives it, but source should be Hungary / Foreign Minister Szijjarto (HUN), who announced the expulsion, not empty."),
 31: ("111011", "ASSAULT by U.S. warplanes on Thursday 2021-02-25 is right, but target should be the Iran-backed militias (Kataib Hezbollah etc.; Iraqi groups per the story, no SYR); Iraq is only a location (near the Iraqi border) and is wrong."),
 32: ("111111", "Right: the United States raised its tariff on Chinese EVs in May 2024 (SANCTION discontinue; CAMEO2PLOVER would say COERCE for 163, but PLOVER's SANCTION covers curtailing trade)."),
 33: ("111100", "Talks between the Taliban and the Afghan government are what the February agreement provides for: modality should be future, and date none (a planned act), not the document date."),
 34: ("111011", "Officials rejecting the critics' charge is a REJECT by Sri Lankan officials (LKA), but target should be the critics (no code) or empty, not 'Islam'."),
 35: ("111111", "Right: China halted canola imports from two Canadian firms in 2019, SANCTION CHN -> CAN firms."),
 36: ("111111", "Right: the embargo imposed last year (2017) by Saudi Arabia, UAE, Bahrain and Egypt on Qatar, SANCTION."),
 37: ("111011", "ACCUSE by the Romanian opposition is right, undated earlier act; target should be Ungureanu's toppled government (ROU), not the 'new government' that Ponta is to form."),
 38: ("111011", "SANCTION convict by the Iranian court on Monday 2012-01-09 is right, but target should be the former U.S. Marine sentenced to death (a person, USA), not the United States."),
 39: ("111111", "Right: Lamamra accused Morocco, ACCUSE DZA -> MAR, document date (no date given)."),
 40: ("111001", "REQUEST by European leaders for humanitarian access is right, but Gaza is where access is wanted, not the addressee: target should be empty (or Israel), not Palestine; date should be 2023-10-21, the summit, not 2023-10-07."),
 41: ("111111", "Right: Issoufou's visit to Egypt (CONSULT visit), going on when the attack happened; document date."),
 42: ("111111", "Accepted: three deputies voted against Marzouki, REJECT on Monday 2011-12-12; Marzouki is not named in the sentence, so an empty target is right. The opposition's boycott of the vote (PROTEST) is not coded."),
 43: ("111101", "ACCUSE by Baghdad against the strikes is right (no party named, empty target right), but it is a background act of an earlier time (after the September 2022 strikes): date should be none, not the 2023-03-20 document date."),
 44: ("111111", "Right: the police mutineers are demanding pay rises, REQUEST, addressee not named, ongoing act at the document date."),
 45: ("101101", "Kigali denies attacking critics abroad: the denied act is ASSAULT (or COERCE), not ACCUSE; negated, right parties; the alleged attacks are undated background acts, so date should be none, not the document date."),
 46: ("111111", "Right: Morales signed the migration agreement last month (2019-07), SUPPORT (sign); the partner is not named as a party in the sentence, so empty is right."),
 47: ("111011", "ACCUSE by Odinga is right, but the killing's and the violence's perpetrators are not named: target should be empty, not the senior police official quoted earlier."),
 48: ("X", "Spurious: 'Welcome home' is Poroshenko's greeting to the freed Ukrainians, not SUPPORT between political actors; the SUPPORT in this sentence is his thanking the negotiators (e4)."),
 49: ("111101", "ASSAULT killing five in the protests is right, but date should be 2020-08-13, the Thursday of the protests and clashes where they died (para 2); Friday 08-14 is when it was said."),
 50: ("111111", "Right: Israel has massed troops on the Gaza border, MOBILIZE ISR -> PSE (Gaza), ongoing at the document date."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
out = []
for it in items:
    code, reason = V[it['n']]
    if code == 'X':
        v = {f: False for f in FIELDS}
    else:
        assert len(code) == 6 and code[0] == '1'
        v = {f: c == '1' for f, c in zip(FIELDS, code)}
    v['all'] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec['verdict'] = v
    rec['reasons'] = reason
    out.append(rec)
with open('events-d.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

P = [
 {"doc": "h63-x248-01",
  "coder_events": ["REQUEST: International Court of Justice (no code) -> Costa Rica (CRI) and Nicaragua (NIC), ordered them to keep soldiers, police and personnel out of the disputed wetland, 2011-03-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The one act is found with right type, parties and date. The four-month standoff is background with no act."},
 {"doc": "h63-x246-17",
  "coder_events": ["ASSAULT (aerial): U.S. warplanes (USA) -> Iran-backed militias (Kataib Hezbollah and others, no code in the sentence), bombed their facilities in eastern Syria, 2021-02-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type; its target adds Iraq (only a location, 'near the Iraqi border') and codes the militias SYR. Biden's order is the same act, not coded separately."},
 {"doc": "h63-x246-05",
  "coder_events": ["CONSULT (multilateral): Syrian opposition / National Coalition (SYR) -> Arab League summit in Doha, took Syria's seat at the summit for the first time, 2013-03-26",
                   "SUPPORT: Arab League leaders meeting in Doha (no code) -> Syrian rebels (SYR), endorsed member states' right to arm them, 2013-03-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event. The seat could also be coded as the League's SUPPORT (recognition) of the opposition; 'rebels fighting President Bashar al-Assad' is a descriptive clause (ongoing fighting) that I do not count."},
 {"doc": "h63-x247-08",
  "coder_events": ["ACCUSE: Ashraf Ghani (AFG) -> Pakistan (PAK), accused it of allowing militants to plan attacks on its soil, 2015-08-10",
                   "ASSAULT (explosives/suicide): unnamed militants -> people in Kabul (AFG), string of bombings killed more than 50, 2015-08-07 to 08-10 (span, no single date)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The accusation is found right in every field; the string of bombings is missed in this paragraph (later paragraphs hold the single attacks)."},
 {"doc": "h63-x248-18",
  "coder_events": [],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Suga's election by parliament is no PLOVER act, and 'promising continuity at home and abroad' is a general policy statement with no party it is made to or about: dateline's AGREE (e1, 'promising') is spurious."},
 {"doc": "h63-x245-20",
  "coder_events": ["REQUEST: Turkish state prosecutor Bekir Sahin (TUR) -> Constitutional Court (TUR), asked it to shut down the HDP, 2021-03-17",
                   "ACCUSE (allege): Turkish state prosecutor (TUR) -> HDP (TUR), accused it of acting as an arm of Kurdish militants, 2021-03-17"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type and date (Wednesday 2021-03-17); the ACCUSE target is named 'largest party' but is the HDP ('parliament's third-largest party'), TUR."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for r in P:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

# checks
paras = [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
assert [p['doc'] for p in P] == paras
for p, l in zip(P, open('paragraphs-d.jsonl')):
    assert p['dateline_events'] == len(json.loads(l)['events'])
back = [json.loads(l) for l in open('events-d.jsonl')]
assert len(back) == 50
for it, r in zip(items, back):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = r['verdict']
    assert v['all'] == all(v[f] for f in FIELDS)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(r['verdict'][f] for r in back) for f in FIELDS + ['all']}
print('per field right of 50:', counts)
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline events', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
