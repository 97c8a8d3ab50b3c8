"""Write events-a.jsonl from the judge's verdicts below (fields that are wrong, plus reasons)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
V = {
 1: (['target', 'date'], "Tear gas on a crowd is ASSAULT crowd-control by the riot police (EGY), but 'them' refers to the Hundreds of Christians who clashed with police (previous sentence), so the target should be those Christians (EGY), not empty; the sentence dates the day's events 'on Thursday', and the story reports Thursday's news (document date is the Friday), so the date should be 2010-01-07."),
 2: ([], "Australia and New Zealand welcoming Fiji's reforms is SUPPORT; 'the reforms' names no party, so an empty target is right by the rules (a coder could give Fiji, FJI); present perfect takes the document date."),
 3: (['source', 'date'], "The killing of Armenians is an ASSAULT (massacre) with the Armenians (ARM) as target, but the sentence names the perpetrator: the source should be the Ottoman Empire (TUR); it is the 1915-23 background act (first sentence), so it must not get the document date: the date should be 1915-1923 (or none). 'Armenians say' is attribution, so asserted is right."),
 4: (['source', 'target'], "The arrest is COERCE arrest on 2005-09-19 ('earlier in the day', story datelined Sept 19), but the arresting party is the Iraqi police (the sentence's 'police', IRQ) and the target should be 'the two soldiers', the two British soldiers (GBR); both are empty."),
 5: ([], "The Angolan government accusing UNITA is ACCUSE allege, both AGO; present-tense accusation takes the document date. All right."),
 6: ('spurious', "Spurious: a quote that Poles 'have voted for competence' describes an election result, not a PLOVER act between political actors."),
 7: (['target'], "Israeli warplanes striking guerrilla positions is ASSAULT (aerial) on 1999-02-28 ('within hours' of Sunday's attack), but the guerrillas are plainly Hezbollah in south Lebanon, so the target's country should be LBN, not empty."),
 8: (['source'], "The accusation of Britain is ACCUSE with the right target (GBR) and date, but the source is a spokesman for China's Hong Kong and Macau Affairs Office, a Chinese state body: the country should be CHN, not HKG."),
 9: ([], "The Commission for Africa (set up by the British PM, GBR) urging rich nations to end farm subsidies is REQUEST, made in the report released on Friday 2005-03-11. All right."),
 10: (['date'], "Thai officials accusing Myanmar's army is ACCUSE allege (THA -> MMR), but 'have long accused' is an accusation still going on when the story is told, so it takes the document date 2001-02-12 rather than no date."),
 11: ([], "Ukrainian ministers negotiating with the IMF is CONSULT, UKR -> IMF; the past-perfect background negotiation has no date in the text, so an unknown date is right."),
 12: ('spurious', "Spurious: 'investigating' is part of the name of the Scorpions investigating unit, not an investigation of McCarthy (who is accused of manipulating charges)."),
 13: ([], "Russia cutting Ukraine's gas supplies in a pricing row is SANCTION (curtailed material exchange), RUS -> UKR, January 2006. All right."),
 14: (['date'], "Nixon (USA) and Brezhnev (Soviet Union, coded RUS) signing the ABM treaty is SUPPORT (sign agreement), mutual, but it is the 1972 background act: the date should be 1972, not the document date."),
 15: (['date'], "Blair praising the Russian parliament's ratification is SUPPORT; Russia (RUS) stands for its parliament acceptably at country level (strictly the Russian parliament, RUS); but 'last week' dates the ratification, not the praise, which was made at Monday's talks: the date should be 2000-04-17."),
 16: ([], "The twin bombing killing 17 people in Istanbul is ASSAULT on Sunday 2008-07-27; no perpetrator in the sentence, so the empty source is right. All right."),
 17: ([], "The US and EU condemning the bombing is ACCUSE disapprove; 'the bombing' names no party, so the empty target is right; document date for the reaction. All right."),
 18: ([], "EU foreign ministers giving the green light for the talks is an agreement to open negotiations (AGREE), 'last week' = 2005-W40; the sentence names no party as the recipient of the approval ('the talks'), so an empty target is acceptable (a coder might give Serbia and Montenegro)."),
 19: ([], "Saleh promising Washington cooperation is AGREE, YEM -> USA, during last month's visit (2001-11). All right."),
 20: (['date'], "A negated offer of mediation (AGREE negated) by Mandela with no party named is acceptable, but the act denied is Mandela's remark in his opening speech on Wednesday: the date should be 1998-09-02, not the document date."),
 21: ([], "Bush's notice that the US would withdraw from the ABM treaty is SANCTION withdraw toward the treaty partner Russia, future, with no date fixed in the sentence. All right."),
 22: ('spurious', "Spurious: Tymoshenko's rhetoric that her team would 'defend Ukraine from those who want to take it back' is no PLOVER act toward a political actor (the country itself is not a recipient of support)."),
 23: (['target'], "NATO's plan to invite new members is AGREE (invitation), future, but the invitees are 'former Soviet allies in central Europe' (central European states, no single code), not the Soviet Union (SUN)."),
 24: ([], "The 1,000 killed in fighting in Monrovia since June is an ASSAULT total summed over a span, so it rightly has no date; no party for the source. All right."),
 25: ([], "The SAARC summit is CONSULT multilateral among South Asian leaders, ending Thursday 1995-05-04. All right."),
 26: ([], "Pakistan condemning the killings is ACCUSE disapprove; the militants who carried out the killings (lead sentence) are clearly the party condemned, so naming them is acceptable (an empty target would also be right); document date. All right."),
 27: (['date', 'modality'], "'UNITA was supposed to demobilise its fighters' is an obligation under the 1994 accord that has not been fulfilled: RETREAT disarm by UNITA is right in kind, but the modality should be hypothetical (or negated), not asserted, and the unrealised act should have no date rather than the document date."),
 28: (['date'], "France opposing Ellemann-Jensen's candidacy is REJECT (FRA -> DNK), and 'was reported to have' is a fair reported; but the opposition came during the weeks of wrangling before Tuesday's choice (pluperfect): it has no date in the text, not 1995-12-05."),
 29: (['source'], "Sankoh apologising for the war is SUPPORT (CAMEO 055 apologise), earlier this month (1999-10), but Sankoh is the RUF rebel leader of Sierra Leone: the source's country should be SLE, not empty."),
 30: (['target'], "Tymoshenko alleging large-scale fraud is ACCUSE allege, undated, but the allegation is against Yanukovych, whose victory the sentence names: the target should be Viktor Yanukovych (UKR), not empty."),
 31: ([], "Taylor's promise to step down is a promised resignation, CONCEDE; no recipient named; 'has promised' is an earlier undated act. All right."),
 32: (['date'], "The fight between Israeli forces and Palestinian gunmen is a mutual ASSAULT, but it came 'hours before the talks', which were held on Wednesday: the date should be 2001-09-26, not the document date 2001-09-27."),
 33: ([], "Pastrana's aide meeting FARC leader Marulanda is CONSULT (COL -> COL) earlier this month (1998-06); the sector of Marulanda is off but party and country are right. All right."),
 34: ([], "Pakistani lawmakers calling for NATO supply lines to be cut is REQUEST; NATO, the party the demanded cut acts upon, is an acceptable target; no date in the text, document date. All right."),
 35: (['target'], "The Basra governor condemning the raid is ACCUSE disapprove on 2005-09-19 (story datelined Sept 19), but the same sentence says British forces violated Iraqi sovereignty: the target should be the British forces (GBR), not empty."),
 36: ([], "Aliyev and Kocharyan holding talks is mutual CONSULT on Monday 1999-10-11 (not a duplicate: the lead's 'met' is another sentence). All right."),
 37: ([], "Rabuka wishing to apologise to Queen Elizabeth is SUPPORT (apologise) toward GBR; a stated wish is not yet the act, so hypothetical is right; undated. All right."),
 38: ([], "Medvedev ordering the security services to track down those responsible is REQUEST (orders), RUS -> RUS, on Saturday 2009-11-28. All right."),
 39: (['source'], "Krajisnik condemning the seizure is ACCUSE disapprove with an empty target (the sentence names no party), but he is the Serb member of Bosnia's joint presidency: his country should be BIH, not SRB."),
 40: ([], "The U.N. mission reinforcing patrols is MOBILIZE (police units; the mode is secondary), by the UN police mission (UNO), 2007-08-08 (story datelined Aug 8). All right."),
 41: ([], "NATO preparing to send 60,000 troops into Bosnia is MOBILIZE troops, NATO -> BIH, future and undated. All right."),
 42: ([], "Soldiers firing on villagers is ASSAULT firearms, GTM -> GTM, on Thursday afternoon 1995-10-05. All right."),
 43: ([], "The Macedonian government's appeal for calm is REQUEST with no addressee named; document date. All right."),
 44: ([], "The emir expected to ask a new government to take office is REQUEST, KWT -> KWT, future, undated ('within days'). All right."),
 45: (['target'], "The ICRC calling on both sides to spare civilians is REQUEST on the document date, but 'both sides' refers to the Sri Lankan army and the Tamil Tigers (both LKA): the target should be those parties, not empty."),
 46: (['target'], "Straw urging restraint is REQUEST (GBR) on 2002-05-25, but 'both sides' are India and Pakistan (the standoff): the target should be India (IND) and Pakistan (PAK), not the United States and Britain."),
 47: ([], "China saying it would soon open talks with Pretoria on embassies is CONSULT future, CHN -> ZAF, undated ('soon'). All right."),
 48: ([], "European officials welcoming the outcome is SUPPORT with no party named as target; no date in the text, document date. All right."),
 49: (['source', 'date'], "Lodging a protest with the U.S. ambassador is ACCUSE toward Patterson (USA), but the Foreign Office is Pakistan's: the source should be PAK, not GBR; the protest is the one lodged when the ambassador was summoned on Wednesday (lead), so the date should be 2008-09-03."),
 50: ([], "The La Belle blast killing two American soldiers is ASSAULT on 1986-04-05, no perpetrator in the sentence. All right."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == [x['n'] for x in items]
with open('events-a.jsonl', 'w') as f:
    for x in items:
        wrong, reason = V[x['n']]
        if wrong == 'spurious':
            v = {k: False for k in F}
        else:
            assert all(w in F for w in wrong)
            v = {k: (k not in wrong) for k in F}
        v['all'] = all(v[k] for k in F)
        y = dict(x); y['verdict'] = v; y['reasons'] = reason
        f.write(json.dumps(y, ensure_ascii=False) + '\n')
