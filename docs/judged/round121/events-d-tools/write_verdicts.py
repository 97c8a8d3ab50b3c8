"""Write events-d.jsonl from the judge's hand verdicts (judge d, round 121)."""
import json
T = True; F = False
ALL = (T, T, T, T, T, T)
SP = (F, F, F, F, F, F)
# n: ((event, type, source, target, date, modality), reasons)
V = {
 1: (ALL, "CONCEDE (promise of future easing of legal restrictions): the U.S. will drop the charges against Meng under the deal; 'will ... drop' is future and the act has no date of its own, so unknown date is right."),
 2: (ALL, "MOBILIZE: Yemeni authorities deployed extra troops around embassies in Sanaa; undated act reported as this news, document date right."),
 3: ((T, T, F, T, T, T), "SUPPORT toward ElBaradei is right, but the source should be the Muslim Brotherhood leaders with country EGY (the Egyptian Brotherhood), not 'Leaders' with no country."),
 4: ((T, T, F, T, F, T), "Source should be the supporters of rival candidates (YEM) named as the clashing parties; date should be 2003-04-27, polling day (Sunday's vote), not the Tuesday document date."),
 5: (ALL, "ASSAULT with no perpetrator named; a total 'since then' has no date, so unknown is right."),
 6: (ALL, "REJECT by Eritrea of Ethiopia's move; 'the move' names no party, so an empty target is right by the rules (a coder might add Ethiopia from the previous sentence). Document date right for a rejection reported as news."),
 7: (ALL, "AGREE: Russian diplomats agreed (to Blair's post) after its powers were narrowed; no party named as target and the background act has no date, so unknown is right."),
 8: ((T, T, F, F, T, T), "AGREE is right but the parties are King Abdullah (SAU) and President Assad (SYR), 'the two leaders'; Israel and Hezbollah come from an earlier sentence and are wrong as source and target."),
 9: (ALL, "CONCEDE: Harris conceded on Wednesday 2024-11-06; Trump is not named in the sentence, so an empty target is right."),
 10: (ALL, "ACCUSE: Russian lawmakers (RUS) accused the Netherlands (NLD); undated, reported as news, document date right."),
 11: (ALL, "REQUEST: the U.S. embassy urged Americans in Kuwait to keep a low profile; undated act reported as news, document date right."),
 12: ((T, T, T, F, T, T), "COERCE arrest by Nigerian security officials is right, but the target should be Foday Sankoh (RUF leader, SLE), named as the object of 'detained'."),
 13: (ALL, "REQUEST: Mandela (ZAF) urged the Burundian rebels to lay down their arms at the Thursday ceremony, 2001-11-01."),
 14: ((T, T, T, T, F, T), "REQUEST by the Iranian ambassador calling for Islamic law; date should be early February 1997 (1997-02), as the sentence says, not the document date."),
 15: (ALL, "ACCUSE: Pakistani officials (PAK) accuse India (IND); 'have long accused' is ongoing, so it takes the date of the story (wire dateline Oct 4, one day before the document date; accepted)."),
 16: ((T, T, T, T, F, T), "ASSAULT on the Kuwaiti gunmen (shooters not named in this sentence, empty source right); date should be 2002-10-08, the Tuesday the sentence gives, not 2002-10-09."),
 17: ((T, F, T, T, T, T), "Ordering Iran to cut its diplomats in Kuwait is a reduction of diplomatic relations / expulsion: type should be SANCTION, not REQUEST. Parties and Thursday date right."),
 18: (ALL, "ASSAULT total of more than 2,400 killed since June 30 has no date; perpetrators mixed (anti-drug operations and unidentified gunmen), empty source accepted; victims PHL right."),
 19: (ALL, "ACCUSE: critics in Washington (USA) against the administration (USA); reported as news, document date right."),
 20: (ALL, "SUPPORT: Abbas (PSE) welcomed Blair's appointment; document date (appointment day) right."),
 21: (SP, "Spurious: 'its support for militant groups' is a topic inside the officials' statement of the law's aim (in Washington's view), not a reported act; if coded it would be AID, reported, with no date and no USA code for the militants."),
 22: (ALL, "REQUEST: Jefferson (BRA) urged the minister (Dirceu, BRA) to leave the government on Tuesday 2005-06-14."),
 23: (ALL, "CONSULT: talks between Hasina (BGD) and Modi (IND) before the Tuesday signing, 2022-09-06."),
 24: ((T, T, F, F, F, T), "ACCUSE is right, but 'It' is the wise men's report (Ahtisaari, Frowein, Oreja), not Germany; target should be Freedom Party leaders (AUT), not DEU; date should be 2000-09-08, when the panel reported (four days before the Tuesday announcement)."),
 25: (ALL, "REQUEST: Hasina (BGD) asked India (IND) to help press for the Rohingya's return; no date for the asking in the text, document date accepted."),
 26: ((T, T, F, F, T, T), "SANCTION (the diplomatic sanctions) imposed seven months ago (2000-02, right): source should be the 14 EU partners (EU states), target Austria (AUT); Austria as source and an empty target are wrong."),
 27: (ALL, "SUPPORT (apology, CAMEO 055) by Kim Young-sam (KOR) in February 1997; no party named as target."),
 28: ((T, T, F, T, F, T), "ACCUSE: 'It' is the Council of Europe's Venice Commission, not the Parliamentary Assembly; date should be none (the opinion was issued 'days before the vote' of 2016-09-26), not the document date."),
 29: (ALL, "COERCE arrest of rally organisers (GEO), detaining party unnamed in the sentence; said on Sunday, document date right."),
 30: (ALL, "RETREAT resign: Musharraf (PAK) resigned as president in 2008."),
 31: ((T, T, T, T, F, T), "ASSAULT toll of the week of protests before Sunday's vote: a total over an earlier span has no date (at most October 2015), not the Tuesday document date."),
 32: (ALL, "REJECT (PLOVER: all rejections): Azerbaijani officials rejected the opposition's fraud allegations; the party is not named in the sentence, empty target right; document date right."),
 33: (ALL, "SANCTION withdraw: Poland (POL) recalled its ambassador from Belarus (BLR) on Thursday 2005-07-28."),
 34: (ALL, "SANCTION (expulsion): China (CHN) ordered a Canadian diplomat (CAN) to leave on Tuesday 2023-05-09."),
 35: ((T, T, F, T, F, T), "ASSAULT: the gunman is the Australian man charged with murder in the same sentence, so his code should be AUS (Brenton Tarrant), not empty; date should be 2019-03-15 (Friday prayers), not the Saturday."),
 36: (SP, "Spurious: King Abdullah setting up a council of princes to choose crown princes is a domestic institutional decree, not an act of any PLOVER type between actors; REQUEST (CAMEO 022) has no basis in the text."),
 37: (ALL, "SUPPORT: Blinken (USA) welcomed the Canadians' release (CAN); reported as news, document date right."),
 38: ((T, T, T, T, F, T), "REQUEST by Duda (POL) for a NATO presence is right, but 'has called for' is an earlier undated act (campaign statements), so it should have no date, not the document date."),
 39: (ALL, "SUPPORT: the WFP welcomed the truce; 'the truce' names no party, empty target right; date of the report (wire dateline July 15) accepted."),
 40: ((T, T, F, F, F, T), "COERCE arrest of protesters in Manila: police and people should be Philippine (PHL), not USA; date should be 2003-10-18, the Saturday of Bush's visit and the protest, not the Sunday document date."),
 41: (ALL, "ACCUSE: Romanian opposition politicians (ROU) accused the ruling coalition (ROU); reported as news, document date right."),
 42: (ALL, "REQUEST: Germany and France have been pressing Ukraine and Russia for a ceasefire; ongoing act, document date right."),
 43: ((T, T, F, F, T, T), "CONCEDE (declared ceasefire) on Wednesday is right, but the source should be the SPLA, Sudan's main rebel movement (SDN rebels), not the state of Sudan; target should be the government in Khartoum (SDN), named in the same sentence as the other side of the truce."),
 44: (ALL, "AGREE (offer of an interim agreement): EU to Serbia in January 2008; asserted."),
 45: ((T, T, F, F, T, T), "ACCUSE is right, but the source is Kim Sun-il's father (KOR), not Kim himself, and 'the government' is the South Korean government (KOR), not Iraq's."),
 46: (ALL, "SUPPORT: Obama (USA) praised Indonesia (IDN) in Wednesday's speech, document date right."),
 47: (ALL, "SUPPORT (sign agreement): Oli (NPL) signed a transit and trade agreement with Beijing (CHN) in 2016."),
 48: (SP, "Spurious: Howard's victory-speech promise of a government that would govern 'for all of us' is rhetoric to the public, not a commitment to cooperate with a political actor; the target 'Australia government' is the government he is about to head."),
 49: (ALL, "REQUEST: Harris urged her supporters (USA) not to give up, Wednesday 2024-11-06; a second act of the sentence, not a duplicate of the CONCEDE."),
 50: (ALL, "ASSAULT (armed men taking ground) on Slaviansk (UKR) in April 2014; the city with the Ukrainian code is an acceptable target."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
out = []
for l in open("events-d-items.jsonl"):
    it = json.loads(l)
    v, r = V[it["n"]]
    verdict = dict(zip(KEYS, v))
    if not verdict["event"]:
        verdict = {k: False for k in KEYS}
    verdict["all"] = all(verdict[k] for k in KEYS)
    it["verdict"] = verdict
    it["reasons"] = r
    out.append(it)
assert len(out) == 50 and set(V) == {o["n"] for o in out}
with open("events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {k: sum(o["verdict"][k] for o in out) for k in KEYS + ["all"]}
print(counts)
