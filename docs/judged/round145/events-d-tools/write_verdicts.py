"""Write events-d.jsonl from the judge's per-item verdicts below (fields: event type source target date modality)."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "Ordering an investigation is ACCUSE/investigate by Mohammed VI (MAR); no investigated party is named in the sentence, so the empty target is right; the order is reported as this news, so the document date is right."),
 2: (T,T,T,F,F,T, "REQUEST by the North Korean port authorities (PRK) is right, but the target should be the ship, the South Korean freighter Sea Apex and its crew (KOR). The date should be empty: the demand came earlier in the week, when the ship docked and before the row, so it does not take the document date."),
 3: (T,T,T,T,T,T, "ACCUSE by Bosnian officials ('They', BIH) against Belgrade (SRB); present-tense statement reported as news, document date right."),
 4: (T,T,T,T,T,T, "Closing the border crossings is COERCE/restrict by the Nigerian government (NGA), dated August 2019 as the text says. Benin is named only as where the Seme post lies, so the empty target is accepted; a coder could also code Benin (BEN)."),
 5: (T,T,T,F,T,T, "REQUEST by Burmese exile groups is right, but 'him' is U.S. Senator Jim Webb, whose code should be USA, not MMR. The undated earlier appeal is rightly left without a date."),
 6: (T,T,T,F,T,T, "The U.N. human rights office (OHCHR) sending a team to investigate is ACCUSE/investigate. The target should be the Chilean police and soldiers (CHL) that the same sentence accuses of excessive force, since they are what the team investigates; it should not be empty."),
 7: (T,T,T,T,F,T, "The arrest of dozens of other people in Chad (TCD) is right, and the source is rightly empty because the sentence is passive. The date is wrong: 2025-05-14 is the Wednesday of the killings, not of the arrests. The text gives the arrests no date, so they should take the document date 2025-05-17 as this news, or no date."),
 8: (T,T,T,T,F,T, "The emir (BHR) pardoning and freeing Jamri (BHR) is RETREAT/release. The date should be 1999-07-08, the Thursday: the pardon came a day after Wednesday's sentence, and Jamri was released late on Thursday; Friday is only the day of the report."),
 9: (T,T,T,T,F,T, "ASSAULT by U.S. troops (USA) on the car carrying Sgrena (ITA) is right. The date should be 2005-03-04: the next sentence says the shooting was late on Friday, and Saturday is the day of Italy's demand."),
 10: (T,T,T,F,T,T, "The 1989 U.S. invasion is ASSAULT by the United States, but the target should be Noriega and Panama (PAN): Noriega is named in the sentence as the man the invasion ousted."),
 11: (T,T,T,T,T,T, "Inviting Morocco (MAR) to apply to join is AGREE by the Gulf Arab states, which are several states and so rightly have no single code. It is dated Tuesday 2011-05-10, and the invitation was made, so asserted is right."),
 12: (T,T,T,T,T,T, "'It' is Syria's presidency (SYR), urging Arab states (several states, no single code); a same-day reaction to the strike, document date right."),
 13: (T,T,F,T,T,T, "ASSAULT on Baburova (RUS) on Monday 2009-01-19 is right, but the source should be 'the attacker', the unnamed gunman named in the same sentence, not empty."),
 14: (T,T,T,T,T,T, "Lula (BRA) proposing to revive UNASUR is an offer of cooperation, AGREE; no addressee is named; undated, reported as current news (document date)."),
 15: (T,T,T,F,T,T, "ACCUSE by the HDZ leaders (BIH) is right, but 'the move' is High Representative Wolfgang Petritsch's takeover of the bank. The target should be Petritsch, the international High Representative with no country code, not Croatia (HRV)."),
 16: (T,T,T,T,T,T, "A promise to withdraw troops is CONCEDE by PLOVER's definition. India (IND) toward Pakistan (PAK), on Wednesday 2002-10-16, with the promise asserted."),
 17: (T,T,F,T,T,T, "RETREAT/resign on Monday 2011-07-11 is right and Papacostas (CYP) is right. The second source, the commander of 'its' (Cyprus's) armed forces, National Guard chief Tsalikides, should be coded CYP, not left without a country."),
 18: (T,T,T,T,T,T, "SUPPORT by the U.S. embassy spokesman (USA) for the Greek police (GRC); undated praise reported as news, document date right."),
 19: (T,T,T,F,T,T, "REJECT by the Arab leaders on Monday 2009-03-30 is right. But they rejected the court's warrant: the target should be the International Criminal Court ('the court' in the sentence, no country code), not Bashir, whom they backed."),
 20: (T,T,T,T,T,T, "Signing the Malino peace agreement is SUPPORT by the Christian and Muslim leaders of Maluku (IDN). A mutual agreement needs no target, and Tuesday 2002-02-12 is right."),
 21: (T,T,T,T,F,T, "CONSULT between Lula (BRA) and Maduro (VEN) is right (mutual). The date should be 2023-05-29: the summit was on Tuesday 2023-05-30, and the visit was a day before it."),
 22: (T,T,T,T,T,T, "COERCE/arrest of Masra (TCD) by the Chadian security forces (TCD) on Friday 2025-05-16 is right. The target lists Masra twice, under 'opposition leader' and under his name, but it is one right party."),
 23: (T,T,T,T,T,T, "A march in Budapest in defiance of a police ban and against Orban is a protest aimed at the authorities, so the Hungarian state (HUN) is the right target by the convention; Saturday 2025-06-28 is right."),
 24: (T,T,T,F,T,T, "ACCUSE by the Pakistani government (PAK) is right. 'Him' is Baitullah Mehsud, the subject of the paragraph, so the target should be Baitullah Mehsud (PAK), not Hakimullah Mehsud coded AFG. Leaving the earlier accusation undated is right."),
 25: (T,T,T,T,T,T, "Musharraf's (PAK) 1999 coup is accepted as ASSAULT, under the convention that armed seizures are ASSAULT; COERCE would also be defensible. The ousted government is not named in the sentence, so the empty target is right. The October 1999 date is right."),
 26: (T,F,T,T,T,T, "Armed men ('the gunmen', after a night gunfight) storming and holding the Dagestan government building is an armed seizure: the type should be ASSAULT, not PROTEST/riot. The Russian state (RUS) is accepted as the target for the Dagestan government, and Thursday 1998-05-21 is right."),
 27: (T,T,T,T,T,T, "Camacho (BOL) detained on Wednesday 2022-12-28; the sentence is passive with no agent, so the empty source is right."),
 28: (T,T,T,T,T,T, "Portillo's (GTM) promise to solve the Gerardi murder is a statement of intent, AGREE, with no addressee named. The statement is undated and reported as this news, so the document date is right."),
 29: (T,F,T,F,F,T, "The sentence reports the raid itself, so the type should be COERCE (a raid and cordon: 'blocked off the street and broke down the door'), not MOBILIZE for the soldiers' arrival. The target should be the Iranian liaison office (IRN), and the date 2007-01-11, the Thursday of the raid, not the document date."),
 30: (T,T,F,F,F,T, "'His government' is Vucic's: the source should be the Serbian government (SRB), not Croatia, and the target Croatia (HRV), whose goods were banned. The date should be 2015-09-23, the Wednesday a day before Croatia's Thursday ban, not the document date."),
 31: (T,T,T,F,T,T, "The arrest on Monday 2010-03-01 is right, and the source is rightly empty because the sentence is passive. The target should be Ejup Ganic (BIH), the detained man named in the sentence, not empty."),
 32: (T,T,T,T,T,T, "REQUEST by Soglo (BEN) to the Constitutional Court's judges (BEN); an earlier act with no date in the text, so no date is right."),
 33: (T,T,T,F,T,T, "Agreeing to supply rice is a pledge of aid, AGREE, by Japan (JPN), dated 'this week' (1995-W26). The target should be North Korea (PRK), the recipient of the rice, named in the same sentence, not empty."),
 34: (T,T,T,F,T,T, "The 1996 Russian (RUS) withdrawal is RETREAT. The target should be Chechnya and its separatist fighters (RUS), named in the sentence as the party that forced the withdrawal and the place it was made from, not empty."),
 35: (T,T,T,T,T,T, "SUPPORT by Magarief (LBY) for the people of Benghazi (LBY); undated praise reported as news, document date right."),
 36: (T,T,F,F,T,T, "'The two leaders' are Assad and Blair. The parties should be Syria (SYR) and Britain (GBR); Iraq is only a topic of the talks. Monday 2002-12-16 is right."),
 37: (T,T,F,T,T,T, "CONSULT with Suu Kyi (MMR) on Saturday 2009-08-15, during the visit, is right. The source should be U.S. Senator Jim Webb with the code USA, not MMR."),
 38: (T,T,T,T,T,T, "SUPPORT: Clinton (USA) praising Bangladesh (BGD) on Monday 2000-03-20."),
 39: (T,T,T,T,T,T, "RETREAT/resign by Ter-Petrosyan (ARM) in February 1998 ('February last year'); no target."),
 40: (T,T,T,T,F,F, "SUPPORT by the United States for Lebanon's army (LBN) is accepted, although a pledge of military aid (AGREE) would also fit. But the act is Bush's statement of support, asserted, on Sunday 2008-05-25 like the congratulation in the same sentence. It is not a future act with no date."),
 41: (T,T,T,T,T,T, "REQUEST by Pita (THA) to his supporters (THA), made the day of the ruling (document date)."),
 42: (T,T,T,T,F,F, "Her release is only a prospect ('opening the way for her release within months'). The modality should be hypothetical or future, not asserted, and the act should have no date rather than the ruling's 2020-12-28. RETREAT toward Hathloul (SAU), with no releasing party named, is otherwise right."),
 43: (T,T,T,T,F,F, "The Gulf states approving Jordan's (JOR) membership request is accepted as SUPPORT, although AGREE would also fit. The welcome was expressed on Tuesday: the modality should be asserted (the next paragraph says they 'welcomed the request') and the date 2011-05-10, not a future act with no date."),
 44: (T,T,T,T,T,T, "The pledge to expand cooperation is AGREE between Khatami (IRN) and Putin (RUS), a mutual act, on Monday 2001-03-12. It is a different act from the signing coded as e1."),
 45: (T,T,T,T,T,T, "MOBILIZE: Russia (RUS) sending troops into Georgia's (GEO) Abkhazia; the deployment is dated by the ministry's Saturday statement 2008-05-31."),
 46: (T,T,F,F,T,T, "The detention at Narita on Tuesday 2001-05-01 is right. But the target should be the man believed to be Kim Jong Il's son, Kim Jong Nam (PRK), not Kim Jong Il, and the source Japan (JPN), named in the sentence as the state that held and deported him, not empty."),
 47: (T,T,F,F,T,T, "'He' is Ba'asyir: the source should be Abu Bakar Ba'asyir (IDN), not 'Central Java'. The target should be Osama bin Laden as al Qaeda's leader (SAU or no code), not IDN. The repeated praise goes on into the present, so the document date is accepted."),
 48: (T,T,T,T,T,T, "CONSULT: Krishna (IND) due to meet Zardari and Ashraf (PAK); the future meeting has no date, and future is right."),
 49: (T,T,T,F,T,T, "AID (arms) from the Western and Gulf states is right, and reported is right because the act sits inside Damascus's accusation. The target should be the Syrian rebels (SYR), not USA. The supply goes on, so the document date is right."),
 50: (T,T,T,F,F,T, "Torture is reported right, and the interrogators are unnamed, so the empty source is right. But the target should be the detained women activists, 'them' (SAU), not the state of Saudi Arabia. The date should be empty: the torture happened during their detention from 2018, earlier than the document date."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == [i['n'] for i in items]
with open('events-d.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l) for l in open('events-d.jsonl')]
print({f: sum(r['verdict'][f] for r in rows) for f in fields})
