"""Write events-d.jsonl from the judge's verdict table below (fields: event type source target date modality)."""
import json

T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Critics accusing Khama of an authoritarian style is ACCUSE (disapprove rather than allege, but the type is right); unnamed critics with no country, Khama (BWA), the document date for a present, ongoing charge, asserted: all right."),
 2: (T,F,T,F,T,T, "Pulling diplomats out of Khartoum is reducing diplomatic relations, SANCTION (CAMEO 161), not a military RETREAT; target should be Sudan/Khartoum (SDN), not the U.S. diplomats who were withdrawn. Source, 1996 and asserted are right."),
 3: (T,T,T,F,T,T, "Arrest by Mexican authorities on Feb. 18 is right, but Gen. Jesus Gutierrez Rebollo is Mexico's anti-drug chief, so the target's code should be MEX, not USA."),
 4: (T,T,T,T,T,F, "The planned Machimura visit to China (CONSULT visit, JPN -> CHN, later this month) is coded right in type, parties and date, but Beijing says the visit is no longer appropriate, so it is called off: modality should be negated (at most hypothetical), not asserted. A coder would also code China's REJECT of the visit, which dateline missed."),
 5: (T,T,T,T,T,T, "Karume's call for calm is a REQUEST with no addressee in the sentence (empty target right), TZA, reported as this news on the document date, asserted."),
 6: (T,T,T,T,F,T, "The IRA ordering the restoration of its ceasefire is RETREAT ceasefire by the IRA (GBR), no target; but the date was taken from '1994' in 'its 1994 ceasefire': it should be 1997-07-19, the Saturday of the announcement."),
 7: (T,T,T,T,T,T, "The government and RUF agreeing to let peacekeepers deploy and to return weapons is an AGREE distinct from the ceasefire signing (e1); mutual SLE parties, Friday 2000-11-10, asserted: all right."),
 8: (T,T,T,T,T,T, "Saiful lodging the sodomy complaint is ACCUSE allege by Saiful (MYS); Anwar is not named or referred to in the sentence, so the empty target is right; 'late last month' = 2008-06; asserted."),
 9: (T,T,T,T,T,T, "The factions welcoming the end of the fighting is SUPPORT by Palestinian factions (PSE) with no party named as target; undated news, so the document date is right; asserted."),
 10: (T,T,T,T,T,T, "Tokyo lifting the charter-flight ban is easing sanctions, RETREAT (CAMEO 085), Japan -> North Korea, 'last month' = 1999-11, asserted: all right."),
 11: (T,T,T,T,T,T, "Mauritanian soldiers attacking the al Qaeda camp is ASSAULT, MRT -> al Qaeda (no country), Thursday = 2010-07-22, asserted: all right."),
 12: (T,T,T,F,T,T, "Attacks on coalition troops (ongoing, in recent weeks) are an ASSAULT with an unnamed attacker and the document date, but the coalition troops are the U.S.-led multinational force, not Iraqi: the target's code should be empty (or USA), not IRQ."),
 13: (T,T,T,T,T,T, "Robertson's talks with Putin and Ivanov are CONSULT, NATO -> RUS, Wednesday 2000-02-16 from the lead, asserted: all right."),
 14: (T,T,T,T,F,F, "Portugal calling on Jakarta to guarantee no punishment is a REQUEST PRT -> IDN made now: it is asserted (the 'if they were allowed to leave' condition belongs to the offer of entry, not to the call), and as undated news it takes the document date 1995-12-08, not no date."),
 15: (T,T,T,T,T,T, "The lower court convicting Amina Lawal in March is SANCTION convict, NGA -> NGA, 2002-03, asserted: all right (her 'organization' kind is a slip in the actor kind only)."),
 16: (T,T,F,F,T,T, "Lawmakers threatening to overturn Mexico's certification is THREATEN, but they are members of the U.S. Congress: source should be the U.S. lawmakers (USA), not COL; target should be the administration's certification decision (U.S. government, USA) or empty, not the lawmakers' own Congress."),
 17: (T,T,T,T,F,T, "'The general had been charged' is this week's indictment of Pinochet (ACCUSE allege; no charging party named, so empty source is right; target Pinochet CHL right); it is the act of the report, so the date should be 2004-12-13 (Monday), not unknown."),
 18: (T,F,T,T,T,T, "North Korea firing a Taepodong rocket over Japan was a missile launch/test, not an attack on Japan: type should be MOBILIZE (weapons test). Parties PRK -> Japan, August 1998 and asserted are acceptable."),
 19: (T,T,T,F,F,T, "Khartoum refusing to hand over the three men is REJECT by Sudan, but Mubarak was the victim of the ambush, not the party refused: target should be empty (the requesting party, Ethiopia/the UN, is not in the sentence); it is a background act before the 1996 measures, so it should have no date, not the document date."),
 20: (T,T,T,T,F,F, "Wahid's intent to seek dialogue with religious and student leaders (IDN) is AGREE (CAMEO 036, intent to meet); by the conventions an expressed intent/offer is asserted and dated when it is stated, so modality should be asserted and the date the document date (1999-11-09), not future with no date."),
 21: (T,T,T,T,T,T, "Moscow recognising Abkhazia and South Ossetia is SUPPORT (diplomatic recognition), RUS -> the breakaway Georgian regions, 'last August' = 2008-08, asserted: all right."),
 22: (T,T,T,T,T,T, "Pakistan condemning the killings is ACCUSE disapprove; the killings are those by Indian police and paramilitary gunfire in the previous paragraph, clearly the party acted upon, so Indian police (IND) is accepted; undated news dated on the report day (Sept 20), asserted."),
 23: (T,T,T,T,F,F, "The Angolan government wanting the Security Council to tighten sanctions on UNITA is a REQUEST AGO -> UNSC made now: modality should be asserted, not future, and as undated news it takes the report's date (1999-02-26/27), not no date."),
 24: (T,T,T,F,T,T, "Abbas pressing for the commitment is a REQUEST by Abbas (PSE), but he pressed the Palestinian factions for their commitment, not Sharon (named only as the summit partner): target should be the Palestinian factions (PSE) or empty. Unknown date for this background act is right."),
 25: (T,T,T,F,T,T, "The State Department urging both sides to resume dialogue is REQUEST, USA, on 2000-05-20; but 'both sides' are Taiwan and China: target should be Taiwan (TWN) and China (CHN), not a group coded USA."),
 26: (T,T,T,F,T,T, "Democrats in Congress criticising the pact's capital-flow provisions is ACCUSE disapprove by Democrats (USA); the criticised thing is the agreement's provisions, not Singapore itself: target should be empty (or the U.S. administration that negotiated them, USA), not Singapore."),
 27: (T,T,F,T,F,F, "The sentence's act is Motswaledi's court challenge suing the president (ACCUSE allege against Khama, BWA, right); 'could not be sued' is the judges' ruling on it, not a negated act: source should be Motswaledi (BWA), modality asserted, and the date none (a background act of the campaign), not the document date."),
 28: (T,T,T,T,T,T, "Larijani's resignation is RETREAT resign per the PLOVER codebook, IRN, no target; 'days after' gives no date, so unknown is right; asserted."),
 29: (T,T,T,T,T,T, "Zimbabwean police detaining Sithole is COERCE arrest, ZWE -> ZWE, reported as this news on the document date, asserted: all right."),
 30: (T,T,T,T,T,T, "Deri 'recently convicted of bribery' is SANCTION convict with no court named (empty source right), Deri (ISR), no date given, asserted: all right."),
 31: (T,T,T,T,T,T, "Hezbollah killing Israeli soldiers during the winter is ASSAULT LBN -> ISR with no exact date (unknown right), asserted: all right."),
 32: (T,F,T,T,F,F, "Arab states pledging $55 million a month is an offer of aid: AGREE by the conventions (wave 76), not AID; the pledge was made in the summit's final statement, so it is asserted and dated Wednesday 2006-03-29, not future with no date. Parties (Arab states, no single code -> PA, PSE) are right."),
 33: (T,T,T,T,T,T, "The military court sentencing 25 Brotherhood members is SANCTION convict, EGY -> Muslim Brotherhood (EGY), Tuesday = 2008-04-15, asserted: all right."),
 34: (T,T,T,T,T,T, "ElBaradei calling for an end to emergency rule is REQUEST by ElBaradei (EGY); no party is named as addressee (empty right); an ongoing call, so the document date is acceptable; asserted."),
 35: (T,T,F,F,T,T, "Nationalist politicians accusing negotiators is ACCUSE, but the sentence places them in both countries' legislatures: the politicians and the negotiators are Argentine and Chilean, so ARG alone is wrong for both source and target (should be ARG and CHL, or empty). No date for this 1990s background act is right."),
 36: (T,F,T,T,F,F, "Moscow saying it would work with whoever wins is an expression of willingness to cooperate: AGREE (CAMEO 030), not COOPERATE; the statement was made on Monday, so it is asserted and dated 2004-12-27, not future with no date. Russia -> Ukraine is right."),
 37: (T,F,T,T,T,T, "'Would not give up its weapons' is about disarming, not giving aid: type should be RETREAT (disarm) negated (or REJECT asserted), not AID. Hezbollah, no target, the document date and negated are right."),
 38: (T,T,T,F,T,T, "Britain and the EU urging the government to respect freedom of assembly is REQUEST GBR/EU, but 'the government' is the Maldives government (MDV), not Sri Lanka (Colombo is only where diplomats spoke)."),
 39: (T,T,T,T,T,T, "Mosisili asking everybody to accept the verdict is REQUEST by Mosisili (LSO) with no specific addressee (empty right), said as this news, asserted: all right."),
 40: (T,T,T,T,F,T, "Killings during nearly a decade of military operations are ASSAULT on people in Aceh (IDN); empty source is accepted (no party named, though the Indonesian military is implied); but this is a total summed over a span that ended last year, so it has no date, not 1999-11-08."),
 41: (T,T,T,T,F,T, "Riot police firing tear gas at CUF supporters is ASSAULT crowd-control TZA -> TZA, asserted, but the text dates it Monday and Tuesday: date should be 2005-10-31/2005-11-01, not the document date."),
 42: (T,T,F,F,F,T, "The act is the CIS leaders (with Yeltsin) calling for an end to NATO air strikes on Yugoslavia, a REQUEST; the leaders are of several CIS states so the source code should be empty, not RUS; target should be NATO, not Yeltsin (whom they joined); date should be the summit's Friday 1999-04-02."),
 43: (T,T,T,F,F,T, "Lee meeting Hu in Shanghai is CONSULT by Lee (KOR), but Hu Jintao is China's president: target code should be CHN, not PRK; the meeting came days before Kim's visit and the text gives no date, so no date, not 2010-05-07."),
 44: (T,T,T,T,T,T, "Baghdad halting oil exports in protest is SANCTION (discontinue commercial exchange) by Iraq, no party named as target, early June 2001, asserted: all right."),
 45: (T,T,T,T,T,T, "Vaile and Zoellick signing the accord is SUPPORT (sign formal agreement), mutual AUS/USA, Tuesday 2004-05-18, asserted: all right."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 45 and sorted(V) == [i['n'] for i in items]
with open('events-d.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l)["verdict"] for l in open('events-d.jsonl')]
print({f: sum(r[f] for r in rows) for f in fields})
