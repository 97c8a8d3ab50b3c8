"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the verdicts below, then check them.
Fields per verdict: event, type, source, target, date, modality (1/0), reasons."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
R71 = os.path.dirname(HERE)
T, F = True, False
V = {
1: (T,T,F,T,T,T, "Source should be the European governments that declared non-recognition (Germany, Lithuania, Poland etc.; no single code), not the Belarus government. Negated SUPPORT (recognition) is an acceptable coding; the declaration has no date of its own, so the document date is accepted."),
2: (T,T,F,T,T,T, "'They' are the Maoists (the previous sentence's subject): source should be the Maoists (NPL, Communist Party of Nepal (Maoist)), not Prachanda with no country code. Empty target is right (the government side is not named); 2006 right."),
3: (T,T,T,T,F,T, "Date should be 2017-09-08 (document date; the ministers' accusation is this news), not 2017-08 carried over from 'last month' in the previous sentence. Source 'authorities' (Togo government, TGO) is the accusing government; target protest leaders (TGO) right though the GOV sector is off."),
4: (T,T,T,T,T,T, "Indictment of Haradinaj by the UN war crimes tribunal (ICTY, UNO); the indictment itself is given no date (it preceded Tuesday), so an unknown date is right."),
5: (T,T,F,T,T,T, "'The Foreign Ministry' is Bulgaria's (the previous sentences are Bulgaria's reaction): source code should be BGR, not empty. Summoning the envoy coded ACCUSE (diplomatic complaint) is fine."),
6: (T,T,T,T,F,T, "Restates Monday's raid but in another sentence, so not a duplicate by the sentence rule; date should be 2001-04-16 (Monday, the strike, = document date), not unknown."),
7: (T,T,T,T,T,T, "The Commission welcomed the election result; 'the result' is no party, so an empty target is acceptable (Tusk would also do); document date right."),
8: (T,T,T,T,F,T, "Date should be 2008-03-03: 'on Monday' in a story dated Monday 3 March is that day, not 2008-03-10. Russian state as target is right for a rally against a vote called a farce, despite a city ban."),
9: (T,T,T,T,F,T, "The shooting was during Sunday's unrest (previous sentences): date should be 2009-07-05, not the document date. Modality kept asserted by the rule ('saying' is attribution), although it is Kadeer's contested counter-claim."),
10: (T,T,T,F,T,T, "Target should be the peacekeepers from South Africa, Malawi and Uruguay (ZAF, MWI, URY); coding ZAF alone misses two of the three countries. A total 'in recent days' has no date, so unknown is right."),
11: (T,T,T,T,T,T, "BDP backing of the independent candidates is an endorsement (SUPPORT) still standing when the story is told, so the document date is accepted; borderline as an event (relative-clause background)."),
12: (T,T,T,F,T,T, "Target should be the Khmer Rouge regime (KHM), which the sentence says the invasion toppled, not empty. 1979-01 right."),
13: (T,T,T,T,T,T, "Praise of Haradinaj's decision. Source is Jessen-Petersen (name truncated), head of the UN mission seated in Kosovo; XKX accepted as the mission's seat country (UNO/IGO would also be right)."),
14: (T,T,T,T,T,T, "US welcomed the German court's verdict; 'the verdict' is no party, empty target right; no date in the text, document date right."),
15: (T,T,T,T,T,T, "Ecevit flew to Helsinki for the EU summit: a visit coded to the host country (FIN) follows the usual place convention (the EU would also be defensible); Saturday 1999-12-11 right."),
16: (T,T,T,T,T,T, "EU and US urged the Maldivian authorities; document date right."),
17: (T,T,T,T,T,T, "Threat to leave the Council of Europe, which the sentence does not name (empty target right). 2017 accepted at year precision, though 'in 2017' strictly attaches to stopping payment (borderline)."),
18: (T,T,T,T,F,T, "The Egypt-Somalia defence pact is background to the year-long dispute, not news of 12 December: date should be none (an earlier, undated time in 2024), not the document date."),
19: (T,T,F,T,T,T, "'They' are the lawyers / the convicted medics (Bulgarian nurses BGR, Palestinian doctor PSE), not 'witnesses' (LBY). Appeal to the Supreme Court as REQUEST accepted; future with no date right."),
20: (T,F,T,T,F,F, "A verbal threat: type should be THREATEN (violence) by Sharon's aide (ISR) against unnamed enemies, asserted and dated 2003-10-05 (the report's day, datelined Oct 5), not a future ASSAULT with no date."),
21: (T,T,F,T,F,T, "The killings of 7 October: source should be Hamas fighters (PSE), named in the same sentence, not empty; date should be 2023-10-07, not the document date."),
22: (T,T,T,T,T,T, "Chiluba backed down (CONCEDE) on Thursday 2001-05-03; empty target acceptable."),
23: (T,T,T,T,T,T, "The government's own statement that it restricted the internet; another sentence than e2/e3, so not a duplicate by the sentence rule; document date accepted."),
24: (T,T,T,T,T,T, "CARICOM called for an international inquiry (REQUEST, no addressee named); IGO with empty code right; a standing call in the present perfect takes the document date."),
25: (T,T,T,T,T,T, "A long-running accusation ('have long accused') still going on takes the document date."),
26: (T,F,T,T,F,T, "Chung withdrew his support: type should be SANCTION (withdrawal/reduction of support, CAMEO 16), not SUPPORT; date should be 2002-12-18, the eve of Thursday's vote, not the document date."),
27: (T,T,T,F,T,T, "A multilateral summit: target should be empty (or the host, Malaysia MYS), not China and Japan, which appear only in the dispute that overshadowed it."),
28: (T,F,T,T,F,F, "A pledge of continued (military) support: type should be AGREE (pledge of aid, wave-76 rule), asserted and dated 2015-07-25 (Saturday's talks), not a future SUPPORT with no date."),
29: (T,T,T,T,T,T, "Washington urged Baku to allow protests; document date (Thursday) right."),
30: (T,T,T,T,T,T, "Promise to fight corruption and strengthen the rule of law (intent to reform, CAMEO 034 -> AGREE); a standing campaign promise in the present perfect, document date accepted."),
31: (T,T,T,F,F,T, "Target should be the woman's brother (a Kwangju civilian, KOR), not Kim Young-sam; date should be 1980-05 (the Kwangju suppression), not the document date."),
32: (F,F,F,F,F,F, "Spurious: 'We have never opposed the government' denies a stance; 'opposed' is not the rejection of any request or proposal, and there is no act to code."),
33: (T,T,F,F,T,T, "Passive sentence: source should be critics in Serbia (SRB), target Jessen-Petersen (head of the UN mission); dateline made the criticised man the source and left the target empty."),
34: (T,T,T,T,F,T, "Date should be 2023-11-17 (Friday's radio broadcast in which Weah conceded) or at least the document date 2023-11-18, not the bare year 2023."),
35: (T,T,T,T,T,T, "Correa sentenced in absentia 'last year' = 2020; unnamed court, empty source right."),
36: (T,T,T,T,T,T, "Barak's withdrawal of Israeli troops from south Lebanon 'last May' = 2000-05; Israeli troops (ISR) as the withdrawing party accepted."),
37: (T,T,T,T,T,T, "Vucic would never recognise Kosovo: negated recognition (SUPPORT 054) accepted as with 'refused to'; no date for his remarks, document date right."),
38: (T,T,T,T,F,T, "Israel launched its offensive after 7 October 2023: date should be 2023-10, not the document date. Empty target acceptable (Hamas is named only as the attacker)."),
39: (T,T,T,T,T,T, "Trump accused South Korea of 'talk of appeasement' on Sunday 2017-09-03."),
40: (T,T,T,F,T,T, "Anti-government protest at home calling for the release of detained activists: target should be the Maldivian government (MDV) by the crowd-protest rule, not empty. Empty source accepted (no protesters named in the sentence)."),
41: (T,T,T,T,T,T, "Reaction to Saturday's verdict in a story datelined July 1: 2000-07-01 right."),
42: (T,T,T,T,F,T, "Date should be 2022-02-24: the story gives it (four months before the June decision; 'four days after Russian forces crossed the border' before the 28 February application), not unknown."),
43: (T,T,T,T,T,T, "Yushchenko welcomed the EU initiative; 'the initiative' is no party, empty target acceptable; Thursday 2009-05-07 right."),
44: (T,T,T,T,T,T, "UN recognition of Dbeibah's government, a standing status taken at the document date; 'whose government' is Libya's unity government (LBY). Borderline as an event."),
45: (T,T,T,T,T,T, "Conditional offer of a police reserve to Belarus: AGREE, asserted by the offer rule; 'has said' with no date, document date accepted."),
46: (T,T,T,T,T,T, "Sharif telephoned Modi on Tuesday 2016-01-05."),
47: (T,T,T,T,F,T, "Borrell quoting the agreement reached on Saturday (a different sentence from e1/e2): date should be 2023-03-18 as the first sentence gives it, not the document date 2023-03-19."),
48: (T,T,T,F,T,T, "Offer to mediate between Iraq and Syria, which the sentence refers to as 'both capitals': target should be Iraq and Syria (IRQ, SYR), not empty."),
49: (F,F,F,F,F,F, "Spurious: 'Moscow had not sought the break' denies wanting the rupture; it is no request to anyone (the sentence's act is 'blamed NATO', ACCUSE)."),
50: (T,T,F,F,T,T, "Source should be the protesters in Kinshasa (COD civilians), not the Congolese government; target should be the embassies of Rwanda, France and the United States (RWA, FRA, USA), not an uncoded group. ASSAULT accepted (PROTEST riot also defensible)."),
}
P = [
 {"doc": "h13-x46-15", "coder_events": [
   "AGREE: Iran (IRN) -> Turkey (TUR), agreed to send part of its low-enriched uranium to Turkey in exchange for reactor fuel, 2010-05-17",
   "CONSULT: Brazil (BRA), Turkey (TUR) -> Iran (IRN), brokered (mediated) the fuel-swap deal, 2010-05-17"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's AGREE Iran->Turkey is right; the Brazilian-Turkish mediation (CAMEO 045 -> CONSULT) is missed."},
 {"doc": "h13-x47-14", "coder_events": [
   "SUPPORT: Sudan (SDN) <-> South Sudan (SSD), presidents signed a package of agreements on oil transit and a demilitarised border zone, 2012-09-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Signing found with mutual parties and Thursday's date. 'Failed to settle Abyei' is not coded as a separate act."},
 {"doc": "h13-x48-17", "coder_events": [
   "MOBILIZE: North Korea (PRK) -> none, launched a long-range rocket (weapons test/satellite launch), 2012-12-12"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the launch as ASSAULT heavy-weapons against the U.S. military: wrong type (a test launch is MOBILIZE weapons) and wrong target (the U.S. military only backed the claim). A real act, so not spurious."},
 {"doc": "h13-x48-04", "coder_events": [
   "ASSAULT: Khmer Rouge regime (KHM) -> Cambodians (KHM), presided over the deaths of up to 1.7 million people, late 1970s (background, no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Pol Pot's natural death is no event. The background mass killing is the one codable act; a coder focused on news acts might skip it."},
 {"doc": "h13-x47-16", "coder_events": [
   "REQUEST: Barack Obama (USA) -> Kenya (KEN), urged equal treatment of gay people under the law, 2015-07-25",
   "REJECT: Uhuru Kenyatta (KEN) -> Barack Obama (USA), polite but firm rebuff of the call, 2015-07-25",
   "CONSULT: Barack Obama (USA) -> Kenya (KEN), first visit as president / joint news conference, 2015-07-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "REQUEST found and right; Kenyatta's rebuff (REJECT) and the visit (CONSULT) are missed."},
 {"doc": "h13-x48-08", "coder_events": [
   "AGREE: Roh Moo-hyun (KOR) -> North Korea (PRK), promised to continue engagement (and a more equal relationship with the US), during the campaign (no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning the election is not a PLOVER event; the campaign promise in the relative clause is missed."},
]
items = [json.loads(l) for l in open(os.path.join(R71, 'events-c-items.jsonl'))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
keys = ["event", "type", "source", "target", "date", "modality"]
out = []
for it in items:
    v = V[it['n']]
    d = dict(zip(keys, v[:6]))
    if not d['event']:
        assert not any(d.values())
    d['all'] = all(d[k] for k in keys)
    o = dict(it); o['verdict'] = d; o['reasons'] = v[6]
    out.append(o)
with open(os.path.join(R71, 'events-c.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
pdocs = [json.loads(l)['doc'] for l in open(os.path.join(R71, 'paragraphs-c.jsonl'))]
assert [p['doc'] for p in P] == pdocs
with open(os.path.join(R71, 'paragraphs-c-verdicts.jsonl'), 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
# checks and counts
back = [json.loads(l) for l in open(os.path.join(R71, 'events-c.jsonl'))]
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    vv = b['verdict']; assert vv['all'] == all(vv[k] for k in keys)
    if not vv['event']: assert not any(vv.values())
print('counts of 50:', {k: sum(o['verdict'][k] for o in back) for k in keys + ['all']})
print('paragraphs:', len(P), 'coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
