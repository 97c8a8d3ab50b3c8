"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below.
Each verdict: n -> (event, type, source, target, date, modality, reasons)."""
import json
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Police and soldiers deployed around parliament: MOBILIZE by Sri Lankan police and army (LKA), no target, reported as this news (document date); right in all fields."),
 2: (T,T,T,F,T,T, "Kabbah (SLE) welcoming the news of ECOMOG's capture of Freetown is SUPPORT (source right, though listed twice, once as an uncoded 'country'); target should be empty (the sentence names no party welcomed; ECOMOG at most), not the Guinea government, which is only where he is in exile."),
 3: (T,T,T,T,T,T, "Turkey (TUR) suspending political dialogue with the EU is SANCTION; said on Sunday, 1997-12-14; right in all fields."),
 4: (T,T,F,T,T,T, "The trigger 'backed' is the act of 'more than 120 countries' (a group with no code), not of the World Health Assembly, which adopted the resolution; source should be the 120+ countries. Type SUPPORT, empty target (a resolution), Monday 2020-05-18 and asserted are right."),
 5: (T,T,T,T,T,T, "Salmond (GBR) said he would step down in November: RETREAT resign, future, 2014-11, as the conventions code 'is to step down'; right in all fields."),
 6: (T,T,T,T,T,T, "Nikolic (SRB) would never recognise Kosovo (XKX): negated SUPPORT (recognition) is acceptable by the conventions' 'RETREAT negated' reading (REJECT asserted would also do); undated stance. Right in all scored fields; note reported_by should be Nikolic ('He added'), not Tadic."),
 7: (T,T,T,T,T,T, "Tens of thousands (BLR) marching in Minsk on Sunday 2020-09-06, no aim named in the sentence, so the Belarusian state is a right target; right in all fields."),
 8: (T,T,T,F,T,T, "Suicide bombing on the Moscow metro is ASSAULT by the bombers (no country given), Monday morning 2010-03-29, asserted; target should be the 'at least 38 people' killed, metro passengers in Moscow (RUS), whom the sentence names."),
 9: (T,T,T,T,T,T, "Annan (UN) urging Security Council members to condemn the attack is REQUEST; 'members' is the Council's members (UNSC, no seat country; UNO would also do); session undated in the text, document date right."),
 10: (T,T,T,F,T,T, "The commerce ministry (CHN) opening its anti-dumping investigation in 2018 is ACCUSE investigate, dated 2018; target should be Australia (AUS), whose barley ('barley from Australia', named in the sentence) was investigated."),
 11: (T,T,T,T,T,T, "Bainimarama (FJI) seizing power in a bloodless coup in December 2006: a military coup coded ASSAULT is acceptable (COERCE would also be defensible); no target named, 2006-12 right."),
 12: (T,T,T,T,T,T, "China and Vietnam fought a naval clash in 1988: mutual ASSAULT, 1988; right in all fields."),
 13: (T,T,T,T,F,T, "South Korea (KOR) raising its troops' and police's alert is MOBILIZE, no target; date should be the document date 1997-02-13: the text gives this order no day, and the Wednesday (1997-02-12) belongs to Hwang's defection (the paragraph's context is Thursday)."),
 14: (T,T,T,T,T,T, "The Yugoslav delegation (YUG) rejecting a NATO-led force in Kosovo: REJECT with NATO as target; undated in the text and reported as this news (talks ending), document date right."),
 15: (T,T,T,F,T,T, "Putin (RUS) restating his opposition to NATO's eastward expansion is ACCUSE disapprove (or REJECT); target should be NATO, not 'Russia opposition'."),
 16: (T,T,T,T,T,T, "Thailand (Bangkok) hosting the APEC summit in October: a future multilateral CONSULT hosted by Thailand, 2003-10, future; right in all fields (a marginal event, mentioned in a relative clause)."),
 17: (T,T,T,T,F,T, "Killings in election clashes are ASSAULT with no source named and 'a dozen people' (NGA) as target; date should be empty: the killings are a count spread over 'the days before and after polling', not the document date."),
 18: (T,T,T,T,T,T, "Russia, China and Cuba condemning the attempted coup: ACCUSE; the sentence names no party (the coup attempt is an act), so the empty target is right; document date right."),
 19: (T,T,T,T,T,T, "Russian troops (RUS) stationed in Transdniestria since 1992, still there: an ongoing deployment takes the document date by the conventions; MOBILIZE, no target; right in all fields."),
 20: (T,T,T,T,T,T, "U.S. troops (USA) deployed at Manbij, ongoing: MOBILIZE with the document date (act still going on); right in all fields."),
 21: (T,T,F,T,T,T, "Offering indirect talks with the separatists on March 31 is AGREE (willingness to meet), target the Chechen separatists, 1996-03-31; but 'he' is Yeltsin (the subject of the previous sentence), so the source should be Boris Yeltsin (RUS), not Gennady Zyuganov."),
 22: (T,T,T,T,T,T, "Xi said China (CHN) supported a review: SUPPORT, no party named as target, undated in the text so the document date is right; right in all fields (the $2 billion pledge, AGREE, was not coded)."),
 23: (T,T,T,T,T,T, "Iraqi authorities (IRQ) declaring a state of emergency in Baghdad: COERCE; the sentence gives no day, so the document date is right by the rule (the narrative suggests Saturday 2016-04-30)."),
 24: (T,T,T,T,T,T, "A casualty total since July 12 is ASSAULT with no source named; Israelis (ISR) are one of the two victim groups named (the 500+ in Lebanon, LBN, are omitted); a total summed over a span has no date, so the empty date is right."),
 25: (T,T,T,T,T,T, "President Paudel (NPL) asking Oli (NPL) to stay on as caretaker is REQUEST; the acceptance follows the resignation submitted on Tuesday, so 2025-09-09 is right."),
 26: (T,T,T,F,T,T, "China (CHN) firing missiles into the sea near Taiwan in 1996 is MOBILIZE weapons (a test and show of force), 1996; target should be Taiwan (TWN), 'the island' in the sentence at which the firing was aimed."),
 27: (T,T,T,T,T,T, "Five states condemning Israel's strike: ACCUSE; 'the strike' is an act, not a party, so the empty target is right; the dateline is Sept 9, so 2025-09-09 is the report date; right in all fields."),
 28: (T,T,T,T,T,T, "Abiy (ETH) making an appeal to Eritrea (ERI): REQUEST at the sentence level is accepted; the content ('ready to resolve our differences through dialogue') would make AGREE the better code. Speech on Monday = document date."),
 29: (T,T,T,T,T,F, "The sentence holds an AGREE by Mitsotakis (GRC) ('we agreed to talk', reciprocal so an empty target is right, Thursday = document date), but it is asserted; the trigger taken, 'do not agree on everything', is the opinion sense and not a negated AGREE. Modality should be asserted."),
 30: (T,T,T,T,T,T, "Greek island businesses (GRC) welcoming the visa move: SUPPORT, the move's author not named as a party in the sentence; reported as this news; right in all fields."),
 31: (T,T,T,T,T,T, "Azerbaijan's (AZE) offensive in September 2023 is ASSAULT, 2023-09; the sentence names no attacked party (the ethnic Armenians are said to have fled), so the empty target is right."),
 32: (T,T,T,F,T,T, "Umarov (RUS) warning last month that the war would be brought to Russian cities is THREATEN, 2010-02; target should be Russia (RUS), named as 'Russian cities'."),
 33: (T,T,F,T,T,T, "The accusation is ACCUSE allege against the Muslim-led (Bosnian) government (BIH); source should be the Bosnian Serb leadership (Bosnian Serbs, BIH), not 'Bosnia and Herzegovina', which names the state on the other side."),
 34: (T,T,T,T,T,T, "International observers (no country) criticising the interference: ACCUSE; 'the interference' is an act, so an empty target is right (the U.S. would also be right); document date right."),
 35: (T,T,T,T,F,T, "Yoon (KOR) indicted on insurrection charges: ACCUSE allege, no source named; date should be empty (unknown, after 2024-12-14): the text says 'later', after the Dec. 14 impeachment, not on it."),
 36: (T,T,T,T,T,T, "Russian officials (RUS) accusing Ukraine (UKR) on Tuesday 2018-05-29: ACCUSE allege; right in all fields."),
 37: (T,T,F,T,T,T, "Gotabaya Rajapaksa resigning by email is RETREAT resign; source should be Gotabaya Rajapaksa (LKA), not the protesters. The resignation itself has no date in the text ('last week' modifies 'fled'), so the empty date is accepted (2022-W28 would be better)."),
 38: (T,F,T,T,T,T, "The clause is 'troops stopped fighting ... on Saturday': the Saturday act is RETREAT ceasefire between the Ugandan and Rwandan troops (mutual parties right, 2000-06-10 right); coding it ASSAULT asserts fighting the sentence says stopped (the six days of duels before would be ASSAULT, 2000-06-05 to 06-10)."),
 39: (T,T,T,T,T,T, "The Deraa protests beginning in mid-March: PROTEST, 2011-03; the sentence names neither participants nor an aimed-at party (Syria is not named), so empty source and target are accepted."),
 40: (T,T,F,T,F,T, "Mobilising troops and police against parliament is MOBILIZE, but by Yoon (KOR), not by the police, who were mobilised; date should be the martial-law night, 2024-12-03 (or empty), not the document date (a background act of four months earlier)."),
 41: (T,T,T,T,T,T, "Thai security forces (THA) killing 100+ suspected militants on Wednesday 2004-04-28: ASSAULT; the militants' country is not given in the sentence, so an empty code is accepted; right in all fields."),
 42: (T,T,F,T,T,T, "'We do not accept these results' is a negated AGREE (or REJECT asserted), no party named; but the speaker is Kizza Besigye (UGA) and his party, not Museveni. Undated in the text, document date right."),
 43: (T,T,T,T,T,T, "Hu Jintao (CHN) ordering officials (CHN) to spare no effort to rescue the hostages: REQUEST (an order); reported as this news; right in all fields."),
 44: (T,T,F,T,T,T, "The leaders' SUPPORT for nominating Trump (USA) is future as said; source should be Pashinyan (ARM) and Aliyev (AZE): 'Both leaders' with no country is not a right code for them."),
 45: (T,T,T,T,F,T, "Crowds (LKA) burning Wickremesinghe's (LKA) home is ASSAULT; date should be the day of the storming 'last week' (2022-W28), not 2022-07-20: 'on the same day' refers to last week's storming."),
 46: (F,F,F,F,F,F, "Spurious: 'Democracy has been taken hostage' is a metaphor in Deuba's statement, not an abduction (the real act, Deuba's ACCUSE of the king in the previous sentence, is not in dateline's output)."),
 47: (F,F,F,F,F,F, "Spurious: the 2,901 people were killed by an earthquake; there is no political actor or attack."),
 48: (T,T,T,T,T,T, "Uganda (UGA) and Rwanda (RWA) sending troops into Congo (COD) in 1998: MOBILIZE (deployment into the DRC; AID to the rebels would be a second act), 1998; right in all fields."),
 49: (T,T,T,F,T,T, "Gunmen (BDI) attacking the Gatumba camp late on Friday 2004-08-13 is ASSAULT; target should be the refugees (Congolese refugees, COD) whom the sentence names as shot, not empty."),
 50: (T,T,T,T,F,T, "Yoon (KOR) arrested: COERCE arrest, no source named; date should be empty (unknown, after 2024-12-14): 'later' follows the Dec. 14 impeachment."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
with open("events-d.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        verdict = dict(zip(FIELDS, v[:6]))
        if not verdict["event"]:
            assert not any(v[:6])
        verdict["all"] = all(v[:6])
        rec = dict(it); rec["verdict"] = verdict; rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h17-x62-05",
  "coder_events": ["CONCEDE: Sheikh Hamad bin Isa al-Khalifa (BHR) -> Bahrain (BHR), declares a constitutional monarchy and announces a new parliament with an elected lower house (reform, elections promised), 2002-02-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Taking the title of king is part of the same declaration. A coder could also leave the reform uncoded (no second party); dateline found nothing here."},
 {"doc": "h17-x64-11",
  "coder_events": ["SANCTION: North Korea (PRK) -> six-party talks / United States (USA), suspends its participation in the disarmament talks indefinitely, 2005-02-10",
                   "ACCUSE: North Korea (PRK) -> Bush administration (USA), blames its hostile policy, 2005-02-10",
                   "MOBILIZE: North Korea (PRK), declares it has built nuclear weapons, 2005-02-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The nuclear declaration is the most arguable of the three (a claim of capability; some coders would leave it out or code THREATEN). Suspending talks could also be coded REJECT (meet)."},
 {"doc": "h17-x62-24",
  "coder_events": ["ASSAULT: Israel (ISR) -> Hamas / Gaza (PSE), tanks roll into Rafah and take control of the Gaza side of the crossing, 2024-05-07",
                   "AGREE: Hamas (PSE) -> Egyptian and Qatari mediators (EGY, QAT), accepts a ceasefire proposal, 2024-05-06",
                   "REJECT: Israel (ISR) -> Hamas (PSE), says the proposal fell far short of its demands, 2024-05-06"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (took control) is the seizure but typed COERCE seize; by the conventions armed forces taking ground is ASSAULT, so it is not counted as found (not spurious either). Cutting off the aid route is the effect of the same act. The Hamas acceptance is dated Monday evening in paragraph 5."},
 {"doc": "h17-x62-21",
  "coder_events": ["ASSAULT: gunmen (LBN) -> Hezbollah and Amal supporters (LBN), open fire on the march, 2021-10-14",
                   "PROTEST: Hezbollah and Amal supporters (LBN) -> Judge Tarek Bitar / Lebanese judiciary (LBN), march demanding the judge's removal, 2021-10-14",
                   "ASSAULT: armed men (LBN) <-> armed men (LBN), hours of street battles killing at least six, 2021-10-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 (opened fire) is found with the right type and parties, but dated with the document date 2021-10-15 where the text gives Thursday, 2021-10-14. The march and the street battles were missed."},
 {"doc": "h17-x61-23",
  "coder_events": ["SUPPORT: Greece (GRC) <-> Turkey (TUR), sign a declaration on friendly relations, 2023-12-07",
                   "CONSULT: Tayyip Erdogan (TUR) -> Greece (GRC), visits Athens, 2023-12-07",
                   "AGREE: Greece (GRC) <-> Turkey (TUR), pledge to settle their differences through dialogue, 2023-12-07"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "All three found. The pledge is the content of the signed declaration; counted as a distinct AGREE (commitment), so e3 is not a duplicate of e1, though a stricter coder might merge them."},
 {"doc": "h17-x62-18",
  "coder_events": ["ASSAULT: Turkish troops (TUR) and allied Syrian rebels (SYR) -> Kurdish YPG militia (SYR), take control of the centre of Afrin, 2018-03-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The eight-week offensive is the campaign of which the capture is the culmination (background, since 2018-01-20); declaring victory is not coded. Dateline found no event in this lead sentence."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in P:
        assert p["found"] <= len(p["coder_events"])
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
