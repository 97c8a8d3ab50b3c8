"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below.

W = list of wrong fields for an event that holds; 'SPURIOUS' marks a spurious event."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([ "date"], "ACCUSE PiS -> Tusk is right, but the accusations were made during the campaign before the 2023-10-15 vote, a background act; it should carry no date (not the 2023-10-16 document date)."),
 2: (["target"], "ACCUSE by some activists is right, but what they criticised is 'it', the deal (signed by the military council and the FFC), not the generals who benefit from it; the target should be empty (or the deal's signatories), not the Sudanese military alone."),
 3: ("SPURIOUS", "Not an event: analysts blaming the upset on abstention and a split left vote is commentary, with no political actor accused."),
 4: (["type", "target"], "Armed forces pushing into and taking ground is ASSAULT (CONVENTIONS, wave 30), not COERCE seize; the party acted upon is the militants named in the sentence (Taliban in Swat), not empty."),
 5: ([], "ACCUSE by the Wafd party (EGY), complaint of fraud with no accused party named in the sentence; document date right."),
 6: (["type", "target"], "Supporters gathering outside party HQ demanding resignation is a PROTEST (demo) (PLOVER: protests making demands go under PROTEST, not REQUEST); the target is Lee Teng-hui (TWN), named in the sentence."),
 7: (["source", "target"], "AGREE (pledge of commitment) is right, but the one pledging is Bush (USA), not NATO; the target is the seven new members ('their security'), not empty."),
 8: ([], "COERCE restrict (social media access) by the Senegalese government, ongoing on Friday; right in all fields."),
 9: (["date"], "SANCTION convict -> Sonko right, but the story dates the conviction to Thursday: the date should be 2023-06-01, not 2023-06-02."),
 10: ([], "REQUEST (appeal for calm) by Kofi Annan (UN); the appeal names no addressee, so an empty target is right by the sentence rule; document date right."),
 11: ([], "AGREE: Abdullah pledged to work with the president (Ghani, AFG); right."),
 12: ([], "SUPPORT: South African business leaders welcomed the handover; party and country right (the GOV sector on them is wrong but not scored); no party-target named."),
 13: (["target", "date"], "PROTEST right, but the protest demanded the resignation of the Ennahda-led government, so the target is the Tunisian government (TUN); the text gives 2013 for the crisis, so the date should be 2013, not none."),
 14: ([], "REQUEST: Abbas called on the new government (PSE) to respect resolutions; date of the ceremony (document date) right."),
 15: (["target"], "ACCUSE by the ruling SLPP is right, but the accused party, 'the commission' (National Electoral Commission, SLE), is named in the sentence; target should be it, not empty."),
 16: (["target"], "'Would not approve' coded as SUPPORT negated is acceptable (like RETREAT negated for a refusal), source Turkey right; but the bids are those of Finland and Sweden ('the two countries' in the sentence), so the target should be FIN/SWE, not empty."),
 17: ([], "THREATEN: Zhu Rongji (CHN) warned Taiwanese voters, three days before the 2000-03-18 vote = 2000-03-15; right."),
 18: (["target"], "COOPERATE future by Washington is acceptable, but the party Washington would work with is whoever Russians elect (Russia's next leadership, RUS GOV), not the Russian people as civilians."),
 19: ([], "SUPPORT: the Berlin declaration endorsed by Russia and seven others; Russia is one of the endorsers (the others are not coded); no target named; right."),
 20: ([], "'Iran will not give up its rights' coded as CONCEDE negated (equivalent to REJECT) by Iran; no target named; right."),
 21: ([], "ASSAULT Russia -> Ukraine (the invasion, background) with no date in the sentence, basis unknown: right."),
 22: ([], "CONSULT Putin-Bush at Kennebunkport 'days' before, no exact date given: undated is right."),
 23: ([], "SUPPORT: Blinken (USA) congratulated Lai (TWN) on the day of the vote; right."),
 24: (["type", "target"], "Police barring the entrance is COERCE (restrict, security forces blocking access), not PROTEST obstruct (a civilian protest form); the party barred is the FAST party (WSM), named in the sentence."),
 25: (["target"], "COERCE arrest (jailing) in April 2018 right, but the jailed party, Lula da Silva (BRA), is named in the sentence; target should be Lula, not empty."),
 26: (["target"], "ASSAULT crowd-control by Taiwan police right, but 'some of them' are the Kuomintang supporters of the previous sentence (TWN); target should be them, not empty."),
 27: ("SPURIOUS", "Not an event: 'the offensive has also stirred regional tensions' only re-mentions the offensive coded in the lead as a topic; no act is reported here."),
 28: ([], "RETREAT ceasefire Israel-Hezbollah taking effect on Wednesday 2024-11-27; mutual, right."),
 29: ([], "CONSULT: the prime ministers of the seven states ('They') met Bush (USA); the source names only Bulgaria's but is a right party with a right code (the other six are not coded); document date right."),
 30: (["target"], "COOPERATE for the announced economic deal is acceptable, but the deal is with Yanukovych (UKR), named in the sentence; target should be him, not empty (talks with him, a CONSULT, were also missed)."),
 31: (["source", "target", "date"], "AGREE/invite (or RETREAT access) is a fair type, but the observers were the invited, not the inviters: source should be empty or the Myanmar government, target the foreign observers; the invitation came before the vote, so there should be no date (not the document date)."),
 32: (["type"], "Pulling out of an election runoff in protest at fraud is PROTEST boycott (or SANCTION withdraw), not RETREAT (military/material withdrawal); hypothetical and the rest right."),
 33: ([], "REJECT: the Houthis (YEM) rejected the vote held that day; no party-target; right."),
 34: ([], "CONSULT US -> Taliban, hypothetical (efforts to start talks), undated: acceptable."),
 35: ([], "REQUEST: Erdogan demanded Sweden lift its arms export ban; document date right."),
 36: (["modality"], "RETREAT (withdraw from political life) by Jospin, after the second round (2002-05-05) is right, but 'told supporters ... would withdraw' is a stated intention: modality should be future, not hypothetical."),
 37: (["source", "date"], "ASSAULT abduct of Japanese citizens is a background act: source 'the North' should carry PRK (code is empty), and the abductions happened years ago, so no date, not the 2005-09-19 document date."),
 38: (["source"], "COERCE ban (future) of Turkish goods is acceptable, but 'the government' (Russian government, RUS) is the one to draw up the list and is in the sentence; source should not be empty."),
 39: ([], "CONCEDE (promise to withdraw troops) US -> Chad, said last month (2024-04); right."),
 40: (["source"], "PROTEST demo future is right, but the one to take to the streets is the opposition (LKA), not the Sri Lankan military police."),
 41: ("SPURIOUS", "Not an event: militants setting fire to their own oil-filled trenches as a smokescreen is a defensive tactic aimed at no party, not an ASSAULT."),
 42: ([], "ACCUSE disapprove: Tusk called the decision a mistake; 'the decision' is not a party, so an empty target is right by the sentence rule; right."),
 43: ("SPURIOUS", "Duplicate: 'striking dozens of targets' is the same act as the offensive already coded from this sentence (e1, ASSAULT Israel -> Gaza)."),
 44: (["target"], "MOBILIZE future by South Korea is acceptable, but the United States is a co-actor, not the target; target should be North Korea (PRK), whose threats the deployment counters, or empty."),
 45: (["source", "target"], "REJECT (vote against the swap deal in cabinet, June 2008) is right, but the ministers are Israeli (ISR), not Lebanese, and 'it' is the deal, not Lebanon: target should be empty."),
 46: ([], "REJECT: Cairo rejected the criticism; 'the criticism' is not a party, so an empty target is right by the sentence rule (a coder would code USA from the previous sentence); right."),
 47: (["source"], "ASSAULT (the clashes) is right as a re-report, but the government says they were started by Bemba's men (COD), who are named in the sentence; source should be them, not empty."),
 48: (["modality"], "RETREAT Russia -> Georgia right, but the withdrawal is the condition of the Western governments' refusal ('until Moscow withdraws'): modality should be hypothetical, not future."),
 49: ([], "RETREAT resign: Kuczynski resigned in March 2018; right."),
 50: (["target"], "ASSAULT by the Israeli military on Wednesday right, but the sentence names those fired at, suspects approaching restricted areas (in southern Lebanon); target should be them, not empty."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in FIELDS}
    else:
        v = {f: (f not in wrong) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(os.path.join(ROOT, "events-a.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = {
 "h9-x30-07": ([], 0, 0, 0, "An election result (Kadima won, needs partners for a coalition) is not a PLOVER act; nothing to code."),
 "h9-x29-19": ([], 0, 0, 0, "An election win; 'a campaign dominated by warnings against immigration' names no act between actors; nothing to code."),
 "h9-x30-23": ([], 0, 0, 0, "Election results only; 'Iran-backed' is a background descriptor, not a reported act."),
 "h9-x30-04": (["ASSAULT: United States (USA) -> Iraq (IRQ), launched war, firing cruise missiles and dropping bombs on Baghdad targets (aimed at Saddam Hussein), 2003-03-20"], 1, 1, 0,
               "Dateline's e1 (firing, ASSAULT heavy-weapons) is the act, though with an empty target where Iraq is named."),
 "h9-x31-25": (["REJECT: Succes Masra (TCD) -> election outcome / Mahamat Idriss Deby (TCD), rejected the provisional results, 2024-05-10"], 1, 1, 0,
               "Dateline's e1 REJECT by Masra is right; 'said he had won' is a claim, not a further act."),
 "h9-x31-18": (["SANCTION: Constitutional Court (ZAF) -> Jacob Zuma (ZAF), ruled he failed to uphold the constitution, 2016-03-31",
                "REQUEST: opposition (ZAF) -> Jacob Zuma / parliament (ZAF), calls for his impeachment, 2016-03-31"], 0, 0, 0,
               "Dateline found no event in this paragraph: both the court ruling (SANCTION convict) and the opposition's impeachment calls are missed. Zuma ignoring the repayment order (a REJECT/defy) is background inside the ruling and not listed."),
}
pars = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as f:
    for p in pars:
        ce, found, nd, sp, notes = P[p["doc"]]
        assert nd == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found, "dateline_events": nd,
                            "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")

# checks and counts
chk = [json.loads(l) for l in open(os.path.join(ROOT, "events-a.jsonl"))]
assert [(c["n"], c["doc"], c["trigger"]) for c in chk] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for c in chk:
    v = c["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]: assert not any(v.values())
counts = {f: sum(c["verdict"][f] for c in chk) for f in FIELDS + ["all"]}
print("per-field right (of 50):", counts)
pv = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"))]
print("paragraphs:", len(pv), "coded acts", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline events", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
from collections import Counter
wc = Counter()
for c in chk:
    for f in FIELDS:
        if not c["verdict"][f] and c["verdict"]["event"]: wc[f] += 1
print("wrong fields among held events:", dict(wc))
