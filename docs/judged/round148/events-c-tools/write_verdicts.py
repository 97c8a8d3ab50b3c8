"""Write events-c.jsonl from the judge's verdicts below (fields false are listed; 'X' = spurious)."""
import json
HERE = '/work/wt/j148c/docs/judged/round148/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n: (wrong fields, reasons); 'event' in wrong fields => spurious (all false)
V = {
 1: ([], "Right: Talabani (IRQ) is expected to visit Tehran for talks with Iran's leaders; CONSULT visit, future, no date given ('in the coming days')."),
 2: (['event'], "Spurious: the Tehran crowds honking horns and waving flags after the nuclear framework was announced are celebrating it, not protesting against the government; no PROTEST event."),
 3: ([], "Right: the Macedonian government (MKD) pledged to reopen name talks with Greece (GRC); AGREE asserted; background pledge with no date, so an empty date is right."),
 4: (['source'], "The act is the pardon ('They are forgiving the killers'), SUPPORT/forgive is acceptable, but 'They' are the Algerian authorities (Bouteflika's government, DZA), not the Families, who speak through the woman; source should be the Algerian government (DZA)."),
 5: ([], "Right: Robinson (TTO) urged both parties (UNC and PNM, TTO) to work together in his Monday address; REQUEST, 2001-12-24, asserted."),
 6: ([], "Right: a crowd of Bosnian Croats (BIH) attacked the car of the EU's administrator (the EU, IGO) on Wednesday 1996-02-07; ASSAULT is acceptable (stones and sticks; PROTEST riot would also do)."),
 7: (['event'], "Duplicate: the 'visit' is the same meeting already coded from this sentence as e1 (Deby held talks with Bashir in Khartoum on his visit); one CONSULT act, so this second event is spurious."),
 8: (['type'], "Iohannis said he would work with the new Liberal government: a statement of intent to cooperate is AGREE (asserted, said on Sunday 2019-11-24), not a future COOPERATE; parties right, and date/modality are scored as right for the act as coded (undated future work)."),
 9: ([], "Right: diplomats say the international community (no country) will pressure the Somali government (SOM) to finish a constitution; REQUEST, future, undated."),
 10: ([], "Right: ElBaradei (IAEA) expected to travel to Tehran this weekend; CONSULT visit, future, 2009-W40 weekend (3-4 Oct 2009) is the weekend after the Thursday document date."),
 11: (['date'], "THREATEN LeT (PAK) -> India is right, but the vow ('has vowed to carry its fight to Indian cities') is background stance since the ceasefire, not this news; date should be empty (unknown), not the document date."),
 12: (['type'], "The assembly's vote allows Lee's arrest (a hostile act toward Lee, COERCE arrest/authorised arrest); SUPPORT toward Lee inverts it. Source Lawmakers (KOR), target Lee (KOR), 2013-09-04 and asserted are right."),
 13: (['target'], "CONSULT (hosting a summit) by Lithuania, 2013-11 future is right, but the target includes 'EU's rotating presidency', which is Lithuania's own office, not a summit participant; target should be Ukraine (UKR) (and Moldova, Georgia, the EU)."),
 14: (['date'], "REQUEST by Ramaphosa (ZAF) calling for unity, empty target right (no addressee named); date should be 2017-12-18, the Monday of the conference vote, not the bare year 2017."),
 15: (['target'], "SANCTION withdraw by Labour (ISR) on Wednesday 2002-10-30 is right, but the sentence names what Labour left: target should be Sharon's governing coalition/government (ISR), not empty."),
 16: ([], "Right: Ireland's Department of Foreign Affairs (IRL) is seeking information from the Bolivian authorities (BOL); REQUEST, document date, asserted."),
 17: ([], "Right: Hamas (PSE) criticised Abbas (PSE) for attending the funeral; ACCUSE, 2016-09-30, asserted."),
 18: ([], "Right: Sarkozy (FRA) due to fly to Gabon (GAB) for talks with Bongo; CONSULT visit, future, no date given."),
 19: (['source'], "The accusers are the ELN gunmen ('people they accused of collaborating'), not the local officials who report it; source should be the ELN (COL). Target (the villagers incl. former FARC fighters, COL) right; the date of the offensive that began last Thursday (2025-01-16) is defensible."),
 20: (['target', 'date'], "REQUEST by the rebels (OPM, IDN) is right, but the demand for independence and troop withdrawal is addressed to the Indonesian government (IDN), the troops are its object; and the demands ran through the four-month captivity, so the date should be empty (or 1996), not the 1996-01-08 seizure date."),
 21: ([], "Right: a casualty total of the Maoist insurgency 'so far' (since February 1996): ASSAULT with no named killer, target people (NPL), no date per the span rule."),
 22: ([], "Right: Attorney General Paz y Paz (GTM) opened an investigation (ACCUSE investigate); the sentence names no party investigated, so an empty target is right; document date, asserted."),
 23: ([], "Right: thousands in Mogadishu (SOM) protested on Friday 2011-06-10 against the removal of the prime minister, an act of the authorities, so the Somali government (SOM) is a right target."),
 24: (['target'], "The king's visit to Ceuta on Monday 2007-11-05 is a CONSULT visit, but Ceuta is Spanish territory and Morocco did not host it (it protested); target should be Ceuta/its local authorities (ESP), not Morocco (MAR)."),
 25: ([], "Right: Zakharova (RUS) accused Chisinau (Moldova's government, MDA); ACCUSE; the Wednesday 2023-07-26 of the move it answers is a defensible date for the reaction (document date 2023-07-27 would also do)."),
 26: ([], "Right: Chad (TCD) hosts some 250,000 Darfur refugees (SDN), AID (asylum) still going on, so the document date is right."),
 27: (['date'], "ACCUSE by Western observers criticising irregularities on Zanzibar (no party named) is right, but this was after Zanzibar's October vote: date should be 2005-10, not the document date."),
 28: (['target'], "ACCUSE by the UK and other European countries (2022-12-08) is right, but the condemned execution is Iran's and the sentence names 'the regime': target should be Iran's government (IRN), not empty."),
 29: ([], "Right: Morales (BOL) expected to meet Obama (USA) at the Summit of the Americas; CONSULT future, no day given for the meeting."),
 30: (['date'], "ASSAULT on several OPM rebels (IDN) in the raid, empty source right (no killer named), but the fighting was the raid launched on Wednesday: date should be 1996-05-15, not empty."),
 31: ([], "Right: the U.S. embassy (USA) called on the Kenyan government (KEN) to respect media independence; REQUEST; the day of the raid (2006-03-02) is a defensible date for the statement."),
 32: (['date'], "SUPPORT Syria (SYR) -> Iran (IRN) is right, but Syria backed Tehran during the Iran-Iraq war (1980-88, the rupture of 1982): date should be the 1980s (1982 at the earliest), not the 2006-11-21 document date."),
 33: ([], "Right: Russia (RUS) restricted imports of Ukrainian chocolates (and Moldovan wine): COERCE restrict per CAMEO 163; Ukraine (UKR) is a right target (Moldova is missed); 'in recent months' has no date."),
 34: ([], "Right: Iraqi officials (IRQ) have repeatedly accused Syria (SYR); ACCUSE, repeated background act with no date."),
 35: (['event'], "Duplicate: the demonstrators' opposition to Maduro's plan is part of the protest already coded from this sentence (e8 PROTEST); PLOVER codes protesters' disapproval as PROTEST, so this REJECT is spurious."),
 36: (['source'], "ACCUSE by Moualem condemning attacks on civilians, empty target, 2006-11-21 right, but Moualem is Syria's foreign minister: source country should be SYR, not IRQ."),
 37: (['target', 'date'], "Jailing of the two men (COERCE arrest acceptable; SANCTION convict also fits), empty source right (passive), but the target should be the two Israeli men (ISR), not New Zealand; and they were sentenced on Thursday, so date should be 2004-07-15."),
 38: ([], "Right: Ilan Shor (MDA) sentenced in absentia this year (2023); SANCTION convict, no court named, asserted."),
 39: (['date'], "REQUEST (an order) by the Foreign Office (GBR) to its Riyadh embassy (GBR) is right; the instruction is reported as this news with the FO's Wednesday reaction, so date should be the document date 1997-09-24, not empty."),
 40: ([], "Right: families of the disappeared (DZA) protested in the capital against the president's pardon policy, so Algeria (the state) is a right target; document date, asserted."),
 41: ([], "Right: Deby and Bashir pledged to stop backing each other's rebels: mutual AGREE Chad (TCD)/Sudan (SDN), Tuesday 2010-02-09, asserted."),
 42: (['source', 'target'], "PROTEST on Thursday night is right, but the sentence names the protesters ('people chanting', IRN) and their target ('slogans against Supreme Leader Ayatollah Ali Khamenei'): source should be the protesters (IRN), target Khamenei (IRN)."),
 43: ([], "Right: the indigenous leaders (GTM) said they would not negotiate with the government (GTM): CONSULT negated is the mirror of REJECT asserted (as 'refused to withdraw' in CONVENTIONS); document date."),
 44: (['source'], "REQUEST that Morrison (AUS) resign, 2014-02-18, is right, but the sentence names who called: source should be the Opposition Greens (AUS), not empty."),
 45: (['source', 'target'], "SUPPORT (signing the accord) late on Thursday 2011-06-09 is right, but the signers are President Sharif Sheikh Ahmed and Speaker Sharif Hassan Sheikh Aden (SOM): source should be one of them (SOM), not the Yemen government, and target the other, not empty."),
 46: ([], "Right: the president (Robinson, TTO) clashed with the government (TTO) over Senate appointments; ACCUSE disapprove, background 'in recent years', no date."),
 47: ([], "Right: Israel (ISR) says it killed Deif (PSE) in a July air strike: ASSAULT 2024-07; Israel's own statement is attribution, so asserted with reported_by Israel (reported would also be arguable given Hamas has not confirmed)."),
 48: ([], "Right: Algeria's foreign ministry (DZA) held the kidnappers (no country given) fully responsible; ACCUSE, Wednesday 2005-07-27, asserted."),
 49: ([], "Right: Modi (IND) invited South Asian leaders including Nawaz Sharif (PAK) to his swearing-in: an invitation is AGREE; May 2014, asserted."),
 50: ([], "Right: Nasheed and his ministers (MDV) held a cabinet meeting underwater on Saturday 2009-10-17: mutual CONSULT, asserted."),
}
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open(HERE + 'events-c.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'event' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: (f not in wrong) for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it)
        o['verdict'] = v
        o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('wrote', len(items))
