"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below.
Flags: string of wrong fields among E(event) T(type) S(source) G(target) D(date) M(modality); '' = all right."""
import json
V = {
1: ("", "Police arrest of more than 20 people reported as this news (document date); police LKA, people LKA; attribution keeps it asserted."),
2: ("", "Riot police detained dozens on Tuesday 2002-09-17; source and target Ukrainian; asserted with witnesses as reporter."),
3: ("G", "Planned protest (future, 2002-10) is right, but the sentence aims the protests at the president (impeachment motion to remove the president): a crowd protest at home aimed at the authorities takes the state as target, so target should be Kuchma / the Ukrainian state (UKR), not empty."),
4: ("", "Albanese (AUS) congratulated Rabuka (FJI); SUPPORT; date 2022-12-24 is the dateline day of the report (Saturday)."),
5: ("G", "Zajedno leaders' criticism is ACCUSE, but the sentence names its object: the vote 'staged by a man who cannot live without power', i.e. Milosevic; target should be Slobodan Milosevic (SRB), not empty."),
6: ("", "Mortar attack on a mosque in Kufa on Thursday 2004-08-26; attacker unnamed (empty source right), mosque in Kufa (IRQ) is the party attacked named in the sentence."),
7: ("", "'It' = the Constitutional Court (THA) barred the parties' executive members (THA) from politics; COERCE; Tuesday 2008-12-02 (sector BUS is off but not scored)."),
8: ("D", "Soldiers (GNB) shooting President Vieira (GNB) is ASSAULT, but the sentence says 'Last year': date should be 2009, not 2010-04-01."),
9: ("", "Egyptian riot police beat demonstrators in Cairo on Thursday 2006-05-11; all fields right."),
10: ("G", "Storming of government buildings by Bagapsh supporters is PROTEST riot on Friday 2004-11-12 (GEO acceptable for Abkhazia), but it is aimed at the authorities' buildings: target should be the Abkhaz government of Ardzinba (GEO), not empty."),
11: ("ETSGDM", "Spurious: declaring victory in an election is a claim/statement, not a PLOVER act between actors (certainly not COOPERATE); a coder would code nothing."),
12: ("", "Abbas (PSE) welcomed the plan: SUPPORT; 'the plan' is a thing, not a party, and the sentence names no party, so empty target is right by the rule; document date for the reported act."),
13: ("", "Ukrainians rallied in Kiev on Monday 2002-09-16 demanding Kuchma's resignation: PROTEST aimed at the authorities, the Ukrainian state is a right target."),
14: ("S", "Conceding defeat coded CONCEDE is acceptable and empty target right (winner not named in the sentence), but source country is wrong: Ranil Wickremesinghe is Sri Lankan (LKA), not FRA."),
15: ("", "Qatar's emir (QAT) and Erdogan (TUR) praised French diplomacy: SUPPORT toward France; reported as this news."),
16: ("", "Police (LKA) imposed a curfew on Kandy district (LKA): COERCE curfew; document date; target kind 'person' is a label slip, party and country right."),
17: ("", "Detention of suspects (UKR) reported by the separatist authorities; passive with unnamed agent so empty source is acceptable by the sentence rule (a coder might name the Donetsk separatist authorities); document date right."),
18: ("", "Georgia and Russia signed the agreement on Wednesday 2011-11-09: SUPPORT (sign agreement), mutual; all right."),
19: ("", "Ankara rejected the criticism: REJECT by the Turkish government; 'the criticism' is not a party and the sentence names none, so empty target is right; document date."),
20: ("TG", "The French commando raid on Bulo Marer to free a hostage held by the Shabaab is an armed raid: type should be ASSAULT (not AID) and target should be al-Shabaab (SOM), not the Somali government; date 2013-W02-WE ('last weekend') and source right."),
21: ("", "Koroma (SLE) called on supporters (SLE) to remain calm: REQUEST; document date; all right."),
22: ("", "Saudi Arabia and Iran agreed in March (2023-03) to restore relations: AGREE, mutual; all right."),
23: ("GD", "Kremlin's endorsement of Khadjimba is SUPPORT, but target country should be GEO (Abkhaz prime minister; empty code wrong for a party that has one) and the act was 'during the campaign' before the Oct. 3 vote: date should be that earlier time (no exact date; not the document date 2004-11-13)."),
24: ("G", "EU leaders' oil embargo is SANCTION toward Russia on Monday 2022-05-30, but Hungary is not a target of the ban (it was won over by an exemption): target should be Russia (RUS) alone."),
25: ("D", "French troops sent to secure the embassy: MOBILIZE, right source; but the embassy attack was 'a day' before Thursday's appeal (Dec 27), so the deployment is 2012-12-26, not 2012-12-28."),
26: ("", "Morocco's royal cabinet (MAR) welcomed Macron's (FRA) letter: SUPPORT; document date; all right."),
27: ("", "Lam's pledge to boost spending is an AGREE pledge with no named addressee; CHN accepted for Hong Kong (HKG would also do); present-perfect pledge taken as current stance, document date accepted."),
28: ("G", "Lobo's refusal to concede on Wednesday 2005-11-30 is REJECT, but the sentence names the party refused, his rival Manuel Zelaya (HND): target should be Zelaya, not empty."),
29: ("TGD", "Lobo's campaign promise of a tough line against the maras is a coercive pledge: type should be THREATEN with target the maras street gangs (HND), not AGREE with no target; and it is a campaign (pre-Nov 27) act, so date should be none/the campaign period, not the document date 2005-11-30."),
30: ("DM", "The sentence reports no request: recognition only 'opens the way' for Somalia to seek IMF/World Bank help, so the REQUEST is hypothetical (modality should be hypothetical) and has no date (should be none, not the document date)."),
31: ("D", "Londono (COL) urged Colombians: REQUEST, right parties; but the act is reported as this news (the signing ceremony), so date should be the document date 2016-11-25 (or Thursday 2016-11-24), not unknown."),
32: ("G", "Britain's call for restraint is REQUEST, but 'all sides' refers to the Ethiopian government and opposition: target should be those Ethiopian parties (ETH), not empty."),
33: ("TD", "The act is the EU saying it would suspend most of its sanctions, an intent to ease sanctions: type should be AGREE (CAMEO 0354; or RETREAT ease), not SANCTION; EU and Belarus government right; date should be Monday 2015-10-12 (the announcement), not unknown; the statement is asserted."),
34: ("", "Musharraf (PAK) seized power in a 1999 coup: ASSAULT accepted (armed seizure), date 1999; the ousted government is named only in a later sentence so empty target is right."),
35: ("T", "Israel and the Palestinians reaching a deal to open the Rafah crossing is a reciprocal agreement: type should be AGREE, not CONCEDE; mutual parties, Tuesday 2005-11-15 and asserted right."),
36: ("", "Wang Guangya (CHN) urged countries (no code) to avoid provocative steps: REQUEST; 2006-10-14 the day of the vote; all right."),
37: ("", "Singapore government called on citizens to remain calm: REQUEST SGP->SGP; document date; all right."),
38: ("", "Frattini (ITA) accused Switzerland (CHE): ACCUSE; document date; all right."),
39: ("SD", "The accuser is 'He' = Vazgen Manukyan (ARM), not a vague 'Armenia party' (his party is the object of the first clause); target officials ARM right; date should be the document date 1995-07-07 (told reporters, this news), not unknown."),
40: ("", "Troops and riot police (IDN) fired tear gas and live rounds at crowds (IDN) on Friday 1998-11-13; separate sentence from e1, not a duplicate by the sentence rule."),
41: ("", "Pope John Paul II (VAT) to receive Khatami (IRN) on Thursday 1999-03-11: CONSULT, host as source accepted for a meeting; future right."),
42: ("TDM", "'The United States would continue to supply Ukraine' is a pledge: by the wave-76 rule a pledge of aid is AGREE (not AID), which was made, so modality should be asserted and date the document date 2024-11-22 (the statement reported as this news), not future/unknown; US and Ukraine right."),
43: ("G", "Washington's criticism is ACCUSE, but what it criticises is the regional governments' embrace of Assad: target should be the regional (Arab) governments, not Assad."),
44: ("", "Signing of the accession treaty in April 2005: SUPPORT; 'They' = Bulgaria and Romania, Bulgaria is a right party (Romania missing); EU not named in the sentence so empty target acceptable; date 2005-04 right."),
45: ("SGD", "The killing happened in the June 2008 war the two countries fought: date should be 2008-06, not 2017-06-17; source should be the two countries (Djibouti and Eritrea) that the sentence refers to, and the soldiers' country is not given (both sides), so target country should be empty, not DJI."),
46: ("D", "Musharraf calling the case 'baseless' as ACCUSE is acceptable with empty target, but the video message was released 'earlier this month': date should be 2019-12, not the document date 2019-12-17."),
47: ("G", "The Democratic Front's backing of Lekic is SUPPORT, but Lekic is Montenegrin: target country should be MNE, not SRB."),
48: ("G", "Anjouan separatists declaring independence is REJECT on Sunday 1997-08-03, but the target is the Comoros (COM) federal state they broke from, not India (from 'Indian Ocean')."),
49: ("S", "ACCUSE of the arrest (arresting Bolivian police accepted as target, document date right), but source 'Opposition politicians' has no country: should be BOL (Bolivian opposition, with Carlos Mesa)."),
50: ("", "Bordon (ARG) conceded defeat within hours of Sunday's vote: CONCEDE accepted, 1995-05-14, empty target right (Menem not named in the sentence)."),
}
F = {"E":"event","T":"type","S":"source","G":"target","D":"date","M":"modality"}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        flags, reason = V[it["n"]]
        if "E" in flags: flags = "ETSGDM"
        v = {F[k]: (k not in flags) for k in "ETSGDM"}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h28-x105-18", "coder_events": [
   "ACCUSE: European Commission (EUR) -> Poland (POL), launched the Article 7 rule-of-law procedure saying the judicial reforms pose a serious threat, 2017-12-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The possible stripping of voting rights is hypothetical, not coded. dateline found nothing in the paragraph."},
 {"doc": "h28-x107-19", "coder_events": [
   "ASSAULT: Idriss Deby (TCD) -> Chad government (TCD), seized power at the head of a rebel army, 1990"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning the vote and the release of results are not PLOVER acts; the background 1990 armed seizure of power is (dateline coded the like case for Musharraf in h28-x107-22 but not here)."},
 {"doc": "h28-x106-16", "coder_events": [
   "SANCTION: Kuwait Constitutional Court (KWT) -> February-elected parliament / opposition (KWT), declared the election void and reinstated the previous assembly, 2012-06-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Court ruling voiding the election (convict: found unconstitutional); reinstatement is the same ruling, coded once. Missed."},
 {"doc": "h28-x105-22", "coder_events": [
   "SANCTION: European Union leaders (EUR) -> Russia (RUS), agreed to ban most Russian oil imports, 2022-05-30",
   "CONCEDE: European Union leaders (EUR) -> Hungary (HUN), temporarily exempting pipeline crude to overcome Hungary's resistance, 2022-05-30"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's SANCTION is found (its target wrongly adds Hungary); the exemption granted to Hungary is missed. Hungary's weeks of resistance are a background span, not listed."},
 {"doc": "h28-x106-04", "coder_events": [
   "CONSULT: Mohammad Khatami (IRN) -> Italy (ITA), arrived in Rome on a state visit, 1999-03-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The visit's aims (ease isolation, win investment) are purposes, not separate acts."},
 {"doc": "h28-x108-25", "coder_events": [
   "SUPPORT: Japanese parliament (JPN) -> Sanae Takaichi (JPN), elected her prime minister, 2025-10-21",
   "AGREE: Liberal Democratic Party (JPN) -> Japan Innovation Party (JPN), struck a coalition alliance, 2025-10-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline's 'signed' policy agreement (e1) is in the third paragraph, not this one; nothing found in the first paragraph."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
