"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's hand verdicts (round 91).
Fields per item: event, type, source, target, date, modality (False = wrong), then reasons."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, F, T, "ACCUSE of Ayyash with no accuser named in the sentence is right (empty source, target Ayyash PSE). Date wrong: this is a background accusation of an earlier, unstated time in a profile paragraph, not this news; it should have no date (basis unknown), not the document date."),
 2: (T, T, T, T, F, T, "Israel (ISR) -> Palestinians (PSE) ASSAULT is right. Date wrong: 'has killed more than 42,000' is a total summed since Oct. 2023 (settled rule: a total from an earlier time has no date), not the document date."),
 3: (T, T, T, T, T, T, "Inviting UN (and ICRC) experts to investigate is AGREE (an invitation); Russia's Defence Ministry (RUS) -> United Nations right; undated statement reported as this news takes the document date."),
 4: (T, T, T, T, T, T, "Sharon's warning that Israel would respond if attacked by Baghdad is THREATEN, Sharon (ISR) -> Iraq (IRQ). 'has warned' is a standing warning in the current run-up to the Iraq war, so the document date is accepted (marginal: it is given as background to the vote)."),
 5: (T, T, T, F, T, T, "Cancelling the planned meeting is SANCTION by the White House (USA), but the target should be Rodrigo Duterte (PHL), named in the sentence ('the two men', 'Duterte'); empty target wrong. Date 2016-09-06 is the story's own (dateline Sept 6) date for an undated act, accepted."),
 6: (T, T, T, T, F, T, "Apology is SUPPORT (CAMEO 055), Park (KOR), no named target. Date wrong: the text puts it 'during the campaign', before the Dec. 19 election, so it is not the document date; it should be undated (the campaign period)."),
 7: (T, T, T, T, T, T, "Sihanouk (KHM) repeatedly threatened to step down: THREATEN, no party named as target, repeated over months so no date is right; asserted."),
 8: (T, T, T, T, T, T, "Trump (USA) condemned the bombings: ACCUSE; the bombers are not named in the sentence, so the empty target is right; document date for an act reported as this news."),
 9: (T, T, T, T, F, T, "Talabani (IRQ) asked Maliki (IRQ) to form a government: REQUEST right (target given twice, once as the truncated 'Jawad al', both Maliki). Date wrong: the sentence puts it on Saturday, 2006-04-22, not the document date 2006-04-23."),
 10: (T, T, T, T, F, F, "Abduction of Rusesabagina (RWA), kidnapper unnamed, is the right party set. Modality should be reported: it is only the daughter's belief/claim ('We believe he was kidnapped'). Date wrong: it must have happened before his Monday (Aug. 31) parade; unknown date, not the document date 2020-09-01."),
 11: (T, T, T, F, T, T, "Barroso (EU Commission) declining to travel is REJECT, but the target should be Ukraine (UKR), named in the sentence as where he declined to go (the boycott over Tymoshenko); empty target wrong."),
 12: (T, T, T, T, T, T, "Azerbaijani officials (AZE) reject criticism: REJECT, critics not named in the sentence so empty target right; standing position, document date right."),
 13: (T, T, T, T, T, T, "Shooting of the man's son in Tahrir Square: ASSAULT, shooter unnamed (empty source right), target the son (EGY, in Cairo), date 1/28 given explicitly (2011-01-28)."),
 14: (T, T, T, F, T, T, "Sharon called on Labour to join a unity government: REQUEST right, but target country wrong: Israel's Labour party is ISR, not GBR."),
 15: (T, T, T, T, T, T, "Drone strike on the palace killing army officers: ASSAULT, attacker not named (empty source right), target Sudanese army officers (SDN), Friday 2025-03-21 ('hours later' after Friday's capture)."),
 16: (T, T, T, T, T, T, "Okada (JPN) said he would resign: the resignation coded as future, as the conventions' 'is to step down' example does (a strict PLOVER codebook reading would make the announcement CONCEDE); future act of unknown time with no date is right."),
 17: (T, T, T, T, T, T, "European leaders welcomed the result: SUPPORT; a multinational group with no single country, empty code right; no party named as target; document date."),
 18: (T, T, F, F, T, T, "'He' is Mari Alkatiri (TLS), the subject of the previous sentence's accusations, not Jose Ramos-Horta: source wrong. Target 'unnamed forces' is the right party but the text does not give their country, so the code should be empty, not TLS (marginal)."),
 19: (T, T, T, F, T, T, "Ukrainian authorities (UKR) accused Tymoshenko's supporters: ACCUSE right, but the target adds Yulia Tymoshenko herself, who is not the accused party here; target should be her supporters (UKR) only."),
 20: (T, T, F, T, T, T, "'He' is Taiwan's Foreign Minister James Huang: source country should be TWN, not CRI. Offer to resign accepted as AGREE (an offer); no target named; document date."),
 21: (T, T, T, F, T, T, "US and South Africa urged 'both sides' to negotiate: REQUEST right, but the target should be the two sides of the war, Mobutu's government (ZAR/COD) and Kabila's AFDL rebels, not Rwanda and Uganda from the previous sentence."),
 22: (T, T, T, F, F, T, "Ankara (TUR) amending the law to ease speech restrictions is CONCEDE (CAMEO 081/0811). Target wrong: no party acted upon is named, so it should be empty, not Turkey (the actor's own country). Date wrong: the text gives 'in October', i.e. 1995-10, not unknown."),
 23: (T, F, T, F, F, T, "The act is the Security Council's demand/deadline to Khartoum (REQUEST, arguably a THREATEN ultimatum), not a RETREAT/disarm by the Council: type should be REQUEST, target the Sudanese government (SDN, 'Khartoum'), date 2004-07-30 as the sentence says ('On July 30'). Source UNSC and asserted fit the demand."),
 24: (T, T, T, T, T, T, "Nigerian government officials condemned the column: ACCUSE; the sentence names no party behind the column, so the empty target is right; document date."),
 25: (F, F, F, F, F, F, "Spurious: deaths and injuries from leftover ordnance since 1975 are a casualty total from accidents, not a deliberate ASSAULT by any actor (and the victims would be LAO, not USA)."),
 26: (T, T, T, T, T, T, "Roadside bomb on an army bus in Colombo killing four: ASSAULT, bomber unnamed, victims four people (LKA), Wednesday 2008-01-02 as the story gives."),
 27: (T, T, T, T, T, T, "The president's resignation is the condition of Oviedo's offer: RETREAT by Wasmosy (PRY), hypothetical as the conventions require for the act in a condition; no date right."),
 28: (T, T, T, T, T, T, "US and Canada reached a deal: mutual AGREE, either party as source and the other as target; Sunday 2018-09-30 right."),
 29: (T, T, T, F, T, T, "Troops (MNG) patrolling the capital is MOBILIZE, but the target is wrong: no party acted upon is named, so it should be empty, not the Mongolian government (their own side)."),
 30: (T, T, T, T, F, T, "Algerian presidency (DZA) condemned the 'interference': ACCUSE; France is not named as the interferer in the sentence, empty target accepted. Date wrong: the sentence says it was on Saturday, 2021-10-02, not unknown."),
 31: (T, T, F, T, T, T, "'The group' is al Shabaab (SOM), the militants of the story, not the United Nations: source wrong. Ban on foreign aid agencies (COERCE), 'last year' = 2010, right."),
 32: (T, T, F, T, T, T, "'he' is the U.S. president Barack Obama (USA), not Laos's President Bounnhang Vorachith: source wrong. Expected pressing of Beijing (CHN) is REQUEST, future, no date."),
 33: (T, T, T, T, T, T, "Moscow and Kyiv accusing each other: mutual ACCUSE between the Russian and Ukrainian governments; undated in the sentence, document date accepted; asserted."),
 34: (T, T, F, T, T, T, "Elbegdorj saying he did not support violence, coded negated SUPPORT, is acceptable; but he is Mongolia's Democratic Party leader: country should be MNG, not USA."),
 35: (T, T, T, T, T, T, "Turkish voters (TUR) approved the amendments in a referendum on Sunday 2010-09-12: SUPPORT, no party acted upon (the package), asserted."),
 36: (T, T, T, T, T, T, "Sisi (EGY) declared a state of emergency: COERCE (CAMEO 1724); undated in the text, document date right."),
 37: (T, T, F, T, F, T, "The opposition leaders who praised Modi's speech, including Prachanda, are Nepali: source country should be NPL, not IND. Date wrong: the praise came after Sunday's speech (2014-08-03), reported as this news, not unknown. Empty target accepted (the speech is a thing)."),
 38: (T, T, T, T, F, T, "Stone-throwing between Mubarak's supporters and opponents: mutual PROTEST riot acceptable (ASSAULT would also fit), EGY right. Date wrong: it happened outside the hearing on Wednesday 2011-08-03, not the document date 2011-08-04."),
 39: (T, T, T, T, T, T, "The Sri Lankan military blamed the Tigers: ACCUSE, both LKA; on the day of Wednesday's bombing (2008-01-02) as the story reads; asserted."),
 40: (T, T, T, T, T, T, "Kerry (USA) visiting Beirut: CONSULT visit with Lebanon (LBN) as host; undated in the text, document date accepted."),
 41: (T, T, T, T, T, T, "Chinese officials (CHN) complained the list was released: ACCUSE; the releaser is not named in the sentence (passive), so the empty target is right; document date."),
 42: (T, T, F, F, T, T, "Roles reversed: the king (King Hassan, MAR) asked Youssoufi to form a cabinet, so source should be King Hassan and target Youssoufi (MAR). Wednesday 1998-02-04 right."),
 43: (T, T, T, T, T, T, "Tymoshenko (UKR) sentenced last October: SANCTION convict, court not named, 2011-10 right."),
 44: (T, T, T, T, T, T, "Mandela (ZAF) stepped down in 1999: RETREAT resign accepted (leaving office after one term), year 1999 right."),
 45: (T, T, T, T, T, T, "Biden (USA) condemned Israel's (ISR) settlement decision on Tuesday 2010-03-09: ACCUSE right."),
 46: (T, T, T, T, T, T, "OPEC+ defying US lobbying: REJECT of the US request, OPEC -> United States (USA), Wednesday 2022-10-05."),
 47: (T, T, T, T, T, T, "Bukele (SLV) thanked voters: SUPPORT to voters (SLV); election-night speech, document date accepted."),
 48: (T, T, T, F, F, T, "'they had agreed' is the two sides: US as source is fine but the target should be China (CHN), not empty (mutual agreement). Date wrong: agreed at Thursday's talks, 1999-04-08, reported as this news, not unknown."),
 49: (T, T, T, F, T, T, "Zardari (PAK) imposing federal rule in Punjab is COERCE; but the sentence names the party acted upon, Shahbaz Sharif, removed as chief minister (PAK): empty target wrong. 'Last month' = 2009-02 right."),
 50: (T, T, F, F, T, T, "The deputies are members of the European Parliament: source country should be EUR, not TUR. Target should be Turkey (TUR), the party whose deal they threatened to block over its rights record. Threat earlier in the year, no date right."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and len(V) == 50
with open('events-a.jsonl', 'w') as out:
    for it in items:
        e, ty, s, t, d, m, r = V[it['n']]
        if not e:
            ty = s = t = d = m = False
        v = {"event": e, "type": ty, "source": s, "target": t, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = r
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h23-x85-11",
  "coder_events": [
   "SUPPORT: European Union leaders (EUR) -> none, signed the Lisbon treaty, 2007-12-13",
   "REJECT: French and Dutch voters (FRA, NLD) -> EU (EUR), rejected the planned constitution in referendums, undated background (two years earlier)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SUPPORT signing event is right (source EUR, Thursday 2007-12-13). The background referendum rejection is missed."},
 {"doc": "h23-x86-21",
  "coder_events": [
   "AGREE: Libya's four main rival leaders (LBY), mutual, agreed to hold elections on Dec. 10, 2018-05-29",
   "CONSULT: Libyan rival leaders (LBY) meeting hosted by Emmanuel Macron (FRA), 2018-05-29",
   "SUPPORT: Paris (FRA) -> the Libyan leaders (LBY), called the agreement a decisive step, 2018-05-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE is found with the right type, but its date 2017-12-10 comes from the election date 'Dec. 10' (and the wrong year), not Tuesday 2018-05-29, and France as target is wrong (the host, not a party to the agreement). The hosted meeting and Paris's praise are missed."},
 {"doc": "h23-x87-23",
  "coder_events": [
   "CONCEDE: France (FRA) -> Niger's junta (NER), will bring home its ambassador, announced 2023-09-24",
   "CONCEDE: France (FRA) -> Niger (NER), will withdraw its troops by the end of the year, announced 2023-09-24",
   "ASSAULT: military officers (NER) -> Niger government (NER), seized power in Niamey (coup), 2023-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's CONCEDE withdraw covers the troop pull-out (type right; target should be Niger, and the date 2023 is taken from the deadline 'by the end of the year' rather than Sunday's announcement). The ambassador recall and the background coup are missed."},
 {"doc": "h23-x86-09",
  "coder_events": [
   "PROTEST: Iranian students (IRN) -> Iranian judiciary/state (IRN), rallied against the death sentence, 2002-11-12",
   "SANCTION: court (IRN) -> reformist lecturer Hashem Aghajari (IRN), death sentence passed, earlier (last week)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's PROTEST is right (state as target is right: the protest is aimed at an act of the authorities). The death sentence is coded by dateline from a later sentence (e3), not from this one."},
 {"doc": "h23-x88-07",
  "coder_events": [
   "SUPPORT: Papua New Guinea government (PNG) and Bougainville leaders (PNG), mutual, signed a peace agreement, 2001-08-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The signing of the peace agreement (the story's main event) is missed; the autonomy, weapons disposal and referendum are its terms, not separate acts."},
 {"doc": "h23-x88-12",
  "coder_events": [
   "SUPPORT: U.N. General Assembly (UNO) -> none, voted to create the Human Rights Council, 2006-03-15",
   "REJECT: United States (USA) -> U.N. General Assembly (UNO), opposed the resolution, 2006-03-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both the vote and the U.S. opposition are missed."},
]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
