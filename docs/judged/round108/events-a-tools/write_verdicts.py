# Writes events-a.jsonl from the judge's verdicts below (fields that are wrong listed per item).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'), reasons
V = {
 1: (['target'], "ACCUSE by Lighthizer is right and 'has accused' is a standing criticism still voiced, so the document date passes; but 'the body' is the WTO Appellate Body, an international body, and should have no country code, not USA."),
 2: (['date', 'modality'], "The release by 'the Islamist group' (Hamas) of Israeli civilians is part of a deal Cairo is pushing for, so it is hypothetical, not asserted, and it has no date: the date should be empty, not the document date."),
 3: ([], "EU delegation (troika) visit to Algeria, ended Tuesday 1998-01-20; all fields right."),
 4: (['target', 'date'], "Police uncovering a plot (ACCUSE investigate) by the Philippine police is right, but the party investigated is Yousef ('him'), not the U.S. airliners that were the plot's target; and the text dates it 'last month' (1995-01), so an unknown date is wrong."),
 5: (['source', 'target'], "Machado was the person detained, not the detainer: the source should be empty (the agent is unnamed; Venezuelan authorities) and the target should be Maria Corina Machado (VEN). Date 2025-01-09 (Thursday) and asserted are right."),
 6: ([], "China accused Taiwan's Chen on Monday 2002-08-05; all fields right."),
 7: ([], "Belarusian police arrested hundreds in Minsk in December 2010; all fields right."),
 8: ('spurious', "Offering condolences is an empathetic statement (CAMEO 018), which PLOVER drops with the rest of CAMEO 01; it is not verbal support for a party's policy or act, and 'would not weaken its resolve' is no event either, so this is spurious."),
 9: (['date'], "Detentions of about 170 people by the Azerbaijani Interior Ministry/police are right, but they are this news (Saturday's rally), so the date should be 2011-04-02 (or the document date), not unknown."),
 10: ([], "Sheikh Sharif welcomed 'the support' (no party named: empty target right) at the Feb 23 conference; all fields right."),
 11: (['source', 'target', 'date'], "Source should be the Russian nationalists and communists in the Duma (RUS), not the state 'Russia'; the pressure is aimed at their own government (addressee unnamed), so Belarus, the country of the desired ties, is not the target (empty target). 'Have long pressed' is an act still going on, so it should take the document date 1997-04-03, not unknown."),
 12: ([], "Saleh's expected visit to 'the kingdom' (Saudi Arabia), hinted by officials and conditional on progress, is hypothetical and undated; all fields right."),
 13: ([], "Syrian government condemned the incursion; 'the incursion' names no party, so an empty target is right (Turkey would also be right), and the document date is right. reported_by Joe Biden is wrong but is not a scored field."),
 14: (['target'], "Negated AGREE among G20 leaders is right, but a failed agreement among the leaders is reciprocal: the target should be empty (or one camp against the other), not the five countries, which are also among the leaders in the source."),
 15: ([], "Human rights groups accused Azerbaijani authorities of jailing activists; the present-perfect accusation is still standing, so the document date passes; all fields right."),
 16: ([], "Baghdad condemned the incursion; empty target is right because 'the incursion' names no party; all fields right."),
 17: (['target'], "The authorities urged to respect the result are Guatemala's (GTM), not United States authorities."),
 18: (['date'], "Obama's visit to China is right, but it is the current visit being reported, so the date should be the document date 2009-11-17, not unknown."),
 19: ([], "Obasanjo's warning that the government would 'not fold its arms' is a THREATEN with no named target; document date right."),
 20: ([], "Belarusian police beat protesters in Minsk, December 2010; all fields right."),
 21: (['source'], "The protesters outside the Japanese embassy in Seoul are South Korean: the source code should be KOR, not JPN. Target Japan and the date are right."),
 22: (['type'], "'Said it would write off some Sudanese debt' is a pledge of aid, which is AGREE (wave 76), not AID. Scored against the act as coded, future modality and no date are right for the write-off itself; the pledge was made Friday 2007-02-02."),
 23: (['target'], "'Both sides' are Moldova's government and the opposition protesters, both plainly Moldovan: the target's country should be MDA, not empty."),
 24: ([], "Nepal declared a state of emergency on Monday 2001-11-26; all fields right."),
 25: (['source'], "'It' is the London conference's final communique (the world leaders, no country code), not the Transitional Federal Government, whose term the communique set. AGREE for the promised help is right."),
 26: ([], "Teenage protester shot dead in Omdurman by an unnamed shooter (empty source right), reported as this news; all fields right."),
 27: ([], "Lebanese security forces fired tear gas and water cannon at protesters on Sunday 2015-08-23; all fields right."),
 28: (['source'], "'It' is the conference communique (world leaders, no country code), not the Transitional Federal Government. SUPPORT for backing the plans is right."),
 29: ([], "Paris and Moscow oppose the proposed resolution language (REJECT, present stance, document date); all fields right."),
 30: (['target'], "The spokeswoman accused Nyamwasa's supporters (RWA), not Nyamwasa himself, of manufacturing a story."),
 31: (['source'], "The demand comes from the G8 leaders, a multinational group: the source code should be empty (or G8), not RUS because Russia hosted. Target Hezbollah and Sunday 2006-07-16 are right."),
 32: (['target'], "A coup seizing power is accepted as ASSAULT, and 1970 is right, but the sentence names the party acted upon: the target should be his father, Sultan Said bin Taimur (OMN), not empty."),
 33: ([], "Western diplomats welcomed the calm conduct of the vote (no party named, empty target right); all fields right."),
 34: ([], "Wade praised Bush's AIDS plan on July 8; all fields right."),
 35: (['target'], "Ongoing occupation by Russian troops is ASSAULT (wave 30), but 'his country' is Ukraine: the target should be Ukraine (UKR), not Zelenskiy."),
 36: (['date'], "Israel's release of Palestinian prisoners is right, but it is this news (the Thursday swap): the date should be 2004-01-29 (or the document date), not unknown."),
 37: (['date'], "The suicide bombing is right, but the text dates it 'hours before the announcement' made on Friday: the date should be 2009-01-02, not the document date 2009-01-03."),
 38: (['target'], "A total killed since the violence began correctly has no date, but the six dead are victims of anti-foreigner attacks whose nationality the text does not give: the target's country should be empty, not ZAF."),
 39: ([], "Pastrana called on the FARC to show it wants peace; all fields right."),
 40: ([], "Duarte Frutos promised to seek an IMF agreement (AGREE, asserted promise); all fields right."),
 41: ([], "Anwar denounced the verdict on Wednesday 1999-04-14 (empty target right: the verdict is not a party); all fields right."),
 42: ([], "Turkish police fired tear gas and water cannon at protesters in Istanbul on 2004-06-29; all fields right."),
 43: ([], "March against the ruling family, so the Bahrain government is a right target; Friday 2012-04-20 is right for the Friday-Saturday march; all fields right."),
 44: (['modality'], "The rally called for next weekend is a future protest: modality should be future, not asserted. PROTEST, the organisers (LBN), an empty target and 2015-W35 weekend are right."),
 45: (['type'], "Officials warning that Moscow could leave forces behind is an expressed suspicion about Russia (ACCUSE), not a threat by the officials; the other fields are right."),
 46: ([], "Mexico's Senate approved the judicial reform early on Wednesday 2024-09-11 (SUPPORT approve policy); all fields right."),
 47: (['date', 'modality'], "Blinken and Austin 'travel ... next week' is a future visit: modality should be future and the date should be next week (2021-W11), not asserted on the document date."),
 48: ([], "Park: 'We agreed ...' is a reciprocal AGREE with Xi, so an empty target is right (PLOVER codes reciprocal agreements without a recipient); all fields right."),
 49: ([], "Macron said he would urge the United States to ease sanctions: REQUEST, future, undated; all fields right."),
 50: (['source', 'target'], "The police who fired tear gas and live rounds at the crowd in Tunis are Tunisian: the source should be Tunisian police (TUN) and the target the crowd (TUN), not USA."),
}
out = []
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    wrong, reason = V[it['n']]
    if wrong == 'spurious':
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reason
    out.append(it)
assert len(out) == 50 and len(V) == 50
with open('events-a.jsonl', 'w') as fh:
    for it in out:
        fh.write(json.dumps(it, ensure_ascii=False) + '\n')
counts = {f: sum(o['verdict'][f] for o in out) for f in F + ['all']}
print(counts)
