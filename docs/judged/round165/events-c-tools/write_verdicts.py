"""Write events-c.jsonl from judge c's hand verdicts (round 165) and check it.

Each entry: n -> (list of fields judged wrong, reasons). 'event' in the wrong list = spurious.
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Mubarak's 2004 promise to end prison terms for publishing offences is an AGREE (intent to reform, CAMEO 034) by Mubarak (EGY), made to no party named; year 2004 is the date the text gives."),
 2: ([], "Two French servicemen shot dead the day before Sunday 5 Jan: ASSAULT on them (FRA), date 1997-01-04 right; the sentence names no shooter, so the empty source is right."),
 3: (["target"], "The apology (SUPPORT, CAMEO 055) is made to the party named in the sentence: target should be Hosni Mubarak (EGY), not empty. The call is undated in the text, so the document date is accepted."),
 4: ([], "Security Council widening sanctions on Iran, banning its arms exports: SANCTION UNSC -> Iran (IRN) on Saturday 2007-03-24; right in all fields."),
 5: ([], "Security Council freezing UNITA's accounts this month: SANCTION UNSC -> UNITA (AGO), June 1998; right (the diamond ban is dateline's separate e4)."),
 6: ([], "Police tally of more than 100 killed in election violence since the start of the year: ASSAULT on 100 people (PHL), no perpetrator named; a summed span has no date, so the unknown date is right."),
 7: (["modality"], "The decree gives the government the power to censor the media; no censorship is reported as done, so this censoring is hypothetical, not asserted (the act that was done, approving the emergency decree, is a COERCE that dateline coded as SUPPORT in e1)."),
 8: (["target"], "Israeli police arrested several people over the attack; those arrested are the Palestinian worshippers' side (PSE), or no code, not ISR: target's country is wrong."),
 9: ([], "Sharif sentenced to life last month: SANCTION convict -> Nawaz Sharif (PAK), April 2000; the court is not named, so the empty source is right."),
 10: ([], "Carter's assurances that such an incident would not recur are a promise (AGREE) by Carter (USA); no recipient is named in the sentence; attribution to KCNA keeps it asserted; undated, so the document date is right."),
 11: ([], "EU imposed targeted sanctions on Mugabe last week: SANCTION EU -> Mugabe (ZWE), week 2002-W08 (the week before the Monday 25 Feb dateline); right."),
 12: ([], "Ban Ki-moon condemned the assault: ACCUSE by Ban (UN); the attackers are not named in the sentence, so the empty target is right; undated reaction, so the document date is right."),
 13: (["source"], "Those who 'accuse President Patasse' in this sentence are the mutineers (CAF mutinous soldiers), not France's defence ministry; target Patasse (CAF) and the dateline day (Jan 5) are right."),
 14: ([], "Maskhadov (Chechen president, RUS) condemned the abduction; the kidnappers are unnamed, so the empty target is right; the reaction is part of Friday's news (doc date is the Saturday), and Friday 1999-03-05 is accepted."),
 15: ([], "Annan called on Iraq to reconsider: REQUEST Annan (UN) -> Iraq (IRQ); undated reaction, so the document date is right."),
 16: ([], "Off-duty Israeli soldier (ISR) opened fire on the Hebron market, wounding Palestinians (PSE), Wednesday 1997-01-01; right (the name has lost 'off-', but the party is right)."),
 17: (["target"], "NATO bombing that forced Serbian forces out: the sentence names the party acted upon, so target should be Serbian forces (SRB), not empty; June 1999 as the text gives is accepted."),
 18: (["date"], "Arab leaders condemned attacks on civilians in the final declaration; the text puts the declaration at the summit's close on Sunday, so date should be 2004-05-23, not the document date 2004-05-24."),
 19: (["event"], "Hospitals declaring (medical) emergencies is not a political act and not a state of emergency by an authority, and 'Belfast' is not an actor: spurious."),
 20: ([], "EU statement urging Cuba's communist government to free political prisoners: REQUEST EU -> Cuban government (CUB), Thursday 2008-06-19; right."),
 21: ([], "Kenya, Tanzania and Uganda signed the EAC treaty: SUPPORT (sign agreement, CAMEO 057), mutual among the three, Tuesday 1999-11-30; right."),
 22: ([], "Bouchard's Quebec government has promised another referendum: AGREE (intent, CAMEO 03) with Bouchard (CAN) standing for his government; time of the promise not given, so the unknown date is right."),
 23: (["type", "target"], "The EU withdrawing its election observers in protest is a SANCTION (CAMEO 1662 withdraw observers), not a RETREAT; target should be Zimbabwe/Harare (ZWE), the party the observers were pulled from, not the EU's own observers."),
 24: ([], "Villepin said police reinforcements would be sent: MOBILIZE (police), future; the sentence names no sender (a coder could give the French government) and no target, and no date, so empty source/target and unknown date are right by the rules."),
 25: (["target"], "Syria released ~600 political prisoners: RETREAT release, Thursday 2000-11-16 right; but the Muslim Brotherhood here is Syria's (SYR), not EGY, and the prisoners are Syrian (SYR): target's country is wrong."),
 26: ([], "Cairo trying to broker a truce between Palestinian factions and Israel: CONSULT (mediate, CAMEO 045) Egypt (EGY) -> Palestinian factions (PSE) and Israel (ISR), ongoing, so document date; right."),
 27: ([], "Sri Lanka Monitoring Mission condemned the bombing: ACCUSE, no party named as target; the SLMM is the right party and LKA (its seat) is accepted, though GOV is the wrong sector for a Nordic-staffed truce mission."),
 28: ([], "Government spokesmen (PAK) welcomed the verdict: SUPPORT; the sentence names no party (the verdict is a ruling, not a party), so the empty target is right; undated, document date right."),
 29: ([], "Arab leaders ended the Sirte summit on Sunday: CONSULT multilateral, Arab leaders (no single country), 2010-03-28; right."),
 30: (["source"], "The troops firing rubber bullets and tear gas at the stone-throwers are Israeli troops: source should be troops (ISR), not PSE; type (crowd control ASSAULT), target and date are right."),
 31: ([], "Washington has pressed Pakistan to take on militants: REQUEST US -> Pakistan (PAK), ongoing, document date; right."),
 32: (["target"], "'them' are the Taliban: the Security Council sanctions target should be the Taliban (AFG), not Saudi Arabia; undated background act, so the unknown date is right."),
 33: (["target"], "The North's leadership pardoned and freed 'him', Gomes: target should be Aijalon Mahli Gomes (USA), not Jimmy Carter, who only requested it."),
 34: (["source"], "It is Interior Minister Yazid Zerhouni (DZA) who 'said ... and accused unnamed parties'; security forces are the subject of the reported restraint, not the accuser. Target (unnamed parties, Algerian context) accepted."),
 35: (["target"], "'the camp' is the African Union peacekeeping base: target should be the AU force/peacekeepers (AU), not Sudan; source fighters (SDN rebels) and Saturday 2007-09-29 are right."),
 36: ([], "Morocco agreed to a similar arrangement with Israel in 1994: AGREE Morocco (MAR) -> Israel (ISR), 1994; right."),
 37: ([], "Palestinian youths threw stones at Israeli positions: PROTEST riot (CAMEO 145) by Palestinian youths (PSE) against Israel (ISR), 1997-01-01; right."),
 38: ([], "Rainsy dismissed as finance minister last October: SANCTION (removal from office) with no dismisser named, target Rainsy (KHM), October 1994; right."),
 39: (["source"], "The killers are Zimbabwe's ruling-party militants and war veterans: the text makes the country plain, so source should carry ZWE, not be empty of code; target MDC supporters (ZWE) and the undated span are right."),
 40: ([], "France sent troops onto the streets last May: MOBILIZE France (FRA), May 1996; no party named as target; right."),
 41: (["target"], "French troops attacked positions held by mutinous soldiers: target should be the mutineers (CAF mutinous soldiers), not the Central African Republic state, which the French were defending."),
 42: (["type"], "Kim Yong Nam issued the pardon, which freed Gomes at once: a material release, RETREAT (release), not CONCEDE (verbal concession); the sentence names no other party, so empty target is right."),
 43: ([], "Prachanda promised the Maoists would respect multiparty democracy and work with other parties: AGREE by Prachanda (NPL); undated news conference, document date right."),
 44: ([], "Austrian police (AUT) arrested Ivo Sanader (HRV) on Friday 2010-12-10: COERCE arrest; right."),
 45: (["event"], "That independent newspapers are 'sharper in their criticism of the government' describes a trend, not an act: spurious."),
 46: (["source", "date"], "The party that called on the government to cut ties is Georgia's parliament (GEO, legislature), not Abkhazia and South Ossetia; and it acted 'a day earlier' than Friday 29 Aug, so date should be 2008-08-28."),
 47: (["target"], "Under the decree it is 'foreigners caught proselytising' who may be expelled (no country given); Afghans face execution, not expulsion: target should be those foreigners."),
 48: ([], "Haniyeh's call on 'our brothers in Egypt' to stop the wall: REQUEST Haniyeh (PSE) -> Egypt (EGY); undated rally, document date right."),
 49: (["modality"], "Zahar 'had been due' in Amman but Jordan called the visit off: the visit did not happen, so modality should be negated (a called-off plan), not asserted; actors and week 2006-W16 are right."),
 50: (["modality", "date"], "Diplomats said sanctions on Russia were unlikely: the sanctions are only a possibility, so modality should be hypothetical, not asserted; and no date belongs to a sanction not taken (at most the Monday 2008-09-01 summit), not the 2008-08-29 of the diplomats' remark."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
out = []
for it in items:
    wrong, reason = V[it["n"]]
    for w in wrong:
        assert w in F, w
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open("events-c.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-c.jsonl")]
assert len(back) == 50
for it, r in zip(items, back):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}
print(counts)
