"""Judge b's verdicts for round 135: writes events-b.jsonl and paragraphs-b-verdicts.jsonl."""
import json

T = True
F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, F, T, "Algeria's recall of its ambassador from Paris is a SANCTION by Algeria (DZA) against France (FRA), but it is background: it came in response to the July letter, so the date should be 2024-07, not the document date 2024-10-30."),
 2: (T, T, T, F, T, T, "Karzai (AFG) welcomed Musharraf's remarks (SUPPORT, Sunday = document date); 'them' are Musharraf's remarks, so the target should be Pervez Musharraf (PAK), not 'whose government' coded AFG."),
 3: (T, T, T, T, T, T, "Arrests reported by the police spokesman; agent unnamed (empty source right), 'dozens' in the Maputo riots are Mozambican, Wednesday's unrest 2010-09-01."),
 4: (T, T, T, T, T, T, "Aoun (LBN) criticised the Lebanese opposition's leaders (LBN): ACCUSE; undated present-perfect act reported as current news, document date accepted."),
 5: (T, T, T, T, T, T, "'Others' (striking workers, KHM) were detained on Friday 2014-01-03; the detaining agent is not named in the sentence, so an empty source is right."),
 6: (T, T, T, F, T, T, "France and Australia objected to the release (ACCUSE); the soldier is one of the prisoners, not the party objected to: the target should be empty (the releasing Afghan government, AFG, is not named in the sentence)."),
 7: (T, T, T, T, F, T, "'would not accept' is a refusal (REJECT asserted, or AGREE negated as coded, which the conventions allow by analogy with 'refused to withdraw'); but Uribe said it on Thursday, so the date should be 2008-01-10, not unknown."),
 8: (T, T, T, T, T, T, "Maoist guerrillas (NPL) attacked Mangalsen late on Saturday 2002-02-16: ASSAULT; the town (NPL) stands for the Nepali barracks, police and offices attacked, accepted as target."),
 9: (T, T, T, T, F, T, "ACCUSE of Johnson (LBR) by an unnamed accuser is right, but 'last month' dates only the dismissal: the accusation stands now ('is accused', murder charges behind Saturday's arrest attempt), so the date should be the document date 1996-04-07."),
 10: (T, T, T, T, T, T, "Kenya (KEN) sent troops into Somalia (SOM) in October 2011: MOBILIZE troops, date 2011-10 as the text gives it."),
 11: (T, T, T, T, T, T, "Syrian officials (SYR) previously accused opposition figures (SYR): ACCUSE, no date in the text ('previously'), unknown is right."),
 12: (T, T, T, T, T, T, "An offer is AGREE (conventions, wave 76): Cambodian government (KHM) offered a wage rise; the workers are not named in the sentence (empty target right); undated current offer takes the document date."),
 13: (T, T, T, T, T, T, "France (FRA) urged calm and dialogue: REQUEST with no addressee named, document date."),
 14: (T, T, T, T, T, T, "Hundreds of people (SOM) killed since May: ASSAULT whose perpetrator the sentence does not single out (empty source right); a total summed since May has no date (unknown right)."),
 15: (T, T, T, F, T, T, "Russian officials' (RUS) warning is a THREATEN, but 'Patriot' is a missile system, not a person: the target should be Ukraine (UKR), where the batteries would be hit (or the United States, USA, which sends them)."),
 16: (T, T, T, T, T, T, "Maduro (VEN) expelled the top U.S. diplomat (USA) on Monday 2013-09-30: SANCTION expel."),
 17: (T, T, T, T, T, T, "Johnson (LBR) was dismissed from his ministerial post last month (1996-03) by an unnamed party: SANCTION expel, empty source right."),
 18: (T, T, T, T, T, T, "Blasts in Eastleigh on 2014-03-31 killed six people (KEN): ASSAULT; the attacker is not named in the sentence, so the empty source is right."),
 19: (T, T, T, T, F, F, "A signing by Lukashenko (BLR) appears only inside Tsikhanouskaya's claim about 'any agreements' he might sign: modality should be hypothetical, and the Sochi talks were on Monday 2020-09-14, not 2020-09-13. (A coder would rather code her statement as ACCUSE of Lukashenko.)"),
 20: (T, F, T, T, F, T, "Withdrawing envoys from Algiers is a diplomatic SANCTION (reduce relations), not RETREAT; the Sahel states (no single country) to Algeria (DZA) are right, but 'a day after' Monday gives Sunday 2025-04-06, not 2025-04-07."),
 21: (T, T, T, F, T, T, "Jailing since 2013 is COERCE arrest with no single date (unknown right), but the target is 'thousands of Mursi supporters' (EGY), not Mohamed Mursi himself."),
 22: (T, T, T, T, T, T, "Serbian students (SRB) refuse to negotiate with politicians (SRB): REJECT, an ongoing stance, document date accepted."),
 23: (T, T, F, T, T, T, "'Officials there' are officials of the Kabul government, so the source should be Afghan officials (AFG), not PAK; target Pakistan (PAK) and the undated 'repeatedly' are right."),
 24: (T, T, T, T, T, T, "Georgian officials (GEO) accuse Moscow (RUS) of encouraging the separatists: ACCUSE, current, document date."),
 25: (T, T, T, T, T, T, "Regional diplomats (no country given) urged both sides, Algeria (DZA) and Mali (MLI), to show restraint: REQUEST, dated by the story's dateline, April 7."),
 26: (T, T, T, T, T, T, "Officials (DZA) detained since the spring by an unnamed agent: COERCE arrest, a span with no single date (unknown right)."),
 27: (T, T, T, T, T, T, "Government spokesman Nkutumula (MOZ) appealed for calm: REQUEST with no addressee named in the sentence, document date."),
 28: (T, T, T, T, T, T, "Jonathan (NGA) appealed for understanding in his address on Saturday 2012-01-07: REQUEST with no named addressee."),
 29: (T, T, T, T, T, T, "Gul (TUR) telephoned Powell (USA): CONSULT phone, on the Saturday of the report (document date)."),
 30: (T, T, T, F, T, T, "Uganda (UGA) and Congo (COD) launched an operation against 'the group', which is the ADF, so the target should be the Allied Democratic Forces (UGA), not Islamic State; 'late 2021' at year precision is right."),
 31: (T, T, T, T, T, T, "Clinton (USA) urged Fiji's military government (FJI) to hold the promised elections: REQUEST on Friday 2012-08-31."),
 32: (T, T, F, T, T, T, "'It' is the coalition of rights groups and opposition parties (TGO), not the Togolese government, so the source should be that coalition; the REQUEST for an inquiry on Sunday (document date) is right."),
 33: (T, T, F, T, F, T, "Talat is the Turkish Cypriot leader, so his code should be CYP (Turkish Cypriot), not TUR (Turkey); the accusation was made as this news, so the date should be 2007-03-09, not unknown."),
 34: (T, T, T, F, T, T, "The Freedom Party (AUT) joining a coalition in 2000 (SUPPORT, an agreement) is accepted, but its partner is named: the target should be the People's Party (AUT), not empty."),
 35: (T, T, T, T, T, T, "Mozambican police (MOZ) fired live rounds at protesters (MOZ) on Wednesday 2010-09-01: ASSAULT."),
 36: (T, T, T, T, T, T, "The EU's French presidency called for the activists' release: REQUEST; Syria is not named in the sentence (empty target right), dated the day of the verdict and report, Oct 29."),
 37: (T, T, F, T, T, T, "The riots are a PROTEST riot on Wednesday; their aim is price rises (empty target right by the crowd-protest rule), but the rioters are the protesters named in the sentence, so the source should be the protesters (MOZ), not empty."),
 38: (T, T, T, T, F, T, "Maoist rebels (NPL) stormed the district headquarters: ASSAULT on Nepal (NPL), but the attack was late on Saturday (2002-02-16, as the next sentence gives it), not Monday 2002-02-18, the day officials reported it."),
 39: (T, T, T, T, F, T, "Killings of candidates, activists and relatives (GTM) by unnamed attackers: ASSAULT; but it is a total summed over the run-up to the September round, which has no date (unknown), not 2007-09."),
 40: (T, T, T, T, F, T, "Marginal: the Bhutanese side (BTN) set out conditions on the refugees, accepted as a REQUEST (conditions as demands); but the terms were set out at Monday's meeting in the camp, so the date should be 2003-12-22."),
 41: (T, T, T, F, T, T, "The U.N. mission's REQUEST is right, but 'the parties' are South Sudan's parties to the 2018 peace deal (Kiir's government and Machar's side), so their code should be SSD, not empty."),
 42: (T, T, T, T, T, T, "Summoning the Iranian envoy (IRN) by Turkey's Foreign Ministry (TUR) is an official complaint (ACCUSE); undated in the text, document date accepted."),
 43: (T, T, F, F, T, T, "The politicians' failure to agree is a hypothetical condition (modality right, no date right), but they are Bosnia's Serb and Croat (and Muslim) politicians: source and target should be coded BIH, not SRB/HRV."),
 44: (T, T, T, T, T, T, "GMAC, Cambodia's factory owners' association (KHM), welcomed the end of the strike: SUPPORT with no named party as target, document date."),
 45: (T, T, T, T, T, T, "Pashinyan (ARM) has repeatedly called for the Karabakh Armenian authorities to join the talks: REQUEST, undated 'repeatedly' right; the sentence's literal addressee is accepted (Baku, AZE, would be a better target as the side that rejects the demand)."),
 46: (T, T, T, T, T, T, "Pakistan (PAK) says it backs no faction: SUPPORT negated, as the denial states it, current (document date)."),
 47: (T, T, F, T, T, T, "Two protesters (UKR) shot dead on Wednesday 2014-01-22: ASSAULT, but the sentence does not say who shot them (riot police are only said to have stormed barricades, and prosecutors say police rounds were not used), so the source should be empty."),
 48: (T, T, T, T, T, T, "Tadic (SRB) called on Serbs (SRB) to confront the crimes: REQUEST, document date."),
 49: (T, T, T, T, T, T, "Somali security forces (SOM) arrested several people (SOM) including hotel guards: COERCE arrest; no date in the text, document date accepted."),
 50: (T, T, T, T, T, T, "Palestinian students (PSE) marched in Nablus: PROTEST; the sentence names no aim, so the Palestinian state (PSE) is a right target by the crowd-protest rule; document date."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as f:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h45-x173-10", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result and both leaders claiming the right to govern: claims with no PLOVER act between parties."},
 {"doc": "h45-x174-20", "coder_events": [
    "PROTEST (strike): merchants of Tehran's Grand Bazaar (IRN) -> (none: aim is the currency collapse), shut their shops, 2018-06-25",
    "PROTEST (demo): hundreds of protesters (IRN) -> Iran parliament/government (IRN), marched towards parliament, 2018-06-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The march was found (PROTEST toward parliament); the bazaar shop closure (a strike) was missed. The January nationwide protests are a comparison, not coded here."},
 {"doc": "h45-x175-13", "coder_events": [
    "PROTEST (riot): rioters (CMR) -> Cameroon government (CMR) (fuel prices and Biya's plans to extend his rule), rioting spread to Yaounde, 2008-02-28",
    "ASSAULT (crowd-control/firearms): troops (CMR) -> crowds (CMR), fired tear gas and live rounds, 2008-02-28"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The troops' firing was found; the rioting itself was missed. The death toll is a summary of the same unrest, not a separate act."},
 {"doc": "h45-x173-14", "coder_events": [
    "PROTEST (riot): football fans and nationalist youths (RUS) -> riot police (RUS), fought riot police beside the Kremlin, 2010-12-11",
    "ASSAULT (beat): football fans and nationalist youths (RUS) -> passers-by of non-Slavic appearance (RUS), attacked them, 2010-12-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this paragraph: both the clash with police and the attacks on passers-by were missed."},
 {"doc": "h45-x175-15", "coder_events": [
    "ASSAULT (firearms): Mozambican police (MOZ) -> protesters (MOZ), fired live ammunition and rubber bullets, 2010-09-01",
    "PROTEST (riot): protesters (MOZ) -> (none: aim is the price rises), riots over bread, water and electricity prices, 2010-09-01"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type; the riot event has an empty source where the protesters are named (item 37)."},
 {"doc": "h45-x173-02", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Heart surgery and the president reclaiming his powers from the prime minister: a domestic handover with no PLOVER act between parties."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
