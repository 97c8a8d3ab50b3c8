"""Write events-d.jsonl from the judge's per-item verdicts below (judge d, round 151)."""
import json

T = True
F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "The Pope's call for greater religious freedom in Havana on Wednesday 2012-03-28 is a REQUEST by Benedict XVI (VAT). The sentence names no addressee, so an empty target is right."),
 2: (T,T,T,F,T,T, "Arrest of Heba al-Labadi by Israeli authorities in August 2019 is right, but the story says she is one of two Jordanian citizens. Target should be Heba al-Labadi (JOR), not ISR."),
 3: (T,T,T,T,T,T, "Indonesia and Malaysia agreeing on Wednesday 2005-03-09 to hold talks is a mutual AGREE, and either party as source with the other as target is right."),
 4: (T,T,T,T,T,T, "Moroccan officials suspect Madrid of opposing the new U.N. autonomy proposal, so the act is a REJECT by Spain (ESP) of the U.N. proposal (UN), reported because it sits inside a suspicion. It is an ongoing stance, so the document date is right."),
 5: (T,T,T,T,T,T, "Parliament approving Abadi's plan on Tuesday 2015-08-11 is SUPPORT (approve policy) by Iraq's parliament (IRQ) toward Abadi (IRQ). The extra target fragment 'Haider al' is the same person split in two, so the target is accepted."),
 6: (T,T,F,T,T,T, "The REQUEST to the Nigerian government is right, but 'human rights groups in Lagos' are plainly Nigerian. Source should be Nigerian human rights groups (NGA), not an empty country code."),
 7: (T,T,T,F,F,T, "Bush's REQUEST to Hu is right, but Hu is China's President Hu Jintao, so the target should carry CHN and cannot be empty. The talks followed the Thursday welcoming ceremony, so the date should be 2006-04-20, not the document date 2006-04-21."),
 8: (T,T,T,T,T,T, "The killing of Thomas Sankara (BFA) in the 1987 coup is an ASSAULT dated 1987. The sentence does not name the killer, so an empty source is right."),
 9: (T,T,T,F,T,T, "Gusmao's REQUEST is right, but 'all parties' are the parties of East Timor's election, which the text makes plain. Target should be East Timor's political parties (TLS)."),
 10: (T,T,F,F,T,T, "Signing an agreement on Monday 2009-02-23 is SUPPORT (sign agreement), but the GPC is Yemen's ruling party: source should be the General People's Congress (YEM), not USA. The sentence names the other signatory, so the target should be the Joint Meeting Parties opposition coalition (YEM), not empty."),
 11: (T,T,T,T,T,T, "Tadic's arrest in Germany in February 1994 is COERCE arrest with target Dusko Tadic (BIH). No arresting party is named, so an empty source is right."),
 12: (T,T,T,T,T,T, "Qatar accusing Saudi Arabia of backing the 1996 counter-coup attempt is ACCUSE Qatar (QAT) -> Saudi Arabia (SAU). The accusation has no date in the text, so an unknown date is right."),
 13: (T,T,F,F,T,T, "The condemnation is ACCUSE, but it was made by Arafat's cabinet, not Arafat himself: source should be the Palestinian Authority cabinet (PSE). It targets the petition and its signatories: target should be the signatories of the petition (PSE), not Israel, which the sentence names only as the other party to the peace talks."),
 14: (T,F,T,T,T,T, "Russia dismissing the pipeline as politically driven and questioning its profitability is criticism, not the refusal of a proposal or demand. Type should be ACCUSE (disapprove). The present-perfect stance is accepted at the document date, and the project is not a party, so an empty target is right."),
 15: (T,T,T,F,T,T, "The 1995 genocide indictment is ACCUSE (allege), but 'Both' in the sentence refers to Karadzic and Mladic. Target should be Radovan Karadzic and Ratko Mladic (Bosnian Serbs, BIH), not empty."),
 16: (T,T,F,T,T,T, "The condemnation is ACCUSE, but it came from Syria's main opposition coalition, not the state. Source should be the Syrian opposition coalition (SYR opposition), not Syria. The sentence names only 'the visit' and no party, so an empty target is right."),
 17: (T,T,T,F,T,T, "Berlusconi's complaint about a 'political trial' is ACCUSE, but 'the Parliament' is the European Parliament, which had challenged Barroso's Commission. Target should be the European Parliament (EU body, no country code), not the Italian parliament."),
 18: (T,T,T,T,T,T, "'Would not give up a single inch' of territory is a refusal. By the CONVENTIONS it is coded either as REJECT asserted or, as here, as CONCEDE negated, like 'refused to withdraw'. The giving-up would be to Malaysia, which the sentence does not name, so an empty target is right."),
 19: (T,T,T,T,F,T, "Kim Jong Il's apology is SUPPORT by CAMEO 055, toward Japan, but it was made 'at last month's summit'. Date should be 2002-09 (the September Pyongyang summit), not the document date 2002-10-30."),
 20: (T,T,T,T,T,T, "Yameen's five-year sentence in November 2019 is SANCTION convict, with target Yameen (MDV). The court is not named, so an empty source is right."),
 21: (T,T,T,F,T,T, "Tokyo lodging a protest is ACCUSE (formal complaint) by Japan's government. The protest is over Seoul's construction and Seoul is named in the sentence, so the target should be South Korea (KOR), not empty. The date is not given, so unknown is right."),
 22: (T,T,T,T,T,T, "Sistani urging Abadi on Friday 2015-08-07 is a REQUEST Sistani (IRQ) -> Abadi (IRQ)."),
 23: (T,T,F,F,T,T, "The March 2011 protests in Bahrain are a PROTEST, but Bahrain's rulers put the protests down and did not stage them. Source should be Bahraini protesters (BHR), and target should be Bahrain's rulers (BHR), who are named and against whom the protests were aimed."),
 24: (T,T,T,T,T,T, "Mogherini and Hahn welcoming the prisoner releases is SUPPORT by EU officials. The sentence names no party, only 'the releases', so an empty target is right. The same-day document date 2015-08-22 is right."),
 25: (T,T,T,T,T,T, "'The deal was attacked from all sides' is criticism of May's deal (ACCUSE), made by unnamed parties against no named party, so empty arguments are right. This event is thin but it holds. The criticism went on up to the day of the vote, so the document date is accepted."),
 26: (T,T,T,T,T,T, "The UAE and Israel establishing diplomatic relations in 2020 is a mutual SUPPORT (initiate diplomatic ties), dated 2020."),
 27: (T,T,T,T,T,T, "Lukashenko pardoning and freeing six political prisoners on Saturday 2015-08-22 is RETREAT release, with target the political prisoners (BLR)."),
 28: (T,T,T,T,T,T, "Saudi Arabia recalling its ambassador to Qatar, reported on Monday 2002-09-30, is SANCTION (reduce diplomatic relations) SAU -> QAT."),
 29: (T,T,T,F,F,T, "Bush's apology is SUPPORT (CAMEO 055), but Hu is Chinese President Hu Jintao, so the target should carry CHN. The apology came later on the day of the Thursday ceremony, so the date should be 2006-04-20, not 2006-04-21."),
 30: (T,T,T,T,T,T, "Hezbollah urging caution about the investigation is a REQUEST by Hezbollah (LBN). The sentence names no addressee, so an empty target is right. The statement is undated, so the document date is right."),
 31: (T,T,T,F,T,T, "The 1991 general strike is a PROTEST (strike) at home with no separate aim named. It ended Ratsiraka's rule and he is named in the sentence, so the target should be Ratsiraka / the Madagascar government (MDG), not empty. No striking group is named, so an empty source is right."),
 32: (T,T,T,T,T,T, "Kuczynski's detention 'last week' is COERCE arrest with target PPK (PER), dated 2019-W15, the ISO week before the document date 2019-04-17. That date is right."),
 33: (T,T,T,T,T,T, "Jaroslaw Kaczynski calling the MAK report an insult is ACCUSE by Kaczynski (POL). The extra source 'leader' is the same person, and 'the report' is not a party, so an empty target is right. The reaction is dated the same day, 2011-01-12."),
 34: (T,T,T,T,T,T, "The African Union accusing the ICC's prosecutors of targeting African leaders is ACCUSE AU -> ICC. The present-perfect 'has accused' is a standing position and is accepted at the document date."),
 35: (T,T,T,T,F,T, "The abduction of Japanese citizens by North Korean agents is ASSAULT (abduct) PRK -> JPN, but it is a background act of an earlier time with no date in this story. The date should be unknown (none), not the document date 2009-10-06."),
 36: (T,F,T,F,T,T, "The FTO designation imposes legal restrictions rather than reducing existing relations. Type should be COERCE (restrict; CAMEO 163/172 map to COERCE), not SANCTION. The groups are Latin American (Mexico's cartels, Venezuela's Tren de Aragua, MS-13), so the target should be the criminal groups with no USA code, e.g. the Mexican cartels (MEX)."),
 37: (T,T,T,T,T,T, "Kagame saying the problems are Congo's own making shifts the blame to Congo, which is ACCUSE Kagame (RWA) -> DR Congo (COD). The present-perfect 'has said' is accepted at the document date."),
 38: (T,T,T,T,T,T, "Jordan recalling its ambassador to Israel on Wednesday 2019-10-30 is SANCTION (reduce diplomatic relations) JOR -> ISR."),
 39: (T,T,F,F,T,T, "The complaint was made by Hannibal Gaddafi's two servants, not by the police. Source should be the servants (a Moroccan man and a Tunisian woman; MAR/TUN), and the Geneva police are in any case Swiss, not LBY. Target should be Hannibal Gaddafi and his wife (LBY), whom the complaint led to arrest. The only date in the sentence, 2008-07-15, is accepted for the complaint that led to the arrest that day."),
 40: (T,T,T,T,F,T, "Pascual's resignation is RETREAT resign by Pascual (USA), but he resigned on Saturday. Date should be 2011-03-19, not the document date 2011-03-20 (a Sunday)."),
 41: (T,T,T,T,F,T, "The killing of at least seven people in Haiti's riots is ASSAULT with target seven people (HTI), but the deaths happened in the days after July 6 and are summed over several days. The date should be none (a span summed from an earlier time) or the days after 2018-07-06, not the document date 2018-07-15."),
 42: (T,T,T,T,T,T, "Erdogan's 1998 prison sentence is SANCTION convict with target Erdogan (TUR), dated 1998."),
 43: (T,T,F,F,T,T, "The appeal for restraint is a REQUEST from the U.N. secretary-general's spokesman (Annan's office). Source should be the United Nations (UN), not USA just because he spoke in New York. 'All sides' are Morocco and the Polisario/Sahrawi protesters, so the target should be all sides with no single country code, not MAR."),
 44: (T,T,T,F,T,T, "The relatives' plea is a REQUEST, but 'both leaders' refers to Chavez and Uribe. Target should be Hugo Chavez (VEN) and Alvaro Uribe (COL), not empty."),
 45: (T,T,F,T,T,T, "The 2011 dialogue with opposition groups is CONSULT with target the opposition groups (BHR), but it was led by 'the crown prince', Salman bin Hamad. Source should be Crown Prince Salman bin Hamad al-Khalifa (BHR), not Prime Minister Sheikh Khalifa bin Salman."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 45 and set(V) == {it['n'] for it in items}
out = open('events-d.jsonl', 'w')
counts = dict.fromkeys(['event', 'type', 'source', 'target', 'date', 'modality', 'all'], 0)
for it in items:
    e, t, s, g, d, m, reasons = V[it['n']]
    if not e:
        t = s = g = d = m = False
    v = {'event': e, 'type': t, 'source': s, 'target': g, 'date': d, 'modality': m}
    v['all'] = all(v.values())
    for k in counts:
        counts[k] += v[k]
    rec = dict(it)
    rec['verdict'] = v
    rec['reasons'] = reasons
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
print(counts)
