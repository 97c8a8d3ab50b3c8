"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts.
Fields order per item: event, type, source, target, date, modality (1 = right, 0 = wrong)."""
import json
V = {
1: ("110111", "The attacker is named in the sentence ('two men posing as television journalists', the suicide attackers), so source should be those two men (no country code given there) and not empty; the target Massoud (AFG) and the date 2001-09-09 (the Sunday the next sentence gives for the attack) are right."),
2: ("111101", "A freeze of talks (SANCTION, halting negotiations) with no actor named, aimed at Israeli settlement building, so empty source and Israel as target are acceptable. The date is wrong: the text dates the freeze (since 2010), and as a state still going on it takes the document date 2013-01-23, not an unknown date."),
3: ("101011", "Pulling diplomats out of Khartoum is reducing diplomatic relations (CAMEO 161), so type should be SANCTION, not RETREAT (a military surrender/withdrawal). Target should be Sudan (SDN), not the U.S.'s own diplomats; the 1996 date is right at the text's precision."),
4: ("111111", "Macron praising the calm of the vote is SUPPORT; the praise is for the calm, with no party named, so an empty target is right; Sunday 2018-11-04 is the day of the address."),
5: ("111001", "The Commission presses for Romania and Bulgaria to be admitted: they are the parties it backs, not the addressees of the request (the holdout member states, not named in the sentence), so target should be empty. The date should be the statement's date 2022-12-08: 2023 ('next year') is when they might join, not when it presses."),
6: ("111111", "ACCUSE Walid al-Moualem (SYR) -> Syrian opposition (SYR), 2014-01-22. The source list splits one person into 'Moualem' and a broken 'Walid al'. Both are the same person with the right code, so I count the source as right."),
7: ("111011", "Shalgham welcomed 'the decision', a definite description of the U.S. decision named just before, so target should be the United States (USA), not empty. Everything else is right."),
8: ("111011", "The target is the South Korean woman shot (Park Wang-ja, a KOR civilian), not the state 'South Korea'. The shooting was not aimed at the country. Source, date 2008-07-11 (Friday) and modality are right."),
9: ("111111", "REQUEST John Kufuor (GHA) -> both (Ghanaian) parties to respect the verdict. It has no date of its own, so the document date applies."),
10: ("111011", "The sentenced party is named: target should be Pichit Chuenban (THA), not empty. The sentencing court is not named, so an empty source is right; 2008 is right."),
11: ("111111", "SUPPORT Western envoys -> Belgrade (Serbian/Yugoslav government, SRB) for its restraint. It has no date, so the document date applies."),
12: ("111111", "RETREAT (easing sanctions) U.S. in 2004. Libya is not named in the sentence, so an empty target is right by the rules, though I would code Libya."),
13: ("111011", "Sistani condemned the attacks; the peaceful protesters are the victims, not the party condemned. The attackers are not named, so target should be empty. Source, Friday 2019-10-04 and modality are right."),
14: ("111011", "ACCUSE (investigate) by China; 'a man it was already investigating' refers to Yang Bin, so target should be Yang Bin (CHN/NLD businessman), not empty. The undated investigation with no date is acceptable."),
15: ("111111", "SANCTION (convict) Egyptian military court -> Muslim Brotherhood members (EGY), Thursday 1995-11-23."),
16: ("111111", "Pakistan's announced reopening is a promised concession (CONCEDE, asserted as a promise) to NATO forces, Tuesday 2012-07-03."),
17: ("111011", "Makame rejected 'the accusations', a definite description of Slaa's accusations in the preceding sentences, so target should be Willibrod Slaa / Chadema (TZA), not empty. The document date is acceptable."),
18: ("111111", "ACCUSE Tamil Tigers (LKA rebels) -> Sri Lankan army (LKA); 'have complained' is undated, so the document date applies."),
19: ("111101", "ASSAULT on a rebel commander with the killer unnamed. The date is wrong: the text places the killing 'in the final hours' of Thursday's operation, 2001-05-24, so the date is not unknown."),
20: ("111111", "REQUEST Sistani -> 'them' (government and parliament, IRQ). The target gives only parliament, one of the two addressees, which I accept. Friday 2019-10-04 is right."),
21: ("111111", "SUPPORT (sign agreement) India <-> UAE, 2022 ('earlier this year')."),
22: ("000000", "Spurious: a duplicate. The suicide attack on Massoud is already coded from this sentence (e1, 'wounded'). 'Denied reports that he had been killed' is the same attack, not a second act."),
23: ("111111", "Communist deputies voting against the constitution is a REJECT with no target named in the sentence. The vote was in Friday's session, the document date 1996-06-28."),
24: ("111111", "COERCE (ban) Constitutional Court -> Move Forward leaders (THA); 'last week' relative to 2024-08-15 is 2024-W32 (the ruling was 7 August)."),
25: ("101011", "Stalin deporting the entire Tatar community is a mass deportation, which PLOVER codes as ASSAULT (cleansing), not COERCE (deport individuals). Target should be the Crimean Tatars, not Germany (the charge was collaboration with Nazi Germany). Source and 1944 are right."),
26: ("111001", "The person killed is an Afghan security guard (AFG) at the German embassy, not 'Germany'. The killing happened in Wednesday morning's bombing, so date should be 2017-05-31, not the document date 2017-06-01."),
27: ("111011", "Leanca dismissing the referendum is ACCUSE (disapprove). REJECT would also do. 'The referendum' refers to the Gagauz vote, so target should be the Gagauz authorities (Gagauzia, MDA), not the state of Moldova, Leanca's own country."),
28: ("111011", "REJECT (veto) by the United States at Friday's emergency council meeting. The sentence names the council ('a draft council statement'), and its statement was blocked, so target should be the UN Security Council, not empty."),
29: ("111111", "REQUEST Andrzej Duda (POL) -> Poles (POL), late Sunday 2020-07-12 as the preceding sentence gives."),
30: ("111111", "COERCE (arrest) -> Brotherhood supporters (EGY) with the detaining party unnamed. A total of detentions 'since the autumn' has no date, so an unknown date is right."),
31: ("111101", "COERCE (arrest) -> dozens of people in Mauritania, with the arresting party unnamed. The arrests are reported as this news (the post-election unrest), so date should be the report date (2024-07-01 dateline / 2024-07-02 document date), not unknown."),
32: ("111001", "Target should be the Cameroon government (CMR) that Jackson urged, not the United States government. The statement is reported as this news with no date, so date should be the document date 2011-10-22 (or Friday), not unknown."),
33: ("100011", "A journalist giving himself up to police is not a military surrender (RETREAT). The act is his detention: COERCE (arrest), police (ZWE) -> Ray Choto (ZWE journalist). Source and target are therefore reversed; 1999-W02 ('last week') is right."),
34: ("111111", "REQUEST Otto Perez Molina (GTM, with Santos) urging a debate. The addressees are the other leaders, not a distinct named party, so an empty target is acceptable. It has no date of its own, so the document date applies."),
35: ("000000", "Spurious: 'bowing to oil and coal interests' is the environmental groups' characterization of Bush's policy, not a concession between political actors. The act in the sentence is ACCUSE: environmental groups -> George W. Bush (USA), asserted, 2001-03-29, which dateline did not code."),
36: ("111101", "CONSULT Putin -> Biden, future. The text dates the meeting 'a week before' after Wednesday's decision, i.e. about 2021-06-16, so the date is not unknown."),
37: ("111111", "REQUEST Sergei Lavrov (RUS) -> all (Syrian) sides, 2014-01-22 at the conference opening."),
38: ("111011", "'Ugandan officials it accuses' names the accused in the sentence: target should be the Ugandan officials (UGA), not empty."),
39: ("111011", "'Them' refers to Merabishvili and Tchiaberashvili (GEO former officials), so target should be them, not the Georgian court."),
40: ("111111", "Yeltsin sending troops into Chechnya is MOBILIZE (troops) (RUS), December 1994 ('last December'). The target can be empty for a deployment."),
41: ("111111", "COERCE (arrest) -> Alexei Navalny (RUS), January 2021. The arresting party is unnamed."),
42: ("111111", "REQUEST United States and Britain -> Sudan government (Khartoum). It has no date, so the document date applies."),
43: ("110011", "Source should be the Tamil Tigers (LTTE, LKA rebels), not the state 'Sri Lanka'. Target should be the Sri Lankan government ('talks with the government', LKA), not Norway, the broker. Type SANCTION, Monday 2003-04-21 and modality are right."),
44: ("111111", "MOBILIZE (police) Ghanaian riot police around the commission's offices. It has no date, so the document date applies."),
45: ("110101", "The guerrillas are ethnic Albanian rebels in southern Serbia, so the source's country should be SRB (or empty), not ALB (Albania). The attacks are background acts after 1999 and before March 2001, so they should have no date, not the document date."),
46: ("111011", "The person shot dead is the defence lawyer Iqbal Raad (PAK), not Nawaz Sharif ('his'). The shooter is unnamed; March 2000 is right."),
47: ("111011", "SUPPORT (sign agreement) with the rebel leaders (SRB) as source. The extra 'Bujanovac' is a fragment of the group's name. Target should be empty (the Yugoslav/Serbian counterpart is not named in the sentence; NATO only mediated), not the rebel leaders themselves. W21 is right."),
48: ("111111", "ACCUSE Yemen's interior ministry -> al Qaeda (no country code is right). The document date applies."),
49: ("111111", "CONSULT (visit) Salman Khurshid (IND) -> Beijing/China (CHN), future, Thursday 2013-05-09."),
}
P = {
"h29-x110-21": (["ASSAULT: Israeli forces (ISR) -> Palestinians (PSE), shot dead at least 16 and wounded hundreds, 2018-03-30",
                 "PROTEST: Gazans (PSE) -> Israel (ISR), march towards the border fence (start of a six-week protest), 2018-03-30"],
                2, 2, 0, "Both found. Dateline's PROTEST has an empty target; the march is aimed at Israel's border fence."),
"h29-x110-08": (["SANCTION: Canada (CAN) -> Iran (IRN), recalled its ambassador from Tehran in protest at the burial of Zahra Kazemi, 2003-07-23"],
                1, 1, 0, "Found with the right type and arguments. Kazemi's death in custody and the burial are background, with no coded act between actors."),
"h29-x112-07": (["COERCE: Chinese police (CHN) -> Yang Bin (CHN/NLD businessman), detained, 2002-10-04 (late Friday per the next paragraph)"],
                0, 0, 0, "Dateline coded no event in this paragraph; the detention is missed. Being 'chosen by North Korea' is a background appointment, and 'Beijing's displeasure' is analysts' reading, not an act."),
"h29-x109-25": ([], 0, 0, 0, "Election results only: no PLOVER act. Winning votes and the coalition talks ahead are not coded."),
"h29-x111-08": (["SANCTION: Tamil Tiger rebels (LTTE, LKA) -> Sri Lankan government (LKA), suspend participation in peace talks, 2003-04-21",
                 "ACCUSE: Tamil Tiger rebels (LTTE, LKA) -> Sri Lankan government (Colombo, LKA), failing to deliver on promises and excluding them from the donor meeting, 2003-04-21"],
                1, 1, 0, "The SANCTION was found with the right type but with source 'Sri Lanka' and target the Norwegian government (both wrong). The ACCUSE was missed."),
"h29-x111-21": (["ASSAULT: rebels (CAF armed groups) -> Central African Republic government (CAF), rebel offensive that prevented voting, ongoing (2021-01-04/05)"],
                0, 0, 0, "The election result is not an act. The rebel offensive is mentioned only as a noun phrase in the background, but a coder would code it; dateline did not code it here (it coded the Bangassou seizure later in the story)."),
}
items=[json.loads(l) for l in open('events-d-items.jsonl')]
names=["event","type","source","target","date","modality"]
with open('events-d.jsonl','w') as f:
    for it in items:
        code,reason=V[it['n']]
        v={k: c=='1' for k,c in zip(names,code)}
        v['all']=all(v[k] for k in names)
        it=dict(it); it['verdict']=v; it['reasons']=reason
        f.write(json.dumps(it, ensure_ascii=False)+'\n')
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl','w') as f:
    for p in paras:
        ev,found,nd,sp,notes=P[p['doc']]
        assert nd==len(p['events']), p['doc']
        f.write(json.dumps({"doc":p['doc'],"coder_events":ev,"found":found,"dateline_events":nd,"spurious":sp,"notes":notes}, ensure_ascii=False)+'\n')
