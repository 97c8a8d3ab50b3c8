"""Write events-b.jsonl: each item unchanged plus judge b's verdict and reasons.
Fields given as a string of six flags in order event,type,source,target,date,modality (1/0);
a spurious event is written as None and becomes false in every field."""
import json

V = {
 1: ("111111", "Right: COERCE arrest of Jamri (BHR), arresting authority unnamed in the sentence so empty source is right; 'January 1996' gives 1996-01."),
 2: ("111111", "Right: PROTEST demo by Moroccans (MAR) on Sunday 2016-10-30; the protest is aimed at a death, so an empty target is right by the crowd-protest rule."),
 3: ("111111", "Right: COERCE arrest of Zavadsky and Sheremet (Belarus-based journalists), arrester unnamed, dated 1997 as the text gives."),
 4: ("111111", "Right: ACCUSE Cuba (CUB) -> Posada (Cuban-born, CUB); 'accuses' is a standing accusation told in the present, so the document date is right."),
 5: ("101111", "Type should be AGREE: Putin said Russia would continue to supply Iran with weapons, a pledge of aid, which the conventions code AGREE (aid given is AID). Russia -> Iran right; future modality and no date are right for the promised supply as coded."),
 6: ("111111", "Right: REQUEST from the EU's Czech presidency (EU) to the Russian authorities (RUS), reported as this news, document date; distinct from Amnesty's call (e8)."),
 7: ("111101", "Date should be 1997-09-04: the clash was late on Friday 12 Sept 1997 and the ambush came eight days before it; 1997-09-05 counts back from the Saturday document date. Unnamed attacker, empty source right."),
 8: ("111011", "Target should be Saudi Arabia (SAU; 'Riyadh', named in the same sentence, holds her) or empty; Jake Sullivan is not the party urged. 'had urged' is undated, so no date is right."),
 9: ("111101", "Date wrong: the Western backing of Mobutu spans his rule during the Cold War and the text gives it no date; 1971 belongs to the renaming of the country. Should be undated. SUPPORT US/France/Belgium -> Mobutu (Zaire) right."),
 10: ("111111", "Right: AGREE (promise of an investigation) by Christofias (CYP), no target; dated 11 July 2011, the day of the story's dateline and of the blast."),
 11: ("111111", "Right: CONSULT visit Clinton (USA) -> Botswana (BWA), future, no date given for the Botswana leg."),
 12: ("111111", "Right: PROTEST demo by several hundred people in Sarajevo (BIH) at the British embassy over Britain's arrest of Ganic, target Britain (GBR); reported as this news, document date."),
 13: ("111111", "Right: mutual CONSULT Modi (IND) and Xi (CHN) on Wednesday 2024-10-23."),
 14: ("110101", "Source should be Senator Jim Webb (USA), 'the Virginia Democrat, a former navy secretary', not Yettaw. Date should be 2009-08-15: 'had urged' refers to his Saturday meeting with Than Shwe, not the Sunday document date."),
 15: ("111011", "Target should be the international community (no code), whom Syria's presidency called on; Israel is the party condemned, not the party asked."),
 16: ("111001", "Target John Yettaw should be USA ('the American', 'a Vietnam War veteran from Missouri'), not VNM. Date should be 2009-08-16: the deportation is this news (he flew out with Webb on Sunday), not undated."),
 17: ("111111", "Right: REQUEST by Albanian PM Fino (ALB) for a joint investigation, no addressee named; 29 March is the story's dateline day."),
 18: ("111011", "Target should be Israel (ISR) and Saudi Arabia (SAU), 'the two countries' pressed to establish relations; Palestine is wrong."),
 19: (None, "Duplicate: 'arrived in Riyadh to attend a UN tourism conference' is one trip, already coded as Katz's visit to Saudi Arabia (e1); attending is the purpose of that visit, not a second act. (A coder who codes conference attendance separately would keep it.)"),
 20: ("111011", "Target should be the Islamist-allied militias fighting for Tripoli (LBY), not EGY; Egypt only supplied bases. 'In the past week' gives no day, so no date is acceptable."),
 21: ("111111", "Right: REJECT by Colombia's Foreign Ministry (COL); the sentence names no party ('the comments' are Rubio's, named only in the previous sentence), so an empty target is right (Rubio/USA would also be right)."),
 22: (None, "Spurious: 'the deployment had sent a clear message' names India's troop build-up as the topic of Fernandes's comment; the build-up is reported elsewhere ('were moved to the frontier'), and this sentence reports no act, with neither party given."),
 23: ("111011", "Target should be North Korea (PRK), 'the North' in the same sentence, from whom the apology was demanded; 'had demanded' is undated, so no date is right."),
 24: ("111111", "Right: ACCUSE Castro (CUB) -> Washington (USA), reported as this news, document date."),
 25: (None, "Spurious: 'Azerbaijan is also bidding to host' a UN conference reports no meeting; a bid to host is not a CONSULT, and no consultation took place."),
 26: ("111111", "Right: REQUEST by Maduro (VEN) for an end to 'economic aggression'; no addressee named, document date for this news."),
 27: ("111111", "Right: REQUEST Blair (GBR) -> Syria (SYR), pressed in Monday's talks, 2002-12-16."),
 28: ("111001", "Target should be the UN Security Council (UNO), which imposed the 'measures' and is named in the same sentence as due to review them. Date wrong: 'have called' is an earlier, undated background act, so no date, not the document date."),
 29: (None, "Spurious: the APEC summit 'had been scheduled for Nov. 16-17' and was cancelled (lead sentence); no meeting took place and the sentence reports no act."),
 30: ("111111", "Right: ACCUSE by the Chadian security forces (the sentence's grammatical agent) -> Masra (TCD), Friday 2025-05-16; separate act from the arrest (e1)."),
 31: ("111111", "Right: REQUEST by Shehbaz Sharif (PAK) for debt relief and aid, no addressee named, Saturday 2022-09-10."),
 32: ("101001", "Type should be ASSAULT (sexual): sexual harassment in interrogation is sexual violence, not COERCE. Target should be the detained women activists ('several of them', SAU), not Saudi Arabia. Date should be none: the abuse happened during interrogation after their May 2018 detention, not on the document date. Reported modality right."),
 33: ("111001", "Target should be the Ansar al-Sharia militiamen (LBY) or empty: the riot is aimed at a militia, not the authorities, so the state is wrong. Date should be 2012-09-21 (Friday night, after nightfall); 2012-09-11 is the consulate attack's date taken from the previous sentence."),
 34: ("111111", "Right: SUPPORT by Washington (USA); 'the move' names no party (India is named only in earlier sentences), so an empty target is right; document date for this news."),
 35: ("111011", "Target should be the Sri Lankan government (LKA), the other side of the talks, named in the same sentence ('the government'); 'in April' gives 2003-04, right."),
 36: ("111101", "Date should be 1995-03-03: the marines pulled back 'before dawn on Friday', and 3 March 1995 was the Friday; 1995-03-02 is the Thursday the peacekeepers left."),
 37: ("111101", "Date should be 2022-12-28: the text says Camacho 'was detained on Wednesday'; 29 Dec is the story's dateline."),
 38: ("111011", "Target should be Croatia (HRV) and Serbia (SRB), 'both countries' with restrictions; Hungary and Slovenia are wrong."),
 39: ("111101", "Date should be 2007-01-10/11: Bush's announcement and accusation came hours before the pre-dawn Thursday (11 Jan) raid; not the 12 Jan document date."),
 40: (None, "Spurious: 'send a message to Iran in our own way' is a threat of retaliation, the trigger 'send' in another sense; there is no consultation. The act is THREATEN Bennett/Israel -> Iran, which dateline did not code here."),
 41: ("111111", "Right: AGREE (offer to host COP25) by Pedro Sanchez (ESP), Chile (CHL) named as the other party; no date given, document date."),
 42: ("111011", "Target should be the United States (USA), holding Abu Marzook (Hamas 'warned Washington'), or empty; the Israeli official is the wrong party."),
 43: ("111111", "Right: SANCTION (recall of envoy) Taiwan (TWN) -> Japan (JPN), Saturday 2008-06-14."),
 44: ("111111", "Right: SANCTION convict, Saudi court (SAU) -> Hathloul (SAU), Monday 2020-12-28."),
 45: ("111101", "Date should be 2012-09-21: 'the night's violence' is the Friday night when the marchers, gathered on Friday, converged after nightfall; the Saturday document date is the report's day. Empty source, target four people (LBY) right."),
 46: ("111111", "Right: ACCUSE by rights groups and foreign politicians (no country); 'the ruling' names no party, so an empty target is right."),
 47: ("111001", "Target should be Dagestan's leadership/Magomedov (RUS); Magomedov coded CHN is wrong. Date should be 1998-05-21: the storming and the demands were on Thursday, not the Friday document date."),
 48: (None, "Spurious: 'no one in Azerbaijan was prosecuted for journalism' is a general denial, not an act between parties; there is nothing to code as a negated ACCUSE."),
 49: ("111111", "Right: CONSULT visit, Blair (GBR) -> Syria (SYR), 'Blair's trip to Damascus in October last year' = 2001-10."),
 50: ("111111", "Right: ACCUSE investigate by Russian prosecutors (RUS), no suspect named; document date for this news."),
}
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == {it['n'] for it in items}
with open('events-b.jsonl', 'w') as out:
    for it in items:
        flags, reason = V[it['n']]
        if flags is None:
            v = {f: False for f in F}
        else:
            v = {f: c == '1' for f, c in zip(F, flags)}
            assert v['event']
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
