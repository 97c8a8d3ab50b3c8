"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 102).
Fields wrong per item are listed in W; 'spurious' marks items that hold no event."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
W = {
 1: ([], "Quader announcing the curfew Friday night is the imposition of the curfew (COERCE curfew) by the ruling-party secretary (BGD); not a same-sentence duplicate of the lead's curfew; 'late on Friday' = 2024-07-19; no target named in the sentence, so empty is right."),
 2: (["target"], "'Hailed him' refers to the late President Omar Bongo Ondimba (GAB), the subject of the story, not his son Ali Ben Bongo; target should be Omar Bongo. Type, source (Sarkozy FRA), undated praise on the document date and modality are right."),
 3: ([], "Killing of several (police) officers in the Addis Ababa clashes, no agent named (empty source right), officers ETH plain from 'Police said'; the text ties the deaths to Wednesday's clashes, so 2005-11-02 is right; attribution keeps it asserted."),
 4: (["type"], "'U.S. support for AMISOM would continue' is a pledge of continued material support (the next sentence: training and equipping), so by the wave-76 rule it is AGREE, not verbal SUPPORT; source USA, target African Union (AMISOM), undated statement on the document date and asserted are right."),
 5: (["target"], "Home protest aimed at the government's judicial overhaul (an act of the authorities), so by the crowd-protest rule the target should be the Polish state/government (POL), not empty; 'this year' = 2017 is right."),
 6: ([], "Morales resigning in November 2019: RETREAT resign, Morales BOL, no target, 2019-11 as the text gives it, asserted. All right."),
 7: ([], "Yildirim blaming the PKK for the Diyarbakir bomb: ACCUSE, TUR -> PKK (TUR), report day 2016-11-04 (the bombing was that day), asserted. All right."),
 8: (["target"], "The sentence itself says responsibility lay 'entirely with the Azerbaijani leadership', so the target of the accusation should be the Azerbaijani leadership/government (AZE), not empty."),
 9: ([], "Police arrest of Anez on Saturday = 2021-03-13: COERCE arrest, Bolivian police BOL -> Jeanine Anez BOL, asserted. All right."),
 10: (["type"], "The U.N. pulling out non-essential staff from CAR is CAMEO 166/1663 (withdraw aid agencies/personnel), i.e. SANCTION (withdraw resources), not RETREAT withdraw (forces retreating from territory as a concession); source UN, empty target (country not named in the sentence), document date and asserted are right."),
 11: ([], "Washington easing restrictions on Ukraine's use of ATACMS is an implemented easing, RETREAT (material, not a promise) is acceptable; USA -> Ukraine, 'on Sunday' before Friday 22 Nov = 2024-11-17, asserted. All right."),
 12: ([], "Background ACCUSE: the German (Mykonos) court ruling blamed Iran's leaders; Germany (DEU) stands for the German court with the right code, target Iran's leaders IRN; the text gives no date beyond 'before late 1997', so an unknown date is right."),
 13: ([], "Zelenskiy urging Western allies to help build joint air defence: REQUEST, UKR -> Western allies (no single country), report day 2025-09-10, asserted. All right."),
 14: (["type", "target", "date"], "Backing a 9 billion euro loan to help Ukraine is a pledge of money, so AGREE (wave-76 rule), not SUPPORT; Ukraine is named in the sentence and should be the target; the leaders 'also backed' it at the summit that agreed the package late on Monday, so the date should be 2022-05-30, not the document date. Source (EU leaders, no country) is right."),
 15: ([], "Khoroshkovsky resigning 'this month' in protest: RETREAT resign, UKR, no target, 2003-09, asserted. All right."),
 16: ([], "'We have not reached an agreement' is an AGREE negated; Bildt (SWE) is the speaker and one of the 'we' of the talks, no other party named in the sentence; talks ended Wednesday = document date 2009-10-21. All right (a coder might skip a negated agreement, but the record codes negation as a modality)."),
 17: ([], "UN, EU and ECOWAS condemning the soldiers' action: ACCUSE, sources right; 'the action' names an act, not a party, so an empty target is right by the rules (a coder would likely add the Guinea-Bissau military, GNB); undated reaction on the document date, asserted."),
 18: (["date"], "Moussa's quote restates the league's request, made on Saturday according to the lead; a separate sentence, so not a duplicate by the rules, but the date should be 2011-03-12 (Saturday), not the document date 2011-03-13. Type, source (Arab League), target (UNSC) and modality right."),
 19: (["date"], "Khatami's promise to rebuild Bam is AGREE, IRN, no party targeted; but the text places it on his tour of the city 'on Saturday', so the date should be 2003-12-27, not 2003-12-28."),
 20: ([], "Foreign governments including Australia (and Malaysia) congratulating Prabowo: SUPPORT -> Prabowo (IDN), undated reaction on the report day 2024-02-15, asserted. All right."),
 21: (["source", "target"], "Detention of the Diyarbakir co-mayors 'last week' (2016-W43, right): the sentence names the detained, so the target should be the co-mayors of Diyarbakir (TUR, Kurdish elected officials), and the sentence's subject 'Authorities' (Turkish authorities, TUR) should be the source; both are empty."),
 22: ([], "NATO will hold emergency talks with Ukraine next week: CONSULT future, NATO -> Ukraine, next week after 22 Nov = 2024-W48. All right."),
 23: ([], "Voronin urging Communist supporters to vote against Snegur: REQUEST, MDA -> supporters (MDA); background act between the two rounds with no date in the text, so an unknown date is right; asserted."),
 24: ([], "The SPLM ('former southern rebels', SDN) accusing Bashir's party on Thursday (2007-10-11): ACCUSE right; target Bashir stands for 'Bashir's party' (NCP, SDN), which I accept as the same party (head of the accused party, right code); asserted."),
 25: (["target"], "'Algeria backs the Polisario Front' is a standing SUPPORT that may take the document date; but the Polisario Front is the Western Sahara independence movement, its country is Western Sahara (ESH), not Algeria (DZA): the sentence itself contrasts Algeria with it."),
 26: ([], "Security forces detaining CUD leaders on Tuesday (2005-11-01): COERCE arrest, ETH -> CUD (ETH; the name is cut but the party is right), asserted. All right."),
 27: ([], "'We want all Iraqis to join the political process' is an appeal by the government spokesman (IRQ) to Iraqis (IRQ): REQUEST is acceptable; report day 2004-08-27, asserted."),
 28: (["date"], "Tolstykh (Givi) was killed in a rocket attack 'months later' than Pavlov's death in October 2016, so 2016-10 is wrong: the text gives no date (early 2017 at most), so the date should be empty/unknown. Type, empty source, target (UKR separatist commander) and modality right."),
 29: ([], "Protesters setting fire to state broadcaster BTV and police posts on Thursday (2024-07-18): PROTEST riot, BGD protesters; aimed at state buildings, so the state (BGD) is a right target by the crowd-protest rule; asserted."),
 30: ([], "Czech Republic expelling two Russian diplomats on Friday (2020-06-05): SANCTION, CZE -> Russian diplomats (RUS), asserted. All right."),
 31: (["target"], "Rice meeting Walid al-Moualem on Thursday (2007-05-03) is CONSULT, but Moualem is Syria's foreign minister, so the target's code should be SYR, not IRQ."),
 32: (["event"], "Fujimori 'has rejected all accusations' is a denial of responsibility (CAMEO 016, a public statement with no PLOVER event), not a REJECT of a request, proposal or demand; spurious."),
 33: ([], "The Meles government accusing the CUD of trying to seize power by force: ACCUSE; Meles (ETH) stands for 'the government of Prime Minister Meles Zenawi' with the right code; target CUD (ETH); undated, report day 2005-11-03, asserted."),
 34: (["date"], "Detentions over the Foley murder are COERCE arrest with no agent named and Jordanian detainees; but 'have been detained' is a total summed since the murder last month, an earlier background act, so it has no date (not the document date)."),
 35: (["target"], "Algeria and Mauritania observing the talks is at most a CONSULT with the negotiating parties; they did not consult each other, so listing them as each other's target is wrong: the target should be Morocco and the Polisario Front (or empty). Date of the talks' close (1997-09-16) is acceptable."),
 36: (["source"], "The Polisario Front condemning Macron's letter is ACCUSE, but the Polisario's country is Western Sahara (ESH), not Algeria (DZA); 'it' names the letter, not a party, so the empty target is right by the rules (a coder would add France/Macron); document date and modality right."),
 37: (["source"], "The urging is by U.N. human rights chief Volker Turk (UNO/IGO); the source 'Turkey (TUR)' misreads his name. Type REQUEST, target authorities (BGD), date and modality right."),
 38: (["event"], "'financing would depend on assurances that Gaza would not again be destroyed' reports no act of destruction, only a condition about a hypothetical future; spurious."),
 39: (["date"], "U.S. urging its citizens to leave CAR: REQUEST USA -> U.S. citizens (USA) is acceptable; but the text gives this act no day, so it takes the document date 2012-12-28 (as dateline did for the U.N. pull-out in the next sentence), not Thursday 2012-12-27."),
 40: ([], "Netanyahu welcoming the EU's Hezbollah listing: SUPPORT, ISR; 'the decision' is not a party, so the empty target is right (a coder would add the EU); report day Monday 2013-07-22, asserted."),
 41: (["target", "date"], "Sisi addressing the Arab League emergency summit is CONSULT multilateral, but 'the summit' is the Arab League summit, so the target should be the Arab League (and the other leaders); the summit was on Tuesday, so the date should be 2025-03-04, not the document date 2025-03-05."),
 42: (["type"], "UNHCR withdrawing its international staff from southern Guinea after the killing is CAMEO 1663 (withdraw aid agency), i.e. SANCTION withdraw, not RETREAT withdraw (a military retreat or concession); source UNHCR, target Guinea, 'on Tuesday' = 2000-09-19 and asserted are right."),
 43: ([], "Hamas dismissing the Israeli-Palestinian border arrangements is a REJECT of a settlement plan; Israel, a party to the arrangements named in the sentence, is an acceptable target; report day 2005-11-15, asserted."),
 44: ([], "U.S. and EU welcoming the Georgia-Russia accord: SUPPORT; 'the agreement' is not a party, so the empty target is right; the report day of this Geneva Nov 9 story (2011-11-09) is right; asserted."),
 45: ([], "Netanyahu ('the Israeli leader', ISR) attacking U.S. nuclear diplomacy in his speech to Congress 'this month': ACCUSE -> United States (USA), 2015-03, asserted. All right."),
 46: ([], "Western estimate of tens of thousands of Russian troops killed or wounded at Bakhmut: ASSAULT -> Russian troops (RUS), no attacker named in the sentence; a total summed over the battle has no date, so an unknown date is right; attribution keeps it asserted."),
 47: (["source", "target"], "The critics are 'exiled and domestic opposition leaders' of Belarus (BLR), not a party called 'Exiled' with no code; 'Brussels' here is the EU (EUR/IGO) that suspended the sanctions, not the Belgian government (BEL). Type, date and modality right."),
 48: (["date"], "Military officers and politicians (PER) attacking the Truth Commission's report is ACCUSE ('the report' is not a party, empty target right by the rules), but they did so 'before its release', an earlier undated act, so it should have no date, not the document date."),
 49: ([], "Somchai saying he would step down: RETREAT resign with future modality (the conventions' 'is to step down' case), THA, no target, undated future, so an unknown date is right."),
 50: ([], "Lavrov and Paet signing the border treaties on May 18 (2005-05-18): SUPPORT (sign agreement), mutual RUS/EST, asserted. All right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and sorted(W) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = W[it["n"]]
    wrong = [w for w in wrong if w]
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

P = {
 "h28-x107-08": ([], "An election result (Kabbah declared the winner) is not a PLOVER act; 'rebels who once terrorised the country' is background with no act to code. Nothing to code; dateline coded nothing."),
 "h28-x106-13": ([
   "RETREAT: U.S. combat troops (USA) -> Iraq (IRQ), completed withdrawal from Iraq's cities, handing urban security to Iraqi forces, 2009-06-30",
   "ASSAULT: unknown attackers () -> people in Kirkuk (IRQ), car bomb in Kirkuk, 2009-06-30",
  ], "Dateline found the withdrawal (target empty, type right); the Kirkuk car bomb named in this lead is coded by dateline only from a later paragraph, so it is missed here."),
 "h28-x107-20": ([
   "ACCUSE: Djibouti (DJI) -> Eritrea (ERI), accused of moving troops into the disputed border area, 2017-06-16",
   "MOBILIZE: Eritrea (ERI) -> Djibouti (DJI), troops moved into the disputed border area (reported, inside the accusation), 2017-06 (days before 16 June)",
   "SANCTION: Qatar (QAT) -> Djibouti/Eritrea (DJI, ERI), withdrew the peacekeepers on the border (CAMEO 1661), 2017-06 (days earlier)",
  ], "Dateline found the accusation only; the reported troop move and Qatar's withdrawal of its peacekeepers (coded by dateline as RETREAT from the next paragraph only) are missed in this paragraph."),
 "h28-x105-17": ([
   "COERCE: Turkish police (TUR) -> HDP co-leaders and lawmakers (TUR), detained in overnight raids, 2016-11-04",
   "ASSAULT: unknown () -> at least eight people in Diyarbakir (TUR), car bomb, 2016-11-04",
  ], "Both acts found with the right types (the detention target's name is cut to 'Democratic Party' but the party is the HDP). No spurious events."),
 "h28-x108-21": ([], "Parliament naming Diaz-Canel president is an appointment, not a PLOVER act; Raul Castro remaining party head is a state, not an act. Nothing to code; dateline coded nothing."),
 "h28-x105-20": ([
   "SANCTION: Czech Republic (CZE) -> two Russian diplomats (RUS), expelled (ordered to leave), 2020-06-05",
   "ACCUSE: Czech Republic (CZE) -> member of the Russian embassy (RUS), accused of fabricating the ricin report, 2020-06-05",
  ], "Dateline found the expulsion; the accusation that a Russian embassy member fabricated the report is missed. The ricin plot itself is a claim said to be false, not an act."),
}
rows = []
for l in open(HERE / "paragraphs-c.jsonl"):
    p = json.loads(l)
    coder, notes = P[p["doc"]]
    found = {"h28-x107-08": 0, "h28-x106-13": 1, "h28-x107-20": 1, "h28-x105-17": 2, "h28-x108-21": 0, "h28-x105-20": 1}[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": coder, "found": found,
                 "dateline_events": len(p["events"]), "spurious": 0, "notes": notes})
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# summary
cnt = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(cnt)
print("paragraphs:", sum(len(r["coder_events"]) for r in rows), sum(r["found"] for r in rows),
      sum(r["dateline_events"] for r in rows), sum(r["spurious"] for r in rows))
