"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts below."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ({"source", "date"}, "The subject of 'accuses' is the MDC, not Tsvangirai: source should be the Movement for Democratic Change (ZWE). Date should be 2008-04-19, the document date of this present-tense accusation; 2008-03-29 is the date of the vote, not of the accusation."),
 2: (set(), "'He' is President Santos, who asked UNHCR for help; coding the Colombian government (COL) for its head of state is the right party and code. Target UNHCR right; document date (Thursday of the address) right."),
 3: (set(), "Military court (UGA) charged Kyagulanyi (UGA): ACCUSE (charge with a crime) on Thursday 2018-08-16; all right."),
 4: ({"date"}, "Recall of Turkey's ambassador is a background act 'after the raid' of May 2010: date should be 2010 (after the May 2010 raid), not the 2011-09-02 document date. Empty target is right (Israel not named in the sentence)."),
 5: ("spurious", "Spurious: 'the killings' refers back to the 1915-1917 killings of Armenians by Ottoman Turks (already coded from the previous sentence); the sentence's act is France recognising them as genocide, and France killed no one."),
 6: (set(), "Mwanawasa (ZMB) urged regional governments (no single country) not to let the ship dock: REQUEST, reported as this news on the document date; all right."),
 7: (set(), "Santa Cruz voters (BOL) approved the autonomy statute on Sunday 2008-05-04: approval of a policy is SUPPORT; no target named, empty right."),
 8: ({"source", "target"}, "Source should be Hamas (PSE), named in the sentence as leading the attack; target 'about 1,200 people' were killed in southern Israel, so the code should be ISR, not QAT. Date 2023-10-07 right."),
 9: (set(), "Azerbaijan's foreign ministry (AZE) rejected Armenia's accusations: REJECT (PLOVER 'all rejections'; CAMEO would code a denial 016, no PLOVER type, but I accept REJECT). Armenia is not named in the sentence, so empty target is right."),
 10: ("spurious", "Spurious: an RNI official's quoted characterisation of the election ('Moroccans voted for change'); voting for 'change' is no act toward an actor or a policy, and the election itself is not a PLOVER event."),
 11: (set(), "Colombia and Venezuela each recalled their ambassador from the other on Thursday 2015-08-27: SANCTION; a reciprocal act coded with both as actor and no recipient (PLOVER's reciprocal convention) is accepted."),
 12: (set(), "Burundi's government withdrew from the ICC in 2017: SANCTION withdraw, source BDI, target ICC, date 2017; all right."),
 13: (set(), "Washington was due to impose punitive tariffs on Japanese cars (averted): SANCTION (curtail commercial exchange) future; US -> Japan right; no date given to the planned act, unknown right."),
 14: ({"source"}, "Trump only announced the truce; the ceasefire (RETREAT ceasefire, Saturday 2025-05-10) is India's and Pakistan's: source should be India (IND) and Pakistan (PAK)."),
 15: (set(), "Fretilin officials (TLS) complained of irregularities: ACCUSE; no accused party named, empty target right; reported as this news, document date right."),
 16: ({"target", "date"}, "Target should be 'critics of the government' (NGA), the party blamed, not the Nigerian government. Date: a background act in the paragraph about April's Ghana decision, not this news; should be April 2021 or no date, not the document date."),
 17: ({"type", "modality", "date"}, "'We will keep working with the families' is a stated commitment to cooperate, which PLOVER codes AGREE (asserted), not COOPERATE future; the pledge's date is Abe's statement of Thursday 2014-05-29. Source Abe and target the abductees' families (JPN) are right."),
 18: ({"target"}, "Netanyahu rejected Hamas's demand for an end to the war and full withdrawal: target should be Hamas (PSE), named in the sentence as the party whose demand is rejected. Ongoing stance, document date acceptable."),
 19: (set(), "Amnesty (no country) called on Nigerian authorities (NGA) to reverse the suspension: REQUEST; Saturday 2021-06-05 of the paragraph acceptable; all right."),
 20: (set(), "Students and civic groups (KOR) rallied outside the Japanese embassy against Japan's textbook: PROTEST demo with Japan (JPN) the right target; undated, document date right."),
 21: (set(), "'He' = Uribe (COL) refused to release the text: REJECT; Correa and Morales, named in the previous sentence, are clearly the parties whose demand he refused; summit day Friday 2009-08-28 right."),
 22: (set(), "Johnson (GBR) is expected to visit the Gulf: CONSULT visit, future; no state named (the Gulf), empty target right; no date given, unknown right."),
 23: ({"date"}, "Israel-Hamas ceasefire took effect: RETREAT ceasefire right, mutual parties right; but the text gives the day, so date should be 2025-01-19, not the month 2025-01."),
 24: ({"source"}, "'The country' that would ask Frontex is Greece: source should be Greece (GRC), not 'Europe' with no code. Target Frontex, the EU's agency (EU), accepted; future, no date, right."),
 25: (set(), "Blair (GBR) condemned the murder: ACCUSE disapprove; perpetrators unknown, empty target right; document date (Thursday) right."),
 26: ({"date"}, "Correa and Morales demanded to see the US-Colombia basing agreement: REQUEST, target Colombia/US accepted. The demand was made at the summit on Friday: date should be 2009-08-28, not the document date 2009-08-29."),
 27: (set(), "Australia called in April 2020 for an inquiry into COVID origins: REQUEST, no addressee named, empty target right; date 2020-04 right."),
 28: (set(), "India struck Pakistani air bases on Saturday 2025-05-10: ASSAULT IND -> PAK; all right."),
 29: ({"target"}, "Morrison condemned Zhao Lijian's post: ACCUSE disapprove right, but Zhao is a Chinese foreign ministry spokesman, so the target's code should be CHN, not AUS."),
 30: ({"date"}, "Orban's invitation to Netanyahu (AGREE, HUN -> ISR) was made 'the day after the warrant was issued', i.e. in November 2024: date should be 2024-11, not the 2025-04-03 document date."),
 31: (set(), "Pro-Jakarta militias killed dozens of independence supporters in East Timor 'in recent weeks': ASSAULT; a total over a span takes no date, so unknown is right."),
 32: (set(), "Japan lodged a formal protest with China on Friday 2004-11-12: ACCUSE (CAMEO 114 complain officially); all right."),
 33: (set(), "US officials have repeatedly urged Greece to tighten laws: REQUEST USA -> GRC; repeated background act with no date, unknown right."),
 34: (set(), "Opposition leaders (GEO) accused the authorities (GEO) of silencing a critic: ACCUSE, on the Friday of the rally (2007-09-28); all right."),
 35: ({"source", "target"}, "Wukan residents agreed to call off their march (CONCEDE accepted): a one-sided concession, so source should be the residents (CHN) only and the target the provincial leaders (CHN) or empty; coding 'China' as co-source and the residents as co-target is wrong."),
 36: (set(), "Zelenskiy (UKR) met Zaluzhnyi to thank him for his service: SUPPORT, distinct from the meeting; document date (Thursday) right."),
 37: (set(), "Venezuela broke off relations with Colombia in 2010: SANCTION withdraw, date 2010; all right."),
 38: (set(), "Indonesian lawmakers accused the government of President Megawati (IDN): ACCUSE; reported as this news, document date right."),
 39: ({"type"}, "Thousands of protesters stoning and burning UN offices is a violent protest: type should be PROTEST (riot, CAMEO 145), not ASSAULT. Protesters (AFG) -> UN, Sunday 1999-11-14, right."),
 40: ({"target"}, "King Abdullah (JOR) rejected any attempt to annex land or displace Palestinians: the Palestinians are the object of the displacement, not the party rejected; target should be empty (the proposer, Trump/USA, is not named in the sentence)."),
 41: (set(), "Chinese warships carried out live-fire drills on Friday 2025-02-21: a show of force short of use (MOBILIZE troops); no target to whom the drill is directed, empty right."),
 42: ({"target"}, "Obama congratulated 'southerners', named in the sentence: target should be the southern Sudanese (SDN / South Sudan), not empty."),
 43: (set(), "OSCE High Commissioner Ekeus urged the Transdniestrian separatists (MDA) to reverse the school closures: REQUEST; document date right."),
 44: (set(), "Turkey said on Friday 2011-09-02 it was expelling Israel's ambassador Gabby Levy (ISR): SANCTION expel; all right."),
 45: (set(), "IMF has been negotiating with Russia for months: CONSULT, an ongoing act taking the document date; all right."),
 46: (set(), "Bahraini opposition groups accused the authorities (BHR) over polling stations: ACCUSE; the text gives no time, unknown right."),
 47: (set(), "Beijing agreed last month (2023-10) to review wine duties: AGREE, source China; Australia not named, empty target right."),
 48: (set(), "Indonesian lawmakers demanded a parliamentary inquiry: REQUEST, distinct act from the accusation; no addressee named, empty target right."),
 49: (set(), "Israel rejects the ICC charges: REJECT accepted (as item 9); the court is not named in the sentence, empty target right; ongoing stance, document date right."),
 50: (set(), "Sarkozy's visit to the UAE in January 2008: CONSULT visit FRA -> ARE, date 2008-01; all right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert wrong <= set(F) - {"event"}, it["n"]
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h24-x89-21", "coder_events": [
   "COERCE: police (MNE) -> opposition lawmakers (MNE), detained them during the night of chaos, 2019-12-27",
   "PROTEST: opposition lawmakers (MNE) -> Montenegro parliament (MNE), tried to stop (obstruct) the vote, 2019-12-27"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Passing a domestic law is no PLOVER act; the Church's 'says could strip it' is a hypothetical claim, not coded. Dateline found neither the detention nor the obstruction."},
 {"doc": "h24-x89-05", "coder_events": [
   "CONSULT: Al Gore (USA) -> Yevgeny Primakov (RUS), told him by phone that strikes were all but certain, 1999-03-23",
   "SANCTION: Yevgeny Primakov (RUS) -> United States (USA), turned his plane back, calling off his Washington visit, 1999-03-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The NATO strikes are only predicted (no act). Dateline coded nothing in the lead."},
 {"doc": "h24-x92-05", "coder_events": [
   "SUPPORT: Suharto (IDN) -> IMF, signed a new agreement, 1998-01-15",
   "AGREE: Suharto (IDN) -> IMF, pledged to dismantle monopolies and favoured projects, 1998-01-15"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type (dateline left the pledge's target empty). The IMF's 'continued support' is a condition, not coded."},
 {"doc": "h24-x91-10", "coder_events": [
   "SANCTION: Thabo Mbeki (ZAF) -> Jacob Zuma (ZAF), dismissed his deputy, 2005-06-14",
   "SANCTION: Durban court (ZAF) -> Schabir Shaik (ZAF), found Zuma's adviser corrupt (convict), 2005-06-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Neither the dismissal nor the conviction was coded; the conviction's date (June 2) is given later in the story ('two weeks after' in the lead)."},
 {"doc": "h24-x92-12", "coder_events": [
   "ACCUSE: Japan (JPN) -> China (CHN), lodged a formal protest, 2004-11-12",
   "MOBILIZE: Chinese navy (CHN) -> Japan (JPN), nuclear submarine slipped submerged through Japanese territorial waters, 2004-11-10"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The protest was found; the submarine incursion (a military move short of force, earlier in the week: detected Wednesday) was not."},
 {"doc": "h24-x91-20", "coder_events": [
   "ACCUSE: Agathon Rwasa (BDI) -> electoral commission (BDI), said the result was a fraud, 2020-05-26",
   "ACCUSE: Agathon Rwasa (BDI) -> electoral commission (BDI), vowed to challenge the result (legal challenge, future), 2020-05-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Declaring an election winner is no PLOVER act. Dateline coded neither of Rwasa's acts."},
]
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
