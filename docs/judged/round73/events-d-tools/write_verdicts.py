# Judge d, round 73: writes events-d.jsonl from the items and the verdicts below.
# Each verdict: n -> (fields wrong, reasons). 'SPURIOUS' = no event (false in all six).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Jiang ('He') due to visit U.S. cities: a future visit (CONSULT/visit to the United States, as ICEWS codes city visits); no date in the text and future, so an undated future event is right."),
 2: ([], "Bomb blasts killed at least 64 in Sharm el-Sheikh on Saturday (2005-07-23); no perpetrator named, so an empty source is right; victims of an attack in Egypt are plainly EGY."),
 3: (['SPURIOUS'], "Duplicate: the wounding is the same suicide-bomb attack already coded from this sentence as e1 ('struck'); killing and wounding are its consequences, not a second act."),
 4: ([], "The Lebanese opposition demanded that Mikati's government step down, on Saturday 2012-10-20: REQUEST, source and target right."),
 5: (['source'], "'its invasion of Ukraine' is Russia's invasion: the source should be Russia (RUS), not the Council of Europe. The invasion is still going on, so the document date is acceptable (it began 2022-02-24)."),
 6: ([], "Bush and Putin signed the treaty in the Kremlin on Friday 2002-05-24: SUPPORT (sign agreement), mutual, right."),
 7: (['SPURIOUS'], "Not an event: citizens voting in an election is not a PLOVER act between political actors (and the sentence is analysts' explanation of the vote). Had it been coded, the date would be the Sunday runoff, 2006-06-04."),
 8: ([], "Aguila Saleh congratulated the winners (the Dbeibah/Menfi list, LBY): SUPPORT; reported as this news, so the document date 2021-02-05 is right."),
 9: (['date'], "ACCUSE Russia -> Pashinyan is right, but 'has blamed' is a background act of an earlier, unstated time, not this news: it should have no date, not the document date 2023-10-03."),
 10: ([], "Quiroga conceded defeat on Sunday night, 2005-12-18: CONCEDE; the sentence names no other party, so an empty target is right."),
 11: ([], "Getachew Reda (TPLF, ETH) dismissed the government's ceasefire: REJECT; 'the ceasefire' is not a party, so an empty target is right; undated statement reported as news takes the document date 2021-06-29."),
 12: (['target', 'date'], "Ponta agreed, after meeting Barroso, to restore the threshold: AGREE is acceptable, but the target should be Barroso / the European Commission (EU), named in the sentence; 'later' is a background act of earlier July with no date given, so it should be undated, not the document date 2012-07-30."),
 13: ([], "France and Australia had objected to the prisoner release: ACCUSE; the releasing Afghan government is not named in the sentence, so an empty target is right; background act, undated right."),
 14: ([], "Obama met Thein Sein and Suu Kyi (MMR) during his Monday visit, 2012-11-19: CONSULT right."),
 15: (['date'], "Banda urged her supporters (MWI) to remain calm: REQUEST right, but the text does not date her statement (Friday is the date of the court ruling and announcement), so it should take the document date 2014-05-31, not 2014-05-30."),
 16: ([], "Syria and Turkey signed an agreement on Tuesday, 1998-10-20: SUPPORT (sign), mutual, right."),
 17: ([], "Activists arrested during the Hong Kong protests: COERCE/arrest, police not named so empty source right; Hong Kong activists coded CHN is acceptable (HKG would be the separate CAMEO code); background act, undated right."),
 18: (['source', 'target'], "Armenian lawmakers voted to approve the Rome Statute (SUPPORT/ratify, 2023-10-03 right), but the source should be Armenian lawmakers (ARM), not RUS, and the target should be the ICC (or none), not 'Rome Statute' coded RUS."),
 19: (['target'], "The United States congratulated Castro: SUPPORT right, but the target Xiomara Castro has no country code; it should be HND."),
 20: (['date'], "ACCUSE Pashinyan -> Russia is right, but 'has accused' is a background act of an earlier, unstated time: it should have no date, not the document date 2023-10-03."),
 21: (['SPURIOUS'], "Not a separate event: 'to pressure Hamas' is the purpose of the halt of deliveries already coded from this sentence (e7, SANCTION); no request was made."),
 22: (['source'], "'he' is President Ahmad Tejan Kabbah (SLE), who urged people to stay indoors in a radio broadcast; the source should be Kabbah, not rebel commander Sam Bockarie (NGA)."),
 23: (['source', 'date'], "The act is Nawrocki's verbal support for Ukraine ('has said Poland should ... continue to support Ukraine'): the source should be Karol Nawrocki (POL), not the state of Poland; 'has said' is a background campaign statement, so it should be undated, not 2025-06-02."),
 24: (['source'], "Kim was received by Emperor Akihito (hosted visit, CONSULT right, date 1998-10-08 right), but Akihito has no country code: the source should be Akihito (JPN)."),
 25: ([], "The U.S. embassy called on all sides to show restraint: REQUEST; 'all sides' is an unnamed group whose country the sentence does not give, so the empty code is right; document date 2015-06-23 right."),
 26: ([], "Atta Mills congratulated his rival (Kufuor, GHA) within hours of Saturday's announcement, 2000-12-30: SUPPORT right; distinct from the concession (e1)."),
 27: (['date'], "Medvedev asked Kadyrov to coordinate the hunt: REQUEST right, but the request followed Monday morning's attack and is reported as this news, so it should take the document date 2009-06-22, not no date."),
 28: (['date'], "At least 39 killed in election violence: ASSAULT right, but the text dates it 'on polling day', Saturday 2019-02-23, not the document date 2019-02-27."),
 29: ([], "Solana welcomed the news of Belgrade's acceptance: SUPPORT; the sentence names no party welcomed, so an empty target is right; 1999-06-03 right."),
 30: ([], "Bahceli called on both men (Sezer and Ecevit, TUR) to calm the markets: REQUEST; continues his statements of late Monday, so 2001-02-19 is right."),
 31: (['date'], "Saakashvili asked the FBI (USA) for help: REQUEST right, but the request followed Zhvania's death found that morning and is this news, so it should take the document date 2005-02-03, not no date. (reported_by should be Saakashvili, not Merabishvili.)"),
 32: ([], "The Council of Europe expelled Russia on Wednesday, 2022-03-16: SANCTION/expel right."),
 33: (['type', 'date', 'modality'], "'would continue to work with Rwanda' is a statement of commitment to cooperate: AGREE (CAMEO 03), asserted, dated the statement's date 2017-08-05 (document date), not a future COOPERATE with no date."),
 34: ([], "IRGC accused Saudi Arabia of involvement in the Tehran attacks: ACCUSE right; statement reported as news, document date 2017-06-08 right."),
 35: (['source', 'target'], "Dodik threatening a secession referendum is THREATEN (undated background right), but Dodik is a Bosnian Serb leader: source should be Dodik (BIH), and the target should be Bosnia (BIH), the state he threatens to leave, not Serbia (SRB)."),
 36: ([], "Modi and Hasina (India, Bangladesh) signed over 20 agreements on the Saturday of the visit, 2015-06-06: SUPPORT (sign), mutual, right."),
 37: (['SPURIOUS'], "Not an event: a vox-pop wish by a retired teacher ('we just want it to stop', i.e. the NATO bombing) is not a request by a political actor; the Serbian government is not its addressee either."),
 38: (['date'], "Western governments criticised the generals (MMR): ACCUSE right, but 'have criticised' is a background act of an earlier, unstated time (around the vote): it should have no date, not the document date 2008-05-16."),
 39: (['date'], "Sezer accused the government: ACCUSE right, but the accusation was made at the NSC meeting whose row caused Monday's market plunge: date should be 2001-02-19, not the document date 2001-02-20."),
 40: (['target'], "France expressed solidarity after the Algiers bombings: SUPPORT right, but the party it stood with is Algeria, named in the same sentence: target should be Algeria (DZA), not empty."),
 41: (['SPURIOUS'], "Not an event: 'soldiers backed by warplanes and tanks' describes military accompaniment, not political support; the act here is Turkey's incursion into Iraq."),
 42: (['source', 'target'], "One killed when the U.S. missiles struck the Khartoum plant: ASSAULT and 1998-08-20 right, but 'the missiles' are the United States' cruise missiles, so source should be the United States (USA), and the victim is in Khartoum (SDN or empty), not USA."),
 43: (['source'], "Americans imprisoned in Iran: COERCE/arrest right (background, undated right), but the sentence names Iran as where they were imprisoned and it is plainly the jailer: source should be Iran (IRN), not empty."),
 44: (['source', 'target'], "Republican lawmakers accused the Biden administration of paying a ransom: ACCUSE and date right, but source should be Republican lawmakers (USA), and target the U.S. administration (USA), not IRN."),
 45: (['source', 'target', 'date'], "Thaci called on Serbia to rein in the groups: source should be Hashim Thaci (XKX) and target Serbia (SRB); his statement is not dated in the text, so the document date 2013-11-04 (not Sunday 2013-11-03)."),
 46: ([], "The U.S., Britain and the UN condemned the Karachi bombing: ACCUSE; perpetrators not named, so empty target right; 2007-10-19 right."),
 47: (['source'], "'Both existing governments' are the Tripoli GNA and the eastern administration (LBY): source should be those two Libyan governments; 'United States' is wrong (it welcomed the vote in another sentence)."),
 48: (['target'], "The Knesset approved the nation-state law on Thursday 2018-07-19: SUPPORT (approve policy) right, but the sentence names no target party ('the measure'); target should be empty, not Israel."),
 49: (['modality'], "Bashir said Sudan would ask the UN Security Council to investigate: REQUEST Sudan -> UNSC right, undated right, but 'would ask' is reported future, so modality should be future, not hypothetical."),
 50: ([], "Baradar urged all sides to put Islam above personal interests: REQUEST; 'all sides' is a group with no country given in the sentence; Saturday opening, 2020-09-12 right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'SPURIOUS' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it)
        o['verdict'] = v
        o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
# counts
rows = [json.loads(l) for l in open('events-d.jsonl')]
for f in F + ['all']:
    print(f, sum(r['verdict'][f] for r in rows))
