"""Write events-b.jsonl from judge b's verdicts (round 89). Fields: ev, ty, so, ta, da, mo."""
import json
T, F = True, False
V = {  # n: (event, type, source, target, date, modality, reasons)
 1: (T,T,T,T,T,T, "NATO leaders' pledge to intensify air strikes on Yugoslavia until Milosevic yields is a coercive threat of force (THREATEN), made Saturday 1999-04-24; all fields right."),
 2: (T,F,T,F,T,T, "The two prime ministers' mutual agreement to free each other's prisoners is AGREE (reciprocal commitment; CAMEO 0353 intent to release -> AGREE), not CONCEDE. Source 'leaders' (Gujral and Sharif jointly) accepted; target 'civilian prisoners[PAK]' is wrong: the prisoners are of both countries, and for a reciprocal agreement the other leader (India/Pakistan) or no target is right."),
 3: (T,T,T,T,T,T, "EU asked for an independent inquiry: REQUEST by the EU; the sentence names no addressee, so an empty target is right; document date for the reported statement."),
 4: (T,T,F,F,T,T, "'The assault' is the Kano attack (ASSAULT, Friday afternoon 2012-01-20 right), counted as the event for this act (the first mention; e2 'struck' duplicates it). Source should be the suicide bombers and gunmen named in the same sentence, and target the Nigerian police (NGA) whose headquarters and stations were struck; both are empty."),
 5: (T,T,T,T,T,T, "Thousands of young people protesting in Belgrade against Vucic's authoritarian rule: PROTEST aimed at the authorities, so the Serbian state is a right target; Monday 2017-04-03."),
 6: (T,T,T,F,T,T, "Turkey's 1974 invasion is ASSAULT dated 1974 as given; but Cyprus, named in the same sentence, is the invaded party, so the target should be Cyprus (CYP), not empty."),
 7: (F,F,F,F,F,F, "Duplicate: 'suicide bombers and gunmen struck' is the same attack already coded from this sentence by e1 'The assault' (the first mention). Had it stood, its date would also be wrong (2012-01-21 instead of Friday 2012-01-20)."),
 8: (T,T,T,T,T,T, "South Korean critics saying North Korea's 'regret' fell short of an apology is a disapproving statement (ACCUSE disapprove); the sentence names no party as the object of the criticism, so an empty target is right; document date."),
 9: (T,T,T,T,T,T, "Medvedev ('He') is expected to sign agreements with Chavez: SUPPORT (sign agreement), future; the text gives no date for the signing itself, so the unknown date is accepted."),
 10: (T,T,T,T,T,T, "Netanyahu's apology to Turkey is SUPPORT (CAMEO 055); Friday 2013-03-22; all right."),
 11: (T,F,T,T,T,T, "The clause reports that the United States 'would stop bombing' the Houthis: the act is a declared halt to the strikes (CONCEDE, a declared ceasefire), not an asserted ASSAULT. Source, target, date (Tuesday 2025-05-06) and asserted modality of the declaration are right."),
 12: (T,T,T,T,T,T, "U.S. spokesman called on both sides (India and Pakistan) to respect the Line of Control: REQUEST with both as targets; document date."),
 13: (T,T,T,T,T,T, "Yilmaz accusing Rome (the Italian government) of sheltering Ocalan: ACCUSE, Tuesday 1998-11-17; all right."),
 14: (T,T,T,T,F,T, "Western governments welcomed the election result (SUPPORT, no named target) is right, but the date 1999-01-24 comes from the January 24 presidential election in the previous sentence (and the wrong year); it should be the document date 2000-01-04."),
 15: (T,T,T,T,T,T, "Mali declared a state of emergency on Saturday 2015-11-21: COERCE (state of emergency); no target named; all right."),
 16: (T,T,T,T,T,T, "Georgescu condemned the bureau's decision: ACCUSE disapprove; 'the decision' names an act, not a party, so an empty target is right by the sentence rule (a coder would like the Central Electoral Bureau, ROU); document date."),
 17: (T,T,T,T,T,T, "Washington holding Indonesia responsible for security is blame (ACCUSE) by the U.S. toward Indonesia; spokesman as reported_by; document date; right."),
 18: (T,T,T,T,T,T, "Beijing expressed support for Russia's Chechnya campaign: SUPPORT China -> Russia, 2001-07-16 (the statement of the summit day); right."),
 19: (T,T,T,T,T,T, "Critics in Congress saying the law would tie Washington's hands is a disapproving statement (ACCUSE disapprove) by U.S. critics; no party named as object; March 12 1996 (dateline day) is right."),
 20: (T,T,T,T,T,T, "Vajpayee spoke by telephone with Sharif 'earlier this week': CONSULT (phone) IND -> PAK, ISO week 1999-W21 of the 26 May report; reported by Indian officials; right."),
 21: (T,T,T,T,T,T, "Ahtisaari presenting his Kosovo settlement proposals is the mediator's act (CAMEO 045 mediation -> CONSULT); target the province (Kosovo) offered the plan; Friday 2007-02-02. The AGREE 'offering' in the same sentence is the later mention of the same plan."),
 22: (F,F,F,F,F,F, "Spurious: Annan calling for a moment of silence at the summit is a ceremonial gesture, not a request to a political actor (no PLOVER REQUEST)."),
 23: (T,F,T,T,T,T, "The cabinet approving a plan to send troops to Iraq is Japan's commitment to deploy troops for Iraq's reconstruction: AGREE (pledge of military/humanitarian help; MOBILIZE would also do), not SUPPORT (verbal approval of a party). Source, target Iraq, date Tuesday 2003-12-09 and modality right."),
 24: (T,T,T,T,F,F, "Rice postponed a planned visit to Cairo: the visit did not take place, so CONSULT must be negated (or SANCTION asserted), not asserted. The date 2005-03 belongs to Nour's release on bail in the other clause; the text gives no date for the postponement (part of the earlier 'weeks of pressure'), so it should be undated."),
 25: (T,T,T,T,T,T, "State Department urged Honduras' new leaders to form a unity government: REQUEST USA -> HND leaders; document date; right."),
 26: (T,T,T,T,T,T, "Schroeder telephoned Miller to congratulate him: the congratulation is SUPPORT DEU -> POL, distinct from the CONSULT phone call; document date; right."),
 27: (T,T,T,T,T,T, "Kim Dae-jung welcomed the U.S. move: SUPPORT; 'the move' names an act, not a party, so an empty target is right by the sentence rule; document date."),
 28: (T,T,T,T,T,T, "Gazprom halted gas supplies to Belarus on Wednesday 2004-02-18: cutting a commercial exchange is SANCTION (discontinue); right."),
 29: (T,T,T,T,T,T, "Gazprom's demand that Minsk pay $50 and cede a Beltransgaz stake is a standing REQUEST to the Belarusian government, current at the time of the story (document date); right."),
 30: (T,F,T,F,T,T, "India sending fighter jets and helicopter gunships against infiltrators is an air attack (ASSAULT, aerial; the next sentence calls them strikes), not MOBILIZE; the target should be the armed infiltrators named in the sentence (no country code). Date Wednesday 1999-05-26 right."),
 31: (T,T,T,T,F,T, "Arrests of dozens of opposition supporters (COERCE arrest; agent not named, so empty source right) are a background total accumulated over past months ('have been arrested'), so they should have no date, not the document date 2016-10-13."),
 32: (T,T,T,F,T,T, "Gunmen setting fire to NATO supply tankers: ASSAULT, Friday 2010-10-01; source gunmen (in Sindh) accepted. Target Pakistan is wrong: the tankers carry NATO supplies; the sentence names no party acted upon, so the target should be empty (or NATO)."),
 33: (T,T,T,T,T,T, "Angola's ambassador welcomed the Security Council decision: SUPPORT; no party named; document date (no date in text); right."),
 34: (T,T,T,T,T,T, "White House welcomed any move that reduces violence: SUPPORT by the USA, no party named; Monday 2016-03-14 of the dateline; right."),
 35: (F,F,F,F,F,F, "Duplicate: 'accusing Abe of brazenly trampling on the feelings' is part of the same condemnation already coded from this sentence by e2 'condemns' (one statement by Qin Gang/China against Abe's visit)."),
 36: (F,F,F,F,F,F, "Duplicate: 'the biggest American military deployment' is an appositive renaming the joint exercise already coded from this sentence as e1 'began' (COOPERATE U.S. -> Philippine forces)."),
 37: (T,T,T,T,T,T, "EU officials welcomed the Moldovan vote: SUPPORT; no party named; document date; right."),
 38: (T,T,T,F,T,T, "Several governments called for restraint: REQUEST, document date right; but 'all sides' refers to Israel and Iran (the parties to the strikes), so the target should be Israel (ISR) and Iran (IRN), not empty."),
 39: (T,T,T,T,T,T, "Belgrade march organisers accused the government of controlling the media: ACCUSE SRB group -> Serbian government; Monday 2017-04-03; right."),
 40: (T,T,T,T,T,T, "OSCE-led observers praised campaign improvements: SUPPORT; observers of an international mission rightly without a country; no party named; document date; right."),
 41: (T,T,T,T,T,T, "Trudeau announced his resignation in January: RETREAT (resign), already effective by the time of the story; date 2025-01 as given; right."),
 42: (T,T,T,F,T,T, "U.S. accusing the sanctioned officials of curtailing freedoms: ACCUSE, Friday 2020-08-07 right; but 'them' is Carrie Lam and the 10 Hong Kong and Chinese officials (HKG/CHN), not the China government as an organisation."),
 43: (F,F,F,F,F,F, "Duplicate: 'the country's first military deployment' is the troop dispatch already coded from this sentence by e1 'approved a plan to send ground troops'. As an event it would also be wrong: the deployer is Japan (not Iraq), target Iraq, and the deployment is future."),
 44: (T,T,T,T,T,T, "Clinton dropped his objections to the Helms-Burton bill: CONCEDE (yield), source Clinton; no party named; the text gives no date for it beyond 'after ... last month', so undated is accepted."),
 45: (T,T,T,T,T,T, "Mikati urged Kordahi to put the national interest first: REQUEST LBN -> LBN; document date; right."),
 46: (T,T,T,T,F,T, "Vucic's trip to Moscow for talks with Putin: CONSULT (visit) SRB -> Russia, right; but it happened 'during the campaign' before the vote, a background act, so the document date 2017-04-03 is wrong (should be undated, or March 2017)."),
 47: (T,T,T,T,T,T, "Baghdad had repeatedly asked Syria to hand over militants: REQUEST IRQ -> SYR, reported by al-Dabbagh; repeated past act with no date, unknown date right."),
 48: (T,T,T,T,T,T, "Sudanese officials defended the court's independence: SUPPORT (defend verbally) toward the Sudanese court; document date; right."),
 49: (T,T,T,F,T,T, "Aquino asking 'the president' to spare the country: REQUEST, Friday 2005-07-08 right; but 'the president' in the sentence is Gloria Macapagal Arroyo (PHL), so the empty target is wrong."),
 50: (T,T,T,T,T,T, "Russia formally recognised the Taliban administration: SUPPORT (diplomatic recognition) RUS -> Taliban (AFG), Thursday 2025-07-03; right."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
# counts
rows = [json.loads(l) for l in open('events-b.jsonl')]
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    print(f, sum(r["verdict"][f] for r in rows))
