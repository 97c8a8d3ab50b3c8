# Writes events-a.jsonl from the judge's hand verdicts below (fields: event type source target date modality).
import json
T, F = True, False
V = {
 1: (T,T,F,T,T,T, "Source should be the new president, Touadera (CAF): 'the new president' is the run-off winner, not interim president Samba-Panza, who is handing over power. Hoped-for disarmament kept as RETREAT disarm (hypothetical, undated), target militias (CAF) right."),
 2: (T,T,T,T,T,T, "Soldiers (GNB) shot dead the candidate and ex-defence minister (GNB) on Friday 2009-06-05; all right (assassinate would be a finer mode)."),
 3: (T,T,T,T,T,T, "Moscow accuses Riga: ACCUSE RUS->LVA right; a repeated background accusation with no date, so an unknown date is right."),
 4: (T,T,F,F,T,T, "Those who pulled out are Oli's CPN-UML and the Rastriya Prajatantra Party (NPL), not Dahal; target should be the Nepali government they left (NPL), which the sentence names. Date 2023-02 (last month) right."),
 5: (T,T,T,T,F,T, "Planned Bosworth trip to Pyongyang: CONSULT USA->PRK, future, right; date should be none: 'next week' (2009-W47) belongs to Obama's Seoul visit, and the text gives the envoy's trip no date."),
 6: (T,T,T,T,T,T, "Washington requested Coke's extradition last August (2009-08): right; Coke (JAM) as target accepted as the party the request concerns ('his'); Jamaica's government, asked in the next sentence, would also be right."),
 7: (T,T,T,T,T,T, "Iranian officials complain against Seoul: ACCUSE IRN->KOR right (actor named 'Seoul suspects' is the mention 'Seoul' with KOR, name garbled but the right party and code); repeated undated complaint, unknown date right."),
 8: (T,T,T,T,T,T, "Erdogan and Serraj signed the memorandum on Nov. 27 (2019-11-27): SUPPORT (sign agreement), mutual, right."),
 9: (T,T,T,T,T,T, "Opposition parties (KOR) welcomed the arrest: SUPPORT; the prosecutors who made the arrest (first sentence) are clearly the party approved; document date right."),
 10: (T,T,T,T,T,T, "Guards accused the South Korean-flagged tanker of polluting: ACCUSE IRN->KOR accepted (the accused is the tanker, coded at country level with the right code KOR); Monday 2021-01-04 right."),
 11: (T,T,T,F,T,T, "Troops shot the men they rounded up: target should be those men (Nigerian civilians, NGA), not 'Residents', who are the witnesses who fled to Makurdi and report the act."),
 12: (T,T,T,T,T,T, "Residents and activists called for an independent investigation: REQUEST with no named addressee, empty target right; document date right."),
 13: (T,T,T,F,T,T, "China's warning of 'resolute measures' is aimed at Myanmar, named in the sentence as the bomb's source: target should be Myanmar (its military/government, MMR), not empty."),
 14: (T,F,T,F,F,T, "Szydlo defending her own government is no SUPPORT between actors; the act is her due appearance before the European Parliament: CONSULT Szydlo (POL) -> European Parliament (EU), future, date should be 2016-W03 ('next week')."),
 15: (T,T,T,T,F,T, "Chun's detention is the Dec 3 arrest: date should be 1995-12-03; 'last month' (1995-11) dates Roh Tae-woo's arrest, not Chun's."),
 16: (T,T,F,T,T,T, "Source country should be TGO: Fabre is the Togolese opposition candidate (code empty is wrong); target electoral commission (TGO) right."),
 17: (T,T,T,F,T,T, "Nugent, 'the president of the tribunal' (source 'president' PER is that description), resigned: RETREAT resign; target should be empty (or the Constitutional Tribunal), not Nugent himself; 'was reported to have' accepted as reported."),
 18: (T,T,T,T,T,T, "Council of Europe had urged the Azerbaijani authorities: REQUEST right; earlier undated act, unknown date right."),
 19: (T,T,T,T,T,T, "Organisers (GenZ 212, MAR) called for protests to continue peacefully: REQUEST to their own followers, empty target right; document date right."),
 20: (T,T,T,T,T,F, "Seoul 'bowing to U.S. pressure' (yield, CONCEDE KOR->USA) exists only inside the Iranian officials' complaint: modality should be reported, not asserted."),
 21: (T,T,T,T,T,T, "Israeli and Palestinian politicians launched the Geneva peace blueprint on Monday 2003-12-01: AGREE (intent to settle), mutual, right."),
 22: (T,T,T,F,T,T, "Al-Sherif is Egypt's envoy: target country should be EGY, not IRQ; gunmen in Baghdad (IRQ) and Saturday evening 2005-07-02 right."),
 23: (T,T,T,F,T,T, "Chen's 2000 pledge was meant to reassure Beijing and Washington: target should be China and the United States only; Xinhua is not in the sentence and is wrong."),
 24: (T,T,T,F,T,T, "Lee convened a meeting of his security ministers: target (or co-actor) should be South Korea's security ministers (KOR), named in the sentence, not empty."),
 25: (T,T,T,T,F,T, "The bomb that killed Tagme fell hours before Vieira's killing on March 2: date should be 2009-03-02 (early March 2009), not 2009-06-05."),
 26: (T,T,T,T,T,T, "Investors welcomed Lourenco's drive: SUPPORT; 'the drive' is an act, not a party, so empty target right; ongoing reception, document date accepted."),
 27: (T,T,T,T,T,T, "Kalfin's campaign would ask prosecutors (BGR) to investigate: REQUEST future, undated, right (reported_by should be Kalfin, not Plevneliev; not a scored field)."),
 28: (T,F,T,T,T,T, "Protesters torching the ruling party's offices is a violent riot: type should be PROTEST riot (CAMEO 145), not ASSAULT destroy; target CDP (BFA) and Tuesday 1998-12-15 right."),
 29: (T,T,T,T,T,T, "Carter held talks with Meshaal on Friday 2008-04-18: CONSULT right."),
 30: (T,T,F,F,T,T, "The Arab League suspended Syria's membership: source should be the Arab League (or empty, the sentence names no agent), not Syria; target should be Syria (SYR), not Saudi Arabia. 2011 right."),
 31: (T,T,T,T,T,T, "Tally of Palestinians and Israelis killed since September: ASSAULT, no agent, summed span with no date: right."),
 32: (T,T,T,T,T,T, "Rockets Hezbollah fired in the 2006 war: ASSAULT, date 2006 right; the clause names no target, so empty accepted (Israel would also be right)."),
 33: (T,T,T,T,T,T, "Dozens arrested (MOZ), no agent named, reported as this news: right (reported_by should be the interior minister, not 'Frelimo'; not scored)."),
 34: (T,T,F,F,F,T, "Governor Akume called for a judicial inquiry: source should be George Akume (NGA), target empty (no addressee), not 'entire communities'; date should be the document date 2001-10-30 (reported as this news)."),
 35: (T,T,T,T,F,T, "Communities destroyed in the raids: ASSAULT destroy right, but the destruction happened during the raids from Oct. 22 (last week): date should be 2001-10-22 / 2001-W43, not the document date."),
 36: (T,T,F,T,T,T, "The families are those of the missing Belarusian opponents: source should be BLR, not 'United States families' (USA); ongoing accusation, document date right."),
 37: (T,T,T,T,F,T, "UN monitors' accusation is an earlier background act (a charge already made): date should be none, not the document date."),
 38: (T,T,T,T,T,T, "Mubarak's office condemned the killing: ACCUSE; 'this criminal act' is an act, not a party, so empty target right; document date accepted."),
 39: (T,T,F,T,F,T, "'It' is the U.N. human rights office's report: source should be the UN rights office (UNO/IGO), not 'Uyghur'; the report was published late Wednesday, date should be 2022-08-31."),
 40: (T,T,T,F,F,T, "Eritrea accused IGAD ('it') of serving as cover: target should be IGAD (IGD), not Ethiopia; the statement came at the weekend, date should be 2007-04-21/22 (2007-W16 weekend)."),
 41: (F,F,F,F,F,F, "Spurious: 'fight for every vote' is Zaev's metaphor for contesting the count, not an ASSAULT."),
 42: (T,T,T,F,F,T, "ECOWAS pressed Guinea's junta (named in the sentence, GIN) for a return to civilian rule: target should be the junta; '2024' is the deadline, not the date of pressing, so date should be none."),
 43: (T,T,T,T,T,T, "Britain urged China: REQUEST GBR->CHN, document date right."),
 44: (T,T,T,F,T,T, "Ethiopia's refusal to implement the boundary ruling: target should be the boundary commission whose ruling it rejects (or Eritrea, named in the sentence), not empty; ongoing refusal, document date right."),
 45: (T,T,T,T,T,T, "State Department (USA) called for Kavala's release: REQUEST; Kavala (TUR) accepted as the party the call concerns (Turkey, unnamed, would also be right); reported_by 'lawyer' is wrong but not scored."),
 46: (T,T,T,T,F,T, "Washington's urging of allies is an earlier background act ('already'): date should be none, not the document date."),
 47: (T,T,T,T,T,T, "US and UN welcomed the vote: SUPPORT; 'the vote' is an act, empty target right; 2022-10-27 (the story's day) right."),
 48: (T,T,T,T,T,T, "Palestinian leadership gave its approval to the plan late Wednesday 2001-06-13: SUPPORT (approve) right."),
 49: (T,T,T,T,T,T, "UN envoy welcomed the vote and praised Dologuele's decision: SUPPORT UN->Dologuele (CAF) right."),
 50: (T,T,T,T,T,T, "PNP urged restraint by the security forces (JAM): REQUEST right; the call on Golding is a separate event (e9)."),
}
names = ["event","type","source","target","date","modality"]
out = open('events-a.jsonl','w')
for l in open('events-a-items.jsonl'):
    d = json.loads(l); v = V[d['n']]
    verdict = dict(zip(names, v[:6])); verdict['all'] = all(v[:6])
    if not verdict['event']: assert not any(verdict.values())
    d['verdict'] = verdict; d['reasons'] = v[6]
    out.write(json.dumps(d, ensure_ascii=False) + "\n")
out.close()
