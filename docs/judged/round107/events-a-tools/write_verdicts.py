"""Write events-a.jsonl: each item unchanged plus verdict and reasons (judge a, round 107).
Fields in V: event, type, source, target, date, modality (1 = right, 0 = wrong).
usage (from docs/judged/round107): python events-a-tools/write_verdicts.py"""
import json

T = 1
V = {
 1: ((1,1,1,1,1,1), "ACCUSE by Khatami's government against the parliament-controlled supervisory boards (IRN); "
     "Khatami standing for his government carries the same IRN/GOV party. Background row of unstated time, so no date is right."),
 2: ((1,1,1,0,1,1), "SUPPORT by U.S. officials is right, but the cooperation praised is Pakistan's (Islamabad is named in "
     "the sentence): target should be Pakistan (PAK), not empty."),
 3: ((0,0,0,0,0,0), "Spurious: 'the joint patrol' names the unit that was attacked, not a mobilization act. The sentence's act "
     "is an ASSAULT by about 50 militants on the joint U.S.-Nigerien patrol on 2017-10-04, which dateline did not code."),
 4: ((1,1,1,1,1,1), "'hinted that he could resign': RETREAT/resign by Salam (LBN), hypothetical and undated, as the "
     "conventions' 'hinted they would reject' example requires."),
 5: ((1,1,1,1,1,1), "Senate (PHL) convicted Chief Justice Corona (PHL) on Tuesday 2012-05-29; SANCTION/convict per the PLOVER codebook."),
 6: ((1,1,1,1,1,1), "Ongoing talks ('have been holding talks') between Saudi envoys (SAU) and Yemen's Houthis (YEM): CONSULT, "
     "document date right for an act still going on."),
 7: ((1,1,1,0,1,1), "Conviction of four men over the 1993 bombing, background with no date (right); the court goes unnamed (empty "
     "source right), but the text does not give the men's nationality: target code should be empty, not USA."),
 8: ((1,0,0,0,0,0), "'The time has come for the LTTE to surrender,' he said: no surrender happened. This is a REQUEST (yield) by "
     "Rajapaksa (LKA) to the LTTE (LKA), made in Friday's address, 2009-01-02; the coded RETREAT by the LTTE, asserted and "
     "given the document date, is wrong in type, source, target, date and modality."),
 9: ((1,1,1,1,1,1), "Riot police (LBN) charging protesters with batons in Beirut on Sunday 2015-08-23: ASSAULT (crowd-control). All right."),
 10: ((1,1,1,1,1,1), "Moscow sent troops into Chechnya in 1999: MOBILIZE by Russia, target Chechnya (a Russian republic, RUS), "
      "year 1999 as given."),
 11: ((1,1,1,1,1,1), "Bush (USA) met Wade (SEN) in Dakar on Tuesday 2003-07-08: CONSULT. All right."),
 12: ((1,1,1,0,1,0), "AGREE by EU leaders on Saturday 2003-06-21 is right, but the EU did offer (modest) funds and the promise "
      "of membership, so the offer is asserted, not negated ('no timetable' is not an act). The target is the western Balkan "
      "countries named in the sentence (no single code), not empty."),
 13: ((1,1,1,1,1,1), "Bush (USA) praised Turkey (TUR) at the Istanbul summit, 2004-06-29. All right."),
 14: ((1,1,1,0,1,1), "The Quad leaders' discussion is a CONSULT among the leaders (empty code right for the four-nation group), "
      "but China is only the topic: the target should be the other Quad leaders (mutual) or none, not China."),
 15: ((1,1,1,0,0,1), "Offer of dialogue is AGREE by Deuba's government (NPL), but 'them' are the Maoist rebels: target should be "
      "the Maoists (NPL rebels), not Nepal. The offer predates the failed talks; it is background with no date, not 2001-11-26."),
 16: ((1,1,1,1,0,1), "Youths (MAR) attacking banks, shops and public buildings: ASSAULT accepted (PROTEST/riot would also be "
      "defensible). The violence broke out 'later' on the Sunday of the marches: date should be 2011-02-20, not the document date 2011-02-21."),
 17: ((1,1,0,1,0,1), "Killings in the fighting between Christians and Muslims in Kaduna: ASSAULT with target the dead (NGA) is "
      "right, but the sentence names the fighting parties, so source should be Christians and Muslims (NGA), not empty; and "
      "the toll is summed over three days of fighting (2000-02-21 to 23), so it takes no date, not Thursday 2000-02-24 (the patrol's date)."),
 18: ((1,1,1,1,1,0), "Trump left 'to fly to Singapore for his meeting with' Kim: CONSULT USA-PRK is right and undated is right, "
      "but the meeting had not yet happened at the time of the story: modality should be future, not asserted."),
 19: ((1,1,1,1,1,1), "Rights groups in Washington (USA) criticised Trump: ACCUSE. The date is undated in the text; 2020-02-25, "
      "the Tuesday frame of the preceding sentence, is accepted (document date 2020-02-26 would also be right)."),
 20: ((1,1,1,1,1,1), "Turkish special forces (TUR) helping Syrian rebels (SYR) drive out IS on Wednesday 2016-08-24: AID "
      "(military assistance with personnel) accepted. All right."),
 21: ((1,1,1,1,1,1), "Ponta (ROU) congratulated 'his rival' (Iohannis, ROU): the description with the right country counts. "
      "Undated in the text, so the document date is right."),
 22: ((1,1,0,1,1,1), "Gonzalez met Biden at the White House on Monday 2025-01-06: CONSULT right, but Gonzalez is the Venezuelan "
      "opposition candidate: source code should be VEN, not USA."),
 23: ((1,1,1,1,1,1), "Obama (USA) urged Beijing to resume talks with the Dalai Lama's representatives: REQUEST to China (CHN), "
      "Tuesday 2009-11-17. All right."),
 24: ((1,1,1,1,1,1), "Macron (FRA) verbally defended his invitation (CAMEO 052, SUPPORT); the sentence names no party acted "
      "upon, so an empty target is right; 2025-05-07 is the day of the visit and news conference."),
 25: ((1,1,1,1,1,1), "Australia and New Zealand condemned 'the violence' (no party named): ACCUSE with empty target, document "
      "date for the condemnation. All right."),
 26: ((1,1,0,0,1,1), "Pledge of 200 million euros is AGREE (pledge of aid) and dated right, but the source is the EU itself "
      "(EUR), not 'EU's rotating presidency' (Greece's office), and 'the region' refers to the western Balkan countries: the target should be them, not empty."),
 27: ((1,1,1,1,1,1), "White House (USA) welcomed the Duma's vote: SUPPORT; 'the vote' names no party, so empty target is right "
      "by the conventions (a coder might prefer RUS). Document date right."),
 28: ((1,1,1,1,1,1), "The Sri Lankan military blamed the LTTE (LKA) for the Colombo bombing: ACCUSE; undated blame takes the "
      "document date. All right."),
 29: ((0,0,0,0,0,0), "Spurious: Fico only threatened to cut aid to Ukrainian refugees; the threat is already coded from this "
      "sentence (e5 THREATEN Fico -> Ukraine, Ukrainian refugees), so this asserted SANCTION is a duplicate of an unrealized act."),
 30: ((1,1,1,1,1,1), "Pakistan (PAK) lodged a formal protest with the U.S. (USA) on Saturday 2006-01-14: ACCUSE (complain "
      "officially). All right."),
 31: ((1,1,1,1,1,1), "At least 11 killed in Dhaka (BGD), killers not named (empty source right). Date: the text does not "
      "date the deaths beyond Sunday's clashes and Monday's pre-dawn clearance; Sunday 2013-05-05 accepted as borderline."),
 32: ((1,1,1,0,1,1), "Iohannis's promise not to interfere is AGREE (commitment), undated so document date right, but the "
      "promise concerns the anti-corruption prosecutors named in the sentence: target should be Romania's prosecutors (ROU)."),
 33: ((1,1,1,1,1,1), "FARC denied killing hostages: the killing is coded as a denied (negated), undated background act, "
      "FARC (COL) -> hostages (COL); accepted (the denial could also be read as 'reported')."),
 34: ((1,1,1,1,1,1), "Pashinyan (ARM) stepped down in October 2018: RETREAT/resign, month 2018-10 as the text gives. All right."),
 35: ((1,1,0,1,0,1), "The accuser is the al-Wefaq movement (BHR opposition), not the dead protester Salah Abbas Habib; and "
      "'on Saturday' dates the finding of the body, not the accusation, which the text leaves undated: date should be the document date 2012-04-23."),
 36: ((1,1,0,1,1,1), "The Pope's arrival in Israel on Tuesday 2000-03-21 is a CONSULT visit to Israel (ISR), but the Pope is "
      "not Palestinian: source code should be the Holy See (VAT), not PSE."),
 37: ((1,1,1,0,0,1), "'they were detained' refers to the two Americans Luke Denman and Airan Berry (USA), not the U.S. security "
      "company: target wrong. The arrest was 'a day after' Sunday's landing, on Monday: date should be 2020-05-04, not 2020-05-05."),
 38: ((1,1,0,1,1,1), "The accuser is the United National Movement (GEO); dateline gives Saakashvili (only its founder) plus a "
      "truncated 'United National Movement of' with no country code: source should be the UNM (GEO). Target and date right."),
 39: ((1,1,1,1,1,1), "Leaflet ultimatum by Russian military aircraft (RUS) to Grozny's civilians (RUS) on Monday 1999-12-06: "
      "THREATEN. All right."),
 40: ((1,1,1,1,1,1), "European officials welcomed 'the peaceful vote' (no party named): SUPPORT, empty target right, "
      "empty code right for unnamed European officials. Document date right."),
 41: ((1,1,1,1,1,1), "Release of political prisoners by Minsk (BLR) is the act in the condition of the EU officials' hint: "
      "hypothetical, undated, right by the conventions (the EU's conditional threat itself was not coded)."),
 42: ((1,0,1,1,1,1), "The EU states agreed to recall their ambassadors from Minsk: the act is a reduction of diplomatic "
      "relations, SANCTION (EU -> Belarus), not AGREE (agreeing among themselves is not cooperation with Belarus). Other fields right."),
 43: ((1,1,0,1,1,1), "Parliament 'would be asked' (future, undated) is a REQUEST to the French parliament (FRA), but the "
      "asker is unnamed (the French government at most); 'loyalist leaders' (New Caledonian RPCR) are not it: source should be France only or empty."),
 44: ((1,0,1,0,1,1), "King Gyanendra's order is the emergency decree suspending constitutional rights: COERCE (state of "
      "emergency) against Nepal's population/the Maoists (NPL), not a REQUEST to Deuba, whose cabinet only recommended it. Date 2001-11-26 and source right."),
 45: ((1,1,0,1,1,1), "ACCUSE against Moscow (RUS) on Monday 2017-09-18 is right, but the accusers are NATO countries on "
      "Russia's borders (Lithuania, Estonia, Poland), not NATO the organization: source wrong."),
 46: ((1,1,1,1,1,1), "Israel's Foreign Ministry (ISR) urged Israelis in Sinai (ISR) to return home: REQUEST, document date. All right."),
 47: ((1,1,1,0,1,1), "IFOR (NATO) stepped up patrols in Grbavica: MOBILIZE, source and 1996-03-19 right; Grbavica is a place, "
      "not a party (coded as a person): target should be empty."),
 48: ((1,1,1,1,0,0), "Obama's trip to South Korea (KOR) is a CONSULT visit, but it happens 'on Wednesday': date should be "
      "2009-11-18 and modality future, not the document date 2009-11-17 and asserted."),
 49: ((1,1,1,0,1,1), "Hamas seizing Gaza in 2007 is ASSAULT (armed takeover) by Hamas (PSE), but it was taken 'from Abbas's "
      "forces': target should be Abbas's Fatah/PA forces (PSE), not Egypt, Qatar, Algeria and Palestine."),
 50: ((1,1,1,0,1,1), "REQUEST by Izetbegovic's Bosnian government (BIH) to Serbs to stay is right and undated, but these are "
      "Bosnian Serbs of Sarajevo's suburbs: target code should be BIH, not SRB."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-a-items.jsonl"):
    it = json.loads(line)
    bits, reason = V[it["n"]]
    v = {f: bool(b) for f, b in zip(FIELDS, bits)}
    if not v["event"]:
        assert not any(v.values()), it["n"]
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reason
    out.append(it)
assert len(out) == 50 and [o["n"] for o in out] == list(range(1, 51))
with open("events-a.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
for k in FIELDS + ["all"]:
    print(k, sum(o["verdict"][k] for o in out))
