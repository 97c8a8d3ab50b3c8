"""Write events-c.jsonl from the judge's verdicts below (fields: e t s g d m = event type source target date modality)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ("111111", "ACCUSE from Russia's Foreign Ministry (RUS) against the Moldovan government, which the sentence names as 'the government of President Maia Sandu'; Sandu (MDA) as its head is accepted. The statement has no date of its own, so the document date is right."),
 2: ("111111", "REQUEST for an inquiry. The AU and UN called on Sunday (2022-06-26). Morocco and Spain are named in the sentence and are the countries asked to investigate (paragraph 3 says 'both countries')."),
 3: ("110001", "AGREE is the right type, but 'They' are the two sides. Source should be the Abkhaz side (Ardzinba, GEO) or Georgia (Shevardnadze, GEO), not Russia, and the target should be the other side, not empty. Date should be 1997-08-14, the Thursday of the talks where the agreement was reached."),
 4: ("111011", "ASSAULT by Saudi security forces on Friday (2004-06-18) is right. But target al-Muqrin, leader of al Qaeda in Saudi Arabia, is coded USA: his code should be SAU (or the al Qaeda group), not the United States."),
 5: ("111011", "PROTEST (rally) against the pride march on Saturday 2010-10-09. Empty source is right because no organiser is named. Target should be the pride march and its participants, or empty (the aim is not the authorities); the Serbian Orthodox Church, whose clerics denounced the march, is wrong."),
 6: ("000000", "Spurious. The sentence reports a denial of an accusation, and a denial has no PLOVER type (CAMEO 016). 'Supporting terrorism' is the generic subject of the charge, not an act; and if it were one it would be material support (AID), not verbal SUPPORT."),
 7: ("000000", "Spurious. 'Touring the country attacking Mujuru at rallies' is campaigning, not a meeting or visit with Mujuru. The act in the sentence is the ACCUSE, which dateline coded separately (e3)."),
 8: ("111111", "CONSULT (talks in Tbilisi) between the Abkhaz separatist leader (GEO rebel) and Shevardnadze (GEO) on Thursday 1997-08-14. Right in all fields."),
 9: ("111011", "ACCUSE by Morales (BOL) is right. But the sentence names the blamed party: the target should be 'his opponents' (the Bolivian opposition, BOL), not empty."),
 10: ("111101", "REQUEST for an early election by Shorten (AUS) is right, and no addressee is named in the call's clause. But it is reported as this news (the day of the leadership change), so the date should be the document date 2018-08-24, not unknown."),
 11: ("000000", "Spurious. The Security Council did not criticise anything, because the draft resolutions criticising the project were vetoed. The act in the clause is the US veto (REJECT by USA), and the coded ACCUSE has no author."),
 12: ("111101", "PROTEST by the protesters (ROU) demanding the resignation of the government (ROU); PLOVER codes protest demands as PROTEST. Date should be 2018-08-10, the Friday night of the rally, not the document date."),
 13: ("111101", "RETREAT/resign by the army chief (PAK) is right. But the text dates the resignation Wednesday, so the date should be 1998-10-07, not the document date 1998-10-08."),
 14: ("111011", "SUPPORT by the US (USA) is right. But 'its treaty ally' in the sentence is the Philippines, so the target should be the Philippines (PHL), not empty."),
 15: ("111111", "SUPPORT (signing an agreement) among the five states on Friday 1996-04-26. The event is mutual, so the five listed as both sides is right."),
 16: ("111111", "REQUEST from Netanyahu (ISR) to Abbas (PSE) to stay at the talks. Sunday 2010-09-26, the night the freeze expired, is accepted as the date the narrative gives."),
 17: ("111011", "ACCUSE by the Swiss president (CHE) on Wednesday 2005-11-16 is right. But the criticism is of the host country, so the target should be Tunisia (TUN), not Switzerland."),
 18: ("111111", "RETREAT (pull-back) by Israeli troops (ISR) on the Friday the ceasefire took effect, 2025-10-10. No target is named, so empty is right."),
 19: ("111111", "Future CONSULT between Hamdok (SDN) and Abiy (ETH) on Sunday 2020-12-20. Right in all fields."),
 20: ("111111", "Future CONSULT between Gaddafi (LBY) and business leaders during his stay in France, so FRA is plain; the GOV sector is off but not scored. An undated future act with no date is right."),
 21: ("111111", "PROTEST called for Sunday 2022-06-26 (the mode 'strike' is off; it should be demo, but the type is right). Source: migrant groups, named with Spanish rights organisations, and no code is given for them. No aim is named, so an empty target is accepted. Future modality is accepted."),
 22: ("111011", "REQUEST from Netanyahu to the settlers is right. But they are Israeli settlers in the West Bank, so the target code should be ISR, not PSE."),
 23: ("101111", "'Jailed for life' is a sentence after conviction, so the type should be SANCTION/convict, not COERCE/arrest. The court is not named, so an empty source is right. Target: the two gunmen; 'earlier this year' gives 2002."),
 24: ("111111", "SUPPORT (hailed the result) by the Bolivian opposition leaders. 'The result' is not an actor, so an empty target is right. The document date is right."),
 25: ("111111", "REQUEST from Saied (TUN) to Bouden (TUN) to form a cabinet, on Wednesday 2021-09-29. Right in all fields."),
 26: ("111101", "ASSAULT (crackdown killing around 200 protesters, ETH); the sentence names no perpetrator, so an empty source is right. But the text places it in 2005 ('In 2005 ... that election was followed by a crackdown'), so the date should be 2005, not unknown."),
 27: ("111111", "SUPPORT (Senate approval of the Visiting Forces Agreement) by the Philippine Senate (PHL) on Thursday 1999-05-27. The US is not named in the sentence, so an empty target is right."),
 28: ("111111", "SUPPORT (signing an agreement) by Nepal (NPL) with China (CHN) on Monday 2016-03-21. Right in all fields."),
 29: ("110011", "ASSAULT on 2023-10-07 is right. But the sentence names the attacker, so the source should be Hamas (PSE), not empty. The about 1,200 killed were in southern Israel, so the target code should be ISR, not PSE."),
 30: ("110111", "SANCTION (withdrew support from the government) in April 1997 is accepted. But 'it' is India's Congress party (IND), not the US Congress (USA). Target Deve Gowda (IND) is right."),
 31: ("111111", "CONCEDE (Guterres conceded the election) by Guterres (TLS). Ramos-Horta is not named in the sentence, so an empty target is right. The statement is reported as this news, so the document date is right."),
 32: ("111111", "REQUEST from the French foreign ministry (FRA) to 'all sides' in Chad (TCD) to show restraint. The statement is undated news, so the document date is right."),
 33: ("111111", "AGREE (pledge to return the envoy and restore the bus link) from Vajpayee (IND) to Pakistan (PAK) on Friday 2003-05-02. Right in all fields."),
 34: ("111011", "REQUEST for calm by several Forum governments, which have no single country code, so an empty code is right. But 'the two sides' in the sentence are the Solomon Islands (SLB) and Australia (AUS), so the target should be them, not empty."),
 35: ("111100", "CONSULT (emergency meeting of Zatlers, LVA, with party leaders, LVA) is right. But it was called for Wednesday after the Tuesday night riot, so the date should be 2009-01-14, not 2009-01-07, and the modality future (the meeting had not yet taken place), not asserted."),
 36: ("111101", "ASSAULT (shot dead in a police raid) by police (PRY) on an opposition youth activist (PRY) is right. But it happened 'hours later', early on Saturday (paragraph 3), so the date should be 2017-04-01, not Friday 2017-03-31."),
 37: ("111111", "AGREE (a promise to push for the bid to join ASEAN) from the new president Ramos-Horta (TLS) to ASEAN. The promise is undated and reported as news, so the document date is right."),
 38: ("111101", "ASSAULT (massacre) of Somalis (SOM); the sentence names no perpetrator, so an empty source is right. But the bombing was on Saturday, so the date should be 2022-10-29, not Sunday 2022-10-30, the day the president spoke."),
 39: ("111101", "REQUEST by the army chief (PAK) for a formal role for the military; the sentence names no addressee, so an empty target is right. But 'two days after' Wednesday (paragraph 2: 'on Monday') makes the date 1998-10-05, not the document date."),
 40: ("111011", "REQUEST (demanded Toledo's resignation) by the rebels (PER) is right. But the sentence names Toledo, so the target should be Toledo (PER), not empty. The demand falls within the uprising and has no stated day, so unknown is accepted."),
 41: ("111111", "Future REQUEST to meet (seek talks) from Ramos-Horta (TLS) to party leaders (TLS); this follows the conventions' 'will meet' = future. The future act has no date, so unknown is right."),
 42: ("111111", "AGREE (Russia agrees the military component will be removed) by Yeltsin (RUS) on 1995-05-10. 'We' does not name the US plainly, so an empty target is accepted."),
 43: ("111111", "REQUEST for calm by religious leaders in Kano and Jos (NGA) on Tuesday 2004-05-18. Right in all fields."),
 44: ("111111", "ACCUSE by the protesters (ROU) against the Social Democrat-led government (ROU). This is a separate statement from the protest demand, not a duplicate. 'Accuse' is present tense, an ongoing accusation, so the document date is right."),
 45: ("111111", "ASSAULT casualty total of the Gaza war: Palestinians (PSE) and Israelis (ISR) killed, no attacker named. A total over a span has no date, so unknown is right."),
 46: ("111111", "COERCE/arrest (court-ordered two-month custody) by the Azerbaijani court (AZE) of Ismayilova (AZE) on Friday 2014-12-05. Right in all fields."),
 47: ("111111", "ACCUSE (condemned the bombings) by the US and Australia. No bomber is named, so an empty target is right. The condemnation is news of the day, so the document date 2000-12-25 is right."),
 48: ("110111", "SUPPORT (praised Machado, VEN) on Friday 2025-10-10 is right. But the source Frydnes chairs the Norwegian Nobel Committee, so his code should be NOR, not VEN."),
 49: ("000000", "Spurious. 'Recordings of his conversations with the minister' refers to evidence in the bribery trial, not a reported consultation. The sentence's act is the online discussion of the recordings; the meeting itself was the November 2016 bribe handover, not a phone call."),
 50: ("111011", "REQUEST from the UN refugee agency (UN) is right. But 'both countries' are Morocco (MAR) and Spain (ESP), so the target should be them, not the African Union and the United Nations."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
with open("events-c.jsonl", "w") as out:
    for it in items:
        bits, why = V[it["n"]]
        v = {f: b == "1" for f, b in zip(F, bits)}
        if not v["event"]:
            v = {f: False for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
