"""Write events-a.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality)."""
import json
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "ACCUSE by the U.S. State Department (USA), reported as this news on the document date; 'the arrests' names an act, not a party, so an empty target is right by the rules (Syria's authorities would also be acceptable)."),
 2: (T,T,T,T,T,T, "Friday's Tel Aviv suicide bombing: bomber (uncoded, his origin is given only in a later sentence) against Israeli women (ISR), 1997-03-21. Mode should be suicide-attack rather than explosives, but the type is right."),
 3: (F,F,F,F,F,F, "Spurious: 'the Authority could not be held responsible' is a general denial by Arafat's aides, not an act of accusing by anyone. The sentence's act is the aides blaming Israel's Har Homa decision (ACCUSE aides -> Israel)."),
 4: (T,T,T,T,T,T, "SUPPORT by human rights groups (no country given) welcoming the AU decision, with the document date. 'The decision' names an act, so an empty target is right (the AU would also be acceptable)."),
 5: (T,T,T,T,T,T, "Amarjargal (MNG) conceding the election defeat counts as a verbal CONCEDE. The winner is not named in the sentence, so an empty target is right, and the document date is right for this news."),
 6: (T,T,T,T,T,T, "Erdogan's promise of democracy and investment is AGREE (a pledge), made in Friday's speech (2005-08-12). 'The impoverished region' is a place, so an empty target is acceptable."),
 7: (T,T,T,T,T,T, "ACCUSE Mexico (MEX) -> the 40 Italian activists (ITA), asserted with the Interior Ministry as reported_by, document date."),
 8: (T,T,F,T,F,T, "Source should carry TUR: the sentence's Kurdish politicians met Erdogan in Ankara, so they are plainly Turkey's Kurds. Date should be 2005-08-12 (the urging reacts to Friday's speech), not 1984, a year taken from the previous sentence's PKK background."),
 9: (T,T,T,T,T,F, "Modality should be asserted: the EU made the threat; only the withholding in its 'unless' condition is hypothetical (CONVENTIONS, an offer or threat with its own condition). An undated background threat with no date is right."),
 10: (T,T,T,F,T,T, "Target should be Moshe Katsav (ISR): the inquiry is into 'him', whom the sentence refers to. The text gives no date beyond 'then' after July, so no date is acceptable (2006-07 would be better)."),
 11: (T,T,T,T,T,T, "SUPPORT Washington (USA) -> the new Lebanese cabinet (LBN), reported as this news on the document date."),
 12: (T,T,T,F,T,T, "PROTEST by Congress workers (IND) on Monday evening, 1999-05-17, is right. But the slogans were against the three rebel leaders (Pawar, Sangma, Anwar; IND) while Gandhi was the person they supported, so the target should be the three leaders, or empty under the support-rally rule, not Sonia Gandhi."),
 13: (T,T,T,T,T,T, "ACCUSE Indonesian legislators (IDN) -> Megawati's government (IDN), document date."),
 14: (T,T,T,T,T,T, "COERCE arrest of Charles Taylor (LBR), March 2006. The sentence names no arrester, so an empty source is right."),
 15: (T,T,T,T,T,T, "ACCUSE opposition legislators (PER) against the amnesty. The measure was passed by Peru's Congress and government, so Peru is acceptable as the party acted upon (Peru's Congress would be more precise). Document date."),
 16: (T,T,T,T,T,T, "'They have joined hands with the forces that opposed democracy': the opposition (NPL) allied with the NDP (NPL, 'the forces' by description). COOPERATE is an acceptable type (SUPPORT would also do), and the alliance still holds at the story's date. Dateline missed the sentence's main act, Adhikari's ACCUSE against the opposition."),
 17: (T,T,T,F,T,T, "Target should be the MMA (PAK), which the sentence names as the other party to the deal (mutual event). AGREE for a reciprocal deal and the date 2003 ('a year ago') are right."),
 18: (T,T,F,T,F,T, "The group of Italian activists (ITA) ignored the warnings, so they should be the source, not the Interior Ministry. Date: the ignoring happened during the tour before the weekend detention, a background act wrongly given the document date; it should have no date. REJECT (defy) and the empty target are right."),
 19: (T,T,T,F,T,T, "Target should be the gunman who fired at the Russian embassy ('he'; no country given), not President Emile Lahoud. The investigation into Monday's attack dated 2000-01-03 is acceptable."),
 20: (T,T,F,T,T,T, "Source should be China (CHN) ('Beijing'), not the 'Belgrade embassy'. The accusers (the House committee) are not named in the sentence, so an empty target is right, and the document date is right for this news."),
 21: (T,T,T,T,T,T, "COERCE arrest by Greek police (GRC) of dozens of protesters in Athens (GRC) on Friday night, 1999-11-19."),
 22: (T,T,T,T,T,T, "ACCUSE Mexico (MEX) -> China (CHN) on Monday, 2009-05-04."),
 23: (T,T,T,T,F,T, "Bagapsh's threat ('has threatened') is background of unknown earlier time, given only as context for the visit, so it should have no date rather than the document date. Treating Abkhazia as GEO is acceptable."),
 24: (T,F,F,T,T,T, "Declaring independence from the USSR is no rejection of a request; it should be SANCTION (withdraw: leaving the union). Source should be Lithuania (LTU), which 'it' refers to, not Parliament. Target Soviet Union and the 1990 date are right."),
 25: (T,T,T,F,T,T, "Target should be empty: the EU appears only in a comparison ('among the highest in the EU') and is not the party the promise is made to. AGREE by Gyurcsany (HUN) with the document date is right."),
 26: (T,T,T,T,F,T, "Date should be earlier in the week of 2001-09-27 (2001-W39, Sept 23-25, in Kazakhstan before the Tuesday arrival): the text dates the appeal 'earlier this week', so no date is wrong. REQUEST by the pope (VAT) with no addressee is right."),
 27: (T,T,T,T,T,T, "REQUEST United States (USA) -> Preval (HTI) to set an election date, document date."),
 28: (T,T,T,T,F,T, "Date should be 2005-11-24, the Thursday on which the king appointed Bakhit and 'told him' his task (first sentence). The letter of appointment is that same act, not an act of the document date 2005-11-25."),
 29: (T,T,T,T,F,T, "The government blamed the rebels after the June kidnapping, a background act in the paragraph's history. It should be dated 2009-06 (or carry no date), not the document date."),
 30: (T,T,T,T,F,T, "The Commission's warning ('has warned') is background of unknown earlier time, so it should have no date rather than the document date. THREATEN EC -> Hungary (HUN) is right."),
 31: (T,T,T,T,T,T, "Manila (PHL) sending officials to investigate is ACCUSE (investigate) with document date. Malaysia is not named in the sentence, so an empty target is right."),
 32: (T,T,F,F,F,T, "The sentence's accusation is the conservative deputy (IRN) charging Kordan (IRN) with forgery during Tuesday's debate. Source should be the deputy, and the target should be Kordan, not the future 'new interior minister' from a later sentence. Date should be 2008-11-04, the debate (or the document date), not none."),
 33: (T,T,T,T,T,T, "Putin's (RUS) promise of money for the base is AGREE (a pledge), made on Wednesday, 2009-08-12. No party is the clear recipient, so an empty target is acceptable (Abkhazia would also do)."),
 34: (T,T,T,F,T,T, "Target should be Kuwaiti women (KWT), to whom the sentence says the decree grants the vote. Granting rights as CONCEDE, the emir (KWT; named 'Sheikh') as source, and May 1999 are right."),
 35: (T,T,T,T,T,T, "Israel's occupation of south Lebanon is ASSAULT (CONVENTIONS: occupying ground), ISR -> LBN, still going on at the story's July 4 date. Asserted, with the party official as speaker."),
 36: (T,T,T,T,T,T, "SUPPORT Washington (USA) hailing the vote, document date 1998-01-18. 'The vote' names an act, so an empty target is right."),
 37: (F,F,F,F,F,F, "Spurious: Chavez hailing his own party's 'solid victory' is a claim of success, not support for or praise of another actor. The sentence holds no PLOVER act."),
 38: (T,T,T,T,T,T, "THREATEN Hamas (PSE) -> Israel (ISR): revenge vowed after Saturday's strike, reported as current news with the document date."),
 39: (T,T,T,F,T,T, "Target should be Jose Ramos-Horta (TLS), the co-signer named in this sentence (mutual event), not empty. SUPPORT for signing Downer (AUS) on 2006-01-12 is right. It is not a duplicate: the first sentence's signing is coded from another sentence."),
 40: (T,T,T,T,T,T, "SUPPORT by Chad's government (TCD) for a trial: a stance still held, so the document date is right. No party is named as the one supported, so an empty target is right."),
 41: (T,F,T,T,F,F, "'Would work with a prime minister who was empowered' states willingness to cooperate, which is AGREE. Type should be AGREE, modality asserted (the statement was made; only the cooperation is conditional), and date 2003-09-08, the document date of the statement, not none."),
 42: (T,T,T,T,T,T, "COERCE arrest by police (BGD) of dozens of Jamaat supporters in Dhaka (BGD), document date (the text gives none)."),
 43: (T,T,T,T,T,T, "SANCTION convict of Winnie Madikizela-Mandela (ZAF) in 1991. The sentence names no court, so an empty source is right."),
 44: (T,T,T,T,T,T, "REJECT by Turkey (TUR) of the genocide label: a stance still held, with the document date. The label's authors are not named in the sentence, so an empty target is right."),
 45: (T,T,T,T,T,T, "Iceland (ISL) agreeing a loan with the IMF is AGREE (a loan agreed, not yet given), mutual event, 'last week' = 2008-W43."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==45
with open('events-a.jsonl','w') as f:
    for it in items:
        ev,ty,so,ta,da,mo,why=V[it['n']]
        if not ev: ty=so=ta=da=mo=False
        v={'event':ev,'type':ty,'source':so,'target':ta,'date':da,'modality':mo}
        v['all']=all(v.values())
        o=dict(it); o['verdict']=v; o['reasons']=why
        f.write(json.dumps(o, ensure_ascii=False)+'\n')
