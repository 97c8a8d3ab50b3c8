"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's verdicts below, then check them."""
import json
here = '/work/wt/j152d/docs/judged/round152/'
F = ('event', 'type', 'source', 'target', 'date', 'modality')
T, X = True, False
SPUR = None
# n: (flags event,type,source,target,date,modality  or SPUR, reasons)
V = {
 1: ("TTTTTT", "Israel accuses Hamas over the deaths of the three students: ACCUSE Israel (ISR) -> Hamas (PSE), a present-tense stance of the story's day; all right."),
 2: ("TTTXTT", "CONSULT of the Pope (VAT) with the three members of Bosnia's presidency on Saturday 1997-04-12 is right, but the target should be the three presidency members, all BIH: Krajisnik sits in Bosnia's presidency and is coded SRB, and Zubak is missing."),
 3: ("TTXTXT", "REQUEST for a loan to South Africa is right, but the source should be the Swazi government of Prime Minister Dlamini (SWZ), not Egypt; the request is background of an earlier, unstated time ('has asked'; South Africa is already studying it), so it should have no date rather than the document date."),
 4: (SPUR, "Spurious: 'whether Jakarta is willing to sink a Chinese boat' is an analyst's hypothetical test, not an offer or commitment to cooperate; 'willing' is no AGREE here."),
 5: ("TTXTTT", "ASSAULT (clashes beginning in late July 2014) is right and the Azerbaijani forces (AZE) are a right party, but the source is empty: it should be the Armenian-backed forces (ARM/Karabakh Armenians), the other side of the clashes named in the sentence."),
 6: ("TTTXTT", "ACCUSE by Abbas (PSE) condemning the killing is right, but the sentence names no party, only 'the killing'; 'Jewish extremists' is only the theory investigators were said to be pursuing, not clearly the party condemned, so the target should be empty."),
 7: ("TTTXTT", "ACCUSE by Israel (Friday 2021-10-22) is right, but the accused party is the six Palestinian civil society groups (PSE NGOs), not the state of Palestine."),
 8: ("TTTTTT", "REQUEST: Abbas (PSE) demanded that Israel (ISR) bring the perpetrators to justice, reported as the day's news; all right."),
 9: ("TTXXTT", "REJECT, future and undated, is right as the act, but the speaker is Anastasiades (CYP), not Christofias; the target should be empty (or the international lenders whose proposal it would be), not Cyprus, his own country. (Mode 'meet' is also off; type is right.)"),
 10: ("TTXTTT", "Summoning a diplomat to protest is ACCUSE (CAMEO 114) toward the Japanese diplomat (JPN) on the story's Tuesday, but the Foreign Ministry is South Korea's (KOR), not Japan's."),
 11: ("TTTTTT", "THREATEN by Indonesian unions (IDN) of further strikes, no target named, current as the story is told; right (mode should be restrict, not violence, but the type is right)."),
 12: ("TTXTTT", "PROTEST against Japan (JPN) on Monday 1996-02-12 is right, but the protesters were in central Seoul and the text makes their country plain: source should be protesters (KOR), not uncoded."),
 13: ("TTTXTT", "The sentence is the minister's account of the soldiers' (COD) attempted coup on the story's Friday, an armed attempt I accept as ASSAULT (the 'hostage' is figurative, so mode abduct is off), but the target should be the nation / Congo's transitional government (COD), not Rwanda."),
 14: ("TTTTTT", "ACCUSE: the RDR (CIV) denounced the verdict; 'the verdict' is an act, not a party, so an empty target is right by the rules (the court is named only in another sentence); undated, so the document date."),
 15: ("TTTTTT", "RETREAT (resignation) of a Japanese cabinet minister (JPN) in November 1995; all right."),
 16: ("TTTTTT", "ACCUSE: Trump (USA) accused Tehran (IRN) of orchestrating the attack, on the story's day; all right."),
 17: (SPUR, "Spurious: Abadi visiting Tikrit, a city of his own country, to celebrate its recapture is no consultation or visit to a host actor; the sentence's codable act is the recapture (ASSAULT by Iraqi forces and militias against Islamic State)."),
 18: ("TTTTTT", "COERCE arrest by Tanzanian police (TZA) of Chadema supporters (TZA) last month (2024-08); all right."),
 19: ("TTTTTT", "ACCUSE: Kostadinov (BGR) accused the Bulgarian government (BGR); undated, so the document date; all right (he is an opposition leader, but sector is not judged)."),
 20: ("TTTTTT", "ASSAULT crowd-control by Israeli police (ISR) on the story's day; the sentence names no one fired at (the youths are in the previous sentence), so an empty target is right."),
 21: ("TTTTTT", "ASSAULT killing a Jordanian soldier (JOR) with the Friday 2005-08-19 rockets; the attacker is not named in the sentence, so an empty source is right."),
 22: ("TTTTTT", "SUPPORT by Croatia, Bosnia, Slovenia and Macedonia for the admission on Wednesday 2000-11-01; 'the admission' is an act, not a party, so an empty target is right by the rules (Yugoslavia would also be right)."),
 23: ("TTTTTT", "SUPPORT: Beazley (AUS) backed the decision; 'the decision' is an act, not a party, so an empty target is right by the rules; news of the day."),
 24: ("TTTTTT", "ASSAULT: Nepalese police (NPL) opening fire on crowds (NPL) repeatedly 'since then' is a span from an earlier time, so no date is right; all right."),
 25: ("TTTXTT", "SUPPORT (signing deals, CAMEO 057) by Xi (CHN) on the narrative Thursday is right, but the sentence names Indonesia, where the deals were signed during the state visit: target should be Indonesia (IDN), not empty."),
 26: ("TTTTTT", "ASSAULT: 13 Azerbaijani servicemen (AZE) killed, attacker not named in the sentence; a total summed since late July, so no date is right; asserted with Azerbaijan as reporter."),
 27: ("TTTTXT", "CONSULT (negotiations) between Hun Sen's government (KHM) and the UN is right, but the negotiations ran six years up to the June 2003 signing: a span from an earlier time, so no date (or c.1997-2003), not 2003-06."),
 28: ("TTTXTT", "SUPPORT by ordinary Bangladeshis (BGD) is right, but the sentence names who they welcomed: target should be the soldiers (Bangladesh army, BGD), not empty."),
 29: ("TTTTTT", "ACCUSE: ethnic Albanian leaders in Macedonia (MKD) condemned the night-time operation, an act not a party, so an empty target is right; news of the day."),
 30: ("TTTTXT", "RETREAT (resignation) of Lafontant (HTI) is right (empty target acceptable), but the text dates his resignation, the news of this story, to Saturday: date should be 2018-07-14, not unknown."),
 31: ("TTXTTT", "PROTEST (rallies turned violent on Thursday 2020-10-08) is right and no target is named, but the source is empty: it should be the protesters (IDN), the people, many of them students, the sentence says were held after the rallies."),
 32: ("TTTTTT", "CONSULT: talks between U.S. envoy Kartman (USA) and Kim Gye-gwan (PRK), ending in the agreement reported on Tuesday 1999-03-16; all right."),
 33: ("TTTXTT", "COERCE arrest by Ethiopian police (ETH) on April 10-11 is right (2001-04-10 is the start of the text's range), but 'them' in the sentence is the students: target should be the students (ETH), not empty."),
 34: ("TTTTTT", "ACCUSE: Gargash (ARE) accused Islamabad (PAK) of favouring Iran; undated, so the document date; all right."),
 35: ("TTTXTT", "CONSULT: Samaras met Venizelos and Kouvelis on Monday 2012-06-18; right, but the target should be both as Greek party leaders (GRC): Kouvelis of the Democratic Left is left with no country code."),
 36: (SPUR, "Spurious: 'the Greek people voted' in an election, quoted by Samaras, is no PLOVER act between political actors (and 'today' would be election night, 2012-06-17)."),
 37: ("TTTTTT", "SANCTION convict: the Abidjan court (CIV) sentenced senior members of the RDR (CIV) on Friday 1999-11-12; all right."),
 38: ("TTTXTT", "REQUEST by China (CHN) for a pipeline commitment is right, but the pressing is on the other of 'the two sides' named in the sentence: target should be Russia (RUS), not empty. (Date: the talks were on the Thursday of the visit, 2004-10-14, but the sentence gives none, so the document date passes by the rule.)"),
 39: ("TTTTXT", "Negated SUPPORT (no recognition) of the ICC by Russia (RUS) is right, but non-recognition is a standing position as the story is told: by the ongoing-act rule it takes the document date 2024-09-03, not unknown."),
 40: ("TTTXTT", "RETREAT (pardon) by the king (KHM) in 1996 is right, but the sentence names who was pardoned: target should be Ieng Sary (KHM), not empty."),
 41: ("TTTTTT", "CONCEDE: Adamkus (LTU) conceded defeat to Paksas (LTU) on Monday morning 2003-01-06 (the value carries an odd 'TMO' suffix but the day is right); all right."),
 42: (SPUR, "Spurious: the act in the sentence is Laos agreeing to let diplomats visit (coded as e3 AGREE); the diplomats' future visit to the returned Hmong is the content of that agreement, not a meeting with the Lao government, and Laos is not its host."),
 43: ("TTXTTT", "CONSULT with the Pope (VAT) is right and undated (document date), but the Serb and Muslim religious leaders are Bosnian (BIH), meeting him in Sarajevo, not Serbia (SRB)."),
 44: ("TTTTTT", "ACCUSE: Obama (USA) called the vote a mistake; 'the vote' is an act, not a party, so an empty target is right by the rules (Congress would also be right); undated, so the document date."),
 45: ("TTTXTT", "CONSULT visit by Assad (SYR) arriving on Thursday 2023-09-21 is right, but the host is China (CHN), not Air China, the airline he flew on."),
 46: ("TTTTXT", "PROTEST boycott by Harper (CAN) of the summit over Sri Lanka (LKA), future, is right, but the text dates the summit Nov. 15-17: date should be 2013-11-15 (to 17), not unknown."),
 47: ("TTTTXT", "REJECT: Thai Airways (THA) refused to let Rainsy (KHM) board; right, but the sentence dates it Thursday: date should be 2019-11-07, not unknown."),
 48: ("TTTTTT", "PROTEST riot by Haitian protesters (HTI) within hours of the 2018-07-06 announcement; no aim named in the sentence, so Haiti as target is right."),
 49: ("TTTTTT", "AGREE (the communique's promises) by the leaders of 53 nations, Obama, Hu and Medvedev named, a mutual pledge on the Tuesday 2012-03-27; all right."),
 50: ("TTTXTT", "ACCUSE by human rights groups is right, but the government they accuse of jailing journalists is Azerbaijan's (AZE), not Russia's."),
}

