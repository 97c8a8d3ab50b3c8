"""Write events-a.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, F, T, T, T, F, "Washington's 'made clear it would not support Cyprus if it pressed ahead' is a conditional warning: type should be THREATEN (USA -> CYP), asserted; as a SUPPORT the support is conditional (hypothetical), not negated. Source, target and the unknown date (undated pluperfect background) are right."),
 2: (T, T, T, F, T, T, "ASSAULT by Israeli commandos (ISR) in May 2010 is right, but the sentence names who was attacked: target should be the Turkish activists aboard the Mavi Marmara (TUR), not empty."),
 3: (T, T, T, F, T, T, "Arrest of Hadzic by Serbian police on Wednesday 2011-07-20 is right, but the target adds 'Serbs[SRB]', who were not arrested (Hadzic was once their leader): target should be Goran Hadzic alone (SRB acceptable; HRV, a Croatian Serb, also defensible)."),
 4: (T, F, T, T, T, T, "Kenyan police arriving in Haiti to lead the UN-backed security mission is not a diplomatic visit: type should be AID (police assistance personnel, KEN -> HTI) or MOBILIZE/police, not CONSULT. Parties, 2024-06-25 and modality right."),
 5: (T, T, F, F, T, T, "The hypothetical act (quitting the six-nation talks if punished) is codable as SANCTION/withdraw, hypothetical, undated, but it is North Korea that would quit: source should be North Korea (PRK), not the UN; target should be empty (the talks) rather than North Korea."),
 6: (T, T, F, F, T, T, "REJECT in 1997-09 is right, but 'negotiators in Oslo' were the treaty conference's delegates, not Norway: source code should be empty; and what they refused was Washington's request for an exemption: target should be the United States (USA), not South Korea."),
 7: (T, T, T, F, T, T, "REQUEST by Japan and the US on Sunday 2009-04-05 is right, but they pressed the council: target should be the UN Security Council (UNO/IGO), which the sentence names ('the closed-door council session'), not empty."),
 8: (T, F, T, F, F, T, "'Clashed for months with Congress over his anti-corruption agenda' is a political dispute: type should be ACCUSE/disapprove, not ASSAULT; target should be Congress (PER/LEG), not Kuczynski (the man he succeeded); an ongoing dispute takes the document date 2019-10-01, not unknown."),
 9: (T, T, T, T, F, T, "ACCUSE by Jordanian officials against the local branch of Iraq's Baath party is right, and 'hinted' makes it hypothetical by the conventions (I would code a hint as an asserted accusation). Date: the hint is this news with no date of its own, so it takes the document date 1996-08-18, not unknown."),
 10: (T, T, T, T, T, T, "Right: REQUEST by rights groups and diplomats to the Bangladeshi authorities, reported as this news (document date 2007-07-16)."),
 11: (F, F, F, F, F, F, "Spurious: a man struck by a consulate vehicle driving the wrong way is a traffic accident, not a deliberate act of force (ASSAULT needs a deliberate act), so no event."),
 12: (T, T, T, T, T, T, "Right: COERCE/arrest of Muslim Brotherhood members (EGY), agent not named in the sentence; a total detained 'since last month' has no date by the conventions."),
 13: (T, T, T, T, T, T, "Right: Morocco accused the Iranian government on Friday 2009-03-06."),
 14: (T, T, T, T, T, T, "Right: signing an agreement with China is SUPPORT (sign agreement), NPL <-> CHN, Wednesday 2015-10-28."),
 15: (T, T, T, T, T, T, "Right: ASSAULT with people in Karachi (PAK) as victims; the killers are a mix (security forces, MQM militants, mosque attackers), so an empty source is acceptable; a toll summed 'since the start of the year' has no date."),
 16: (T, T, T, F, T, T, "Filing the case is ACCUSE/allege by the businessman in 2007-06, but the sentence names whom it accuses: target should be Sheikh Hasina (BGD), not empty."),
 17: (T, T, T, T, T, T, "Right: SUPPORT (solidarity) by Saudi Arabia and the UAE with the Iraqi government, same day as this news (2021-11-07)."),
 18: (T, T, T, T, T, T, "Right: Sisi thanking voters is SUPPORT (praise) EGY -> Egyptian voters, in his speech after the result announced on 2018-04-02."),
 19: (T, T, T, T, T, T, "Right: COERCE/arrest of Sheikh Hasina by Bangladeshi police on Monday 2007-07-16."),
 20: (T, T, T, T, F, T, "AGREE by the Mali junta to hold elections is right (empty target acceptable). Date: 'this month' dates ECOWAS's lifting of sanctions, and the junta agreed before it ('after the junta agreed'): the agreement's date is not given, so it should be unknown, not 2022-07."),
 21: (T, T, F, T, F, T, "ACCUSE/allege of Milosevic is right, but the sentence names the accuser: source should be chief prosecutor Louise Arbour / the UN tribunal (IGO), not empty; and the date 1999 comes from 'since the start of the year', the span of the crimes: the accusation is the indictment announced Thursday 1999-05-27."),
 22: (T, T, T, T, T, T, "Right: PROTEST/demo by demonstrators in Libyan cities; the sentence names no aim, so the state (LBY) is a right target; no date in the sentence, so the document date."),
 23: (T, T, T, T, T, T, "Right: COOPERATE, the US cooperating with Pakistani authorities (PAK), as stated by the embassy in this news (2011-01-28)."),
 24: (T, T, T, T, T, T, "Right: Ethiopia seizing Eritrean territory in an offensive is ASSAULT (ETH -> ERI), 'last month' = 2000-05."),
 25: (T, T, T, T, T, T, "Right: Abe's trip to Beijing is CONSULT/visit JPN -> CHN on Sunday 2006-10-08; not a duplicate of the AGREE in the same sentence."),
 26: (T, T, T, T, T, T, "Right: SUPPORT by the State Department (USA) for Georgia's democratic efforts, this news (1995-08-30)."),
 27: (T, T, T, F, T, T, "ASSAULT by Iraqi security forces on Tuesday 2013-04-23 is right, but the sentence names what they stormed: target should be the Sunni protesters in the camp (IRQ), not empty."),
 28: (T, T, T, T, F, T, "ASSAULT (killings of soldiers, rebels and civilians; soldiers LKA is a right party) with empty source is right, but 'in August' dates Kadirgamar's assassination: the killings 'have increased', an ongoing act, so the date should be the document date 2005-11-18."),
 29: (T, T, T, F, T, T, "SUPPORT by Western governments (this news) is right, but 'it' is the tribunal's indictment: target should be the UN war crimes tribunal (IGO), not the Serbian government, which was indicted."),
 30: (T, T, T, T, T, T, "Right: police and troops put on alert is MOBILIZE; the police (UKR) as the mobilised party is an acceptable source; this news (2014-02-27)."),
 31: (T, T, T, T, T, T, "Right: ASSAULT (firearms) by a sniper in Colombo (LKA) on Kadirgamar, August 2005."),
 32: (T, T, T, T, T, T, "Right: Somalia accused Kenya on Tuesday 2020-12-15 (the document date is that Tuesday)."),
 33: (T, T, T, T, F, T, "'The first visit to China by a Japanese leader since October 2001' is Abe's present visit (JPN -> CHN, right), so the date should be 2006-10-08; October 2001 dates the previous visit."),
 34: (T, T, T, T, F, T, "ASSAULT by Boko Haram's insurgency (NGA rebels) is right, but 'has killed more than 3,000 people' since 2009 is a summed total: it has no date, not the document date."),
 35: (T, T, T, T, F, F, "By the conventions 'is stepping down' is a future RETREAT/resign (like 'is to step down'): modality should be future, and the date unknown (he leaves after the October elections), not asserted on 2014-09-05."),
 36: (T, T, T, T, T, T, "Right: Wan Azizah (MYS) resigned her seat 'last month' = 2008-07."),
 37: (T, T, T, T, T, T, "Right: Israel sending military aircraft to Mombasa is a military deployment (MOBILIZE), this news (2002-11-28); the rescue teams sent to assist Kenyan police would be a separate AID."),
 38: (T, T, T, T, T, T, "Right: REQUEST by the United States to all sides in Ghana (GHA); not a duplicate of the 'congratulated' SUPPORT in the same sentence."),
 39: (T, F, T, F, T, T, "Police dawn raids are COERCE/seize (law-enforcement raid), not ASSAULT; target should be the suspects raided and detained (businessmen and officials, TUR), not empty. Police (TUR), Tuesday 2013-12-17, asserted are right."),
 40: (T, T, T, T, F, T, "ASSAULT in ambushes (soldiers MOZ, source unnamed) is right, but it is background to the accord, of the conflict since 2012 with no date: date should be unknown, not 2014-09-05 (the signing)."),
 41: (T, T, T, F, T, T, "PROTEST/riot in Jakarta on Saturday 1996-07-27 is right, but the riot was aimed at the authorities' act (police and soldiers helping seize the PDI headquarters): by the home-protest rule the target should be the Indonesian state/security forces (IDN), not empty."),
 42: (T, T, T, T, T, T, "Right: SANCTION/withdraw, USA withdrew from the INF treaty with Russia on Friday 2019-08-02."),
 43: (T, T, T, T, T, T, "Right: ACCUSE by King Hussein (JOR) of foreign-backed elements at work in Jordan; this news (1996-08-18)."),
 44: (T, T, T, T, F, T, "COERCE/arrest of tens of thousands (BGD), agent unnamed, is right, but it is a total summed since the January emergency: it has no date, not the document date."),
 45: (T, T, F, T, T, T, "ASSAULT on Shi'ite targets in Iran, earlier undated, is right, but Islamic State is not an Iranian group: source country should be empty (transnational), not IRN."),
 46: (T, T, T, T, T, T, "Right: ASSAULT with three people killed in the Jakarta violence (IDN), source unnamed; no date in the sentence, so the document date."),
 47: (T, T, F, T, T, T, "REQUEST for an independent investigation, no addressee named, this news (1999-04-07), is right, but Belo is the East Timorese bishop of Dili: his country code should be East Timor (TLS/TMP), not IDN."),
 48: (T, T, T, T, T, T, "Right: CONSULT, Annan (UN) met the detained Abiola (NGA) in Abuja 'last week' = 1998-W27."),
 49: (T, T, T, T, T, T, "Right: ACCUSE by Maduro against Colombia (the exiles in the US are a second target not given) on Saturday 2018-08-04."),
 50: (T, T, T, F, T, T, "AGREE by Thein Sein (this news) is right, but the one codable pledge is peace with the ethnic minority groups, which the sentence names: target should be the ethnic minority groups (MMR), not empty (tackling poverty and corruption has no party)."),
}
out = []
items = [json.loads(l) for l in open(os.path.join(ROOT, 'events-a-items.jsonl'))]
assert len(items) == 50
for it in items:
    e, t, s, g, d, m, r = V[it['n']]
    if not e:
        t = s = g = d = m = False
    v = {'event': e, 'type': t, 'source': s, 'target': g, 'date': d, 'modality': m}
    v['all'] = all(v.values())
    o = dict(it)
    o['verdict'] = v
    o['reasons'] = r
    out.append(o)
with open(os.path.join(ROOT, 'events-a.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
counts = {k: sum(o['verdict'][k] for o in out) for k in ['event', 'type', 'source', 'target', 'date', 'modality', 'all']}
print(counts)
