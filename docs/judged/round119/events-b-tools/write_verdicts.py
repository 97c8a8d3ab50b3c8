"""Write events-b.jsonl from the judge's verdict table below (fields that are wrong listed per item; 'SPURIOUS' = no event)."""
import json
F = ('event', 'type', 'source', 'target', 'date', 'modality')
# n: (wrong fields, reasons)
V = {
 1: (['source'], "Arrest (COERCE) of Cienfuegos on Thursday 2020-10-15 is right, but the source should be the U.S. authorities (USA): the sentence makes the arrest one on a U.S. warrant at Los Angeles airport (DEA agents in the next sentence); empty is wrong here."),
 2: (['date'], "Trump praising Khan (SUPPORT USA->PAK) is right, but 'last year' dates the aid cut, not the praise; date should be 2019-07-22, the Monday of the White House meeting (the document date 2019-07-23 would also pass)."),
 3: ([], "Pledge of support for Afghanistan for a decade is AGREE (offer/pledge of aid); world powers without a code, Afghanistan, Monday 2011-12-05 all right."),
 4: ([], "The Haitian government's call on people to stay calm is a REQUEST to the Haitian public; date 2001-12-17 (the day of the events in the dateline) is right."),
 5: ([], "Hezbollah guerrillas seizing two Israeli soldiers is ASSAULT abduct, dated a day before July 13, 2006-07-12: all right."),
 6: ([], "French officials calling for the citizens' swift return is a REQUEST; the party asked (Israel) is not in the sentence, so the empty target is right by the rule; document date right."),
 7: ([], "Siniora hailing the end of the blockade is SUPPORT; Israel, whose lifting of the blockade he hails, is clearly the party acted upon, so the target passes; undated reaction takes the document date."),
 8: (['source', 'target', 'date'], "The urging (REQUEST, hypothetical because officials only 'hinted') was by army chief Gen. Jehangir Karamat (PAK military), not Leghari; target should be Sharif and Leghari (PAK government), not 'officials'; date should be this week (1997-W48), the week of the meetings."),
 9: ([], "The prime minister's call for calm is a REQUEST with no addressee; 'Guinea-Bissau government' for the prime minister has the right country; document date right."),
 10: (['target'], "Merkel hosting the January 2020 Berlin conference is a CONSULT with the right source and date (2020-01), but Libya is only the conference's topic; the participants are not named, so the target should be empty."),
 11: ([], "Samaras refusing to back the measures is REJECT asserted; the measures are a policy, not a party, so the empty target is right; ongoing stance takes the document date."),
 12: (['target'], "Hezbollah welcoming the visit is SUPPORT, but the target should be Pope John Paul II (VAT), whose visit it welcomed and who is named in the same sentence ('met the pope')."),
 13: (['target'], "Future deportation (COERCE deport) with no named agent is right, but the passengers are foreign activists (Swedish, French and others), not Israelis: the target should have no country code (or FRA for Rima Hassan), not ISR."),
 14: ([], "Tunisian court sentencing Ben Ali and Trabelsi on Monday 2011-06-20 is SANCTION convict: all right."),
 15: ([], "German politicians calling for the rallies to be banned is a REQUEST; the party asked is not named, so the empty target is right; present perfect takes the document date."),
 16: ([], "Egypt wanting Ethiopia to halt work on the dam is a REQUEST EGY->ETH, current stance at the document date: all right."),
 17: ([], "Meles Zenawi co-chairing the Beijing summit is a multilateral CONSULT; empty target is right for a multilateral meeting; 2006-11-04, the summit's opening day, is right."),
 18: ([], "Nicaragua suing Honduras at the ICJ on Wednesday 1999-12-08 is ACCUSE allege (sue): all right."),
 19: ([], "Pope Benedict urging the international community to protect Middle East Christians is a REQUEST; the international community rightly has no code; document date right."),
 20: ([], "Signing the Jeddah ceasefire agreement on Saturday 2023-05-20 is SUPPORT (sign agreement), mutual between the Sudanese army and the RSF: all right."),
 21: ([], "Widodo travelling to Kyiv and Moscow in June 2022 is CONSULT visit to Ukraine and Russia, dated 2022-06: all right."),
 22: (['source', 'date'], "The sentence does not say the security forces killed the 52 (the gunmen blew themselves up and threw grenades); the killer is unnamed, so the source should be empty (or the gunmen), not the Iraqi forces; date should be 2010-10-31, the Sunday evening of the siege, not Monday's report."),
 23: ([], "Armed men seizing the National Palace is ASSAULT (armed seizure, wave-30 rule), aimed at Haiti's state; Monday 2001-12-17 right; the men's country is not given in the sentence, so no code is right."),
 24: ('SPURIOUS', "Spurious: 'policies ... that Brussels opposes' is a standing attitude in a relative clause inside Budapest and Warsaw's claim, not an act; and Brussels is the EU, not the rotating presidency, and a judiciary is no party to a REJECT."),
 25: ([], "Rights groups welcoming the ICC announcement is SUPPORT; the prosecutor is not named or referred to in the sentence, so the empty target is right by the rule; document date right."),
 26: ([], "Halutz resigning in January (2007-01) is RETREAT resign: all right."),
 27: (['date'], "India rejecting Pakistan's call for third-party involvement is REJECT IND->PAK, but it is a stance still held ('has rejected since 1972'), which takes the document date 2019-07-23 by the rule; unknown is wrong."),
 28: ([], "China's pledge to invest $20 billion in India is AGREE (pledge), dated at the Thursday of the visit, 2014-09-18: all right."),
 29: ([], "Arab League leaders calling for an end to the fighting on Friday 2023-05-19 is a REQUEST with no addressee in this clause: all right."),
 30: ([], "The U.S. signalling it would not press Israel further is a negated REQUEST USA->ISR; an act that does not happen has no date, so unknown passes."),
 31: ([], "Obama accepting Vietnam's invitation to visit is AGREE USA->VNM; the sentence has no date, so the document date passes by the rule (strictly he said it on Tuesday 2015-07-07)."),
 32: ([], "Chirac rebuking the central and eastern European countries on Monday 2003-02-17 is ACCUSE disapprove; the group of countries rightly has no single code."),
 33: ([], "Algeria recalling its ambassador from Madrid in March 2022 is SANCTION (reduce diplomatic relations) DZA->ESP: all right."),
 34: ('SPURIOUS', "Spurious: the pope 'insisted on making the trip' is his own determination to travel despite security concerns, not a request or demand addressed to anyone."),
 35: ([], "Plenkovic calling for bilateral talks is a REQUEST (meet); Slovenia is not named in the sentence, so the empty target is right; document date passes."),
 36: (['target'], "Restoring diplomatic ties in 1995 is SUPPORT (resume diplomatic cooperation), dated 1995, but 'they' are the two countries, so the target should be the United States (USA), not empty."),
 37: ([], "Morocco warning Spain of consequences is THREATEN MAR->ESP at the document date: all right."),
 38: ([], "Obama hosting Trong at the White House on Tuesday 2015-07-07 is CONSULT visit; host as source passes under the mutual-meeting rule."),
 39: (['type', 'target', 'date'], "Helping to 'sink' the reform package in a parliamentary vote is no assault: type should be REJECT (voting down a plan); target should be the package's backer, the United States (USA), or empty, not Bosnia; date should be 2006-04, the April vote."),
 40: ([], "The Security Council demanding a ceasefire and withdrawal of Serbian units on Wednesday 1998-09-23 is REQUEST; Serbia/Belgrade is the right addressee."),
 41: ('SPURIOUS', "Spurious: 'Bosnia has voted for division' is an analyst's figure of speech about the election result, not a SUPPORT act between political actors."),
 42: (['type', 'date'], "Zelenskiy's 'angry clash' with Trump was a verbal row: type should be ACCUSE (disapprove), mutual between the two; date should be 2025-02-28, two days before the Sunday 2 March, not unknown."),
 43: (['date'], "Ethnic militias attacking rival communities is ASSAULT in Kenya, but it is background to the December 2007 election (crisis ended February 2008); date should be 2007-12 to 2008-02, not the document date."),
 44: (['target'], "U.S. troops firing anti-tank missiles into the building is ASSAULT heavy-weapons on 2003-07-22, but the target should be the defenders named in the same sentence (Uday and Qusay Hussein and guards, IRQ), not empty."),
 45: (['type', 'source'], "A satellite launch is no attack: type should be MOBILIZE (weapons test / demonstration of military power, CAMEO 15); source should be North Korea with its code PRK, not an uncoded 'North'; date 2023-11-21 (Tuesday night) is right."),
 46: ([], "Aliyev threatening to block the summit declaration is THREATEN (non-force) by AZE; the party threatened is not named, so empty target is right; no date in the text, so the document date passes by the rule (strictly the threat preceded Tuesday's veto)."),
 47: ([], "The Security Council welcoming the initiative on 2002-04-19 is SUPPORT; Annan is not named in the sentence, so the empty target is right."),
 48: ([], "Blair to press Sharon and Arafat to return to talks is a future REQUEST GBR->ISR, PSE; an undated future act with no date passes."),
 49: (['target'], "The arrest (COERCE) by an unnamed agent on 2023-06-14 is right, but the three men are Kosovo police officers: the target's code should be Kosovo (XKX), not SRB."),
 50: ([], "More than 3,000 killed or disappeared under the 1973-1990 regime is ASSAULT on Chileans with no named agent; a total over a span has no date, so unknown is right."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and [it['n'] for it in items] == list(range(1, 51))
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = why
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
# summary
rows = [json.loads(l) for l in open('events-b.jsonl')]
for f in F + ('all',):
    print(f, sum(r['verdict'][f] for r in rows))
