"""Write events-b.jsonl from the judge's per-item verdicts (judge b, round 126).
Each entry: n -> (wrong fields, reasons). 'spurious' marks event false (all fields false)."""
import json

T = True
V = {
 1: ([], "Right in all fields: the ICTY (U.N. tribunal) convicted and sentenced Gotovina (HRV) on Friday 2011-04-15; SANCTION convict per the PLOVER codebook (CAMEO2PLOVER's 116->ACCUSE mapping is overridden by the codebook's SANCTION/convict)."),
 2: (["source"], "Source should be the Philippine Department of Foreign Affairs with code PHL; the code is empty although the story (Foreign Secretary Locsin, Manila) makes the country plain. Type ACCUSE (official complaint, CAMEO 114), target China (Beijing), document date and asserted are right."),
 3: ([], "Right: Amnesty (no country code) condemned Saudi Arabia (SAU); 'has repeatedly condemned' is an undated repeated act, so no date is right."),
 4: (["date"], "Date is wrong: Grace Mugabe's weeks of touring and accusing happened before the party congress, days before the Tuesday sacking, an earlier background act the text does not date; it should have no date (unknown), not the document date 2014-12-10. Type, source, target (Joice Mujuru, ZWE) and modality are right."),
 5: ([], "Right: Interior Minister Carmen Dan (ROU) verbally defended the riot police (ROU), SUPPORT (CAMEO 052); undated reaction reported as news takes the document date."),
 6: ("spurious", "Not an event: Siderov's campaign slogan to 'return Bulgaria to the Bulgarians' is a nationalist statement, not an offer or commitment to cooperate with any party (AGREE), and the campaign happened before the document date anyway."),
 7: ([], "Right: the Philippine Senate (PHL) ratified the Visiting Forces Agreement with the United States (USA) on Thursday 1999-05-27; SUPPORT (ratify)."),
 8: (["target"], "Target should be the Ugandan military court / army (UGA), named in the sentence as the 'soldiers' trying him, not empty. Type ACCUSE disapprove, source Besigye (UGA), date Wednesday 2024-11-20 (the court appearance) and asserted are right."),
 9: (["target"], "Target holds 'US Congress [USA]', a misreading of Paraguay's Congress; the target should be Paraguay's Congress / the state of Paraguay (PRY) only (the riot is aimed at the re-election amendment). PROTEST riot, protesters (PRY), Friday night 2017-03-31 and asserted are right."),
10: (["source", "target"], "Source code is wrong: Sitaram Kesri heads India's Congress party and should be IND, not USA; target should be the Indian (United Front) government (IND) named in the sentence as 'the government' the DMK should be dropped from, not empty. REQUEST, no date (undated, earlier this month) and asserted are right."),
11: ([], "Right: Seoul (KOR) accused North Korean soldiers (PRK) a day before Friday, i.e. Thursday 2020-09-24."),
12: ([], "Right: declaring a unilateral ceasefire is CONCEDE in PLOVER; al-Gamaa al-Islamiya (EGY), no counterpart named so empty target, 'last year' = 1998."),
13: (["source"], "Source code is wrong: the House of Representatives is the U.S. House (USA), not SYR. Approval of the bill as SUPPORT (approve policy) with no target, October 2003 and asserted are acceptable (a coder might instead see it as part of the sanctions threat toward Syria)."),
14: ([], "Right: Washington (USA) accused several Eastern European firms (countries not given, empty code right) of supplying Iraq; the present-perfect standing accusation is undated and the document date is accepted (no date would also be right)."),
15: (["target"], "Target should be the leader of al Qaeda in Saudi Arabia, Abdulaziz al-Muqrin (SAU, militant), not a 'leader' coded USA/GOV. ASSAULT, Saudi security forces (SAU), Friday 2004-06-18 and asserted are right."),
16: (["type", "target"], "Type should be ASSAULT: armed rebels taking a city and its buildings is ASSAULT under CONVENTIONS (COERCE seize is for police confiscation); target should be the Syrian government (SYR), referred to by 'government buildings' in Aleppo. Source (rebels, SYR), Saturday 2024-11-30 and asserted are right."),
17: ([], "Right as a negated REQUEST: Kozulin (BLR) said he had not asked (the authorities, unnamed, so empty target) for a pardon; no date is right for a negated undated act."),
18: ([], "Right: China (CHN) suspended (broke) diplomatic relations with Kiribati (KIR) on Saturday 2003-11-29; SANCTION (mode should rather be discontinue, not scored)."),
19: ([], "Right: the U.S. condemned the attacks; the target, the attacking militants of Sinai Province, is an Egyptian militant group (EGY/REB) even if the name 'Egypt fighters' is clumsy; undated reaction takes the document date."),
20: ([], "Right: Israeli troops (ISR) withdrew from West Bank towns (Palestinian territory, PSE) in May 2002; RETREAT withdraw, asserted."),
21: (["date"], "Date is wrong: 2010-09-02 is the relaunch of talks in Washington; the two further meetings (Sharm el-Sheikh, Jerusalem) came after it, so the right date is September 2010 (2010-09) or none. Mutual CONSULT Netanyahu (ISR) / Abbas (PSE), asserted, is right."),
22: (["date"], "Date is wrong: the Islamists' present-tense accusation of France is a standing charge that takes the document date 1996-08-02 (or none), not 1996-08-01, the date of the bombing. ACCUSE, Algerian Islamists (DZA) -> French government (FRA), asserted, are right."),
23: ([], "Right under CONVENTIONS: 'insisted that the government would not resign' is a RETREAT (resign) negated by the Latvian government (LVA), no target, no date."),
24: (["date"], "Date should be Monday 2008-11-10: the story dates the order for the German ambassador to leave to Monday ('Rwanda ordered Germany's ambassador out ... on Monday'), not the document date 2008-11-11. SANCTION expel, empty source (passive, the expeller unnamed in the sentence), target German ambassador (DEU) and asserted are right."),
25: ([], "Right: the U.S. (USA) barred Kolomoisky (UKR) from entry in 2021; an administrative sanction, COERCE restrict (CAMEO 172)."),
26: ("spurious", "Not an event: an analyst's prediction that Amhara leaders 'will not give [the land] up easily' is speculation, not an act or statement by a party; the target 'Ethiopia government' is also wrong."),
27: (["target", "date"], "Held as a negated REQUEST (order) only because dateline codes negated acts; a coder would likely code nothing here (a denial, CAMEO 016, has no PLOVER type). Target should be the Bangladeshi security forces (BGD), not India; the denied order belongs to July-August 2024, not the document date."),
28: ([], "Right: Prime Minister Oli (NPL) on an official visit to China (CHN), talks on Monday 2016-03-21 (the story's BEIJING, March 21 dateline); CONSULT visit."),
29: (["target"], "Target should be Montenegro (MNE): the sentence names Montenegro and the 'stalled reforms' Brussels complains about are Montenegro's. ACCUSE, EU source, no date for a repeated undated complaint, asserted, are right."),
30: ([], "Right: police (IDN) arrested Tommy Suharto (IDN) in November 2001 (the November before the July 2002 story)."),
31: ([], "Right: car bombing in Mogadishu on Saturday 2022-10-29 killing at least 100 people (SOM); the attacker is not named in the sentence, so an empty source is right."),
32: ([], "Right: Islah party (YEM) accused the Yemeni authorities (YEM) of vote-rigging; undated reaction reported as news takes the document date."),
33: (["date"], "Date should be Monday 2011-04-25, the day the panel's report was released ('said on Monday'), not the document date 2011-04-26. ACCUSE, U.N. panel (UNO) -> LTTE (LKA), asserted, are right."),
34: (["source"], "Source should be the leaders of Nahdlatul Ulama and Muhammadiyah with code IDN (Indonesia's two largest Muslim organisations); the code is empty. Appeal for calm as REQUEST with no named addressee, document date and asserted are acceptable."),
35: ([], "Right: Washington (USA) urged Sanaa (YEM) to cooperate in the USS Cole investigation; ongoing U.S. pressure ('has been under U.S. pressure since October'), so the document date is right."),
36: ([], "Right: Vietnamese business groups complained about the party's anti-graft campaign ('it'), target the Communist Party (VNM); a standing complaint undated in the text, document date accepted."),
37: (["date"], "Date should be 2009 (early 2009): the text places the shelling of no-fire zones and the urging of civilians 'in the months before the rebels were defeated in May 2009', so no date is wrong. REQUEST by government forces (LKA) to civilians (LKA), asserted (attribution to the report), is right; reported_by 'Sri Lankans' is wrong (should be the U.N. panel's report)."),
38: ([], "Right: a death toll summed since the offensive began (more than 300 killed) has no date under CONVENTIONS; no perpetrator named, victims in Syria (SYR)."),
39: (["target"], "Target should be China (CHN), the partner in the deal Nepali officials hailed (or none), not India, which the sentence names only as the country Nepal wants to depend on less. SUPPORT, Nepal officials (NPL), Monday 2016-03-21, asserted, are right."),
40: (["date"], "Date is wrong: 'arrested several times in the past year' is a span of repeated acts (September 2016 to September 2017) with no single date; it should have no date, not 2016. COERCE arrest, empty source, Lissu (TZA), asserted, are right."),
41: (["source"], "Source should be the Arab foreign ministers / Arab League ('They'), not Israel. REQUEST, empty target (addressees, the member states, are in the previous sentence), Monday 1997-03-31 and asserted are right."),
42: ("spurious", "Not an event: women travelling abroad for abortions is private travel, not a political visit (CONSULT), and it is a rights groups' forecast."),
43: (["target"], "Target should be the South Korean fisheries official ('he', KOR), not national security adviser Suh Hoon. ASSAULT firearms, empty source (shooter unnamed in the sentence), Tuesday evening 2020-09-22 and asserted are right."),
44: ("spurious", "Not an event: 'no responsible government could stand by while its citizens were being killed' is a general rhetorical principle in Obasanjo's speech, not a report of a specific act; the killings are reported elsewhere in the story."),
45: (["date", "modality"], "Modality should be asserted, not future: he was arrested ('the highest-ranking official to be arrested' is a past fact); date should be November 2016 (2016-11), the detention given in the previous sentence. COERCE arrest, empty source, Ulyukayev (RUS) are right."),
46: ([], "Right: Mugabe (ZWE) accused those he fired, including the seven cabinet ministers (ZWE), of plotting on Tuesday 2014-12-09. (Dateline coded no event for the firing itself.)"),
47: ([], "Right: Czech organised crime police (CZE) detained several people incl. Nagyova (CZE) on Thursday 2013-06-13."),
48: ([], "Right: Winnie Byanyima (UGA) demanded Besigye's release; the holder is not named in the sentence, so an empty target is right; her statement is dated four days before Wednesday, i.e. 2024-11-16."),
49: ([], "Right: Obama's planned visit to Ethiopia (ETH), future, no exact date in the text."),
50: (["date"], "Date is wrong: 'charged ... in the past year' spans repeated acts (September 2016 to September 2017) and has no single date; not 2016. ACCUSE (charge), empty source, Lissu (TZA), asserted, are right; not a duplicate of the arrest (e6)."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-b.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "spurious":
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong), wrong
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
