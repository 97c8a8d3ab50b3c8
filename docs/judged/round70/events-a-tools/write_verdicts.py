"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdict table (round 70).
usage (from round70/): python3 events-a-tools/write_verdicts.py
"""
import json

T, F = True, False
S = None  # spurious marker
# n: (event, type, source, target, date, modality) or S, reasons
V = {
 1: ((T,T,F,T,T,T), "Negated REQUEST (students deny asking for a resignation) with no target is right, but the source 'female student' is an actor merged with the woman attacked in Novi Sad; 'We' are the protesting students, voiced by 'one student' outside the Belgrade law faculty (students, SRB)."),
 2: ((T,T,T,T,T,T), "Ouattara (CIV) welcomed the release ordered by Guei: SUPPORT; the sentence names no party for the release, so an empty target is right; undated news, document date."),
 3: ((T,T,T,F,F,T), "'We' are NATO and Russia (the NATO-Russia Council agreement), so the target should be Russia (RUS), not empty; the agreement is the Saturday one of the lead, date should be 2010-11-20, not the document date."),
 4: ((T,T,T,T,T,T), "Netanyahu (ISR) invited Abbas (PSE) to meet that day: AGREE (invitation) on Friday 2011-09-23; all right."),
 5: ((T,T,F,F,T,T), "Agreeing to hold a second round is AGREE on Saturday 2025-04-12, but the parties are Iran and the United States (mutual: IRN <-> USA); Trump is only named in the temporal clause 'since Trump returned to office'."),
 6: ((T,T,F,F,F,T), "Defying orders is a reported REJECT inside the cabinet's accusation, but the defier is General Rookmangud Katawal (NPL army), not Prachanda, and the target is the government whose orders he defied (NPL GOV); a background act of unknown earlier time should have no date, not the document date."),
 7: ((T,T,T,T,T,T), "Ongoing student-led protests against the annulled election results (no other aim in the sentence): PROTEST students (SRB) -> Serbia, still going on, document date; all right."),
 8: ((T,T,T,T,T,T), "Uganda (UGA) holding talks with Kinshasa (COD government): CONSULT, ongoing, document date; all right."),
 9: ((T,T,F,T,T,T), "'We asked for justice' is an asserted REQUEST with no target named, right on type/date/modality, but the source 'female student' is the merged actor of the woman attacked in Novi Sad; it should be the speaking student / the protesting students (SRB)."),
 10: ((T,T,T,T,T,T), "Israel (ISR) struck Iranian air defences (IRN) in October 2024: ASSAULT, date 2024-10; all right (mode would be aerial)."),
 11: ((T,T,T,F,T,T), "Russia's support for the polls is a SUPPORT by Russia (RUS), but its object 'them' is the separatist polls, so the target should be empty (or the separatists, UKR), not the U.S. State Department, which is the critic."),
 12: ((T,T,T,F,T,T), "CONCEDE by Bawumia (GHA) on Sunday 2024-12-08 is right; the sentence names the winner the concession is to, so the target should be John Dramani Mahama (GHA), not empty."),
 13: ((T,T,T,T,T,T), "'We do not accept these results' is usually coded REJECT asserted; AGREE negated is accepted by the convention's analogue ('refused to withdraw' = RETREAT negated). Besigye (UGA), no party target ('these results'), document date: right."),
 14: ((T,T,T,F,T,T), "Arrest in 1999 with no arresting party named (empty source right), but the target should be the six medics (five Bulgarian nurses, BGR, and a Palestinian-born doctor), not 'Libyan officials'."),
 15: ((T,T,T,T,T,T), "Russian opposition politicians (RUS) dismissed Putin's ('his', RUS) comments: REJECT, news of the day, document date; all right."),
 16: ((T,T,T,T,T,T), "Belgrade (Serbian/Yugoslav government; SRB accepted since the sentence speaks of Serbia's affairs) rejected the Contact Group's demands (no seat country): REJECT, document date; all right."),
 17: ((T,T,T,T,T,T), "Hillary Clinton (USA) asked Pyongyang (PRK government) for amnesty 'earlier', time unknown, so no date is right; REQUEST asserted: all right."),
 18: ((T,T,T,T,T,T), "U.S. military (USA) shot down a Chinese balloon (CHN) early in 2023: ASSAULT, year precision right; all right."),
 19: ((T,T,T,T,T,T), "Troops (CIV army) occupied the radio and television station on Friday morning 1999-12-24: armed forces taking ground is ASSAULT by the conventions; no party named as target, empty right; all right."),
 20: ((T,T,T,T,T,T), "Macedonian government (MKD) signed the interim accord with Greece (GRC) three weeks before 1995-10-03: SUPPORT, week 1995-W37; all right."),
 21: ((T,T,T,T,T,T), "Turkish artillery (TUR) pounded Syrian army positions (SYR) overnight and Thursday morning 2012-10-04: ASSAULT heavy weapons; all right."),
 22: ((T,T,T,F,T,T), "The U.S. and Chinese ambassadors attending the talks is a CONSULT by USA/CHN on Monday 2025-07-28, but 'the meeting' is the Malaysia-hosted talks between Cambodia and Thailand, so the target should be the host Malaysia (MYS) or Cambodia/Thailand, not the two attendees themselves."),
 23: ((T,T,T,T,T,T), "Ling and Lee (USA journalists) arrested in March 2009 with no arresting party named: COERCE arrest, 2009-03; all right."),
 24: ((T,T,T,T,T,T), "Hun Sen (KHM) had urged voters (KHM) to turn out before the vote, time unknown, so no date is right; REQUEST: all right."),
 25: ((T,T,T,T,T,T), "The Vatican (VAT) welcomed the end of the siege (no party named): SUPPORT, Friday 2002-05-10 = document date; all right."),
 26: ((T,T,T,T,T,T), "PKK (TUR rebels) fighting Turkey, an act still going on, takes the report's date; the story's dateline is Oct 20 (document_date field 1998-10-21), either accepted; ASSAULT: all right."),
 27: ((T,T,T,T,T,T), "OAU condemned the seizure of power: ACCUSE; the sentence names only the act, so an empty target is right; document date: all right."),
 28: (S, "Spurious: 'voters also expressed anger over illegal gold mining' describes the electorate's mood as a factor in the vote, not an act of complaint aimed at a political actor."),
 29: ((T,F,T,T,T,T), "CPN-UML (NPL party) quitting the government (NPL) in protest at the sacking is a punitive withdrawal from the coalition, SANCTION (withdraw), not a resignation yielding to demands (RETREAT resign); Sunday 2009-05-03 follows the text's narrative and is accepted."),
 30: ((T,T,F,T,T,T), "CONSULT visit to Abbas (PSE) on Monday 2022-03-28 is right, but the source King Abdullah has no country code; the sentence makes him Jordan's king (JOR)."),
 31: ((T,T,T,T,T,T), "Abubakar (NGA military ruler) promised to respect the rule of law: AGREE (promise), no party target, undated first broadcast on the report day; all right."),
 32: ((T,T,T,F,T,T), "REQUEST by Museveni (UGA) is right, but 'his rival' refers to Kizza Besigye (UGA), so the target should be Besigye, not empty."),
 33: (S, "Spurious: 'he supported freedom of speech' is a statement of principle with no political actor supported; the sentence's act is Zelenskiy's swipe at Russian-financed propaganda (ACCUSE toward Russia)."),
 34: ((T,T,T,F,T,T), "Obama (USA) praising Yar'Adua is SUPPORT (condolences alone are CAMEO 018, dropped in PLOVER); the praised party is named in the sentence, so the target should be Umaru Yar'Adua (NGA), not empty."),
 35: ((T,T,T,F,F,F), "A visit leg by Obama (USA) is a CONSULT, but the host should be Vietnam (VNM), not the city coded as a person; it happens 'on Tuesday', so date should be 2016-05-24 and modality future, not the document date and asserted."),
 36: ((T,T,T,F,T,T), "REQUEST by Western governments (no country) is right, but Kiev is Ukraine's government (UKR), not the Belarus government (dateline took 'Minsk commitments' for Belarus)."),
 37: ((T,T,T,F,T,T), "The government's (PHL) pending appeal of the court's order is a REQUEST to the court, but 'the court' is named in the sentence, so the target should be the Supreme Court (PHL), not empty; pending appeal, document date accepted."),
 38: (S, "Spurious: 'Obama had given up his main leverage' is the rights groups' characterisation of the arms-embargo lifting (already coded as e1), not a separate concession; the sentence's act is the rights groups' criticism of Obama (ACCUSE)."),
 39: ((T,F,T,F,T,T), "Lawmakers occupying the podium to stop Fox's address is a PROTEST (obstruct), not ASSAULT (not armed forces taking ground); the target should be President Vicente Fox (MEX), the act's aim, not Congress, the place; Friday 2006-09-01 right."),
 40: ((T,T,T,T,T,T), "Maoist supporters (NPL) marched on Monday 2009-05-04 against the president and the army: protest aimed at the authorities, so the state (Nepal government) is a right target; all right."),
 41: ((T,T,T,F,F,T), "A promise of medical help is AGREE by the EU ('the bloc'), but the sentence names Tripoli, so the target should be Libya (LBY), not empty; 'had promised' is a background act of unknown earlier time, so no date, not the document date."),
 42: ((T,T,T,T,T,T), "Barshefsky (USA) and Shi (CHN) signed the deal on Monday 1999-11-15: mutual SUPPORT (sign); repeats the lead's signing but from another sentence, so not a duplicate by the rules; all right."),
 43: ((T,T,F,T,T,T), "ACCUSE of the shooting is right and the Pakistani Taliban is clearly the party denounced, but the source group 'Politicians from across the spectrum' should carry Pakistan (PAK), which the sentence makes plain (Imran Khan's opposition); its code is empty."),
 44: ((T,T,T,T,T,T), "Gayoom (MDV) conceded defeat on Wednesday 2008-10-29; the sentence names no winner, empty target right; all right."),
 45: (S, "Spurious: 'was committed to the political rights of all Venezuelans' is a statement of principle, not a commitment to cooperate with a party (the sentence's act is Spain granting asylum, AID); besides, the source should be Spain's government and Spain is not its own target."),
 46: ((T,T,T,T,T,T), "Beijing (CHN) imposed tariffs on Australian barley (AUS) in May 2020: SANCTION (curtail commercial exchange), 2020-05; all right."),
 47: ((T,T,T,T,F,T), "ASSAULT (firearms) with no shooter or target named in the sentence (empty right), but the shooting took place on Sunday as the lead says: date should be 2008-11-23, not the document date 2008-11-24."),
 48: ((T,T,T,T,T,T), "Cyprus (CYP) welcomed the EU decision (the EU is not named in the sentence): SUPPORT, Monday 2006-12-11; all right."),
 49: (S, "Spurious: analysts predicting that Beijing may hold military exercises is a forecast, not a threat by a political actor; at most a hypothetical MOBILIZE by China, not a THREATEN by analysts."),
 50: ((T,T,T,T,T,T), "Saud al-Faisal (SAU) and Bajammal (YEM) signed the treaty on Monday 2000-06-12: mutual SUPPORT (sign), another sentence than the lead's, so not a duplicate; all right."),
}
keys = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        v, reason = V[it["n"]]
        if v is S:
            v = (F,) * 6
        d = dict(zip(keys, v))
        d["all"] = all(v)
        o = dict(it)
        o["verdict"] = d
        o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h12-x42-14", "coder_events": [
   "SUPPORT: Iraq's parliament (IRQ) -> Jalal Talabani (IRQ), re-elected him president, 2010-11-11",
   "REQUEST: Jalal Talabani (IRQ) -> Nuri al-Maliki (IRQ), asked him to form a new government, 2010-11-11",
   "PROTEST: Iraqiya bloc lawmakers (IRQ) -> Iraq's parliament (IRQ), walkout from the session, 2010-11-11",
   "AGREE: Iraq's main factions (IRQ) <-> each other (IRQ), power-sharing deal struck a day earlier, 2010-11-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Thursday = 2010-11-11 (document date Friday 2010-11-12). dateline coded nothing in the paragraph; the deal is coded later only as Barzani's brokering (e1, para 4)."},
 {"doc": "h12-x44-10", "coder_events": [
   "SUPPORT: Indonesia's election commission (IDN) -> Susilo Bambang Yudhoyono (IDN), formally declared him winner of the presidential election, 2004-10-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Monday = 2004-10-04. Certifying a winner is a marginal SUPPORT (approve actor); the 'landslide victory over Megawati' is the election result, not a further act."},
 {"doc": "h12-x41-15", "coder_events": [
   "ASSAULT: unidentified gunmen (no code) -> Lech Kaczynski (POL) and Mikheil Saakashvili (GEO), their convoy came under fire near South Ossetia, 2008-11-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Sunday = 2008-11-23. dateline coded the shooting only from Kaczynski's quote in paragraph 3 (item #47, dated 2008-11-24), not from this paragraph."},
 {"doc": "h12-x44-04", "coder_events": [
   "SUPPORT: ASEAN (IGO) -> Myanmar (MMR) and Laos (LAO), formally admitted them as members, 1997-07-23",
   "REJECT: ASEAN (IGO) -> United States (USA) and Europe (EUR), brushed aside their criticism, 1997-07-23",
   "ACCUSE: United States (USA) and Europe (EUR) -> Myanmar military government (MMR), criticism of its human rights record, no date (earlier, ongoing)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Wednesday = document date 1997-07-23. Admission could also be coded COOPERATE; either way dateline has no event in the paragraph."},
 {"doc": "h12-x44-11", "coder_events": [
   "SUPPORT: Federal Electoral Tribunal (MEX) -> Felipe Calderon (MEX), declared him winner of the presidential election, 2006-09-05",
   "REJECT: Federal Electoral Tribunal (MEX) -> Andres Manuel Lopez Obrador (MEX), rejected his fraud claims, 2006-09-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Tuesday = 2006-09-05 (dateline Sept 5; document date 2006-09-06). The court's criticism of Fox (e1) is in paragraph 3."},
 {"doc": "h12-x44-18", "coder_events": [
   "RETREAT: Barack Obama (USA) -> Vietnam (VNM), announced the full lifting of the arms sales embargo, 2016-05-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Monday = 2016-05-23 (CAMEO 085 ease embargo -> RETREAT). dateline coded the same lifting from Obama's quote in paragraph 3 (e1 RETREAT), but nothing from this paragraph."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        assert len(p["coder_events"]) >= p["found"]
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
