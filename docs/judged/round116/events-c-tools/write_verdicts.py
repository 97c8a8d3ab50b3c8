# judge c, round 116: writes events-c.jsonl from the verdicts below (fields that are wrong are listed;
# "SPURIOUS" makes every field false) and paragraphs-c-verdicts.jsonl; prints the per-field counts.
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
1: ([], "COERCE arrest of Vietnamese officials; no arresting party named, so empty source is right; 'have been arrested' is a total over the cases, so no date is right."),
2: ([], "Khatami (IRN) condemning the shooting; the gunman is clearly the party whose act is condemned ('those responsible' in the same sentence), no country given; dateline day 2000-03-12 is right."),
3: ([], "An offer of cooperation is AGREE; France is not named in the sentence, so the empty target is right; reaction reported as this news takes the document date."),
4: (['source', 'date'], "The detentions are the August 2020 crackdown, a background act: date should be 2020 (after the August 2020 election), not the 2025 document date; the sentence names the Belarusian security forces (BLR) as the ones who crushed the movement, so the source should be them, not empty."),
5: ([], "Abe and Xi agreeing to open a 'new era' is AGREE between JPN and CHN (mutual), Friday 2018-10-26."),
6: ([], "REQUEST from Sharon (ISR) to President Katsav (ISR) to dissolve parliament, on Monday 2005-11-21."),
7: (['SPURIOUS'], "Not an event: 'Slovakia has voted for NATO and for the EU' is Dzurinda's reading of the parliamentary election result; no actor did anything toward NATO or the EU (a coder wanting a SUPPORT here would code Dzurinda's statement, not Slovakia)."),
8: ([], "Klaus (CZE) saying he would not tell citizens how to vote: a REQUEST negated toward Czech citizens, undated future act; acceptable by the conventions' negated modality."),
9: (['target'], "Curfew by the Afghan authorities is right, but its target is Kabul and its residents (AFG), not the Afghan government, which imposed it."),
10: (['source'], "REQUEST to the Ukrainian authorities is right, but the source is Western diplomats in Kiev, who are not Ukrainian: the code should be empty (no country given), not UKR."),
11: ([], "CONSULT between Modi (IND) and Sharif (PAK), mutual, on Friday 2015-07-10."),
12: ([], "SUPPORT by Bush (USA) for Kim Dae-jung's (KOR) sunshine policy, said on Wednesday 2001-03-07 after their meeting."),
13: ([], "MOBILIZE of Sri Lankan riot police (LKA) at the lawyers' protest; no date in the text, document date right."),
14: (['date'], "REQUEST of the Ugandan opposition to its supporters is right, but the call to stay home was made before Thursday's referendum (2005-07-28), a background act: the date should be unknown (before 2005-07-28), not the 2005-07-30 document date."),
15: ([], "Nawaz Sharif (PAK) demanding a judicial investigation, a reaction in this news; no addressee named, empty target right."),
16: (['source'], "'The group' is the Islamic Action Front, the Jordanian political arm of the Brotherhood (JOR), not an Egyptian Muslim Brotherhood (EGY); the 2013 boycott date is one the text gives (the 2010 boycott is a second act dateline did not code)."),
17: (['source'], "ASSAULT on Colombian soldiers in March 1998 is right, but the sentence's subject, the FARC (COL), carried out the assault: the source should be the FARC, not empty."),
18: ([], "The National Assembly (VNM) approving Phuc's (VNM) resignation is a SUPPORT (approval of an action), on Wednesday 2023-01-18."),
19: (['date'], "ACCUSE by Meciar (SVK) against foreign diplomats (no country) is right, but it is a reaction reported as this post-election news: the date should be the document date 2002-09-23, not unknown."),
20: ([], "REQUEST by the EU (spokeswoman) to both sides, Serbia and Albania, to keep up dialogue; document date right."),
21: ([], "AGREE (pledge to invest) by the UAE in February 2024; Egypt is not named in the UAE clause, so the empty target is right by the rules (Egypt would also be right)."),
22: (['date'], "ACCUSE investigate by the Council of Europe and the European Parliament is right, but the launch of the inquiries is background to Rice's tour, of an unstated earlier time: the date should be unknown, not the document date."),
23: (['target', 'date'], "Uribe (COL) accused 'the government', which is the Colombian government of Santos (COL), not the Cuban government; the accusation is part of this election-night news, so the date should be the document date 2014-06-16 (or the Sunday 2014-06-15), not unknown."),
24: ([], "SUPPORT: Ban Ki-moon (UN) congratulated Christofias (CYP); document date right."),
25: (['date'], "The trip is Bush's (USA) current visit to Israel and the Palestinian territories (not a same-sentence duplicate); an act going on when the story is told takes the document date 2008-01-11 (or Thursday 2008-01-10), not unknown."),
26: (['target'], "REQUEST by Suthep (THA) is right, but the 'people's council' is what he demands, not whom he asks: the target should be empty (or the Thai government), not the council."),
27: (['SPURIOUS'], "Not an event: rights groups say Western governments have been reluctant to press Baku, a disposition, not a request made, refused or pledged (the jailing of journalists in the sentence is the codable act, COERCE by Azerbaijan, undated)."),
28: ([], "RETREAT resign of the Kuwaiti government (KWT) 'last week', 2019-W46, right."),
29: (['date'], "ACCUSE by human rights groups against Raziq's forces (AFG) is right, but the accusations are background of his career, of no given time: the date should be unknown, not the dateline day 2018-10-18."),
30: (['source', 'target'], "CONSULT visit is right, but in a visit the visitor is the ACTOR (PLOVER codebook): the source should be the visiting Kim Dae-jung (KOR) and the target the host Bush (USA), not the reverse."),
31: ([], "ACCUSE by Iranian conservative leaders (IRN) of the attack; no author named, empty target right; dateline day 2000-03-12 right."),
32: ([], "RETREAT resign of Ivo Sanader (HRV), 'last summer' = summer 2009, right."),
33: (['SPURIOUS'], "Not an event: Mullen confirming he had received the memo is not a visit or a meeting; the memo's own act (its request to Washington) is the codable one, coded as e4."),
34: (['source', 'date'], "'It' is the joint declaration of Serraj and Haftar (LBY), so the source should be Serraj and Haftar (LBY), not France; the declaration was read out on Tuesday, so the date should be 2017-07-25, not the 2017-07-26 document date."),
35: ([], "CONSULT between Guterres (PRT) and Suharto (IDN) on the summit's sidelines; no day given, document date (the closing day) right."),
36: (['date'], "PROTEST riot of the Kabul rioters (AFG) is right, but the rioting was on Monday, the text says: the date should be 2006-05-29, not the 2006-05-30 document date."),
37: ([], "REQUEST negated: the State Department (USA) said it had not asked Panama (PAN) to release the men; statement reported as this news."),
38: ([], "ACCUSE by Italy (ITA) of the assault; the author is not named as a party in Italy's clause, empty target right; document date right."),
39: ([], "ASSAULT firearms by the gunmen on diners and office workers (KEN) on Tuesday 2019-01-15; the gunmen's country is not given in the sentence (Shabaab, SOM, would also be right)."),
40: (['date'], "ACCUSE by North Korean state media (PRK) against Washington (USA) is right, but the text dates it 'in recent weeks' (and says North Korea had no comment that day): the date should be the recent weeks before 2001-03-08 / unknown, not the document date."),
41: (['source', 'date'], "REQUEST to Washington is right, but 'It' is the memo, from Pakistan's civilian government via Haqqani (PAK), not Abbottabad; the memo was delivered in May, so the date should be 2011-05, not the document date."),
42: ([], "SUPPORT: Putin (RUS) congratulated Lukashenko (BLR), reported by the Kremlin; document date right."),
43: (['date'], "Mesic (HRV) pressing for reconciliation is a policy of his two terms (2000-2010), a span summed from an earlier time: it should have no date, not the document date."),
44: ([], "SUPPORT: Kim Jong Un (PRK) and Putin (RUS) signed a defence pact in June 2024, mutual, right."),
45: ([], "PROTEST by Iranian students (IRN) against Ahmadinejad (IRN) on the conference's opening day, Monday 2006-12-11, right."),
46: (['date'], "RETREAT resign of the Democrat Party lawmakers (THA) is right, but the text says it was a day before her Monday move: the date should be 2013-12-08, not unknown."),
47: ([], "PROTEST demo: Monday's march by the Thai protesters on the prime minister's office, aimed at the government, so the Thai state is a right target; 2013-12-09."),
48: ([], "MOBILIZE of the Zimbabwean army (ZWE), reported by the home affairs minister; document date right."),
49: ([], "SUPPORT: the Japanese and Chinese governments signed the currency swap agreement, mutual, on Friday 2018-10-26 (a different sentence from e2, so not a duplicate)."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 49 and all(i['n'] == k + 1 for k, i in enumerate(items))
out = open('events-c.jsonl', 'w')
cnt = dict.fromkeys(F + ['all'], 0)
for it in items:
    wrong, reason = V[it['n']]
    if 'SPURIOUS' in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    for f in F + ['all']:
        cnt[f] += v[f]
    o = dict(it); o['verdict'] = v; o['reasons'] = reason
    out.write(json.dumps(o, ensure_ascii=False) + '\n')
out.close()
print(cnt)

P = [
 {"doc": "h35-x136-14", "coder_events": [
   "REJECT: Google (USA business) -> China (CHN), stopped complying with China's censorship requirement and redirected mainland users to the uncensored Hong Kong site, 2010-03-22",
   "ACCUSE: Beijing / Chinese government (CHN) -> Google (USA business), sharp rebuke of the move, 2010-03-22/23"],
  "found": 0, "dateline_events": 1, "spurious": 1,
  "notes": "dateline's one event, COERCE censor Google -> China on 'censoring', is spurious: Google stopped censoring its own results, it did not coerce China (the act is Google's defiance of the Chinese rules). The rebuke from Beijing was missed. The U.S.-Chinese 'row' is a topic, not an act."},
 {"doc": "h35-x133-10", "coder_events": [
   "ASSAULT: unknown bomber (none) -> Moscow metro passengers (RUS), bomb killing at least 39, 2004-02-06",
   "ACCUSE: Vladimir Putin (RUS) -> Chechen separatists (RUS), pointed the finger at them, 2004-02-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both the bombing and Putin's blame were missed in the first paragraph (dateline's events in this story start in paragraph 5)."},
 {"doc": "h35-x135-10", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A president's death after a stroke and the government's announcement of it are no PLOVER acts; nothing to code."},
 {"doc": "h35-x135-02", "coder_events": [
   "ASSAULT: Yahya Jammeh and the army (GMB) -> government of Dawda Jawara (GMB), seized power in a bloodless coup, 1994 (two years ago; July 1994 in the story)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning the election is no PLOVER act. The background coup is the one codable act; PLOVER has no coup category, so its type is uncertain (ASSAULT by analogy with the conventions' armed seizures; some coders would leave it uncoded)."},
 {"doc": "h35-x134-14", "coder_events": [
   "ASSAULT: Syrian troops with tanks (SYR) -> Hama residents (SYR), stormed the city killing scores, 2011-07-31"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The storming of Hama (with the killings as the same act) was missed; dateline codes the killings only from paragraph 2 ('at least 80 people were killed'), a different sentence. The five-month uprising is background, not an act of this sentence."},
 {"doc": "h35-x136-20", "coder_events": [
   "SANCTION: Guatemala government (GTM) -> CICIG, U.N.-backed commission (no code), unilaterally ended the agreement, 2019-01-07",
   "COERCE: Guatemala government (GTM) -> CICIG staff (no code), ordered to leave the country within 24 hours, 2019-01-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both acts missed (Monday is 2019-01-07; the document date is Tuesday 2019-01-08). The 'long battle' with the investigators is background."},
]
paras = [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
assert paras == [p['doc'] for p in P]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('paragraphs: coded %d found %d dateline %d spurious %d' % (
    sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P),
    sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P)))
