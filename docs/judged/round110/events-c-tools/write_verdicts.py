"""Write events-c.jsonl from judge c's hand verdicts (round 110)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "spurious"), reasons
V = {
1: ([], "Arafat phoning Rabin is CONSULT (phone) PSE->ISR; the call has no date in the text, so the document date 1995-01-23 is right by the rules."),
2: ([], "G7 leaders' call on Beijing in the communique is a REQUEST to the Chinese government; Sunday 2021-06-13, asserted."),
3: (["date"], "Merkel's invitation of Hollande to Berlin is AGREE DEU->FRA, but the text gives the call no day, so the date should be the document date 2012-05-07 (dateline itself dates the telephone call in the same clause 2012-05-07); 2012-05-06 is inferred from the election, not given."),
4: ([], "US and British condemnation of the crackdown is ACCUSE; 'the crackdown' names an act, not a party, so an empty target is right by the rules (I would code Zimbabwe's government, ZWE); undated, document date right."),
5: (["date"], "Al-Badr's killing of Bangladeshi intellectuals is ASSAULT with the right parties, but it happened 'in the last days of the war' of 1971, so the date should be 1971, not the document date 2016-05-11."),
6: (["target"], "The Thai spokesman's claim is an ASSAULT by Cambodian troops (KHM), asserted with reported_by, dated 2008-10-15; the target should be the Thai patrol (THA, military), not the country 'Thailand', which comes from the location 'inside Thailand'."),
7: ("spurious", "Spurious: 'Iraqi citizens threatened by Iranian aggression' uses 'threatened' in the sense of endangered; no one made a threat (at most Iraq's news agency accuses Iran of aggression)."),
8: (["date"], "Rights groups' call for the activists' release is a REQUEST with no named addressee (empty target right), but 'have called' is a background act of unstated earlier time, so it should have no date, not 2017-10-24."),
9: ([], "The Kataib Hezbollah spokesman's warning that American forces will face a tough response is THREATEN IRQ->USA military; undated, document date 2019-12-30 right."),
10: ([], "Israeli gunships firing missiles into a Hamas office is ASSAULT ISR->Hamas (PSE) on Tuesday 2001-07-31."),
11: ([], "The Guerrero state police killing 17 peasant activists is ASSAULT MEX->MEX, dated 1995 as the text gives."),
12: ([], "Serbia and the EU signing the raw-materials agreement is SUPPORT (sign agreement), mutual, on Friday 2024-07-19."),
13: ("spurious", "Spurious: 'wounding more than 250' is the same truck-bomb attack already coded from this sentence as e1 (detonated ... killing at least 20); a duplicate."),
14: ([], "Opposition leaders' call for a referendum is a REQUEST with no addressee named (empty target right); 'had called' is an earlier undated act, so an unknown date is right."),
15: ([], "Mortar fire that killed a few people near polling centres is ASSAULT by an unnamed source on Iraqis; it is voting-day violence, Thursday 2005-12-15 (the story's dateline day)."),
16: (["target"], "Arafat condemning the bombing is ACCUSE, but the target 'Palestine' is wrong: the sentence names no party ('the bombing' is an act), so the target should be empty (or Islamic Jihad, the bombers named earlier)."),
17: (["date"], "Kagame blaming ex-soldiers of the Hutu-led army (RWA) and Interahamwe is ACCUSE with the right parties, but it is reported as this news with no date, so the date should be the document date 1997-12-12, not unknown."),
18: (["target"], "Yushchenko's party walking out of the coalition is SANCTION (withdraw) on 2008-09-03 (Yushchenko for his party accepted); the target should be the ruling coalition / Tymoshenko's bloc (UKR), which the sentence names, not empty."),
19: (["source"], "The accusation against Tymoshenko is ACCUSE on 2008-09-03, but the source should be Yushchenko's party (UKR) (or Yushchenko), not the country 'Ukraine'."),
20: ([], "Opposition deputies accusing the Italian government of losing control of the streets is ACCUSE ITA->ITA; undated, document date 2001-07-21 right."),
21: (["target", "date"], "Israel accusing Arouri of directing West Bank attacks is ACCUSE, but Arouri is a Palestinian Hamas leader (PSE), not LBN; and the accusation is a background act of earlier, unstated time, so no date, not 2024-01-02."),
22: ([], "Seoul having begun talks with the US on missile defence is CONSULT (negotiation) KOR->USA, going on at the time of the story, so the document date 2016-02-10 is right."),
23: ([], "Qian Qichen praising the vote is SUPPORT; 'the vote' is an act, so an empty target is right by the rules (one could code the Selection Committee or Tung); 1996-12-11."),
24: ([], "Stoltenberg urging Moscow to reconsider is REQUEST NATO->RUS; undated, document date 2023-02-22 right."),
25: (["date"], "Rights groups urging the Jordanian authorities to ensure fair trials is REQUEST ->JOR, but the text gives no date for it, so the date should be the document date 2025-04-24, not 2025-04-23 (the day of the ban)."),
26: (["date", "modality"], "Fernandez asking Argentines for unity is a REQUEST (appeal) ARG->ARG, but 'I want to ask' performs the asking, so it is asserted, not hypothetical; and it is this news with no date given, so the date should be the document date 2011-10-24, not unknown."),
27: (["date"], "'says he will not resign' is RETREAT (resign) negated for Estrada, right by the conventions, but it is his present stance in this news, so the date should be the document date 2000-11-13, not unknown."),
28: (["date"], "The Marriott truck bombing is ASSAULT by a suicide bomber on people in Islamabad, but the blast was 'on Saturday evening' (next sentence), so the date should be 2008-09-20, not the Sunday of the officials' statement."),
29: ([], "The UAE and China asking the UN Security Council to discuss the visit is REQUEST ->UNSC; undated, document date 2023-01-04 right."),
30: ([], "Gunmen shooting 35 Sikh men is ASSAULT (firearms) on Monday 2000-03-20; source country IND accepted by location (as the rules do for protesters in a named country), though the text leaves the gunmen's origin disputed."),
31: ([], "North Korea's expelling U.N. inspectors is SANCTION (expel) PRK->UN; a background act of unstated time, so an unknown date is right."),
32: ([], "The twin truck bombing is ASSAULT (explosives) by unnamed suicide bombers on people in Istanbul (TUR), Saturday 2003-11-15."),
33: (["date"], "The Palestinian foreign ministry calling the visit a provocation is ACCUSE with empty target right by the rules ('the visit' is an act), but the text gives no date for the statement, so it should be the document date 2023-01-04, not 2023-01-03."),
34: ([], "The US, France and the UN welcoming the announcement is SUPPORT; empty target right ('the announcement' is an act); 2014-02-15."),
35: (["type"], "The EU saying it is reviewing its assistance to Moldova is not aid given; it is a threat to cut aid, THREATEN (CAMEO 1311-type), EU->MDA, document date 2018-06-26."),
36: ([], "Thai and Cambodian troops exchanging fire is a mutual ASSAULT, 2008-10-15."),
37: ([], "Maseko being shot dead is ASSAULT with no named attacker (empty source right) on Maseko (SWZ), Saturday night 2023-01-21."),
38: ([], "Italian police shooting a protester dead is ASSAULT ITA->ITA on Friday 2001-07-20."),
39: (["target"], "The killing of Rafik al-Hariri in a February 2005 bombing is an ASSAULT with no named attacker and the date 2005-02 is right, but the target should be Rafik al-Hariri (LBN), named in the sentence, not empty."),
40: (["target"], "NATO leaders agreeing to create a rapid-reaction force is AGREE among the allies on 2014-09-05, but Russia and Ukraine are not parties to the agreement; the target should be empty (or NATO's eastern members)."),
41: ([], "South Korea and Japan urging inclusion in future rounds is REQUEST with no named addressee (empty target right); 2003-04-25."),
42: (["type"], "Candidates 'reported to have been attacked during the campaign' is a physical attack, ASSAULT (reported), not ACCUSE; source empty, target candidates (UKR), unknown date and reported modality are right."),
43: ([], "Trump accusing Brazil's courts of censorship in his letter is ACCUSE USA->BRA, Wednesday 2025-07-09."),
44: ([], "Botero being accused of illegal enrichment is ACCUSE with no accuser named (empty source right) on Botero (COL), tied to Tuesday's arrest 1995-08-15."),
45: (["target", "date"], "Russia refusing to let inspections resume is REJECT, but the target should be the United States (the inspecting party) or empty, not Stoltenberg; and the text says 'last year', so the date should be 2022, not 2023-02-22."),
46: ([], "Maseko killed by unknown gunmen is ASSAULT on Maseko (SWZ), Saturday 2023-01-21 from the previous sentence; a different sentence from e1, so not a duplicate by the rules."),
47: (["target"], "James Jonah urging the losing side to accept the result is REQUEST on 1996-03-17, but 'the losing side' refers to Karefa-Smart and his UNPP (SLE), so the target should be that party, not empty."),
48: (["date"], "The rebels (RUF, SLE) being accused of hacking off villagers' hands is ACCUSE with no accuser named, but the accusation is background of earlier unstated time (the acts were before Feb. 26), so no date, not the document date 1996-03-17."),
49: (["source"], "Jamaat calling a strike for Thursday is PROTEST (strike), future, 2016-05-12, empty target accepted; but the source is Jamaat-e-Islami, Bangladesh's largest Islamist party, so its code should be BGD, not empty."),
50: (["target"], "The mutual accusation is ACCUSE on 2008-10-15; with 'each government' taken as the Thai government (THA), the target 'the other's troops' should be the Cambodian troops (KHM), not THA."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
