# Writes events-a.jsonl from events-a-items.jsonl plus the judge's verdicts below.
# Each entry: n -> (fields that are wrong, or "SPURIOUS"), reasons.
import json

V = {
 1: (["target"], "REJECT by the United States of the Russian-drafted deal is a right event, source and date (made clear 'in recent days', reported as this news). Target should be Russia (RUS): the deal is the Kremlin's plan and the sentence names Moscow as the party it would favour; empty is wrong when the sentence names the party acted upon."),
 2: ([], "Clinton (USA) condemns the shoot-down: ACCUSE, asserted, document date. 'This outrageous act' is an act, not a party, and Cuba is not named in the sentence, so an empty target is right by the conventions (I would code CUB)."),
 3: ([], "Vietnam's insistence on including the Paracels, against China's preference named in the same sentence, is a REQUEST VNM -> CHN; undated, reported as part of this news, so the document date is right; asserted with diplomats as reporters."),
 4: ([], "Hariri blaming the new electoral law is ACCUSE (decry a policy); target Lebanon accepted by analogy with the protest rule (a law is an act of the state). Date (document date) and modality right. Marginal event."),
 5: (["target"], "PA arresting Islamist activists is COERCE arrest, asserted (attribution to Arafat). Target's country is wrong: activists arrested by the Palestinian Authority are Palestinian (PSE), not ISR."),
 6: ([], "NATO leaders are due to sign a charter with Ukraine on Wednesday: SUPPORT (sign agreement), future, 1997-07-09 (doc date Tuesday 1997-07-08). All right."),
 7: ([], "Cuban foreign ministry accused the exile group (Brothers to the Rescue) of dropping leaflets: ACCUSE, asserted, document date. CUB for a Cuban exile group accepted (CAMEO codes exiles to their home country)."),
 8: ([], "Talks between M23 and Kinshasa being held in Qatar: CONSULT, ongoing act; 2025-06-27 is the story's own date (dateline June 27, Friday), accepted for the ongoing act although the metadata document date is 06-28. The 'held' event e5 is the duplicate, not this one."),
 9: ("SPURIOUS", "Spurious duplicate: 'charges' is the noun for the same accusation already coded as e1 ('accused the prime minister...'); the government and army are the parties who rejected the charges, not new targets of an accusation. The second act in the sentence is a REJECT by the government and army (PAK) of Khan's charges."),
 10: ([], "Peru and Ecuador signed a peace treaty on Monday 1998-10-26 (dateline Oct 26): SUPPORT sign agreement, mutual. All right."),
 11: ([], "State Department spokesman (USA) urged the Nigerian authorities to free Abiola: REQUEST USA -> NGA authorities, document date, asserted. All right."),
 12: (["target", "date"], "COERCE arrest with empty source is right (no agent in the sentence). Target should be the detained people ('many' of the rally's opposition demonstrators, AZE), not empty; date should be 2005-11-26, the Saturday of the rally dispersal the text gives, not the document date."),
 13: (["target"], "Trump's phone calls are CONSULT phone, 2025-07-26 (Saturday) accepted. 'Both leaders' are Cambodia's Hun Manet (KHM) and Thailand's Phumtham Wechayachai (THA); the target's country code is empty, so the target is wrong."),
 14: ([], "Vietnam and China clashed two years before 2016 (the 2014 oil-rig standoff): ASSAULT mutual, dated 2014, asserted. Accepted as the text gives it ('clashed')."),
 15: ([], "Western governments have pressed Sanaa to reform and cooperate: REQUEST -> Yemen government, ongoing act so document date; source without a code is right for a group of countries."),
 16: (["type", "target"], "Warning 'against Western infiltration' is disapproval, not a coercive threat with repercussions: type should be ACCUSE (disapprove); target should be the West (Western governments, no code), which the sentence names. Undated repeated act with no date is right."),
 17: (["source", "target"], "The protest called by the opponents of Conde's plan is a PROTEST, 2019-10-14. Source should be the National Front for the Defence of the Constitution (GIN), not France's National Rally (FRA); target should be Conde / the Guinean state (GIN), since the demonstrations aim at his plan (protest rule)."),
 18: ([], "Guinean police fired tear gas at protesters in Conakry on Monday 2019-10-14: ASSAULT crowd-control GIN police -> protesters (GIN). All right."),
 19: (["target"], "Republican lawmakers criticising Albright's visit is ACCUSE, document date right. Target should be the U.S. administration (USA), named in the sentence ('the administration was rushing to reward'), not empty."),
 20: ([], "Vucevic resigned on Tuesday 2025-01-28: RETREAT resign, asserted. All right."),
 21: ("SPURIOUS", "Spurious: 'yielded' means 'produced' (the visit yielded commercial deals), not a concession; the codable act would be COOPERATE (commercial deals), not CONCEDE by Obama."),
 22: ([], "France welcomed Djotodia's resignation: SUPPORT; 'the move' is an act and Djotodia is not named in the sentence, so empty target is right. 2014-01-10 (story dated Jan 10 in its dateline) accepted."),
 23: ([], "Sharif condemned the shooting: ACCUSE, target empty is right (the gunman is not named), document date, asserted."),
 24: ("SPURIOUS", "Spurious: Gonzalez arriving in Spain is flight into exile, not a CONSULT visit to a host; the codable act (Spain giving him asylum / flying him out, AID ESP -> Gonzalez) is a different event with other parties."),
 25: ([], "US and China signed the WTO trade agreement on Monday 1999-11-15: SUPPORT sign agreement, mutual. All right."),
 26: (["source"], "China has backed Hun Sen: SUPPORT, ongoing so document date, target right. Source should be China (CHN) alone; 'investor' is the appositive describing China, wrongly added as a second, uncoded party."),
 27: ([], "Gayoom pledged a smooth handover of power: a promise, AGREE, on Wednesday 2008-10-29, asserted; Nasheed is not named in the sentence so empty target is right. Distinct from e2 ('I accept the decision')."),
 28: ([], "Baghdad has accused the U.S. inspectors of spying: ACCUSE IRQ -> U.S. inspectors (USA), ongoing, document date. All right."),
 29: ([], "Putin called off his trip to Chisinau: cancelling a planned visit is a reduction of diplomatic exchange (SANCTION), RUS -> Moldova, Tuesday 2003-11-25, asserted. Accepted."),
 30: ([], "Several thousand protesters marched in Zamboanga last month: PROTEST demo, no aim in the sentence so the Philippine state is a right target; 1996-08 right."),
 31: (["source"], "The ministers condemned the Hadera shooting at the Sunday dinner (2022-03-27 right); 'it' is the attack, so empty target is right. Source's code is wrong: 'the ministers' are the six foreign ministers of the US, Israel, UAE, Bahrain, Morocco and Egypt, a multinational group, so the code should be empty, not ISR."),
 32: (["source"], "Rejecting the EU observers' criticism is REJECT, document date, asserted; 'the criticism' names no party, so empty target is right. Source should be Mugabe's officials (ZWE government), not Robert Mugabe himself."),
 33: ([], "Lungu thanked voters at a news conference after being declared winner on Monday: SUPPORT -> voters (ZMB); Monday 2016-08-15 follows from the text's narrative. Accepted (marginal event)."),
 34: ([], "US and EU urged restraint and called on the Guinean authorities: REQUEST USA/EU -> GIN authorities, document date, asserted. All right."),
 35: ([], "Police fired tear gas to break up crowds in Lagos: ASSAULT crowd-control NGA police -> crowds (NGA), no date in the text so the document date, asserted. All right."),
 36: (["source", "target"], "The 1984 shooting of Yvonne Fletcher is an ASSAULT, dated 1984, asserted. Source should be empty (the shooter is not named; 'outside the Libyan embassy' is a place), not her family; target should be Yvonne Fletcher (British police officer, GBR), not the Libyan embassy."),
 37: ([], "Clinton turned down the offer Zhu brought to Washington in April 1999: REJECT USA -> Zhu Rongji (CHN), 1999-04. All right."),
 38: ([], "Under the accord signed Thursday 1995-09-28 Israel will release Palestinian prisoners: a promised release is CONCEDE (the promise is asserted), ISR -> Palestinian prisoners (PSE). All right."),
 39: ("SPURIOUS", "Spurious: 'its dialogue with ASEAN' names an existing forum, no act of consultation is reported; the sentence's act is the EU's warning that it will bar Myanmar (THREATEN/REJECT EU -> MMR), coded nowhere here."),
 40: ([], "Human rights groups have accused Guinean security forces of killings: ACCUSE -> GIN security forces, ongoing so document date, asserted. All right."),
 41: ([], "NATO leaders invited Poland, Hungary and the Czech Republic to join on Tuesday 1997-07-08: an invitation is AGREE. All right."),
 42: (["target"], "BNP's boycott of the 2014 election is PROTEST boycott, 2014, asserted. Target should be Hasina's government (BGD), named in the sentence, or empty; Mirza Fakhrul is the BNP's own secretary-general and is not in the sentence."),
 43: ([], "White House urged Russian authorities to investigate: REQUEST USA -> RUS authorities, document date. All right."),
 44: (["type", "date"], "North Korea 'has fired a series of missiles' are missile tests with no target: type should be MOBILIZE (weapons test), not ASSAULT. The text dates only the nuclear test to May; the series of missile firings has no date (no date, or the document date as an ongoing series), not 2009-05."),
 45: (["type"], "Kim Jong Il's pardon freed the two journalists, who left with Clinton: a release with immediate material effect is RETREAT (release), not CONCEDE. Source, target, date (document date 2009-08-05; the text does not date the pardon) and modality right."),
 46: ([], "Clinton telephoned Yeltsin to congratulate him: SUPPORT USA -> Yeltsin (RUS), document date, asserted; distinct in type from the CONSULT phone event e3. All right."),
 47: ("SPURIOUS", "Spurious: Laos being expected to struggle to meet ASEAN free-trade commitments is a forecast about its economy, not an act of criticism by Laos against ASEAN."),
 48: (["source", "target"], "Hoping to negotiate a surrender is a hypothetical CONSULT with no date, right. Target should be Harold Keke (SLB), to whom 'his' refers, not 'Weather Coast' (a place) coded AUS; source 'Officials' should carry no code, as the text does not say whose officials they are (the mission is multinational)."),
 49: (["date"], "Clinton's promise to review the Pollard case is AGREE, asserted; 'the case' names no party so empty target is right. Date should be 1998-10-23, the Friday when the talks' final hours ended in the signing, not the document date 1998-10-24."),
 50: ([], "Avakov said a suspect from a Svoboda-affiliated battalion had been detained: COERCE arrest -> suspect (UKR), Monday 2015-08-31 (document date), source empty is right (no agent named). All right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-a-items.jsonl"):
    it = json.loads(line)
    wrong, reasons = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in FIELDS}
    else:
        v = {f: (f not in wrong) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reasons
    out.append(it)
with open("events-a.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: sum(it["verdict"][f] for it in out) for f in FIELDS + ["all"]}
print(len(out), counts)
