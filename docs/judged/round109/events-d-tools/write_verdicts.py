"""Write events-d.jsonl from the items and the judge's verdicts below, and check the output.
Fields wrong per item: E=event (spurious), T=type, S=source, G=target, D=date, M=modality."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
V = {
 1: ("S", "SUPPORT (endorse the tax rate) is right, but 'They' are the G7 leaders of the previous sentence, not the campaigners: source should be the G7 leaders (G7/IGO group). No party target in the sentence; document date (the Sunday summit) right."),
 2: ("G", "ACCUSE investigate is right and an empty source is right (passive, the orderer is not named); but the inquiry is 'into the police response', so the target should be the Libyan police (LBY), not empty. Date and asserted (reported by state media) right."),
 3: ("G", "Background ACCUSE by Gbagbo with no date is right, but he accused 'a U.N.-backed process', so the target should be the U.N. (-backed process) (UNO/IGO), not empty."),
 4: ("", "SANCTION (revoking a company's licences, ending commercial ties) by Serbia's government against Rio Tinto in January 2022; Rio Tinto is 'Anglo-Australian', GBR accepted (London-headquartered). All right."),
 5: ("S", "PROTEST at Italy's consulate (aimed at Italy over the T-shirt) on Friday evening is right; but the crowd is in 'the Libyan city of Benghazi', so its country is plain: source should be the crowd (LBY), not an empty code."),
 6: ("", "Iran released the 10 U.S. Navy sailors on Wednesday 2016-01-13: RETREAT release, source, target, date right."),
 7: ("D", "ACCUSE Taliban officials (AFG) -> Pakistan right, but the blaming is background to the Oct. 11 clashes (it followed the Oct. 9 Kabul explosions): date should be unknown (or October 2025), not the document date 2025-10-19."),
 8: ("SG", "'officials in Jakarta' are Indonesian: source should be Indonesian officials (IDN), not AUS; the measures they would not accept are Abbott's boat turn-backs, so the target should be Abbott/Australia (AUS), not Indonesia. AGREE negated kept by the 'refused to withdraw' rule (REJECT would be the usual code); undated 'have said' right."),
 9: ("", "COERCE arrest Cambodian officials (KHM) -> Thai soldiers (THA) on the day of the clash; 'reported' is right since the sentence calls it 'a claim Bangkok denied'. All right."),
 10: ("", "ACCUSE disapprove by Blair; 'the rioting' names no party, so an empty target is right by the rules; document date right."),
 11: ("S", "The PPP here is Indonesia's United Development Party, not the Pakistan Peoples Party: source should be the United Development Party (IDN). Type ACCUSE, empty target (the accused is not named), document date right."),
 12: ("", "Bush praised the sacrifice of Soviet soldiers on Monday 2005-05-09: SUPPORT, source, target (SUN) and date right."),
 13: ("D", "ACCUSE Pentagon -> Kataib Hezbollah is right, but the text gives Friday to the rocket attack, not to the blame: date should be the document date 2019-12-30 (or unknown), not 2019-12-27."),
 14: ("G", "CONCEDE (he yielded and resigned) by Calderoli is acceptable, but the sentence names whom he bowed to: target should be Berlusconi and Ciampi (ITA), not empty. Date (Saturday) right."),
 15: ("GDM", "Kremlin officials insist the Red Army 'liberated, rather than occupied' Europe: the occupation is denied, so modality should be negated; 1940 is the date of the Baltic accession, the WWII act has no date in the text (should be unknown); the object is named, target should be Europe (EUR). ASSAULT and source (SUN) right."),
 16: ("", "Gunmen killed 22 worshippers at Neve Shalom in 1986: ASSAULT, gunmen (no code), worshippers (TUR), 1986 all right."),
 17: ("", "British soldiers (GBR) detained Milan Kovacevic (BIH) on Thursday 1997-07-10: COERCE arrest, all right."),
 18: ("", "REQUEST (demand withdrawal) by the summit leaders -> Russia on 2014-09-05 (the dateline day); 'leaders' of many NATO states have no single country, empty code accepted. All right."),
 19: ("", "ACCUSE investigate: Eswatini police opened an investigation into the killing (killers unknown, empty target right); recent act reported as news, document date right."),
 20: ("", "UN General Assembly demanded on Wednesday 2022-03-02 that Russia withdraw: REQUEST, all right."),
 21: ("", "SUPPORT: the State Department welcomed the tone of Khatami's interview; no party named (empty target right); document date right."),
 22: ("", "CONSULT, future: Hollande will attend the NATO summit later in May 2012; target NATO right (the G8 summit is a second meeting). All right."),
 23: ("", "ACCUSE allege by opposition parties (XKX); the sentence points the irregularities at Thaci's stronghold, Thaci accepted as the party accused (empty would also be right); document date right."),
 24: ("G", "AGREE (the EU agreed to waive visas) in May 2017 is right, but the sentence names the beneficiary, Kiev: target should be Ukraine (UKR), not empty."),
 25: ("G", "ASSAULT on Friday 2019-12-27 with no attacker named in the sentence (empty source right), but the sentence names the victims: target should be the American contractor / U.S. service members (USA), not empty."),
 26: ("", "A total since September 2000 ('since then ... have been killed'): ASSAULT with no source, Palestinians (PSE) and Israelis (ISR) as targets and no date, as the rules settle. All right."),
 27: ("S", "ASSAULT on Sunday 1995-01-22 killing 21 Israelis is right, but the bombers were not Israeli (Islamic Jihad members, Palestinian): source should be the suicide bombers with no code (or PSE), not ISR."),
 28: ("", "ACCUSE disapprove by Bosnian Serb leaders (BIH); 'the operation' names no party, empty target right by the rules; document date right."),
 29: ("", "Marcos agreed with Xi in January 2023 ('last month') to manage disputes through dialogue: AGREE, PHL -> CHN, 2023-01 all right."),
 30: ("SG", "ASSAULT on Wednesday night is right, but 'the attackers' in the sentence are the Hutu insurgents: source should be the Hutu insurgents (RWA), not empty; the camp's people are Congolese Tutsi refugees, so the target should be the Mudende refugees (COD), not RWA."),
 31: ("SG", "PROTEST by Israeli right-wing demonstrators at the junction: source should be the right-wing demonstrators (ISR), not PSE; a protest at home against the government's talks (\"Rabin go home\"), so the target should be Rabin / the Israeli government (ISR), not the PLO. Document date accepted (no date in the sentence)."),
 32: ("", "Police (GBR) clashed with demonstrators (GBR) outside the Bank of England on Wednesday 2009-04-01: ASSAULT, all right."),
 33: ("", "COERCE arrest of Saberi in late January 2009, arrester not named (empty source right). All right."),
 34: ("T", "Moscow officials 'dismissed the celebrations': that is disparagement, not a rejected request or proposal; type should be ACCUSE disapprove. Source (RUS officials), empty target and document date right."),
 35: ("", "SUPPORT: India welcomed the election; no party target; document date right."),
 36: ("", "ACCUSE disapprove: the U.S., Britain and the U.N. condemned the bombing (perpetrator unnamed, empty target right); document date right."),
 37: ("", "CONCEDE: Turkey dropped its demand for discounted gas; the partners are not named in the sentence (empty target right); reported as this news, document date right."),
 38: ("", "Yemeni security forces arrested a young woman in Sanaa on Saturday 2010-10-30: COERCE arrest, all right."),
 39: ("", "REQUEST: the Islamic Salvation Army (DZA) urged other rebel groups (DZA) on Wednesday 1997-09-24 to join the truce. All right."),
 40: ("", "SUPPORT: Fox said Mexico backed solutions through the United Nations (target UN acceptable), Friday news conference = document date. All right."),
 41: ("", "PROTEST boycott: most opposition parties (TGO) boycotted the 2018 legislative election; 2018 right. All right."),
 42: ("", "ACCUSE disapprove: Abdul Mahdi condemned the strikes; the U.S. forces that carried them out are clearly the party acted upon (USA), accepted; document date right."),
 43: ("", "REQUEST: Guterres called for an investigation; the addressee is not named (empty target right); document date right."),
 44: ("", "ACCUSE disapprove: Damascus condemned the attack (perpetrator unnamed, empty target right); document date right."),
 45: ("", "SUPPORT: Bolsonaro thanked Trump, reported as this news, document date right. All right."),
 46: ("", "REJECT (opposition to the pipeline plan) by Russia, a stance still held, so the document date is right; the project's backers are not named in the sentence. All right."),
 47: ("G", "AGREE: Bashir promised the government would honour its commitments, 'including sharing oil revenue equally with the south': target should be the south (southern Sudan / SPLM, SDN), not empty. Document date accepted (no date in the sentence)."),
 48: ("M", "PROTEST on Thursday 1995-04-20 against the bombing (empty target right) by thousands of people (ESP), but they 'were expected to gather': modality should be future, not asserted."),
 49: ("", "ASSAULT: 'the clashes erupted on Oct. 11'; the sentence names no party, so empty source and target are right by the rules (a coder would want PAK/AFG from the context); 2025-10-11 right."),
 50: ("", "COERCE arrest of hundreds of opposition supporters (ZWE) during the protest week, arresters not named (empty source right); reported as this news, document date accepted; asserted with the opposition as reporter."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-d-items.jsonl'))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it['n']]
    assert set(wrong) <= set('ETSGDM')
    if 'E' in wrong:
        v = dict(event=False, type=False, source=False, target=False, date=False, modality=False)
    else:
        v = dict(event=True, type='T' not in wrong, source='S' not in wrong, target='G' not in wrong,
                 date='D' not in wrong, modality='M' not in wrong)
    v['all'] = all(v.values())
    rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
    out.append(rec)
with open(os.path.join(ROOT, 'events-d.jsonl'), 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open(os.path.join(ROOT, 'events-d.jsonl'))]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    assert {k: b[k] for k in a} == a
    v = b['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
counts = {k: sum(r['verdict'][k] for r in back) for k in ('event', 'type', 'source', 'target', 'date', 'modality', 'all')}
print(counts)
