"""Write events-d.jsonl from the judge's per-item calls below.
Flags: event,type,source,target,date,modality (1 right, 0 wrong); a spurious event is '000000'."""
import json
J = {
1: ("111011", "REQUEST by Suu Kyi (MMR) right, but 'them' are the thousands of supporters she addressed, not the party organisation: target should be the NLD supporters (MMR civilians), not the National League for Democracy (PTY)."),
2: ("111011", "AGREE (campaign pledge) by Medvedev, undated background act (none is right), but the sentence refers to the party the pledge is about: target should be Vladimir Putin ('his mentor', RUS)."),
3: ("111111", "Offer to mediate is AGREE; Pacific Islands Forum with no seat country in the text; no party named as target; reported as this news, document date right."),
4: ("111011", "Taking voting for the single candidate as SUPPORT, it is support for Hadi: the sentence says they voted *against* Saleh, so target should be Abd-Rabbu Mansour Hadi (YEM), not Ali Abdullah Saleh."),
5: ("101011", "Travelling to The Hague to face the charges is not a visit/consultation; type should be AGREE (stated intent to submit to the court; COOPERATE judicial also defensible), and target should be the special court (Kosovo Specialist Chambers), not the Netherlands. Source, undated future and modality right."),
6: ("111101", "AGREE offer by Putin right, target empty right (the sentence names no recipient), but the offer was made at the Kennebunkport meeting days before the decision: date should be none (early July 2007, an earlier act), not the document date 2007-07-14."),
7: ("111011", "ASSAULT (truck bomb) with no perpetrator named (empty source right), date 1999-09 right, but the sentence names the victims: target should be the 64 people killed / military families in Buynaksk (RUS)."),
8: ("110101", "The mediator is Egypt: source should be Egypt (EGY), with Israel and Hamas as target (target right); 'has mediated past truces' is a background act of earlier times, so date should be none, not the document date 2014-07-08."),
9: ("111111", "UN Security Council imposing sanctions on North Korea on Friday 2009-06-12: SANCTION, all fields right (mode discontinue is odd but the type is right)."),
10: ("111111", "Rights groups hailing the warrant is SUPPORT; no party named as target (the warrant is an act), document date right."),
11: ("000000", "Spurious: 'pulling back from the threat of U.S. military strikes' describes the effect of the agreement already coded (e1 AGREE), in a figurative sense; no forces withdrew, and Russia made no such retreat."),
12: ("110111", "CONCEDE negated for not conceding the election is acceptable, target empty right, but source Raisi has no country code (and kind 'country'): should be Ebrahim Raisi (IRN)."),
13: ("111011", "Background SUPPORT (signing) by the PLO, undated (right), but the sentence names Israel as the other party to the accords: target should be Israel (ISR)."),
14: ("111111", "Casualty total 'had been killed before Tuesday's blast' summed from Oct 7: ASSAULT, no perpetrator in the sentence, Palestinians (PSE) target, no date is right per the span rule."),
15: ("110101", "AGREE (promise to hold elections) right, but 'He' is Burhan: source should be Gen. Abdel Fattah al-Burhan (SDN), not the army; the promise was made in Monday's televised address reported as this news, so date should be 2021-10-25 (document date), not none."),
16: ("111111", "Voting against the IAEA resolution coded REJECT by Cuba, Syria, Venezuela on Saturday 2006-02-04; no party named as target; all right."),
17: ("111011", "Domestic pledge by Bolsonaro (AGREE) on Tuesday 2019-01-01 right, but the sentence has no United States: target should be empty (no party named)."),
18: ("110111", "ACCUSE right, target ZANU-PF (ZWE) right, but the accuser is the MDC: source should be the Movement for Democratic Change (ZWE), not 'voters'."),
19: ("111111", "Nuclear test is MOBILIZE (test weapons systems), North Korea, 2009-05-25 explicit; all right."),
20: ("111111", "Israel launching an offensive against the Gaza Strip (PSE) on Tuesday 2014-07-08: ASSAULT, all right."),
21: ("101111", "Sending troops to support Serraj's government under a security pact is military assistance in personnel: type should be AID, not MOBILIZE. Turkey -> Serraj (LBY), 'this month' 2020-01 right."),
22: ("110111", "THREATEN (to block the declaration) right, undated background act right, but the United States is not among the threatening parties: source should be only the delegates from Africa, Latin America and the Caribbean (no single country)."),
23: ("111101", "Suspending the talks (halt negotiations) coded SANCTION acceptable, Barshefsky (USA) right, but 'shortly before midnight' on Friday is late on 1999-12-03; the value 1999-12-03T00:00 puts it at the start of the day, a wrong time (should be 1999-12-03, late evening)."),
24: ("111111", "Islamic Jihad rejecting the accusation coded REJECT; the sentence names no party (the accuser is in the previous sentence), so empty target is right; document date right."),
25: ("111111", "Putin welcoming the agreement (SUPPORT), reported by the Kremlin, document date; all right."),
26: ("111111", "US withdrawing its signature from the Rome Statute is SANCTION withdraw, dated 2002-05 ('in May'); all right."),
27: ("111011", "Hamas rocket fire (ASSAULT) on 2014-07-08 right, but the rockets are fired at Israel (named in the sentence, sirens in Tel Aviv and Jerusalem): target should be Israel (ISR)."),
28: ("110011", "Complaint is ACCUSE, undated, asserted; but the United States is the object of the complaint, not a complainer: source should be the delegates from Africa, Latin America and the Caribbean, and target the United States, EU, Japan and Canada that dominated the sessions."),
29: ("111111", "Barring candidates is COERCE (ban/restrict), no actor named (empty source right), ten would-be candidates (TCD), 'In February' governs the sentence: 2024-02 right."),
30: ("110111", "REQUEST to Washington right, but Qin Gang is China's Foreign Ministry spokesman: source country should be CHN, not empty."),
31: ("111011", "PROTEST (protests over bread and fuel prices that turned against Bashir) dated 2018-12 right, protesters unnamed, but the sentence aims the protest at Bashir: target should be Omar al-Bashir / the Sudanese government (SDN), not empty."),
32: ("110101", "ASSAULT abduct of the Palestinian teenager (PSE) right, but the sentence names the attackers (per police): source should be Jewish extremists (ISR); 'Days later' after June 30 means early July 2014, so the date should be 2014-07 (or none), not 2014-06-30."),
33: ("111111", "Obama's state visit to Tokyo, late on Wednesday 2014-04-23: CONSULT visit to Japan; all right."),
34: ("111011", "Moscow's standing demand for an apology is REQUEST (document date acceptable for a standing demand), but the sentence names who is to apologise: target should be Erdogan / Turkey (TUR), not empty."),
35: ("101111", "'Warned London against jumping to conclusions' carries no threatened repercussion: type should be REQUEST (an appeal to London not to), not THREATEN. Russia -> UK, document date right."),
36: ("110011", "Backing of the LNA's campaign (SUPPORT accepted; AID also defensible) has the backers as source: source should be the UAE, Egypt and Russian private military contractors, and target Haftar's Libyan National Army (LBY); dateline inverted it."),
37: ("111111", "Police reinforcing patrols is MOBILIZE (mode should be police, not troops), Sierra Leone police, document date; all scored fields right."),
38: ("110011", "Background ASSAULT dated 1991 right, but the rebels are the Tamil Tigers (the story makes it plain): source country should be LKA; and the assault was on the base held by the army: target should be the Sri Lankan army (LKA), not empty."),
39: ("110110", "The act is the South African government's failure to detain Bashir: source should be the South African government (ZAF), not Sudan's; modality should be negated (failure to detain), not asserted. Target Bashir and date right."),
40: ("111111", "Riot (burning cars, buses, university buildings) on Thursday night 2023-06-01 with no aim named, so the Senegalese state is a right target; all right."),
41: ("111111", "Lebanese army to strengthen its presence in the south: MOBILIZE, future, undated; all right."),
42: ("111111", "Abdullah alleging fraud (ACCUSE), no accused party named, background act undated; all right."),
43: ("111111", "Sit-in demanding the generals step aside: PROTEST aimed at the ruling military (target right); dated April 11, the day from which it was kept up, accepted."),
44: ("000000", "Spurious: 'firing into the air' as the fighters stormed in is celebratory fire, not an attack on anyone; the overrunning of the compound is reported in the previous sentence."),
45: ("111111", "Polish politicians accusing Washington of bowing to Moscow: ACCUSE, POL -> USA, document date; all right (reported_by Tusk is wrong, he did not say it, but that field is not scored)."),
46: ("110101", "REJECT (refusing the conditions) right, but 'he' is Anna Hazare: source should be Hazare (IND), not the police (who only report it); the refusal came before his detention ('had refused'), an earlier act, so date should be none, not the document date."),
47: ("111011", "ACCUSE (disapproval) by China's foreign ministry right, but 'firm opposition' is not a party: target should be South Korea and the United States ('both countries')."),
48: ("111111", "Veterans' groups (XKX) saying they would protest: PROTEST, future, undated; all right."),
49: ("110011", "The U.N. peacekeepers are the deployed force: source should be the U.N. peacekeepers (UN mission), and target empty; dateline made them the target with no source."),
50: ("101111", "Beijing 'firmly opposed' North Korea's nuclear test is disapproval of an act: type should be ACCUSE (disapprove), not REJECT (no request is rejected). China, no party named as target, document date right (reported_by should be Zhang Yesui, not Susan Rice; not scored)."),
}
F = ["event","type","source","target","date","modality"]
out = []
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and set(J) == set(range(1, 51))
for it in items:
    flags, reason = J[it['n']]
    v = {f: c == '1' for f, c in zip(F, flags)}
    if not v['event']:
        assert flags == '000000'
    v['all'] = all(v[f] for f in F)
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.append(o)
with open('events-d.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
tot = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(tot)
