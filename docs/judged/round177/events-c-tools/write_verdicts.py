# Judge c, round 177: writes events-c.jsonl from the verdicts below (fields judged false listed per item).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
SPUR = 'spurious'
# n -> (fields that are wrong | 'spurious', reasons)
V = {
 1: ([], "Gusmao's appeal for calm is a REQUEST to the public (no addressee named, empty target right); Wednesday 2002-12-04 is the day of the Dili riots (dateline Dec 4)."),
 2: ([], "Anwar's 1998 jailing is COERCE arrest/imprison with target Anwar (MYS), dated 1998 as the text gives; the agent of the jailing is not named (the 'by Mahathir' phrase goes with 'sacked'), so an empty source is accepted."),
 3: (['target'], "The demand for a full public investigation is plainly aimed at the government of Khaleda Zia, which the same sentence names; target should be the Bangladesh government (BGD), not empty."),
 4: (['target'], "Iran detained five British men (yacht crew), not the British state: target should be the five British sailors (GBR civilians), not United Kingdom[country]. The Monday 2009-11-30 date of Iran's report is accepted for the ongoing detention."),
 5: ([], "NATO air strikes on Bosnian Serb ammunition depots near Pale 'late last month' (1995-05): ASSAULT aerial NATO -> Bosnian Serb forces (BIH), all right."),
 6: (['date'], "The youths' running battles with police followed Nasheed's seizure on Friday evening ('then', two nights of clashes), so the date should be 2005-08-12 (Friday night, continuing Saturday), not the Sunday document date 2005-08-14; riot at police, so Maldives as target is right."),
 7: (['source'], "'The group' is the ethnic Albanian National Liberation Army in Macedonia (MKD), not the Colombian ELN[COL]; source should be the National Liberation Army (ethnic Albanian gunmen, MKD). Ongoing fighting against Macedonia on the story's day (March 4) is otherwise right (reported_by should be the group, not Macedonian officials, but that field is not scored)."),
 8: ([], "Koizumi's planned visit to South Korea next week: CONSULT visit, future, 2001-W42 (document date is in W41), all right."),
 9: (['target'], "The warning that 'they' would face serious action refers to the five British men; target should be the five British sailors (GBR), not empty."),
 10: (['source'], "The soldiers were killed in a clash with 'ethnic Albanian gunmen', whom the sentence names; source should be the ethnic Albanian gunmen (National Liberation Army), not empty."),
 11: ([], "The earlier promise of extra troops by AU member states is an AGREE (pledge), source member states (no single country), no recipient named, undated earlier act with no date: right."),
 12: ([], "Seoul's repeated warnings to Tokyo that another shrine visit would hurt ties: THREATEN (warning of damage to relations) KOR government -> JPN government, an earlier undated act with no date; right."),
 13: ([], "Ethiopia and Egypt had asked the UN Security Council to drop the sanctions: REQUEST ETH/EGY -> UNSC, earlier undated act with no date; right."),
 14: (['source'], "The one who announced he would step down as Likud leader is Benjamin Netanyahu (ISR), not Ehud Barak[GBR]; source should be Netanyahu (ISR). Future RETREAT resign with target Likud is otherwise acceptable."),
 15: ([], "Amnesty (and Human Rights Watch) criticised the use of military courts: ACCUSE; the sentence names no party (the Egyptian government would be better, but by the rule empty is right); undated reaction takes the document date."),
 16: (SPUR, "Spurious: 'the extent of an Israeli withdrawal from the Golan Heights' is the topic of the broken-off talks, not a withdrawal that took place."),
 17: (['type', 'date'], "'Those responsible had been held to account' is disciplining of the officials, SANCTION (or COERCE), not ACCUSE; it is an earlier undated act (pluperfect), so it should have no date rather than the document date 2008-11-26."),
 18: ([], "UNITA officials accused Luanda: ACCUSE UNITA (AGO) -> Angolan government (AGO); the GOV sector for UNITA is off but the party and country are right; story-day date accepted."),
 19: (['date'], "The UN's never recognising Indonesia's annexation is a negated SUPPORT (recognition) toward Indonesia, but it spans from 1976 on and has no date; the document date 1995-12-08 is wrong."),
 20: (['target'], "Turkey signed the customs-union protocol with the European Union, named in the sentence; target should be the European Union, not empty."),
 21: ([], "Australia and the United States signed the FTA on Tuesday 2004-05-18: SUPPORT (sign agreement), mutual, right."),
 22: (SPUR, "Spurious: East Timor's vote for independence in a UN-run referendum is an election result, not a PLOVER act between political actors."),
 23: (['date'], "The attack was on Tuesday (officials reported it on Tuesday night), 2004-04-27; the document date 2004-04-28 is wrong. Attackers (no country) -> Syrian police is right."),
 24: ([], "Kevin Casas resigned last month: RETREAT resign, CRI, 2007-09, right."),
 25: (['type', 'target'], "The SPLA saying it would work with the envoy is a statement of intent to cooperate, AGREE, not COOPERATE; the envoy is John Danforth (USA), not John Garang (Garang is the SPLA's leader, and not USA): target should be Danforth/the U.S. envoy (USA)."),
 26: (SPUR, "Spurious: 'targeting' describes the reach of the sanctions (already coded as the SANCTION e1 in this sentence), not an attack."),
 27: ([], "Government spokesman Dupuy accused the opposition of seeking confrontation: ACCUSE HTI government -> HTI opposition, reported as this news, document date right."),
 28: ([], "Bush-Putin meeting on Sunday 2006-11-19 in Hanoi: CONSULT, right."),
 29: ([], "Russia and Armenia signed the treaty in Moscow on Friday 1997-08-29: SUPPORT (sign), mutual, right."),
 30: (SPUR, "Spurious: Sithole 'has clashed repeatedly with the government' means political disputes, a trigger word in another sense, not an ASSAULT."),
 31: (['date'], "Paris sent troops a week after Denard's September coup, which the lede puts five months before March 1996 (about early October 1995); 1995-W36 (early September) is wrong, and should be about 1995-10 (a week after the late-September coup)."),
 32: ([], "Protests spreading last week in Kashmir: PROTEST, 2010-W37; the sentence names no protesters and no aim, so empty source and target are accepted."),
 33: ([], "Israel freed 45 Lebanese prisoners on Sunday 1996-07-21: RETREAT release ISR -> Lebanese prisoners (LBN), right."),
 34: ([], "Taki thanked voters: SUPPORT (praise/thank) COM politician -> Comorian voters, reported as this news (Sunday, the document date), right."),
 35: ([], "The ILO urged governments, companies and other UN bodies to review dealings with Myanmar on Thursday 2000-11-16: REQUEST, right."),
 36: (['type', 'date', 'modality'], "Prison officials expected the men to be freed later: a future release, RETREAT release with future modality (not CONCEDE asserted; it is no promise); 'later on Saturday' is 2010-05-29, not the Sunday document date 2010-05-30."),
 37: (['date'], "Goh is due to meet Cheney before returning home later this week, so the text dates the meeting to this week, 2003-W19, rather than no date."),
 38: ([], "Rebels took about 500 UN peacekeepers hostage in May 2000: ASSAULT abduct SLE rebels -> UN peacekeepers, 2000-05, right."),
 39: ([], "Aid agencies welcomed the ceasefire: SUPPORT, no party named as target, document date for the reaction, right."),
 40: (['date'], "Bush's visit to thank Mongolia for its Iraq troops was in November (2005-11), as the text says; the document date 2006-01-14 is wrong."),
 41: ([], "Myanmar's delegation rejected the ILO decision as unjust: REJECT; the sentence names no party ('the decision'), so empty target is accepted (the ILO would be better); reported as this news."),
 42: ([], "Nizar refused the sultan's request to resign: REJECT, MYS; the sultan is not named in this sentence, empty target right; document date right."),
 43: ([], "Tripoli says it accepts the compromise formula: AGREE by Libya's government, no party named, current stance with document date: right."),
 44: (['target'], "The NATO-led peacekeepers in Kosovo are KFOR, a NATO force; target should be the NATO-led peacekeepers (NATO), not Kosovo[XKX]."),
 45: ([], "The Security Council's ban on flights by Afghanistan's national airline from Sunday 1999-11-14: SANCTION future, a distinct measure from the asset freeze (e2); right."),
 46: ([], "Armenia and Azerbaijan fought a war in the early 1990s: ASSAULT mutual; the value '199' is the 1990s decade, the precision the text gives; right."),
 47: ([], "Decertification means the US will cut most non-humanitarian aid to Colombia: SANCTION (withdraw aid), future, undated; right."),
 48: ([], "The State Department lodged a formal protest with Ottawa: ACCUSE (official complaint) USA -> CAN government, story day; right."),
 49: (['source'], "The ambassador talking to the Indonesian authorities is the Dutch ambassador; source should be the Dutch ambassador (NLD), not IDN."),
 50: (['target'], "The IMF, World Bank and Japan agreed to lend to Russia: the offer is AGREE, but the target should be Russia (RUS), not the lenders themselves (this is not a mutual agreement among them)."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = open('events-c.jsonl', 'w')
for it in items:
    wrong, reason = V[it['n']]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