items = [json.loads(l) for l in open(here + 'events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    flags, why = V[it['n']]
    if flags is SPUR:
        v = {f: False for f in F}
    else:
        v = {f: c == 'T' for f, c in zip(F, flags)}
    v['all'] = all(v[f] for f in F)
    o = dict(it)
    o['verdict'] = v
    o['reasons'] = why
    out.append(o)
with open(here + 'events-d.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h53-x205-05", "coder_events": [
   "COERCE: Macedonian police (MKD) -> ethnic Albanian refugees from Kosovo (KSV/ALB refugees), cleared the Blace field and bused them to camps, Albania and aircraft (forced removal), 1999-04-06/07 overnight"],
  "notes": "Dateline found nothing. 'had been stranded' and 'the U.N. refugee agency said' are no acts. The forced removal could also be read as COERCE deport (some were taken to Albania or flown to Turkey)."},
 {"doc": "h53-x208-14", "coder_events": [
   "AGREE: leaders of more than 50 countries (mutual) -> each other, pledged to reduce stocks of highly enriched uranium, 2012-03-27",
   "CONSULT: leaders of more than 50 countries (multilateral) -> South Korea (KOR) host, two-day nuclear security summit in Seoul, 2012-03-26/27",
   "MOBILIZE (weapons test, future): North Korea (PRK) -> none, planned launch of a long-range rocket, 2012-04"],
  "notes": "e1 AGREE is found (source 'Leaders' uncoded, acceptable for a multinational group). e2 codes the planned rocket launch as ASSAULT heavy-weapons: a satellite/rocket launch is no attack, so it is a real act with the wrong type (MOBILIZE), not spurious. The summit itself was not coded."},
 {"doc": "h53-x207-11", "coder_events": [
   "REJECT (or ACCUSE allege): Bongo's main challengers, Mamboundou and Myboto (GAB opposition) -> Bongo / the interior ministry (GAB), rejected the result as fraudulent, 2005-11-29"],
  "notes": "Dateline found nothing. The re-election itself is an election result, not a PLOVER act; the ministry's announcement is attribution."},
 {"doc": "h53-x207-05", "coder_events": [
   "SANCTION (convict): Abidjan court (CIV) -> senior RDR members (CIV), sentenced to prison terms, 1999-11-12",
   "PROTEST: RDR supporters (CIV) -> government (CIV), the protest last month that turned violent, 1999-10 (Oct. 27)"],
  "notes": "e1 SANCTION is found and right in all fields. The background protest of last month (a noun phrase with its own date) was not coded."},
 {"doc": "h53-x206-02", "coder_events": [
   "ASSAULT: Lebanese army troops (LBN) -> followers of Sheikh Subhi al-Tufayli (LBN), stormed the seminary in the Bekaa they held, 1998-01-30",
   "ASSAULT: Lebanese army and Tufayli's followers (mutual), fighting in which a former MP (Khodr Tlays) and an army officer were killed, 1998-01-30"],
  "notes": "Dateline found nothing in the paragraph, though an army storming a held building is a plain ASSAULT. The killings could be folded into the storming as one act; I list them apart because the sentence reports deaths on both sides."},
 {"doc": "h53-x208-11", "coder_events": [
   "COERCE (deport): Thai soldiers (THA) -> more than 4,000 ethnic Hmong asylum seekers (LAO Hmong), began forcibly returning them to Laos, 2009-12-28",
   "REJECT: Thailand (THA) -> United Nations (UNO) and United States (USA), brushed aside their appeals, 2009-12-28",
   "REQUEST: United Nations (UNO) and United States (USA) -> Thailand (THA), appeals not to return the Hmong, undated (before the story)"],
  "notes": "Dateline found nothing. The forced return of 4,000 people could also be typed ASSAULT cleansing (mass deportation); either way none was coded."},
]
found = {"h53-x205-05": 0, "h53-x208-14": 1, "h53-x207-11": 0, "h53-x207-05": 1, "h53-x206-02": 0, "h53-x208-11": 0}
spur = {"h53-x205-05": 0, "h53-x208-14": 0, "h53-x207-11": 0, "h53-x207-05": 0, "h53-x206-02": 0, "h53-x208-11": 0}
paras = [json.loads(l) for l in open(here + 'paragraphs-d.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
with open(here + 'paragraphs-d-verdicts.jsonl', 'w') as fh:
    for p, src in zip(P, paras):
        rec = {"doc": p['doc'], "coder_events": p['coder_events'], "found": found[p['doc']],
               "dateline_events": len(src['events']), "spurious": spur[p['doc']], "notes": p['notes']}
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')

# checks
ev = [json.loads(l) for l in open(here + 'events-d.jsonl')]
assert len(ev) == 50
for a, b in zip(ev, items):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = a['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
pv = [json.loads(l) for l in open(here + 'paragraphs-d-verdicts.jsonl')]
assert len(pv) == 6
cnt = {f: sum(a['verdict'][f] for a in ev) for f in F + ('all',)}
print('per field right of 50:', cnt)
print('paragraphs: coded acts', sum(len(p['coder_events']) for p in pv), 'found', sum(p['found'] for p in pv),
      'dateline events', sum(p['dateline_events'] for p in pv), 'spurious', sum(p['spurious'] for p in pv))
