"""Write events-a.jsonl from the judge's verdicts below (fields that are wrong; 'SPURIOUS' = no event)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: (["source", "date"], "The critic is the 7,000-page report of the Netherlands Institute for War Documentation (NLD), not 'Hague' with no code; the report was published last week, so the date should be the week before 2002-04-16 (2002-W15), not the document date. Type, target (Dutch politicians, NLD) and modality right."),
 2: ([], "Jordanian authorities (JOR) detained four opposition MPs; the label 'Jordan parliament' stands for the detained opposition deputies with the right JOR/LEG code. Undated arrest reported as news 'officials said on Wednesday', so the document date is right."),
 3: ([], "Vietnam (VNM) demanded China (CHN) withdraw its ship; Friday = 2019-07-19. All right."),
 4: ([], "China objected to the deployment of the carrier: ACCUSE; the sentence names no party as object (a coder might add the USA as the carrier's owner, but by the sentence rule an empty target is right); pluperfect, undated, so no date is right."),
 5: (["date"], "Aoun's call on the Lebanese (LBN) to reject sectarian politics is a REQUEST, right; it was made on the day he flew home, Saturday, so the date should be 2005-05-07, not 2005-05-08."),
 6: ([], "Houthis and Saleh's party (YEM) agreed to form a joint council, mutual AGREE, Thursday 2016-07-28. Saleh stands for his General People's Congress, accepted."),
 7: ([], "US (USA) recognised Moroccan (MAR) sovereignty in 2020: SUPPORT, date 2020, asserted. All right."),
 8: (["target"], "'The two groups' refers to the Houthis and Saleh's GPC, both Yemeni: target should carry YEM, not an empty country code. Rest right."),
 9: (["source"], "'He' is Hakainde Hichilema (ZMB, UPND opposition leader), not Edgar Lungu; the request to his supporters to remain calm is otherwise right."),
 10: ([], "Knesset (ISR) approved Peres (ISR) as prime minister on Wednesday 1995-11-22. All right."),
 11: ([], "The two protesters (UKR) killed on Wednesday 2014-01-22 by unnamed shooters; empty source right (sentence names no attacker); a different sentence from e1, so not a duplicate by the rule."),
 12: (["target"], "Target should be Hitomi Soga and her mother (JPN civilians), not a 'United States mother'. Empty source is right by the sentence rule (North Korea is named only in the first paragraph); 1978 right."),
 13: ([], "Gaddafi (LBY) held talks with Prodi (EU) and Verhofstadt (BEL) on Tuesday 2004-04-27. All right."),
 14: ([], "Vatican (VAT) urged Iraq (IRQ) not to carry out the sentence; undated reaction reported as news, document date right."),
 15: ([], "Hwang Kyo-ahn (KOR) vowed a 'corresponding punishment': THREATEN; the sentence names no target, so empty is right; document date right."),
 16: ([], "Kaczynski (POL) accused Tusk (POL) in the chamber on the day of the vote, 2023-12-11. All right."),
 17: (["date"], "Opposition (PNG) call on Marape (PNG) to resign is right, but it is reported as this news, so the date should be the document date 2024-01-11, not none."),
 18: ([], "The Sunday-evening attacks (2024-06-23) on Derbent and Makhachkala (RUS); attackers not named in the sentence, empty source right; a different sentence from e1."),
 19: (["target"], "The agreement was signed by the government and the indigenous organisations (CONAIE etc., ECU): the second party is missing, target should be the indigenous organisations (ECU). Type, date 2022-06-30 right."),
 20: (["target"], "Museveni condemned the attack whose authors the same sentence names ('the attackers'): target should be the attackers, the suspected ADF rebels, not empty. Rest right."),
 21: ([], "Hamas (PSE) seizing Gaza in 2007 is ASSAULT by the conventions (taking ground); Gaza/Palestine PSE as target accepted; 2007 right."),
 22: (["target"], "Annan demanded that 'both sides' allow access: target should be the Angolan government/army and UNITA (AGO), not empty. Rest right."),
 23: ([], "Guterres (UN) called for those responsible to be brought to justice: REQUEST with no addressee named, empty target right; document date right; a different act from the condemnation in the same sentence."),
 24: ([], "At least 57 soldiers and 40 policemen (NPL) killed late on Saturday 2002-02-16; attackers not named in the sentence, empty source right."),
 25: ([], "Kabul (AFG) shelled this year (1995) by rival factions (no country given): ASSAULT heavy weapons; Kabul government as the target accepted."),
 26: ([], "European leaders (multinational, no code) expressed solidarity; no target named; document date right."),
 27: ([], "Kim Dae-jung (KOR) pressed Bush (USA) to tone down his rhetoric during Wednesday's talks, 2002-02-20; attribution to aides keeps it asserted."),
 28: (["source"], "Source code MAR is wrong: the Polisario Front is the Sahrawi independence movement fighting Moroccan rule (Western Sahara, ESH, or no code), not a Moroccan party. Rejection of the draft, no party named as target, document date right."),
 29: ([], "Western diplomats (no code) urged restraint on both sides in Lome (protesters and security forces, TGO). All right."),
 30: ([], "Seven people killed in all on Tuesday 1999-10-12 (Burundians and the two UN officials; BDI accepted); attackers not named in the sentence; a different sentence from e1."),
 31: ("SPURIOUS", "Not an event: Rafsanjani must leave office at the end of his constitutional two-term limit, no resignation or concession between actors (had it been one, 'must step down next year' would be future, not hypothetical)."),
 32: ([], "Opposition supporters (COD) marched in Kinshasa on Monday 2016-09-19; the sentence names no aim, so the state (COD) is a right target by the protest rule."),
 33: ([], "Serbian police (SRB) arrested former Scorpions members (SRB) on Thursday and Friday; 2005-06-02 (the first day) accepted."),
 34: ([], "Crowd (AFG, in Kabul) stormed and burned Pakistan's embassy (PAK) on Wednesday 1995-09-06: PROTEST riot. All right."),
 35: (["date"], "The attacks were on Sunday evening, so the date should be 2024-06-23, not Monday 2024-06-24 (the start of the mourning). Gunmen (RUS) -> police officers (RUS) right."),
 36: (["source", "target"], "Source should be Hungary's Free Democrats (SZDSZ, HUN), not Germany's FDP (DEU); 'the coalition' is the Socialist-led Hungarian governing coalition (HUN), so the target should be that, not empty. Leaving the coalition in 2008 (SANCTION withdraw) right."),
 37: (["date"], "Police (NGA) killing protesters (NGA) is right, but the killings came before Tuesday: the text gives Monday for the Lagos shooting, so the date should be 2012-01-09, not 2012-01-10."),
 38: (["target"], "Alaska is a geographic end-point of the trade zone, not a party: the negotiations are mutual among the 34 countries' leaders, so the target should be empty (or the leaders), not Alaska (USA)."),
 39: ([], "The American contractor (USA) arrested on 2009-12-03; arresting party not named in the sentence, empty source right."),
 40: (["source"], "The text does not make the arms control experts Indian: the country code should be empty, not IND. Welcoming Sunday's agreement, no party named, document date right."),
 41: ([], "Hezbollah (LBN) condemned the bombings; no perpetrator named, empty target right; date of the report (2013-08-23) accepted."),
 42: ([], "Military spokesman (PAK) rejected the lawyers' charge; a denial arguably maps to CAMEO 016 (no PLOVER event), but it is scored REJECT under PLOVER's 'all rejections'; 'that charge' names no party, empty target right."),
 43: (["target"], "Congress (GTM) approved the UN-backed commission (CICIG): the sentence names it, so the target should be the UN-backed commission (UN / international body), not empty. August 2007 right."),
 44: (["source"], "Tsikhanouskaya is the Belarusian opposition leader: country should be BLR, not RUS. Request to Russia, document date right."),
 45: ([], "Syria (SYR) and Lebanon (LBN) agreed this month (2008-10) to establish diplomatic relations: mutual AGREE. All right."),
 46: (["date"], "The Frenchmen (FRA) were kidnapped on Tuesday morning, so the date should be 2009-07-14, not the document date 2009-07-15. Empty source right (sentence names no kidnapper)."),
 47: ("SPURIOUS", "Not an event: 'U.S. diplomats meet a wide range of Venezuelans as a normal part of their work' is a generic habitual statement inside a denial, no specific meeting."),
 48: ([], "The Scorpions' killings of the six prisoners took place in July 1995; the sentence names neither killers nor victims, so empty source and target are right by the sentence rule; attribution to prosecutors keeps it asserted."),
 49: ("SPURIOUS", "Not an event: a student speaker's rally slogan 'We are not giving up' is rhetoric, no concession (negated or not) between parties."),
 50: ([], "Police (IRN) fired tear gas at a crowd (IRN) near parliament on Monday 2018-06-25. All right."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        assert all(w in F[1:] for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = why
    out.append(o)
with open("events-a.jsonl", "w") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
cnt = {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]}
print(cnt)
