"""Write events-a.jsonl from the judge's verdicts below (False fields listed per item)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, or "spurious"), reasons
V = {
 1: ([], "ACCUSE by rights groups (no country given) against Jammeh's government (GMB, the Jammeh entry stands for it); a standing accusation still made when the story is told, so the document date holds."),
 2: ([], "Pakistan accuses Kabul (the Afghan Taliban government, AFG) of harbouring the Pakistani Taliban; present-tense ongoing accusation, document date."),
 3: (["date"], "CONCEDE (declared halt of air strikes) Israel -> Lebanon is right, but the text dates the act: Israel agreed after talks with Rice late on Sunday, so the date should be 2006-07-30, not the document date 2006-07-31."),
 4: ([], "ACCUSE Nasrallah (LBN) -> Judge Tarek Bitar (LBN), a standing accusation in the current dispute; document date acceptable."),
 5: ([], "REJECT by 'his challenger' (Demirchyan, ARM) of the result; no party is the object, empty target right; reported on Thursday 2003-03-06, the document date."),
 6: (["source", "target", "date"], "PROTEST (strike call) is right, but the source should be Jamaat-e-Islami with code BGD (given no country, kind person); the target should be the Bangladesh government/tribunal (BGD) it is aimed at; date 2013-02-24 is the previous Sunday - the strike runs from Sunday 2013-03-03 and the call itself carries the document date 2013-03-01."),
 7: ([], "ASSAULT, killers not named in the sentence (empty source right), 156 Congolese refugees (COD), late Friday 2004-08-13; U.N. officials as reporter."),
 8: ([], "ACCUSE residents (DZA) -> Algerian security forces (DZA) for not intervening; complaint made on Aug 29, the dateline day."),
 9: ([], "ACCUSE (condemn) EU -> no party named in the sentence (the detention only), empty target right; document date."),
 10: (["date"], "ASSAULT crowd-control by government troops (VEN) on a crowd of protesters is right, but the act happened on Tuesday 2019-04-30 (the day of the uprising), not the document date 2019-05-01."),
 11: (["date"], "ACCUSE FARC -> United States is right, but the denunciation is background (earlier, undated: 'bombings ... have continued' since); it should have no date, not 2000-08-30."),
 12: ([], "ACCUSE (condemn) Al-Azhar (EGY) of the killing; attackers not named in the sentence, empty target right; document date."),
 13: (["source", "target"], "A separate disparaging statement (ACCUSE) can be coded beside the REJECT, but the source should be the Iranian foreign ministry spokesman (IRN, country missing) and the target the European trio (GBR/FRA/DEU) whose proposal it called an insult, not Iran; weekend date right."),
 14: (["target"], "ASSAULT casualty total over the campaign with no date is right (empty source acceptable: the sentence names no killer), but the civilians killed in Afrin are Syrian (SYR), not TUR."),
 15: ([], "COERCE arrest of Anwar Ibrahim (MYS), arrester not named, September 1998."),
 16: ([], "REQUEST (urged a return to talks) by the EU's Finnish presidency; addressees not named, empty target right; document date."),
 17: (["target"], "SUPPORT (welcome) by NATO's Secretary-General is right, but 'the two new allies' refers to Albania (ALB) and Croatia (HRV), which should be the target; empty is wrong."),
 18: (["target"], "ACCUSE Yilmaz (TUR) is right, but 'the Union' is the European Union (EU), not a Turkish labour union (TUR/LAB)."),
 19: (["date"], "ASSAULT killing several people incl. Afghan policemen (AFG) is right, but it happened on polling day, Sunday 2005-09-18, not the document date 2005-09-20 (also reported_by should be the interior ministry, not the policemen)."),
 20: ([], "CONCEDE (conceded defeat) by Jose Serra (BRA); winner not named in the sentence, empty target right; election-night act, document date acceptable."),
 21: ([], "CONSULT visit Erdogan (TUR) -> Greece (GRC), Thursday 2023-12-07."),
 22: (["target"], "ACCUSE Pakistan is right, but 'its neighbour' is India (named in the same sentence), which should be the target (IND); repeated accusation with no date acceptable."),
 23: (["date"], "Marginal event (voters approving EU-membership goal in a referendum, SUPPORT voters -> EU accepted), but the text dates the referendum October 20, so the date should be 2024-10-20, not the document date."),
 24: ([], "SUPPORT (sign agreement) mutual Greece and Turkey, Thursday 2023-12-07."),
 25: ([], "REQUEST UN mission in Iraq -> all (Iraqi) sides; document date."),
 26: ([], "ASSAULT casualty total of the Nepal conflict (NPL), no killer named, span total with no date - right."),
 27: ([], "PROTEST demo tens of thousands (SYR) on Friday 2011-04-22; no aim named, so the Syrian state is a right target."),
 28: (["date"], "ASSAULT killing Chinese workers (CHN) in crossfire, no killer named - right, but the attack was on Tuesday 2007-04-24, not the document date 2007-04-25."),
 29: ([], "SUPPORT (hailed the arrest) Australia -> Thailand, which made the arrest (clearly the party praised); document date."),
 30: ("spurious", "Spurious: 'trading security for a flawed peace' is a metaphor inside Netanyahu's accusation, not material cooperation; the act to code is ACCUSE Netanyahu -> Peres, which this is not."),
 31: ([], "MOBILIZE troops (NPL) in Kathmandu, document date Saturday 2002-10-05."),
 32: (["source", "target"], "PROTEST demo from Monday 2025-09-08 is right, but the source should be the 'Gen Z' youth protesters (NPL), not empty, and as the protest is aimed at a government ban the target should be the Nepal government (NPL), not empty."),
 33: ([], "COERCE arrest of hundreds of marchers (BLR), detainer unnamed, Sunday 2020-09-06."),
 34: (["target"], "ASSAULT by Palestinian suicide bombers (PSE) on Sunday morning is right, but the sentence names the victims, so the target should be the at least 25 people killed in Israel (ISR), not empty."),
 35: (["type", "target", "date", "modality"], "The act is a refusal: REJECT (or negated CONSULT) by Turkey toward the EU ('the 15-nation bloc'), asserted on 1997-12-14; Cyprus is a topic, not the party, and March 1998 is the date of the London conference, not of the talks; future is wrong."),
 36: ([], "SUPPORT (recognition) US -> Kosovo, expected in the coming days: future, no date - right."),
 37: ([], "COERCE restrict (closure of West Bank and Gaza) Peres (ISR) -> Palestinian territories (PSE), document date."),
 38: ([], "SUPPORT (congratulated) Putin (RUS) -> Nikolic (SRB), document date."),
 39: ("spurious", "Spurious: parliament amending the constitution to scrap a term limit is a domestic legislative act with no PLOVER interaction ('presidency' is no party); no material concession to anyone (RETREAT) is reported."),
 40: ("spurious", "Spurious: a ship captain declaring a maritime emergency is not a state of emergency imposed by an authority (COERCE); Captain Rinnan is the Norwegian ship's master, not Australian military."),
 41: ([], "REQUEST US State Department spokesman -> both sides (China, Taiwan), document date."),
 42: (["date"], "AID Japan -> South Korea under the 1965 accord is right, but it is a background act of 1965; the date should be 1965, not the document date."),
 43: ([], "COERCE arrest police (KOR) -> one man (KOR), Friday 2025-04-04."),
 44: ([], "Campaign promise coded AGREE (intent) by Conde (GIN), no party named, empty target right; standing pledge, document date acceptable (marginal as an event)."),
 45: (["modality"], "ACCUSE Turkish officials -> Saudi government, earlier and undated, is right, but Riyadh's denial does not negate the accusation: modality should be asserted, not negated."),
 46: (["source"], "AGREE (bailout pledge agreed last week, 2011-W43 ~ Oct 27) toward Greece/Papandreou is acceptable, but the euro zone leaders are a multinational group (EU/no code), not Greek (GRC)."),
 47: ([], "ASSAULT firearms Syrian security forces (SYR) -> at least 75 people (SYR), Friday 2011-04-22."),
 48: (["type"], "Armed forces taking control of ground (the Gaza side of the Rafah crossing) is ASSAULT by the conventions, not COERCE seize; Israel -> Palestinian (PSE), 2024-05-07 right."),
 49: (["date"], "COERCE arrest police (ARM) -> 200+ people (ARM) is right, but it is a total over two weeks of protests before the story, which has no date, not the document date."),
 50: (["date"], "ASSAULT killing 24 people (ISR) on the bus is right, but the text dates the blast (Sunday morning, shortly before 7 a.m.), so the date should be 1996-02-25, not unknown."),
}
out = []
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
assert len(items) == 50
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(os.path.join(ROOT, "events-a.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
for f in F + ["all"]:
    print(f, sum(o["verdict"][f] for o in out))
