# Writes events-c.jsonl from events-c-items.jsonl and the verdicts below (judge c, round 73).
import json
T, F = True, False
ALL = (T, T, T, T, T, T)
SP = (F, F, F, F, F, F)
V = {  # n: ((event, type, source, target, date, modality), reasons)
 1: ((T,T,T,T,F,T), "SUPPORT by Mogadishu residents (SOM) for the Islamic Courts (SOM) is right, but the welcome is reported as this news with no date of its own: the date should be the document date 2006-06-06, not unknown (1991 dates only the background clause)."),
 2: (SP, "Spurious: 'dismissed Alexander Lebed as secretary' means Yeltsin sacked him from office, not the 'dismiss X as Y' disapproval sense dateline read (trigger in another sense); the sacking is no verbal disapproval (a coder might code it otherwise, e.g. SANCTION expel, not as ACCUSE)."),
 3: (ALL, "ASSAULT on the PKK guerrillas (TUR) is right; the sentence names no killer, so the empty source is right; 'in the first two days' ends on the report day, so the document date 1995-03-21 stands; 'military sources said' keeps it asserted."),
 4: (ALL, "ASSAULT by unnamed gunmen (no country) on a former deputy head of Ingushetia's supreme court (RUS), 'earlier this month' = 2009-06: all right."),
 5: ((T,T,F,T,F,F), "The act is China's 34% tariff ('The tariff') on U.S. goods: source should be China (the finance ministry's tariff commission, CHN), not empty; Trump as target is accepted as the U.S. (USA); the date should be 2025-04-10 (takes effect), not Wednesday 2025-04-02, which dates Trump's own rate; modality should be future ('will take effect')."),
 6: ((T,T,T,F,T,T), "ACCUSE (official complaint) by China is right, but the target should be the United States (USA), the party complained against; the WTO is only the forum where the complaint was filed."),
 7: ((T,T,T,T,F,T), "COERCE arrest of Machar (SSD) with no arrester named in the sentence is right, but the text dates the arrest 'late on Wednesday': the date should be 2025-03-26, not the document date."),
 8: ((T,T,T,F,F,T), "REJECT by Russia is right, but the target should be Belarus (BLR), named in the sentence as the party whose transit fee Russia refused; the refusal is background to Monday's halt with no date in the text, so it should be undated, not the document date 2007-01-09."),
 9: (ALL, "Britain's call for restraint is REQUEST (GBR); the sentence names no addressee (the Kenyan authorities are only implied), so the empty target is right; reported as this news on the document date 1997-07-08."),
 10: (ALL, "Australia's readiness to lead a peacekeeping force is an offer, AGREE (CAMEO 0334), toward Indonesia (IDN); by the conventions an offer whose condition states its terms ('if Indonesia agreed') was made, so asserted is right; document date right."),
 11: ((T,T,T,T,F,T), "SUPPORT by smaller parties (GHA) for Kufuor (GHA) is right, but 2000-12-07 is the date of the first round; the parties backed him 'then', some time after it and before the run-off, so the date should be 2000-12 or undated, not that day."),
 12: (ALL, "ASSAULT by Algerian supporters (DZA) on buses of Egyptian fans, after Wednesday's game (2009-11-18); the target is coded as Egypt, which I accept as the EGY code of the Egyptian fans; attribution to Egyptian media keeps it asserted."),
 13: (ALL, "REQUEST by Kim Dae-jung's office (KOR) to Pyongyang (PRK), reported as this news on the document date 2002-10-17: all right."),
 14: ((T,T,T,F,T,T), "CONCEDE by Atta Mills (GHA) is right, but he conceded defeat to 'his rival' named in the same sentence: the target should be Kufuor (GHA), not empty."),
 15: ((T,F,T,T,F,T), "The act is an apology Abe did not make: type should be SUPPORT (apologise, CAMEO 055), negated, not AGREE (no offer to cooperate); the statement was made on Friday, so the date should be 2015-08-14, not the Saturday document date."),
 16: (ALL, "SUPPORT by the White House (USA); 'the vote' is an act, not a party, so the empty target is right; same day as the vote (2008-11-27)."),
 17: (ALL, "SUPPORT (congratulate) by Trzaskowski (POL) to 'his opponent' = Nawrocki (POL) on Monday morning 2025-06-02: all right."),
 18: (ALL, "REQUEST by the Maoists (NPL) that the count be halted; the Election Commission is not named in the sentence, so the empty target is right; Thursday 2013-11-21."),
 19: (ALL, "COERCE arrest by Cairo police (EGY) of several people in the Cairo protest (EGY), Thursday night 2009-11-19 as the previous sentence gives it: all right."),
 20: ((T,T,T,F,T,T), "REQUEST by Buhari is right, but 'his rivals' in a Nigerian presidential election (Atiku and the other candidates) are plainly Nigerian: the target should carry NGA, not an empty code."),
 21: (ALL, "CONSULT visit: Jiang ('a Chinese leader', CHN) on a state visit hosted by Washington (USA); the visit is still going on at the report, so the document date 1997-10-30 is right."),
 22: (ALL, "Washington's long insistence on freedom of navigation is REQUEST (USA) with no addressee named in the sentence (empty right); a standing position still held takes the document date 2020-07-14."),
 23: (ALL, "ACCUSE by Russia (RUS) against Minsk (BLR) on Monday 2007-01-08: all right."),
 24: ((T,T,T,T,F,T), "AGREE (pledge not to stand) by Vall (MRT) is right, but 'has pledged' is a background pledge made at an unknown earlier time, not this news: it should be undated, not the document date 2006-06-27."),
 25: (ALL, "SUPPORT by Britain (GBR) for the U.S. strikes; 'the action' is an act, not a party, so the empty target is right; reactions on the document date 1998-08-21."),
 26: ((T,F,T,T,T,T), "The act in 1999 is the suspension of U.N. sanctions on Libya, an easing of sanctions: type should be RETREAT (CAMEO 085), not SANCTION; as coded, the record says the U.N. sanctioned Libya in 1999. UN and Libya and 1999 are right for the suspension."),
 27: ((T,T,T,F,T,T), "REQUEST (order) by Netanyahu is right, but 'the military' he ordered is Israel's own army: the target should be the Israeli military (ISR), not a Palestinian military (PSE)."),
 28: ((T,F,T,T,T,T), "Protesters (YEM) vowing to stop Saleh (YEM) from returning is a coercive warning, not an offer of cooperation: type should be THREATEN, not AGREE; date 2011-06-05 and asserted are right."),
 29: ((T,T,T,F,T,T), "ASSAULT by the rebels (TCD) is right and the date (fighting still going on Sunday 2008-02-03) stands, but the party they fought is 'government forces' (Chadian army, TCD), not Deby, whom the sentence names only as the man they seek to oust."),
 30: ((T,T,T,F,T,T), "REQUEST by foreign embassies is right, but 'their nationals' are the embassies' own citizens of unnamed countries, not Nigerians: the target's code should be empty, not NGA."),
 31: (ALL, "The PDP (NGA) agent's walkout on Tuesday 2019-02-26; SANCTION withdraw is accepted for walking out of the collation process (PROTEST would also be defensible); no target named (empty right)."),
 32: ((T,T,T,F,T,T), "AGREE by Barisan Nasional (MYS) on Thursday is right, but it agreed to back a government 'under him', Anwar: the target should be Anwar Ibrahim (MYS), not empty."),
 33: ((T,T,T,F,T,T), "REQUEST by Western embassies is right, but 'their citizens' are the embassies' own Western nationals, not South Sudanese: the target's code should be empty (no country given), not SSD."),
 34: ((T,T,T,T,F,T), "AGREE (pledge to seek talks) by Zelenskiy (UKR) toward Russia (RUS) is right, but 'has pledged' is a background pledge made at an unknown earlier time: it should be undated, not the document date 2019-07-22."),
 35: (ALL, "Peru's recall of its ambassador from Caracas is SANCTION withdraw (CAMEO 161), PER -> VEN, in April 2006: all right."),
 36: ((T,T,T,F,T,T), "REJECT by Moscow (RUS) is right (a present rejection, document date acceptable), but what Moscow rejects is the ICC's arrest warrant: the target should be the International Criminal Court, not the Ukrainian children."),
 37: ((T,T,T,F,T,T), "ASSAULT by gunmen (Iranians by the Intelligence Ministry, IRN) on Wednesday morning is right, but they stormed the parliament building with lawmakers in session: the target should be Iran's parliament (IRN), not empty."),
 38: (ALL, "Vietnam's offer to cut tariffs on U.S. goods to zero is AGREE (offer; CAMEO 0354), VNM -> USA, reported as this news on 2025-04-04: all right."),
 39: (ALL, "ACCUSE (condemn) by Larayedh (TUN) of the assassination; the killers are unnamed, so the empty target is right; document date 2013-07-25."),
 40: (SP, "Spurious: parliament convening on December 19 is a routine sitting, not a consultation between political actors; no PLOVER act."),
 41: (ALL, "REJECT by the NLD (MMR) of the referendum result; 'the result' is not a party, so the empty target is right; reported as this news on 2008-05-16."),
 42: (ALL, "ASSAULT by Iran on Israel; 'It' is Tuesday's barrage and the sentence dates it only 'this year', so 2024 is right at the precision given; a different sentence from the lead's event, so not a duplicate."),
 43: ((T,T,T,F,T,T), "ASSAULT with no attacker named (empty right) on Monday 2009-06-22, but the person killed is Yevkurov's driver (and a bodyguard), RUS, not Yevkurov, who was wounded."),
 44: (ALL, "Sudan's army (SDN) taking Abyei is ASSAULT by the conventions (armed seizure of ground); no opposing party named (empty right); Saturday 2011-05-21."),
 45: (ALL, "AGREE (promise to step down, CAMEO 0341) by Borisov (BGR); 'during the campaign' gives no date, so undated is right; the promise was made (asserted)."),
 46: (ALL, "REQUEST (order) by Medvedev (RUS) to the security services (RUS) on the document date 2009-06-22: all right."),
 47: (ALL, "REQUEST by Washington (USA) to Pyongyang (PRK); an act still going on ('has been pressing') takes the document date 2018-09-19."),
 48: ((T,T,T,T,T,F), "Turkish troops (TUR) against the PKK is ASSAULT, but 'to destroy camps' gives the troops' aim, not a reported destruction: modality should be future (intended), not asserted; undated is then acceptable."),
 49: ((T,T,T,F,F,T), "ASSAULT by the United States is right, but the target should be the al Qaeda operative (al-Harethi) in the car, not Yemen; the next sentence dates the strike on Sunday, so the date should be 2002-11-03, not the Tuesday of the report."),
 50: (ALL, "CONSULT: Khaleda Zia (BGD) due to meet Modi (IND) on Sunday 2015-06-07, future: all right."),
}
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
out = []
for line in open('events-c-items.jsonl'):
    it = json.loads(line)
    v, reason = V[it['n']]
    d = dict(zip(keys, v))
    if not d['event']:
        assert not any(v)
    d['all'] = all(v)
    it['verdict'] = d
    it['reasons'] = reason
    out.append(it)
assert len(out) == 50 and [o['n'] for o in out] == list(range(1, 51))
with open('events-c.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
cnt = {k: sum(o['verdict'][k] for o in out) for k in keys + ['all']}
print(cnt)
