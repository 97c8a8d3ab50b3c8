"""Write events-c.jsonl from judge c's verdicts (fields: event type source target date modality)."""
import json

T, F = True, False
V = {
 1: ("TTTTTT", "Saudi troops sent to Socotra (MOBILIZE) by Saudi Arabia (SAU) into Yemen (YEM); reported by Yemeni officials on Monday, the document date; all right."),
 2: ("TTTTTT", "The PLC's call on Arafat to dissolve his cabinet is a REQUEST, PSE -> Arafat (PSE), Tuesday 1997-07-29; all right."),
 3: ("TTFTFT", "A later-sentence mention of the Friday kidnapping (not a same-sentence duplicate, so kept as an event); the sentence attributes it to 'forces opposed to peace' (no code), so the empty source is wrong; the empty target is right (the envoy is not named here); date should be 1998-05-01, the Friday the text gives, not the document date."),
 4: ("TTTFFT", "Target should be the Islah party (YEM, 'a member of the government' of Yemen); 'linked Islah party' has no code and the Muslim Brotherhood (EGY) is only a descriptor, not a target. Date: a background step of the early-May row told after 'last week', with no date in the text, so it should have no date rather than the document date."),
 5: ("TTTTFT", "Erdogan's vow that Turkey would not give in is a CONCEDE negated by the conventions' 'refused to withdraw' rule (REJECT asserted would also do); empty target acceptable as 'give in' has no object; date should be 2017-01-01, the Sunday of the statement the sentence gives."),
 6: ("TTTTTT", "Klebnikov (American, USA) shot dead late on Friday 2004-07-09 by unnamed attackers (empty source right); all right."),
 7: ("TTTFTT", "Reopening the embassy in Damascus is SUPPORT (resume diplomatic ties), UAE -> Syria, 2018 right; but the target list adds the UAE's own embassy (ARE), which is not a party acted upon; target should be Syria (SYR) only."),
 8: ("TTTTTT", "Jordan (JOR) has criticised Netanyahu's government (ISR; the 'wing government' name is garbled but the party and code are right), ongoing, document date; all right."),
 9: ("TTTTTT", "Khan's warning to hardline Islamists not to clash with the state is a coercive warning, THREATEN PAK -> Islamists (PAK), Wednesday 2018-10-31; all right."),
 10: ("TTTTTT", "Lebanese officials (LBN) rejected the Israeli Energy Ministry's (ISR) description of the talks: REJECT (PLOVER: all rejections), on the day of the talks (document date); all right."),
 11: ("FFFFFF", "Spurious: Gaddafi warns fellow leaders they could suffer Saddam's fate (at the hands of others) -- a caution, not a threat by him (CAMEO 01-type comment, no PLOVER event); the target code LBN would be wrong anyway (Arab leaders, no single country; Lebanon boycotted the summit)."),
 12: ("TTFFTT", "Signing the special-court agreement is SUPPORT on Wednesday 2002-01-16, but 'the government' is Sierra Leone's (SLE), not Togo's: source and target should be the U.N. (UNO) and the Sierra Leone government (SLE)."),
 13: ("TTTTTT", "Arias (CRI) thanked voters (CRI): SUPPORT, on the Tuesday of the declaration (narrative date fine); all right."),
 14: ("TTTTTT", "Abdullah (SAU) held talks with Assad (SYR) in Damascus on Thursday 2010-07-29: CONSULT; all right."),
 15: ("TTFTTT", "The call on supporters to defend their vote is made by the main challenger, Emmanuel Bob-Akitani (TGO), not by Eyadema; source should be Bob-Akitani (TGO). Other fields right."),
 16: ("TTTTTT", "Egyptian officials (EGY) have been talking to Israel (ISR) about Gaza security, ongoing, document date: CONSULT; all right."),
 17: ("TTTTTT", "ASEAN has urged Thailand and Cambodia ('both sides') to show restraint: REQUEST, current as told (document date); all right."),
 18: ("TTTTTT", "Israel (ISR) began its air campaign against Iran (IRN) on June 13 2025: ASSAULT (aerial); all right."),
 19: ("TTTTTT", "Chad said on Thursday 2014-04-03 it would withdraw its soldiers from the AU mission: a promise to withdraw is CONCEDE (codebook), asserted as a promise; source Chad (TCD), target the AU mission acceptable. (SANCTION withdraw from an organization would also be defensible.)"),
 20: ("TTTTTT", "The Beijing court (CHN) convicted Gao Zhan on Tuesday 2001-07-24: SANCTION convict; Gao coded USA as a U.S.-based American University researcher (the text says she is a U.S. permanent resident, not a citizen; accepted as her affiliation). All right."),
 21: ("TTTTFT", "A later-sentence mention of the envoy's kidnapping (target 'such a senior official', RUS, right; abductors not named here, empty source right); date should be 1998-05-01, the Friday the story gives for the abduction, not the document date."),
 22: ("TTFFFT", "The police investigating the Sturgess death are British police (GBR), not RUS; the target should be 'the same two men' (the two Russian suspects, RUS), whom the sentence names; an investigation going on as the story is told takes the document date 2018-09-06."),
 23: ("TTTFTT", "Summoning Libyan envoys is ACCUSE (official complaint) by several governments (no single country, right) on Tuesday 2017-11-21; but the target adds the African Union, which is a co-actor (it demanded justice), not a target; target should be the Libyan envoys (LBY) only."),
 24: ("TTTFTT", "The GCC summit that Ahmadinejad addressed on Monday 2007-12-03 is a CONSULT, but Iran is nowhere in it: the meeting is between Ahmadinejad (IRN) and the GCC; target should be Ahmadinejad / Iran (IRN)."),
 25: ("TTTTTT", "U.S. church leaders (USA) criticised Robertson (USA): ACCUSE disapprove, reported as this news (document date); all right."),
 26: ("TTTTTT", "Russia agreed in 1999 ('last year', Istanbul OSCE summit) to shut two bases: AGREE (CAMEO 0356 -> AGREE); Georgia is not named in the sentence, so empty target is right by the rules; all right."),
 27: ("TTTTTT", "Kaczynski (POL) congratulated 'his rival' (Komorowski, POL): SUPPORT, Sunday night 2010-07-04; all right."),
 28: ("TTTFTT", "The attacker (no code) shot dead a police officer and a civilian; the target lists only the civilian, coded TUR though the text does not give the civilian's nationality; target should be the police officer (TUR) and the civilian (no code)."),
 29: ("TFTFTT", "Crowds protesting the Koran burnings clashing with police is a violent protest, PROTEST riot, rather than ASSAULT; and the police in Kunduz are Afghan police (AFG), not U.S. police; date Saturday 2012-02-25 right."),
 30: ("TTTFTT", "Stands for Samper's decree of a state of internal unrest (COERCE, Thursday 1995-11-02, asserted), but 'movement' is not a party: target should be empty (or Colombia's population, COL)."),
 31: ("TTTTTT", "Simitis (GRC) accepting the joint-statement language with Turkey (TUR) is an AGREE inside the opposition's accusation, so reported is right; Tuesday 1997-07-08 right. (The ACCUSE itself, conservatives -> Simitis, was not coded.)"),
 32: ("TTTTTT", "Syrian diplomats (SYR) welcomed the vote result: SUPPORT; 'the result' is no party, so empty target right; reported as this news (document date); all right."),
 33: ("TTFTFT", "The Chinese woman (CHN) was killed by the knife attacker, not by the Japanese government (which honoured her): source should be the attacker (no code); date should be 2024-06, the June the story gives for the Suzhou attack."),
 34: ("TTTTTT", "The U.S. and EU urged ASEAN to delay Myanmar's membership: REQUEST USA/EU -> ASEAN, current as told; all right."),
 35: ("TTTTTT", "Montenegro (MNE) is negotiating to join the EU: CONSULT (negotiate), ongoing, document date; all right."),
 36: ("TTTFTT", "Signing the ceasefire accord on Wednesday 1999-12-29 is SUPPORT, source the Congo government (COG) right, but the target repeats the government/state: the other signatory is the militias (Ninjas/Cocoyes, COG); target should be the militias (COG)."),
 37: ("TTTTTT", "Karzai (AFG) appealed to Afghans (AFG) to protest peacefully: REQUEST, Saturday 2012-02-25 (the story's dateline day); all right."),
 38: ("TTTTTT", "Morocco (MAR) accusing Algeria (DZA) of taking sides: ACCUSE, Friday 1995-12-22 per the foreign ministry; all right."),
 39: ("TTTTFT", "Xi (CHN) is due to meet Trump (USA): CONSULT future right; but the text dates it 'a week' after the 20-21 June visit, at the Osaka G20: date should be about 2019-06-28, not unknown."),
 40: ("TTTTTT", "Washington (USA) hailed the Lebanon talks: SUPPORT, target Lebanon (LBN) as the party the sentence names; current, document date; all right."),
 41: ("TTTFFF", "Executions in Iran cited by protesters: the executor is not named (empty source acceptable), but the victims are ('people', IRN) so the empty target is wrong; the executions are earlier background of unknown time, so no date rather than the document date; the act is inside the protesters' claim ('they said'), so modality should be reported."),
 42: ("TTTFTT", "Business groups (PHL) welcomed the court's ruling: SUPPORT on Wednesday 2007-09-12 right; but the party welcomed is the Sandiganbayan anti-graft court (PHL), not the state of the Philippines; target should be the court (PHL) (or empty)."),
 43: ("TTTTTT", "Schmitt (HUN) resigned on Monday 2012-04-02: RETREAT resign; all right."),
 44: ("TTTTTT", "Crowds marching on government buildings in Georgetown: PROTEST demo, target the state of Guyana (GUY) right by the home-protest rule (aimed at the authorities), 'this week' 1998-W03 right."),
 45: ("TTTFTT", "Powell's coming visit to Beijing is a CONSULT visit, future; host should be China / the Chinese government (CHN), not the Beijing court that released Gao; arrival date not given exactly, so unknown is acceptable."),
 46: ("TTTTTT", "Thaksin (THA), Cambodia's newly appointed adviser, arrived in Phnom Penh on Tuesday 2009-11-10: CONSULT visit, host Cambodia (KHM); all right."),
 47: ("TTTTTT", "Museveni (UGA) apologised to Kenyans (KEN) on Wednesday 2022-10-05: SUPPORT (CAMEO 055 apologise); all right."),
 48: ("TTFTTT", "The joint visit to Beirut on Friday 2010-07-30 is a CONSULT visit, host Lebanon (LBN) right; but the source list splits Assad into 'Bashar al' and 'Assad' and adds a junk party '-'; source should be Abdullah (SAU) and Assad (SYR)."),
 49: ("TTTTTT", "Khaleda ('she', BGD) refused the officials' pressure to go into exile: REJECT -> officials (BGD), clearly the party acted upon (previous sentence); undated past, unknown date right; all right."),
 50: ("TTTTTT", "The Biden administration (USA) has not reversed the Western Sahara recognition: CONCEDE (policy change) negated, still the case when told (document date); no target named; all right, though a coder might not code a non-act at all."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
with open("events-c.jsonl", "w") as out:
    for it in items:
        flags, reason = V[it["n"]]
        v = {k: (c == "T") for k, c in zip(keys, flags)}
        v["all"] = all(v[k] for k in keys)
        if not v["event"]:
            assert not any(v.values())
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
