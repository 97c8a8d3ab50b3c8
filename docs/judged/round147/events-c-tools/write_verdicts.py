"""Write events-c.jsonl from the items and the judge's verdicts below (fields marked wrong)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields, reasons); "event" wrong means spurious (all false)
V = {
 1: ((), "REQUEST for international intervention by Libya's elected parliament (LBY); no party named as addressee, so the empty target is right; present-perfect act of the news takes the document date."),
 2: ({"source"}, "CONSULT Webb -> Than Shwe on Saturday 2009-08-15 is right, but the source is coded MMR: Jim Webb is a U.S. senator, source should be Jim Webb (USA)."),
 3: ((), "Assad began a visit to Britain on Monday 2002-12-16: CONSULT visit SYR -> GBR, distinct from the REQUEST (urged) in the same sentence."),
 4: ({"target"}, "AGREE (promise of an investigation) by Bush (USA) is right, but the promise was made to 'him' in the same sentence, the party Bush telephoned: target should be Silvio Berlusconi (ITA)."),
 5: ({"target"}, "ACCUSE by human rights groups (no country) is right and undated (pluperfect background, unknown) is right, but the sentence names what they criticised: target should be Bahrain's State Security Court (BHR)."),
 6: ({"date"}, "SUPPORT (signing the canal treaties) Omar Torrijos (PAN) -> Jimmy Carter (USA) is right, but 1968 is the start of his rule: date should be 1977, the year of the treaties."),
 7: ((), "Future REQUEST by Russian prosecutors to the State Duma to lift Khachilayev's immunity; future with no date, so unknown is right."),
 8: ((), "SANCTION convict: Indonesian court -> Ba'asyir (IDN) on Tuesday 2003-09-02; all right."),
 9: ((), "AGREE: Kerekou's pledge to keep the reform programme agreed with the IMF; IMF as target is acceptable (the commitment is to the IMF programme); undated present perfect, unknown is right."),
 10: ({"target", "date"}, "REQUEST by the State Department (USA) is right, but 'both sides' are China and Taiwan, not USA: target should be China (CHN) and Taiwan (TWN); date 1999-03-18 comes from nothing in the text, it should be the document date 2000-02-22 (the statement is this news)."),
 11: ((), "Wetangula (KEN) defending Kenya's invitation of Bashir is verbal support (SUPPORT); no other party named, empty target right; Friday 2010-08-27 is the news day of the story (the document date 2010-08-28 would also be right). A coder might also see it as rejecting the criticism."),
 12: ({"date"}, "ASSAULT on 800 people (NGA) in rioting is right as an event, but the text dates it: the rioting followed the 2011 election, so date should be 2011 (not a span 'since', so it is dated)."),
 13: ((), "ASSAULT Israel (ISR) -> Syria (SYR), air strike early on Friday 2025-05-02; right (mode would be aerial, type is right)."),
 14: ((), "COERCE arrest of several prominent journalists (AZE) 'in recent years': no agent named, empty source right; no specific date, unknown right."),
 15: ((), "Summoning the Iraqi ambassador and the Swiss envoy to protest is an official complaint (CAMEO 114, ACCUSE); targets right (the Swiss envoy coded CHE; he represents U.S. interests, a coder could add USA); no date, document date right."),
 16: ({"event"}, "Spurious: 'His body is due to be flown to Rome' is the transport of Calipari's body, no act between political actors; Bush and an Italian government are not in the sentence."),
 17: ((), "ASSAULT army (TCD) -> Yaya Dillo (TCD), killed in an army assault in February last year = 2024-02; right."),
 18: ((), "MOBILIZE: Chinese deployments before spring 2020, dated 2020 spring as the text gives; no recipient named, empty target right."),
 19: ({"date"}, "CONSULT by senior Moscow officials in negotiations is right, but the lead dates the talks: the supporters stormed the building on Thursday and left 'after several hours of talks', so date should be Thursday 1998-05-21, not the document date."),
 20: ((), "REQUEST Raab (GBR) -> Iran (IRN), 'Iran must end such attacks', said on Sunday = document date 2021-08-01; right."),
 21: ({"source", "target"}, "ACCUSE (complaint) ongoing, document date right; but the sentence names the complainants: source should be media groups (UKR or no country, not empty), and the complaint is about unsolved attacks in Ukraine: target should be Ukraine's authorities (UKR)."),
 22: ((), "Syria's vote for UNSC resolution 1441 last month (2002-11), reported by a Syrian official: SUPPORT Syria (SYR) -> UN Security Council, acceptable."),
 23: ({"source", "target"}, "SUPPORT by investors of Lula's policies (ongoing, document date right); source wrongly adds Geraldo Alckmin, who is not in the sentence (source should be investors only), and 'his orthodox economic policies' are Lula's: target should be Lula (BRA)."),
 24: ((), "REQUEST yield: Silajdzic (BIH) demanded Ganic's release; the addressee (Britain) is not in the sentence, so empty target is right; document date right."),
 25: ((), "SUPPORT Pellegrini (SVK) -> Matovic (SVK), congratulated; document date right."),
 26: ((), "ACCUSE Khatibzadeh (IRN) -> Israel (ISR); document date right."),
 27: ((), "Israeli officials dismissing the referendum and saying the document fell short: ACCUSE (disapproval) ISR -> Palestinians (PSE); document date (the Saturday of the news) right."),
 28: ((), "AGREE: Lula's promise of faster growth, made to supporters (no party in this sentence, empty target right); no date in the text, document date right (the speech was Sunday night 2006-10-29)."),
 29: ({"source"}, "MOBILIZE weapons test in 1996 is right, but the sentence's 'it'/'the same tactic' is Beijing's (named in the quote's preceding sentence): source should be China (CHN)."),
 30: ((), "ACCUSE investigate: an inquiry was opened (passive, agent not named, empty source right); Saturday 1997-03-29 is the news day of the dateline; right."),
 31: ((), "CONSULT phone Bush (USA) -> Berlusconi (ITA); document date right."),
 32: ((), "REQUEST Venezuela (VEN) -> Washington (USA) to detain and extradite Posada; present perfect, document date right."),
 33: ((), "ACCUSE Djibouti (DJI) -> Eritrea (ERI), an accusation kept up since last year: ongoing, document date right; the occupying is inside the accusation and not coded separately."),
 34: ((), "REQUEST for international protection by al-Hijri (SYR); no addressee named; document date right."),
 35: ({"type"}, "Protesters gathering outside the palace shouting and demanding Christofias resign is a protest, which PLOVER codes as PROTEST (demo), not REQUEST (no other event codes the protest); source, target (crowd protest at home aimed at the president) and Monday evening 2011-07-11 are right."),
 36: ({"source"}, "Future REQUEST (appeal) to the Superior Tribunal of Bogota is acceptable, undated future right; but the appeal is by Uribe's lawyers, not the country: source should be Uribe's lawyers / Alvaro Uribe (COL)."),
 37: ({"type", "source", "target"}, "Resuming contacts through Algerian mediators is mediated talks, CONSULT (CAMEO 045/046), not SUPPORT; 'envoys from both sides' are Ethiopia's and Eritrea's: source should be Ethiopian/Eritrean envoys (ETH/ERI), and the counterpart is the other side, not the mediators: target should be Eritrea/Ethiopia (mutual). Future, undated, right."),
 38: ((), "SANCTION: Djibouti (DJI) downgraded ties with Qatar (QAT) last year = 2017; right."),
 39: ({"source"}, "MOBILIZE (nuclear weapons tests) in 1998 is right, but 'their 1998 nuclear tests' are India's and Pakistan's: source should be India (IND) and Pakistan (PAK), not Pakistan alone."),
 40: ((), "RETREAT resign: Tsalikides (CYP) resigned on Monday 2011-07-11; right."),
 41: ({"type"}, "Turkey's statement that it 'would work with Palestinian authorities' is an expressed intent to cooperate, AGREE (CAMEO 030), not COOPERATE; actors right; date and modality scored as given for the future act (if coded as AGREE it would be asserted on 2024-05-02)."),
 42: ((), "ACCUSE (allege): Camacho (BOL) is accused (passive, no accuser named); ongoing, document date right."),
 43: ((), "ACCUSE: several opposition parties (ARM) alleged fraud; no accused party named; document date (Monday of the results) right."),
 44: ((), "ACCUSE Katz, Israel's foreign minister (ISR) -> Erdogan (TUR); document date right."),
 45: ((), "ASSAULT on Markelov (RUS), shot on Monday 2009-01-19; no attacker in the sentence, empty source right. It restates the lead's killing (not the same sentence, so not a duplicate by the rules)."),
 46: ({"target", "date"}, "SANCTION convict is right, but the sentence sentences Wong, Law and Chow: target should be Joshua Wong, Nathan Law and Alex Chow (HKG); and September 2014 is the date of the storming, not of the sentence: date should be Thursday 2017-08-17."),
 47: ((), "ACCUSE Milanovic (HRV) -> Belgrade (SRB); document date right."),
 48: ((), "SANCTION: Clinton's administration (USA) decertified Colombia and cut aid in March = 1996-03; right."),
 49: ({"target", "date"}, "ASSAULT by Kenyan troops is right, but the assailants are al Shabaab, plainly Somalia's (lead): target should be al Shabaab assailants (SOM), and the attack they repelled was on Sunday: date should be 2020-01-05, not the document date."),
 50: ((), "REQUEST U.N. spokesman (UNO) -> Israel (ISR) to stop attacks; document date right."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        wrong = set(wrong)
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
