"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below; print counts.
Fields failed per item are listed in F (event failure = spurious, all fields false)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = {  # n: (failed fields, reasons)
 1: ({"type", "target"}, "The political act is Russia sending troops back into Chechnya in 1999 (MOBILIZE troops, or ASSAULT), not a REQUEST from Putin to his own troops; target should be Chechnya / the Chechen separatists, not the troops ordered. Source Putin (RUS), date 1999 and asserted are right (judgment: an internal order to one's own forces is coded as the act ordered)."),
 2: ({"target"}, "SUPPORT (sign agreement), Niger government, 1995-04 ('last April' of a Jan-1996 story) are right; target should be the Tuareg rebellion (Tuareg rebels, NER), named in the sentence by 'with which'."),
 3: (set(), "COERCE arrest by Jordan of 13 suspected militants (mixed nationalities, empty code right), dated to the Tuesday of the announcement 1999-12-14; all right."),
 4: (set(), "REQUEST by Azerbaijan's government; the addressee is not named in the sentence ('those responsible' are the people to punish), so an empty target is right; no date in the text, document date right."),
 5: ({"target", "date"}, "REJECT (veto) by the Guardian Council is right; target should be the reformist-dominated parliament (Majlis, IRN), not Iran; date should be none: a repeated background act 'since his first victory' (1997-2001), not the document date."),
 6: (set(), "REQUEST by Zelenskiy (UKR) for a firm global response; no addressee named, empty target right; document date 2022-04-08 right."),
 7: ({"target"}, "AID (rescue) by Iran's navy is right, document date right; target should be the sailors of one vessel with no country code (crew of a Norwegian-owned tanker, nationality not given), not Iranian military."),
 8: ({"date"}, "ASSAULT on 18 people (COD) with unnamed source is right; date should be none (a toll summed over the run-up to the 28 Nov polling day), not the document date 2011-12-10."),
 9: ({"date"}, "REQUEST (appeal for calm) by Chamorro, empty target, right; the text gives no date for her appeal, so the date should be the document date 1996-10-22, not Monday 1996-10-21 taken from Aleman's victory speech in another sentence."),
 10: ({"event"}, "Spurious: 'threatened to strain' has 'the incident' as subject and means 'risked'; no actor threatened anyone (and 'Moscow intervened in 2015' is a separate background act)."),
 11: (set(), "MOBILIZE of about 32,000 Indonesian police and soldiers around Jakarta on Wednesday 2019-05-22; source police (IDN) is a right party; all right."),
 12: (set(), "REQUEST (asylum) by Snowden (USA) to Bolivia, undated background act with no date; all right."),
 13: (set(), "COOPERATE (intelligence sharing) Jordanian intelligence (JOR) with American agencies (USA), reported as this news, document date right."),
 14: ({"date"}, "ASSAULT by Kagame and Museveni with no named opponent is right; date should be none (the 1981-86 bush war is a span); 1986 is the year the war brought Museveni to power, not the date of the fighting."),
 15: (set(), "SUPPORT (sign treaty) Egypt -> Israel, 1979; all right."),
 16: (set(), "AGREE (promise) by Lagarde about the fund (IMF); no date in text, document date right."),
 17: (set(), "REQUEST South Korean government -> U.S. government, document date; all right."),
 18: (set(), "REQUEST South Korea -> North Korea (Pyongyang named in the same sentence), document date; all right, only one event for the sentence."),
 19: ({"type", "source"}, "A victory celebration by supporters, not a protest: type should be SUPPORT (toward Oligui Nguema) or at most a support rally, not PROTEST demo; source country should be GAB, not GNQ. Empty target is right by the support-rally rule; date Sunday 2025-04-13 right."),
 20: ({"date"}, "ASSAULT on the people killed (TUR) with the perpetrator unnamed in the sentence is acceptable (name text garbled as 'not only people'); date should be 2015-07-20, the Monday the text gives the bombing, not unknown."),
 21: (set(), "COERCE arrest of dozens of people (IDN), arrester not named in the sentence, document date; all right."),
 22: ({"source", "target"}, "MOBILIZE (troops remained deployed) is right; source should be the (Yemeni) troops named in the sentence, not empty; target should be empty or the cleric's followers (YEM) - 'Badreddin al' is the father, not 'the cleric' (Hussein al-Houthi) around whose villages troops were deployed."),
 23: (set(), "ASSAULT gunmen -> Lounes Matoub (DZA) on Thursday 1998-06-25; all right."),
 24: (set(), "RETREAT (pull back) by Sri Lankan troops (LKA) by Tuesday night 1998-09-29; all right."),
 25: (set(), "REJECT Voronin (MDA) -> Russia (Russian plan), late 2003 given as 2003; all right."),
 26: (set(), "ACCUSE (condemn the violence) Obama (USA); the violence is not a party so empty target right; document date right."),
 27: (set(), "ASSAULT (invasion) Iraq -> Kuwait, 1990; all right."),
 28: (set(), "REQUEST U.S. State Department spokesman -> Egypt, document date; all right."),
 29: (set(), "RETREAT ceasefire between Israel and Iran holding on Tuesday 2025-06-24 (mutual, either direction right); all right."),
 30: (set(), "ACCUSE (condemn the killing) by Western governments and rights groups; no party targeted, document date; all right."),
 31: ({"type"}, "Offering congratulations is SUPPORT (praise, CAMEO 051), not AGREE; source China's embassy (CHN), empty target (recipient not in the sentence) and document date are right."),
 32: ({"target"}, "REQUEST by diplomats is right; target should be 'both camps' (Vieira's camp and Sanha's PAIGC, GNB), not the EU and ECOWAS, who are observers from the previous sentence."),
 33: (set(), "SUPPORT (endorse accession) WTO General Council -> Vietnam on Tuesday 2006-11-07; a different sentence from the lead's 'approved', so not a duplicate; all right."),
 34: (set(), "COERCE (detain) a court in France (FRA) -> Haradinaj (XKX), 'earlier this month' 2017-01; all right."),
 35: ({"date"}, "SUPPORT (apology, CAMEO 055) Putin -> Aliyev is right; date should be December 2024 (the apology after the December crash, background), not the document date 2025-07-01."),
 36: (set(), "ACCUSE Unity Party (LBR) -> Sirleaf (LBR), document date; all right."),
 37: ({"type"}, "'called off a wider attack' is a de-escalation (RETREAT, or no PLOVER act), not ACCUSE (the trigger is 'called' in 'called off'); source Netanyahu, empty target, document date and asserted are acceptable."),
 38: ({"source", "modality"}, "The prosecutor is Fatou Bensouda of the ICC (no country, or the ICC), not KEN; 'cannot blame' is Kay's objection to a blame she did make (reported in the story), not a negated act: modality should be asserted (or the sentence's act is Kay's rejection of her claim). Type, target Kenya government and document date are acceptable."),
 39: (set(), "CONSULT (negotiating) Colombia and the United States, mutual, ongoing on the document date; all right."),
 40: (set(), "ASSAULT on hundreds of people (BGD) in the crackdown, a toll with no date; all right."),
 41: ({"source"}, "ACCUSE (criticised the agreement) is right; source should be Russian fishing industry groups (RUS, business), not Russia the state; empty target and document date acceptable."),
 42: ({"target"}, "SANCTION by the UN Security Council on Saturday 2017-08-05 is right; target should be North Korea (Pyongyang is named in the sentence), not empty."),
 43: (set(), "REJECT (refuse to hand over bin Laden) Taliban (AFG) -> United Nations (whose sanctions demand it), ongoing on the document date; all right."),
 44: ({"type"}, "A civilian monitoring mission is not a military mobilisation: type should be AID (monitoring/peacekeeping mission, CAMEO 074) from the EU to Armenia; source EU, target Armenia and 2023 are right."),
 45: (set(), "ASSAULT (car bomb) killing at least 11 people (IRQ, most of the dead were Iraqis) in Baghdad on Thursday 2003-08-07; all right."),
 46: (set(), "COERCE arrest of dozens of people (MYS), detainer not named in the sentence, document date; all right."),
 47: ({"type", "target"}, "Rwanda sending soldiers and police to Mozambique under a bilateral agreement is military assistance: type should be AID (PLOVER 'provide military and police assistance including personnel'), target Mozambique / Nyusi's government (MOZ), named in the sentence. Source Rwanda and 2021-07 right."),
 48: ({"target"}, "AGREE (Xi proposing the bank) by Xi Jinping (CHN) in 2013 is acceptable; the bank is the thing proposed, not a party acted upon: target should be empty."),
 49: (set(), "REQUEST Islamic Action Front (JOR) -> Jordan to scrap the treaty; ongoing demand, document date; all right."),
 50: ({"source"}, "SUPPORT (hailed the ruling), empty target and document date are right; source 'lawyers for victims' has no country the text makes plain, so the code should be empty, not CHL."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(F) == list(range(1, 51))
counts = {k: 0 for k in FIELDS + ["all"]}
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        failed, reason = F[it["n"]]
        if "event" in failed:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in failed for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        for k in counts: counts[k] += v[k]
        out.write(json.dumps({**it, "verdict": v, "reasons": reason}, ensure_ascii=False) + "\n")
print("per field (of 50):", counts)

P = {
 "h20-x75-22": (["RETREAT (future; CONCEDE in PLOVER's promised-withdrawal reading): France (FRA) and its European and Canadian allies -> Mali (MLI), announced they would withdraw their troops, 2022-02-17 (Thursday)"],
                "Dateline codes no event in this paragraph; its withdrawal event (e1) is from the third paragraph. The breakdown of relations with the junta is background with no act."),
 "h20-x73-05": (["SUPPORT: Vladimir Putin (RUS) -> Unity bloc (RUS), pro-Kremlin bloc backed by Putin, 1999-12-20"],
                "Election results are not coded as acts. Dateline codes nothing here."),
 "h20-x75-21": (["ASSAULT (retake ground): Rwandan (RWA) and Mozambican (MOZ) troops -> Islamist insurgents (MOZ), recaptured Mocimboa da Praia, 2021-08-08 (reported Sunday)"],
                "The insurgents' year-long hold of the town is background (a span, not coded separately). Dateline codes nothing in the lead; its only events are the later 'sent' and 'overran'."),
 "h20-x75-01": (["COERCE arrest: Pakistan's army (PAK) -> a serving major-general and other officers (PAK), 1995-10-14 (said Saturday)",
                 "ACCUSE: Pakistan's army (PAK) -> the arrested officers (PAK), accused of plotting to overthrow Bhutto's government, 1995-10-14"],
                "The coup plot itself is hypothetical/reported inside the accusation. Dateline codes nothing in the lead."),
 "h20-x73-09": (["ACCUSE (disapprove): critics (no code) -> the Kremlin / Russian government (RUS), called the referendum a sham, 2003-03-24"],
                "Chechen voters approving the constitution is a vote, not coded as an interaction (a coder could code SUPPORT with no target); 'the Kremlin hopes' is no act. Dateline codes nothing in the lead."),
 "h20-x73-17": (["RETREAT (end of supervision, handing over control): Western powers / International Steering Group (no code) -> Kosovo (XKX), 2012-09-10 (Monday)"],
                "Kosovo's 2008 break from Serbia is background. Dateline codes nothing in the lead."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, notes = P[p["doc"]]
        n_dl = len(p["events"])
        rec = {"doc": p["doc"], "coder_events": ev, "found": 0, "dateline_events": n_dl, "spurious": 0, "notes": notes}
        tot["coded"] += len(ev); tot["dateline"] += n_dl
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("paragraphs:", len(paras), tot)
