"""Write events-a.jsonl from the judge's verdicts below (judge a, round 117)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
T, F = True, False
S = None  # spurious
# n: (event, type, source, target, date, modality) or S, reasons
V = {
1: ((T,T,T,F,F,T), "SUPPORT (apology) by Novak is right, but the sentence names the recipients: target should be those she hurt / the abuse victims (HUN), not empty; date should be 2024-02-10, the Saturday of the televised resignation statement the quote comes from."),
2: ((T,T,T,T,F,T), "Benin backing ECOWAS measures is a SUPPORT Benin -> ECOWAS, but it is a background act of 2023 (after the July 2023 coup): date should be 2023, not the document date."),
3: (S, "Spurious: 'condemned' here means sentenced (the court's conviction of Fernandez de Kirchner), not denounced; no one in the sentence criticises an 'innocent person'. Alberto Fernandez's act (defending her / criticising the verdict) is not what this record codes."),
4: ((T,F,T,T,F,F), "The bloc said it would no longer provide financial assistance to Guinea: a cut of aid, type should be SANCTION (discontinue aid), not AID with future modality (as AID it would be negated; the decision itself is asserted); date should be 2022-09-22, the Thursday meeting."),
5: ((T,T,T,T,F,T), "AGREE Kurti -> Serbia (offer to lift the tariff) is right, but it is an undated background proposal made before the no-confidence vote; it should have no date rather than the document date."),
6: ((T,T,T,T,T,T), "'Did not recognise the vote' coded as SUPPORT negated is acceptable (a REJECT asserted would also do); 'Villa' is Manfred Reyes Villa (BOL); no party named as target; statement reported as this news."),
7: ((T,T,F,T,T,T), "Hunger strike is PROTEST (mode should be hunger, not strike; mode not scored); source should be Aminatou Haidar with code ESH (the text makes her a Western Sahara activist), not empty; date 2009-11-16 (two days after Nov. 14) right."),
8: ((T,T,T,T,T,T), "AGREE: Ardern's promise of action (domestic policy pledge), no party as target; undated reaction reported as this news takes the document date."),
9: ((T,T,T,T,T,T), "RETREAT resign: Klaus resigned on Sunday 1997-11-30; all right."),
10: (S, "Spurious: 'We are going to win the fight against violence' is a victory-rally slogan, not an assault; 'going' is no trigger."),
11: ((T,T,T,T,F,T), "ACCUSE Ankara -> Gulen right, but the present-tense 'blames' is ongoing and takes the document date 2018-10-13; the value '2018' was read from 'that year', which means 2016."),
12: ((T,T,T,T,T,T), "REQUEST: Bagabandi's call for more attention to pensions etc., no party named as target; undated statement reported as this news; right."),
13: ((T,T,F,T,F,T), "ACCUSE of Trudeau right, but source should be his opponents / the Conservatives (CAN) named in the sentence, not an uncoded group; the dismissal is campaign-period background, so it should have no date (before 2015-10-19), not the document date."),
14: ((T,T,T,T,T,T), "SUPPORT Tsai -> Washington (thanks), Monday 2020-08-10; right."),
15: ((T,T,T,F,T,T), "REJECT (Bashir rejects the charges, ongoing, document date) is acceptable; the rejected charges are the ICC's, named in the sentence: target should be the International Criminal Court, not empty."),
16: (S, "Duplicate: the same sentence already has e3 ('given' assurances, AGREE by Assad) for this one act (Assad's assurance he is ready to resume talks with Israel); this second record would otherwise be right in all fields."),
17: ((T,T,T,F,F,T), "COERCE arrest by Pakistani police right; target 'several suspects' wrongly coded USA (the suspects include a British-born militant; code should be empty); date should be February 2002 ('earlier this month') or the document date, not unknown."),
18: ((T,T,F,F,T,T), "REQUEST right, but source should be Western diplomats (no country; they are not Kenyan) and target 'both governments' should be the Kenyan and Somali governments (KEN, SOM), not uncoded."),
19: ((T,T,T,T,T,T), "AGREE Brazil -> U.S. (ready to discuss), Thursday 2005-03-03; right."),
20: ((T,F,F,T,F,F), "The act is Nikolic's vow not to let Serbia give up Kosovo: type should be REJECT, source Nikolic / the Radical Party (SRB), not Serbia conceding; modality asserted (a stated refusal), date 2007-01-22 (statement reported as this news)."),
21: ((T,T,T,F,T,T), "SUPPORT (signing) by Bashir on Tuesday 2010-02-23 right (source split into 'Omar Hassan al' + 'Bashir', same person, SDN); target repeats Bashir: should be the JEM leader / Darfur rebel group (SDN REB)."),
22: ((T,T,F,T,T,T), "The TPP deal agreed earlier this month (2015-10) is an AGREE by the TPP countries, not by Trudeau (who was not in office); source should be empty (parties not named); empty target right."),
23: ((T,T,T,T,T,T), "ASSAULT by Indian security forces killing Burhan Wani, July 2016; right."),
24: ((T,T,T,T,T,T), "ASSAULT on the French Institute (passive, no agent in the sentence, empty source right), Friday 2018-03-02; right."),
25: ((T,T,T,T,T,T), "CONSULT Pelosi -> Assad on Wednesday 2007-04-04; right."),
26: ((T,T,T,T,F,T), "REJECT by Netanyahu (declined to commit to a Hebron date) right, no party named as target; date should be 1996-07-18, the Thursday of the Cairo meeting and joint news conference."),
27: ((T,F,T,T,T,T), "Sanader proposing Kosor as his successor is an endorsement: type should be SUPPORT, not AGREE (no offer to cooperate); parties and Wednesday date right."),
28: (S, "Spurious: refusing to take reporters' questions is declining comment (CAMEO 011, no PLOVER event), not a REJECT between political actors."),
29: ((T,F,T,T,T,T), "Dismissing the amnesty as a PR exercise is criticism: type should be ACCUSE (disapprove), not REJECT; 'the move' names no party, so the empty target stands."),
30: ((T,T,T,F,T,T), "ASSAULT (firearms) by the gunman on Saturday afternoon 2025-06-07 right; the party fired on, Miguel Uribe (COL), is named in the sentence: target should be him, not empty."),
31: ((T,T,T,T,F,T), "ACCUSE Kenya -> Somalia right, but the accusing is part of Saturday's recall: date should be 2019-02-16, not the document date."),
32: ((T,T,T,T,T,T), "AGREE: Alkhanov's promise, no recipient named; undated, document date accepted (possibly made on voting day 2004-08-29, but the text does not say)."),
33: ((T,T,T,T,T,T), "REQUEST: Alvaro Uribe's call for national unity, no party as target, reaction reported as this news; right."),
34: ((T,T,T,T,T,T), "REQUEST State Department -> Lukashenko's government (BLR), 1995-09-13; right."),
35: ((T,T,T,T,T,T), "REQUEST by the deal's Somali parties (coded Somalia, SOM) -> UN Security Council; present-tense 'asks' states the deal's standing request, document date accepted."),
36: ((T,T,T,F,T,T), "THREATEN by Deby on Thursday 2020-04-09 right; Chad's soldiers are the subject of the threatened withdrawal, not its target; the sentence names no partner, so target should be empty."),
37: ((T,T,T,F,T,T), "REQUEST by Hariri right; the parties urged are the U.S. and French officials (USA, FRA), not 'whose coalition government'."),
38: ((T,T,T,T,F,T), "RETREAT (Britain returned Hong Kong to China) right, but it is the 1997 handover ('15 years after'): date should be 1997, not the document date."),
39: ((T,T,T,T,T,T), "CONSULT visit, future: Rabuka (FJI) to travel to Honiara (Solomon Islands) as envoy, no date; right."),
40: ((T,T,T,T,F,T), "ACCUSE investigate by Kohver (EST) accepted as a minor act; the text dates it (abducted while investigating in September 2014): date should be 2014-09, not unknown."),
41: ((T,F,T,T,T,T), "Morocco annexing Western Sahara in 1975: by the wave-30 rule taking or occupying ground is ASSAULT, not COERCE seize; parties and date right."),
42: ((T,T,T,T,F,T), "ASSAULT Israel -> Palestinians (Gaza) right, but 'on Tuesday' is the recall's date; the strikes were on Monday night: date should be 2000-11-20."),
43: ((T,F,T,T,T,F), "Trudeau's promise to take in 25,000 Syrian refugees is a pledge: type should be AGREE (wave-76 rule), not AID; the taking-in has not happened (AID would be future, not asserted); year 2015 accepted."),
44: ((T,T,T,F,T,T), "SUPPORT by Hamas right, but Hamas praised the attack (the gunman's operation), not Israel; target should be empty (the unnamed attacker) rather than Israel."),
45: ((T,T,T,T,T,T), "CONSULT Saudi and Omani envoys with Houthi leaders, April 2023; right."),
46: ((T,T,T,T,T,T), "ASSAULT by gunmen on the French embassy, Friday 2018-03-02; right."),
47: ((T,T,T,T,F,T), "CONSULT (talks) Havel -> party leaders, future, right; but 'this week' in a Sunday 1997-11-30 story means the coming week: date should be 1997-W49, not W48 (which ends that Sunday)."),
48: ((T,T,T,F,T,T), "SANCTION (recall of ambassador) Kenya on Saturday 2019-02-16 right; the sentence names Somalia as the country the envoy is recalled from: target should be Somalia (SOM)."),
49: ((T,T,T,T,F,T), "ACCUSE conservative deputies -> Nouri right; the accusations were made in the debate before Sunday's vote: date should be 1998-06-21, not the Monday document date."),
50: ((T,T,T,F,T,T), "REQUEST by Ankara in March 2021 right; the party asked is the Istanbul-based Egyptian opposition channels (EGY opposition media), not the Egyptian state."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a-items.jsonl'))]
assert len(items) == 50
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
out = []
for it in items:
    v, reason = V[it['n']]
    if v is None:
        vals = (False,) * 6
    else:
        vals = v
        assert vals[0] is True
    verdict = dict(zip(keys, vals))
    verdict['all'] = all(vals)
    o = dict(it)
    o['verdict'] = verdict
    o['reasons'] = reason
    out.append(o)
with open(os.path.join(ROOT, 'events-a.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
