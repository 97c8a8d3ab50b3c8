"""Write events-b.jsonl from the judge's verdict table below (fields that are wrong, and reasons).
usage: python events-b-tools/verdicts.py   (run from docs/judged/round154)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, reasons). "event" in the list = spurious (all false).
V = {
 1: (["date"], "RETREAT (easing sanctions actually carried out) by Washington toward Cuba ('the two sides') is right; but the easing is a background act of Obama's term (2009-), not this news, so the document date is wrong: the act should carry no date (the text gives none)."),
 2: ([], "Killing of at least three people in Ali's household on Sunday's raid; the sentence names no killer (empty source right), victims in Kolofata, Cameroon (CMR); date 2014-07-27 is the Sunday of the attack."),
 3: ([], "ASSAULT by two female bombers (the Chechen suicide-attack campaign, RUS) killing 14 people outside Moscow; 'last month' from 2003-08-02 is 2003-07."),
 4: (["target"], "The court threw out 'his challenge', i.e. Prabowo Subianto's (IDN) election challenge: target should be Prabowo, not Joko Widodo. Type, source, date (June 2019) right."),
 5: (["date"], "Summoning the Russian ambassador and handing a protest note is ACCUSE (MDA foreign ministry -> Russian ambassador, RUS), right; the date 2012-01-01 is the day of the shooting, not of the summons, which is reported as this news: date should be 2012-01-03 (Tuesday, the document date)."),
 6: ([], "Polish farmers (POL) blockading roads and crossings with Ukraine on Tuesday 2024-02-20: PROTEST obstruct, aimed at Ukrainian imports, so Ukraine is a right target. This is the main-clause act; dateline's other event on the participle 'protesting' (e1, with garbled actors) is the duplicate, not this one."),
 7: ([], "Russian officials blamed Chechen separatists (RUS): ACCUSE, reported as this news on the document date 2003-08-02."),
 8: ([], "Hamas-led gunmen attacked southern Israel on 7 Oct 2023: ASSAULT Hamas (PSE) -> Israel (ISR), date right; attribution to Haniyeh keeps it asserted. The source list also carries a stray fragment 'led gunmen' without a code, but the right party Hamas (PSE) is there."),
 9: (["target"], "Rescue of the crew of a distressed fishing boat by the South Korean warship is AID (humanitarian); rescuer unnamed in the sentence (empty source right). The boat is North Korean ('sent back to the North'): target should be the North Korean crew (PRK), not JPN."),
 10: ([], "Constitutional Court (TUR) banned the Welfare Party (TUR) in January 1998: COERCE ban, all right."),
 11: (["date"], "Investment ban by Washington on Myanmar: COERCE restrict/ban accepted (CAMEO 163 maps to COERCE; SANCTION discontinue would also fit). The text dates it: imposed by Clinton in 1997 and still in force, so the date should be 1997 (or the document date for the standing ban), not empty."),
 12: ([], "Truck bomb killed some 60 people at a government compound in Chechnya in May 2003: ASSAULT, no perpetrator named (empty source right), victims RUS, date 2003-05."),
 13: (["target"], "ACCUSE by Algeria right, August 2021 right; but 'accusing its neighbour' refers to Morocco in the same sentence: target should be Morocco (MAR), not empty."),
 14: (["target"], "Lawsuit for defamation is ACCUSE (CAMEO 115) by Gotabaya Rajapaksa (LKA); 'the paper' refers to the Sunday Leader named in the previous sentence: target should be the Sunday Leader newspaper (LKA). Undated background act, no date right."),
 15: ([], "Morocco rejects any independence referendum (standing position, present tense): REJECT, no party named as target (empty right), document date right for an ongoing stance."),
 16: ([], "Police (SEN) fired tear gas to disperse PDS supporters (SEN) outside the courthouse on Monday 2015-03-23: ASSAULT crowd-control, all right."),
 17: ([], "Washington (USA) has rejected any such swap: REJECT; the swap idea is not a party, empty target right; a standing refusal still in force takes the document date."),
 18: (["date"], "Health ministry's toll of 61 killed: ASSAULT, no perpetrator named, victims LBY; but it is a total summed over the clashes since Aug. 26, so by the round-20 rule it takes no date, not 2018-09-04."),
 19: ([], "Dozens of people (MDA) protested on Monday 2012-01-02 at the bridge and outside the Russian embassy ('Russian troops go home'): PROTEST aimed at Russia, target Russian embassy (RUS) right."),
 20: ([], "Pentagon spokesman Peter Cook (USA) demanded the return of the drone seized by China on Friday 2016-12-16: REQUEST yield -> China (the party that seized it), right."),
 21: ([], "Obama's pledge to close Guantanamo: a promise, AGREE under the conventions; no other party, empty target right; undated background pledge, no date right."),
 22: ([], "Indian authorities put security forces on high alert on Wednesday 2008-05-14: MOBILIZE, no target, right. Distinct from the curfew (e1) in the same sentence."),
 23: (["type"], "Calling its followers to a prayer rally against the march is an appeal (REQUEST from the Georgian Orthodox Church to its followers, or the organising of a PROTEST against the march), not CONSULT/phone. Source, target (its followers, GEO), undated background act and modality right."),
 24: ([], "Vajpayee (IND) ordered Indian security forces to halt offensive operations on Sunday 2000-11-19: an order is REQUEST in PLOVER, actors and date right. (A coder might rather code the unilateral ceasefire offer toward the militants, AGREE, since it takes effect later; the literal act is scored right.)"),
 25: ([], "Ukrainian minister Kubrakov (UKR) demanded punishment of those responsible: REQUEST; the sentence names no addressee (empty target right under the rules, though a coder would think of Poland); reported as this news, document date right."),
 26: ([], "Powell (USA) met Arafat (PSE) on Sunday 2002-04-14: CONSULT, all right."),
 27: (["date"], "Conviction of Videla (ARG): SANCTION convict, no court named in the sentence (empty source right); but the date 1976 comes from the junta's seizure of power; the conviction is this news: date should be 2010-12-22 (the Wednesday of the verdict)."),
 28: ([], "Anti-gay protesters (GEO) protested violently on Monday 2021-07-05 (PROTEST, riot in PLOVER's modes; aim the Pride march and journalists, so empty target right). Caveat: the trigger 'march' is the Pride organisers' cancelled march; the act scored is the anti-gay crowd's protest, which the sentence does report."),
 29: (["source", "modality"], "Lawmakers voting for Katsav as SUPPORT accepted; but the lawmakers are Knesset members, country plain (ISR), not empty; and 'appeared to have voted' is the commentators' conjecture: modality should be hypothetical, not asserted."),
 30: (["date"], "ACCUSE (passive, no accuser named) of the Punjab-based Pakistani Taliban faction (PAK) right; but 'over the past year' (May 2009-May 2010) refers to the attacks, not the year 2009: the standing blame should take the document date (or no date), not 2009."),
 31: (["date"], "Badawi (MYS) and Yudhoyono discussed the violence with Thaksin (THA): CONSULT right; but it is an act of this summit reported as news, so it takes the document date 2004-11-30 (summit day), not no date."),
 32: (["modality"], "Clinton (USA) visiting Vietnam (VNM): CONSULT visit, actors right, undated future act; but Clinton 'was considering a visit': modality should be hypothetical, not asserted."),
 33: ([], "The Kremlin (RUS) has rejected calls to condemn the 1940 annexation: REJECT; the call was just made by Latvia's president Vike-Freiberga (LVA), clearly the party answered; standing refusal on the document date."),
 34: ([], "Georgian activists (GEO) rallied outside government offices on Wednesday 2017-05-31 demanding resignations: PROTEST aimed at the authorities, Georgia (GEO) a right target."),
 35: (["target", "date", "modality"], "Mahathir's announced resignation: RETREAT resign type accepted, but he only stated a decision to resign (and then agreed to stay): modality should be future; target 'National Rally [FRA]' is a misresolution of Malaysia's National Front: should be UMNO/National Front (MYS) or empty; date should be 2002-06-22, the Saturday of the speech, not the document date."),
 36: ([], "Washington (USA) condemned the Cuban court's verdict: ACCUSE -> Cuban court (CUB), reported as this news on the document date, right."),
 37: ([], "Pastrana (COL) condemned the attack: ACCUSE; the sentence names no attacker (empty target right); document date right."),
 38: ([], "Chinese foreign ministry spokesman (CHN) urged Washington (USA) not to accept the Uighurs: REQUEST, document date, all right."),
 39: (["date"], "Gunman (no country given, empty right) shot minister Luagalau (WSM): ASSAULT firearms right; but the text dates the shooting to Friday night (the lead): date should be 1999-07-16, not none."),
 40: ([], "Algeria (DZA) closed its airspace to Moroccan (MAR) aircraft in September 2021: COERCE restrict (CAMEO 172/163 map to COERCE; SANCTION would also fit), all right."),
 41: ([], "Ghana's attorney-general Akuffo (GHA) thanked Ivory Coast (CIV): SUPPORT, on the ruling's day 2017-09-23, right."),
 42: ([], "A few dozen people (PSE) protested in Ramallah last week (2012-W47) against the exhumation, an act of the Palestinian authorities: target Palestinian government right by the protest rule."),
 43: (["date"], "Russia's (RUS) invasion of Ukraine (UKR): ASSAULT right; but the text dates it 'in February' (of 2022): date should be 2022-02, not none."),
 44: (["target"], "The armed groups (LBY) agreed to a ceasefire: AGREE right, Tuesday 2018-09-04 right; but the ceasefire is a reciprocal agreement among the factions, which the UN only brokered: target should be empty (or the rival militias), not the United Nations."),
 45: (["date"], "Vietnam (VNM) pledged to protect copyrights and patents: AGREE, no addressee named (empty right); but the pledge is part of the accord signed on Thursday: date should be 2000-07-13, not the document date 2000-07-14."),
 46: ([], "Veiga (CPV) refused to concede: REJECT, no party named in the sentence (empty target right), reported as this news on the document date, right."),
 47: ([], "Rwanda (RWA) broke off diplomatic relations with France (FRA) in 2006: SANCTION withdraw, all right."),
 48: ([], "Greece (GRC) and Macedonia (MKD) signed an interim accord in September 1995: SUPPORT (sign formal agreement), mutual, all right."),
 49: (["target"], "Iranian officials (IRN) hailed the declaration's clause: SUPPORT right; but the praise is for the Caspian declaration, and the United States is only the addressee of the 'message' the clause sends: target should be empty (or the summit states), not the United States."),
 50: ([], "The United States and France condemned the raid: ACCUSE, the raiders not named in the sentence (empty target right), document date right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-b.jsonl"):
    r = json.loads(l)
    for f in counts: counts[f] += r["verdict"][f]
print(counts)
