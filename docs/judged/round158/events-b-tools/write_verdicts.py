"""Write events-b.jsonl from the judge's per-item verdicts below (fields: event, type, source, target, date, modality)."""
import json

T, F = True, False
V = {
 1: ((T, T, F, F, T, T), "The refusers are the U.S.'s European allies and the one refused is the United States: source should be the European allies (Britain, France, Germany; EUR or no single code), target the United States (USA). Date (document date of Rouhani's speech) and asserted modality are right."),
 2: ((T, T, T, T, T, T), "Background ASSAULT from the November 2015 Paris attacks, dated 2015-11 as the text gives; gunmen acting in Paris coded FRA is acceptable under the plain-location reading."),
 3: ((T, T, F, F, F, T), "'They' are the Somali Islamist gunmen who hijacked the bus, not police: source should be the Shabaab gunmen (SOM); 'us' is the bus passengers, so target should be the passengers (KEN civilians). The act happened on Saturday 2014-11-22 (the hijacking), not the document date 2014-11-23. A marginal event (an order inside the attack), kept as a demand."),
 4: ((T, T, F, F, T, T), "The demander is the Jordanian government, which the prime minister speaks for: source should be the Jordanian government (JOR); the inquiry is demanded of Israel, named in the sentence, so target should be Israel (ISR)."),
 5: ((T, T, T, T, T, T), "Mutual agreement among Ukraine, Russia and the OSCE negotiators on Wednesday 2020-07-22; AGREE is acceptable for agreeing on measures to enforce a ceasefire."),
 6: ((T, T, T, F, T, T), "Perthes is the U.N. envoy, a German diplomat, not Sudanese: target should be Perthes with the U.N. (UNO) or German (DEU) code, not SDN. Date 'last month' = 2023-05 is right."),
 7: ((T, T, F, F, T, T), "The students are Indonesian, not Dutch: source should be Indonesian students (IDN); the 2019 protest was against the draft criminal code, so target should be Indonesia (IDN), not the Netherlands (the colonial-era code's origin)."),
 8: ((T, T, T, T, T, T), "A standing ban on protests in the capital is a continuing COERCE restriction, taking the document date; no target party is named. The mode would better be restrict than ban (the ban is on an activity, not on a party)."),
 9: ((T, T, T, T, T, T), "The Syrian National Council called on Syrians to return to peaceful demonstrations: a REQUEST from SNC (SYR) to Syrians (SYR), on the date of the report."),
 10: ((T, T, T, T, T, T), "Myanmar authorities imposed a curfew in Maungdaw; the town stands for its residents (MMR), and the undated act takes the document date. The 'person' kind on Maungdaw is odd but not scored."),
 11: ((T, T, T, T, F, T), "Putin's accusation ('has accused') is background from the protests after the December election, an earlier time: it should have no date (unknown), not the document date 2012-07-13."),
 12: ((T, T, T, T, T, T), "De Mistura praised the effort; no party is named as the one praised, so an empty target is right."),
 13: ((T, T, T, T, T, T), "UNICEF called for the girls' release; the kidnappers are not named in the sentence, so an empty target is right."),
 14: ((T, T, T, T, T, T), "IMF mission visited Beirut, hosted by the Lebanese authorities; the visit has no date in the text, so unknown is right."),
 15: ((T, T, T, T, T, T), "Future meeting of Pompeo with Kono and Kang on Sunday 2018-07-08. The same-sentence 'coordinate' CONSULT (e8) is the duplicate, not this one."),
 16: ((T, T, T, T, F, T), "The killing of the Egyptian police officers happened 'in August' (2011-08), a background act: date should be 2011-08, not the document date."),
 17: ((T, T, T, T, T, T), "Republicans said Harris should visit the border: REQUEST from the Republican Party (USA) to Harris (USA), reported as this news."),
 18: ((T, T, T, T, T, T), "Boric called on the Republican Party not to repeat the left's error: REQUEST, CHL to CHL, undated so document date."),
 19: ((T, T, T, T, T, T), "Ardern's resignation in January 2023, background act with the month the text gives."),
 20: ((T, T, T, T, T, T), "Aristide defied Washington's appeals (REJECT) on Friday 2011-03-18. The extra source entry 'Jean' is a fragment of Aristide's own name (Jean-Bertrand), so no wrong party is added."),
 21: ((T, F, T, T, T, T), "'Marched the girls away into the forest' is the abduction, not a protest march: type should be ASSAULT (abduct). Gunmen (NGA) and girls (NGA) and the 1 a.m. Friday date are right."),
 22: ((T, T, F, F, F, T), "The accuser is Kabul (the Afghan government), long before Ghani's 'young presidency': source should be the Afghan government (AFG); the accused is Islamabad, named in the sentence: target should be Pakistan (PAK). A long-running accusation still going on takes the document date 2015-07-08, not unknown."),
 23: ((T, T, T, T, T, T), "Serbia's continuing refusal to recognise Kosovo: REJECT (or SUPPORT negated), SRB to XKX, ongoing so document date."),
 24: ((T, T, F, T, T, T), "The jailer is the military dictatorship named in the sentence: source should be Brazil's military government (BRA), not empty. Target Dirceu (BRA) by description is right; the background act has no date in the text, so unknown is right."),
 25: ((T, T, T, T, T, T), "Israel rejected the French initiative; the sentence names no party (only 'the initiative'), so an empty target is right by the rule (France would be a coder's natural target). The stance is reiterated in the day's news, so the document date is acceptable."),
 26: ((T, T, T, T, T, T), "'Never charged' is an ACCUSE negated against Lula (BRA) with no charging party and no date."),
 27: ((T, T, F, T, T, T), "The speaker who urged Iran to free Rezaian is 'he', the Washington Post's executive editor Martin Baron: source should be Martin Baron (USA, media), not Rezaian himself."),
 28: ((T, T, T, T, T, T), "Thousands of Armenians protested an electricity price rise (a regulated tariff, an act of the authorities) in summer 2015; Armenia as target and 2015-SU are right."),
 29: ((T, T, T, F, T, T), "The condemned 'assassination' is the U.S. drone strike and the sentence names the U.S.-led coalition as its subject: target should be the United States / U.S.-led coalition (USA), not empty."),
 30: ((T, T, T, T, F, T), "The attack is the fighting on Tuesday (ceasefire 'late on Tuesday after the heaviest fighting'): date should be 2021-11-16, not the document date 2021-11-17. reported_by should be Pashinyan, not Azerbaijan's defence ministry (not scored)."),
 31: ((T, T, T, T, T, T), "Turkish police detained more than two dozen people in raids on Sunday 2014-12-14."),
 32: ((T, T, T, T, T, T), "Granger said he would step down: RETREAT resign, future, no date given."),
 33: ((T, T, T, T, T, T), "Bahah's resignation two weeks before Friday 2015-02-06 (week 2015-W04) is right; Hadi, who resigned with him, is missing from the source but the party given is right."),
 34: ((T, T, T, T, F, T), "The killings were in the deadly protests 'in June' (previous sentence), so date should be 2022-06, not unknown."),
 35: ((T, T, T, F, T, T), "Ilan Grapel is a dual U.S.-Israeli citizen: target should be Grapel with USA (or ISR), not EGY (and he is a person, not an organization)."),
 36: ((T, T, T, T, T, T), "EU (and NATO) reaffirmed support for Georgia's territorial integrity: SUPPORT to Georgia (GEO); distinct from the same-sentence non-recognition event."),
 37: ((T, T, T, F, T, T), "The warning is aimed at 'activists from other countries', not at the Kenyan government (which the story says took a conciliatory tone): target should be the foreign activists (no single code). Monday 2025-05-19 is right."),
 38: ((T, T, F, T, T, T), "'Its leaders' are the TPLF's leaders, the federal government's opponents: source should be the TPLF leaders (ETH), not 'Ethiopia leaders' coded as government. Abiy (ETH) as target and the ongoing act at the document date are right."),
 39: ((T, T, T, T, T, T), "Tehran would not give in to pressure: CONCEDE negated (equivalently REJECT), Iran (IRN), no target named, no date for the act. reported_by should be Eslami rather than state media (not scored)."),
 40: ((T, T, T, F, T, T), "Riyadh backed the Egyptian army's removal of Mursi: target should be the Egyptian army (EGY military), not Mursi, who was the one removed."),
 41: ((T, T, F, F, T, T), "'He' is Aristide: source should be Aristide (HTI), not 'Lavalas' with no code; 'the two contenders' refers to Mirlande Manigat and Michel Martelly (HTI), so the target should be them, not empty."),
 42: ((T, T, T, T, T, F), "The concessions are what the nationalists say Zelenskiy is making, an act inside a claim: modality should be reported, not asserted. (The sentence's own act is the nationalists' criticism, ACCUSE, which dateline did not code.)"),
 43: ((T, T, F, F, T, T), "Source should be North Korea (PRK), not 'North' with no country code; the proposal was made to the U.S. side named in the sentence, so target should be the United States (USA)."),
 44: ((T, T, T, F, T, T), "The soldiers Zeiter allegedly attacked are Israeli soldiers at the Allenby crossing: target should be Israeli soldiers (ISR), not JOR."),
 45: ((T, T, T, F, F, T), "The U.S. and Chinese officials were observers: the meeting Pakistan hosted was between the Afghan government delegation and the Taliban, so target should be them (AFG). The meeting ran late into Tuesday night: date should be 2015-07-07, not 2015-07-08."),
 46: ((T, T, T, T, T, T), "A total of dozens killed over the run-up to the vote: no source named, target people (PHL), no date (summed span) is right."),
 47: ((T, T, T, T, T, T), "Opposition parties (GEO) accused the Georgian government; the text gives no date and the act may be part of the day's news, so the document date is accepted."),
 48: ((T, T, T, T, F, T), "Obama's pledge was made 'on his second day in office in 2009': date should be 2009-01-22 (or 2009), not the document date 2014-12-07."),
 49: ((T, T, T, T, T, T), "Suicide attackers struck a Kabul compound hours after Obama left, on 2012-05-02; the attackers' country is not given, so an empty code is right."),
 50: ((T, T, T, T, T, T), "State Department spokesman (USA) urged North Korea (PRK) to free Bae, reported as this news. It repeats the previous sentence's call but is not a same-sentence duplicate."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    vals, why = V[it["n"]]
    v = dict(zip(KEYS, vals))
    if not v["event"]:
        v = {k: False for k in KEYS}
    v["all"] = all(v[k] for k in KEYS)
    it["verdict"] = v
    it["reasons"] = why
    out.append(it)
with open("events-b.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out))
