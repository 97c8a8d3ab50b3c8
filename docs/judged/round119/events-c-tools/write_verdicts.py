"""Write events-c.jsonl from the judge's verdicts below (fields that are wrong, and reasons)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, or "spurious"), reasons
V = {
1: (["date"], "Denied REQUEST Modi -> Trump is right as negated, but the asking (if it happened) was at the G20 summit in Japan 'last month' per the next sentence; date should be 2019-06, not the Tuesday of India's denial (2019-07-23)."),
2: (["target"], "ACCUSE by Bachelet (UN) is right, but she condemns the conviction as a sham trial 'in a secret court': target should be the Myanmar special court / junta (MMR), not empty."),
3: (["date"], "REQUEST (appeal for calm) by Frei, no target, is right; date 1998-03-10 comes from Pinochet's Tuesday farewell address in the previous sentence; the appeal is this news, so 1998-03-11 (dateline Wednesday) or the document date 1998-03-12."),
4: ([], "REQUEST: 'they' are the Western members (Germany, France, Britain) who pushed for language urging an inquiry; Britain is one of them (Germany and France are missed), no target in the sentence, undated background act left undated."),
5: ([], "CONSULT future: NATO defence ministers due to meet in Portugal on Thursday = 1998-09-24; all right."),
6: (["type"], "Clinton and Putin agreed to destroy plutonium and set up a joint warning centre: type should be AGREE (agree to cooperate), not THREATEN violence ('destroy' is not a threat). Parties, date 2000-06-04 and modality right."),
7: ([], "ASSAULT abduct: gunmen took worshippers hostage in a Baghdad cathedral during Sunday evening mass (2010-10-31); parties and date right."),
8: (["target"], "REQUEST (call for closer trade ties) by Putin is right, but the sentence names the U.S. ('more U.S. investment') as the partner addressed: target should be the United States (USA), not empty."),
9: ([], "REQUEST (demand for Mursi's removal) by opponents, target Mursi (EGY); ongoing act, 2013-06 contains the document date; asserted with analysts as reporters. Acceptable (opponents' country could be EGY, but empty is not wrong)."),
10: (["target", "date"], "Mbeki's appeal 'to the hall for order' is REQUEST aimed at the heckling delegates (the hall): target should be the summit delegates/hecklers (no code), not empty; the appeal came during Powell's speech on Wednesday, so date should be 2002-09-04, not the document date."),
11: ([], "SANCTION convict: a (Saudi) court sentenced Badawi last year = 2014; all right."),
12: ([], "ACCUSE by NATO officials; 'it' is the doctrine change, not a party, so an empty target is right by the rules (a coder would name Russia); statement reported as news, document date right."),
13: ([], "REQUEST: Clinton (source given as the United States, USA, acceptable for the Secretary of State) pressed Kabul (Afghan government) at the Bonn conference on Monday 2011-12-05; all right."),
14: (["target"], "AGREE (ready to receive the refugees) by Myanmar's government is right, but the target 'Bangladesh and aid groups' is the party blamed in the second clause; target should be the Rohingya refugees (MMR)."),
15: ([], "REQUEST: Pakistan has long sought third-party involvement; ongoing act takes the document date; no target named; all right."),
16: ([], "AGREE: Zelenskiy ready to sign a minerals deal with Washington (USA), said on Sunday 2025-03-02; all right."),
17: (["target"], "REQUEST by Borrell (EU) for the officers' release is addressed to Serbia, which holds them: target should be Serbia (SRB) only; Kosovo is the target of the second request ('urged both sides'), not of 'called'."),
18: (["date"], "REJECT by Russia (Moscow) is right with no party named as target; but it is a background act: the next sentence places the denial 'earlier this month', so date should be 1996-01, not the document date 1996-01-25."),
19: (["target"], "ACCUSE by Azoury (LBN) is right, but he denounces the proceedings of the court that convicted Ben Ali (named in the sentence): target should be the Tunisian court (TUN), not empty."),
20: ([], "REJECT by Britain of Russia's move; 'the move' is not a party, so an empty target is right by the rules; reaction reported as news, document date right."),
21: (["date"], "SANCTION convict of Badawi (no source in the sentence) is a right event, but the text dates the sentencing 'last year': date should be 2014, not unknown."),
22: ([], "ASSAULT: at least eight people (HTI) killed in the palace attack on Monday 2001-12-17; no agent in the sentence; all right."),
23: ([], "SUPPORT: the United States recognised Moroccan sovereignty in December 2020; all right."),
24: ([], "AGREE (intent to change policy, CAMEO 034): Chiluba pledged to press on with reforms; no target; document date right."),
25: (["target"], "AGREE (pledge of aid) by Hu Jintao on Saturday 2006-11-04 is right, but the sentence names the recipient: target should be Africa (African states, AFR), not empty."),
26: ([], "CONSULT future: Aliyev due to meet members of Congress (USA); no date given, undated is right."),
27: (["target"], "ASSAULT by gunmen on Friday 2008-06-13 is right, but 'the compound' is Kandahar's Sarposa prison named in the sentence: target should be the prison / its guards (Afghan government, AFG), not empty."),
28: ([], "ACCUSE allege: Ukrainian prosecutors accuse Tymoshenko (charges brought Tuesday 2001-02-13); all right."),
29: (["source", "target", "date"], "ASSAULT is right, but source should be Syrian troops (SYR), not GBR (London is where the TV channel is); target Rifaat al-Assad / his followers should be SYR, not GBR; the storming was 'earlier in the week' (week of 1999-10-18), not the document date."),
30: ([], "CONSULT future: Sri Lankan delegation to begin talks with the IMF next week (2022-W16); all right."),
31: (["target"], "ACCUSE by Zeidan is right and undated is right, but the sieges he called unacceptable are the gunmen's, named in the same sentence: target should be the gunmen besieging the ministries (LBY armed groups), not empty."),
32: ([], "ACCUSE: Glas accused Moreno (ECU) of betrayal just before being stripped of his duties in August 2017; all right."),
33: (["source"], "ASSAULT crowd-control against protesters (CHL) on Wednesday 1998-03-11 is right, but it was the police who fired tear gas: source should be the Chilean police (CHL), not 'left-wing lawmakers'."),
34: ([], "REJECT: China rejects the median line (standing position, document date); 'that line' is not a party, empty target right by the rules (a coder would name Japan)."),
35: ([], "REQUEST: Netanyahu called on the (Israeli) government to step down; statement reported as news, document date right."),
36: (["source"], "RETREAT resign is right for 'the resignation', but the one who resigned is Carlos Castresana, head of CICIG (a UN-backed body; Spanish); Colom only regretted it: source should be Castresana."),
37: ([], "REQUEST: Georgia's Foreign Ministry urged the international community to respond; document date right; all right."),
38: (["target"], "SUPPORT (thanks) by Hadi on Tuesday 2019-11-05 is right, but 'the kingdom' is Saudi Arabia: target should be Saudi Arabia (SAU), not Yemen."),
39: ([], "ASSAULT: Islamic State launched its offensive in mid-September 2014; no target named in the sentence; all right."),
40: ([], "CONSULT: Biden held emergency talks with G7 and NATO leaders early on Wednesday 2022-11-16; all right."),
41: (["date"], "REQUEST Erdogan -> EU is right, but he urged it during the talks in Ankara on Tuesday: date should be 2021-04-06, not unknown."),
42: (["date"], "ACCUSE (complaint) by Palestinians is right, Israel not named in the sentence; but the complaint is a background reaction to the release four days before the ceremony, with no date in the text: it should be undated, not the document date."),
43: (["type", "target"], "The Myanmar military's August 2017 crackdown that drove 730,000 Rohingya out (mass killings per the next sentence) is ASSAULT (violent repression, CAMEO 175), not COERCE; target should be the Rohingya (MMR), named in the sentence, not empty."),
44: (["target"], "CONSULT visit by Blair on Wednesday is right (he is touring the region, at Assad's side), but the Taliban are the target of the campaign, not of the visit: target should be Syria / Assad (SYR)."),
45: (["date"], "ACCUSE Guinea -> Liberia is right, but it is a background accusation ('has also accused') with no date in the text: it should be undated, not the Wednesday of the Council vote (2001-03-07)."),
46: ([], "AGREE: Singh accepted Zardari's invitation to visit Pakistan on Sunday 2012-04-08; all right."),
47: ("spurious", "Spurious: 'the first such agreement Tokyo has concluded with any country other than the United States' refers to the Japan-Australia declaration already coded as 'signed' in this sentence (duplicate); the United States is the exclusion, not a party to it."),
48: (["target"], "COERCE arrest last August (2000-08) is right with no agent named, but the person arrested is named: target should be Oleksandr Tymoshenko (UKR), not empty."),
49: ([], "ACCUSE: Honduran officials accused Managua (Nicaraguan government) of economic aggression; reaction reported with the Wednesday suit; all right."),
50: ([], "CONSULT: Singh and Zardari met on Sunday 2012-04-08 (coded as India and Pakistan, mutual); all right."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: (f not in wrong) for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
