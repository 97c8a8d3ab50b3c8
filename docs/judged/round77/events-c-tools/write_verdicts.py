"""Write events-c.jsonl from judge c's verdicts (fields that are wrong listed per item) and check it.
usage: python3 events-c-tools/write_verdicts.py   (run in docs/judged/round77)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, reasons); "event" in wrong fields = spurious
V = {
 1: (["target"], "RETREAT (withdrawal of troops from the zone), Pastrana (COL), November 1998 and asserted are right; the withdrawal is made toward the FARC, named in the sentence ('as a gesture to bring the FARC to the table'), so the target should be the FARC (COL rebels), not empty."),
 2: (["target", "date"], "The arrest (COERCE) with no named agent is right, but the person detained is Asif Ali Zardari (PAK), not Benazir Bhutto; the date 1996-02-03 is the date of the election set in the previous sentence, and the detention is this news, so it should be 1996-11-05 (document date)."),
 3: ([], "Granting asylum is AID (CAMEO 075); Brazil's foreign ministry (BRA) -> Gutierrez (ECU), reported on Thursday 2005-04-21, asserted: all right."),
 4: (["target"], "Warning shots as THREATEN (threat of force) by Lebanese troops (LBN) on Tuesday 2010-08-03, asserted with the army as reporter, are right; the shots were fired at the Israelis who the same sentence says had crossed into Lebanon, so the target should be the Israeli troops (ISR), not empty."),
 5: ([], "Calling the attack an attempt by forces opposed to unity is ACCUSE (disapprove) by Abiy (ETH); the accused 'forces' are unnamed, so an empty target is right; 'later' gives no date, so the document date is right by the rules (a coder could also put Saturday 2018-06-23)."),
 6: ([], "India and Pakistan agreed to open more links: AGREE, mutual, Monday 2005-04-18, asserted: all right."),
 7: ([], "The Interior Ministry (EGY) blamed 'rioters and instigators' (EGY): ACCUSE, document date as this news, asserted: all right."),
 8: ([], "Odinga (KEN) demanding a fresh election is REQUEST; the sentence names no addressee, so an empty target is right; the present-perfect demand is current news at the document date: all right."),
 9: ([], "Sudanese security forces (SDN) arrested Turabi (SDN) on Wednesday 2001-02-21: COERCE, all right."),
 10: ([], "The deal Turkey reached with Libya's Tripoli government in November 2019 is a (reciprocal) agreement, AGREE (SUPPORT 'finalize an agreement' would also do); Turkey (TUR) -> Tripoli government (LBY), 2019-11, asserted: all right."),
 11: (["source"], "PROTEST against Fujimori's re-election (an act of the authorities, so Fujimori/PER is a right target) 'last year' = 2000, asserted, are right; the source Toledo is given no country (coded as a 'country' with code None), it should be Peru (PER)."),
 12: ([], "France (FRA) congratulating Bouteflika (DZA) is SUPPORT (praise), document date, asserted: all right."),
 13: (["type"], "'The strike' here is the air strike on Monday afternoon (2024-04-01), an ASSAULT, not a labour strike (PROTEST); no attacker is named in the sentence and the building's owner is not named in it, so the empty source and target are right; date and modality are right."),
 14: ([], "The Thai foreign minister (THA) supporting Cambodia's (KHM) UNESCO application is SUPPORT, a background act with no date in the text (unknown is right), asserted (the court ruled the support wrong, not that it happened): all right."),
 15: (["date"], "Apologising is SUPPORT (CAMEO 055) by Arroyo (PHL) with no named addressee; but the apology is a background act of the previous year (the recordings scandal 'since last year'), so the document date is wrong: it should have no date (unknown) or 2005."),
 16: (["target"], "The motorcyclists' protest ride (PROTEST, CYP, Sunday 1996-08-11) is right, but its aim is the island's division, not the Cypriot authorities, so the state Cyprus is a wrong target; empty (or the Turkish Cypriot side) would be right."),
 17: (["source"], "France welcoming its seat on the monitoring group is a SUPPORT of the arrangement, target empty, document date: right; but the source is France (FRA), not the United States government."),
 18: (["source", "target"], "The protests that began on Thursday 2017-12-28 are PROTEST with the right date; but the sentence names the protesters ('some crowds', in Iran) and the clerical leadership they chanted against, so source should be Iranian protesters (IRN) and target Iran's clerical leadership/government (IRN), not empty."),
 19: ([], "The 2001 indictment of Gotovina (HRV) is ACCUSE (criminally indict); the tribunal is not named in the sentence, so the empty source is right; 2001, asserted: all right."),
 20: ([], "Comoros (COM) demanded France (FRA) hand Bacar over: REQUEST, Wednesday 2008-03-26, asserted: all right."),
 21: (["type"], "Armed men taking over the police headquarters and SBU building is armed seizure of ground, ASSAULT by the settled convention (COERCE seize is kept for police/authorities); source (armed men in Slaviansk, UKR), target SBU/police (UKR), Saturday 2014-04-12 and asserted are right."),
 22: ([], "Saudi Arabia, the UAE and Qatar condemning the strike is ACCUSE; the attacker is not named in the sentence, so the empty target is right; document date, asserted: all right."),
 23: ([], "Paris insisting that Europe should not be a spectator is a REQUEST/demand by France (FRA) with no named addressee; part of this week's news, document date right; asserted with the French official as reporter: all right."),
 24: ([], "Zelenskiy's 'Ukraine would not give up anything to anyone' is a refusal to concede: CONCEDE negated (as the rules allow for 'refused to withdraw'), Ukraine (UKR), no target, late-night address reported at the document date: all right."),
 25: ([], "Riot police (EGY) firing tear gas and rubber bullets at protesters (EGY) is ASSAULT crowd-control, Monday 2008-04-07, asserted: all right."),
 26: ([], "Scioli (ARG) conceding defeat is CONCEDE (CAMEO 080); Macri is not named in the sentence, so no target; no date in the text for the concession, so the document date is right by the rules: all right."),
 27: (["target"], "Paris (FRA) refusing the withdrawal demand is REJECT, asserted, at the document date; but the target of the rejection is Niger's junta (NER), which made the demand, not the French soldiers."),
 28: (["source"], "Supporting NATO's intention to investigate is SUPPORT toward NATO at the document date; but the source is Clinton and Panetta (USA), not a 'Defence' organisation coded PAK."),
 29: (["target"], "Human rights groups (no country) calling for Turabi's release or trial is REQUEST, document date, asserted: right; but Turabi is the subject of the demand, not its addressee: the target should be the Sudanese authorities holding him (SDN) or empty."),
 30: ([], "Spanish police (ESP) arrested Gotovina (HRV) on Wednesday evening 2005-12-07: COERCE, all right."),
 31: ([], "Yemen and Eritrea (mutual) held talks earlier in 1995: CONSULT, 1995, asserted: all right."),
 32: (["target"], "Russia (RUS) criticising the strikes is ACCUSE at the document date; but the strikes are the United States' (and allies'), so the target should be the United States (USA) (or empty as the sentence names no party), not Syria and the United Nations, whose consent/mandate is only mentioned."),
 33: ([], "Agreeing to ease export controls is a promise to ease restrictions, CONCEDE in the codebook; Washington (USA) -> India (IND), asserted; the date follows the Saturday narrative of the visit (defensible reading; the text gives no other date)."),
 34: ([], "Egypt (EGY) pressing Yemen and Eritrea to accept a ceasefire: REQUEST, document date, asserted with the Arab diplomat as reporter: all right."),
 35: ([], "Clinton announcing U.S. support for strengthening Rwanda's justice system is a pledge of support (AGREE, CAMEO 032); Clinton (USA) -> Rwanda (RWA), Wednesday 1998-03-25, asserted: all right."),
 36: ([], "Nine people (IRN) killed overnight in clashes: ASSAULT with no named agent, overnight before the report = document date, asserted (state television as reporter): all right."),
 37: ([], "Washington (USA) welcoming the peaceful election is SUPPORT with no party named; 'on Saturday' in wire style dates the welcome (Saturday 1996-03-23), asserted: all right."),
 38: ([], "Signing the integration agreement is SUPPORT ('sign or finalize an agreement', CAMEO 057); al-Sharaa (SYR) and SDF commander Abdi (SYR) mutual, Monday 2025-03-10, asserted: all right."),
 39: ([], "Israeli shells (ISR) striking the U.N. compound at Qana (UN) on 1996-04-18: ASSAULT, asserted with Lebanese officials as reporter: all right."),
 40: ([], "M23 fighters (COD rebels) patrolling Bukavu's streets is a show of force, MOBILIZE (CAMEO 150), no target, Sunday 2025-02-16, asserted: all right."),
 41: (["event"], "Spurious: about a million German tourists visiting Tunisia each year is tourism, not an act between political actors (no CONSULT)."),
 42: (["target"], "Leaders of Venezuela (VEN) etc. hailing Castro is SUPPORT at the document date; but 'him' is Fidel Castro (CUB), not Xi Jinping."),
 43: (["target"], "The U.S. (USA) still demanding Assad's removal is REQUEST (change of leadership), ongoing at the document date, asserted; but the target is Bashar al-Assad (SYR), named in the sentence, not empty."),
 44: (["date"], "Obama (USA) urging India (IND) is REQUEST, asserted; but 'in the same speech' is the speech to parliament on Monday, so the date should be 2010-11-08, not the document date 2010-11-09."),
 45: ([], "Blair (GBR) and Bush (USA) condemning the bombings is ACCUSE; the bombers are unnamed, so no target; Thursday 2003-11-20 (the dateline day), asserted: all right."),
 46: ([], "Summoning the Swiss envoy (CHE) is an official complaint, ACCUSE (CAMEO 114), by Iran's foreign ministry (IRN), document date, asserted: all right."),
 47: (["target"], "Williams (UN) proposing a joint committee is an offer, AGREE, at the document date, asserted; but the proposal is made to 'the two legislative bodies' (Libya's House of Representatives and High Council of State, LBY), which the sentence names, so an empty target is wrong."),
 48: (["source"], "Beating of protesters (people, GEO) is ASSAULT beat at the document date, asserted; but the same sentence names the officers (Georgian police, GEO) as those kicking protesters, so the source should be the Georgian police, not empty."),
 49: ([], "India (IND) blaming Musharraf (PAK) for the failed Agra summit two years after 1999 = 2001: ACCUSE, asserted: all right."),
 50: ([], "Ranariddh (KHM) condemning the attack is ACCUSE; attackers unnamed, so no target; Sunday 1997-03-30 (the dateline day), asserted: all right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    assert set(wrong) <= set(F)
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open("events-c.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-c.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
print({f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}, "of", len(back))
