"""Write events-c.jsonl from the judge's verdicts below (fields: event type source target date modality).

usage (from docs/judged/round153): python events-c-tools/verdicts.py
A spurious item (event false) is written false in every field; `all` is the and of the six.
"""
import json

T, F = True, False
FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "Clark's promise of policy change is AGREE (CAMEO 0342, intent to change policy); source Helen Clark (NZL), no target named, undated and reported as this news so the document date stands."),
 2: (T, T, T, T, F, T, "Killings in the unrest are ASSAULT on two people (DJI), killer unnamed so empty source is right; but 'the unrest' is the February crackdown of the previous sentence, so the date should be 2011-02, not none."),
 3: (T, T, T, F, T, T, "The future arms-contract ban is an EU measure (COERCE per CAMEO2PLOVER's 163 mapping; I would code SANCTION, accepted); passive with no agent so empty source is right, but the target should be the Russian military users (RUS) the sentence names."),
 4: (T, T, T, T, F, T, "Macron's proposal of the compromise is an AGREE offer with no party named as recipient; but it is a background act of the French EU presidency (first half of 2022), not of the document date 2022-07-17: the date should be none/2022 H1."),
 5: (T, T, T, T, T, T, "ASSAULT total of more than 7,000 killed in police operations or by gunmen: police (PHL) is a party the sentence names as killer, target 7,000 people (PHL); a sum since June correctly has no date."),
 6: (F, F, F, F, F, F, "Spurious: the officer was killed by the suicide blasts already coded from this sentence as e3 (militants blew themselves up), so this is a second event for the same act; it also gives the police as source where the killers are the three suspected militants."),
 7: (T, T, T, T, T, T, "Abadi (IRQ, name cut to 'Haider al' but the right person) welcomed the visit: SUPPORT; 'the visit' names an act, not a party, so an empty target is right by the rules (a coder would add Saudi Arabia); document date for an undated reaction."),
 8: (T, T, T, T, T, T, "Medvedev's (RUS) visit to South Ossetia (coded GEO) is CONSULT visit; 'earlier this month' gives 2009-07."),
 9: (T, T, T, F, T, T, "Fatah's declared six-month truce is CONCEDE (a declared ceasefire); listing Arafat beside his Fatah movement accepted; but the truce is toward Israel, named in the same sentence: target should be Israel (ISR)."),
 10: (T, T, T, T, T, T, "Israeli troops (ISR) occupying West Bank towns is ASSAULT by the wave-30 rule, target Palestine (PSE); an occupation going on when the story is told takes the document date; asserted."),
 11: (T, T, T, T, T, T, "Future CONSULT between Perry (USA) and Grachev (RUS), 'within days' gives no date, future modality right."),
 12: (T, T, T, T, F, T, "REQUEST from Washington (USA) to the Gulf allies (no single country) is right, but 'had encouraged' is a background act before the visit, not this news: the date should be none, not the document date."),
 13: (T, T, T, T, T, T, "Japan's government (JPN) asked Iraqi religious leaders (IRQ) for help: REQUEST assist; pluperfect act of unknown time correctly undated; asserted with Koizumi as reporter."),
 14: (T, T, T, T, T, T, "Milosevic (YUG) and Rugova (Kosovo) agreed to weekly talks on Friday 1998-05-15: mutual AGREE, a separate act from the meeting e1."),
 15: (T, T, T, T, T, T, "Death sentences are SANCTION convict of the two factory workers (BLR); court unnamed so empty source is right; 'in November' of 2011 is right."),
 16: (T, T, T, F, T, T, "Clashes are ASSAULT by Syrian forces (SYR), but against Lebanese clans, not the Lebanese state: target should be the Lebanese clans (LBN); repeated clashes since last month rightly undated."),
 17: (T, T, T, F, F, T, "Indictment by the U.N. tribunal is ACCUSE allege, but 'Both' refers to Karadzic and Mladic (Bosnian Serbs, BIH), so the empty target is wrong; the indictment is background (it was issued in 1995), so the document date 2004-12-02 is wrong: no date."),
 18: (T, T, T, F, T, T, "North Korea's (PRK) long-standing demand is REQUEST and an ongoing stance may take the document date; but the demand is for a treaty with Washington, named in the sentence: target should be the United States (USA)."),
 19: (T, T, T, F, T, T, "EU governments withdrawing their ambassadors is SANCTION (last month, 2012-02), but they were withdrawn from Belarus, named in the sentence: target should be Belarus (BLR)."),
 20: (T, T, T, T, F, F, "Netanyahu has not accepted the U.S. proposal: Washington is trying to persuade him, so the AGREE is hypothetical, not asserted, and an unrealised act should have no date rather than the document date (the act a coder would code here is the U.S. REQUEST)."),
 21: (T, T, T, F, T, T, "Killings in Duterte's drug war are ASSAULT with unnamed killers, but the victims are the thousands of people (PHL), not Duterte: target should be 'thousands of people' (PHL); a total rightly undated."),
 22: (T, T, F, F, F, T, "'They told us to dig' is the army ordering civilians to dig trenches (lead): source should be the Burkina Faso army (BFA), not JNIM; target should be the townspeople/trench diggers (BFA) that 'us' refers to; the order came before the Saturday attack, so no date, not the document date."),
 23: (T, T, F, T, T, T, "RSF's criticism of the ruling is ACCUSE disapprove, but the source is given as 'Without Borders' coded USA: should be Reporters Without Borders with no country code (an international NGO, Paris-based, FRA at most); 'the ruling' is an act, so empty target right by the rules."),
 24: (T, T, T, F, T, T, "Syria's (SYR) troop massing in 1980 is MOBILIZE, but it was on the border with Jordan and aimed at Amman, named in the sentence: target should be Jordan (JOR)."),
 25: (F, F, F, F, F, F, "Spurious: Noda's ordering of currency-market intervention is a domestic economic policy measure with no party acted upon, not a PLOVER REQUEST between political actors."),
 26: (T, T, T, F, T, T, "The Lisbon NATO summit of 2010-11 is CONSULT, but the sentence names Medvedev as the party meeting the alliance leaders there: target (or second actor) should be Medvedev (RUS), not empty."),
 27: (T, T, T, T, T, T, "AQAP (YEM) has assassinated dozens of military and intelligence officers (YEM): ASSAULT; a summed span rightly undated."),
 28: (T, T, T, T, F, T, "Arrest of the two factory workers (BLR) is COERCE arrest, but they were arrested 'within days' of the 11 April 2011 bombing: the date should be 2011-04, not 2011-11 (the month of the sentence)."),
 29: (T, T, T, T, T, T, "Freeland (CAN) quit the cabinet on Dec. 16: RETREAT resign dated 2024-12-16; the appositive 'deputy prime minister' is the same person."),
 30: (T, T, T, T, T, T, "Tunisia (TUN) asked Israel (ISR) to shut its mission: REQUEST, announced Sunday 2000-10-22."),
 31: (T, T, T, T, T, T, "UN mission (IGO) and U.S. embassy (USA) welcomed the vote's conduct: SUPPORT, no party named as target, document date."),
 32: (T, T, T, T, T, T, "Zimbabwean ministers (ZWE) accuse Western countries (no single code): ACCUSE allege; a present-tense ongoing accusation takes the document date."),
 33: (T, T, T, T, T, T, "Karzai (AFG) condemned the attack: ACCUSE disapprove; 'the attack' is an act so empty target is right by the rules (a coder would add the Taliban); document date for the reaction."),
 34: (T, T, T, T, T, T, "Clinton (USA) and Yeltsin (RUS) agreed on Monday 1995-10-23: mutual AGREE."),
 35: (T, T, F, F, F, T, "The conference proposal (AGREE offer to meet) was made by Sharon (ISR), the subject of 'told ... and proposed', not 'Israeli officials', who only report it; it was made to Powell (USA), Arafat being the party excluded; and it was made at the Friday talks, 2002-04-12, not the document date."),
 36: (T, T, T, T, T, T, "Critics in parliament (UKR) had long accused Yermak (UKR): ACCUSE; a long-running accusation rightly undated."),
 37: (T, T, T, T, T, T, "Opposition lawmakers (NPL) demanded Oli's government take a tougher line: REQUEST, target Oli/his government (NPL), document date."),
 38: (T, T, T, T, T, T, "Protest outside the congress building in Tripoli by Bani Walid protesters (LBY) aims at the authorities, so congress (LBY) is a right target; 'earlier this week' gives 2012-W43."),
 39: (T, T, F, T, F, T, "The armed group's seizure of Fiji's parliament is ASSAULT, but the group is Fijian (FJI), not BEN; and the text dates it to May (2000-05), not the document date."),
 40: (T, T, T, T, T, T, "Sweden (SWE) and Britain (GBR) pressed China (CHN) for information: REQUEST; an ongoing diplomatic effort takes the story's date (borderline: 'have pressed' could also be undated)."),
 41: (T, T, T, F, T, T, "Moscow's denial of arming the separatists is AID negated by Russia's government (RUS), but the separatists are in eastern Ukraine: target country should be UKR, not RUS."),
 42: (T, T, T, T, T, T, "Medvedev (RUS) promised Poland (POL) more Katyn documents on Monday 2010-12-06: AGREE."),
 43: (T, T, F, F, F, T, "The inquiry criticised Annan: source should be the independent inquiry (Volcker panel, no country code) and target Kofi Annan (UN), not the reverse/empty; the report was released on Tuesday, 2005-03-29, not the document date."),
 44: (T, T, T, T, T, T, "Saudi Arabia (SAU) welcomed the truce: SUPPORT; 'the truce' is an act, so empty target is right by the rules; document date."),
 45: (T, T, T, T, T, T, "Israeli troops (ISR) began pulling back from the northern Gaza Strip (PSE) within hours of Sunday's announcement: RETREAT withdraw, 2003-06-29."),
 46: (T, T, T, T, T, T, "Algeria (DZA) accused French diplomatic and security staff (FRA) on Wednesday 2023-02-08: ACCUSE allege."),
 47: (T, T, T, T, T, T, "Human rights groups urged the Libyan authorities (LBY): REQUEST, document date."),
 48: (T, T, F, T, T, T, "The welcome came from Gbagbo's Ivorian Popular Front (FPI, CIV opposition party), not the state of Cote d'Ivoire: source wrong; 'the decision' is an act so empty target right by the rules."),
 49: (T, T, T, T, F, T, "Israel (ISR) accepting Egypt's (EGY) proposal is AGREE, but it is the acceptance of the truce that the lead dates to Tuesday: the date should be 2014-08-26, not the document date."),
 50: (T, T, T, T, T, T, "A Hamas (PSE) suicide bomber killed 17 people on a Jerusalem bus on June 11: ASSAULT 2003-06-11; victims' country not stated, empty code right."),
}

out = []
for line in open("events-c-items.jsonl"):
    it = json.loads(line)
    ev, ty, so, ta, da, mo, why = V[it["n"]]
    vals = [ev, ty, so, ta, da, mo] if ev else [False] * 6
    verdict = dict(zip(FIELDS, vals))
    verdict["all"] = all(vals)
    it["verdict"] = verdict
    it["reasons"] = why
    out.append(it)
with open("events-c.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {k: sum(it["verdict"][k] for it in out) for k in FIELDS + ["all"]}
print(len(out), counts)
