"""Write events-b.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
1: (T, T, F, T, T, T, "Source should be Boko Haram's militants (NGA): 'the militants' are the insurgents of 'Nigeria's Boko Haram' named earlier, so the empty country is wrong. Killing, local men (NGA), undated background of the Gwoza capture, reported by residents: right."),
2: (T, T, F, T, T, T, "Source should be Kamougue's party (TCD opposition), not the Chad government: 'His party' is the party of Kamougue, who is contesting Deby's win. Future complaint with no date and empty target are right."),
3: (T, T, T, T, T, T, "Kaieda (JPN) is expected to step down: RETREAT resign, future, no date. 'Is expected to' read as future (like 'is to step down'); one could argue hypothetical."),
4: (T, F, F, F, T, T, "Seizing foreign oil workers is a kidnapping: type should be ASSAULT (abduct), not COERCE seize; source should be MEND (NGA), 'the same group' that says it holds them; target should be the four foreign oil workers (an American, a Briton, a Bulgarian and a Honduran, no single code), not Honduras. Wednesday = 2006-01-11 is right."),
5: (T, T, T, T, T, T, "Protests against the government's fuel price rise in May 1998: PROTEST aimed at an act of the authorities, so the Indonesian government is a right target; no protesters named, so an empty source is right; 'this month' = 1998-05."),
6: (T, T, F, T, T, F, "Source should be the Israeli police (ISR), not PSE: these are the police the Israeli government would deploy in Jerusalem. Modality should be future ('police would be deployed', reported from Israeli radio), not hypothetical."),
7: (T, T, T, T, T, T, "China (CHN) said it would impose 100% tariffs on Japanese goods: SANCTION toward Japan, future; the sentence gives no date for the imposition (Friday is in the next sentence), so no date is acceptable."),
8: (T, T, T, T, T, T, "Xi (CHN) met Kishida (JPN) on Thursday = 2022-11-17: CONSULT, asserted. All right."),
9: (T, F, T, F, F, T, "Putin's pledge that Russia would open its airspace to humanitarian flights for the US-led campaign is a promise to cooperate: type should be AGREE (CAMEO 0355 maps to AGREE); target should be the United States (USA), the campaign's party, not the Taliban it is aimed at; date should be 2001-09-24, 'a day after' is before the 2001-09-25 speech. Asserted is right for the promise."),
10: (T, T, T, T, T, T, "The 28 EU leaders (EU) promised to speed up visa-free travel for Turks (TUR): a promise is AGREE; an offer that states its condition is asserted; the Sunday summit = 2015-11-29."),
11: (T, F, T, T, T, T, "Appealing a court ruling is no request: type should be REJECT (Shell rejecting the Nigerian court's ruling; ACCUSE as legal action is also defensible). Shell as source, no named target, ongoing act at the document date and asserted are right."),
12: (T, T, T, F, T, T, "Target should be President Kim Dae-jung (KOR): 'the president' is the father, not his second son Kim Hong-up. GNP (KOR) demand on the document date, asserted: right."),
13: (T, T, T, T, F, T, "Obama (USA) sanctions on Russian banks incl. VTB: right type and parties. Date should be 2014-07-29, 'hours later' than the EU's Tuesday agreement, not 2014-07-17 (the date of the jet's downing)."),
14: (T, T, F, F, T, T, "'he' is Raila Odinga (KEN), not his father Jaramogi Oginga Odinga: target wrong. Source should be the Kenyan government under President Moi (KEN), which the sentence names ('under President Daniel arap Moi'); empty is wrong. 1980s decade date and asserted are right."),
15: (T, T, T, T, T, T, "EU governments agreed on Tuesday (2014-07-29) to impose sanctions on Russia: SANCTION EU -> RUS, asserted. All right."),
16: (T, T, T, T, T, T, "The UN sanctions committee had offered to let Libyans travel to the haj by other means: an offer is AGREE; UN -> Libyans (LBY); undated background act, no date is right."),
17: (T, T, T, T, F, T, "Japanese farmers complained about cheap Chinese produce: ACCUSE, farmers (JPN) -> China is acceptable. Date wrong: the complaints came before Japan's April 2001 tariffs (background, no date or before 2001-04), not the 2001-06-19 document date."),
18: (T, T, F, T, T, T, "Source should be Boko Haram (NGA): the sentence names 'Boko Haram violence' as the cause, so an empty source is wrong. Civilians (NGA), a total for 'this year' with no date, asserted: right."),
19: (T, T, T, T, T, T, "Russian officials (RUS) reject the term 'occupation': REJECT; the rejected thing is a word, not a party, so the empty target is acceptable; present tense at the document date."),
20: (T, T, T, T, T, T, "LRA fighters (UGA) stormed the Barlonyo displaced-persons camp on Saturday evening = 2004-02-21: ASSAULT. The camp stands for its displaced residents (UGA); accepted as the target."),
21: (T, T, T, T, T, T, "De Lima (PHL) surrendered to police officers (PHL) on Friday 2017-02-24: yielding to arrest read as RETREAT (a coder could code only the arrest); parties, date and modality right."),
22: (T, T, T, F, T, T, "Lukashenko (BLR) dismissed Western criticism: REJECT at the document date is right, but the sentence names the critics ('Western criticism'), so the target should be the West / Western governments (no single country code), not empty."),
23: (T, T, F, F, T, T, "Source should be al Shabaab militants (SOM), the attackers named in the previous sentence and the story; empty country is wrong. Target should be the Hayat Hotel's guests and staff (SOM), whom the sentence names, not empty. Friday evening 2022-08-19 and asserted are right."),
24: (T, T, T, F, T, T, "Target should be the Serena hotel and the people in it (the six killed, foreigners), not the Afghan government. Taliban gunmen (AFG), Monday evening 2008-01-14, asserted: right."),
25: (T, T, T, T, T, T, "O'Neill (PNG) said he would step down: RETREAT resign, future, no date for the future act (like 'is to step down')."),
26: (T, T, T, T, T, T, "Turkey (TUR) hosts 2.2 million Syrian refugees (SYR): AID (asylum), an ongoing act at the document date. A coder might skip it as background, but it holds."),
27: (T, T, T, T, F, T, "Russia (RUS) massed troops near Ukraine (UKR): MOBILIZE right. Date wrong: the text dates it 'three months' before the 2021-07-12 essay, with the pullback in April, so about 2021-04, not none."),
28: (T, T, T, T, T, T, "Zelenskiy (UKR) has been pressing for a meeting with Biden (USA): REQUEST, ongoing at the document date, asserted. All right."),
29: (T, T, T, T, T, T, "Abbas (PSE) met Sharon (ISR) and Bush (USA) at Aqaba earlier this month = 2003-06: CONSULT, asserted. All right."),
30: (T, F, F, T, F, F, "The act in this clause is Ankara's warning that it would not allow the missiles to be deployed: type should be THREATEN, source Turkey (TUR), target the Greek Cypriot government (CYP, right), date 1997 ('earlier this year'), modality asserted. The deployment itself is only the content of the threat."),
31: (T, T, T, T, T, T, "Humayun Azad (BGD) was stabbed in 2004 by unnamed attackers: ASSAULT, empty source, 2004, asserted. All right."),
32: (T, T, T, F, T, T, "Putin (RUS) urged Europe to join forces with Russia on Tuesday 2001-09-25: REQUEST right, but the target should be Europe (EUR), named in the sentence, not empty."),
33: (T, T, T, T, T, T, "Solana said NATO would suspend its bombing once the withdrawal was verified: a declared bombing halt is CONCEDE, asserted (the offer states its condition), 1999-06-09; the bombed party is not named in the sentence, so an empty target is right."),
34: (T, T, T, T, T, T, "Konovalov (BLR) was convicted of planting the bomb: SANCTION convict, court not named in the sentence, undated background; all right."),
35: (T, T, F, T, T, T, "Australia congratulated Marape (PNG): SUPPORT right, but the source adds the appositive 'PNG's former colonial ruler' as a second party coded PNG; the source should be Australia (AUS) alone."),
36: (F, F, F, F, F, F, "Spurious: flying a dead man's body to Nairobi is no visit or consultation, and Modi is not in the sentence."),
37: (T, T, T, T, T, T, "Rights groups and the Catholic Church condemned the arrest by Philippine police (PHL): ACCUSE at the document date, asserted. All right."),
38: (T, T, T, T, T, T, "Japan's vice foreign minister Aisawa (JPN) flew to Amman (JOR) to set up a crisis centre: CONSULT visit read as an official trip to Jordan; reported as this news at the document date."),
39: (T, T, T, T, T, T, "Somali security forces (SOM) killed the last al Shabaab gunmen (SOM) on Sunday 2022-08-21: ASSAULT, asserted. All right."),
40: (T, T, T, T, T, T, "Unnamed critics accuse Kagame's government (RWA) of intolerance of dissent: ACCUSE, present tense at the document date. All right."),
41: (T, T, T, F, T, T, "Target should be Amira Bouraoui with country DZA (the text calls her a French-Algerian activist and an Algerian citizen), not an empty code. Jailed in 2020 by unnamed authorities, asserted: right."),
42: (T, T, T, T, T, T, "Bush (USA) urged Romanians (ROU) to keep up reforms in Saturday's speech = 2002-11-23: REQUEST, asserted. All right."),
43: (T, T, T, T, T, T, "Russia's full-scale invasion in 2022: ASSAULT by Russia (RUS), 2022. The invaded party is not named in the sentence, so an empty target is right by the rule, though Ukraine is plainly meant."),
44: (T, T, T, T, T, T, "Crowds (IDN) set fire to cars and shops on Wednesday 1998-05-13: PROTEST riot with no named aim, so the Indonesian state is a right target; asserted, reported by witnesses."),
45: (T, T, T, T, T, T, "Trudeau (CAN) said he would resign once a successor is chosen: RETREAT resign, future, no date. All right."),
46: (T, T, F, F, F, T, "It was the governor general (CAN) who agreed to Trudeau's request: source should be the governor general, target Trudeau (CAN), not Trudeau and empty. Date should be 2025-01-06, the Monday it was announced as news, not none."),
47: (T, T, T, F, T, T, "Target should be Georgian opposition leaders (GEO), not USA. Biden (USA) met them on the visit reported on 2009-07-23: CONSULT, asserted."),
48: (T, T, T, F, T, T, "Target Maria Ressa should be coded PHL: she heads the Philippine site Rappler and the text gives her Philippine (as well as U.S.) citizenship; USA alone is wrong. Philippine court, Monday 2020-06-15, asserted: right."),
49: (T, T, T, T, T, T, "Saddam Hussein's (IRQ) invasion of Kuwait (KWT) in 1990: ASSAULT, 1990, asserted. All right."),
50: (T, T, T, F, F, T, "The ICC asked the Ivorian authorities, named in the same sentence, to transfer her: target should be the Ivorian authorities (CIV), not Simone Gbagbo, the person to be handed over. Date: 'has sought ... since 2012' is still going on, so the document date 2018-08-07, not none."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    v = V[it["n"]]
    ver = dict(zip(FIELDS, v[:6]))
    if not ver["event"]:
        ver = {k: False for k in FIELDS}
    ver["all"] = all(ver[k] for k in FIELDS)
    it["verdict"] = ver
    it["reasons"] = v[6]
    out.append(it)
assert len(out) == 50 == len(V)
with open("events-b.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {k: sum(it["verdict"][k] for it in out) for k in FIELDS + ["all"]}
print(counts)
