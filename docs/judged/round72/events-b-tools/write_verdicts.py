"""Write events-b.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json

T = True
ALL = dict(event=T, type=T, source=T, target=T, date=T, modality=T)

def v(reasons, **wrong):
    d = dict(ALL)
    for k, val in wrong.items():
        d[k] = val
    return d, reasons

V = {
 1: v("Source should be the human rights groups who urged (no country code), not the detainees they spoke for; REQUEST, target the Ethiopian government, document date and modality are right.", source=False),
 2: v("'would not accept new conditions' is a refusal: REJECT asserted or, as coded, AGREE negated (accepted); source Ankara (TUR), date and modality right. Target should be the EU, whose conditions are refused, not Cyprus, which is only the topic.", target=False),
 3: v("SANCTION (breaking diplomatic ties) Algeria (DZA) -> Morocco (MAR), 'last August' = 2021-08, asserted: all right."),
 4: v("'it accused' has NATO as subject: source should be NATO, target the eight Russian officials (RUS). The date should be 2021-10-06, when NATO expelled them (given later in the story), not the document date.", source=False, target=False, date=False),
 5: v("SANCTION convict of Abdullah Ocalan (TUR); the court is not named so an empty source is right; 'in June' = 1999-06; asserted: all right."),
 6: v("RETREAT resign of the speaker Ararktsyan (ARM), reported with the president's Tuesday resignation (1998-02-03), asserted: all right."),
 7: v("SUPPORT Pinera (CHL) -> Bachelet (CHL), a separate act from the telephone call (CONSULT), so not a duplicate; all right. 'Within hours' of the Sunday count doesn't fix the day, so the document date is accepted (2006-01-15 would be more exact)."),
 8: v("ACCUSE: rights groups (no country) -> Chile's security forces (CHL). The act is undated, with no time in the text, so an empty date is right; asserted: all right."),
 9: v("ACCUSE Unity Party (LBR) -> Weah's government (Weah, LBR, accepted) is right, but the accusation was part of the campaign before the run-off, an earlier background act. It should have no date, not the document date 2023-11-18.", date=False),
 10: v("SUPPORT: Duran Ballen (ECU) welcomed the accord. The sentence names no other party, so the empty target is right; Friday 1995-02-17 (the story's dateline); asserted: all right."),
 11: v("SUPPORT (signing) Annan (UN) with Tariq Aziz (IRQ), a mutual act, on Monday 1998-02-23; asserted: all right."),
 12: v("REQUEST: Syria ('It') asked the U.N. Security Council for a meeting on Sunday 2003-10-05 (story dateline Oct 5); asserted: all right."),
 13: v("AGREE (CAMEO 034, promise of political reform) by President Gayoom (MDV) 'in June' = 2004-06. The promise is presupposed, not claimed, so asserted is right: all right."),
 14: v("SANCTION expel: NATO -> Russia's mission (RUS) on 2021-10-06; asserted: all right."),
 15: v("SUPPORT: diplomats and observers (no country given) praised the poll and Diouf's (SEN) concession, reported as this news on the document date; asserted: all right."),
 16: v("ASSAULT (air strikes) Israel (ISR) -> Syria (SYR) on Saturday 2018-02-10; asserted: all right."),
 17: v("AGREE: EU leaders -> the six candidate countries is right, but the act took place 'at the same summit' (Helsinki, the EU leaders' Friday decisions), so its time is known. Date should be 1999-12-10 (or the document date 1999-12-11), not empty.", date=False),
 18: v("A borderline AGREE (campaign promise to voters), accepted as an event with Tusk (POL) -> Poles (POL). The promise was made during the campaign, before the vote, so this earlier background act should have no date, not the document date.", date=False),
 19: v("A pledge to withdraw troops is AGREE (CAMEO 0356); Tusk (POL) -> Iraq (IRQ) is accepted. The text doesn't say when he pledged it (campaign or after the vote), so an empty date is right; asserted: all right."),
 20: v("REQUEST: ongoing U.S. tariff demands (USA) on South Korea (KOR), still going on when the story is told, so the document date is right; asserted: all right."),
 21: v("REQUEST: Li Hongzhi (CHN) urged the Chinese government to release followers, reported as this news on the document date 1999-07-22; asserted: all right."),
 22: v("SUPPORT: State Department (USA) welcomed the pardon. The sentence names no party acted upon ('the pardon' is an act), so the empty target is right; document date; asserted: all right."),
 23: v("AGREE (pledge) by Srettha (THA) to Thais (THA), accepted as a pledge to the public, told reporters after his election on the document date; asserted: all right."),
 24: v("ASSAULT with no named perpetrator, people (BGD) killed. 'since the campaign began' is a total summed from an earlier time, so no date is right; asserted: all right."),
 25: v("REJECT: Kamal Hossain (BGD) rejected the election. The state that ran it (Bangladesh) is accepted as target, by analogy with protests aimed at the authorities; document date; asserted: all right."),
 26: v("RETREAT resign by Chiluba (ZMB) is right, and so is no date (stepping down after elections 'later this year' has no firm date). 'would step down when his mandate ends' is a stated future act, so modality should be future, not hypothetical ('when' is temporal, not a condition).", modality=False),
 27: v("REQUEST: EU -> Moldovan authorities (MDA), reported as this news on the document date; asserted: all right."),
 28: v("CONCEDE by Pinera (CHL), document date accepted as in #7, asserted. The defeat was conceded to Bachelet, who is named in the same sentence, so target should be Michelle Bachelet (CHL), not empty.", target=False),
 29: v("REJECT: Arab governments (no single country) rejected the move. 'The move' is an act and its author is not named in the sentence, so the empty target is right; document date; asserted: all right."),
 30: v("REQUEST: Israel -> Syria's government ('Damascus'), a demand still going on ('has long demanded'), so the story date (Oct 5 dateline) is right; asserted: all right."),
 31: v("ASSAULT with no agent named in the sentence (empty source right), but the people killed were in Mekele, an Ethiopian town: target should be people (ETH), not ERI. The killings came in the Friday raid on Mekele, so date should be 1998-06-05, not the document date.", target=False, date=False),
 32: v("CONCEDE by Lee Hoi-chang (KOR). No other party is named in the sentence, so an empty target is right; reported as this news (2002-12-20); asserted: all right."),
 33: v("SUPPORT (signing) by Greece (GRC) on Wednesday 1995-09-13 is right. The act is mutual and Macedonia is named in the sentence: target should be the former Yugoslav republic of Macedonia (MKD), not empty.", target=False),
 34: v("ACCUSE: the State Department (USA) and the European Parliament criticised 'the move', an act whose author isn't named in the sentence, so the empty target is right. The criticism has no time in the text, so no date is right; asserted: all right."),
 35: v("RETREAT disarm by Niger Delta fighters (NGA) is right, but Jonathan is not in the sentence: target should be empty (or the Nigerian government under Yar'Adua). The date should be 2009 (the disarmament under the 2009 amnesty), not the document date 2010-10-03.", target=False, date=False),
 36: v("COERCE arrest: Saleh's government (YEM) -> suspects (YEM) is right. But 'has arrested dozens of suspects' is a total summed since the September 11 attacks, so it should have no date, not the document date.", date=False),
 37: v("Accepted as a hypothetical MOBILIZE rather than spurious: the NATO deployment is only the condition of Moscow's threat, so modality should be hypothetical and the date empty. Sweden is only the location, so target should be empty (or Russia, at which it would be aimed).", target=False, date=False, modality=False),
 38: v("MOBILIZE weapons test by North Korea (PRK) on Sunday 2017-09-03. North Korea's own claim, by attribution, stays asserted: all right."),
 39: v("Cutting off formal communication is SANCTION (break diplomatic relations, CAMEO 161), not COERCE withhold; China (CHN) -> Tsai's government (TWN) is right. Date should be 2016 (when the cut began) or the document date for the continuing state, not empty.", type=False, date=False),
 40: v("AGREE (intent to reopen dialogue, CAMEO 036) Lee (KOR) -> North Korea (PRK) is right. The AGREE act is the intention he stated in his inaugural address, which was made: modality should be asserted and date 2025-06-04 (the day of the address).", date=False, modality=False),
 41: v("SUPPORT: United States -> Lasso (ECU), reported on the document date; asserted: all right."),
 42: v("SUPPORT: Algeria (DZA) backs the Polisario Front, a continuing act, so the document date is right. The Polisario Front is the Sahrawi independence movement of Western Sahara, so its code should be ESH (or empty), not ESP.", target=False),
 43: v("SUPPORT: Latortue's interim government (HTI) welcomed the Security Council vote. The Council is not named in the sentence, so the empty target is right; document date; asserted: all right."),
 44: v("ASSAULT on Indian security personnel (IND) in fighting still going on (document date accepted), asserted. The sentence names the other side of the fighting, so source should be the attackers (gunmen, no country in the sentence), not empty.", source=False),
 45: v("'will not recognise the result' is REJECT asserted or, as coded, SUPPORT (recognition) negated (accepted). Capriles (VEN); the result is an act with no party named, so the empty target is right; document date: all right."),
 46: v("CONSULT: Musharraf (PAK) expected to meet Vajpayee (IND) at a summit 'next month' = 2004-01; future: all right."),
 47: v("AGREE (proposal of a compromise) by the Kuwaiti government (KWT). The opposition is not named in the sentence, so the empty target is right; an earlier undated act, so no date is right; asserted: all right."),
 48: v("SUPPORT: White House (USA) -> Roh Moo-hyun (KOR) on Friday 2002-12-20; asserted: all right."),
 49: v("ASSAULT on Eritrea (ERI) on Friday 1998-06-05 is right. The source given is the Ethiopian officials who spoke about the raids, not those who carried them out: it should be Ethiopia / its air force (ETH).", source=False),
 50: v("COERCE arrest: Egypt's army-backed authorities (EGY) -> Muslim Brotherhood members (EGY). A total summed since last July, so no date is right; asserted: all right."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as out:
    for it in items:
        d, reasons = V[it['n']]
        if not d['event']:
            d = {k: False for k in d}
        d['all'] = all(d[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
        rec = dict(it)
        rec['verdict'] = d
        rec['reasons'] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
