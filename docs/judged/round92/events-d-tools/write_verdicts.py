"""Write events-d.jsonl from judge d's verdicts (round 92). Fields listed in WRONG are false; all others true.
SPURIOUS items are false in every field."""
import json

SPURIOUS = {17}
WRONG = {
    3: {"type"}, 4: {"date"}, 10: {"date"}, 11: {"date"}, 13: {"date"},
    18: {"source", "target"}, 20: {"target"}, 25: {"target"}, 27: {"date"},
    31: {"source", "date"}, 32: {"type"}, 34: {"source"}, 35: {"target"}, 37: {"date"},
    39: {"target"}, 42: {"date"}, 47: {"target"}, 48: {"date"},
}
REASONS = {
 1: "Ciller (TUR) hailing the European Parliament vote is SUPPORT; 'the result' is an outcome, not a party, so the empty target is right. The sentence gives no day; 1995-12-13, the Wednesday of the vote, fits a same-day reaction and I accept it.",
 2: "Rubio (USA) welcoming the European step is SUPPORT. 'The step' names an act, not a party, so by the rules the empty target is right (a coder might give the E3 states). The document date fits an undated reaction reported as this news.",
 3: "Calling the official turnout figure 'invented' accuses officials of fabricating it, so the type should be ACCUSE (disapprove/allege), not REJECT: no request or proposal is turned down. The source, Ivorian opposition leaders (CIV; the name has 'figure' stuck to it), the target (officials, CIV), the date and the modality are right.",
 4: "SANCTION by the Trump administration (USA) against Moraes (BRA) is right. But 'has already ... sanctioned' is a background act from before the ruling, and the text gives it no date. The date should be none/unknown (before 2025-09-11), not the ruling day 2025-09-11.",
 5: "REQUEST from Ukraine's foreign ministry to the ICRC and the UN is right. The document date fits an undated statement reported as this news.",
 6: "COERCE (curfew) by Peru, dated Saturday 2009-06-06. The sentence names no party the curfew is imposed on, so the empty target is right.",
 7: "CONSULT visit, Obama (USA) to Laos (LAO), on Tuesday 2016-09-06. All right.",
 8: "SANCTION withdraw, Burundi's parliament (BDI) against the ICC, on Wednesday 2016-10-12. I take the vote as the asserted act; the withdrawal itself still needs the Senate and the president.",
 9: "REQUEST by UN rapporteur Anaya for an independent investigation. He addresses no one in the sentence, so the empty target is right. This is not a duplicate of e5 (Amnesty's 'urged'). The document date is right.",
 10: "COERCE arrest by Moldovan police of people (MDA) is right. But the text dates the detentions 'in the days before the vote', so the date should be the days before Sunday 2025-09-28, not the document date 2025-09-29.",
 11: "ASSAULT that killed dozens of people (MLI); the sentence names no attacker, so the empty source is right. The killings are the attack the lead dates 'on Tuesday', so the date should be 2024-09-17, not the document date 2024-09-18.",
 12: "Palestinian officials (PSE) voicing dismay is ACCUSE disapprove. The sentence names no target, so empty is right. The date is the document date.",
 13: "COERCE arrest of Rusesabagina; the passive sentence names no arrester, so the empty source is right. The date is wrong: he was paraded in handcuffs on Monday 2020-08-31, so the arrest was on or before 2020-08-31 (undated, announced 2020-08-31), not 2020-09-01.",
 14: "REQUEST, United States (USA) to Bahrain's government (BHR), document date. All right.",
 15: "SANCTION convict: the Hamedan court (IRN) against Aghajari (IRN). 'Last week' is 2002-W45. All right.",
 16: "ACCUSE: Russian officials (RUS) blamed the attack on Basayev's followers (Chechen rebels, RUS). The document date is right. All right.",
 17: "Spurious. 'The attack dealt a blow to the military government' refers back to the attack already reported and judges its effect; it reports no act, and it has no source or target.",
 18: "PROTEST in 2011 is right. The source should be the Shi'ite majority (Bahraini Shi'ites, BHR), which the sentence names ('led mainly by'). The target should be Bahrain (BHR): the state is named in the sentence and the protest names no other aim, so the empty target is wrong.",
 19: "Orban (HUN) conceding defeat is CONCEDE. The sentence names no party he concedes to, so the empty target is right. The date is the document date. All right.",
 20: "A negated SUPPORT by Vucic (SRB) is acceptable. The target Serbia is wrong: it is Vucic's own side. The referendum he did not support was held by the Bosnian Serbs / Serb Republic (BIH), and empty would also be right since no party is named.",
 21: "REQUEST by Hadi (YEM) for a meeting of the national transition authority and the return of state institutions. The target, Yemeni state bodies (YEM), is acceptable. His statement is dated Saturday 2015-02-21 by the lead.",
 22: "Washington (USA) welcoming the breakthrough is SUPPORT. The sentence names no party, so the empty target is right. Document date. All right.",
 23: "COERCE arrest, Bangladeshi security forces (BGD) against Khaleda Zia (BGD), on Monday 2007-09-03. All right.",
 24: "CONSULT visit, John Paul II (VAT) to Cuba (CUB), on Wednesday 1998-01-21. All right.",
 25: "RETREAT release (pardon) by Medvedev (RUS) is right. The target should be 'them', the four Russians convicted of spying for the West (RUS, e.g. Sutyagin and Skripal), not the Russian government.",
 26: "THREATEN, Russia (RUS) to Latvia (LVA), on Wednesday 1998-03-04. All right.",
 27: "CONCEDE negated for Estrada (PHL) is right. The date should be the document date 2010-05-11: his refusal is reported as this news (the partial count), so it is not an act of unknown time.",
 28: "ACCUSE investigate: Ulmanis (LVA) ordered an inquiry. The sentence names no party acted on ('force had been used'), so the empty target is right. Document date. All right.",
 29: "AGREE: Sharif (PAK) agreed to forfeit property and go into exile. The sentence does not name the other party, so the empty target is right. The deal is reported as this news, so the document date is right.",
 30: "ACCUSE: the National Coalition (SYR) called the vote a farce. The sentence names no party, so the empty target is right. Document date. All right.",
 31: "AGREE (campaign promise) is acceptable, but 'He' is Benigno Aquino (PHL), not Ferdinand Marcos. The date should be the document date 2010-05-11, since he made the promise to supporters as this news; it is not unknown.",
 32: "North Korea (PRK) launching a long-range rocket is a weapons test, so the type should be MOBILIZE (weapons test), not ASSAULT: nothing was attacked. 'Last week' is 2012-W50, which is right.",
 33: "ACCUSE: Karbaschi's supporters (IRN) called the court's verdict politically motivated, so the target, the Iranian court (IRN), is right. Document date. All right.",
 34: "SUPPORT (hailed the arrest) is right. But the source should be the government's supporters alone, with country RWA. The Rwandan government did not hail anything, and the supporters' empty country is wrong because the text makes plain they are Rwandan.",
 35: "CONSULT (talks) on 2016-09-06 is right. The target Bounnhang Vorachith is the president of Laos, so his code should be LAO, not USA.",
 36: "CONCEDE (declaration of a ceasefire), India and Pakistan as mutual parties, joint statement on Thursday 2021-02-25. All right.",
 37: "RETREAT resign, future, for Koizumi (JPN) is right. The text dates the act 'when his term ends in September next year', so the date should be 2006-09, not none.",
 38: "RETREAT resign, future ('preparing to resign'), for Hamzik (SVK). The resignation has no date, so unknown is right. All right.",
 39: "REQUEST by Turkey in 1987 (explicit) is right. The target should be the European Union / the European Community (EUR), 'the bloc' in the sentence whose full membership Turkey requested, not empty.",
 40: "SUPPORT (signing the treaty) by Brown (GBR), several hours after Thursday's ceremony, so 2007-12-13. All right.",
 41: "RETREAT resign by Ankvab (Abkhazia coded GEO), on Sunday 2014-06-01. All right.",
 42: "ASSAULT that killed 12 people (ZAF); the sentence names no attacker, so the empty source is right. The date should be early September 2019 (2019-09), 'early this month' for the riots in the previous sentence, not none. reported_by should be South African police.",
 43: "COERCE (state of emergency declared) in January 2007, the month the text gives. The passive sentence names no party, so the empty source and target are right. All right.",
 44: "CONSULT, future: Katsav (ISR) with party leaders (ISR) 'next week', 2003-W06. All right.",
 45: "CONSULT visit: Rice (USA) and Straw (GBR) to Baghdad to urge Iraqi leaders (IRQ), 'this month' 2006-04. This is not a duplicate of e3 ('pressed'). All right.",
 46: "REQUEST, EU to Iran (IRN), document date. All right.",
 47: "SUPPORT by Dodik (BIH) hailing the vote is right. The target Bosnia and Herzegovina is wrong: the vote defied Bosnia's court. The target should be empty, or his people, the Bosnian Serbs.",
 48: "SUPPORT: Algerians (DZA) approved Bouteflika's charter. But the approval was the referendum that the next sentence dates to Thursday, so the date should be 2005-09-29. 2005-09-30 is the day the government announced it.",
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for l in open("events-d-items.jsonl"):
    it = json.loads(l)
    n = it["n"]
    if n in SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        w = WRONG.get(n, set())
        v = {f: f not in w for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = REASONS[n]
    out.append(it)
with open("events-d.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: sum(it["verdict"][f] for it in out) for f in FIELDS + ["all"]}
print(len(out), counts)
