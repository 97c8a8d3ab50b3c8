"""Write events-b.jsonl from judge b's verdicts (round 140).

Each entry: n -> (wrong fields, reasons). Fields: event type source target date modality.
'event' in wrong fields = spurious (all fields false)."""
import json

V = {
 1: ([], "Arrest of Castillo, arresting party not named (empty source right); the arrest is coordinated with the Dec. 7 removal as he headed to the embassy, so 2022-12-07 is right; attribution keeps it asserted."),
 2: (["target"], "Capture of Jajce is ASSAULT (taking ground). Target should be the rebel (Bosnian) Serbs named in the sentence as stripped of the ground (BIH, rebels), not the state of Bosnia and Herzegovina, whose government was the Croats' ally; the town is only the place."),
 3: (["date"], "UNSC vote endorsing the transfer of sovereignty (SUPPORT, UNSC -> interim Iraqi government) is right, but the date should be 2004-06-08, the Tuesday of the vote; 2003-06-30 mixes the June 30 transfer date with a wrong year."),
 4: ([], "ACCUSE Israel -> UNRWA staff (UNRWA, coded as the UN agency) right. Date: 'has accused' is a standing accusation repeated to the time of the story, taken as still going on, so the document date is accepted (a stricter reading would want no date)."),
 5: ([], "Australia's standing opposition to resuming commercial whaling is a rejection of the proposed compromise (REJECT; ACCUSE disapprove would also do); no target named, so empty is right; a present stance takes the document date."),
 6: ([], "'France would not give up cartoons' is a refusal to concede: CONCEDE negated is right by analogy with the conventions' 'RETREAT negated' (REJECT asserted would also be right); no target named; Wednesday = 2020-10-21 is right."),
 7: (["source", "date"], "'It' is the WTO ministers' final declaration, so the source should be the WTO ministerial conference / WTO members (no country), not the International Labour Organization, which the previous sentence names only as the competent body. Date should be 1996-12-13, the Friday the conference ended and adopted the declaration, not the document date."),
 8: ([], "Appeal for calm is a REQUEST (PLOVER merges appeals and demands) from Demirtas (TUR; an opposition leader, sector aside) with no addressee named; the act is this news, document date right."),
 9: (["target"], "Arrest of Mahmoudi (arrester unnamed, empty source right; September 2011 right), but Mahmoudi is Libyan, Gaddafi's last prime minister: target's country should be LBY, not TUN."),
 10: ([], "Turkish tanks stationed overlooking Kobani is MOBILIZE by Turkey (TUR) with no party targeted; an ongoing deployment takes the document date."),
 11: (["target", "date"], "Suspending air operations is a de-escalation (RETREAT is acceptable), but Syria is only where the operations were flown (against Islamic State): the target should be empty. Date should be the document date 2017-06-19 (Australia said it this news day), not none."),
 12: ([], "Attack on Van Gogh, attacker unnamed in the sentence (empty source right); Tuesday 2004-11-02, shortly before 9 a.m., is right."),
 13: (["date"], "A negated CONSULT (the delegation did not meet Park) is right in type, parties and modality, but the date should be 2014-10-04, the Saturday of the visit; 2014-10-03 is the Friday on which Seoul was told of the trip."),
 14: ([], "Pearl Harbor attack, ASSAULT on Americans/United States on 1941-12-07; the sentence names no attacker ('the surprise attack' describes the act, not a party), so an empty source is right under the sentence rule (Japan would be coded from the previous paragraph)."),
 15: ([], "Erdogan's call for a no-fly zone and buffer zone is a REQUEST with no addressee named; 'has called for ... and says' is a standing demand still made when the story is told, so the document date is accepted."),
 16: (["target"], "Ashdown's accusation: 'them' are the 59 dismissed Bosnian Serb officials (BIH), who are the target, not the Serb Republic's parliament as a body (only its speaker is among them). Source, Wednesday 2004-06-30 and modality right."),
 17: (["date"], "Bhutto's official visit to Washington (CONSULT visit, PAK -> US government) is right, but the visit and talks are this news (talks on Tuesday): date should be 1995-04-11 (the document date 1995-04-12 would also do), not none."),
 18: ([], "India urged Dhaka (the Bangladeshi government) to protect minorities: REQUEST, Tuesday 2024-11-26, all right."),
 19: ([], "U.S. punitive tariffs on India taking effect on Wednesday 2025-08-27: SANCTION (curtailing commercial exchange) is right (CAMEO2PLOVER's COERCE restrict for 163 would also fit); parties right."),
 20: ([], "Bhutto is due to meet congressional leaders later this week: CONSULT, future, week 15 of 1995, all right."),
 21: (["target"], "Prosecutors investigating how 'it' (the Colectiv club) obtained its licences: target should be the club / its owners (ROU), not the police; investigation ongoing, document date right."),
 22: (["target"], "Firebombing of two houses in Duma is ASSAULT by unnamed attackers (mode aside), but 'Duma' is the Palestinian village: target should be the Palestinian residents of the houses (PSE) or empty, certainly not Russia's State Duma."),
 23: (["target"], "Pakistan's 2002 ban is COERCE ban, but the banned party, Jaish(-e-Mohammad) (PAK), is named in the sentence: target should be Jaish, not empty."),
 24: (["target"], "U.S. recognition of 'its' sovereignty in 2020: 'its' is Morocco, so the target should be Morocco (MAR), not empty."),
 25: (["source", "target"], "G8 leaders' discussion is a multilateral CONSULT, but 'the leaders' are the G8 leaders, a multinational group: coding them USA is wrong (no single country / G8). Iraq's debt is only the topic: target should be empty, not Iraq."),
 26: (["target"], "Venezuela's standing rejection of the 1899 award is REJECT with the document date for an ongoing stance, but the arbitral tribunal that sat in Paris was an international tribunal, not French: target should be the arbitration tribunal with no country (or Guyana), not a French court (FRA)."),
 27: ([], "Britain suspended flights to Kenya on Thursday 2003-05-15: SANCTION UK -> Kenya, all right."),
 28: (["date"], "Rights groups accusing Obiang's government: ACCUSE, parties right; 'accuse' in the present tense is an ongoing accusation, which takes the document date 2008-07-08 rather than no date."),
 29: (["event"], "Spurious: the sentence reports Pence's comment on the drills; 'the drills' only names the Noble Partner exercise reported in the previous sentence, the topic of his remark, not an act reported here (if coded there it would be COOPERATE, a joint exercise, not MOBILIZE)."),
 30: ([], "Guyana's government called on Venezuela to respect international law: REQUEST, this news, document date; right."),
 31: ([], "Russian forces occupying Hroza is ASSAULT (taking ground); the village is a place, no party named as target; 'the first months of the invasion' gives no date the text resolves, so an undated act is accepted (2022 would also do)."),
 32: (["event"], "Spurious: the sentence reports Pakistan's criticism and warning; 'the test' is the topic of that statement, India's Agni test already reported in the lead, not an act reported here (and had it been coded, the source would be India and the date 1999-04-11)."),
 33: (["target"], "Peru's recall of its ambassador is SANCTION (reduce diplomatic relations), 'earlier this month' 2022-12 right, but the sentence names Mexico ('Relations with Mexico'): target should be Mexico (MEX)."),
 34: (["source"], "The APEC summit's closing is a multilateral CONSULT dated 2017-11-11, but 'APEC leaders' are a multinational group: coding them USA is wrong (should be APEC / no country)."),
 35: (["target"], "Lodging a strong protest is ACCUSE (CAMEO 114), source right, but it was lodged with India's charge d'affaires, named in the sentence: target should be India's charge d'affaires (IND), not empty."),
 36: ([], "Xi attended the China-Arab States summit with al-Sisi, al-Sudani and Abbas: CONSULT, Friday 2022-12-09; right."),
 37: ([], "Duma's approval of Primakov as premier last September (1998-09): SUPPORT, approve actor; right."),
 38: ([], "New Delhi's standing rejection of the mediation formula: REJECT by the Indian government, no party named as target (US would also be acceptable), ongoing stance takes the document date; asserted (reported_by Clinton is misattributed, but that field is not scored)."),
 39: ([], "Balkenende appealed for calm: REQUEST with no addressee, this news on Tuesday 2004-11-02; distinct from the condemnation coded as ACCUSE; right."),
 40: (["reasons-only"], "Erdogan accused German lawmakers: ACCUSE TUR -> DEU legislators, right; the text gives no date for the accusation (only that it followed the June 2 vote), so an undated act is right."),
 41: (["event"], "Spurious: offering condolences is an empathetic statement (CAMEO 018), which PLOVER drops, not SUPPORT of a party or policy; the codable act in the sentence is Obama's demand for a full accounting (REQUEST), not coded here."),
 42: (["source"], "'It' is the Russian Defence Ministry (the story's Russia statement), so the source's country should be RUS, not SYR; ACCUSE -> Washington on Monday 2017-06-19 otherwise right."),
 43: (["date"], "Soldiers arresting Diarra: COERCE, parties right, but the story gives the arrest 'late on Monday': date should be 2012-12-10, not the Tuesday document date."),
 44: (["date"], "Police detaining the suspects at the scene: COERCE, parties right (TUR for suspects seized in Malatya accepted), but the detention was at the scene of the attack police reported on Wednesday: date should be 2007-04-18, not the Thursday document date."),
 45: ([], "Coalition party leaders accused Wilders: ACCUSE NLD -> Wilders, Tuesday document date; right (NSC missing from the list of sources, but the party coded is the right one)."),
 46: (["target"], "EU leaders due to discuss relations with Turkey in December: CONSULT future 2020-12 right, but Turkey is the topic, not a participant: target should be empty (EU leaders meeting among themselves)."),
 47: ([], "Ponta resigned on Wednesday 2015-11-04: RETREAT resign, right."),
 48: (["target"], "Geagea thanking those who campaigned for his release is SUPPORT, but the sentence refers to the party thanked ('those who had campaigned for his release', Lebanese campaigners, LBN): target should be them, not empty."),
 49: ([], "Kidnapping of an Australian doctor on Friday 2016-01-15 by unnamed kidnappers: ASSAULT abduct, right."),
 50: ([], "UNSC endorsed Morocco's autonomy plan on Friday 2025-10-31: SUPPORT UNSC -> Morocco, right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50
with open("events-b.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        wrong = [w for w in wrong if w in FIELDS]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
