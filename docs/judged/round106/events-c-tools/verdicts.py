"""Judge c, round 106: the verdicts (written by hand after reading each story) -> events-c.jsonl.
Fields: E event, T type, S source, G target, D date, M modality. Missing key = True."""
import json

V = {
 1: ({'G': 0}, "Bogota accusing Venezuela is an ACCUSE as coded, dated by the document date (reported as this news). The target is wrong: 'its neighbour' in the sentence refers to Venezuela, which the sentence also names, so the target should be Venezuela (VEN)."),
 2: ({'D': 0}, "China's missile firings into waters near Taiwan are a show of force (CAMEO 150, MOBILIZE), China -> Taiwan, so the type and actors are right. The date is wrong: the text puts the act eight months before the November 1996 meeting, so it should be 1996-03, not null. The act's time is known, so the rule for acts of unknown time does not apply."),
 3: ({}, "Trump agreeing on the details of a trade deal with Lee is an AGREE between the US (USA) and South Korea (KOR). 'On Wednesday' before Thursday 30 October gives 2025-10-29, which is right."),
 4: ({}, "A formal protest is an ACCUSE from China to Singapore, on Monday 2004-07-12. All fields are right."),
 5: ({}, "ECOWAS condemning 'the violence' is an ACCUSE. The sentence names no perpetrator, so an empty target is right. 'Last week' seen from Monday 4 December is ISO week 2023-W48, which is right."),
 6: ({}, "Lee arriving in Taipei for a visit is a CONSULT visit, with Singapore's Lee (SGP) visiting and Taiwan (TWN) hosting. Saturday gives 2004-07-10, which is right."),
 7: ({'D': 0}, "A future discussion between Nvidia and Beijing is a CONSULT, future, and the mutual coding is acceptable. The date is wrong: 2026-04 is the month of Trump's visit to China, not of this discussion, which the text leaves undated, so it should be null."),
 8: ({'G': 0}, "The two leaders not reaching a deal is an AGREE, negated, on 2025-10-30, and 'the two leaders' (Trump and Xi, two countries, so no single code) is an acceptable source. The target is wrong: Nvidia is the seller of the chips, not a party to the deal. The target should be empty (a reciprocal act) or the other leader (Xi, CHN)."),
 9: ({'D': 0}, "Britain criticising Gambia is an ACCUSE with the right parties. The date is wrong: August 2012 is the date of the executions, not of the criticism. The text leaves the criticism ('have criticised') undated, so the date should be null."),
 10: ({'E': 0}, "Spurious. The deputies approving the text is the procedural vote by which parliament adopted its own declaration, an act the lead sentence already reports (#48). It is not approval of another actor's policy or person, and no party is acted upon, so a trained coder would not code it as SUPPORT."),
 11: ({'G': 0}, "Attackers firing on the bus is an ASSAULT, on Thursday 1997-09-18, and an uncoded 'Attackers' is right. The target is wrong: the police are only the reporting source. The target should be the tourist bus passengers, the German holidaymakers (DEU), and their Egyptian driver."),
 12: ({'D': 0}, "The Gulf leaders reaching a supplementary agreement is an AGREE, and a reciprocal agreement with no target is right. The date is wrong: the agreement was reached at the meeting 'late on Sunday', so it should be 2014-11-16, not the Monday document date."),
 13: ({}, "U.N. staff asking to accompany the convoys is a REQUEST. The sentence does not name the party asked, so an empty target is right. The act is undated and reported as this news, so the document date is right."),
 14: ({}, "Rights groups welcoming the report is a SUPPORT. The sentence names no party (only 'the report'), so an empty target is right. 17 February, the dateline day of the report, is right."),
 15: ({'G': 0}, "Thailand's deportation is a COERCE deport, dated July 2015. The target is wrong: China is the destination, not the party acted upon. The target should be the more than 100 Uighurs who were deported (Chinese nationals, CHN)."),
 16: ({}, "The U.N. urging all parties to hold a dialogue is a REQUEST to Burundi's parties (BDI), with the document date for a current reaction. All fields are right."),
 17: ({}, "Milanovic repeatedly clashing with the government is a verbal ACCUSE, Milanovic (HRV) -> the Croatian government (HRV). Repeated past clashes with no date in the text make a null date acceptable."),
 18: ({}, "The march in Samara is a PROTEST. The sentence names no aim, so by the home-protest rule the Russian state is a right target. The document date (Friday, the summit day) is right."),
 19: ({}, "Poland welcoming the German decision is a SUPPORT, Poland -> Germany, on the document date, the day of the decision. All fields are right."),
 20: ({'G': 0}, "The detention on 13 March is a COERCE arrest, and an empty source is acceptable because the sentence has no agent (the 'Iraqi checkpoint' only implies Iraqi authorities). The target is wrong: the two men are American civilians, so the code should be USA, not IRQ."),
 21: ({'E': 0}, "Spurious. The cabinet being due to discuss a U.N. draft is the Lebanese cabinet's own deliberation on a document, not a meeting or consultation with the United Nations. A trained coder would not code it as CONSULT."),
 22: ({}, "Faure calling on his supporters to stay calm is a REQUEST to his Seychellois supporters (SYC), on election Sunday, 25 October. All fields are right."),
 23: ({'G': 0}, "The police firing tear gas is an ASSAULT crowd-control, Malaysian police, on 2011-07-09. The target is wrong: the sentence names who it hit, so the target should be Anwar Ibrahim and the opposition leaders gathering at the hotel (MYS), not empty."),
 24: ({}, "Gonzalez conceding defeat is a CONCEDE (CAMEO 080, yield). 'Conceded defeat' has no object party, so an empty target is acceptable. Election Sunday, 2023-10-15, fits the election-night report."),
 25: ({'D': 0}, "Ebadi being forced to step down as a judge is acceptable as a RETREAT resign. The date is wrong: 1975 is when she became a judge. The step-down came after the 1979 revolution, so the date should be 1979 (or later)."),
 26: ({'S': 0}, "Reinforcements being flown in is a MOBILIZE troops, ongoing on 20 May, and an empty target is acceptable. The source is wrong: the sentence's party is the 'reinforcements', French troops from France's bases in Chad and Gabon, so the source should be French forces (FRA), not empty."),
 27: ({'T': 0, 'M': 0}, "Firing missiles and drones at a U.S. carrier is an attack, so the type should be ASSAULT (aerial or drone), not MOBILIZE. The modality should be reported: the act sits inside the Houthis' claim, which the text calls 'a claim U.S. officials did not immediately address'. The Houthis (YEM), the U.S. carrier (USA) and the Sunday date are right."),
 28: ({}, "North Korea's Foreign Ministry welcoming the U.S. step is a SUPPORT, PRK -> USA, on Sunday 2008-10-12. All fields are right."),
 29: ({'D': 0}, "Cem thanking Greece is a SUPPORT, Turkey's Cem (TUR) -> Greece. The date is wrong: the text dates only Papandreou's phone call to the day of the quake, not the thanks, so the date should be the document date, 1999-08-19. The 17th is a guess carried over from the previous sentence."),
 30: ({'G': 0}, "Taiwan closing its embassy and recalling its staff is a SANCTION (reduce relations, CAMEO 161), future, with no date, as coded. The target is wrong: it should be Nauru (NRU), named in the sentence, not Taiwan's own staff."),
 31: ({'G': 0}, "The ban is a COERCE ban by Pakistan's government on Thursday 2021-04-15. The target is wrong: it should be the party banned, Tehreek-e-Labbaik Pakistan (TLP, PAK), not the country Pakistan."),
 32: ({'G': 0}, "Zinsou conceding is a CONCEDE on Sunday night, 2016-03-20. The target is wrong: the sentence names the party conceded to ('telephoned Talon ... to concede'), so the target should be Patrice Talon (BEN), not empty."),
 33: ({'D': 0}, "Ambassador Johnson calling on all sides to talk is a REQUEST, US (USA) -> the Salvadoran sides (SLV). The date is wrong: a current reaction reported as this news takes the document date, 2020-02-10, not null (the other urging in the same sentence got it)."),
 34: ({'D': 0, 'M': 0}, "Expelling observers from polling stations is a SANCTION expel (CAMEO 1662), with no named source, and the opposition candidates' observers (COM) are the target. The date is wrong: it should be election Sunday, 2024-01-14, not the protest day. The modality is wrong: the expulsion is only alleged by the opposition candidates ('saying ... their observers had been expelled'), so it should be reported."),
 35: ({}, "The United States, EU and U.N. condemning the bombing is an ACCUSE. The bombers are unknown and unnamed, so an empty target is right. The document date is right for a reaction reported as news."),
 36: ({'S': 0, 'G': 0, 'D': 0}, "The refusal to back Rugova is a REJECT. The source is wrong: it should be Thaci's party, the Democratic Party of Kosovo, not Thaci himself. The target is wrong: 'him' is Ibrahim Rugova (XKX). The date is wrong: the three failed votes are earlier background, so they should not get the document date and the date should be null (before March 2002)."),
 37: ({'G': 0, 'M': 0}, "Chung holding talks with officials in the North is a CONSULT. The target's code is wrong: the officials are North Korean, so it should be PRK, not KOR. The modality is wrong: the act 'is expected to' happen, so it should be future. The document date is acceptable as the start of the week-long visit."),
 38: ({'G': 0, 'D': 0}, "Read as the SLPP's complaint of ballot stuffing, this is an ACCUSE by the SLPP (the 'investigate' mode mislabels it, since nobody investigates yet). The target should be the APC (SLE), in whose strongholds the stuffing is alleged. The date should be the document date (2012-11-23/24), not null, because the complaint is reported as this news."),
 39: ({}, "Sanchez de Lozada appealing for calm is a REQUEST to an unnamed public, so an empty target is right. 'Late on Wednesday' is 2003-02-12, which is right."),
 40: ({}, "ECOWAS expressing support for constitutional order is a SUPPORT, and no party is named, so an empty target is right. Week 2023-W48 is right."),
 41: ({'T': 0}, "A pledge of a policy change (ending the 'climate wars', an emissions target) is a promise, CAMEO 0342 (intent to change policy), so the type should be AGREE, not CONCEDE. No one has demanded a concession. The source, empty target, asserted modality and document date are acceptable."),
 42: ({'G': 0, 'D': 0}, "The Srebrenica killings are an ASSAULT by Bosnian Serb forces. The target's code is wrong: the victims were Bosnian Muslims, so it should be BIH, not SRB. The date is wrong: the sentence gives July 1995, so it should be 1995-07, not the 2010 document date."),
 43: ({}, "'It' is the statement of Sharon's office, i.e. Israel, accusing Arafat ('the Palestinian leader', PSE). That is an ACCUSE on the document date, Thursday 2001-12-13. All fields are right."),
 44: ({'S': 0, 'G': 0, 'D': 0}, "'They' are the three states, so the source should be Saudi Arabia, the UAE and Bahrain (SAU/ARE/BHR), not Saudi Arabia alone. The target should be Al Jazeera (QAT), named in the sentence, not empty. The objection is background to the March rift, so its date should be null or 2014-03, not the document date."),
 45: ({'G': 0}, "Zelenskiy urging Europeans to wake up is a REQUEST on 2022-03-04. The target is wrong: the sentence names 'Europeans' (no single country code), so the target should not be empty."),
 46: ({}, "The Gulf ministers expressing solidarity with the Bahraini government is a SUPPORT on Thursday evening, 2011-02-17. All fields are right."),
 47: ({}, "The Republican critics urging Clinton to stay home is a REQUEST, USA -> USA. It is earlier background with no date, so null is right. All fields are right."),
 48: ({'G': 0}, "The declaration condemning the massacre is an ACCUSE by Serbia's parliament on 2010-03-31. The target is wrong: the Bosnian Muslims are the victims, not the party condemned. The perpetrators are not named in the sentence, so the target should be empty."),
 49: ({}, "Russian aircraft and artillery pounding rebel positions is an ASSAULT heavy-weapons, Russian forces (RUS) -> the Chechen rebels, on the report day. I accept the rebels' empty code because the separatists' country is contested and the text gives none."),
 50: ({}, "Reformist politicians hailing the award is a SUPPORT. No party is named (only 'the award'), so an empty target is right. The document date is right for the reaction."),
}

KEYS = [('E', 'event'), ('T', 'type'), ('S', 'source'), ('G', 'target'), ('D', 'date'), ('M', 'modality')]
out = []
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    wrong, reason = V[it['n']]
    v = {name: not (k in wrong) for k, name in KEYS}
    if not v['event']:
        v = {name: False for _, name in KEYS}
    v['all'] = all(v[name] for _, name in KEYS)
    it['verdict'] = v
    it['reasons'] = reason
    out.append(it)
assert len(out) == 50 and set(V) == set(range(1, 51))
with open('events-c.jsonl', 'w') as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
cnt = {name: sum(it['verdict'][name] for it in out) for _, name in KEYS + [('A', 'all')]}
print(cnt)
