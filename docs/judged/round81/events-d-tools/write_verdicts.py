"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts.

Verdict tuple order: event, type, source, target, date, modality (T/F); 'all' is computed.
A spurious item (event False) is forced False in every field.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
T, F = True, False
SP = (F, F, F, F, F, F)  # spurious

V = {
 1: ((T, T, T, T, T, T), "Pakistan asking the U.N. to take note of the incident is a REQUEST Pakistan (PAK) -> United Nations, reported as this news on the document date; all fields right."),
 2: ((T, T, T, T, T, T), "Carrie Lam reports that the Hong Kong government (HKG) had asked Beijing (CHN) for the decision: REQUEST with the right parties; the request is a background act the text does not date, so no date is right. (reported_by's CHN/BUS code for Lam is not scored.)"),
 3: ((T, T, T, T, T, T), "Basescu promising to root out graft is an intent to reform (CAMEO 034 -> AGREE); no party is acted upon in the sentence so the empty target is right; said to supporters after midnight on the night of the result, the document date 2004-12-13 is right."),
 4: ((T, T, F, F, T, T), "Criticism of the deal is ACCUSE, but the families of Israeli soldiers are plainly Israeli: source should be the soldiers' families (ISR), not uncoded; the sentence names the party criticised, 'Israel should not have signed', so the target should be Israel (ISR), not empty."),
 5: ((T, T, F, T, T, T), "'Its leaders' are the Muslim Brotherhood's leaders (Jordanian opposition); dateline made them 'Jordan leaders' with a government sector, so the government accuses itself: source should be the Muslim Brotherhood leaders (JOR). ACCUSE -> Jordanian government is right."),
 6: ((T, T, T, T, T, T), "Ashton (EU) welcoming the arrest is SUPPORT; the arrest was made by the Serbian police and the sentence names Serbia, so Serbian police (SRB) is an acceptable target; the document date is right."),
 7: (SP, "Spurious: 'the government had ignored warnings' is part of the opposition deputies' complaint, not a rejection of a request. The act a coder codes here is ACCUSE: opposition deputies (JOR) -> Jordanian government, which dateline did not code. Even read as REJECT, the act is inside a claim (reported) and is a background act given the document date."),
 8: ((T, T, T, T, T, T), "Arab League observers visiting Homs on Tuesday (2011-12-27) is a CONSULT visit by the Arab League observers to Syria (SYR); all fields right."),
 9: ((T, F, F, T, T, T), "Commonwealth leaders agreeing to keep Zimbabwe suspended is a sanction on Zimbabwe, not cooperation: the type should be SANCTION; the source should be the Commonwealth leaders (no country), not Nigeria (the summit was only held in Nigeria). The date (Sunday 2003-12-07) is right."),
 10: ((T, T, T, T, F, T), "Security forces (JOR) detaining members of the local branch of Iraq's Baath party is COERCE arrest, and the target 'its members' (IRQ, the party's own code) is acceptable; but the text gives the detentions no date, so it should be the document date 1996-08-18, not Saturday 1996-08-17."),
 11: ((T, T, T, T, T, T), "Journalists detained at the end of Thursday's standoff in Manila: COERCE arrest, detaining party unnamed in the sentence (empty source right), target journalists (PHL), 2007-11-29; all right."),
 12: ((T, T, T, T, T, T), "A march in Tripoli towards the seat of the government is aimed at the authorities, so PROTEST by hundreds of people (LBY) -> Libyan government is right; the text places it among Friday's spreading demonstrations, so 2022-07-01 is right."),
 13: ((T, T, T, T, T, T), "A rally in support of Yushchenko: PROTEST with an empty target is right by the support-rally rule; the supporters (UKR) are the right source. The text does not date the rally, so the document date is right by rule (Thursday 04-26 would also be defensible)."),
 14: ((T, T, T, F, T, T), "An American consulate employee shooting two men is ASSAULT firearms on Thursday 2011-01-27; coding the consulate employee as the United States (USA) is accepted, but the victims were two private Pakistani men: target should be the two Pakistani men (PAK civilians), not the state of Pakistan."),
 15: ((T, T, T, T, T, T), "One man killed in the overnight attack on an Irbid police station: ASSAULT, attackers unnamed (empty source right), target the man killed (JOR); overnight before Thursday, 2012-11-15 is right."),
 16: ((T, T, T, T, T, T), "Jordan deploying army units to Karak on Saturday 1996-08-17 is MOBILIZE troops with no party as target; all right."),
 17: ((T, T, T, T, T, T), "China welcoming Myanmar's transition is SUPPORT; by the sentence rule the target is right empty since 'the transition' is an act, not a party (I would code Myanmar, MMR); the document date is right."),
 18: ((T, T, F, T, T, T), "Promising to look into the reports is accepted as AGREE (a commitment to investigate); but Wiranto is Indonesia's armed forces chief: source should be Wiranto (IDN), not uncoded. Target empty and document date are right."),
 19: ((T, T, T, T, T, T), "Cuban officials (CUB) welcoming the reunion is SUPPORT; no party is named as target in the sentence (empty right); the report is datelined April 22 and the reunion was that Saturday, so 2000-04-22 is right."),
 20: ((T, T, T, T, T, T), "Reagan (USA) and Gorbachev (Soviet Union) signing the INF treaty in 1987 is SUPPORT (sign agreement), mutual; year 1987 is the date the text gives; all right."),
 21: ((T, T, F, T, T, T), "Al Qaeda's 1998 bombing of the U.S. embassies is ASSAULT with the right target and year, but the source 'whose operatives' is al Qaeda's operatives (no country), not Israeli intelligence (ISR/SPY)."),
 22: ((T, T, F, T, T, T), "Tadic urging parliament to adopt a declaration is REQUEST -> Serbian parliament (SRB) on the document date; but Tadic is Serbia's president: source should be Boris Tadic (SRB), not uncoded."),
 23: ((T, T, T, T, T, T), "A journalist shot dead in Kigali in June 2010: ASSAULT firearms, killer unnamed (empty source right), target the journalist (RWA), date 2010-06; all right."),
 24: ((T, T, T, T, T, F), "Hariri's camp (LBN) accusing the government (LBN) is ACCUSE, and an undated campaign-time act with no date is right; but the accusation was made, and Hoss's denial does not negate it: modality should be asserted, not negated."),
 25: ((T, T, T, T, F, T), "Turkey warning it would destroy the missiles is THREATEN Turkey -> Greek Cypriot government; but it is a background act of the 18-month standoff, not this news: the date should be unknown (sometime in 1997-98), not the document date."),
 26: ((T, T, T, T, T, T), "Adib (LBN) stepping down on Saturday 2020-09-26 is RETREAT resign; all right."),
 27: ((T, T, T, T, F, T), "'Would not negotiate directly with an indicted war criminal' is accepted as a negated CONSULT (the rule allows the negated form of a refusal) U.S. government -> Milosevic ('an indicted war criminal', SRB accepted for Yugoslavia); but the refusal is stated as this news: date should be the document date 1999-05-28, not unknown."),
 28: ((T, T, T, T, T, T), "The African Union force (with Kenyan troops) fighting al Shabaab (SOM) is ongoing ASSAULT at the time of the story, so the document date is right; all right."),
 29: ((T, T, T, T, T, T), "Rasmussen (NATO) urging Russia not to escalate is REQUEST -> Russia (RUS) on the document date; all right."),
 30: ((T, T, T, T, T, T), "Nahnah accusing officials of stuffing ballot boxes is ACCUSE -> Algerian officials (DZA) on 1997-06-07; the source 'party' is Nahnah's own party, which he leads and speaks for (same DZA party code), accepted."),
 31: ((T, T, T, T, T, T), "The European Commission (EU) welcoming the vote is SUPPORT; the sentence names no party (the vote is an act), so the empty target is right by rule; document date right."),
 32: ((T, T, T, T, T, T), "Sargsyan (ARM) resigning on 2018-04-23 is RETREAT resign with the explicit date; all right."),
 33: ((T, T, T, F, F, T), "The junta agreeing to restore Kabbah's government is AGREE (SLE), but Guinea is only where the talks were held: target should be the West African (ECOWAS) mediators or Kabbah's ousted government (SLE); the next sentence says the plan was agreed late on Thursday, so the date should be 1997-10-23, not Friday."),
 34: ((T, T, T, T, T, T), "Abbas (PSE) condemning the attack is ACCUSE; the attack's perpetrators, the Palestinian militants, are the right target; document date right."),
 35: ((T, T, F, T, T, T), "Reinforcements being sent is MOBILIZE on the document date, but the sentence makes plain they are Russian forces (the Russian Defence Ministry speaking of its peacekeepers): source should be Russia's military (RUS), not empty. No party is the target (empty right)."),
 36: ((T, T, T, T, T, T), "Police (GHA) firing tear gas on opposition supporters is ASSAULT crowd-control; target the NPP supporters (GHA); the text gives no explicit date so the document date is right by rule."),
 37: ((T, T, T, T, T, T), "The State Department (USA) urging both sides (India, Pakistan) to show restraint is REQUEST on the document date; all right."),
 38: ((T, T, T, T, T, T), "Britain (GBR) agreeing to give up sovereignty over the Chagos Islands to Mauritius (MUS) on Thursday 2024-10-03 is AGREE (intent to yield, CAMEO 035); all right."),
 39: ((T, T, F, T, T, T), "Mladic being indicted is ACCUSE allege with an undated background act (no date right), but the sentence names the indicting party: source should be the U.N. war crimes tribunal (ICTY, no country), not empty."),
 40: ((T, T, T, T, T, T), "Somalia (SOM) severing diplomatic relations with Kenya (KEN), said on Tuesday 2020-12-15, is SANCTION withdraw; all right."),
 41: ((T, T, T, F, F, F), "Financing of the plotters is accepted as AID with the financiers unnamed (empty source), but Florida is where the money came from, not its recipient: target should be the plotters; the financing is an undated earlier act, not the document date; and it is part of Maduro's accusation, so the modality should be reported."),
 42: ((T, T, T, F, F, T), "'Have been blamed on the same groups' is ACCUSE by unnamed accusers, but the party blamed is the target: it should be the Iran-aligned militias (IRQ), not the U.S. forces, who were attacked; the blaming is a background span, so no date (not the document date)."),
 43: ((T, T, F, T, T, T), "Liberal deputies calling for Grachev (RUS) to resign is REQUEST on the document date, but the source should be the liberal Duma deputies (RUS): dateline leaves the deputies uncoded and adds the State Duma, which as a chamber made no call."),
 44: (SP, "Spurious: the sentence reports a delay by a Kenyan court ruling in January; 'the deployment' is the topic, not a deployment made then (the deployment is the Tuesday arrival coded elsewhere). A coder would code the court ruling, if anything; the January date belongs to the ruling."),
 45: (SP, "Spurious: an MP's remark that the prime minister was 'not negotiated elsewhere' is no act between political actors; Mikati was not a party to any negotiation here."),
 46: ((T, T, T, F, T, T), "Abacha (NGA) refusing to free Abiola is REJECT, undated background act (no date right); but the target should be Abiola (NGA), the person he refused to free, or empty: the United States is not in the sentence and made no request here."),
 47: ((T, T, T, F, T, T), "Turkey's parliament agreeing to hold early elections is accepted as AGREE (TUR), undated ('days after') with no date right; but the target 'Die Linke' (a German party) is a misreading of Ecevit's Democratic Left Party and is not in the act: the target should be empty."),
 48: ((T, T, T, T, T, T), "Ingabire arrested in April 2010: COERCE arrest, arresting party unnamed (empty source right), target Ingabire (RWA), date 2010-04; all right."),
 49: ((T, T, T, F, F, T), "Yo Soy 132 (MEX) accusing the TV networks is ACCUSE, but the target should be the television networks (MEX), not Pena Nieto (whom they favoured); the accusation is campaign background since May, so no date (not the document date)."),
 50: ((T, T, F, T, T, T), "Lodging a strong protest with New Delhi is ACCUSE -> Indian government on the document date, but the protest was lodged by Sharif's government: source should be Pakistan's government (PAK), not India's."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-d-items.jsonl'))]
assert len(items) == 50
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
with open(os.path.join(ROOT, 'events-d.jsonl'), 'w') as f:
    for it in items:
        vals, reason = V[it['n']]
        if not vals[0]:
            vals = SP
        v = dict(zip(keys, vals))
        v['all'] = all(vals)
        out = dict(it)
        out['verdict'] = v
        out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

P = [
 {"doc": "h18-x66-17", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result announced by the electoral commission; no act of a PLOVER type between political actors."},
 {"doc": "h18-x67-25", "coder_events": [
   "CONSULT: Cyril Ramaphosa (ZAF) -> Donald Trump (USA), visit/meeting at the White House, 2025-05-21",
   "ACCUSE: Donald Trump (USA) -> Cyril Ramaphosa / South Africa (ZAF), confronted him with claims of persecution of white farmers, 2025-05-21"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this paragraph: both the meeting and the confrontation were missed."},
 {"doc": "h18-x66-25", "coder_events": [
   "SUPPORT: Lebanese lawmakers (LBN) -> Nawaf Salam (LBN), majority backed him for prime minister, 2025-01-13"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Aoun naming Salam to form a government is an appointment with no PLOVER type and is not counted; the lawmakers' backing is an approval (SUPPORT). Dateline found nothing."},
 {"doc": "h18-x67-06", "coder_events": [
   "SUPPORT: Ethiopia (ETH) <-> Eritrea (ERI), signed an agreement in Algiers to halt the border war, 2000-06-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SUPPORT sign-agreement event is right in every field. The peacekeepers' deployment is only made possible (not an act) and the soldiers' deaths are a span with no date; neither is counted."},
 {"doc": "h18-x68-22", "coder_events": [
   "SANCTION: Nicaragua (NIC) -> Taiwan (TWN), broke off diplomatic relations, 2021-12-09",
   "SUPPORT: Nicaragua (NIC) -> China (CHN), recognised the PRC as the only legitimate government of China, 2021-12-09"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both acts found, with the right type, parties and date."},
 {"doc": "h18-x65-04", "coder_events": [
   "CONCEDE: Glafcos Clerides (CYP) -> Turkey (TUR), abandoned the plan to station S-300 missiles on Cyprus, 1998-12-29 (announced Tuesday)",
   "AGREE: Glafcos Clerides (CYP) -> Greece (GRC), agreed to have the missiles deployed on Crete, 1998-12-29",
   "THREATEN: Turkey (TUR) -> Cyprus (CYP), had threatened to settle the standoff by force, background, no date"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "Dateline's only event is MOBILIZE Russia -> Greece on 'deployed': the deployment on Crete is the content of Clerides' agreement (a future act), and Russia deploys nothing; counted spurious. The concession, the agreement and Turkey's threat were missed."},
]
with open(os.path.join(ROOT, 'paragraphs-d-verdicts.jsonl'), 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
