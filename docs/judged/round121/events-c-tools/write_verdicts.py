"""Write events-c.jsonl from judge c's verdicts (fields: E T S G D M = event,type,source,target,date,modality)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
ALL = 'TTTTTT'
V = {
 1: (ALL, "Pakistani police (PAK) arrest Musharraf (PAK) on Friday 2013-04-19: COERCE arrest, all fields right."),
 2: ("TTFTFT", "'It' is the report of the three 'wise men' (Ahtisaari, Frowein, Oreja; a panel, no country code), not Germany. The report came out four days before Tuesday's announcement, so the date should be 2000-09-08, not the document date."),
 3: ("FFFFFF", "Spurious: Sata flying to London for a medical check-up is private travel, not a visit to the British government (CONSULT needs a host actor); no PLOVER event."),
 4: ("TTTTFT", "Halting EU accession talks is SANCTION (CAMEO 164), Georgia -> EU, future is fine for 'announced that Georgia would suspend'. Date: the text dates the announcement to late November (2024), so it should be 2024-11, not unknown."),
 5: ("TFTFTT", "A bloodless coup is not armed seizure of ground: type should be COERCE (taking power and ousting the prime minister), and the target should be Prime Minister Nawaz Sharif (PAK), who is named in the sentence. Date 1999 right."),
 6: (ALL, "Smirnov not conceding the election is a negated CONCEDE with no target in the sentence; document date for this news; right."),
 7: (ALL, "Macron (FRA) urging American scientists and entrepreneurs to come to France is a REQUEST; no date in the text, so the document date is right. (Reading 'American' as covering the entrepreneurs too, USA would suit them better.)"),
 8: (ALL, "South Korea and China welcoming the demolition is SUPPORT. The sentence names no party it is aimed at (only 'the demolition'), so an empty target is right by the rules; a coder would add North Korea."),
 9: (ALL, "Ardern's promise to tighten gun laws is AGREE (intent to change policy), dated Saturday 2019-03-16, asserted; right."),
 10: (ALL, "State Belarusian media (BLR) accusing Poland (POL) is ACCUSE. 'Have accused' describes an ongoing campaign, so the document date is acceptable."),
 11: ("TTFFTT", "'He' is Michael Chong, a Canadian MP, so the source code should be CAN, not HKG. 'The government' he accuses is the Canadian government (CAN), not China's."),
 12: ("TTTTFT", "Canada arresting the Huawei executive (CHN) is COERCE arrest, but it is background from before the 2021 release (the 2018 arrest). The text gives no exact date, so the date should be unknown, not the 2023 document date."),
 13: ("TTTFFT", "The offer of shelter is AGREE and asserted (the condition states its terms). The target should be 'them', the migrants at sea, not empty. The statement was read out on Wednesday, so the date should be 2015-05-20, not the Thursday document date."),
 14: (ALL, "Ma (TWN) signing agreements with China is SUPPORT (sign agreement). 'Since taking office in 2008' is a span, so no date is right."),
 15: (ALL, "Trump (USA) demanding that Seoul (KOR) pay more is a REQUEST. 'In the past' gives no date, so unknown is right."),
 16: (ALL, "Canada expelling the Chinese consular official (CHN) is SANCTION expel on Monday 2023-05-08 ('a day after' Tuesday); right."),
 17: ("TFTFTT", "Pledging to annex occupied West Bank land is not cooperation. Type should be THREATEN (territory; CAMEO 1382 threaten occupation), and the target should be the Palestinians (PSE). Jordan is wrong (the Jordan Valley is not Jordan), and the Palestinian leaders, Arab governments and UN are the condemners, not the targets. Date Tuesday 2019-09-10 and asserted are right."),
 18: (ALL, "Russia saying it will block Kosovo's UN membership is REJECT (veto), future, with no date for the future act; right."),
 19: ("TTFTFT", "The accusers are the critics (no code), not 'several judges', who are the people replaced. This is the critics' reaction reported as this news with no date in the text, so the date should be the document date 2010-10-02, not unknown."),
 20: (ALL, "Jordanian officials praising their intelligence services is SUPPORT; no date in the text, so the document date is right."),
 21: (ALL, "The Netherlands (NLD) apologising to Russia (RUS) on Tuesday 2013-10-08 is SUPPORT (apologise); right."),
 22: (ALL, "Serfaty (MAR) arrested in 1974 is COERCE arrest. The agent is unnamed (passive), so an empty source is right; date 1974 right."),
 23: (ALL, "Serbian police-operation detentions of more than 7,000 people are COERCE arrest. The police are clearly the detaining party, and a total summed since March has no date; right."),
 24: (ALL, "Chinese officials rejecting the residents' claim is REJECT; 'have rejected' takes the document date; right."),
 25: ("TTTTFT", "Turkish troops killing 32 PKK attackers is ASSAULT, right. But the pursuit followed Sunday's pre-dawn ambush, so the date should be 2007-10-21, not the Monday document date."),
 26: (ALL, "Obama calling off the meeting with Duterte on Monday 2016-09-05 is SANCTION (halt talks, CAMEO 164); acceptable and right."),
 27: ("TTTFFT", "The condemnation (ACCUSE) has unnamed condemners, so an empty source is right. But it is aimed at the junta named in the sentence ('the junta's original plan'), so the target should be the Gambian junta (GMB). It is background from when the plan was announced, so the date should be unknown, not the document date."),
 28: (ALL, "The US urging Ankara (TUR) to hold back is a REQUEST; 'has urged' is ongoing, so the document date is right."),
 29: (ALL, "Malaysian opposition leaders (MYS) accusing state media (MYS) of one-sided coverage is ACCUSE; document date; right (the sector is off, but the country is right)."),
 30: (ALL, "The lawyers' planned appeal to the Supreme Court (PAK) is a future REQUEST with no date; acceptable. reported_by should be the spokesman, not Musharraf (not scored)."),
 31: (ALL, "Banzer (BOL) resigning on Monday 2001-08-06 is RETREAT resign; right."),
 32: ("TTFFTT", "'Once hailed in the West' is praise (SUPPORT) by the West of Museveni, so source and target are reversed. The source should be the West / Western governments (no code) and the target Museveni (UGA). 'Once' gives no date."),
 33: (ALL, "India pledging $2 billion of aid to Afghanistan is AGREE (pledge of aid), and the span since 2001 has no date; right."),
 34: ("TTFTTT", "The attack on worshippers (NZL) at Friday prayers, 2019-03-15, is ASSAULT firearms. But the gunman is the 28-year-old Australian man charged, so the source code should be AUS, not empty."),
 35: (ALL, "The Maldives government declaring a state of emergency in August 2004 is COERCE (martial law/emergency). No target; date 2004-08 right."),
 36: ("TTTFFT", "Karzai's 'our friend' refers to India, so the target should be India (IND), not an uncoded group. The signing took place on Tuesday, so the date should be 2011-10-04, not unknown."),
 37: ("TTTTFT", "Belarus expelling Polish diplomats is SANCTION expel, right. But 'since May Minsk has expelled several' is a total summed over a span, so by the rules it has no date, not 2005-05."),
 38: ("TTTFTT", "Russian prosecutors opening an investigation (ACCUSE investigate, 2011) name Smirnov's son Oleg as suspect, so the target should be Oleg Smirnov (Transdniestria/MDA), not empty."),
 39: ("TTTTFT", "Dutch police detaining the Russian diplomat is COERCE arrest, but the text says he was held on Saturday night, so the date should be 2013-10-05, not Tuesday 2013-10-08."),
 40: ("TFTFTT", "Issuing a security alert urging Americans to avoid gatherings is not aid. Type should be REQUEST (US embassy urging Americans), and the target should be Americans (USA), who are named in the sentence."),
 41: ("TTTTFT", "China's detention of the two Canadians (passive, no agent, so an empty source is allowed) is COERCE arrest. But it happened 'days after' Meng's December 2018 arrest, so the date should be 2018-12, not the 2021 document date."),
 42: (ALL, "Ukraine's foreign ministry asking for a UN Security Council meeting is REQUEST; document date; right."),
 43: ("TTTFTT", "The US embassy (USA) condemning the attack is ACCUSE, dated the document date, asserted. But the sentence refers to the responsible party ('those who planned it'), so the target should be the organisers of the Serb mob attack (Bosnian Serbs, BIH), not empty."),
 44: ("TTFTTT", "'Would not rush to endorse' ElBaradei is a negated SUPPORT, right, but the leaders are the Muslim Brotherhood's, so the source should be Muslim Brotherhood leaders (EGY), not uncoded."),
 45: (ALL, "13 Turkish soldiers killed in Sirnak earlier this month is ASSAULT with no attacker named (empty source allowed), date 2007-10; right."),
 46: (ALL, "Obama (the sitting US president) visiting Laos is CONSULT visit, ongoing, so the document date is right."),
 47: (ALL, "The banning of the Muslim Brotherhood (EGY) is COERCE ban; the agent is unnamed and the text gives no date; right."),
 48: ("TFTTTT", "Refusing to accept the court's verdict is defiance: type should be REJECT (asserted; CAMEO 128), or CONCEDE negated. It is not AGREE. The negated modality is right for the negated reading. 'The verdict' names no party, so an empty target is allowed."),
 49: (ALL, "Obama urging Israel (ISR) and the Palestinians (PSE) to keep talking is REQUEST, in Wednesday's speech (document date); right."),
 50: (ALL, "Western governments imposing sanctions on Georgian officials (GEO) is SANCTION; the span since late November has no date; right."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-c.jsonl', 'w') as out:
    for it in items:
        code, reason = V[it['n']]
        v = {f: c == 'T' for f, c in zip(F, code)}
        if not v['event']:
            v = {f: False for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {f: 0 for f in F + ['all']}
for l in open('events-c.jsonl'):
    o = json.loads(l)
    for f in counts: counts[f] += o['verdict'][f]
print(counts)
