"""Write events-b.jsonl from the judge's hand verdicts (fields listed as wrong) and check it."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, reasons); 'SPURIOUS' marks event false.
V = {
1: (['source'], "Source should be the parliamentary committee (Tunisian, TUN) and the anti-graft authority; Fakhfakh is the one investigated, not an investigator, and the committee's code should be TUN. The sentence names no one investigated, so an empty target is right; an ongoing investigation takes the document date."),
2: ([], "Guterres condemning the Taliban's ban is ACCUSE, asserted, reported by Dujarric, dated Wednesday = document date. The sentence names only 'the decision', not the Taliban, so an empty target is right by the rules (I would code the Taliban, AFG)."),
3: (['target', 'date'], "Target should be the RUF with country SLE (Sierra Leone's rebels), not NGA. 'Has been accused' is a background accusation made over years with no date given; it should have no date, not the document date."),
4: (['source'], "Source should be the Athens court (GRC/JUD), which convicted Michaloliakos; Golden Dawn is the convicted party's organisation, not the court, and PAK/JRN is nonsense. Target, date (Wednesday 2020-10-07) and modality are right."),
5: (['source'], "'He imposed emergency rule in November 2007' refers to Musharraf (PAK), not Chief Justice Iftikhar Chaudhry, who was one of the judges detained. Type COERCE (state of emergency), date 2007-11 and modality are right."),
6: (['target'], "The two sides met and pledged to curb violence, a mutual pledge: with the LTTE as source the target should be the Sri Lankan government (LKA), named in the sentence as 'the sides'. AGREE, 2006-02 and asserted are right."),
7: ([], "Pope Francis calling for respect for human rights is a REQUEST with no named addressee. The text dates it only as 'days' before the election, so no date (basis unknown) is right."),
8: (['SPURIOUS'], "Rejecting allegations is a denial (CAMEO 016 deny responsibility, a public statement with no PLOVER type), not a REJECT of a request or proposal. So it is no event. If it were coded, the source should be the Togo and Burkina Faso governments (TGO, BFA), not an uncoded group."),
9: (['target'], "The civilians killed in the war are Sierra Leoneans (the war is Sierra Leone's, with a population of 4.5 million), so the target country should be SLE, not NGA. A total over the war's span rightly has no date, and no killer is named."),
10: ([], "Correa refusing to renew the U.S. base lease is a REJECT (reject material cooperation) toward the United States. The refusal still stands, so it takes the document date."),
11: (['source'], "Besigye is a Ugandan opposition figurehead; his country should be UGA, not empty. ACCUSE, empty target ('the vote' names no party), document date and asserted are right."),
12: (['source'], "'Leaders across Europe' are not Irish: the source country should be empty (European leaders, multiple countries), not IRL. SUPPORT, empty target, document date and asserted are right."),
13: ([], "Tsai conceding defeat is a verbal concession (CONCEDE). 2012-01-14, the Saturday of the election in the lead, is the night she conceded. Asserted."),
14: (['target', 'date'], "The universities are the place of the rally, not its target. By the home-protest rule the target should be the Chinese state (CHN), since no aim is named. The rallies happened over the weekend (lead; 'late on Sunday' in the same sentence), 26-27 Nov 2022, not on Monday 2022-11-28."),
15: ([], "The Interior Minister reports the police deployment on the roads to Bucharest: MOBILIZE police, asserted, reported_by Ionescu. It is reported as this news with no date, so the document date is right."),
16: ([], "Maldives police arresting dozens of activists during the August 2004 crackdown is COERCE arrest. Source, target, 2004-08 and asserted are all right."),
17: ([], "Four states severing ties with Qatar is SANCTION (break diplomatic relations), 'last month' = 2017-06, asserted. All right."),
18: (['source'], "The sentence names the troops whose move to clear the barricades killed the two people, so the source should be the troops (Benin army, BEN), not empty. The target is right. 'In the days before the vote' gives no date, so none is acceptable."),
19: ([], "Tobgay's pledge to repair relations with New Delhi is AGREE toward India. It is a current election pledge, so the document date is acceptable."),
20: ([], "Thinley congratulating his rival is SUPPORT. 'His rival' is a description of Tobgay with the right country (BTN). Document date, asserted, reported by officials."),
21: ([], "EU leaders agreeing the Nice treaty in December 2000 is acceptable as AGREE; SUPPORT (finalize an agreement) is also defensible. Source EU leaders (EUR), date 2000-12 and asserted are right."),
22: (['target', 'date'], "Kovrig is Canadian: the target country should be CAN, not CHN. 'Last month' belongs to Spavor's sentencing, so Kovrig's non-sentencing has no date of its own (document date or none), not 2021-08. SANCTION negated is otherwise right."),
23: (['source', 'target'], "Yoon and Trump ('they') agreed to stay in close contact: source should be Yoon Suk Yeol (KOR) with Trump (USA) as target (mutual), not unnamed U.S. officials. North Korea is the topic, not the target. AGREE, document date and asserted are right."),
24: ([], "Trudeau pledging to work closely with the new (Trump) administration is AGREE toward the USA. Document date, asserted."),
25: ([], "Fakhfakh resigned on Wednesday 2020-07-15: RETREAT resign, asserted. All right."),
26: (['SPURIOUS'], "'We will not give up either' (the fight against terror or the pursuit of peace) is rhetoric of resolve with no act between actors and no party acted upon. It is not a CONCEDE, negated or otherwise."),
27: (['type'], "Borrell saying the EU is ready to respond with further sanctions against Minsk is a THREATEN (threaten to sanction, CAMEO 1312), not AGREE. Source EU, target Belarus, document date and asserted are right."),
28: ([], "Claes resigned on Friday 1995-10-20: RETREAT resign. The NATO code is right for the NATO Secretary-General. All right."),
29: ([], "The 14 EU partners lifting sanctions on Austria is RETREAT (ease sanctions), EU -> Austria. They said so on Tuesday, 2000-09-12; asserted."),
30: ([], "Saudi Arabia cut ties with Iran in 2016: SANCTION, 2016, asserted. All right."),
31: ([], "'The council would likely urge the two sides' is a predicted REQUEST, so hypothetical. The two sides are Eritrea and Ethiopia (Meles stands for Ethiopia's government). No date for a predicted act is right."),
32: (['source', 'date'], "The sentence names the critics, 'the West' (Western critics, no single country code), so an empty source is wrong. 'Has been criticised' is background criticism over past years with no date, so it should have no date, not the document date. The target Azerbaijan is right."),
33: (['target'], "The condemned attack is the PKK's, and the PKK is named in the same sentence, so the target should be the PKK (TUR). ACCUSE, U.S. officials, document date and asserted are right."),
34: ([], "A total of deaths since 1983: ASSAULT, target the people killed in Sri Lanka (LKA), no date as a span total, asserted. All right."),
35: ([], "Macron backing Morocco's autonomy plan is SUPPORT toward Morocco. Dated July 2024 from 'last July' (the backing came just before the recall). Asserted."),
36: ([], "The U.S. welcomed Malaysia and Indonesia's decision: SUPPORT. 'The move' names no party, so an empty target is right. Document date, asserted."),
37: (['target'], "Kiev accuses Igor Strelkov of being a GRU officer: the target should be Strelkov (RUS, a Russian citizen), not the GRU. ACCUSE, Ukraine government, document date and asserted are right."),
38: ([], "Polish and Ukrainian officials trading barbs is a mutual ACCUSE, 'this year' = 2017, asserted. All right."),
39: (['type'], "Li saying Beijing would work with the EU to uphold the accord is a statement of commitment to cooperate, AGREE (CAMEO 030), not COOPERATE. Source and target are right. Future and no date fit the act as recorded."),
40: (['source'], "The Hague-based court is the ICC, an international court: its code should be empty (or its seat, NLD), not UGA. Target Kony (UGA), 2005 and asserted are right."),
41: (['date'], "'Late August' dates the air strikes, not the praise. The praise is reported as this news with no date, so it should be the document date 1995-10-20, not 1995-08. Everything else is right."),
42: ([], "Gutierrez refusing to concede is REJECT (decline to yield), reported as this news, so the document date is right. Asserted."),
43: (['date'], "The rights groups' call is a current reaction to Monday's broadcast, reported as this news, so the date should be the document date 2004-04-27, not none. REQUEST, source, empty target and asserted are right."),
44: (['target'], "'It' is the U.S. Iran and Libya Sanctions Act signed by Clinton, so the target should be the United States (USA), or empty. Iran is wrong. ACCUSE, Libyan official media, document date and asserted are right."),
45: ([], "Both governments (Eritrea, Ethiopia via Meles) pledged to accept the ruling: mutual AGREE. The background pledge has no date in the sentence; asserted, reported by diplomats."),
46: ([], "Rice telephoned Erdogan on Sunday 2007-10-21: CONSULT phone, asserted. All right."),
47: ([], "Mauritania hosting the Arab League summit, held on Monday 2016-07-25: CONSULT, asserted. All right."),
48: (['date'], "The Bush-Arroyo talks were held during the visit of Saturday 2003-10-18 (lead), so the date should be 2003-10-18, not the document date 2003-10-19. CONSULT, the two leaders (mutual) and asserted are right."),
49: (['type', 'target'], "Netanyahu saying he would seek to annex West Bank settlements is a THREATEN (territory, CAMEO 1382), not ASSAULT. The target should be the Palestinians/West Bank (PSE), not Trump, who is the partner in coordination. Future and no date fit the act as recorded."),
50: ([], "Roh condemning the killing is ACCUSE. 'The killing' names no party, so an empty target is right. Document date, asserted."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if 'SPURIOUS' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
# checks
rows = [json.loads(l) for l in open('events-b.jsonl')]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (r['n'], r['doc'], r['trigger']) == (it['n'], it['doc'], it['trigger'])
    assert all(r[k] == it[k] for k in it)
    v = r['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(r['verdict'][f] for r in rows) for f in F + ['all']}
print(counts)
