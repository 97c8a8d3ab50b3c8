# Judge d, round 115: writes events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below, then checks them.
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (list of wrong fields, reasons); "SPURIOUS" = not an event
V = {
 1: (["target"], "ACCUSE by Mugabe's government (ZWE; coding the president for 'Mugabe's government' keeps the right country) is right and dated as this news, but the sentence names the accused: target should be the opposition agitators (ZWE) ('criminal elements')."),
 2: (["target"], "Erdogan's condemnation of the Gaza offensive is an ACCUSE, undated in the text (null is right), but what he condemned is Israel's offensive: target should be Israel (ISR), not Palestine."),
 3: ([], "Tung's resignation on Thursday 2005-03-10 is a RETREAT resign, source Tung (HKG); all right."),
 4: (["target"], "'would seek an early meeting' is a future REQUEST meet (an AGREE intent-to-meet reading would also do), source Christofias (CYP), date unknown for the future act; but Talat is the Turkish Cypriot leader, not a Turkish government official: target should be Talat coded CYP (Turkish Cypriot), not TUR/GOV."),
 5: (["type", "date"], "Withdrawing an envoy is a reduction of diplomatic relations, SANCTION (CAMEO 161), not a military RETREAT; and 'at the time' dates it to 1998 (the year named in the previous sentence), so date should be 1998, not unknown."),
 6: ([], "Biden and Xi agreeing at the Monday video summit to keep competition from turning into conflict is a mutual AGREE on 2021-11-15; all right."),
 7: (["type", "target"], "Peretz's pledge to pull Labour out of the government is not a commitment to cooperate but a threat to break with the coalition: type should be THREATEN (relations), and target should be Sharon's government (ISR), named as 'the government'. Source and the undated past pledge are right."),
 8: (["date"], "Her conviction (SANCTION convict, court unnamed so empty source right, target Contemplacion PHL) is right, but 1991 is the year of the killings, not of the verdict: date should be unknown (null)."),
 9: (["date"], "Welcoming an investigation is a SUPPORT by the interior minister (KWT), no target named; but it is a background act of the feud (after Saturday 2019-11-16, before Tuesday's appointment), not this news: date should be unknown, not the document date."),
 10: ([], "Zakayev, speaking for the separatist leadership (RUS), condemned attacks on civilians: ACCUSE with no named target, reaction reported as this news (document date); all right (the leadership itself would also be a right source)."),
 11: ([], "Moscoso's pardon freeing the four exiles is RETREAT release (CAMEO 0841), source Moscoso (PAN), targets the Cuban exiles and Posada (CUB); Thursday 2004-08-26 is the best reading of 'on Thursday after ... pardoned'; all right."),
 12: (["target"], "SUPPORT by anti-corruption campaigners (country not stated, empty acceptable), dated as this news; but 'the court ruling' names the court: target should be the High Court of Cassation and Justice (ROU)."),
 13: (["target"], "ASSAULT firearms by gunmen (in Baghdad, IRQ acceptable) on Thursday evening 1996-12-12 is right, but the party fired on is Uday Hussein: target should be Uday Hussein (IRQ), not the country Iraq."),
 14: (["type", "target"], "Promising to suspend the negotiations unless the rebels accept conditions is a conditional threat, not cooperation: type should be THREATEN (halt negotiations, CAMEO 134), and target should be the FARC rebels (COL), named as 'the rebels'."),
 15: ([], "Aliyev dismissing the OSCE criticism is a REJECT, source Aliyev (AZE), reported as this news; the sentence names no party (only 'the criticism'), so an empty target is right by the rules; all right."),
 16: ([], "Cimoszewicz conceding defeat is a CONCEDE, source Cimoszewicz (POL), no target named, reported as this news; all right."),
 17: (["date"], "Dropping charges against Zelaya (CONCEDE, CAMEO 081), source Honduras, target Zelaya (HND) are right, but it was done under the accord of 2011-05-22, a background act: date should be unknown / around 2011-05-22, not the document date."),
 18: (["target"], "PROTEST demo erupting in November 2013 is right, source empty acceptable (no protesters named); but the sentence aims it at Yingluck's government's amnesty bill: target should be the Thai government (THA)."),
 19: (["modality"], "The general strike activists (SYR) called for Monday 2011-08-01 is a PROTEST strike with no named target, but the text only reports the call, not the strike happening: modality should be future."),
 20: (["type"], "A military court jailing 54 Brotherhood members after a verdict is a conviction and sentence: type should be SANCTION convict, not COERCE arrest. Source court (EGY), target the 54 members (EGY), last week 1995-W47 are right."),
 21: ([], "Turkish officials rejecting any suggestion of complicity is a REJECT (TUR), no party named in the sentence (empty right), reported on 1996-01-17; all right."),
 22: ([], "Killing of at least 80 people in Hama on Sunday 2011-07-31 by the Syrian security forces ('also attacked') is an ASSAULT, target 80 people (SYR); all right."),
 23: (["target"], "ASSAULT by gunmen and suicide bombers on Friday night 2015-11-13 is right (their country is not stated; FRA accepted as for attackers in a capital), but the sentence names the victims: target should be the at least 120 people killed in Paris (FRA), not empty."),
 24: (["target"], "Future CONSULT (will open talks) by Dzurinda (SVK) is right, but all three partners are Slovak parties: targets should be the Party of the Hungarian Coalition, the Christian Democrats (KDH) and ANO, all SVK, not HUN, DEU's CDU and no code."),
 25: ([], "UN officials and diplomats pressing the Cambodian government (KHM) to hand over Ta Mok is a REQUEST reported as this news; all right."),
 26: ([], "Azerbaijani government officials accusing the Western (OSCE) observers of bias is ACCUSE, target without country code right, reported as this news; all right."),
 27: (["type"], "An armed group raiding a military outpost and killing 15 soldiers is an ASSAULT, not a COERCE seize (which is for police/authorities); source (DZA group), target Mauritanian military, 2005 are right. (Coded as ASSAULT it would be one act with e9 'killing'.)"),
 28: (["source"], "Kim Dae-jung's visit to Washington is a CONSULT visit, target the U.S. administration, pluperfect travel with no date (null acceptable); but the visitor is South Korean: source should be Kim Dae-jung (KOR), not USA."),
 29: ([], "The EU (through its spokeswoman) urging the Macedonian authorities (MKD) to prosecute is a REQUEST reported as this news; all right."),
 30: (["source", "date"], "The request to the OAS is made by the human rights groups, not the opponents of the coup: source should be human rights groups (no country). It is reported as this news, so the date should be the document date 2011-06-02, not unknown."),
 31: (["date"], "Gunmen (FRA accepted) holding hostages at the Bataclan is ASSAULT abduct, target hostages, but the text dates the attacks to Friday night: date should be 2015-11-13, not the document date 2015-11-14."),
 32: ([], "Bush and Jiang agreeing at the ranch on Friday 2002-10-25 to work to end North Korea's programme is a mutual AGREE; all right."),
 33: (["target"], "Signing agreements is SUPPORT (CAMEO 057) on Friday 2018-10-26; the source 'companies from both countries' is the right party (a mixed group, no single code); but the counterpart is the Chinese companies (CHN/BUS), not the state of China."),
 34: (["target", "modality"], "The killing Moscoso claims would befall the men if extradited is an ASSAULT only as a hypothetical (no source named, null date right): target should be the four Cuban exiles (CUB), not Venezuela (a place here), and modality should be hypothetical (conditional on extradition), not future."),
 35: (["SPURIOUS"], "Ordering flags at government offices flown at half-staff is a domestic mourning gesture with no target, not a PLOVER REQUEST between political actors: not an event."),
 36: ([], "Ambassador Haqqani (PAK) resigning on Tuesday 2011-11-22 is RETREAT resign; all right."),
 37: (["source", "date"], "CONSULT with Wang Yi (CHN) is right, but the host is President Mahamat Idriss Deby, not his late father Idriss Deby (the actor is named and merged as the father); and the meeting was hours before Wednesday evening's attack: date should be 2025-01-08, not 2025-01-09."),
 38: ([], "Diplomats (no country given) urging both Maldivian sides (MDV) to show restraint is a REQUEST reported as this news; all right."),
 39: (["source"], "Residents welcoming the prospect of calm is a SUPPORT with no named target, reported as this news; but Mingora is in Swat, Pakistan: source should be residents of Mingora (PAK), not AFG."),
 40: ([], "Yilmaz urging calm for the Turkish government (TUR) is a REQUEST with no named target, on the Friday of the ruling (the wire is datelined Jan 16); all right."),
 41: ([], "No other party having agreed to negotiate with Meciar is a negated AGREE, source the other Slovak parties (SVK), target Meciar (SVK), undated; all right."),
 42: ([], "The EU not recognising Lukashenko is a negated SUPPORT (recognition) still holding when the story is told, so the document date is right; all right."),
 43: ([], "Police (ZWE) firing tear gas and live rounds is ASSAULT crowd-control; the sentence names no target, and no day is given within the two days of rioting (null acceptable); all right."),
 44: (["target"], "Announcing that the U.S. will revoke the terrorist designation is a CONCEDE (promise to ease a sanction), source Blinken (USA), announced Friday 2021-02-12, but the sentence names who benefits: target should be Yemen's Houthi movement (YEM)."),
 45: ([], "Georgian prosecutors (GEO) charging Saakashvili (GEO) is ACCUSE allege, undated in the text; all right."),
 46: (["target"], "Killing of the gunman at the scene on Thursday 2018-10-18 is an ASSAULT with no named killer, but the text makes plain he was one of the governor's own guards: target should be the gunman coded AFG, not without country."),
 47: ([], "Aid agencies welcoming the Somali deal is a SUPPORT, no party named in the sentence, reported as this news; all right."),
 48: (["date"], "Detention of hundreds of Brotherhood supporters (COERCE arrest, target the Brotherhood's supporters EGY, attribution keeps it asserted) is right, but it took place 'in the weeks before the vote': date should be the weeks before 1995-11-29 (November 1995), not the election day."),
 49: ([], "Faurisson (FRA) having been convicted in France is SANCTION convict, undated; all right."),
 50: ([], "A Bahraini appeals court sentencing Ali Salman on Sunday 2018-11-04 is SANCTION convict, BHR both sides; all right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == ["SPURIOUS"]:
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open("events-d.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h35-x134-08",
  "coder_events": ["ACCUSE: opposition figures and human rights groups (TUN) -> Tunisian authorities (TUN), dismissed the election as a formality, 2004-10-25 (reported as this news)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Ben Ali winning the vote and the ministry announcing it are not PLOVER events; the dismissal of the election is a criticism (ACCUSE disapprove) that dateline missed."},
 {"doc": "h35-x133-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results and 'clearing the way' for a coalition: no act between political actors."},
 {"doc": "h35-x135-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A referendum result announced by the electoral commission: no PLOVER event."},
 {"doc": "h35-x136-17",
  "coder_events": ["SUPPORT: Alvaro Uribe (COL) -> Oscar Ivan Zuluaga (COL), backed the challenger, undated (campaign)",
                   "CONSULT: Juan Manuel Santos (COL) -> FARC rebels (COL), his peace talks, ongoing (2014-06-16)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the peace talks (CONSULT, right parties; it left the ongoing talks undated where the document date would apply). The Uribe endorsement was missed; the re-election win itself is not an event."},
 {"doc": "h35-x134-16",
  "coder_events": ["COERCE deport (or REQUEST): Qatar (QAT) -> senior Muslim Brotherhood figures (EGY), asked them to depart, before 2014-09-13 (undated)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Qatar asking the Brotherhood figures to leave is the act (an expulsion by request); their future departure and the 'effort to mend a rift' are not separate events. Dateline found nothing."},
 {"doc": "h35-x134-06",
  "coder_events": ["SANCTION: Saudi Arabia (SAU) -> Taliban government (AFG), broke off diplomatic relations, 2001-09-25",
                   "ACCUSE: Saudi Arabia (SAU) -> Taliban (AFG), said the movement ignored appeals to stop sheltering attackers, 2001-09-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the break in relations (right in all fields). The accusation in 'saying the movement had ignored appeals...' was missed; the earlier appeals themselves are inside the accusation and not coded separately."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
back = [json.loads(l) for l in open("events-d.jsonl")]
assert len(back) == 50
for it, o in zip(items, back):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in back) for f in F + ("all",)}
print("right of 50:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
