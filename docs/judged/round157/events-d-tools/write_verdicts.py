"""Write events-d.jsonl from judge d's verdicts (fields listed are the WRONG ones; 'spurious' = no event)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "REQUEST by Martinelli (PAN) to press the U.S. Congress (USA); future, undated: right in all fields."),
 2: (["source"], "Source country wrong: the text does not make the gunmen's country plain (Indian officials blame the Pakistan-based Lashkar-e-Taiba, Pakistan blames Indian agencies), so 'gunmen' should have an empty code, not IND; targets (pilgrims, shopkeepers in Indian Kashmir) and date 2000-08-01 (late Tuesday) are right."),
 3: (["target"], "A promise of a government of 'dialogue' (AGREE, accepted as an event) names no party it is made to; target should be empty, not the United States government, which the sentence does not mention. Date 2000-07-28 (inauguration) is right."),
 4: (["spurious"], "Duplicate: 'banning travel by its senior officials' spells out the sanctions already coded from this sentence as e1 ('impose new sanctions'); it is the same act, so a second event is spurious."),
 5: (["date"], "Piot spoke at the Security Council debate the story reports as held on Monday; date should be 2000-01-10, not the document date 2000-01-11. Type, Piot (UN) and the empty target (a call for an international response with no addressee) are right."),
 6: (["source"], "'They' are the hundreds of Maoist rebels of the previous sentence; source should be the Maoist rebels (IND), not the India police, who are the victims. Target (the CRPF troops, IND) and date 2010-04-06 are right."),
 7: ([], "Background ASSAULT (the 1989 U.S. invasion), dated 1989; the sentence does not name Panama, so the empty target is right by the rules (a coder reading the story would add Panama)."),
 8: (["target"], "The sentence names the person detained, 'one of their lawyers' (a lawyer of the Saudi reformers, SAU); target should be that lawyer, not empty. Empty source (no agent named) and 2004-11 are right."),
 9: ([], "Background ASSAULT on the Nevsky Express (RUS) by an unnamed bomber, dated 2007-08: right."),
 10: ([], "CONCEDE: LURD's promise to pull back from the port (a promise of future withdrawal), source the rebels (LBR), no addressee, reported as news on 2003-08-05: right; the condition does not make the promise hypothetical."),
 11: ([], "ASSAULT by two suicide bombers (no country in the sentence) on two Israelis (ISR), 'last week' = 2003-W33 relative to 2003-08-20: right."),
 12: ([], "REQUEST: Musharraf (PAK) urged people (PAK) not to politicise the ruling; no date in the text, document date accepted: right."),
 13: ([], "REJECT: Tbilisi (GEO government) rejected the Russian officials' claim; target the Russian officials (RUS), date 2002-08-23 (the wire's Friday): right."),
 14: ([], "ACCUSE: Anwar Ibrahim (MYS) accused UMNO (MYS), reported as news, document date: right."),
 15: (["type"], "Saying it would not accept observers from six EU states is a refusal to admit election observers: REJECT (or RETREAT/access negated, CAMEO 086 'allow international involvement'), not AGREE. Source, targets, undated date ('earlier') and negated modality are right."),
 16: (["source", "target"], "The deal was signed by the victims' lawyers and representatives of the Gaddafi International Foundation (LBY); Muammar Gaddafi is not a signatory, so the mutual party list should be the lawyers and the Gaddafi Foundation (LBY), not Muammar Gaddafi. Type SUPPORT (sign) and 2004-08-10 are right."),
 17: (["target"], "Serpa conceded defeat to the winner named in the same sentence ('wished Pastrana success'); target should be Andres Pastrana (COL), not empty. Date 1998-06-21 (Sunday night) is right."),
 18: (["date"], "The National Party urged its supporters to back Batlle before the Sunday 28 November run-off: a background act of an earlier, unstated time, so it should have no date, not the document date 1999-11-29. Source, target (its supporters, URY) and type are right."),
 19: (["target"], "Harper's promise of a 'clean' government (AGREE, accepted as an event) is made to no named party; target should be empty (voters at most), not the Canadian government. Document date accepted (no date in the text)."),
 20: ([], "COERCE arrest by the Bosnian authorities (BIH) of a Bosnian Serb general and a colonel (BIH), 'late last month' = 1996-01: right."),
 21: ([], "Mutual SUPPORT (signing the 1997 peace treaty) by Yeltsin and Maskhadov (both RUS), dated 1997-05 ('May last year'): right."),
 22: ([], "ASSAULT: the car bomb killed at least one of Maskhadov's bodyguards (RUS); no bomber named, so empty source; Thursday = 1998-07-23: right."),
 23: (["target"], "The person arrested in December is Abacha's deputy, Lt Gen Oladipo Diya (NGA), not Sani Abacha; target should be Diya. Empty source and 1997-12 are right."),
 24: ([], "The lawyers' announced appeal to the Supreme Court (CHL), a future REQUEST with no date: right (an appeal asks the court to overturn the ruling)."),
 25: (["target"], "'its bases' are the PKK's (the previous sentence's subject); target should be the PKK (TUR Kurdish rebels), not empty. Source (the Turkish army), ASSAULT and 2008 ('this year') are right."),
 26: (["spurious"], "Spurious: Solana 'taking up his post' is an appointment, not a troop mobilisation, and Warren Christopher is not its actor; no PLOVER event."),
 27: (["date"], "The text dates the break: 'at the end of next year', i.e. the end of 1997 (effective 1 January 1998 per the next paragraph); date should be 1997-12 (end of 1997), not unknown. SANCTION (break relations) ZAF -> TWN, future, is right."),
 28: (["target"], "The genocide talk he rejected is, by the same sentence, that of 'some U.S. lawmakers'; target should be those U.S. lawmakers (USA), as dateline did for the rejected claim in item 13. REJECT of a claim is accepted as the type; the document date is right."),
 29: ([], "ASSAULT (violent repression, tear gas): riot police (PER) -> protesters (PER) on Friday 2000-07-28: right."),
 30: ([], "ASSAULT by U.S. warplanes (USA) on Tripoli and Benghazi (LBY), ten days after 5 April 1986 = 1986-04-15: right (both targets carry LBY)."),
 31: (["target", "date"], "The sentence places the U.S. ground assault 'inside Pakistan': target should be Pakistan (PAK), not empty. The raid came before Pakistan's protest on Wednesday 2008-09-03, so it should have no date (at the latest 2008-09-03), not the Thursday document date."),
 32: ([], "SUPPORT: Gareth Evans (AUS) welcomed the ruling ('the outcome' is not a party, so the empty target is right), dated 1995-06-30 with the wire: right."),
 33: (["date"], "'his speech' is the opening speech the story dates to Wednesday ('Opening the two-day summit ... on Wednesday'); date should be 1998-09-02, not the document date 1998-09-03. REQUEST by Mandela (ZAF) with no addressee is right."),
 34: (["source"], "Source country wrong: Rajoelina, former mayor of Antananarivo, is Malagasy; source should be Andry Rajoelina (MDG), not an uncoded 'country'. Target Ravalomanana (MDG) and the document date for a present-tense accusation are right."),
 35: (["target", "date"], "The IMF praised Egypt's privatisation programme overseen by Ebeid; target should be Ebeid / the Egyptian government (EGY), not empty. The praise is a background act of an unstated earlier time: no date, not the document date."),
 36: ([], "SUPPORT: Josep Pique (ESP) thanked Beijing (CHN government), reported as news on 2002-03-15: right."),
 37: (["target", "date"], "The promise not to arrest suspects 'from the other side' is made to the Bosnian Serb side (BIH); target should be the Bosnian Serbs, not the Hague tribunal (coded as a Dutch court, NLD). The deal was made at the weekend Rome meeting announced on Sunday: date should be 1996-02-18, not Monday's document date."),
 38: (["target"], "The bilateral loans go to Ireland (IRL), the party the package is for (or, by the sentence, empty); the IMF is a co-lender, not the target. AGREE (offer of loans), future, undated is right."),
 39: (["source"], "The expelling state is China, named in the sentence ('China's Foreign Ministry said', 'in accordance with Chinese law'); source should be China (CHN), not empty. Target, SANCTION/expel (per the codebook's 'expel an entity from a country') and 2002-03-15 are right."),
 40: ([], "ASSAULT: more than 20 opposition supporters (ZWE) killed this year by unnamed attackers; a total summed over the year takes no date; 'rights groups say' keeps it asserted: right."),
 41: ([], "REQUEST: Putin (RUS) called for an agreement on warhead cuts; 'each side' names no addressee, so the empty target is right; no date in the text, document date accepted."),
 42: (["date", "modality"], "The rallies are planned for May 1 after the 1998-04-21 story: date should be 1998-05-01, not 1997-05-01, and modality future ('planned rallies'), not asserted. Source, type and target (Nigeria, as it protests the regime's self-succession plan) are right."),
 43: (["target"], "Sharon relented after calls from U.S. officials; target should be the U.S. officials (USA) or empty, not al Qaeda, which is only named as the coalition's enemy. CONCEDE and the undated date are right."),
 44: ([], "SANCTION/expel: the Baath party (SYR) expelled Zoubi ('him', SYR) 'earlier this month' = 2000-05: right."),
 45: (["target"], "'They' who were sentenced are the three reformers (SAU); target should be the three reformers, not the Saudi court, which did the sentencing. Empty source, 2005-05-15 (Sunday) and asserted (attribution) are right."),
 46: ([], "AGREE (intent to seek closer ties): John Key (NZL) -> United States (USA), future, undated: right."),
 47: ([], "ACCUSE (indictment) of Radovan Karadzic (BIH) by an unnamed body, background and undated: right."),
 48: ([], "AGREE: Chavez's (VEN) background promise to fight corruption and poverty, no addressee, undated: right (a policy promise, accepted as AGREE)."),
 49: ([], "CONCEDE: Balbina Herrera (PAN) conceded defeat on Sunday night 2009-05-03; the sentence names no one else, so the empty target is right."),
 50: ([], "ACCUSE: Netanyahu (ISR) accused his critics (ISR), on Sunday 1997-04-20 with the wire: right."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(os.path.join(ROOT, "events-d.jsonl"), "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: (f not in wrong) for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
