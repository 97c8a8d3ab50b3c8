"""Write events-c.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json
T, F = True, False
S = 'spurious'
V = {
 1: ((T,T,T,T,T,T), "Israeli warplanes (ISR) struck power stations in Lebanon (LBN) on Tuesday 2000-02-08: ASSAULT, all fields right."),
 2: ((T,T,F,F,T,T), "Roles swapped: the urging is by the Chinese foreign ministry spokesperson (CHN), so source should be the Chinese foreign ministry (CHN) and target Manila, the Philippine government (PHL). Type REQUEST, document date (no date for the statement) and asserted are right."),
 3: ((T,T,T,T,T,T), "Offer to send the air force chief is AGREE (offer, wave-76 rule); Netanyahu (ISR) to Putin, given as the Russian government (RUS), accepted as the right party; document date for the call reported as news."),
 4: ((T,T,T,T,T,T), "Kremlin (RUS) welcomed the Belarus vote: SUPPORT; 'the vote' is no party, so the empty target is right; document date for the reaction reported as news."),
 5: (S, "Spurious: Ishiba saying 'we must accept [the results] humbly' accepts election results; it is no act of cooperation with a political actor (and 'stable government' is no party)."),
 6: ((T,T,T,T,T,T), "Mattis (USA) warned North Korea (PRK) of the end of its regime: THREATEN, Wednesday 2017-08-09, asserted; all right."),
 7: ((T,T,T,T,T,T), "US and UK congratulated Bangladeshis (BGD): SUPPORT, document date for the reaction reported as news; all right."),
 8: ((T,T,T,T,T,T), "US, EU and NATO condemned the Suruc attack: ACCUSE disapprove; 'the attack' is an act, not a party, so no target is right; document date right."),
 9: (S, "Spurious: Ahern 'blamed the low turnout' attributes the referendum defeat to a circumstance; no political actor is accused, so it is no ACCUSE event."),
 10: ((T,T,T,F,F,T), "A pledge to withdraw from territory is CONCEDE in the PLOVER codebook (promise to withdraw), so type is right; target should be Lebanon (LBN) alone, Syria is only the other party of a possible agreement; date should be none: 'has pledged' is a background pledge made at an earlier, unstated time, not this news."),
 11: ((T,T,T,T,F,F), "ACCUSE Bahrain government (BHR) -> Tehran (IRN) right; but 'has accused' is a standing background accusation of an earlier time, so date should be none (not the document date), and the accusing itself is asserted (only the unrest-stirring inside it is reported)."),
 12: ((T,T,F,F,T,T), "Signing the joint declaration is SUPPORT, but between Putin (RUS) and Kim Jong Il (PRK): source 'leaders' lacks a country (should be Putin/RUS or Kim/PRK) and target should be the other signatory, not the United States (only the object of their stated opposition). No date in the text for the signing, so the document date stands."),
 13: ((T,T,T,T,T,T), "Russia's Foreign Ministry (RUS) summoned Azerbaijan's ambassador (AZE) to protest: ACCUSE (official complaint), Tuesday 2025-07-01; all right."),
 14: ((T,T,T,T,T,F), "Tunisia (TUN) reaching a deal with the IMF is the condition of the EU's loan offer; by CONVENTIONS (offer whose condition states its terms) the act in the condition is hypothetical, not future. Type, parties and the empty date are right."),
 15: ((T,T,T,T,T,T), "Chavez (VEN) threatened to cut trade and nationalise Colombian companies (COL): THREATEN; the companies are a party named and acted on, country right; Tuesday 2009-07-28 right."),
 16: (S, "Spurious: Macron 'rejected the idea that the operation had failed' is a denial of a claim, not the rejection of a request, proposal or demand that PLOVER REJECT codes."),
 17: ((T,T,T,T,F,T), "ACCUSE Qureshi (PAK) -> his Indian counterpart Krishna, given as India (IND), accepted; date should be 2010-07-15, the Thursday of the talks and joint news conference the story gives, not the Friday document date."),
 18: ((T,T,T,T,T,T), "EU welcomed the result of Khatami's re-election: SUPPORT; 'the result' is no party, empty target right; document date for the reaction right."),
 19: ((T,T,T,F,T,T), "Militants overrunning Palma is ASSAULT (seizure, wave-30 rule), March 2021 right; target should be the town of Palma in Mozambique (MOZ), not Spain."),
 20: ((T,T,T,T,T,T), "Front of Socialist Forces (DZA) urged calm and called for the law's suspension: REQUEST with no addressee named, empty target right; document date right."),
 21: ((T,T,T,T,T,T), "Anti-balaka militias and Bozize loyalists (CAF) attacked districts of Bangui on Thursday 2013-12-05: ASSAULT; districts are no party, empty target right."),
 22: ((T,F,T,F,T,T), "Medvedev (RUS) ordering his own investigators to find the killers is initiating an investigation, ACCUSE investigate, not a REQUEST between actors; target should then be the unknown killers (none) - and even as REQUEST the investigators' country is plainly RUS, not empty. Document date and asserted right."),
 23: (S, "Spurious: 'critics in Washington say the move reflects Beijing's frustration' is analysis of China's motive, not a disapproval or accusation of any party."),
 24: (S, "Spurious: 'to fight people smugglers' is the purpose of EU money, not an armed attack; the act in the sentence is an EU pledge of aid to Tunisia (AGREE)."),
 25: ((T,T,T,T,F,T), "REQUEST Aliyev (AZE) -> Moscow (RUS) right; date should be none: 'has demanded' is a background demand made after the December crash, an earlier time the text does not give, not the document date."),
 26: ((T,T,T,F,T,T), "France (FRA) withdrew its garrison in 1998: RETREAT, 1998 right; target should be the Central African Republic (CAF), 'the country', not France."),
 27: ((T,T,T,T,T,T), "US State Department official urged Moscow (RUS) to investigate abuses: REQUEST USA -> RUS, document date for the reaction right; all right."),
 28: ((T,T,T,F,F,T), "Wen Jiabao (CHN) criticised the Chongqing leadership: ACCUSE right; target should be the Chongqing leadership (CHN), named in the sentence; date should be 2012-03-14, 'a day before' the Thursday 2012-03-15 dismissal."),
 29: ((T,T,F,T,T,T), "Welcoming efforts against crime is SUPPORT with no party named (empty target right), document date right; source should be the Office of the High Representative (international body, no country) / Westendorp, not 'Dayton' (BIH)."),
 30: ((T,T,T,T,T,T), "Borderline: voters (LBR) expressing frustration at the court-ordered delay is a complaint, ACCUSE disapprove, with no party named; document date right."),
 31: ((T,T,T,T,F,T), "Passive accusation with no agent in the sentence (empty source right by the sentence rule; the Bolivian government is the accuser); target Italy and Spain right; date should be the document date 2013-07-04: Tuesday 2013-07-02 is the date of the refused clearance, not of the accusation."),
 32: ((T,T,T,T,T,T), "Western governments welcomed the Romanian vote: SUPPORT, no target party, document date right; all right."),
 33: ((T,T,T,T,F,T), "ACCUSE US -> bin Laden right (no country code acceptable for him here); date should be none: 'is accused' is the standing US accusation of an earlier time (after the 1998 bombings), not this news."),
 34: ((T,T,T,T,T,T), "Ihsanoglu (TUR) congratulated Erdogan (TUR): SUPPORT, document date right; all right."),
 35: ((T,T,T,F,F,T), "A negated closing of airspace by Spain (ESP, its foreign minister accepted) is acceptable as COERCE negated; target should be empty (Morales's plane/Bolivia is not in the sentence), not the US government; date: Wednesday 2013-07-03 belongs to Hollande's statement in the previous sentence - the denied closure concerns Tuesday's flight (2013-07-02)."),
 36: ((T,T,T,F,F,T), "Tsvangirai (ZWE) agreed to join the government: AGREE right; target should be the Zimbabwean government (ZWE), SADC only hosted the summit; date should be late January 2009 (2009-01, 'after a summit ... late last month'), not the document date."),
 37: ((T,T,T,T,T,T), "France (FRA) called for a rapid return to civilian rule in Comoros: REQUEST with no party named (empty target right), document date right."),
 38: ((T,T,T,T,T,T), "Crowds (IDN) rioting against the police (IDN): PROTEST riot, state police is a right target; overnight riots dated 2019-05-22 right."),
 39: ((T,T,T,F,T,T), "The killing in Nikolic's condition is hypothetical, unknown source and no date right; target should be Serbs in Kosovo coded Kosovo (XKX), not SRB (borderline: ethnic Serbs living in Kosovo)."),
 40: ((T,T,T,F,T,T), "Khatami (IRN) called on state bodies to respect the vote: REQUEST right; target should be Iran's state bodies with country IRN, which the text makes plain, not empty."),
 41: ((T,T,T,T,T,T), "The withdrawal of France's Barkhane force (FRA) will take months: RETREAT future, no date; Mali not named in the sentence so empty target right."),
 42: ((T,T,T,F,T,T), "Singirok's troops (PNG) detained Tim Spicer: COERCE arrest, date 1997-03-17 from the narrative right; target should be Sandline's chief Tim Spicer of the British-based Sandline (GBR or no code), not PNG."),
 43: ((T,T,T,T,T,T), "Laura Bush (USA) praised Egypt's amendment: SUPPORT -> Egypt (EGY); 'only days ago' gives no date, unknown right."),
 44: ((T,T,T,T,T,T), "Iliescu's government (ROU) signed a friendship treaty with Hungary (HUN) in September 1996: SUPPORT, 1996-09 right."),
 45: ((T,T,T,T,T,T), "French troops (FRA) killed since 2013: a total with no date (round-20 rule), no source named; all right."),
 46: ((T,T,T,T,T,T), "Singirok (PNG) denounced the Sandline contract on March 17: ACCUSE disapprove; the object is a contract, empty target accepted; 1997-03-17 right."),
 47: ((T,T,F,T,T,T), "'She' is Hasina (BGD), who promised not to take revenge and pledged to tackle prices: AGREE right, but source should be Sheikh Hasina (BGD), not Khaleda Zia."),
 48: ((T,T,T,T,T,T), "More than 50,000 people (LKA) killed since 1983: ASSAULT total with no date (round-20 rule); all right."),
 49: ((T,T,T,T,T,T), "US (USA) suspending security aid to Pakistan (PAK) on Thursday 2018-01-04: SANCTION discontinue; all right."),
 50: ((T,T,T,T,T,T), "Russia's Investigative Committee (RUS) opened a murder case: ACCUSE investigate, killers unknown so no target, document date right."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50
out = open('events-c.jsonl', 'w')
for it in items:
    v, reason = V[it['n']]
    if v == S:
        d = dict(event=False, type=False, source=False, target=False, date=False, modality=False, all=False)
    else:
        keys = ['event', 'type', 'source', 'target', 'date', 'modality']
        d = dict(zip(keys, v)); d['all'] = all(v)
    it = dict(it); it['verdict'] = d; it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
