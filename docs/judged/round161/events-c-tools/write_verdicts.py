"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts (round 161).

V[n] = (event, type, source, target, date, modality, reasons); a spurious item is given with
event False and is written False in every field.
"""
import json
from pathlib import Path

HERE = Path("/work/wt/j161c/docs/judged/round161")
T, F = True, False
V = {
 1: (T, T, T, T, F, T, "The US backing of the junta is a background act of the junta years, which the text dates from 1967 (\"when the junta took over in 1967\"), not the report day: date should be 1967 (or no date), not 1999-11-20. Type, parties and modality are right."),
 2: (T, T, T, F, F, T, "The candidates rejected are named in the sentence: target should be the candidates for prime minister, including Jacques-Edouard Alexis (HTI). The rejections are summed over the time since June 1997 (\"has rejected ... several\"), so there should be no date, not the document date."),
 3: (T, T, T, T, T, T, "The High Court in Suva convicting Seniloli (\"a high chief\", FJI) on Thursday 2004-08-05 is SANCTION convict. All fields are right."),
 4: (T, T, F, T, T, T, "\"Their voters\" are the French and Dutch voters who rejected the EU constitution in 2005: source should be those voters (FRA/NLD), not voters of Macedonia (MKD). Type, target (the EU, via its constitution), date 2005 and modality are right."),
 5: (T, T, T, T, F, T, "The future consultation is right in type, parties and modality. The story is dated Sunday 2006-06-04, the last day of ISO week 22, so \"this week\" means the coming week: date should be 2006-W23, not 2006-W22."),
 6: (T, T, T, T, F, T, "The urging was part of the one-day Zagreb summit that the lead dates to Friday: date should be 2000-11-24, not the document date 2000-11-25. Under the rule, unnamed summit leaders and \"all governments\" with no country are right parties."),
 7: (T, T, T, T, T, T, "Syria said it supported the Lebanese army's action. SUPPORT from Syria to the Lebanese army, dated to the report with the document date, is right."),
 8: (T, T, T, T, T, T, "Rao resigning as Congress president on Saturday 1996-09-21 is RETREAT resign, asserted. An empty target is acceptable for a resignation."),
 9: (T, T, T, T, T, T, "The EU urging Moldovan politicians to form a stable government is a REQUEST, reported as this news and given the document date. All fields are right."),
 10: (T, T, T, T, T, T, "Clinton urged both leaders (Netanyahu and Arafat) to keep talking. Coding them as Israel and Palestine gives the right country codes, and the report-day date (the day of the bombing) is right."),
 11: (T, T, T, T, T, T, "The Catholic bishops in Peru urging Congress to reconsider the amnesty is a REQUEST to the Peruvian Congress, reported as this news. All fields are right."),
 12: (T, T, T, F, T, T, "The person detained is Michel Kilo, so the target should be Michel Kilo (SYR), not \"the opposition\" as a group (he is only one of its figures). The empty source (passive, no agent in the sentence) and the date Sunday 2006-05-14 are right."),
 13: (T, T, T, T, F, T, "REQUEST from Britain to Nigeria is right. \"Has asked\" is an earlier request of unknown date made after his flight in November, not this news: it should have no date, not the document date 2005-12-10."),
 14: (T, T, T, T, T, T, "At Thursday's news conference Clinton praised Argentina. SUPPORT from the USA to ARG on 1997-10-16 is right."),
 15: (T, T, F, F, T, T, "\"The rebels\" are the Zapatista National Liberation Army, so the source should be the Zapatistas/EZLN (MEX), not the Colombian ELN. Walking out of the talks halts negotiations with the government named in the sentence, so the target should be the Mexican government (MEX), not empty. Type and date 1996 are right."),
 16: (T, T, F, T, T, T, "The same sentence names the raiders (\"as many as 100 fighters ... overwhelmed the small garrison\"): source should be those fighters (the Colombian guerrillas, COL), not empty. Target (the Cararabo outpost, VEN) and date Sunday 1995-02-26 are right."),
 17: (T, T, T, T, T, T, "Alamieyeseigha's arrest at Heathrow in September 2005 has no agent in the sentence, so the empty source is right. Target, date 2005-09 and modality are right."),
 18: (T, T, T, T, T, T, "Taylor refusing to attend his trial on Monday 2007-06-04 is REJECT, asserted. The court is not named in the sentence, so an empty target is right."),
 19: (T, T, T, T, F, T, "The seizure of the policemen was an episode of the week of violence before the resignation, and the text gives it no day. Date should be none (or that week), not 2001-07-19, the day of Koirala's resignation. Type and parties are right."),
 20: (F, F, F, F, F, F, "Spurious: \"political parties are formally banned\" describes a standing legal condition in Kuwait, not an act of banning reported in the story."),
 21: (T, T, T, T, T, T, "Yemeni troops launched an offensive against the Houthi rebels, announced on Wednesday. ASSAULT YEM -> YEM rebels dated to the report is right."),
 22: (T, T, T, T, T, T, "Immigration agents and police detained the Italians over the weekend before Monday 11 May, which is 1998-W19-WE. All fields are right."),
 23: (T, T, T, T, T, T, "\"Zardari would not resign\" is a RETREAT negated by the conventions, reported by his spokesman on the report day. All fields are right."),
 24: (T, T, T, T, F, T, "Hariri's appeal was made when the cabinet was unveiled, which the lead dates to Monday: date should be 2009-11-09, not the document date 2009-11-10. The appeal to \"Lebanese\" coded as LBN is acceptable."),
 25: (T, T, T, F, T, T, "The place Medvedev visited is South Ossetia, so the target should be South Ossetia (the breakaway region of Georgia, GEO), not Vladimir Putin. Source, type and date 2009-07 are right."),
 26: (T, T, T, T, T, T, "Arzu's promise of reform (army under civilian control) is AGREE (CAMEO 034). It is an undated promise of unknown time, so no date is right."),
 27: (F, F, F, F, F, F, "Spurious: the sentence reports the peace talks as frozen, not held. The act in it is the 1996 walkout, already coded as e10. The parties are also wrong: Italy's government and the Colombian ELN, where they should be Mexico's government and the Zapatistas."),
 28: (F, F, F, F, F, F, "Spurious: the talks \"frozen since 1996, when the rebels walked out\" is the state that the walkout left, so this duplicates the walkout (e10) in the same sentence. Its parties are also wrong: Italy's government and the ELN."),
 29: (T, T, T, T, T, T, "Relatives of the jailed men, in the USA, appealed for calm diplomacy: a REQUEST with no addressee, reported as this news. All fields are right."),
 30: (T, T, T, T, T, T, "Khama's promise in his inaugural address on the day of the swearing-in (the document date) is AGREE, asserted. All fields are right."),
 31: (T, T, T, T, F, T, "The Declaration's call on Damascus was made when it was \"published last week\": date should be the previous week (2006-W19), not the document date 2006-05-18. Its signatories were Syrian and Lebanese, so SYR for the source is acceptable."),
 32: (T, T, T, T, T, T, "Mexican authorities deported a dozen foreigners (no country given) last month, 1998-04. All fields are right."),
 33: (T, T, T, T, F, F, "This is what the opposition leaders expected the king to do \"within days\", not a reported invitation. Modality should be future (or hypothetical), not asserted, and there should be no date (some days after 1995-09-11), not the document date. Parties are right, and AGREE (an invitation) is defensible."),
 34: (T, T, T, T, F, T, "The abduction was part of the attack that the text dates to before dawn on Monday: date should be 1998-06-08, not the document date 1998-06-09. The empty source (rebels not named in the sentence) and the target (students, UGA) are right."),
 35: (T, T, T, T, F, T, "The NLD pressed the generals during the standoff that began on Aug. 12 (deadline Aug. 21): date should be August 1998 (or the document date, as ongoing), not none. Type and parties are right."),
 36: (T, T, T, T, T, T, "Saudi King Abdullah visiting Damascus last month is CONSULT visit SAU -> SYR, 2009-10. All fields are right."),
 37: (T, T, T, T, F, T, "The king accepted Badran's resignation along with Thursday's appointment of Bakhit: date should be 2005-11-24, not the document date 2005-11-25. Parties are right, and AGREE (accepting) is acceptable."),
 38: (T, T, T, T, T, T, "Natwar Singh resigned from the Indian cabinet on Tuesday, 2005-12-06. All fields are right."),
 39: (T, T, T, T, F, T, "The bus killings are background that came \"later\" than the April 2007 stoning, with no day given. They are not the 14 August truck bombings, so the date should be none (after April 2007), not 2007-08-14. Type ASSAULT and parties are right (mode execute, judicial, is off, but the type is right)."),
 40: (T, T, T, T, T, T, "\"We are not going to apologise\" is SUPPORT (apologise, 055) negated by Mahathir (MYS). No addressee is named. All fields are right."),
 41: (T, T, T, T, T, T, "Clinton condemned the attack: ACCUSE with no party named as target, on the day of the bombing. All fields are right."),
 42: (T, T, T, T, T, T, "Chung Dong-young called on the Constitutional Court to reflect the people's will: a REQUEST KOR -> KOR, reported as this news. All fields are right."),
 43: (T, T, T, T, T, T, "The 1971 death toll with no killer named in the sentence is a total from an earlier time, so no date is right by the round-20 rule (1971 would also do). The attribution keeps it asserted."),
 44: (T, T, F, T, T, F, "In the rebels' accusation it is the army that kills civilians: source should be the Yemeni army (YEM), not the rebel fighters. The act inside an accusation should be reported, not asserted. Target and date are right."),
 45: (T, T, T, T, T, T, "Egyptian business leaders welcomed the appointment: SUPPORT, with no party named as target, reported as this news. All fields are right."),
 46: (T, T, T, T, T, T, "The State Department conveyed its concern to Lima: ACCUSE (disapprove) USA -> PER, reported by diplomats as this news. All fields are right."),
 47: (T, T, T, F, F, T, "\"Some foreign groups\" are by definition not Mexican and the text gives no country: target should be those groups with no code, not MEX. \"Has accused\" is an earlier background accusation of unknown date, so it should have no date, not the document date."),
 48: (T, T, T, T, T, T, "Saleh declaring a ceasefire in July 2008 is CONCEDE (the declaration, not the implementation). All fields are right."),
 49: (T, F, T, T, T, T, "The lawyers' caution carries no threatened repercussion: type should be REQUEST (a call on the executive not to pack the bench; ACCUSE would also do), not THREATEN. Parties and date are right."),
 50: (F, F, F, F, F, F, "Spurious: a finance minister proposing tax rises is a domestic budget proposal, not a PLOVER act between political actors (no AGREE/offer to anyone). It is also an earlier act given the document date."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
keys = ["event", "type", "source", "target", "date", "modality"]
with open(HERE / "events-c.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        flags = dict(zip(keys, v[:6]))
        if not flags["event"]:
            flags = {k: False for k in keys}
        flags["all"] = all(flags[k] for k in keys)
        rec = dict(it)
        rec["verdict"] = flags
        rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h58-x227-08",
  "coder_events": [
   "RETREAT: Sonia Gandhi (IND) -> Congress party (IND), resigned as party president, 1999-05-17",
   "REQUEST: three senior Congress leaders (Pawar, Sangma, Anwar) (IND) -> Congress party (IND), demanded that no one born abroad become prime minister, 1999-05-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the resignation (right type). Its target list includes a spurious role noun, 'president'. The demand two days earlier (Saturday 1999-05-15) is missed."},
 {"doc": "h58-x225-04",
  "coder_events": [
   "SUPPORT: Bosnian Serb parliament (BIH, Serb Republic) -> Milorad Dodik (BIH), elected him prime minister, 1998-01-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The one codable act is the parliament's vote electing Dodik, read as SUPPORT (approve an actor); a strict coder might code nothing. 'Ending the Pale leadership's hold' is a consequence, not a further act. Dateline has no event."},
 {"doc": "h58-x227-25",
  "coder_events": [
   "COERCE: Bangladeshi police (BGD) -> three senior Jamaat-e-Islami leaders (BGD), arrested, 2010-06-29",
   "ACCUSE: Jamaat-e-Islami (BGD) -> Bangladeshi police/government (BGD), denounced the arrests as political revenge, 2010-06-29"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type. The government's remark that it was 'a matter for the courts' is a plain statement with no PLOVER type. Dateline's ACCUSE has an empty target and the document date 2010-06-30, but type is all that counts here."},
 {"doc": "h58-x226-24",
  "coder_events": [
   "SUPPORT: Saad al-Hariri (LBN) -> Hezbollah and its allies (LBN), finalised a national unity cabinet (power-sharing deal) ending a five-month deadlock, 2009-11-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Forming a unity government that includes Hezbollah finalises a power-sharing agreement (SUPPORT, 'finalize an agreement'; AGREE is also defensible). The June election win is background with no act. Dateline has no event."},
 {"doc": "h58-x227-05",
  "coder_events": [
   "PROTEST: Zimbabwe's trade unions / workers (ZWE) -> Zimbabwe government (ZWE), nationwide strike against tax increases, 1997-12-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found (PROTEST strike, right date). 'Workers stayed home in protest' is the same act. By the home-protest rule the target should be the state (the protest is aimed at the government's tax increases), but dateline has none; only the type counts here."},
 {"doc": "h58-x227-04",
  "coder_events": [
   "RETREAT: P.V. Narasimha Rao (IND) -> Congress party (IND), resigned as party president, 1996-09-21",
   "ACCUSE: court / Delhi magistrate (IND) -> P.V. Narasimha Rao (IND), ordered him to stand trial in a cheating case, no date in the paragraph (the week before)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The resignation was found. The court order to stand trial (ACCUSE, bring to trial) is missed. 'Months of pressure from party rivals' is a vague nominal span and is not counted as a separate act."},
]
paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
