"""Write events-c.jsonl from the judge's hand-coded verdicts below.
Each entry: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Signing the Sharm el-Sheikh agreement is SUPPORT (PLOVER: sign/finalize an agreement), mutual Barak (ISR) / Arafat (PSE), dated September 1999 as the text gives; all right."),
 2: ([], "Trump ordering most U.S. sanctions lifted is RETREAT (ease sanctions, CAMEO 085) by the United States, dated June 2025 as given; the sentence names no target (Syria is only implied), so empty is right."),
 3: (["source"], "The visitors are a delegation of presidents from Ghana, Senegal and Togo (an ECOWAS delegation: GHA, SEN, TGO), not a Ghanaian group; type, target Mali (MLI), week 2022-W39 ('next week') and future are right."),
 4: (["source"], "Pilip and Ruml are both Czech ministers ('two of his own ministers'); Jan Ruml has no country code, should be CZE. Type, target Klaus (CZE), date 1997-11-29 (Saturday) and modality are right."),
 5: (["target"], "'Both factions' are the two rival factions of the Congolese Rally for Democracy, which the text makes plain are Congolese: target should be the RCD factions (COD), not uncoded. Type, source, date (this week, 1999-W33) and future are right."),
 6: (["date"], "At least 30 people killed across the country during the election period is a total over an earlier span (since the June polls), so it has no date; the document date 2002-08-06 is wrong. Source empty and target (PNG) are right."),
 7: ([], "Voronin (MDA) calling on his supporters to prepare for early elections is a REQUEST, undated news, document date; all right."),
 8: ([], "Rajapaksa (LKA) appealing to citizens (LKA) for calm is a REQUEST, dated the day of the attack (2006-04-25, the dateline); all right."),
 9: ([], "Novak (HUN) resigned on Saturday 2024-02-10: RETREAT resign, no target; all right."),
 10: (["source", "date"], "The gunman was killed by a student who was an (Israeli) army officer and an off-duty soldier: source should be ISR, not PSE. The text dates the shooting Thursday night, 2008-03-06, not the document date 2008-03-07."),
 11: (["source"], "The accusers are leaders of the Hungarian minority in Slovakia, Slovak nationals: source country should be SVK (ethnic Hungarian), not HUN. Type, target Fico (SVK), date and modality are right."),
 12: (["date"], "Baghdad condemned the U.S. strikes when they happened, early 2024 (after the January drone attack); this background act should have no date (or 2024-01), not 2024-09-27. Type, source Iraq and target U.S. are right."),
 13: ([], "The Pskov (Russian) court sentencing Kohver (EST) in August 2015 is SANCTION convict; all right."),
 14: (["target", "date"], "Kurti opposed Thaci's call for a state of emergency: target should be Hashim Thaci (XKX), whom the sentence names, not the state of Kosovo. It is a background act before the sacking of Veliu (earlier in March 2020), not dated 2020-03-25; it should have no date."),
 15: (["source"], "The Revolutionary United Front rebels are Sierra Leonean: source code should be SLE, not GBR. Type abduct, target U.N. peacekeepers (UNO), date 2000-05 and modality are right."),
 16: (["date"], "The arrest (Moscow's version of the seizure) is the act the previous sentence dates September 2014: date should be 2014-09, not empty. Empty source is acceptable (the sentence names no arresting agent; Russia would be better); target Kohver (EST) and asserted (attribution to Moscow, act itself not disputed) are right."),
 17: ([], "Jordanian religious leaders condemning the killing is ACCUSE; no target named in the sentence (the killer is not referred to), date 2016-09-25 the day of the killing; all right."),
 18: (["source"], "The police raising their alert across Jerusalem are the Israeli police: source should be ISR police, not PSE. MOBILIZE (police), no target, document date and asserted are right."),
 19: (["target"], "Turkey deployed advisers and Syrian fighters to back the government in Tripoli: the recipient of the aid is the Tripoli government (Libya, LBY); the Syrian fighters are what was sent, not the target. Type AID, source, date 2020 and modality are right."),
 20: ([], "Pavel (CZE) expected to ask Babis (CZE) to form a government: REQUEST, future, no date given; all right."),
 21: ([], "The United States pressing the U.N. Security Council to adopt a resolution is a REQUEST, ongoing at the time of the story (document date); all right."),
 22: (["date"], "Putin's accusation is background to the December 2011 protests, of an earlier time not dated in the text; it should have no date, not the document date 2012-09-19. Type, source Putin (RUS), target Washington (USA) and modality are right."),
 23: (["target"], "The Mehsud killed on Friday evening is Hakimullah Mehsud, the TTP leader (PAK), not his predecessor Baitullah Mehsud. Source empty (the sentence names only missiles), date 2013-11-01 evening and asserted are right."),
 24: (["target"], "'The parties' are the Liberian government, LURD and MODEL, plainly Liberian: target code should be LBR, not empty. Type, source Kufuor (GHA), date 2003-08-18 and modality are right."),
 25: (["source"], "It is Alvaro Uribe (COL) who called for the talks to be ended, not the FARC. Type REQUEST, empty target, document date and asserted are right."),
 26: (["target"], "The sentence names the party supported: the RCD faction led by Ernest Wamba dia Wamba (COD); the target should be that faction, not empty. Type SUPPORT, source Ugandan forces (UGA), document date (ongoing) and modality are right."),
 27: ([], "Britain (GBR) sending troops to Sierra Leone (SLE) in May 2000 is MOBILIZE (deployment); all right."),
 28: ([], "Azar (USA) due to meet Taiwanese health experts (TWN): CONSULT, future, no date given; all right."),
 29: (["date"], "The 400-plus arrests were made over the search from June 12 onward, a total over an earlier span: no date (June 2014), not 2014-07-01. Type, source Israeli forces (ISR), target Palestinians (PSE) and modality are right."),
 30: ([], "Azerbaijan (AZE) asking Kiev (UKR) to extradite Guliyev is a REQUEST, recent news with no date, document date; all right."),
 31: ([], "Pakistan (PAK) accusing the United States (USA) on Saturday 2013-11-02: ACCUSE; all right."),
 32: ([], "Sharaa (SYR) urging the United States to remove sanctions in his speech on Wednesday 2025-09-24: REQUEST; all right."),
 33: ([], "Partial agreements reached since late 2012 between the government and the FARC (COL, mutual): AGREE, a span with no date; all right."),
 34: ([], "India and Pakistan agreeing on Monday 1997-06-23 to set up a mechanism: AGREE, mutual; all right."),
 35: ([], "European governments (no single country) issuing similar appeals: REQUEST, no target named, document date; all right."),
 36: (["date"], "Georgievski's criticism was made 'in recent weeks', a span before the story, not an act of 2001-06-26: it should have no date (or 2001-06). Type ACCUSE, source (MKD), target Western mediators (no single country) and modality are right."),
 37: (["event"], "Duplicate and misreading: the sentence has one act, Trump lifting most U.S. sanctions, already coded as RETREAT by e4; 'ordered' as a SANCTION (imposing/cutting exchange) is not what the text reports (had it been kept: RETREAT, USA, 2025-06)."),
 38: (["target"], "The White House welcomed the Lebanese people's peaceful expression: the target is Lebanon/the Lebanese people (LBN) only; Syria belongs to the separate call for a Syrian pullout (a REQUEST), not to the welcome. Type, source, date and modality are right."),
 39: ([], "Washington demanding removal of Kosovo's tariff is a REQUEST; the sentence names only the tariff ('its'), so an empty target is acceptable by the rules (Kosovo would also be right); document date for a current demand; all right."),
 40: ([], "Gration (USA) welcoming the deal is SUPPORT; the sentence names no party (only 'the deal'), so empty target is right; document date; all right."),
 41: ([], "One attacker killed in the Wednesday attack: ASSAULT, no named killer, target unidentified attackers (no country given), 2005-01-19; all right."),
 42: (["type", "target"], "Turkey hosting exiled Egyptian opposition figures and channels is harbouring/granting refuge (AID, asylum; or SUPPORT of the opposition), not a CONSULT visit; the target is the exiled Egyptian opposition figures (EGY), not the Egyptian state. Source Turkey, document date (ongoing) and asserted are right."),
 43: ([], "Washington threatening to cut aid is THREATEN; the sentence names no recipient, so empty target is right; document date for a current threat; all right."),
 44: ([], "Pelosi (USA) travelling on to Saudi Arabia (SAU) later on Wednesday 2007-04-04: CONSULT visit; all right."),
 45: ([], "Crowds (BRA) marching in Brazilian cities on Thursday night 2013-06-20, no stated aim in the sentence and a movement against the authorities: PROTEST with the state (BRA) as target; all right."),
 46: ([], "Boko Haram fighters overrunning a Chadian army base on 2020-03-23 is ASSAULT (armed seizure), source NGA insurgents, target Chad's army (TCD); all right."),
 47: (["target"], "Iraq is only the conference topic; the party Rice will meet is named as the Syrian officials who will also attend (SYR) (Egypt as host would also do). Type CONSULT, source Rice (USA), date 2007-05 and future are right."),
 48: ([], "Correa (ECU) promising a 'citizens' revolution' in the November 2006 campaign is an expressed intent to reform institutions (CAMEO 034 -> AGREE), no target; all right."),
 49: (["source", "target"], "Rally of 120,000 in Hong Kong on Friday night against the HK government's national-education course: protesters should be coded HKG (CAMEO/ICEWS code Hong Kong separately), and the target is the Hong Kong government (HKG) whose headquarters they camp at, not China (Beijing did not act). Date 2012-09-07 and asserted are right."),
 50: ([], "Harper (CAN) conceding defeat is CONCEDE (verbal concession), no target named, news of the election with no own date -> document date; all right."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
# counts
rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
for f in F + ["all"]:
    print(f, sum(r["verdict"][f] for r in rows), "/ 50")
