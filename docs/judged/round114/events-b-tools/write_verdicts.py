"""Write events-b.jsonl from the judge's per-item verdicts (fields that are wrong) and reasons."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
SPUR = "spurious"
# n -> (list of wrong fields, or SPUR; reasons)
V = {
 1: (SPUR, "Spurious: 'invasion' is Trump's legal/rhetorical label in invoking the Alien Enemies Act, not an armed assault by Tren de Aragua; the act in the sentence is Trump's ACCUSE of the gang (and the deportation order) on Saturday 2025-03-15. Even kept, the ASSAULT would be reported (inside a claim) and dated 2025-03-15."),
 2: ([], "Britain summoning Russia's ambassador to protest is ACCUSE (official complaint) by GBR against the Russian ambassador (RUS), on the day of the verdict; all right."),
 3: (["date"], "Right SUPPORT (formally joining the Paris agreement), Obama (USA), no recipient for a multilateral accession. Date wrong: the sentence dates it 'on the eve of the summit' (Saturday 2016-09-03, the day Obama arrived), not the closing day 2016-09-05."),
 4: ([], "Reagan (USA) expelling 55 Soviet diplomats is SANCTION expel against the Soviet Union, dated 1986 by the text; all right."),
 5: ([], "Ghani (AFG) urging the Taliban to follow Hezb-e-Islami's example is REQUEST to the Taliban, said at Thursday's signing (document date); all right."),
 6: ([], "Relative clause 'which have imposed limited sanctions on Fiji': SANCTION by Australia and New Zealand against Fiji; undated background act, unknown date is right; all right."),
 7: ([], "ACCUSE disapprove by unnamed human rights groups (no code) against Taya's government (MRT). Date borderline: 'has been criticised' read as an ongoing criticism (still at issue), so the document date passes by the going-on rule."),
 8: (["type"], "'Several countries announced specific measures' reports commitments to secure nuclear material (detailed in the next sentences): AGREE, not THREATEN; nothing in it is a threat. Source 'several countries' without a code, no target and the document date pass."),
 9: ([], "Kara-Murza ('he', name truncated to 'Vladimir Kara' but the right person, RUS) accused Russia of bombing civilians, in March 2022 ('March last year'); all right."),
 10: (["target"], "REQUEST by Suu Kyi (MMR) is right, but the target is wrong: 'appealed for calm' has no addressee and the 'urged' clause targets the Myanmar authorities, which should carry MMR (the text makes the country plain), not an empty code."),
 11: ([], "Australia and New Zealand welcoming the arrests is SUPPORT; the arrests were made by Fiji's military (first sentence), clearly the party approved, so that target is right; document date right."),
 12: ([], "Mutinying soldiers (BFA) demanding unpaid allowances is REQUEST with no named addressee; dated to the revolt that began Thursday 2011-04-14, which the text gives; all right."),
 13: (["target"], "ASSAULT by insurgents (AFG) with rockets and suicide attackers on Wednesday 2010-06-02 is right, but the sentence names what was attacked: the national peace conference in Kabul (the jirga and its delegates, AFG), so an empty target is wrong."),
 14: ([], "The noun phrase 'Musharraf's visit to Washington' reports a visit under way: CONSULT visit, Musharraf (PAK) to the U.S. government (USA), document date; all right."),
 15: ([], "Romania and Bulgaria complaining about the expulsions is ACCUSE (mode should be disapprove, not scored); the sentence names no party for 'the expulsions' (France is only a place here), so no target is right; recent present perfect takes the document date."),
 16: (["target"], "REQUEST by Modi (IND) is right, but he sought backing from the African states (African leaders at the summit, no single code); the UN Security Council is the subject of the reform, not the addressee."),
 17: ([], "Conoco signing a contract with Tehran: SUPPORT sign agreement (COOPERATE also arguable) toward Iran's government, dated 1995-W10 ('just over a week ago', Conoco announced March 6). Source code empty passes under the multinational-company rule, though the text implies Conoco is American (USA)."),
 18: ([], "State Department: the U.S. 'deeply deplores' the sentence is ACCUSE disapprove by USA; the sentence names no party for 'the sentence', so no target passes; document date passes (no date in sentence)."),
 19: (["target"], "SUPPORT (Pakistan signing a peace deal) dated 2006-09 ('this month') is right, but the tribal elders of North Waziristan, where the Pakistani army pulled back, are plainly Pakistani: target should be tribal elders (PAK), not an empty code."),
 20: (["source"], "REQUEST to Beijing (CHN) is right, but the one who encouraged Beijing was Bush (USA); Ari Fleischer is only the spokesman reporting it (reported_by). Document date passes under the sentence rule (the meeting itself was Wednesday 2001-05-23)."),
 21: (["date"], "ASSAULT (Sankara killed in the coup), no named killer so empty source passes, target Sankara (BFA) right; but the sentence dates it 'a 1987 coup': date should be 1987, not unknown."),
 22: ([], "The U.S. urging Bahrain's government to act on the findings is REQUEST USA -> BHR government, document date; all right."),
 23: ([], "BNP leaders ('its leaders', BGD) accusing Hasina (BGD) 'in the past': ACCUSE with no date, unknown is right; all right."),
 24: ([], "Hungary opening formal EU membership talks in March (1998-03): negotiation, CONSULT, HUN with the EU; all right."),
 25: ([], "Milei (ARG) signing the G20 declaration: SUPPORT sign agreement, no recipient for a multilateral text, document date; all right."),
 26: ([], "Curfews imposed in several towns: COERCE; the sentence names neither the authority nor the target, so empty source and target pass; present perfect of this news takes the document date; all right."),
 27: ([], "Iranian officials (IRN) accusing IAEA chief Grossi of paving the way for the attacks: ACCUSE, recent and ongoing, document date passes; all right."),
 28: (["date"], "ASSAULT by Albanian police against the opposition crowd (ALB) is right, but the charge is this news, the Tuesday rally: date should be 1996-05-28 (the document date would also pass), not unknown."),
 29: (["date"], "REJECT (ignoring warnings) by Zimbabwe's government toward Britain is acceptable, but the sentence dates the act 'on Friday': date should be 1997-11-28, not the document date 1997-11-29."),
 30: (["date"], "SUPPORT (Obama and Medvedev signing the arms treaty) with both parties as mutual actors is right, but it is a background act 'days' before the summit: it should have no date (or early April 2010), not the document date 2010-04-14."),
 31: ([], "BNP (BGD) welcoming the handover: SUPPORT; 'the handover' names no party, so no target passes; document date; all right."),
 32: ([], "Indian business leaders welcoming the end of uncertainty: SUPPORT by business leaders (IND; sector GOV is wrong but not scored), no party named as target; document date; all right."),
 33: ([], "North Korea firing three ballistic missiles into the sea on Monday 2016-09-05: MOBILIZE weapons (launch/test, no target); all right."),
 34: ([], "Morocco said it would expel 84 civilian staff of the UN mission: SANCTION expel, MAR -> UN, future, no date for the future act; all right."),
 35: ([], "Hamas condemning what it called an assassination: ACCUSE disapprove; the sentence names no party for the killing, so no target passes; document date; all right."),
 36: (["modality"], "CONSULT Christopher (USA) with Chinese officials (CHN), next month (1996-11), is right, but 'when Christopher meets Chinese officials next month' is a scheduled meeting: modality future, not hypothetical."),
 37: (SPUR, "Spurious: 'the test' is only a re-mention of Iran's missile test (coded from earlier sentences) as the subject of Israeli officials' comment; the sentence reports no new act. Even kept, the source should be Iran (IRN) and the date 1998-07-22 (the Wednesday of the test)."),
 38: (["type"], "'Her party called for nationwide protests' is a call (REQUEST by the Pakistan People's Party, PAK, to its supporters), not a protest held; coded as PROTEST it would have to be future. Source (her party), no target and the document date pass."),
 39: ([], "SBU: a third of Russia's strategic bombers had been hit: ASSAULT on Russia (RUS); the attacker is not named in the clause, so an empty source passes; document date passes under the sentence rule (the drones flew Sunday 2025-06-01)."),
 40: (["date"], "Chinese officials (CHN) assuring Blinken (USA) is acceptable as AGREE (a commitment), but the assurance was given in this visit's talks reported as news: date should be the document date 2023-06-19, not unknown."),
 41: ([], "Obama (USA) meeting Putin (RUS) at the summit on Monday: CONSULT, document date 2016-09-05; all right."),
 42: ([], "Compaore (BFA) meeting the mutineers' representatives (BFA) on Friday 2011-04-15: CONSULT; all right."),
 43: (["target"], "The promised annexation as COERCE seize, Netanyahu (ISR), future, no date, is acceptable (the pledge as AGREE is a separate event), but the target is wrong: Jewish settlements are Israeli, not a Palestinian group; the party acted upon is the occupied West Bank / Palestinians (PSE), or no target."),
 44: ([], "At least 84 people (NOR) killed on Utoya: ASSAULT, killer unnamed in the sentence so empty source passes; date passes (no date in the sentence; the shooting was Friday 2011-07-22 by the story)."),
 45: ([], "Pakistani officials (PAK) 'have long accused' India (IND): ACCUSE, an accusation still going on, so the document date is right; all right."),
 46: (["target"], "REQUEST by Assad (SYR) on Saturday 2001-05-05 is right, but the sentence names who was urged: target should be Christians and Muslims (religious groups, no code), not empty."),
 47: (["date", "modality"], "CONSULT Bush (USA) - Putin (RUS) is the right pair, but the meeting has not happened: 'plans for a first meeting ... not off the table' is future/hypothetical, not asserted, and it should have no date, not the document date."),
 48: (["date"], "ACCUSE Assad (SYR) -> Israel (ISR) right, but the welcoming speech was at the pope's arrival 'on Saturday': date should be 2001-05-05, not 2001-05-06."),
 49: ([], "Torgyan (HUN) 'has opposed the sale of farmland to foreigners': REJECT of a policy, no party named as target, a standing position so the document date passes; all right."),
 50: ([], "Serbia would ask the UN Security Council to meet: REQUEST SRB -> UNSC, future, no date for the future act; all right."),
}

out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    wrong, reasons = V[it["n"]]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    it["verdict"] = v
    it["reasons"] = reasons
    out.append(it)
with open("events-b.jsonl", "w") as fh:
    for it in out:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out))
