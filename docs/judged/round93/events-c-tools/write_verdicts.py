# write events-c.jsonl from the judge's verdicts below (event, type, source, target, date, modality) + reasons
import json
T, F = True, False
V = {
1: (T,T,T,T,T,T, "REQUEST: Voronin ('He') called on Russia (RUS) to use its influence; undated statement reported as this news, so the document date is right. All right."),
2: (T,T,T,F,T,T, "A negated SUPPORT (Paris did not back the bill) is an event, and the source (French government via its spokesman) and date are right. The target should be the bill's authors, the French lower house (National Assembly, FRA), not France as a state (source and target would be the same party)."),
3: (T,T,T,F,T,T, "REQUEST from the European Commission is right. 'Both sides' are Belarus (BLR) and Gazprom/Russia (RUS), so the target should be Belarus and Gazprom (RUS), not Poland and Germany, which are only monitoring deliveries."),
4: (T,T,T,F,T,T, "REQUEST from the State Department (USA) is right. The target should be the Saudi-led coalition (SAU), which the sentence names ('urged the coalition'), not empty."),
5: (T,T,F,F,T,T, "A marginal event: a family meeting arranged with Pyongyang's consent, accepted as CONSULT. The source should be Megumi Yokota's parents (JPN), not Megumi Yokota. The target should be their granddaughter (Megumi's daughter in North Korea, PRK or empty), not Japan. 2014 ('earlier this year') is right."),
6: (T,T,T,T,T,T, "REQUEST: Britain, Saudi Arabia, China and the G7 urged India and Pakistan ('both countries') to hold to the truce; undated, reported as this news, so the document date is right. All right."),
7: (T,T,T,T,T,T, "COERCE arrest: masked (Georgian) officers detained Okruashvili. The previous sentence dates the arrest to Thursday, 2007-09-27. All right; this is not a duplicate because the lead's 'arrested' is in another sentence."),
8: (T,T,T,F,T,T, "SANCTION convict by a Chinese court on Monday, 2019-01-14, is right. The target should be the Canadian man, Robert Lloyd Schellenberg (CAN), not the state of Canada."),
9: (T,T,T,F,T,T, "ASSAULT abduct by unnamed men (empty source is right) on Thursday, 1995-08-31, is right. The target should be the president's son, Michal Kovac Jr. (SVK), not President Michal Kovac (GOV)."),
10: (T,T,T,T,T,T, "SUPPORT (praise): Nandi-Ndaitwah (the name is truncated but it is the right person, NAM) thanked supporters (NAM). Tuesday, the day of the declaration this reaction belongs to, is accepted. All right."),
11: (T,T,T,T,T,T, "ASSAULT (suicide bombing) with no attacker named (empty source is right) on 40 (Indian, IND) paramilitary police in February 2019. All right."),
12: (T,T,F,F,T,T, "'Is on trial for corruption' is an ongoing ACCUSE (bring to trial), so the document date is right, but the roles are reversed. Netanyahu is the accused, so the target should be Netanyahu (ISR). The source should be the unnamed Israeli prosecution (empty), not Netanyahu."),
13: (T,T,T,T,T,F, "ACCUSE: Mubarak (EGY) accused Sudan and Iran. A repeated accusation over a span has no date, so the empty date is right. The modality should be asserted: 'charges both deny' is the targets' denial, not a negation of the accusation."),
14: (T,T,T,T,F,T, "REQUEST: India and China urged Nepali leaders (NPL); the type, source and target are right. 'Have urged' is background urging repeated at unstated times, not this news, so it should have no date (unknown), not the document date."),
15: (T,T,F,T,T,T, "REQUEST: the spokesman urged Japan not to hype the incident; the type, target and date are right. The source is the Chinese foreign ministry spokesman ('In Beijing ... said China'), so its country should be CHN, not empty."),
16: (T,T,T,T,T,T, "REQUEST: Guterres (UNO) called for an investigation. No addressee is named, so the empty target is right. The statement is reported as this news, so the document date is right. All right."),
17: (F,F,F,F,F,F, "Spurious. 'Charged' here is the riot police's physical charge at the marchers, not a legal charge; by the conventions a trigger read in another sense is not an event. The act in the sentence is ASSAULT by Serbian police (SRB/YUG) against the ethnic Albanian students, and 'Albania police' is wrong in any case."),
18: (T,T,T,T,F,T, "CONSULT: Kumaratunga convened her security council (LKA); accepted as a meeting. It is part of the day's news (the attack on Tuesday), so the date should be the document date, 2001-07-24, not unknown."),
19: (T,T,T,T,T,T, "ACCUSE: Machimura (JPN) summoned a senior Chinese diplomat (CHN) to protest, on Friday 2004-11-12, the day of the formal protest. The demand for an apology is a separate REQUEST. All right."),
20: (T,T,T,T,T,T, "SUPPORT: human rights groups (no country) welcomed Oman's (OMN) wider franchise; undated reaction reported as this news. All right."),
21: (T,T,T,T,T,T, "AGREE: Aristide (HTI) promised an investigation with help from the FBI (USA), accepted as a promise of cooperation under the AGREE rule. The sentence follows Tuesday's killing in the story, so 1995-03-28 is accepted. The modality is asserted. All right (ACCUSE-investigate with future modality would also be defensible)."),
22: (T,T,T,F,F,T, "REJECT by Baghdad (IRQ) is right. The rejected scheme was the U.N.'s, and the sentence names the U.N., so the target should be the United Nations (Security Council). The text dates this background act: 1991, not the document date."),
23: (T,T,T,T,T,T, "COERCE (state of emergency) by Maduro (VEN) last week (2015-W34, the week before Thursday 2015-08-27). Closing the crossings is a separate event. All right."),
24: (T,T,T,F,T,T, "SUPPORT by ICC Vice-President Ozaki on Wednesday, 2015-04-01, is right. The target should be Palestine (PSE), 'the new member', not empty."),
25: (T,T,T,F,T,T, "SUPPORT by al-Sisi (EGY) on Thursday is right. 'The decision' is BRICS's decision to admit new members, so the target should be BRICS, not empty."),
26: (T,T,T,F,T,T, "ACCUSE by Wade (SEN) is right. Here 'Brussels' is the EU (the European Commission's trade deals), so the target should be the European Commission/EU (EUR), not the Belgian government."),
27: (T,T,F,F,T,T, "SUPPORT (sign an agreement) on Saturday 1995-08-19 is right. The source should be Liberia's warlords (faction leaders, LBR REB), not the state of Liberia. The target should be the other signatory factions (a mutual act) or empty: Nigeria is only the venue."),
28: (T,T,T,T,T,T, "AGREE: Yeltsin (RUS) and Hashimoto (JPN) agreed on Sunday, 1997-11-02, to try to sign a peace treaty by 2000. This is a mutual act with each party on both sides. All right."),
29: (T,T,T,T,T,T, "SANCTION withdraw, future: Hungary (HUN) said it would withdraw from the ICC. The future act has no date of its own, so the empty date is right. All right."),
30: (T,T,F,T,T,T, "COERCE deport of more than 1,000 Colombians (COL) is right, with no date for a total since last week. The source is Venezuelan security forces, so its country should be VEN, not empty."),
31: (T,T,T,T,T,T, "CONSULT, future: Ban (UNO) would consult the Arab League on a successor; the future act has no date. All right."),
32: (F,F,F,F,F,F, "Spurious. 'Voters will be asked to accept or reject' describes the ballot question in a referendum, not a REQUEST by Indonesia and Portugal to anyone."),
33: (T,T,T,T,T,T, "placeholder"),
34: (T,T,T,T,T,T, "ACCUSE: Erdogan (TUR) blamed Egypt's 'tyrants' (the Egyptian rulers) for Mursi's death on Monday, 2019-06-17. The target pair, 'tyrants' plus Egypt (EGY), identifies the right party. All right."),
35: (T,T,T,F,T,T, "ACCUSE: the decision was condemned by the United States and the United Nations; the source and date are right. The target should be the decision's maker, Afghanistan's rulers (the Taliban government, AFG), not the armed guards at the campuses."),
36: (T,T,T,T,T,T, "REQUEST: Taylor (LBR) urged his fighters (NPFL, LBR) to respect the truce; undated statement reported as this news. All right."),
37: (F,F,F,F,F,F, "Spurious (duplicate). 'Agreeing to a ceasefire and a ruling council' is the content of the peace agreement signed in the same sentence, which e1 codes already."),
38: (T,T,T,T,T,T, "Rios Montt's (GTM) coup, 'seized power in 1982', is a military seizure, accepted as ASSAULT. No overthrown party is named, so the empty target is right. 1982 is right. All right."),
39: (T,T,T,T,T,T, "COERCE arrest: Georgian prosecutors (GEO) arrested Okruashvili (GEO) on Thursday, 2007-09-27. All right."),
40: (T,T,T,F,T,T, "SUPPORT by Armenia (ARM) on Thursday is right. 'The vote' is the French lower house's vote, so the target should be the French National Assembly (FRA), not empty."),
41: (T,T,T,T,T,T, "SANCTION (discontinue talks): Iran (IRN) suspended talks with Saudi Arabia (SAU), reported on Sunday, 2022-03-13. All right."),
42: (T,T,T,T,T,T, "REQUEST: the two opposition parties (NPL) demanded Bhattarai's (NPL) resignation; undated, reported as this news. All right."),
43: (T,T,T,T,F,T, "REJECT asserted by Fico (SVK). The sentence does not name the EU, so the empty target is right. The refusal is the statement reported as this news, so the date should be the document date, 2015-09-22, not unknown."),
44: (T,T,T,F,T,T, "THREATEN (a coercive warning) by Russian officials (RUS) on Tuesday is right. The warning is aimed at the authors of the strikes, NATO/the West, which the sentence names, so the target should not be empty."),
45: (T,T,F,T,T,T, "SANCTION convict of Khodorkovsky (RUS) on Tuesday, 2005-05-31, is right. The source should be the Moscow (Meshchansky district) court (RUS JUD), not a 'Moscow investment bank' taken from a later sentence."),
46: (T,T,T,T,T,T, "COERCE arrest: Lebanese security forces (LBN) detained Christian opposition activists (LBN) in a two-day sweep running up to the report, so the document date is right. All right."),
47: (T,T,T,F,T,T, "ASSAULT by the SDF on Raqqa in June 2017 is right. U.S. special forces are the SDF's allies; the target should be Islamic State, which held Raqqa (or empty)."),
48: (T,T,T,T,F,T, "ACCUSE: Russian officials (RUS) accused Zakayev (Chechen envoy, RUS). 'Last week' (2002-W43) dates the theatre seizure, not the accusation. The accusation is undated and reported as this news, so the date should be the document date, 2002-10-31."),
49: (T,T,T,T,T,T, "REJECT: the (Egyptian) authorities refused the family's burial request; the family is not in the sentence, so the empty target is right. The refusal is reported as this news (Monday). All right."),
50: (T,T,F,F,T,T, "REJECT (the court rejected an argument) on Tuesday, 2002-12-17, is accepted. The source should be the International Court of Justice (an IGO, no country), not an Indonesian court. The target should be Indonesia (IDN), whose argument it was ('Indonesia's argument')."),
}
V[33] = (T,T,T,T,F,T, "CONCEDE negated is accepted, as the conventions allow for a refusal ('would not bow to terror'); the source is the government of Deuba (NPL), and the Maoists are not named, so the empty target is right. The refusal was made in a statement reported as this news, so the date should be 2004-08-19, not unknown.")
out = open('events-c.jsonl', 'w')
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    e, t, s, g, d, m = V[it['n']][:6]
    if not e: t = s = g = d = m = False
    it['verdict'] = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m,
                     "all": all([e, t, s, g, d, m])}
    it['reasons'] = V[it['n']][6]
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
