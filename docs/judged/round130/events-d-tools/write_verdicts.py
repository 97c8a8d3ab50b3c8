"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 130)."""
import json

T = True
F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "Egyptian state security court (EGY) convicting and sentencing Azzam Azzam (ISR) is SANCTION convict; Sunday = 1997-08-31. All right."),
 2: (T,T,T,T,T,T, "'he' is Merz (DEU); planned trip to Paris and Warsaw for talks with Macron and Tusk is CONSULT visit, future, Wednesday = 2025-05-07. All right."),
 3: (T,T,T,T,T,T, "Le Pen (FRA) hailing the election result is SUPPORT on the document date. Name is truncated to 'Marine Le' and sector GOV is off (she is opposition), but party and country are right; 'the result' is not a party, so an empty target is right by the rules (I would code Wilders/PVV, NLD)."),
 4: (T,T,F,T,F,T, "Source should be the Israeli troops (ISR): 'Troops' are Israel's forces from the offensive just named, and the country is plain. Date should be the document date 2002-04-09: the siege of Arafat's headquarters is still going on when the story is told. COERCE restrict (blockade) is acceptable."),
 5: (T,T,T,F,T,T, "Target should be the Iranian student protesters (IRN): Bush praised the 'student-led protests in Tehran', which names the students. Type, source, date (Sunday 2003-06-15) and modality are right."),
 6: (T,T,T,F,F,T, "Target al-Itihaad is a Somali Islamist group (bases in Somalia, controls Luuq): code SOM, not ETH. Date should be the document date 1996-08-12 for the present-tense blame; '1996' comes from 'this year', which dates the attacks, not the accusation."),
 7: (T,F,F,F,T,F, "No release is reported: Netanyahu says Israel will work to secure Azzam's release, which is at most a REQUEST (yield) from Israel (ISR) to Egypt (EGY), future. The release has no source, and its target should be Azzam, not Netanyahu (the speaker). It is not asserted. The date (document date, for the statement) is acceptable."),
 8: (T,T,T,F,T,T, "Target should be the protesters detained in Kuala Lumpur, coded MYS, not GBR. The sentence names no agent, so an empty source is right. Sunday 2007-11-25 is right."),
 9: (T,F,F,T,T,T, "Backing a no-confidence motion against Bhattarai is an act against him, not SUPPORT for him: it should be REQUEST change (demand his removal). Source should be the Nepali Congress lawmakers (NPL), not USA. The target Bhattarai (NPL) and the date (last week, 2000-W11) are right."),
 10: (T,T,T,T,T,T, "Merkel (DEU) inviting Sarkozy (FRA) to Berlin is AGREE (invitation), reported by officials on the document date. All right."),
 11: (T,T,T,T,T,T, "Peskov (RUS) urging all sides in Armenia (ARM) to respect the constitution is a REQUEST on the document date. All right."),
 12: (T,F,T,T,F,T, "A campaign-style policy pledge to pull Bolivia out of the drug trade is AGREE (promise, CAMEO 03x), not CONCEDE: no concession to anyone is stated. Date should be none: 'has promised' is a background pledge of unknown time, not this news."),
 13: (T,T,T,F,T,T, "Target should be the militant squads launching rockets (Palestinian militants in Gaza, PSE), which the sentence names. Israel (ISR) as source, ASSAULT and Tuesday 2019-11-12 are right."),
 14: (T,T,F,F,F,T, "The people jailed are 'hundreds of opponents' (BOL), not Banzer. Source should be Banzer's 1971-78 government (BOL), which the sentence refers to as 'his ... rule'. Date should be 1971-1978, not the document date."),
 15: (T,T,T,T,T,T, "Youths (FRA) clashing with riot police (FRA) overnight is coded right as ASSAULT on the document date. I would accept PROTEST riot too."),
 16: (T,T,T,T,T,T, "Earlier RSF (SDN) attacks on the Masalit (SDN) in 2023 are an ASSAULT, dated 2023. All scored fields are right. reported_by should be Volker Turk, not Turkey (not scored)."),
 17: (T,T,T,T,T,T, "Jordan (JOR) complaining about foreign aid is ACCUSE. The complaints were repeated at unknown times, so no date is right. The sentence names no addressee."),
 18: (T,T,F,T,F,T, "'The neighbour's parliament' is North Macedonia's parliament (MKD), not GRC. Date should be 2019-01 ('earlier this month'), not the document date. SUPPORT (approve/ratify) with no target is acceptable."),
 19: (T,T,T,T,T,T, "Aliyev's troops (AZE) storming the base of a rebel police unit (AZE) in March 1995 is ASSAULT, dated 1995-03. All right."),
 20: (T,T,T,T,T,T, "Banda (ZMB) appealing for calm at his swearing-in on Sunday 2008-11-02 is REQUEST. All right."),
 21: (T,T,F,T,T,T, "Source should be the Southern African (SADC) leaders, the 'they' of the communique, not the MDC, which is only named as a party to the dialogue. REQUEST to Britain (GBR) on Thursday 2007-03-29 is right."),
 22: (T,T,T,F,T,T, "The 200,000 people killed in Guatemala's conflict should be coded GTM, not USA. The sentence names no perpetrator, so an empty source is right. A war total has no date, so no date is right."),
 23: (T,T,T,T,F,T, "Date should be 2017-05: the ministers went 'later' than an act 'earlier this month', in a story of 29 May. CONSULT visit by Moroccan ministers (MAR) to Al Hoceima (MAR) is acceptable, with the town standing for its people (coded as a person, which is a kind slip)."),
 24: (T,T,T,T,T,T, "Kuchma (UKR) appealing for calm is REQUEST on the document date. All right."),
 25: (T,T,T,T,T,T, "Abacha (NGA) jailing Obasanjo (NGA) in 1995 is COERCE arrest, dated 1995. All right."),
 26: (T,T,T,T,T,T, "The Colombian government (COL) declaring a state of emergency is COERCE. Its only time is 'since' August 2002, so no date is right."),
 27: (T,T,T,T,T,T, "A protester (HND) killed in clashes before the 2013 pull-out is an ASSAULT with an unnamed killer, so an empty source is right. The time of the clashes is not given, so no date is right."),
 28: (T,F,T,T,T,T, "Foreign states barring Ivanishvili and other officials from entering their territory is a sanction (travel ban), SANCTION, not domestic COERCE ban. Sources (EST, LVA, LTU) and target (GEO) are right. 'Have banned' has no date, so none is right."),
 29: (T,T,T,T,T,T, "Arafat's office (PSE) condemning the bombings is ACCUSE disapprove on the document date. The attackers are not named in the sentence, so an empty target is right."),
 30: (T,T,T,T,T,T, "Hollande (FRA) calling the shooting barbaric terrorism is ACCUSE disapprove, 2015-01-07. The attackers are unidentified, so an empty target is right."),
 31: (T,T,T,T,F,T, "The Pakistani government (PAK) agreeing to pay compensation is AGREE, reported by the elders. Date should be 2006-09-05, the Tuesday the deal was signed ('also agreed' is part of the deal), not the document date."),
 32: (T,T,T,T,T,T, "Liu (CHN) taking part in the 1989 Tiananmen protests is PROTEST demo, dated 1989. The sentence names no aim, so an empty target is acceptable (the Chinese state would also be right)."),
 33: (T,T,T,T,T,T, "The U.N. mission (UNO) urging all sides in Libya (LBY) to protect civilians is REQUEST on the document date. All right."),
 34: (T,T,T,T,F,T, "The Houthis (YEM) firing missiles and drones at Israel (ISR) is ASSAULT. Date should be the document date 2025-08-30: the campaign 'since the Gaza war began' is still going on when the story is told."),
 35: (T,T,T,T,T,T, "The group (al Qaeda's North African wing; no country is given) claimed the April 11 bombings that killed 33 people in Algiers (DZA): ASSAULT, 2007-04-11. All right."),
 36: (T,T,T,T,T,T, "Turkey (TUR) repeatedly threatening a new incursion against the YPG (SYR) is THREATEN. The threats were repeated at unknown times, so no date is right."),
 37: (T,T,T,T,T,T, "World leaders (no single country) condemning the attack is ACCUSE on the document date. All right."),
 38: (F,F,F,F,F,F, "Duplicate: the recognition of Tibet is the content of the declaration that Vajpayee signed, already coded as SUPPORT (e1, 'signed') from the same sentence. Taken alone, its date would also be wrong: it should be Monday 2003-06-23, not the document date."),
 39: (T,T,T,T,T,T, "Sudanese officials (SDN) rejecting Kagame's view is REJECT on the document date. 'That view' is not a party, so an empty target is right by the rules (I would code Kagame, RWA)."),
 40: (T,T,T,T,T,T, "Zaev (MKD) congratulating Tsipras (GRC) on the document date is SUPPORT. All right."),
 41: (T,T,T,F,T,T, "Target should be the 'larger emitters' named in the sentence (no country code). Source 'lying island states' is truncated but is the right party (low-lying island states, no single country)."),
 42: (T,F,T,T,T,T, "Russia (RUS) saying it opposes any unconstitutional seizure of power condemns the coup attempt. It should be ACCUSE disapprove: nothing is refused and no request is rejected. An empty target, the document date and asserted are right."),
 43: (T,T,T,F,F,T, "Target should be Ukraine (UKR), whose borders the US, Russia and Britain pledged to respect, not the three pledgers themselves. Date should be 1994-12 (a month after Ukraine joined the NPT in November 1994), not 1995-11."),
 44: (T,T,F,T,T,T, "Source should be the Sinai militants, coded EGY or with no code, not ISR. Egypt, whose gas pipeline was blown up, is an acceptable target (Jordan is superfluous). The bombings were repeated at unknown times, so no date is right."),
 45: (T,T,F,T,T,T, "UNITA's spokesman is Angolan (AGO); Lisbon is only where he spoke, so PRT is wrong. 'The decision' is not a party, so an empty target is right. SUPPORT on the document date is right."),
 46: (T,T,T,F,T,T, "Syria is only the place of the air strikes: Russia was not attacking the Syrian state, its ally. The sentence names no party attacked, so the target should be empty. ASSAULT by Russia (RUS) from 2015-09 is right."),
 47: (F,F,F,F,F,F, "Duplicate: 'keep supporting Ukraine' is the content of the pledge, already coded as AGREE (e2, 'pledged') from the same sentence. Taken alone, it would be a future act of no date, not an asserted one on the document date."),
 48: (T,T,F,F,T,T, "Source should be the Egyptian security forces (EGY) named in the sentence. Target should be Mursi's supporters (EGY), not Mursi. ASSAULT in 2013-08 is right."),
 49: (T,T,T,T,T,F, "Police (MAR) tried to arrest Zefzafi (MAR) on Friday 2017-05-26 but he evaded them, so that arrest did not happen. Modality should be negated, not asserted (he was arrested on Monday, e1)."),
 50: (T,T,T,T,T,T, "US and big EU states backing Kosovo's leaders is SUPPORT, a current stance on the document date, reported by Western diplomats. EU (IGO) for 'most big EU states' and XKX are acceptable."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open('events-d.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h42-x163-20", "coder_events": [
   "ASSAULT: suspected Boko Haram fighters (NGA) -> schoolgirls / Dapchi boarding school (NGA), attacked the school (110 girls missing), 2018-02-19 (story: last Monday evening)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's ASSAULT (e1) has the right type. Its date, Sunday 2018-02-25 (the day of the government's statement), is wrong: the raid was 2018-02-19. The officials' earlier claim that girls escaped or were rescued is a statement, not an act."},
 {"doc": "h42-x161-13", "coder_events": [
   "SUPPORT: NATO leaders (NATO) -> Anders Fogh Rasmussen (DNK), chose him as secretary-general, 2009-04-04",
   "CONCEDE: Turkey (TUR) -> NATO allies / Rasmussen (DNK), lifted its objections, 2009-04-04",
   "CONSULT: NATO leaders (NATO, multilateral), 60th anniversary summit with hours of bargaining, 2009-04-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in this paragraph."},
 {"doc": "h42-x162-02", "coder_events": [
   "SANCTION: Egyptian state security court (EGY) -> Azzam Azzam (ISR), sentenced to 15 years' hard labour, 1997-08-31",
   "ACCUSE: Benjamin Netanyahu (ISR) -> Egypt / the court (EGY), angry response to the verdict, 1997-08-31"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the sentencing (item #1, right in all fields) but not Netanyahu's angry response. 'Spying for Israel' is only the charge, and 'threatened to chill ties' is not an act."},
 {"doc": "h42-x163-15", "coder_events": [
   "SUPPORT: India (IND) <-> Bangladesh (BGD), signed three agreements on terrorism and crime, 2010-01-12",
   "AGREE: India (IND) -> Bangladesh (BGD), offered a $1 billion line of credit, 2010-01-12",
   "CONSULT: Sheikh Hasina (BGD) -> India (IND), visit, 2010-01-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in this paragraph. Under the wave-76 convention, the offered credit line is AGREE, not AID."},
 {"doc": "h42-x162-22", "coder_events": [
   "ASSAULT: Turkish warplanes (TUR) -> Kurdish militants, PKK/YPG (Iraq/Syria), air strikes overnight, 2022-11-20",
   "ACCUSE: Turkey / Ankara (TUR) -> PKK and its Syrian allies (YPG), blames them for the Istanbul bombing, 2022-11-20",
   "ASSAULT: unidentified (alleged PKK/YPG) -> people in Istanbul (TUR), bombing in Istanbul, 2022-11-13 (date from the story)"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline typed the air strikes (e1 'struck') as PROTEST strike, which is not found with the right type but is not spurious either: the act is real. Its targets Syria/Iraq are the locations, not the party struck. The ACCUSE (e2) is found, though its target should be the PKK/YPG, not Syria."},
 {"doc": "h42-x164-17", "coder_events": [
   "SANCTION: Brazil (BRA), Netherlands (NLD) -> Indonesia (IDN), recalled their ambassadors, 2015-01-18",
   "ASSAULT: Indonesian firing squads (IDN) -> six drug convicts including a Brazilian and a Dutch citizen, executions, 2015-01-18",
   "REQUEST: Brazil, Netherlands (appellants; not named in the paragraph) -> Indonesia (IDN), last-minute appeals for clemency, before 2015-01-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the recall. It coded the executions only in paragraph 2 ('shot'), so they are not found in this paragraph. The background convictions are not coded."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
