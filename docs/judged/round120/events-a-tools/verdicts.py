"""Judge a's round-120 verdicts, written by hand after reading each story; this script only
assembles events-a.jsonl and checks it. Wrong fields listed per item (E = spurious)."""
import json
T = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Griffiths (U.N., code UNO) welcomed the accord: SUPPORT, asserted. 'The accord' is no party, so by the rules an empty target is right (I would have coded the Yemeni government and the STC as targets); 2019-11-05 is the dateline day of the report, the day of the signing."),
 2: ([], "Chavez (VEN) accusing Washington (USA) of backing the 2002 coup is ACCUSE, asserted. 'In 2002' dates the coup, and the accusation is a background act with no date of its own, so null/unknown is right (2002 would also have been acceptable)."),
 3: (['date'], "Israel (ISR) enforcing the blockade of Gaza (PSE) is COERCE restrict, asserted, but the blockade is still in force when the story is told, so it takes the document date, 2025-06-09 (not null)."),
 4: ([], "Human rights groups (no country) urging Obama (USA) is a REQUEST, asserted. The text gives no date, and the document date 2015-07-08 is right by the rules."),
 5: (['source'], "Gunmen besieging the foreign ministry (LBY) is COERCE restrict; the date (2013-05-05, the day of the report, with the siege still going on) and the modality are right. The source's country is plain from the story (Tripoli, brigades that fought Gaddafi), so it should be the gunmen (LBY), not the gunmen with no code."),
 6: (['target'], "The government (ZMB) rejecting the Committee's charge is a REJECT, asserted, dated 1996-11-20. The target should be the Committee for a Clean Campaign (ZMB), whose charge was rejected and who is named in the sentence, not empty (reported_by naming the Committee is also off)."),
 7: ([], "Lebanon (LBN) deploying troops at the airport and along the Syrian border is MOBILIZE, asserted; a deployment that is still in place takes the document date. Syria (SYR) is acceptable as the target: the deployment faces the border with Syria, which is named in the sentence."),
 8: ([], "155 PASOK lawmakers (GRC) backing the government (GRC) in the confidence vote is SUPPORT, dated 2011-06-22 (the Wednesday of the vote), asserted. reported_by should be the speaker, not Papandreou, but that field is not scored."),
 9: (['date'], "Meta (ALB) stepping down is RETREAT resign, asserted, with no target. The text dates this resignation Tuesday ('resigned on Tuesday'), so the date should be 2002-01-29, not the document date 2002-01-30."),
 10: (['source', 'target'], "The 2014 Chibok kidnapping is ASSAULT abduct, dated 2014 and asserted. 'It' is Boko Haram, so the source should be Boko Haram (NGA), not the Nigerian government, which only reported the release. The target should be the schoolgirls (NGA), not the country Nigeria."),
 11: (['target', 'date'], "Myanmar approving the list of returnees can pass as SUPPORT (approve), asserted. The people on the list are Rohingya refugees from Myanmar, so the target should be the refugees (MMR), not BGD. The approval is an earlier background act with no date in the text, so it should have no date, not 2019-08-22."),
 12: ([], "The White House (USA) welcoming Netanyahu's speech is SUPPORT, asserted, dated 2009-06-14 (the Sunday of the speech, the dateline day). 'The speech' is no party, so an empty target is right by the rules (I would have coded Netanyahu, ISR)."),
 13: ([], "The Boko Haram insurgency (NGA rebels, referred to by the description) killing more than 20,000 people (NGA) is ASSAULT, asserted. It is a total summed over seven years, so having no date is right."),
 14: (['target'], "'We agreed' that border peace is the foundation of trust can pass as AGREE, dated 2014-09-18 and asserted. 'We' is Modi and Xi, so this is a mutual act and the target should be Xi Jinping (CHN), not empty."),
 15: ([], "The opposition parties (ZAF) appealing for mass protests is REQUEST (a call on the public, so no target is named), asserted, at the document date 2017-03-31."),
 16: ([], "African leaders from many countries (no single code) praising China (CHN) is SUPPORT, asserted, dated 2006-11-04 (the Saturday of the summit, the dateline day)."),
 17: ([], "Obama's first visit to Russia is CONSULT visit from USA to RUS, asserted. The visit is still going on at the 2009-07-07 document date, so the date is right (the Tuesday breakfast with Putin is a separate future act)."),
 18: (['target', 'date'], "Sanchez (ESP) defending his own Western Sahara policy can pass as SUPPORT (defend verbally), asserted. Western Sahara is the subject, not a party acted on, so the target should be empty. The defence came 'hours' before Wednesday's announcement, so the date should be 2022-06-08, not 2022-06-09."),
 19: ([], "The cabinet's resigning is the act in the armed men's condition ('until Zeidan's cabinet resigned'), so by the rules a hypothetical RETREAT resign by Zeidan's cabinet (LBY) with no date is right. I would rather have coded the armed men's demand as a REQUEST."),
 20: ([], "Troops from Chad supporting the Nigerian army (NGA) with forces is AID (military personnel), still going on, so the document date 2016-10-14 is right; asserted. Chad (TCD) is one of the three right sources."),
 21: (['type', 'target', 'modality'], "Rwanda (RWA) backing the M23 rebels is material military support, so the type should be AID, not SUPPORT, which is verbal only. The target should be the rebels (M23, COD), to whom 'whom' refers, not empty. The support is a contested U.N. experts' claim that Rwanda denies, so the modality should be reported."),
 22: (['source'], "'Would not step down' is a RETREAT resign, negated, at the document date, but it is Reyes's. The source should be Conrado Reyes (GTM), the attorney general, not Castresana."),
 23: ([], "Russia (RUS), through Medvedev, still objecting to the U.S. (USA) missile-defence plans is ACCUSE disapprove, asserted. It is a standing objection reported as news, so the document date 2009-07-07 is right."),
 24: (['target'], "The Taliban (AFG) promising an inclusive administration is AGREE, asserted. The promises were made repeatedly since Aug. 15, so having no date is right. 'Inclusive administration' is the thing promised, not a party, so the target should be empty (the sentence names no one the promise was made to)."),
 25: (['E'], "Spurious: Gordhan 'clashed' with Zuma in the sense of political disagreement, not violence. This is a trigger word in another sense (at most an undated ACCUSE), not an ASSAULT."),
 26: (['target'], "The NATO air attack of Nov. 26 (2011-11-26) is ASSAULT, asserted. The target should be the two Pakistani border posts (PAK), named in the sentence (the strike killed 24 Pakistani soldiers), not empty."),
 27: ([], "Critics (no country given) accusing 'a leader', which refers to Thaksin (THA), of muzzling the media is ACCUSE, asserted. It is an ongoing accusation, so the document date is right."),
 28: (['date'], "'Olmert said he would not resign' is a RETREAT resign, negated, by Olmert (ISR), with no target. He said it on the Monday of the report, in the same sentence as 'found on Monday', so the date should be 2007-04-30, not null."),
 29: (['E'], "Spurious: Meloni 'warned against' a transatlantic split, a statement of concern about a risk with no coercive warning to anyone. It is not a THREATEN, and not a PLOVER event at all."),
 30: (['source'], "The opposition walkout is PROTEST aimed at Modi (IND), dated Tuesday 2019-07-23 and asserted. The lawmakers are plainly Indian (they walked out of India's parliament), so the source should be the opposition lawmakers (IND), not the lawmakers with no code."),
 31: (['target'], "Hoping to welcome Paraguay back into Mercosur can pass as a hypothetical SUPPORT by Brazilian officials (BRA), with no date. 'The country' is Paraguay, so the target should be Paraguay (PRY); Argentina is a co-speaker, not the target."),
 32: ([], "India (IND) providing credit lines is AID, dated 2022 ('this year') and asserted. The sentence neither names nor refers to Sri Lanka, so by the rules an empty target is right (I would have coded Sri Lanka, LKA)."),
 33: ([], "Tang Jiaxuan (CHN) urging all sides to show patience is REQUEST, asserted, at the document date 1997-12-10 (the Wednesday the talks ended). 'All sides' spans several countries, so no code is right."),
 34: (['target'], "More than 800 people killed in the battle for Kobani is ASSAULT with no source named and no date (it is a total), reported via SOHR, so the modality is asserted. The dead are mostly fighters in Syria's Kobani, so the target should be the 800 people with no code (or SYR), not TUR."),
 35: ([], "NATO not recognising the treaty is SUPPORT (recognition), negated, at the document date. The treaty is no party, so an empty target is right by the rules."),
 36: ([], "Clinton (USA) and Putin (RUS) agreeing that missile proliferation must be addressed is a mutual AGREE, dated Sunday 2000-06-04 and asserted."),
 37: (['E'], "Spurious: Chavez planning to remove the limits on his own re-election is no concession to any party. CONCEDE/ease sanctions is a trigger read in another sense; the sentence states a domestic plan with no party acted upon."),
 38: (['date'], "Nijjar (CAN) being shot dead is ASSAULT, asserted, with no perpetrator asserted. 'In June that year' refers to 2023 (the row began in September 2023), so the date should be 2023-06, not 2024-06."),
 39: (['target', 'date'], "Kosovo police (XKX) accusing a man of helping lead the Zvecan attack is ACCUSE, asserted. The target should be the local Serb man they accused (XKX), not the NATO peacekeepers, who were the victims. It happened 'a day after' Wednesday's arrests, so the date should be 2023-06-13, not 2023-06-14."),
 40: ([], "The suspected Russian (RUS) technical help to North Korea is AID, reported (the officials 'suspected' it), with no date. Kim Jong Un (PRK) stands for North Korea in the sentence, so the target is right."),
 41: ([], "The IAEA board (an international body with no country) calling on Tehran (IRN) to give inspectors access is a REQUEST, dated 2020-06 ('last month') and asserted."),
 42: ([], "Vietnamese-Americans (USA) protesting outside the White House is PROTEST demo, asserted, at the document date. The sentence names no aim, so the state (White House, USA) is a right target under the home-protest rule; I would have coded Vietnam/Trong."),
 43: ([], "The chief justice (PAK) asking President Leghari (PAK) to direct the army to protect the court is REQUEST, dated Friday 1997-11-28 and asserted."),
 44: ([], "Singh (IND) being 'happy to visit' Pakistan (PAK) 'at a mutually convenient date' is a hypothetical CONSULT visit with no date, as the rules code future meetings as the act. PLOVER alone would code the willingness to visit as AGREE."),
 45: (['target'], "'If they give us our rights' is a hypothetical CONCEDE by Myanmar (MMR), to whom 'they' refers, with no date. The target should be the Rohingya refugees ('us', MMR), not 'Shalbagan', which is the name of the camp."),
 46: (['date'], "Taiwan (TWN) sending coast guard ships to escort the boat is MOBILIZE, asserted, with no party as target. The escort followed the Monday-afternoon boarding, so the date should be 2024-02-19, not the document date 2024-02-20."),
 47: ([], "The Kim (PRK) and Putin (RUS) summit in September is CONSULT, dated 2023-09 and asserted. It is distinct from the suspected aid in the same sentence."),
 48: (['target'], "Eritrean officials (ERI) accusing the mission is ACCUSE, asserted, at the document date (an ongoing accusation). The mission is UNMEE, the U.N. mission, so the target should be the U.N. mission (UNO/IGO), not ETH GOV."),
 49: (['date'], "Egyptian politicians (EGY) meeting Mursi (EGY) is CONSULT, asserted. The text dates the meeting 'last week', so the date should be the week before the report (the week of 2013-06-03), not the document date 2013-06-11."),
 50: ([], "Security forces (MMR) killing more than 1,300 people (MMR) since the coup is ASSAULT, asserted, by attribution to AAPP. It is a total, so having no date is right."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50
with open('events-a.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        wrong = [w for w in wrong if w]
        if 'E' in wrong:
            v = {k: False for k in T}
        else:
            v = {k: k not in wrong for k in T}
        v['all'] = all(v[k] for k in T)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
# checks
out = [json.loads(l) for l in open('events-a.jsonl')]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']; assert v['all'] == all(v[k] for k in T)
    if not v['event']: assert not any(v.values())
    assert all(b[k] == a[k] for k in a)
cnt = {k: sum(o['verdict'][k] for o in out) for k in T + ['all']}
print(cnt)
