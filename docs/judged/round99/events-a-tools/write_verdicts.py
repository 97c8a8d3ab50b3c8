# Writes events-a.jsonl from the judge's per-item decisions (judge a, round 99).
# Each entry: n -> (false fields, reasons). "event" in false fields = spurious (all false).
import json
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "THREATEN by the U.S. embassy (USA) against the Georgian companies servicing Russian airlines (GEO), a warning of penalties; the dateline day 2023-05-19 is the day of the news report. All right."),
 2: (["source", "date"], "Source should be the Russian police (RUS), named in the same sentence as those who held the detainees after raiding the office. Date should be 2017-03-26: the story dates the detentions to Sunday's protests ('a day after... more than 1,000 people were detained'), not the Monday document date."),
 3: (["target"], "REQUEST by the EU is right and an undated background demand ('had also demanded') rightly has no date. Target should be Ukraine (UKR), named in the sentence as the party asked to free Tymoshenko."),
 4: ([], "ASSAULT: a Buddhist monk (LKA) shot dead prime minister S.W.R.D. Bandaranaike (LKA) in 1959, dated by the text. All right."),
 5: (["target", "date"], "The killing in the relative clause is a real act, but its victims are the women's husbands and sons (Bosnian Muslim men, BIH), not the women. Date should be 1995-07: the story dates the Srebrenica killings to July 1995 in the next sentence."),
 6: ([], "REQUEST: Cardinal Jaime Sin (PHL) urged voters (PHL) to shun candidates. The undated pluperfect 'had urged' rightly has no date. The GOV sector is off, but sectors are not scored. All right."),
 7: (["target"], "SUPPORT by France for the announcement is right, dated the document day. Target should be the new Lebanese government (LBN), which the sentence names ('the new government must act quickly') as the party whose formation France welcomed."),
 8: ([], "REQUEST: the U.S. (ambassador for Washington, USA) urged Russia (RUS) to restore supplies. It is an undated reaction reported as the day's news, so the document date is right. All right."),
 9: ([], "SUPPORT: Clinton (USA) praised Obasanjo (NGA) in his Saturday address, 2000-08-26. All right."),
 10: ([], "ACCUSE: Iran (IRN) condemned the strikes, and Israel (ISR) is plainly the party whose strikes are condemned. An undated reaction takes the document date. All right."),
 11: (["source"], "Source should be 'some Sunni rivals' of Halbousi (IRQ), not Halbousi himself ('the country's most powerful Sunni politician'), whose removal they welcomed. An empty target is acceptable because the sentence names only 'the decision', not the court. The date is right."),
 12: ([], "ASSAULT: at least 14 people (UGA) killed in the riots, with no killer named. It is a toll summed over two days ('have been killed'), so by the rules it has no date. All right."),
 13: (["source"], "The RETREAT (handing back the mandate to form a government, a concrete yielding of power) is a fair code, and the Tuesday date 1997-02-04 is right. Source should be Bulgaria's ruling Socialists (Bulgarian Socialist Party, BGR), not the country Bulgaria."),
 14: ([], "SUPPORT: Japan (JPN) and several Western governments congratulated the people of Myanmar (MMR). The document date is right for the undated reaction. All right."),
 15: (["date"], "AGREE: Putin (RUS) agreed to the exchange proposal, which is right, and the empty target is fine because the proposer is unnamed. Date should be 2024-02: the text puts the act 'days before Navalny died', and the story dates that death to 'last month'."),
 16: ([], "ASSAULT: a suicide bomber (no country given) killed at least 20 people in Nazran (RUS) on Monday, 2009-08-17. All right."),
 17: ([], "CONSULT visit: Lula (BRA) toured a Huawei (CHN) research centre on Thursday in Shanghai, 2023-04-13. All right."),
 18: (["source"], "Source should be Hefazat-e-Islam ('the group', BGD), not the police. Target Modi's government (IND) is right, and the present-tense ongoing accusation takes the document date."),
 19: (["target"], "SUPPORT by the Berber activists (DZA) is right, and the Sunday date of the vote is acceptable. Target should not be 'Tamazight', which is a language, not an actor. The clause was passed by Algeria's parliament (DZA); at most it is empty."),
 20: ([], "CONCEDE: Dutton (AUS) conceded defeat, with no target named. An undated reaction takes the document date. All right."),
 21: ([], "PROTEST riot: protesters (MDA) stormed parliament (MDA), a government building, so the state target is right. The date April 2009 comes from the text. All right."),
 22: ([], "CONCEDE: Ince (TUR) conceded defeat on Monday, 2018-06-25. All right."),
 23: ([], "ACCUSE: the EU and the United States condemned the verdict, dated the Saturday of the verdict, which is the document date. The target is empty and the sentence names no party ('the verdict'), so empty is right by the sentence rule, although a coder might add the Minsk court (BLR). All right."),
 24: (["target"], "REQUEST for assistance by Minsk (BLR) is right, and the ongoing act takes the document date. Target should be the Russian-led bailout fund (a multinational fund, no single country code), not Russia."),
 25: (["source", "date"], "Source should be the riot police (BLR), named in the same sentence as breaking up the protest. Date should be 2010-12-19: the detentions happened at the election-night protest, which the story dates to December 19. The document date is not right, and neither is no date."),
 26: ([], "ASSAULT: 18,000 people (SYR) killed, a total summed since March 2011, so by the rules it has no date. It is reported by activists. All right."),
 27: (["target"], "ACCUSE by Djukanovic (MNE) is right and is dated the document day. Target should be the Montenegrin government (MNE), which he accused. Serbia is only the party it allegedly wanted to please."),
 28: (["target"], "The COERCE travel ban signed by Trump (USA) on Wednesday, 2025-06-04, is right. Target should be the nationals of the 12 listed countries (Chad, Congo, etc.), not the United States."),
 29: ([], "ACCUSE: Del Ponte (U.N. tribunal) accused Serbia (SRB) and the Bosnian Serb authorities (BIH). 'Has repeatedly accused' is a span of repeated acts, so no date is right. All right."),
 30: (["event"], "Spurious. 'The party, which is backed by the armed forces' describes a standing political alignment, not an act. If it were coded at all, it would be SUPPORT, not material AID."),
 31: (["event"], "Spurious. 'Manila... recognises Beijing' states a long-standing diplomatic status as background. It is not an act in this news."),
 32: ([], "THREATEN: Houthi officials (YEM) vowed a response. The target (Israel) is not in the sentence, so empty is right. An undated reaction takes the document date. All right."),
 33: (["date"], "ACCUSE by the opposition leaders (GMB) against Jammeh (GMB) is right. Date should be none: 'have accused' is a background act of unspecified earlier time, not this news, so it should not take the document date."),
 34: ([], "PROTEST: tens of thousands (BLR) rallied against Lukashenko's re-election on 2010-12-19, an aim at the authorities, so Lukashenko is a right target. All right."),
 35: ([], "REQUEST: several senior Labour members (NZL) called for a review of the campaign. An undated reaction takes the document date. All right."),
 36: ([], "SUPPORT: Britain (GBR) restored diplomatic relations with Libya (LBY) on Wednesday, 1999-07-07. All right."),
 37: (["source"], "COOPERATE, future (the plan to start flights to Moscow), is acceptable, and the future act rightly has no date. Source should be Georgian Airways (GEO), not the United States."),
 38: (["target"], "ACCUSE by Ghimpu (MDA) is right. Target should be the Communists (Communist Party of Moldova, MDA), whom he blamed, not 'this government'."),
 39: (["type", "target", "modality"], "The act is the Houthis' claimed missile strike. Type should be ASSAULT, not ACCUSE. Target should be the Saudi-led coalition (its ships; no single country code). Modality should be reported, because the act is explicitly 'a claim the coalition did not confirm'."),
 40: ([], "CONSULT: Lula (BRA) and Xi (CHN) met on Friday, 2023-04-14, a mutual event. All right."),
 41: ([], "THREATEN: several provincial governors (IRN) threatened to resign, with no target in the sentence. An undated act takes the document date. All right."),
 42: ([], "RETREAT ceasefire: the Israel (ISR) and Hamas (PSE) truce took effect on Thursday, 2008-06-19, a mutual event. All right."),
 43: ([], "ACCUSE investigate: a House committee (PHL) is investigating the vice president (PHL). The ongoing investigation takes the report day. All right."),
 44: (["source", "target"], "ACCUSE/rejection of India's accusation is acceptable. Source should carry PAK, because the text makes plain that the military spokesman in Rawalpindi is Pakistani. Target should be India (IND) alone; Pakistan is not a target."),
 45: (["target"], "PROTEST by Hungarians (HUN) on Monday evening, 2012-01-02, is right. Target should be the Hungarian government / Orban (HUN), against whose new constitution the protest was aimed. The Opera House is only the venue."),
 46: (["source"], "SUPPORT (congratulated her rival) is right, and 'rival' (HRV) is the described party Milanovic. Source should be Kolinda Grabar-Kitarovic (HRV) alone: dateline has her with no country code and wrongly adds Milanovic. The document date is acceptable for this undated act."),
 47: ([], "CONSULT: India's Foreign Secretary Mathai (IND) met Pakistan's High Commissioner Bashir (PAK). This is the Wednesday summoning, 2013-01-09. All right."),
 48: (["source"], "REQUEST to Washington (USA) to cancel the sale is right, and it is dated the report day. Source should be the Chinese Foreign Ministry spokesman (CHN), not a U.S. spokesman."),
 49: (["target"], "SUPPORT (signed agreements) on Friday, 2023-04-14, is right, and Brazilian officials are one party to the mutual signing. Target should be the Chinese officials (CHN), the other signing side, who are covered by 'Officials'."),
 50: ([], "REQUEST: Iran (IRN) pressed for the office's closure. The sentence names no target ('its' is the office), so empty is right, and the undated pressure rightly has no date. All right."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-a.jsonl', 'w') as out:
    for it in items:
        bad, reason = V[it['n']]
        for b in bad: assert b in F, b
        if 'event' in bad:
            v = {f: False for f in F}
        else:
            v = {f: (f not in bad) for f in F}
        v['all'] = all(v[f] for f in F)
        it = dict(it); it['verdict'] = v; it['reasons'] = reason
        out.write(json.dumps(it, ensure_ascii=False) + '\n')
