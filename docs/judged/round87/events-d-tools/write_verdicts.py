"""Write events-d.jsonl from the judge's hand verdicts below (F = list of fields judged wrong)."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "REJECT by the Netherlands, Sweden, Spain and Finland of Luxembourg's compromise; Luxembourg, the proposer, is the right target; rejection in the night's final hours, reported as this news on the document date."),
 2: ([], "COERCE arrest of Milosevic (YUG) early on Sunday 2001-04-01; passive with no arresting agent named, so the empty source is right."),
 3: (["source", "date", "modality"], "A plotted shooting inside the prosecutor's charge: the would-be shooters are the arrested group of 20 Serbian citizens (SRB), not the Montenegrin police, who are among the targets (protesters, MNE, is a right target). Modality should be reported (an act inside the prosecutor's allegation, never carried out), and the text dates the plot to election night, 2016-10-16, not an unknown date."),
 4: (["target"], "ACCUSE by Iranian officials is right, but the sentence names its target, 'the foreign governments' that harbour the separatists (Britain, Denmark and the Netherlands of the next sentence; GBR/DNK/NLD), or at least the separatists; an empty target is wrong."),
 5: (["target"], "SUPPORT by India (IND) for 'the peace process' that the sentence attaches to Nepal; target should be Nepal (NPL) as the party of the process backed, not empty."),
 6: ([], "REQUEST by Boutros-Ghali (UN) to the Security Council (UN) to authorise a force; undated 'has urged' takes the document date."),
 7: ([], "SANCTION: Clinton (USA) announced new sanctions against Pyongyang (PRK) on Wednesday, 2010-07-21 (the report is Friday 2010-07-23)."),
 8: ([], "REQUEST by Ban Ki-moon (UN) to all sides in Malawi (MWI) to show restraint; document date."),
 9: (["source"], "ACCUSE is right but the accuser is President Bingu wa Mutharika (MWI), not his brother Peter Mutharika, the foreign minister named later in the story."),
 10: ([], "COERCE arrest by the Iraqi authorities (IRQ) of several people involved in storming the embassy in Baghdad (IRQ), the same day; attribution to Iraqi officials keeps it asserted."),
 11: ([], "Background SANCTION (expulsion of a diplomat): Morales (BOL) expelled the U.S. ambassador (USA) in 2008; the year is the text's date."),
 12: (["date"], "REQUEST by Robin Cook (GBR) to Sanaa (YEM) is right, but the month 1998-12 comes from the air strikes' 'earlier this month' in the previous sentence; the demand is reported as this news with no date, so it should be the document date 1998-12-30."),
 13: ([], "CONSULT: Rouhani (IRN) spoke by phone with Buhari (NGA); reported as this news, document date 2015-12-15."),
 14: ([], "REQUEST by Nasrallah (LBN) to Egyptians (EGY) to take to the streets during the Gaza offensive of December-January; 2008-12 is within the text's 'December and January' (a 2008-12/2009-01 span would be exact), accepted."),
 15: (["target"], "ACCUSE by Ivan Marquez (FARC, COL) is right, but the target, multinational mining and energy companies, is a multinational party with no country: the code should be empty, not COL."),
 16: (["target"], "ACCUSE by Rouhani is right, but the unnamed Gulf state is not Iran: the target's code should be empty (the text does not name the state), not IRN."),
 17: ([], "REQUEST by (Japanese) business leaders (JPN) to the next Japanese government (JPN) to repair ties with China; the GOV sector on business leaders is not scored; undated, document date."),
 18: ([], "COERCE state of emergency imposed by Saakashvili (GEO) in November 2007; the sentence names no party it was imposed on, so the empty target is right."),
 19: (["target"], "COERCE arrest in October 2016 is right with no arresting agent in the sentence, but Andrew Brunson is an American pastor from North Carolina: target code should be USA, not TUR."),
 20: (["source"], "ACCUSE of Russia's security services (RUS) is right, but the source should be the Chechen rebel representatives abroad (Chechen separatists, RUS/REB), not 'Chechen' coded as a country. Date: 'immediately' after the Friday killing could give 2004-02-13; the document date is accepted."),
 21: ([], "ACCUSE (summoning an envoy in protest) by Iran (IRN) of Nigeria's envoy (NGA); the undated summons is reported as this news, document date."),
 22: (["target"], "ACCUSE by Macron (FRA) is right, but the accused are the Russian state-funded outlets RT and Sputnik (RUS media), not the Russian state."),
 23: ([], "PROTEST obstruct: movement members (NGA) blocked the road to the army chief's convoy (NGA) on Saturday 2015-12-12; the text gives no other name for the act."),
 24: ([], "SUPPORT: India, China and Russia congratulated Hasina (BGD); document date 2024-01-08."),
 25: ([], "AGREE (promise of a peace plan with a ceasefire) by Poroshenko (UKR); Russian fighters, the party offered a safe corridor, is an acceptable target; undated 'has promised', document date."),
 26: (["event", "type", "source", "target", "date", "modality"], "Spurious: 'Bolivia has voted for change' is Paz's rhetoric about the election result inside a quote, not an act of support between political actors."),
 27: (["target", "date"], "ACCUSE by the AU is right, but it condemned 'the takeover', i.e. the Guinean military junta (GIN), which should be the target, not empty; the text gives the AU's condemnation no day, so the date should be the document date 2008-12-24, not Tuesday carried over from the Prime Minister's sentence."),
 28: (["target"], "COERCE arrest of the 49 suspects reported in the prosecutor's Wednesday statement is right (empty source: passive), but the detainees are Egyptians, Palestinians and Sudanese with a Lebanese leader: the target's code should be empty (mixed), not LBN."),
 29: ([], "ACCUSE by Poe's supporters (PHL) of Arroyo's camp (Arroyo, PHL); undated 'have accused', document date."),
 30: ([], "MOBILIZE troops negated: Sullivan said the United States (USA) did not intend to send combat troops to Ukraine (UKR); document date."),
 31: ([], "REQUEST by Russia (RUS) to Doha (QAT) for extradition, repeated at unstated times before the story: no date is right."),
 32: (["type"], "Sobyanin's ban on unauthorised drone flights over Moscow is a domestic restriction, COERCE (restrict/ban), not SANCTION, which covers reductions of existing relations; other fields right."),
 33: ([], "SUPPORT: Powell (USA) praised Lindh (SWE), condolences of the report's day, 2003-09-11."),
 34: ([], "REQUEST by Rouhani (IRN) to Buhari (NGA) to investigate the killings, a separate act from the phone call in the same sentence; document date."),
 35: ([], "THREATEN: Biden (USA) warned Putin (RUS) of measures in the video call on Tuesday 2021-12-07."),
 36: ([], "REQUEST by Netanyahu (ISR) to Arafat (PSE) to crack down on militants; undated 'has demanded', document date."),
 37: ([], "ACCUSE by Russia's Foreign Ministry (RUS) of the embassy attack, whose authors, the protesters in Kiev (UKR), are an acceptable target; Saturday, the document date."),
 38: ([], "ASSAULT crowd-control by Dutch riot police (NLD) on the crowd in The Hague (NLD) on the night of the killing, Monday 2002-05-06."),
 39: ([], "SANCTION convict: a Dhaka court (BGD) sentenced 15 former army officers (BGD) to death on Sunday 1998-11-08."),
 40: ([], "RETREAT withdraw: Bashagha (LBY) pulled out of Tripoli in May 2022 after a gunfight; no party named as target."),
 41: (["source"], "SUPPORT: Samuel Doria Medina endorsed Paz (BOL) is right, but Medina is a Bolivian businessman: the source's code should be BOL, not empty."),
 42: ([], "Blair (GBR) could not accept the deal: AGREE negated, equivalent to REJECT asserted under the conventions (REJECT would be the better code); the deal's party is not named, empty target right; document date."),
 43: ([], "Background RETREAT resign: Berisha (ALB) stepped down as president in 1997."),
 44: ([], "CONSULT future: Sonia Gandhi (IND) would meet the president (IND) in the coming days; no date given, unknown is right."),
 45: ([], "REQUEST by Kiribati's government (KIR) to Taiwan (TWN) for funding, at an unstated earlier time: no date right; attribution to Wu keeps it asserted."),
 46: (["event", "type", "source", "target", "date", "modality"], "Spurious: voters approving a referendum question on the date of Independence Day is not an act of support toward 'Soviet troops', who only appear in the date's description."),
 47: (["target"], "ACCUSE by the Clinton administration (USA) is right, but the accused is the secretary-general, Boutros Boutros-Ghali (UN), not the United Nations as an organisation; the span 'since June' with no single date makes no date acceptable."),
 48: (["date"], "ACCUSE by Bangladesh police (BGD) of the opposition (BGD) is right, but Friday 2024-01-05 is the date of the train fire in the previous sentence; the blame has no date in the text, so it should be the document date 2024-01-08."),
 49: ([], "PROTEST by demonstrators (TCD) against the decision to extend military rule: aimed at the authorities, so Chad (TCD) is a right target; Thursday 2022-10-20."),
 50: (["target", "date"], "SUPPORT by Cisse (MLI) is right, but he congratulated his rival Ibrahim Boubacar Keita (MLI), named in the sentence, who should be the target; the congratulation is dated by the text to Monday evening, 2013-08-12, not the document date."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'event' in wrong:
            wrong = FIELDS
        v = {f: f not in wrong for f in FIELDS}
        v['all'] = all(v[f] for f in FIELDS)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: 0 for f in FIELDS + ['all']}
for l in open('events-d.jsonl'):
    d = json.loads(l)
    for f in counts: counts[f] += d['verdict'][f]
print(counts)
