"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 107).
Wrong fields are listed per item; 'SPURIOUS' marks an item that holds no event."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields or "SPURIOUS", reasons)
V = {
 1: ([], "Venezuelan officials dismissing Peru's complaints is a REJECT by VEN toward PER; 'previously' gives an earlier undated time, so no date is right."),
 2: ([], "U.S. prosecutors charging Maduro is ACCUSE allege USA->VEN; 'weeks after' gives no date, so no date is right."),
 3: (["target"], "'Some' refers to the rebel coalition lawmakers of the previous sentence, whose call for an early election Fico rejected: target should be those Slovak lawmakers (SVK legislators), not the state Slovakia. The rejection is a standing position, so the document date is accepted."),
 4: ([], "Protesters (MAR) demanding the dismissal of El Fassi's government and the dissolution of parliament is REQUEST toward the Moroccan government; Sunday's marches date it 2011-02-20."),
 5: ([], "Chirac condemning the Karachi attack is ACCUSE disapprove; the attackers are unnamed, so an empty target is right; reported as the day's news."),
 6: ([], "The killing of 250+ people in Gaza in the May conflict is ASSAULT with no agent named; target PSE civilians; 2021-05 is the date the text gives."),
 7: (["date"], "REQUEST by the Vatican with no named addressee is right, but 'has long called' is a call still going on when the story is told, which by the conventions takes the document date 2000-03-23, not no date."),
 8: ([], "Washington 'did not support Taiwan independence' is a negated SUPPORT USA->TWN, reported the day of the story with the spokesman as reporter."),
 9: ([], "300+ officers convicted in the Sledgehammer trial: SANCTION convict, court unnamed, target Turkish officers (TUR), 2012 from 'last year'."),
 10: (["target"], "The rally is against government plans (Russian compulsory in schools) in defiance of a government order: target should be the Moldovan government (MDA), not 'Chisinau's universities'."),
 11: ("SPURIOUS", "Duplicate: the same act, Hamas and Fatah signing the Beijing declaration, is already coded from this sentence as e1 (SUPPORT signed); 'pledging' only describes the content of the signed declaration."),
 12: (["target", "date", "modality"], "Rice is being sent to press Kenya's rival leaders: target should be Kibaki and Odinga (KEN), not 'rival leaders' coded USA; the pressing is a future act (modality future), and Rice flies Monday 2008-02-18, so Sunday 2008-02-17 is wrong."),
 13: (["modality"], "Bush flying to South Africa on Wednesday is told in a story datelined Tuesday July 8 ('flies on Wednesday' = scheduled): modality should be future; date 2003-07-09 right."),
 14: ([], "60+ people killed in South Africa's 2008 wave of violence: ASSAULT, no agent named, target people in South Africa, date 2008 given by the text."),
 15: ([], "The four Quad leaders agreeing to deliver vaccine doses is AGREE (mutual), on Friday 2021-03-12."),
 16: ([], "Kuwaiti deputies (KWT) demanding the split of the posts: REQUEST, no addressee named; the years-long demand ended with Sunday's decision, a span of earlier time, so no date is right."),
 17: (["source", "date"], "'They' are the G8 leaders of the previous sentence: source should be the G8 leaders, not Hezbollah; the call is in the joint statement issued on Sunday, so date should be 2006-07-16."),
 18: ([], "Academics in Britain and abroad condemning the sentence: ACCUSE disapprove, GBR; 'the sentence' is an act, no party named, so an empty target is right (a coder might add the UAE court, ARE)."),
 19: (["date"], "Vajpayee verbally defending the tests is SUPPORT (CAMEO 052); 'March' is when his coalition took office, not when he defended the May tests: date should be the document date 1998-05-14 (after the 11 May tests)."),
 20: ([], "Tymoshenko saying she is ready to travel to Russia: a possible visit UKR->RUS, hypothetical, undated; accepted (a coder might prefer AGREE for the stated willingness)."),
 21: ([], "Critics (unnamed, no country) accusing Kadyrov (RUS) of running a fiefdom: ACCUSE, present tense, document date right."),
 22: ("SPURIOUS", "'China has sought a bigger role in Middle East diplomacy' is an aim, not a request to anyone; the sentence's REQUEST is China calling for an immediate ceasefire in Gaza, which this trigger does not code."),
 23: ([], "Fico threatening to stop electricity supplies to Ukraine and cut aid to Ukrainian refugees: THREATEN SVK->UKR; a standing threat in the current dispute, so the document date is accepted."),
 24: (["type", "target", "date"], "Security forces setting up checkpoints, searching homes and restricting movement is COERCE (restrict/seize), not ACCUSE investigate; target should be Chechnya's residents (RUS); the powers held over the decade of the regime, so the act has no date, not the document date."),
 25: (["type"], "Indian navy ships carrying food, water, doctors and helicopters to tsunami-hit Sri Lanka is humanitarian AID IND->LKA, not MOBILIZE troops."),
 26: (["date"], "Berlusconi signing the accord with Gaddafi is SUPPORT ITA->LBY, but it is Saturday's signing from the lead: date should be 2008-08-30, not no date."),
 27: (["target"], "Nasrallah welcoming the freed prisoners: SUPPORT accepted, but the sentence names the party welcomed: target should be the freed men (Lebanese and Arab prisoners, LBN), not empty."),
 28: ([], "Congo's government and the M23 rebels (both COD) signing the Doha declaration: SUPPORT, mutual, Saturday 2025-07-19."),
 29: (["source"], "The prosecutors are in Moscow (criminal case over bribes to Russian Defence Ministry officials): source should be Russian prosecutors (RUS), not UKR; 'several years ago' gives no date, so no date is right."),
 30: (["source"], "The opposition parties accusing the government over the Delhi violence are India's (the sentence's 'the government' is India's): source code should be IND, not empty."),
 31: ([], "Poland insisting on the square-root voting formula: REQUEST (demand) with no named addressee, before the summit deal, undated."),
 32: (["source", "target"], "It is the London conference's final communique that called for a more representative system: source should be the conference participants (world leaders, no country), not the TFG; the call is aimed at Somalia's Transitional Federal Government (SOM), so the target should be the TFG, not empty."),
 33: ("SPURIOUS", "'councils, promised in the constitution but never set up' describes a constitutional provision, not a promise made by Khatami: no event."),
 34: ([], "Fayyad urging Israel to lift West Bank roadblocks: REQUEST PSE->ISR on Monday 2007-12-17."),
 35: ([], "U.S. officials welcoming Chinese pressure on Pyongyang: SUPPORT USA->CHN, reported as news."),
 36: (["source"], "It is the Thai military that seized power on September 19: source should be the Thai military (THA), not Serbia; ASSAULT for a military seizure of power is accepted by analogy with armed forces seizing ground; date right."),
 37: ([], "Egyptian authorities blaming the earlier attacks on Bedouin and Palestinian militants: ACCUSE EGY->militants (PSE accepted); present perfect with no time, so the document date is accepted."),
 38: ([], "Aziz will travel to Washington next week for talks with Bush: CONSULT visit PAK->USA, future, 2006-W03."),
 39: ([], "Western governments and rights groups accusing China of shielding Khartoum: ACCUSE, no-country sources, CHN target, a standing accusation dated the document date."),
 40: ("SPURIOUS", "Duplicate: the Israeli leaders welcoming the Pope is the hosting side of the visit already coded from this sentence as e4 (CONSULT visit); as SUPPORT it is wrong as well, and the Pope is coded PSE instead of VAT."),
 41: ([], "The EU easing sanctions on Syria is RETREAT (CAMEO 085) EU->SYR in 2025-02."),
 42: (["date"], "Belgrade urging Kosovo's Serbs to vote is REQUEST SRB->Kosovo Serbs, but it came 'only days before polling' (the election was Saturday 17 Nov): a background act of an earlier time, so the document date is wrong; it should have no date (days before 2001-11-17)."),
 43: ("SPURIOUS", "Duplicate: the sentence's deployment of police reinforcements and soldiers to Lamu is already coded as e6 (MOBILIZE, 'deployed'); this second event on the noun 'reinforcements' has no arguments."),
 44: ([], "U.N. envoy Perthes welcoming the Hamdok-Burhan agreement: SUPPORT by UNO; the agreement names no party in the sentence, so an empty target is right."),
 45: ([], "Rally in Bratislava against PM Fico: PROTEST SVK people -> Fico (the authorities), Friday 2025-01-24."),
 46: ("SPURIOUS", "'Today justice has been murdered' is a metaphor, not an assault."),
 47: (["target"], "International officials blamed the Bosnian Serb leadership in Pale: target should be that leadership (the Bosnian Serbs, Republika Srpska), not Bosnia and Herzegovina, whose government is the other side."),
 48: (["source", "date"], "Sisi is Egyptian: the source code should be EGY, not empty; the urging was made at Monday's meeting in Sharm el-Sheikh, so the date should be 2021-09-13."),
 49: ([], "Israel normalising ties with the UAE, Bahrain and Morocco is SUPPORT (initiating diplomatic ties), 2020 from 'last year'."),
 50: (["date"], "Pol Pot denounced by his own followers (KHM) at the tribunal: ACCUSE right, but the next sentence dates the tribunal Friday: date should be 1997-07-25, not the document date."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h31-x119-19",
  "coder_events": ["ASSAULT: attackers (unnamed, in South Africa) -> foreign migrants (ZAF), attacks spreading from Durban to Johannesburg, 2015-04-17"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Dateline coded only Zuma cancelling his foreign trip as SANCTION withdraw: cancelling his own summit attendance to deal with a crisis at home sanctions no one (spurious, borderline). The attacks on migrants are missed. Neighbours evacuating their citizens has no clear PLOVER type and is not counted."},
 {"doc": "h31-x117-16",
  "coder_events": ["COERCE arrest: Azerbaijani police (AZE) -> over a hundred people (AZE), 2011-04-02",
                   "PROTEST demo: opposition supporters (AZE) -> President Ilham Aliyev (AZE), attempted rally in Baku, 2011-04-02"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found with the right type, arguments and Saturday date. The ban on protests is background and is not counted."},
 {"doc": "h31-x120-20",
  "coder_events": ["REJECT: United States (USA) -> WTO, blocked the attempt to appoint new Appellate Body judges, 2019-12-09 (Monday, from the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The U.S. block (veto of the appointments) is missed. The court losing its ability to rule is a consequence, not an act."},
 {"doc": "h31-x119-01",
  "coder_events": ["COERCE arrest: Pakistani security forces (PAK) and American agents (USA) -> the WTC bombing suspect (Ramzi Yousef), seized at an Islamabad guest house, before Wednesday (Tuesday 1995-02-07 per the next sentence)",
                   "COERCE deport (or COOPERATE legal, PAK -> USA): Pakistan -> the suspect, flown to the United States, 1995-02-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both acts missed. The 1993 bombing inside 'accused of masterminding' is background and not counted."},
 {"doc": "h31-x118-03",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Sultan Qaboos issuing a basic law is a domestic institutional reform with no other party and no demand it answers; no PLOVER type fits (a coder might stretch to CONCEDE), so nothing is counted."},
 {"doc": "h31-x117-24",
  "coder_events": ["ACCUSE allege: main opposition alliance Serbia Against Violence (SRB) -> ruling Serbian Progressive Party (SRB), Belgrade council vote stolen with 'imported' voters, 2023-12-18",
                   "PROTEST demo (called): opposition alliance (SRB) -> Serbian authorities (SRB), called supporters onto the streets, 2023-12-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both missed. Claiming election victory is not an event."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
