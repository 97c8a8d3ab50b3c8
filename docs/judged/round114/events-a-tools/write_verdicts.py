"""Write events-a.jsonl from the judge's verdict table below (fields false per item + reasons).
usage: write_verdicts.py   (run in docs/judged/round114)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (set of false fields, or "spurious"), reasons
V = {
 1: ((), "CONSULT visit right: Xi (CHN) arrives in Phnom Penh, host Cambodia (KHM); the deportation was late Saturday 19 Dec, so the arrival 'a day' later is Sunday 2009-12-20, the document date."),
 2: ({"target", "date"}, "Recognition by the U.S. is a SUPPORT from USA, but target should be Juan Guaido with Venezuela's code (VEN), not COL; the recognition is a standing background act with no date in the text (document date 2019-02-24 as a state still holding, or unknown), not 2019-02-23, the Saturday of the clashes."),
 3: ({"modality"}, "The agency's 'failure to condemn' is a non-act: modality should be negated, not asserted (IAEA as source and an empty target for 'the aggression' are right by the rules; the failure still holds, so the document date stands). The act a coder would rather code here, the MP's criticism of the IAEA, was not coded."),
 4: ((), "SUPPORT (praise) by Ghani (AFG) on the day of the signing, 2016-09-29; 'the agreement' is not a party, so an empty target is right."),
 5: ((), "REJECT by Serb officials (SRB), a stance still held, document date right; 'the term' is not a party, so the empty target is right by the rules (a coder could name the two international courts as target)."),
 6: ({"source"}, "'his resignation' is Merino's ('him' in the previous sentence is Merino, who resigned on Sunday): source should be Manuel Merino (PER), not Martin Vizcarra; RETREAT resign, 2020-11-15 and asserted are right."),
 7: ((), "SUPPORT (thanks) from Wickremesinghe (LKA) to the IMF and creditor countries, said in the video message reported as this news: document date right."),
 8: ((), "REQUEST from the U.S. embassy (USA) to all sides; the sides (Rakhine Buddhists and stateless Rohingyas) have no country the sentence gives, so the empty code is right; document date right."),
 9: ((), "CONSULT visit: John Paul II (VAT) arrived in Syria (SYR) on Saturday = 2001-05-05; all right."),
 10: ((), "CONSULT: Biden (USA) met the leaders of Nigeria, Liberia, Sierra Leone and others during the summit reported as this news; the country codes stand for the leaders; document date right by the rule."),
 11: ("spurious", "Spurious: 'pulled out' is the metro train leaving Maalbeek station, no political act (and the European Commission is only a landmark)."),
 12: ((), "Saakashvili (GEO) ordering the police to take over the prisons is a directive coded REQUEST (CAMEO 10 demand), target police (GEO); the address is undated and reported as this news, document date right. (Borderline as an event: an order to one's own agency.)"),
 13: ({"source"}, "SUPPORT of Kodjo by Kpodzro is right in type and target, but source should be Philippe Kpodzro with Togo's code (TGO): the text makes it plain (retired archbishop, critic of the Togolese government, home in Lome), so an empty code is wrong."),
 14: ({"target"}, "ACCUSE by Fiji's military on Wednesday 2000-07-26 is right, but 'them' refers to George Speight and his aides, named in the same sentence: target should be George Speight and his aides (FJI), not empty."),
 15: ((), "SUPPORT (sign agreement) among the four signatories, a mutual event (any of them as source and the others as target is right); signed Thursday 2002-03-14, the document date. Same act as e1 of the first sentence, but in another sentence, so not a duplicate by the rule."),
 16: ({"date"}, "CONSULT White House (USA) with Israel (ISR) is right, but the consultation preceded Wednesday's notification and is background with no date in the text: date should be unknown, not the document date 2010-10-21."),
 17: ((), "RETREAT resign: Rodriguez (CRI) quit the OAS post in October, which in a May 2005 story is 2004-10; all right."),
 18: ((), "Duterte (PHL) warning the U.S. leader (USA) not to lecture him is coded THREATEN (CAMEO 'warn' 130; ACCUSE would also be defensible); no date in the text, reported as this news on Monday 2016-09-05, right."),
 19: ("spurious", "Spurious: 'offered detainees few legal protections' means the prisons provided few protections; no offer or AGREE act."),
 20: ({"target", "date"}, "SUPPORT by Bush (USA) is right in type, but it is support for preserving Tibet's identity, so target should be Tibet/Tibetans (a CHN region) or the Dalai Lama, not China; the support was expressed at the Wednesday meeting, so date should be 2001-05-23, not the document date 2001-05-24."),
 21: ({"source"}, "ACCUSE (blame) toward China's government is right, but the manufacturers and lawmakers are American (the U.S. trade deficit): source country should be USA, not CHN; a standing complaint takes the document date, right."),
 22: ({"date"}, "ACCUSE by the opposition parties (ALB) toward ruling party activists (ALB) is right, but the accusation was made as they pulled out of the vote on Sunday: date should be 1996-05-26, not the document date 1996-05-29."),
 23: ((), "MOBILIZE (weapons test) by North Korea (PRK); the test is the Tuesday 2017-07-04 of the statement; attribution keeps it asserted. All right."),
 24: ({"target"}, "The Tuareg separatists' (MLI) declaration of independence on Friday 2012-04-06 is accepted as REJECT (defy, CAMEO 128), but it defies Mali, named in the sentence as the state whose north is declared independent: target should be Mali (MLI), not empty."),
 25: ((), "ACCUSE (condemn) by the United States (USA) per Tillerson; 'the launch' is an act, not a party, so the empty target is right by the rules (a coder could name North Korea); undated statement reported as news, document date right."),
 26: ((), "ASSAULT: the United States (USA) shot down a Chinese (CHN) balloon; 2023-02 is inferred from the trip 'planned for February but postponed after' the shooting, accepted."),
 27: ((), "SUPPORT (welcome) by Palestinian officials (PSE) of an Israeli (ISR) withdrawal, reaction reported as this news, document date right."),
 28: ({"source"}, "COERCE arrest of several people (JOR) is right, but the sentence names 'the authorities' as those acting: source should be the Jordanian authorities (JOR), not empty."),
 29: ((), "REQUEST from the White House (USA) to the Palestinians (PSE), reaction to Tuesday night's vote reported as news, document date right."),
 30: ((), "REQUEST (appeal for calm) by Karzai (AFG) to the jirga delegates (AFG) on Wednesday 2010-06-02, the document date; all right."),
 31: ({"target"}, "REQUEST from the EU institutions to their staff is accepted as an event, but the staff of EU institutions have no country in the text (BEL comes from the location): target should be the EU staff with an empty code (or the EU's), not BEL."),
 32: ((), "Bhutto's (PAK) announced appeal to the Supreme Court (PAK) is a future REQUEST with no date; all right."),
 33: ({"target", "date"}, "SUPPORT by Algeria (DZA) is right, but target should be the Polisario Front with Western Sahara's code (ESH) or none, not Morocco (MAR), the state it fights; Algeria's backing is still going on, so date should be the document date 2016-03-17, not unknown."),
 34: ((), "CONSULT: Gore (USA) and Jiang (CHN) on the sidelines of Sunday's summit, 1995-11-19 = document date; all right."),
 35: ((), "CONSULT visit: Pelosi (USA) to Taiwan (TWN) last August = 2022-08; attribution keeps it asserted; all right."),
 36: ((), "'the 1989 protests' is a noun phrase reporting a past act: PROTEST with no named protesters or target, dated 1989; right by the rules (a coder would likely not code such a background mention; borderline)."),
 37: ((), "ACCUSE by South Africa's government (ZAF) of Trump (USA) on Thursday 2018-08-23; all right."),
 38: ((), "REQUEST (seeking explanations) from the State Department (USA) to Moscow (RUS), undated statement reported as news, document date right."),
 39: ({"date"}, "ACCUSE by Iran (IRN) of the summit (not a party, empty target right), but the text gives no date for the denunciation: date should be the document date 2010-04-14 (or unknown), not 2010-04-12, the Monday of Hu's talks."),
 40: ((), "RETREAT (withdraw) by Lebanese army units (LBN), the same Tuesday as the incursion = document date 2024-10-01; all right."),
 41: ((), "Bush (USA) warning Taiwan's leader (TWN) on Tuesday 2003-12-09 coded THREATEN (warn, 130; ACCUSE rebuke would also be defensible); all right."),
 42: ((), "ACCUSE (official complaint, CAMEO 114) by Belgrade (SRB) to the Bosnian authorities (BIH) on Saturday 2015-07-11; all right."),
 43: ((), "SUPPORT (congratulate) by European leaders (no single country) to Merkel (DEU) after Sunday's vote, reported as news: document date 2017-09-25 right."),
 44: ({"source"}, "REQUEST to Moscow (RUS) is right, but the station's president is the head of Radio Liberty (U.S. Congress-funded, speaking from Prague), not a Russian government official: source should be Radio Liberty's president (USA/media), not RUS/GOV."),
 45: ((), "REJECT (veto) by Russia (RUS) of the British-drafted (GBR) resolution on Wednesday 2015-07-08; all right."),
 46: ((), "ASSAULT execute of the five former officers (BGD) shortly after midnight Thursday 2010-01-28; the sentence names no executioner, so the empty source is right."),
 47: ((), "COERCE (jailed) of Wei Jingsheng (CHN) in 1979; no jailer named, empty source right; all right."),
 48: ({"target"}, "PROTEST by hundreds of thousands (MAR) on Sunday 2016-03-13 is right, but the march is against Ban's remarks and backed by the government: by the crowd-protest rule the state is wrong; target should be Ban Ki-moon (UN, no country) or empty."),
 49: ({"type", "target"}, "The act is the United States staying away from the Johannesburg G20 summit, a boycott: type should be PROTEST (boycott, CAMEO 143) by Trump/USA with target the G20 summit / host South Africa (ZAF), not a REQUEST to U.S. officials; a boycott in force during the summit takes the document date, right."),
 50: ({"type", "source", "target"}, "'to hold the prisoners' is El Salvador detaining the deportees for a U.S. fee: type should be COERCE (detain), source El Salvador (SLV), target the prisoners, Venezuelans (VEN) — not an ASSAULT abduct by the U.S. of U.S. civilians; future modality and no date are right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        bad, why = V[it["n"]]
        if bad == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(1 for it in items if (V[it["n"]][0] != "spurious" and f not in V[it["n"]][0])) for f in F}
counts["all"] = sum(1 for it in items if V[it["n"]][0] == ())
print(counts)
