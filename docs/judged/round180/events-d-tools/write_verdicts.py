"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts.

Each verdict: n -> (wrong fields, reasons). 'spurious' in wrong fields marks a non-event.
usage (from round180/): python events-d-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["target"], "Lifting the ban on TLP is an implemented easing, so RETREAT is right (the cameo 085, economic sanctions, is off; 0812). Target should be the group, Tehreek-e-Labaik Pakistan (PAK), whose ban was lifted, not the country Pakistan; date 2021-11 ('last month') is right."),
 2: ([], "Summoning Turkey's ambassador is an official protest (ACCUSE); Germany (DEU) -> Turkey's ambassador (TUR), Wednesday 2017-07-19, asserted: all right."),
 3: ([], "COERCE ban by the Pakistani government on 'the group', i.e. TLP, the hardline Islamist party of the previous sentence (PAK); 'in April' = 2021-04; all right."),
 4: ([], "Washington (USA) welcomed Japan's announcement: SUPPORT, asserted, document date for the news report. The sentence names no party ('the announcement'), so the empty target is right by the rules (Japan/Abe would also be right)."),
 5: ([], "Niger's government (NER) condemned the attack: ACCUSE disapprove, document date, asserted. The attackers are unnamed, so the empty target is right; the promise to hunt them down is a separate event (e4), not a duplicate."),
 6: (["date"], "A noun-phrase mention of Cisse's kidnapping (ASSAULT abduct, no named source, target Cisse MLI) is an event by the rules (other sentence than e2). But the text gives the act's date: the date should be 2020-03-25 (kidnapped on March 25), not none."),
 7: (["target"], "COERCE seize by Ethiopian police is right and Friday 2014-04-25 fits the arrests narrated. 'their homes' refers to the detained Zone 9 bloggers and journalists: target should be the bloggers/journalists (ETH), not empty."),
 8: ([], "Police storming the bar association to arrest Dahmani is a raid/arrest (COERCE); Tunisian police (TUN) -> Sonia Dahmani (TUN), Saturday 2024-05-11, asserted. The bar association (TUN) would also be a right target; the arrest is not coded separately."),
 9: ([], "Russia's CEC (RUS) barred Navalny (RUS) from running: COERCE (ban/restrict), Monday 2017-12-25, asserted: all right."),
 10: (["target"], "ASSAULT by Russian forces (RUS) on 2018-11-25 is right, but 'the ships and their 24 crew' are the Ukrainian navy vessels: target should be Ukraine's navy/crews (UKR), not empty."),
 11: (["spurious"], "Touring cities and opening campaign offices is campaigning, not a REQUEST or any PLOVER act between political actors: spurious."),
 12: (["target"], "A planned visit by the U.S. special envoy is CONSULT visit, future, with no date given (unknown is right); source USA right, but target should be Myanmar (MMR, 'the country'), not the United States."),
 13: (["target"], "Greek voters (GRC) rejecting the creditors' proposals in the July 5 referendum is REJECT, 2015-07-05, asserted. The sentence names the other party ('creditor proposals'): target should be Greece's euro zone/IMF creditors (no single country code), not empty."),
 14: ([], "Killings during the Haitian protests: ASSAULT, no named source, target about a dozen people (HTI). A total since mid-September has no date, so unknown is right; asserted with the rights groups as reporter."),
 15: (["date"], "The Israeli military (ISR) targeting a Hezbollah (LBN) drone facility is the ASSAULT of Friday's strike; the date should be 2025-03-28 (Friday), not 2024-11, which is the ceasefire's month."),
 16: ([], "Militants' attack on Grozny: ASSAULT; 'Islamist militants' with no country in the text (empty is right), target Grozny with RUS (the killed police, RUS, would be better), overnight into 2014-12-04, asserted: all right."),
 17: ([], "Shetty (Amnesty, no seat country in text) calling the case a travesty of justice is ACCUSE disapprove; 'the case' is no party so empty target is right; document date, asserted."),
 18: ([], "U.N. envoy Kubis (UN/IGO) welcomed the vote: SUPPORT, document date, asserted; 'the vote' names no party, so empty target is right. The urging is a separate event (e3)."),
 19: (["target"], "Ankara (TUR) demanding Haftar's forces pull out is REQUEST, asserted, dated at the report (2020-07-20). Target should be Haftar's forces, Libyan (LBY), not coded EGY."),
 20: (["date"], "China's (CHN) investment in Pakistan (PAK) under CPEC is COOPERATE, asserted. 'Has invested tens of billions' is a total summed over years, so it takes no date (unknown), not the document date."),
 21: ([], "Netanyahu (ISR) holding the Lebanese state (LBN) responsible for the fire is ACCUSE; no date in the text, so the document date is right; asserted. (The threat to strike anywhere in Lebanon is not coded.)"),
 22: ([], "Biden (USA) praising Sheikh Khalifa (ARE) is SUPPORT, document date, asserted: all right."),
 23: ([], "Police (RUS) repeatedly detaining Navalny (RUS): COERCE arrest, asserted; repeated acts over a span with no single date, so unknown is right. The 'jailed' event (e4) is the one that could duplicate it, not this one."),
 24: (["source"], "ASSAULT killing Armenian conscripts (target Armenia, ARM, is acceptable), Monday 2012-06-04, asserted. The sentence names the attacker: source should be the Azerbaijani sabotage group (AZE), not empty."),
 25: (["target", "date"], "COERCE restrict by Congolese officials (COD, 'They') is right, but 'one man' is Katumbi: target should be Moise Katumbi (COD). The border closure is Friday's act: date should be 2018-08-03, not the document date."),
 26: ([], "Thousands detained by Myanmar security forces since the coup: COERCE arrest, source MMR security forces, target thousands (MMR); a total since the coup takes no date; asserted: all right."),
 27: ([], "Harris (USA) to travel to Abu Dhabi to pay respects: CONSULT visit, target the UAE (ARE), future, no date given (unknown right): all right."),
 28: (["spurious"], "Marcos reversing Duterte's China-friendly policy is a policy shift away from China, not a concession (CONCEDE) to China or any discrete act toward it: spurious."),
 29: ([], "The NISS (SDN) lodged a complaint against Mahdi (SDN): ACCUSE allege, asserted; the text gives no date for it, so unknown is right."),
 30: ([], "Abbas (PSE) accused Israel (ISR) of executions in a Wednesday-night address: ACCUSE allege, 2015-10-14 night, asserted: all right."),
 31: ([], "Blinken (USA) urged the Sudanese army (SDN) to reconsider: REQUEST, 'this week' = 2024-W33, asserted: all right."),
 32: ([], "Myanmar security forces (MMR) killing more than 860 people (MMR) since the coup: ASSAULT, a total with no date (unknown right), asserted with the rights group as reporter: all right."),
 33: ([], "Sharif (PAK) ordering a high-level inquiry is ACCUSE investigate; no party named, so empty target is right; Wednesday 2024-03-27, asserted."),
 34: ([], "Gunmen (NIC) attacking students (NIC) in a Managua church: ASSAULT, Friday 2018-07-13, asserted: all right."),
 35: ([], "Trump (USA) threatened tariffs on Mexico (MEX) 'last year': THREATEN, 2019, asserted: all right."),
 36: ([], "Kyiv's foreign ministry (UKR) welcomed the return: SUPPORT, document date, asserted; 'the return' names no party, so empty target is right (Russia would also be right). The responsibility claim is not coded."),
 37: ([], "At least 30 killed in Bahrain's unrest: ASSAULT, no named source, target 30 people (BHR); a total over the unrest has no date; asserted: all right."),
 38: ([], "Moise (HTI) calling for dialogue and a unity government is REQUEST; addressee unnamed so empty target is right; broadcast just after midnight on Wednesday 2019-09-25; asserted. (The rejection of resignation calls is not coded.)"),
 39: (["type", "source"], "Mercosur agreeing to bar Falklands-flagged ships from its ports is a restriction (COERCE restrict / embargo, cameo 163), not AGREE; the source should be Mercosur (bloc, no country code), not the United States. Target Falklands/UK (GBR) and 2011-12 are right."),
 40: ([], "Ukrainian officials (UKR) complained the ships had been stripped: ACCUSE, document date, asserted; the sentence names no accused party, so empty target is right."),
 41: ([], "Zelenskiy (UKR) welcomed the EU's decision: SUPPORT, document date, asserted; 'the decision' names no party, so empty target is right."),
 42: (["target"], "COERCE arrest on Friday 2014-04-25 is right and the empty source is right (passive). But 'They' are the six Zone 9 bloggers (plus three freelance journalists), not the 'several jailed journalists' already held in Kaliti prison: target should be the Zone 9 bloggers and journalists (ETH)."),
 43: (["source"], "A warning of more attacks is THREATEN, target none named, document date, asserted. 'Its spokesman' is Jamaat-ul-Ahrar's, a splinter group of the Pakistani Taliban: source should be Jamaat-ul-Ahrar / Ehsanullah Ehsan (PAK), not Tehrik-i-Taliban Pakistan."),
 44: (["target"], "Rwanda (RWA) accusing Kinshasa is ACCUSE allege, document date, asserted. The target should be the Congolese government (COD) alone: the FDLR is the alleged partner, not a party accused, so the added 'rebel group' target is wrong."),
 45: ([], "Critics (no country in the text) accused Abiy (ETH) of silence: ACCUSE allege, document date, asserted: all right."),
 46: ([], "Germany's (DEU) initial proposal to base the fund in Luxembourg is an offer in the talks (AGREE), asserted, no party named as target and no date given (unknown right). Borderline as an event; the sentence's main act, the leaders' agreement, is not coded."),
 47: ([], "The State Department (USA) urged North Korea (PRK) to refrain: REQUEST, document date, asserted: all right."),
 48: ([], "Iran (IRN) arming the Houthis (YEM) is AID inside the opponents' claim, so reported is right; ongoing, so the document date is right."),
 49: ([], "'We are not prepared to accept this' by the German ministry spokesman (DEU): REJECT asserted would be usual, but AGREE negated is the convention's other valid form ('refused to withdraw' = REJECT asserted or RETREAT negated); 'this' is the detention, no party, so empty target is right; document date. (The ACCUSE in 'incomprehensible'/'absurd' is not coded.)"),
 50: (["source", "target"], "COERCE arrest on Friday 2016-02-26 is right, but source and target are swapped: source should be the Kosovo police (XKX) and target the detained demonstrators (XKX)."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        spurious = "spurious" in wrong
        v = {k: (False if spurious else k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h67-x263-14", "coder_events": [
   "COERCE: Congolese authorities (COD) -> Moise Katumbi (COD), prevented from entering the country, blocked at the Zambian border, 2018-08-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "'prevented ... from entering' and 'blocking him at the border' are one act; dateline coded nothing in the paragraph (it later coded the 'closed the border' quote)."},
 {"doc": "h67-x264-22", "coder_events": [
   "REJECT: U.N. Human Rights Council (IGO) -> Western sponsors of the motion (USA, GBR, CAN, Nordic states), voted down the motion to debate Xinjiang abuses, 2022-10-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The motion itself (Western states asking the council to debate China's alleged abuses) is background in a noun phrase; a coder could add it as REQUEST/ACCUSE but I count one act. Dateline coded nothing."},
 {"doc": "h67-x261-03", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election victory is no PLOVER event; nothing to code, nothing coded."},
 {"doc": "h67-x261-08", "coder_events": [
   "ASSAULT: Islamist militants (no country given) -> Grozny / police officers (RUS), attack killing 14 police, press building set ablaze, 2014-12-04"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The attack and the killing of 14 police are one act; dateline's e1 (ASSAULT) finds it."},
 {"doc": "h67-x263-20", "coder_events": [
   "COERCE: Pakistani police (PAK) -> more than 100 people (PAK), arrested, 2021-12-04",
   "ASSAULT: mob (PAK) -> Priyantha Kumara, Sri Lankan factory manager (LKA), beaten to death and body burned, 2021-12-03",
   "ACCUSE: Imran Khan (PAK) -> (the killers / the killing), called it 'a day of shame for Pakistan', 2021-12-04"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the arrest (e1). Its e2 is Khan's statement but typed REQUEST (read 'called' as 'called for'): the act exists, so not spurious, but it is not found with the right type (ACCUSE). The mob killing is missed in this sentence (dateline coded the attack from the next paragraph, e3)."},
 {"doc": "h67-x262-20", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A council electing a president and a natural death are no PLOVER events (one could argue SUPPORT council -> MBZ, but a trained coder would not code an election); nothing coded."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
out = [json.loads(l) for l in open("events-d.jsonl")]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {k: sum(o["verdict"][k] for o in out) for k in FIELDS + ["all"]}
print(counts)
ps = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(ps) == 6
print({"coded": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
       "dateline_events": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)})
