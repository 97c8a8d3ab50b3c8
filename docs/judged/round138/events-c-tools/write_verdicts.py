"""Write events-c.jsonl from the items and judge c's hand verdicts (fields listed are the WRONG ones)."""
import json

SPURIOUS = "spurious"
V = {
 1: (["date"], "Arrest by Myanmar's junta of Ne Win's son-in-law and grandsons is right ('son' is the son-in-law mention, MMR); but the text dates the detention: 'detained on Thursday', so date should be 2002-03-07, not the Sunday report date."),
 2: ([], "Nasser (EGY) sending troops into the Halaib triangle claimed by Sudan in 1958: MOBILIZE, target Sudan, date 1958 as given."),
 3: ([], "Detentions in Belarus's crackdown: no agent named (empty source right), people in Belarus (BLR); a total since last year's election takes no date."),
 4: (["date"], "ACCUSE of Rwandan troops (RWA) by an unnamed accuser is right, but the accusation is a background act of an earlier time (after the April Kibeho killings), so date should be none (unknown), not the document date."),
 5: (["target"], "Protest march by Argentine unions against the IMF talks is right, but Plaza de Mayo is a place, not a party: target should be Argentina's government (ARG), whose talks were protested (or the IMF)."),
 6: ([], "Diplomats (no country given) welcomed the unity-government step; the sentence names no party as the one welcomed, so an empty target is right by the rules (South Sudan's government would also be acceptable)."),
 7: ([], "Pompeo (USA) praised Egypt's role: SUPPORT to Egypt (EGY) on the day of the report; not a duplicate of the separate 'met' CONSULT."),
 8: ([], "Senegal's opposition politicians welcomed Sall's decision: SUPPORT; Sall is not named in the sentence so an empty target is right by the rules; reaction undated, document date right."),
 9: (["date"], "Zeman's accusation of Schwarzenberg (CZE) is right, but it was made in the campaign's final days before the run-off, a background act: date should be none (at most 2013-01), not the document date 2013-01-26."),
 10: (["target"], "Bulatovic's accusation is right, but 'the government' is Montenegro's (Djukanovic's) government: target should be the Montenegrin government (MNE), not Serbia's."),
 11: (["target", "date"], "US suspension of weapons deliveries and intelligence is SANCTION, but the party acted upon is Ukraine, referred to in the sentence ('the two governments', Zelenskiy): target should be Ukraine (UKR); date 2025-02-28 is the Oval Office exchange, the suspension came after it (no day given, early March 2025)."),
 12: ([], "Russia (RUS) did not support UN sanctions: a negated SUPPORT (REJECT would also do); no target named; undated statement takes the document date."),
 13: (["target"], "Ghannouchi's accusation is right, but 'unnamed forces' is a common-noun group whose country the text does not give: its code should be empty, not TUN (I would accept TUN myself, but the rules say empty)."),
 14: (["target"], "Wefaq lawmakers' 2011 resignation in protest (RETREAT resign, BHR) is right, but the Saudi troops only helped crush the uprising: target should be empty (the crushing authorities are not named) or Bahrain's government, not Saudi troops."),
 15: ([], "Killing of tens of thousands in the Chechen war: no agent named, people in Chechnya (RUS); a total since 1994 takes no date; 'are believed' is reported."),
 16: ([], "Mosisili's government (LSO) promised a full investigation: a promise, AGREE; no target named; document date right (source given as Mosisili for his government, accepted)."),
 17: (["date"], "Thabane's accusation of Kamoli (LSO) is right, but it is a background act of last year (after the August 2014 coup attempt): date should be 2014, not the document date 2015-06-26."),
 18: ([], "Iraqi security forces firing tear gas: ASSAULT crowd-control; the protesters are not named in the sentence, empty target right; Saturday 2022-07-30."),
 19: (SPURIOUS, "Spurious: Jonathan saying he accepted the responsibility of acting president is taking office, not a concession or any PLOVER act toward another party."),
 20: (["source", "target"], "Killing of a policeman is ASSAULT and 'a day earlier' is 2002-09-18, but the source is 'a bomber' (unnamed, no code), not the Hamas suicide bomber of the previous sentence; the policeman near Umm al-Fahm is Israeli (ISR or empty), not PSE."),
 21: (SPURIOUS, "Spurious: 'take up the post of prime minister' is a trigger in another sense, no troop mobilization; the resignation is coded separately (e1)."),
 22: ([], "Takaichi (JPN) refusing to retract: REJECT of Beijing's demand, clearly the party acted upon (China's demand, previous sentence); ongoing, document date right."),
 23: (SPURIOUS, "Spurious: no visit is reported; 'travelling' is citizens' travel that China advised against. The real act (China's travel advisory against Japan, a SANCTION/reduce-relations act, 2025-11-14) is missed."),
 24: ([], "Ceasefire agreed between Yeltsin and Yandarbiyev (RUS): mutual AGREE, 'late last month' = 1996-05."),
 25: ([], "Serbia's government urged Kosovo Serbs not to vote: REQUEST; SRB for the ethnic Serbs accepted (XKX defensible); undated prior act, unknown date right."),
 26: (["date"], "Opposition lawmakers (PER) calling the move an attack: ACCUSE, empty target right ('the move' is no party); but the walkout came in the Wednesday session of the vote: date should be 1999-07-07, not the document date."),
 27: (["target"], "Prosecutors' investigation is ACCUSE investigate, but its target, Wu Shu-chen (TWN), is named in the sentence: the empty target is wrong."),
 28: (["type"], "Israel's seizure of the islands in war is ASSAULT by the rules (armed forces taking ground), not COERCE seize; Egypt (EGY) target and 1967 date right."),
 29: (["target"], "Truck bombing that killed Rafik al-Hariri: ASSAULT, no agent named, 2005-02 right; but Hariri is Lebanese: target code should be LBN, not SYR."),
 30: ([], "Jo Myong Rok (PRK) met Clinton (USA) at the White House on Tuesday 2000-10-10: CONSULT right."),
 31: ([], "Koirala's Nepali Congress wants the king (Gyanendra, NPL) to restore parliament: REQUEST, standing demand, document date right."),
 32: ([], "US urged allies (no country given) not to move too fast: REQUEST, standing stance, story date accepted."),
 33: ([], "State Department (USA) welcomed Sall's announcement: SUPPORT; Sall not named in the sentence, empty target right; Macron's 'hailed' is a separate event, not a duplicate."),
 34: ([], "Ahmadinejad (IRN) called the introduction an insult: ACCUSE disapprove; Bollinger not named in the sentence, empty target right; Monday 2007-09-24."),
 35: ([], "UN mission in Iraq appealed for calm: REQUEST, no country code for the UN body, no addressee named; story date."),
 36: (["target"], "Australian officials (AUS) welcoming Sogavare's fall is approval of his ouster, not support for him: target should be empty (the parliament that ousted him is not named), not Sogavare."),
 37: (["source", "target"], "'they discussed' refers to the two leaders: source should be Chirac (FRA) and target Gaddafi (LBY); French officials are only the reporters and the Bulgarian nurses a topic."),
 38: ([], "Shalom (ISR) and Kasuri (PAK) talked in Istanbul on Thursday 2005-09-01: mutual CONSULT right."),
 39: (["target", "date", "modality"], "Trump's decision to pull US troops out of Syria: the withdrawal is decided, not done, so modality should be future (or CONCEDE asserted); target should be Syria (SYR), not the troops; the decision is a background act (December 2018), so date should be none, not the document date."),
 40: ([], "Democrats (USA) criticised the speech: ACCUSE disapprove; Pompeo not named in the sentence, empty target right."),
 41: ([], "Albright (USA) met Netanyahu (ISR) and Arafat (PSE) in the London talks ending Tuesday 1998-05-05: CONSULT right."),
 42: (["type", "source", "target"], "'He' is Kostunica (SRB), not Kosovo; promising to annul the EU agreement is a THREATEN (to break the agreement) toward the EU, not an AGREE; target should be the EU. Date (day of the statement) and asserted (the threat was made) are right."),
 43: ([], "Harper (CAN) called the shooting a terrorist attack: ACCUSE disapprove; the gunman is not named in the sentence, empty target right; Wednesday 2014-10-22."),
 44: (["source"], "Pledge to restore cooperation with RAMSI is AGREE, but 'the opposition' is the Solomon Islands opposition (SLB), not Australia's; RAMSI target and undated pledge accepted."),
 45: (["source"], "Rally by EU-membership opponents in Zagreb is PROTEST, the Croatian state a right target (no aim named in the sentence), Sunday evening date right; but the protesters are in Croatia's capital, so the source code should be HRV, not empty."),
 46: ([], "Rally by Chen's supporters in Kaohsiung: a support rally, empty target right; 'earlier in the week' = 2006-W37."),
 47: (["source"], "Polisario's condemnation of Israel's decision is ACCUSE, empty target right by the rules; but Algeria did not condemn (it 'has not yet reacted'): source should be the Polisario Front alone (ESH or no code)."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = open("events-c.jsonl", "w")
for l in open("events-c-items.jsonl"):
    it = json.loads(l)
    wrong, reason = V[it["n"]]
    if wrong == SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = reason
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
