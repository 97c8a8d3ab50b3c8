"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 169).

Each verdict lists only the fields judged wrong ('spurious' = no event: every field false).
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]

# n -> (wrong fields | 'spurious', reasons)
V = {
 1: ([], "Breaking off relations is SANCTION; China (CHN) -> Skopje, i.e. Macedonia's government (MKD); 'early February' gives 1999-02; asserted."),
 2: ([], "'He' is Qatar's emir Sheikh Hamad bin Khalifa al-Thani (QAT) urging the United States (USA): REQUEST; his opening address was on Wednesday 2001-10-10 (DOHA, Oct 10); asserted."),
 3: ([], "The opposition party leaders (VEN; the GOV sector is off but party and country are right) objected to the scanning machines: ACCUSE disapprove; the sentence names no party acted upon (the electoral council is only in the next sentence), so an empty target is right; a background act with no date, so no date is right."),
 4: (["source"], "THREATEN is right, but the party that warned of retaliation is the PKK itself (Kurdish rebels, TUR), not 'its fighters' (who are the subject of 'suffered no major losses'); dateline put the PKK only in reported_by. Target empty right (Turkey is not named in the sentence); document date right for the statement."),
 5: ([], "Rioters hurling stones and petrol bombs at police: PROTEST riot, protesters in Diyarbakir (TUR) -> Turkish police (TUR); the report is datelined Thursday March 30, so 2006-03-30 is right; asserted."),
 6: ([], "Bashir (SDN) called on Sudanese to take up arms: REQUEST to the Sudanese (SDN; CAMEO would code 'Sudanese' as the country actor); the sentence's 'on Monday' covers the call, 1997-01-13; asserted."),
 7: (["source", "target"], "ASSAULT abduct on Friday 2009-06-12 is right, but the German women are the victims: source should be empty (the kidnappers are not named in the sentence) and target the nine abducted foreigners, among them the German and South Korean women (DEU/KOR)."),
 8: (["date"], "Gore (USA) congratulating Bush (USA) is SUPPORT, asserted; but it is this news, 'just moments ago' before his Wednesday-night address, so the date should be 2000-12-13, not none."),
 9: ([], "Washington (USA) says it supports the IMF-led approach: SUPPORT with the IMF, named in the sentence, as target (APEC leaders would also do); the support is a present, still-standing position, so the document date 1997-12-16 is right; asserted."),
 10: (["target"], "Dismissing the Varela Project petition is a REJECT by Cuban officials (CUB), but the party rejected is the Varela Project's dissident organisers (Oswaldo Paya's group, CUB), not the U.S. government, which is only the alleged funder. The standing stance takes the document date."),
 11: (["date", "modality"], "An avoided criticism is a negated ACCUSE by the OAU leaders (no code) toward Mugabe (ZWE): modality should be negated, not hypothetical, and the final statement came out at the summit's close on Wednesday 2001-07-11, not at an unknown date."),
 12: (["source"], "Granting refuge is AID (asylum) to Chang Sung-gil (PRK), asserted, as news of the document date; but the grantor named in the sentence is the United States ('refuge in the United States', confirmed by the State Department): source should be the United States (USA), not empty."),
 13: ([], "Gore (USA) conceded the election to Bush (USA): CONCEDE, Wednesday night 2000-12-13, asserted."),
 14: ([], "Powell (USA) pressed Assad (SYR) to close the offices: REQUEST on Saturday 2003-05-03, asserted."),
 15: (["target"], "The state government (IND) agreeing in May 2008 to transfer land is an AGREE (commitment to provide), asserted; but the sentence names the party it was made to, the trust that runs the Amarnath shrine (IND): target should be that trust, not empty."),
 16: ([], "Khartoum (SDN) has long accused Kampala (UGA): ACCUSE allege; an accusation still going on takes the document date; asserted. (reported_by Uganda is odd: Uganda denied the charge, it did not report it.)"),
 17: ([], "Moussa (Arab League, ARL) 'likely to travel to Libya or send a senior envoy': CONSULT visit to Libya (LBY), hypothetical (probability and a disjunction), with no date ('in the coming days')."),
 18: (["target"], "ASSAULT firearms on Monday 2006-12-11 by unnamed gunmen (empty source right); but the victims are the three young sons of a Fatah-allied intelligence officer (Palestinian civilians, PSE), not Fatah."),
 19: ([], "Belarussian officials (BLR) rejected the criticism: REJECT, asserted, news of the document date; 'the criticism' names no party (the U.S. and EU critics are in earlier sentences), so the empty target is right under the rule, though I would code the U.S./EU."),
 20: (["source"], "The trigger 'approved' is the regions' approval of the autonomy statutes last year (2008, date right; SUPPORT approve policy; empty target right): the approving party is 'their regions', the eastern departments (BOL), not the opposition leaders, who only vowed to defend them. (Read as the vow instead, the date would be wrong: 2009-01-25/26.)"),
 21: ([], "Paek (PRK) met South Korea's Lee Joung-binn (KOR) on Wednesday 2000-07-26: CONSULT, asserted; not a duplicate of the Kono meeting (e3)."),
 22: (["type", "target"], "A promise that the killers will be brought to trial is no pledge of cooperation: it is a THREATEN (of legal action) by Chaoul (LBN) toward the killers, the unnamed gunmen referred to in the sentence, so target should be the killers (no code), not empty; document date and asserted right."),
 23: ([], "Savi (EST) congratulated the winner: SUPPORT to 'the winner' = Ruutel (EST), a definite description with the right country; Friday 2001-09-21 (TALLINN, Sept 21), asserted."),
 24: (["source", "target"], "The accusation in the relative clause is an event (ACCUSE by the press against Adami), background with no date (right), asserted; but source should be the press campaign, the privately owned Algerian newspapers (DZA), and target Justice Minister Mohamed Adami (DZA), 'who had been accused'; both are empty."),
 25: ([], "'They' = the ASEAN leaders (ASN) endorsing recommendations for a charter: SUPPORT; 'also' continues Saturday's actions, 2007-01-13; no party named as target; asserted."),
 26: (["type"], "The UTA families (no code) objecting when Tripoli (LBY) agreed to pay more to the Lockerbie families is a verbal complaint, ACCUSE disapprove, not a PROTEST demonstration (no demonstration is described); 2003 and asserted right."),
 27: (["source", "date"], "A hoped-for NATO invitation to Estonia (EST) is a hypothetical AGREE (invite), but the inviter is named in the sentence: source should be NATO ('the alliance'), and the text gives the time, the Prague summit next year, so date should be 2002."),
 28: ([], "Petritsch (the High Representative; BIH accepted) called the Croat poll illegal: ACCUSE disapprove; 'the poll' names no party (the Croat nationalists are in the previous sentence), so empty target is right under the rule; document date, asserted."),
 29: ([], "EU leaders (EU) suspended partnership talks with Russia (RUS): SANCTION, Monday 2008-09-01, asserted."),
 30: ([], "South Korea (KOR) backed the resolution: SUPPORT; 'the resolution' names no party, so empty target is right; no date in the text, so the document date; asserted."),
 31: (["target"], "The (ASEAN) leaders' call for faster progress toward democracy is REQUEST, asserted, document date accepted; but the sentence names its addressee, Myanmar ('there' = military-ruled Myanmar): target should be Myanmar (MMR), not empty."),
 32: ("spurious", "Not an event: Bagapsh's campaign promise to use Russian aid to rebuild roads, schools and resorts is a domestic policy pledge to his voters, not an AGREE toward Russia (Russia is only the aid donor); nothing is agreed with or offered to another actor."),
 33: ([], "The White House (USA) supported Abbas's (PSE) efforts: SUPPORT, report of Saturday 2006-12-16 (RAMALLAH, Dec 16), asserted."),
 34: ([], "A Paris court (FRA) convicted six Libyans (LBY) in 1999: SANCTION convict, asserted."),
 35: ([], "Beazley (AUS) conceded defeat: CONCEDE, no party named as target, news of the document date, asserted."),
 36: (["target"], "Clinton (USA) and Lavrov (RUS) attending the summit as guests is CONSULT on Saturday 2010-10-30, asserted; but the target repeats the sources: it should be the host named in the sentence, Vietnam (VNM) (or empty for a multilateral meeting), not Clinton and Lavrov themselves."),
 37: ([], "Russian troops (RUS) withdrew from much of Georgia (GEO) last month: RETREAT withdraw, 2008-08, asserted."),
 38: (["date"], "OIC foreign ministers condemning the Sept. 11 attacks is ACCUSE disapprove, no named target, asserted; but the condemnation was at the meeting on Wednesday 2001-10-10: 2001-09-11 is the date of the attacks, not of the act."),
 39: (["source", "target", "date"], "A promise of future withdrawal is CONCEDE, asserted; but the promiser is Yeltsin (RUS), the speaker, not empty, and the withdrawal is from Chechnya ('the republic', Chechen separatists, RUS), not toward the federal troops, who are the ones withdrawing; the televised address was on Sunday 1996-03-31 (the lead), not the document date."),
 40: ([], "A Chinese vice foreign minister (CHN) accused Tokyo (JPN): ACCUSE; the accusation preceded Friday's cancellation and is dated to it, 2010-10-29; asserted."),
 41: ([], "ASEAN leaders (ASN) urged Myanmar (MMR): REQUEST, Saturday's summit 2010-10-30, asserted."),
 42: ([], "The United States (USA) urged its citizens (USA civilians) to leave Saudi Arabia: REQUEST, 'last month' = 2004-04, asserted."),
 43: ([], "The State Department (USA) demanded Kozulin's release: REQUEST yield; the demand's addressee (Belarus) is not named in the sentence, so empty target is right; document date, asserted; not a duplicate of the 'called' ACCUSE (e4)."),
 44: ([], "Islamist groups in the camps (LBN accepted) blamed by unnamed parties: ACCUSE allege with empty source; a span 'in recent years' has no date; asserted."),
 45: ([], "Uganda (UGA) accused Sudan's government (SDN) 'for years': ACCUSE allege; a past span has no date; asserted."),
 46: (["target"], "Nigerian soldiers (NGA) patrolling Jos is MOBILIZE troops on Monday 2001-09-10, asserted; but 'Nigeria' comes only from the place name 'central Nigerian city of Jos': the soldiers act on no party named in the sentence, so target should be empty (or the people of Jos), not the Nigerian state."),
 47: (["target"], "The attackers (Islamist gunmen) shooting their way into the hotel is ASSAULT firearms, Tuesday 2010-08-24, asserted; but the witnesses are the reporters of the act, not its victims: target should be the hotel's guests (lawmakers, officials, guests; SOM)."),
 48: ([], "Justice Minister Adami (DZA) stepped down: RETREAT resign, no date in the text so the document date, asserted."),
 49: ([], "France (FRA), the United States (USA) and the Arab League condemned the attack: ACCUSE disapprove, no party named as target, document date (day of the attack), asserted."),
 50: ("spurious", "Not an event: 'to defend the country' is the purpose of Bashir's call to take up arms, already coded as the REQUEST e1 from the same sentence; there is no separate SUPPORT act."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        row = dict(it)
        row["verdict"] = v
        row["reasons"] = why
        out.write(json.dumps(row, ensure_ascii=False) + "\n")

P = {
 "h62-x243-24": (
   ["SANCTION: United Nations (no code) -> Sri Lanka (LKA), recalled its top official (resident coordinator) for consultations, 2010-07-08",
    "SANCTION: United Nations (no code) -> Sri Lanka (LKA), closed its regional development office in Colombo, 2010-07-08",
    "PROTEST (obstruct): protesters led by a government minister (LKA) -> United Nations (no code), blocked access to the U.N. compound for three days, up to 2010-07-08"],
   0, 0, 0, "Dateline found no event in this paragraph: it missed both U.N. sanctions and the protest blockade."),
 "h62-x244-10": (
   ["CONCEDE: Al Gore (USA) -> George W. Bush (USA), conceded the presidential election, 2000-12-13 (Wednesday night)",
    "SANCTION (convict: ruling a recount unconstitutional): U.S. Supreme Court (USA) -> the Florida recount (no party named; USA), stopped the recount, 2000-12-12"],
   1, 1, 0, "The CONCEDE is found and right in all fields. The Supreme Court ruling is borderline for a coder (a background clause; SANCTION convict is the closest type)."),
 "h62-x241-12": (
   ["REJECT: Sali Berisha's opposition coalition (ALB) -> the election count / authorities (ALB), rejected the count, 2001-06-26",
    "ACCUSE (allege): Berisha's opposition coalition (ALB) -> Albanian government (ALB), accused it of widespread fraud, 2001-06-26"],
   2, 2, 0, "Both found (source given as Berisha for his coalition). The Socialists taking the lead is an election result, not an event."),
 "h62-x242-08": (
   ["ASSAULT (firearms): gunmen (unidentified) -> judges in the Sidon courtroom (LBN), opened fire and killed four judges, 1999-06-08"],
   1, 1, 0, "Found, with the right type, arguments and date (Tuesday 1999-06-08)."),
 "h62-x241-23": (
   [],
   0, 0, 0, "An election win and a results release: nothing a coder would code; dateline rightly found nothing."),
 "h62-x243-04": (
   ["ASSAULT (seize towns): Ethiopian troops (ETH) with Sudanese rebels (SDN) -> Sudan (SDN), seized Kurmuk and Qaissan in Blue Nile state, 1997-01-12 (reported by Sudan)",
    "ACCUSE (allege): Sudan (SDN) -> Ethiopia (ETH), said Ethiopian troops had joined the rebels, 1997-01-13",
    "REQUEST: Omar al-Bashir (SDN) -> Sudanese (SDN), called on them to take up arms to defend the country, 1997-01-13"],
   1, 2, 1, "Found the REQUEST (e1); missed the seizure of the towns and Sudan's accusation against Ethiopia. e2 ('defend', SUPPORT) is spurious: it is the purpose of the same call."),
}
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert len(paras) == 6
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        ce, found, n_dl, spur, notes = P[p["doc"]]
        assert n_dl == len(p["events"]), p["doc"]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found,
                              "dateline_events": n_dl, "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
