# writes events-a.jsonl from the judge's verdicts below (fields judged false listed per item)
import json
F = ['event','type','source','target','date','modality']
V = {
 1: ([], "Pakistani police detaining suspects in Islamabad is COERCE arrest; suspects held by Pakistani police in Pakistan are plainly PAK; no date in text, reported as news, so the document date is right."),
 2: ([], "Putin's offer of help on the Azerbaijan-Armenia treaty is an offer, AGREE by the conventions; targets Azerbaijan/Armenia are right; Monday = 2024-08-19."),
 3: (['source'], "'It' is the Mitchell fact-finding committee (international panel, no country code); source should be that committee, not 'Temple Mount'. Type, target Israel, date 2001-05-21 (Monday of the report) are right."),
 4: ([], "Washington holding the Houthis responsible for the detainees' safety is a blame/accusation (ACCUSE); Houthis YEM right; statement reported as news, document date right."),
 5: ([], "Announcing the pullout is an expressed intent to de-escalate (CAMEO 0356, AGREE); the sentence names no recipient so empty target is right; 'last year' = 2008 is right."),
 6: (['date'], "Lieberman's criticism was voiced on the day of the report (Wednesday); date should be 2018-11-14, not 2018-W45 ('last week' dates Netanyahu's decision, not the criticism)."),
 7: (['event','type','source','target','date','modality'], "Spurious: families fear they might be accused; no accusation was made and no accuser exists, so no act is reported (at most a hypothetical one with no source and no date)."),
 8: (['target'], "'Warned both countries against any arms deal': 'both countries' refers to Russia and North Korea, so target should be Russia (RUS) and North Korea (PRK), not empty. THREATEN, source and date are right."),
 9: ([], "Karadzic accusing the government army is ACCUSE; Bosnian Serb leader BIH and government army BIH are right; he said his side 'would respect the truce' before it began, so Wednesday 1995-10-11 is supported by the text."),
 10: ([], "Recognition of Guaido by Washington is SUPPORT (CAMEO 054), a standing act still in force, so the document date is right by the ongoing-act rule."),
 11: (['target'], "The rebels' demand for independence is aimed at Moscow, named in the same sentence; target should be Russia (RUS), not empty. REQUEST, source Chechen rebels (RUS), document date for a standing demand are right."),
 12: ([], "The initiative's offer of normal relations to Israel is AGREE (offer) by Abdullah to Israel; the text dates it by the adoption last month (2002-03), acceptable."),
 13: ([], "An arrest warrant from the Rijeka court for Norac is COERCE arrest; HRV codes right; 'last week' from Monday 2001-02-12 is 2001-W06."),
 14: (['target'], "The apology never made would be to Bangladesh, referred to in the sentence as one of 'the two Muslim-majority nations'; target should be Bangladesh (BGD). Negated SUPPORT (apologise) and document date are right."),
 15: (['source'], "The deaths came in clashes between Mursi supporters and security forces, both named in the sentence; source should be the Egyptian security forces / clashing parties (EGY), not empty. Target and Tuesday 2014-01-14 are right."),
 16: ([], "Putin-Aliyev talks in Baku on Monday 2024-08-19: CONSULT, both parties and codes right."),
 17: ([], "Serbian newspapers accusing Bush of backing Albanian separatism is ACCUSE; SRB and USA right; reaction on the day of the visit (dateline June 10) is right."),
 18: (['date'], "UNSC lifting Libya sanctions is RETREAT (ease sanctions); date '199' is not a date from the text, it should be 2003-09-12, the Friday of the vote."),
 19: (['date'], "Hasina's accusation is a background act of an earlier, unstated time ('has accused'); it should carry no date (unknown), not the document date. Type, source, target, modality right."),
 20: (['date'], "Peru recalling its ambassador is SANCTION withdraw; 'on the same day' is the Sunday of Mexico's action, so date should be 2004-05-02, not Saturday 2004-05-01."),
 21: ([], "A weapons test is MOBILIZE weapons; the sentence presents it as capable of striking the U.S. mainland, so USA as target is acceptable; Wednesday 2017-11-29 right."),
 22: ([], "Cunha 'is accused of hiding money in Swiss accounts': ACCUSE with unnamed accusers (empty source right), a standing accusation dated to the document date."),
 23: ([], "NATO-Russia signing a pact is SUPPORT (sign agreement), mutual; 'two years ago' from 1999 = 1997 right."),
 24: ([], "Gaddafi criticising Turkey is ACCUSE disapprove; LBY/TUR right; remarks drew an immediate outcry on Monday, so 1996-10-07 is right."),
 25: (['source','date'], "The arrests were made by the authorities named in the same sentence; source should be the Qatari authorities (QAT). They followed the protests of August, so date should be 2021-08, not unknown."),
 26: (['target'], "'The move' is North Macedonia's accession, and the sentence names NATO whose expansion Russia opposes; target should be NATO / North Macedonia (MKD), not empty. ACCUSE, Russia and document date right."),
 27: (['source','target'], "Peacekeepers put on alert are the mobilizing party of a MOBILIZE event: source should be the U.N. peacekeepers (UN), and target empty (the alert is aimed at no named party)."),
 28: ([], "South Korea asking the IMF for help is REQUEST assist; Friday before Tuesday 1997-11-25 is 1997-11-21, right."),
 29: ([], "Trigger 'sank' is weak, but the sentence reports the exchange of fire between the North Korean ship and Japan's coast guard, and this is the only event from it: ASSAULT PRK-JPN on Saturday 2001-12-22 is right."),
 30: ([], "Demirel asking another politician to form a cabinet is a future REQUEST (institutional mandate), undated; future modality and unknown date right; the politician is plainly Turkish."),
 31: (['date'], "The kidnappers' demand (REQUEST yield) is right in type and arguments, but the text places the kidnapping days after the arrests 'last December', so date should be 1998-12, not unknown."),
 32: ([], "Zaev resigning in January is RETREAT resign (PLOVER codebook mode); MKD right; date 2020-01 right."),
 33: ([], "'Did not block the statement' is a negated REJECT (veto) as the conventions allow for negated acts; Mahathir MYS, empty target (statement of the summit), Tuesday summit date right."),
 34: (['type'], "A crowd gathering to demand the PM resign is a protest: PLOVER codes protests that make demands as PROTEST (demo), not REQUEST. Source BNP supporters, target Hasina (the authorities), Saturday 2023-10-28 right."),
 35: (['source'], "The opposition politicians are British (the anger is 'in Britain'); source should be British opposition politicians (GBR), not IRN/GOV. Empty target is right (the sentence names no party)."),
 36: (['type'], "Promising a response to the expulsions is a threat of retaliation; type should be THREATEN, not AGREE. Source and empty target (Moldova not named in sentence), document date right."),
 37: (['date'], "'Officials in Sanaa accuse' is present tense, an accusation still standing when the story is told; date should be the document date 1999-08-10 (report of Aug 9), not unknown."),
 38: ([], "Syria condemning the killing is ACCUSE disapprove with no named target; Monday 2005-12-12 (dateline) right."),
 39: ([], "US and France welcoming Algeria's decision is SUPPORT; Algeria not named in the sentence, empty target right; document date right."),
 40: ([], "Four presidents agreeing to set up a forum is AGREE, mutual; Friday 1997-10-10 right."),
 41: (['type','source'], "Protesting against officials' comments is a verbal objection, ACCUSE disapprove, not a PROTEST demo (no demonstration reported); source should be Iranian hardliners (IRN), not the state of Iran."),
 42: ([], "EU officials welcoming the Russian pullout is SUPPORT; Russia not named in the sentence, empty target right; document date right."),
 43: (['target','date'], "Tear gas was used on opposition protesters: target should be the opposition protesters (MRT), not the state of Mauritania; it happened 'during the campaign' before the vote, a background act, so date should be unknown (the campaign period), not the document date."),
 44: (['source'], "A standing ban on parties in force (COERCE ban, document date by the ongoing rule); the banning party is the state named in the sentence ('the gas-rich Gulf state'), so source should be Qatar (QAT), not empty."),
 45: ([], "Shells killing a Chinese national is ASSAULT with no firer named in the sentence (empty source right); CHN victim right; reported as news, document date right."),
 46: ([], "Pakistani forces surrendering is RETREAT (surrender); 1971 is right (the text gives December 1971; a year is not wrong); empty target right since the sentence names no one."),
 47: (['target'], "'All parties' are the parties to the Bougainville conflict (PNG government and BRA), plainly Papua New Guinean; target should carry PNG, not no code."),
 48: ([], "Cairo blaming militants sheltered by Sudan is ACCUSE, which also implicates Sudan; target Sudan acceptable; the blame is undated in the text, unknown right."),
 49: (['date'], "The deaths occurred in the February unrest named in the previous sentence; date should be 2008-02, not unknown. Type, empty source, target and modality right."),
 50: ([], "Backing rebels inside a U.N. report's accusation is AID (military support) with reported modality; Uganda -> Congo rebels (COD) right; standing allegation at document date."),
}
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50
with open('events-a.jsonl','w') as f:
    for it in items:
        bad, reason = V[it['n']]
        if 'event' in bad: bad = F
        v = {k: (k not in bad) for k in F}
        v['all'] = all(v[k] for k in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
cnt = {k: 0 for k in F + ['all']}
for l in open('events-a.jsonl'):
    o = json.loads(l)
    for k in cnt: cnt[k] += o['verdict'][k]
print(cnt)
