"""Write events-a.jsonl from the judge's verdicts below (judge a, round 168).
Each entry: n -> (false fields, reasons). Fields not listed are true; 'event' false makes all false."""
import json

V = {
 1: ("target", "SUPPORT by Suu Kyi (MMR) on Saturday 2012-06-16 is right, but the sentence names whose reforms she welcomed: target should be President Thein Sein's government (MMR), not empty."),
 2: ("", "Background RETREAT/resign: Mikati (LBN) resigned in March 2013; no target; month date 2013-03 right."),
 3: ("source date", "Source should be Japan's Air Self-Defense Force (JPN), named in the sentence, not empty; date should be 2024-08-26, the Monday of the flight ('Monday's flight'), not the Tuesday document date."),
 4: ("", "ACCUSE: Somalia's parliament (SOM) accused Khaire's government (SOM) on Saturday 2020-07-25, asserted."),
 5: ("target", "MOBILIZE by Taiwan on Monday 2021-10-04 is right, but 'to warn them away' refers in the sentence to the Chinese aircraft: target should be China (CHN), not empty."),
 6: ("target", "Offer to extend the truce is AGREE by Zelenskiy (UKR), 2025-04-20; the truce it extends is with Russia, named in the sentence: target should be Russia (RUS), not empty."),
 7: ("target date modality", "CONSULT by Pompeo and Mattis (USA) is right, but the target should be their Indian counterparts (IND), not themselves; date should be 2018-09-06 (the Thursday); modality should be future (scheduled talks, story dated Wednesday)."),
 8: ("", "Renzi (ITA) said he would resign: RETREAT future, no date given for the resignation itself (unknown is right by the rules)."),
 9: ("", "SUPPORT: Government of India (IND) welcomes the release, Monday 2024-02-12. Qatar appears in the sentence only as where they were detained, so an empty target is right by the rules (a coder could argue QAT)."),
10: ("", "SUPPORT: Obama (USA) praised Senegal (SEN), Thursday 2013-06-27, asserted."),
11: ("", "REQUEST: Western governments (no code) had urged Sargsyan (ARM); earlier undated act, unknown date right."),
12: ("", "SUPPORT (sign agreement): 11 African states signed the framework deal last month, 2013-02; mutual signing, empty target right."),
13: ("target", "CONSULT Abe (JPN) with Li, future, is right, but target code is wrong: Li is Chinese Premier Li Keqiang (CHN), not KOR."),
14: ("source", "ASSAULT (clash) with Haitian police, recent and ongoing (document date acceptable), but the protesters demanding Haitian PM Henry's resignation are plainly Haitian: source should be protesters (HTI), not uncoded."),
15: ("date", "CONSULT visit by Suu Kyi (MMR) to Ireland, Britain, France, future, is right; but 2012-06-14 is the Thursday of the ILO address, not of the visits 'in the coming days': the date should be undated (after 2012-06-16)."),
16: ("", "REQUEST (demand): Aliyev (AZE) says Karabakh's Armenians (ARM) must accept citizenship or leave; repeated, continuing statement, document date acceptable."),
17: ("date modality", "ACCUSE M23 (COD) -> U.N. is right; the accusation is reported as this news with no date, so date should be 2013-03-28 (document date), and modality should be asserted (the 'if attacked' condition belongs to 'defend itself', not to the accusation)."),
18: ("event", "Spurious: a campaign promise to 'stop the boats' is a domestic policy pledge, not an offer or commitment to cooperate (AGREE) with any actor; a trained coder would not code it."),
19: ("", "PROTEST: protests erupted in Deraa in March 2011; the sentence names no protester party or aim, so empty source and target are right by the rules; 2011-03 right."),
20: ("", "ASSAULT: Iran (IRN) has repeatedly shelled border areas of Iraqi Kurdistan (IRQ); repeated background act with no date, unknown right."),
21: ("source target", "'He' is President Kabore: source should be Burkina Faso (BFA, Kabore), not France; target should be 'those seeking to sow terror' (the militants) with no country code, not BFA. CONCEDE negated accepted (like 'refused to withdraw' in the rules)."),
22: ("", "REQUEST (meeting): Putin (RUS) on Friday 2020-08-14 called for a summit; Germany and Iran are among the addressees (the P5 are missing but the parties given are right)."),
23: ("", "ACCUSE/investigate: Austrian prosecutors -> Kurz (AUT); ongoing investigation, document date 2021-10-10 right."),
24: ("target", "AGREE: Ghana ('It', GHA) reached a staff-level agreement in December 2022 is right, but the counterpart named in the sentence is the IMF: target should be the IMF, not empty."),
25: ("", "COERCE arrest of Magnitsky (RUS) in 2008; arrester not named, empty source right."),
26: ("", "REQUEST: Ned Price (USA) urged states in the region (no single country code); no date in text, document date right."),
27: ("", "ASSAULT: car bomb (no perpetrator named) killed at least 20 people in Beirut (LBN), Thursday 2013-08-15."),
28: ("event", "Spurious: 'No allied personnel were killed' reports the absence of casualties, not an act; nothing to code (and LBY would be the wrong code for NATO personnel)."),
29: ("", "ASSAULT/execute: Saudi Arabia (SAU) executed 47 people in January 2016; their country is not given in the sentence, empty code right."),
30: ("", "REQUEST: Council of Europe congress called for the mayors' reinstatement, Monday 2019-08-19; Turkey not named in the sentence, empty target right."),
31: ("source", "REQUEST (demand for independence) accepted, but the source is IPOB (NGA separatist group), not Nigeria; empty target acceptable."),
32: ("target", "REQUEST for assistance by Portugal (PRT), April 2011, is right, but the sentence names the party asked (EU officials agreeing the package): target should be the EU, not empty."),
33: ("type target", "Calling Putin a 'war criminal' is ACCUSE (disapprove/denounce), not REQUEST; target should be Putin (RUS) alone, 'war criminal' is not a party. Source Biden (USA) and date Wednesday 2022-03-16 right."),
34: ("target", "PROTEST/riot by protesters (SLB) in November 2021 is right, but the riots were fuelled by the government's decision and aimed at parliament: target should be the Solomon Islands government (SLB), named in the sentence as 'His government'."),
35: ("", "REJECT: Eritrea (ERI) rejected the accusations it says were orchestrated by Ethiopia (ETH) and Washington (USA), 2011-12-05."),
36: ("", "REQUEST: UN rights chief Bachelet (UN) urged Riyadh (SAU) to review laws and halt executions; no date in text, document date right."),
37: ("date", "ASSAULT: militants killed a Turkish soldier (TUR) is right, but 'on Thursday' in a story dated Saturday 2015-07-25 is 2015-07-23, not 2015-07-24 (that was Friday)."),
38: ("", "REQUEST: State Department spokeswoman (USA) urged China (CHN), Monday 2020-04-06."),
39: ("", "SANCTION: United States (USA) suspended most security assistance to Pakistan (PAK) in January 2018."),
40: ("target", "ACCUSE by the UN Security Council on Monday 2011-12-05 is right, but the party accused is Eritrea ('the Red Sea state', ERI), not the Somali militants."),
41: ("target", "Pledge of aid is AGREE by Norway (NOR), undated background (unknown right), but the aid is for Myanmar, named in the sentence: target should be Myanmar (MMR), not empty."),
42: ("target", "Suicide bombing by attackers (no code) on Monday 2015-06-15 is right, but the 100+ wounded were in N'Djamena: target country should be Chad (TCD), not NGA."),
43: ("date modality", "CONSULT visit Xi (CHN) -> Japan (JPN) is only hoped for: modality should be hypothetical (or future), not asserted, and the visit 'in the future' has no date (should be unknown, not the document date)."),
44: ("", "SUPPORT: Muizzu (MDV) thanked India (IND), Friday 2025-07-25."),
45: ("", "REQUEST: Ned Price (USA) urged Beijing (CHN), Sunday 2021-10-03."),
46: ("source", "PROTEST/boycott of parliament (ALB) from February 2017 is right, but the Democrats are Albania's Democratic Party: source code should be ALB, not USA."),
47: ("modality", "CONCEDE (yield): South African government (ZAF) -> China (CHN) accepted, but 'bowed to pressure' is the opposition's allegation, denied by the government: modality should be reported, not asserted."),
48: ("", "ACCUSE: MONUSCO (UN) has been widely criticised, no critic named (empty source right); continuing criticism, document date acceptable."),
49: ("", "REQUEST (appeal): Kabore (BFA) called for national unity, Monday morning 2017-08-14; no party named, empty target right."),
50: ("", "CONCEDE: Kiviniemi (FIN) conceded defeat late on Sunday 2011-04-17; no target named."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        bad = bad.split()
        assert all(b in FIELDS for b in bad)
        v = {f: f not in bad for f in FIELDS}
        if not v["event"]:
            v = {f: False for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
