"""Write events-b.jsonl from the items and the judge's verdicts below (fields listed are the WRONG ones).
usage: verdicts.py"""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Albania's government criticising Serbian police: ACCUSE, ALB -> SRB; an undated statement reported as this news takes the document date (Wednesday 2014-10-15)."),
 2: (['source'], "REQUEST right, Americans (USA) right, document date right; source should be the U.S. embassy (USA): 'the embassy' refers to the U.S. mission named in the same sentence, so an empty country code is wrong."),
 3: ([], "Background AGREE by the Arab League (no seat country) to meet every year; 'last October' relative to March 2001 is 2000-10, as given."),
 4: ([], "Signing a defence cooperation agreement is SUPPORT (sign/finalise an agreement) in the PLOVER codebook; a mutual act, with the U.S. and PNG each as source and target; Monday = 2023-05-22."),
 5: (['target', 'date'], "ASSAULT by Israel right; target should be Gaza/the Palestinians (PSE): 'the strip' in the sentence refers to Gaza. Date should be the document date 2023-11-12 (a bombardment still going on) or none; 2023-10-07 is the date of Hamas's attack, not of the bombardment (borderline: the text says only that it began in response to that attack)."),
 6: (['source', 'date'], "Apology is SUPPORT (CAMEO 055); 'he' is Otto Warmbier (USA), not his mother Cindy. Date should be 2016 (before his trial in March 2016), a background act, not the 2017 document date."),
 7: ([], "Police negotiating with the blockading activists: CONSULT (CAMEO 046), UKR police -> protesters in Ukraine (UKR); ongoing act reported as news takes the document date."),
 8: ([], "Kidnapping of Kim Dae-jung by South Korean intelligence agents in 1973: ASSAULT abduct, KOR -> KOR, 1973, all right."),
 9: ([], "Peres's pledge to carry out the accord is AGREE; no target named in the sentence, so empty is right; a background pledge with no date in the text, so no date is right."),
 10: ([], "Arrest of Senator Juan Ponce Enrile (PHL) by police: COERCE arrest; undated act taken at the report's dateline day (May 1, 2001), acceptable."),
 11: ([], "Kamikawa (JPN) and Teodoro (PHL) signing the access agreement: SUPPORT, mutual; Monday 2024-07-08. Not a duplicate within its own sentence."),
 12: (['date'], "Voters approving Kuchma's proposals in the referendum: SUPPORT, UKR voters -> Kuchma (UKR) right; date should be 2000-04-16, the Sunday of the referendum as the text gives it (Monday is when results showed)."),
 13: ([], "Counted total of Palestinians (PSE) killed in the Gaza war: ASSAULT with no source named in the sentence; a total summed over a span has no date, as given."),
 14: ([], "Lien Chan and James Soong (TWN) hailing the election outcome: SUPPORT; 'the outcome' is no party, so an empty target is right; undated statement reported as news takes the document date."),
 15: ([], "African governments (several countries, so no single code) welcoming the outcome: SUPPORT; no party acted upon named; document date right."),
 16: ([], "Spurious: 'plans to destroy Moldova's democracy' is figurative (subversion), not destruction of property (ASSAULT/destroy); the act a coder would take from this sentence is Zelenskiy's report/accusation, not an ASSAULT."),
 17: ([], "The Tewassoul party (MRT) backing Ould Boubacar's candidacy: SUPPORT (endorse), MRT -> MRT; a standing endorsement takes the document date."),
 18: (['source', 'target'], "COERCE arrest in 2010 ('last year') right; source should be empty (the passive sentence names no arrester; parliament is not mentioned); target should be A1's owner (MKD), to whom 'its owner' refers."),
 19: ([], "Gen Z youth protests (MDG) over water and power cuts that grew into demands for Rajoelina's resignation: aimed at the authorities, so the Malagasy state is a right target; 2025-09-25 as given."),
 20: (['source', 'date'], "AGREE right; source should be the leaders of the 12 South American nations with no single country code, not USA. Date should be 2008-05-23, the Friday of the summit at which they agreed; the document date 2008-05-24 is the day after."),
 21: ([], "Police firing tear gas, rubber bullets and water cannon at Tahrir Square protesters: ASSAULT (CAMEO 175 maps to ASSAULT), EGY -> EGY, Wednesday 2011-01-26."),
 22: (['source', 'target', 'modality'], "ACCUSE (seek prosecution for treason) is the right type, but source should be the Congolese government (COD), target Bemba (COD), and modality future ('would seek to have Bemba prosecuted')."),
 23: (['target'], "SUPPORT by Chavez (VEN) right and the summit day 2008-05-23 acceptable; target should be the new bloc UNASUR (no country code), not the United States, which is only named as what the bloc counterweighs."),
 24: ([], "Female suicide bombers in the Chechen conflict striking several times 'this year': ASSAULT, 2003; Chechen bombers coded RUS is acceptable; no target named, empty right."),
 25: ([], "Turkey accusing the YPG (SYR) of the Ankara bombing: ACCUSE, Thursday 2016-02-18, asserted; the THREATEN in the same sentence is a separate act."),
 26: ([], "Clinton urging Pakistan's military government to restore democracy: REQUEST, USA -> PAK, Saturday 2000-03-25."),
 27: ([], "Macri inviting Fernandez to breakfast: an invitation is AGREE in the PLOVER codebook, ARG -> ARG; the time of the invitation is not given, so no date is right."),
 28: (['date'], "Kirchner's promise to negotiate with the IMF: AGREE, ARG -> IMF right; date wrong: 'has promised' is a background campaign pledge of an earlier, undated time, so it should have no date, not the document date."),
 29: ([], "Mazoka (ZMB) rejecting the election result: REJECT with no party named as target; undated statement reported as news takes the document date."),
 30: ([], "Arab leaders (several countries, no code) gathering for the Arab League summit in Baghdad: CONSULT, Thursday 2012-03-29; e2 ('summit') in the same sentence is the duplicate, this one holds."),
 31: (['target'], "SUPPORT by Washington (USA) right, date the dateline day 1995-07-10 right; target should be the Myanmar junta (MMR), whose release of Suu Kyi is welcomed and which the sentence names."),
 32: ([], "Sandu (MDA) calling on parliament (MDA) to give security services more powers: REQUEST, Monday 2023-02-13."),
 33: ([], "Keita (MLI) thanking voters (MLI): SUPPORT; undated victory statement reported as news takes the document date."),
 34: (['date'], "Expelling 70 Russian diplomats is SANCTION, BGR -> RUS right; date should be 2022-06-28, the Tuesday on which Petkov announced the order, not the document date."),
 35: ([], "Relatives of victims welcoming news of the execution: SUPPORT, no party named as target; their country is not stated, so empty is acceptable; document date right."),
 36: ([], "Kihara (JPN) holding talks with his Philippine counterpart: CONSULT; 'his Philippine counterpart' coded as the Philippines (PHL) gives the right country; during the Monday visit, 2024-07-08."),
 37: (['date'], "ASSAULT on Camara (GIN) with no shooter named in the sentence is right; date should be 2009-12-03, the Thursday evening the text gives for the shooting, not the document date."),
 38: (['target'], "REQUEST by the U.S. (USA) for Obasanjo's release right; target should be the Nigerian authorities (NGA), who hold him and are named in the sentence."),
 39: (['date'], "King Hassan's proposal of the constitutional revision may be coded AGREE (intent to reform) with no target; but it is a background act of an earlier, undated time, so it should have no date, not 1996-09-14."),
 40: (['source'], "Visits to North Korea (PRK) by the attacker: CONSULT visit, undated, asserted; source should be Kim Ki-jong coded KOR (a South Korean activist), not USA."),
 41: ([], "Death sentence by a military court in 1980: SANCTION convict (PLOVER codebook), KOR -> KOR, 1980."),
 42: ([], "Vucic convening the national security council: CONSULT in a multilateral setting, no recipient needed; Tuesday 2018-01-16."),
 43: ([], "The Netherlands (NLD) pressing for sanctions: REQUEST; the parties pressed are not named in the sentence; a background act with no date, right."),
 44: ([], "State Department (USA) reaffirming support for Moldova (MDA): SUPPORT, document date."),
 45: ([], "Crowds (ZMB) burning tyres and throwing stones near the electoral commission: PROTEST riot aimed at the authorities, so the state is right; the Wednesday of the protests, 2002-01-02."),
 46: ([], "Venezuelan officials (VEN) accusing Washington (USA): ACCUSE, document date, asserted (reported_by naming Nanez as USA is odd but not scored)."),
 47: ([], "Attack on Bishop Gerardi (GTM), attacker not named: ASSAULT, Sunday 1998-04-26."),
 48: ([], "Haradinaj (XKX) calling on the (Kosovo) authorities to bring the killers to justice: REQUEST, document date."),
 49: (['modality'], "ACCUSE, Nepal -> India, undated background act right; modality should be asserted: India denied the charge (the backing), not that Kathmandu made the accusation."),
 50: (['source', 'target'], "ASSAULT in 1988 right; source should be Myanmar troops (MMR) and target the demonstrators in Myanmar (MMR), not JPN."),
}
SPURIOUS = {16}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if it['n'] in SPURIOUS:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
