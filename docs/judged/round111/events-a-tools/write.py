"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, or "spurious"), reasons
V = {
 1: ([], "AGREE, mutual US-China agreement to cut tariffs, Monday 2025-05-12 (the dateline day); all right."),
 2: ([], "The joint statement reports Singh and Musharraf (IND/PAK) agreeing to explore options; AGREE mutual, Friday 2004-09-24, asserted with attribution; a separate sentence from the lead, so not a same-sentence duplicate."),
 3: ([], "Al Shabaab (through its spokesman, SOM insurgents) said the group would impose Islamic law on Baidoa: COERCE (restrict), future, undated; the Somali town taken as SOM target is acceptable. Right by the rules."),
 4: ("spurious", "A campaign pledge to fight poverty and push for military service is a domestic policy promise with no party to cooperate with, not an AGREE between political actors; it is also undated background, not news of 2012-04-17."),
 5: ([], "The opposition (ARM) urged a boycott of the referendum: REQUEST; the sentence names no addressee, so empty target is right; undated earlier act, no date is right."),
 6: ("spurious", "Assad insists on an Israeli withdrawal: the demand is already coded as REQUEST (e2) in this sentence; the withdrawal did not happen, and 1967-06-04 is the date of the lines, not of an act."),
 7: ([], "Kenyan opposition politicians and newspapers criticised the Kenyan government: ACCUSE disapprove, KEN -> KEN government, undated act reported with the story, document date 2025-02-23 right."),
 8: (["source"], "AGREE (assurance the men would be freed) to Straw is right, but the source should be Iranian FM Kamal Kharrazi (IRN), named in the sentence as the counterpart who gave the assurances, not empty."),
 9: ([], "Thousands of Guatemalans protested to demand the President veto the budget: PROTEST demo aimed at the authorities, so the state (GTM) is a right target; Saturday 2020-11-21 right."),
 10: (["source"], "The killing of a man in the clash is an ASSAULT with target one man (JOR) and document date right, but the source should be the rival supporters (JOR) who clashed, named in the same sentence, not empty."),
 11: (["target"], "Giammattei condemned the arson (ACCUSE, GTM, document date right), but the sentence refers to the party condemned as 'those who damaged public property': the target should be the arsonist protesters (GTM), not empty."),
 12: ([], "UN Security Council (UNO) demanded the Houthis (YEM) pull out of Sanaa: REQUEST, Tuesday 2015-04-14; all right."),
 13: ("spurious", "Duplicate: the clash in which the man was killed is the same act already coded as ASSAULT e1 (killed) from this sentence."),
 14: ([], "Koizumi (JPN) ordered an investigation: ACCUSE investigate, no party named as its object so empty target is right; undated, document date 2001-12-23 right."),
 15: ([], "Mexico recalled its envoy from Havana: SANCTION (break/reduce diplomatic exchanges) Mexico -> Cuba government, Sunday 2004-05-02; all right."),
 16: ([], "Lieberman (ISR) resigned Wednesday 2018-11-14: RETREAT resign; all right."),
 17: ([], "Washington presses Kyiv and Moscow to accept a ceasefire: REQUEST USA -> UKR, RUS, ongoing at the time of the story, document date 2025-05-01 right."),
 18: (["target"], "AGREE in January 2004 is right, but the agreement is mutual: Vajpayee (IND), named in the sentence, should be the target rather than empty."),
 19: ([], "Putin and Kim met: CONSULT mutual, Wednesday 2023-09-13. The leaders are coded as their states (RUS, PRK), which I accept as the right parties with the right codes."),
 20: (["source", "target"], "AGREE (promise of help) on Sunday 2000-07-23 is right, but the source should be the G8 leaders (multinational, no USA code), and the target the poor countries named in the sentence ('help them'), not empty."),
 21: ([], "Turkey withdrew from the Council of Europe's Istanbul Convention: SANCTION withdraw, TUR -> COE, Saturday 2021-03-20; all right."),
 22: ([], "Pakistan's law minister (Zahid Hamid, PAK) resigned Monday 2017-11-27: RETREAT resign; all right."),
 23: ("spurious", "The sentence says Chan lifted (ended) a ceasefire; coding RETREAT ceasefire (a ceasefire implemented) takes the trigger in the opposite sense. The real act is the resumed offensive, coded from 'sent troops'."),
 24: ([], "Opposition lawmakers (GTM) called for the budget to go back to committee: REQUEST, no addressee named, undated act of the news, document date right."),
 25: ([], "ECOWAS condemned foreign interference: ACCUSE disapprove, no party named ('any foreign interference'), so empty target right; document date right."),
 26: (["source"], "PROTEST against the US military presence on Thursday 2000-07-20 with target USA is right, but the source should be Okinawa residents (JPN), not USA."),
 27: ([], "Mwanawasa (ZMB) accused officials of the previous government: ACCUSE allege, 'last week' = 2002-W28; all right."),
 28: ([], "The Russian Foreign Ministry protested to Helsinki: ACCUSE (formal complaint) RUS -> FIN, reported on the dateline day 2023-11-28; all right."),
 29: (["target"], "Castro's trip to the UN session is a CONSULT visit by Castro (CUB), but the target should be the United Nations (its General Assembly session) he attended; New York is a place, not a party."),
 30: ([], "Amnesty called the conviction an attack on free expression: ACCUSE disapprove; the sentence names an act ('the conviction'), not a party, so empty target is right; document date right."),
 31: ([], "Several thousand people demonstrated outside parliament in Budapest on Sunday 2011-04-17 with no other aim named: PROTEST with the Hungarian parliament (authority) as target is right."),
 32: (["type", "target", "date"], "Presenting an eight-point plan of demands is a proposal/request (REQUEST), not the CONSULT already coded for the meeting; it was presented to Bush (USA), not to Israel/Arafat/Palestinians; and the talks are dated Thursday 2002-04-25 in the story, not the document date."),
 33: ([], "The United States congratulated Duque (COL): SUPPORT, undated act of the news, document date 2018-06-18 right."),
 34: ([], "Palestinian leaders (PSE) welcomed the findings: SUPPORT, no party named (the findings are an act/report), document date right."),
 35: ([], "Russia's Investigative Committee opened a criminal case: ACCUSE investigate, no party named, document date 2022-08-17 right."),
 36: (["date"], "The killing of Miriung (ASSAULT, unknown gunmen, target PNG) is right in type and parties, but the story dates it Saturday evening, so the date should be 1996-10-12, not the document date."),
 37: (["target", "modality"], "Troops (LKA) blocking the monitors' access is COERCE (restrict), August 2006 right; but the target, the Nordic monitoring mission SLMM, is not a Sri Lankan government body (no LKA code), and the act is a finding of the monitors (an accusation), so modality should be reported."),
 38: ([], "Chiluba (ZMB) accused 'political opportunists' of a witch-hunt: ACCUSE allege, document date right; all right."),
 39: (["target"], "Police (GMB) firing tear gas is ASSAULT crowd-control, document date right, but the target should be the Darboe supporters (GMB) named in the sentence, not empty."),
 40: (["source"], "SUPPORT (welcomed the findings) with no party named is right, but the source should be Action Contre la Faim (French NGO), not the Sri Lanka Monitoring Mission, whose findings were welcomed."),
 41: (["type", "target", "date"], "Taking private news channels off air is COERCE censor, not ACCUSE investigate; the target should be the private news channels (PAK); the date should be the weekend of 2017-11-25/26 ('over the weekend'), not unknown."),
 42: ([], "North Korea fired two ballistic missiles hours before Kim's arrival: MOBILIZE weapons (test), Wednesday 2023-09-13; all right."),
 43: ([], "Ukraine's foreign ministry accused Moscow of disinformation: ACCUSE allege UKR -> RUS, document date right; all right."),
 44: (["source"], "REQUEST to the Benin government to delay the vote, undated earlier act, is right, but the source is the Catholic Church in Benin (BEN, religious), not the Vatican (VAT)."),
 45: (["target", "date"], "The internet/social media shutdown is COERCE withhold with no named agent (empty source right), but social media is not a party: the target is the population of Benin (BEN) or empty; and the act was on election day, Sunday 2019-04-28, not the document date."),
 46: ([], "Abe (JPN) meeting Putin (RUS) more than a dozen times is a summed span of meetings: CONSULT with no date is right by the rules."),
 47: (["date"], "Arrests of hundreds (EGY) during the ballot are COERCE arrest, no agent named; but the text dates them to the two-day ballot, 2014-01-14/15, not the first day only."),
 48: (["target"], "Congress (GTM) approving the budget early Wednesday 2020-11-18 is SUPPORT (approve policy), but the approval has no party target in the sentence: empty is right, not the state of Guatemala."),
 49: (["target", "date"], "Georgievski accepting the voters' verdict (concession) as AGREE is acceptable, but the target is 'the people' (Macedonian voters, MKD), not his own VMRO-DPMNE, and he spoke on Monday 2002-09-16 (conceded Monday afternoon), not the document date."),
 50: (["type"], "Ban dismissing (firing) the Kenyan force commander is a SANCTION (removal/expulsion from the mission), not REJECT; source Ban (UNO), target Ondieki (KEN) and Tuesday 2016-11-01 are right."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h33-x128-11", "coder_events": [
   "AGREE: Hu Jintao (CHN) <-> Yasuo Fukuda (JPN), signed a joint statement pledging a mutually beneficial strategic relationship, 2008-05-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Signing the statement and its pledge are one act; SUPPORT (sign) would also be defensible. Hu's visit to Tokyo is implied but not reported as an act in this paragraph."},
 {"doc": "h33-x128-09", "coder_events": [
   "SANCTION (expel): Mexico (MEX) -> Cuba's ambassador (CUB), ordered to leave the country, 2004-05-02",
   "SANCTION (reduce relations): Mexico (MEX) -> Cuba (CUB), recalled its own envoy from Havana, 2004-05-02",
   "ACCUSE: Mexico (MEX) -> Castro's government (CUB), accused of interfering in Mexican politics, 2004-05-02"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "The expulsion of the Cuban ambassador ('ordered ... to leave') is missed."},
 {"doc": "h33-x125-04", "coder_events": [
   "SANCTION: Turkish parliament (TUR) -> Prime Minister Mesut Yilmaz's coalition government (TUR), censure vote bringing it down, 1998-11-25"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The no-confidence vote is missed. The 'allegations' have no named source in this paragraph and are not coded."},
 {"doc": "h33-x126-15", "coder_events": [
   "SANCTION (discontinue): Morocco (MAR) -> United States (USA), called off the annual joint military exercise in protest at a U.S. proposal, 2013-04-16"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the act but typed it RETREAT; calling off joint exercises in protest is curtailing cooperation (SANCTION), not a retreat. Not spurious, but not found with the right type."},
 {"doc": "h33-x125-19", "coder_events": [
   "REQUEST: Milorad Dodik (BIH, Bosnian Serb) -> Bosnia (BIH), repeatedly called for the Serb region to break away, no date (repeated)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The election win is not a PLOVER event; Dodik's repeated secession calls are a background, repeated REQUEST that a sentence-level coder would code without a date."},
 {"doc": "h33-x127-07", "coder_events": [
   "AGREE: Paul Kagame (RWA) <-> Yoweri Museveni (UGA), agreed to stop hostile propaganda and set up a joint mechanism, 2001-11-06",
   "CONSULT (third-party): Paul Kagame (RWA) <-> Yoweri Museveni (UGA), talks in London brokered by the British government, 2001-11-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The London talks (met Tuesday 2001-11-06, per the next paragraph) are missed; dateline's AGREE carries the document date, though the story dates the talks Tuesday."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
