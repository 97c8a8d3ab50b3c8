"""Write events-a.jsonl from the judge's verdicts below (items unchanged + verdict + reasons)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of fields judged false, reasons); "SPURIOUS" marks a spurious event
V = {
 1: ([], "Khatami ('the moderate cleric') praised American civilisation on Wednesday 1998-01-07 in the CNN interview: SUPPORT IRN -> USA, asserted; all right."),
 2: ([], "Seoul pressing for tougher U.N. sanctions is an ongoing REQUEST by the South Korean government addressed to the U.N.; document date right for an ongoing act."),
 3: ([], "Yadav asked the parties to agree on a government: REQUEST NPL -> the parties (NPL); the text dates the request no further, so the document date is right."),
 4: ([], "Ogata (the UNHCR head, UNO) condemned the attack: ACCUSE; the attackers are not named or referred to in the sentence ('the attack' is an act), so an empty target is right; document date right."),
 5: ([], "The woman was detained (the Saturday arrest, 2010-10-30, from the story's first sentence); the passive sentence names no arresting party, so an empty source is right; asserted with the security officials as reporter."),
 6: ([], "Israeli security forces put on high alert on Monday night 2002-01-14: MOBILIZE (police/security readiness), asserted; all scored fields right."),
 7: (["type"], "Patten 'said he would work with Tung' is a statement of willingness to cooperate, AGREE (PLOVER: indicate willingness to cooperate in the future), not COOPERATE, which is material cooperation; as AGREE it would be asserted on 1996-12-11. Date and modality are right for the act as dateline coded it (future, undated), so only the type is scored wrong."),
 8: (["target", "date"], "Patrols by U.S., British and French aircraft 'to protect Kurds from Baghdad': target should be Iraq (IRQ, 'Baghdad'), named in the sentence; the patrolling still goes on ('have patrolled since 1991'), so by the rule for ongoing acts the date should be the document date 1996-09-01. Source USA is one of the three patrolling states (GBR, FRA missing), counted right."),
 9: (["date"], "Lula's refusal ('would not accept being tutored') is an act reported as this news (he responded within hours of the late-Wednesday letter): date should be the document date 2025-07-10 (or 07-09), not none. AGREE negated is accepted as the negated-act reading the conventions allow ('refused to withdraw' = REJECT asserted or RETREAT negated); I would code REJECT asserted."),
 10: (["date"], "Yushchenko's visit to Tbilisi came after 'the war in Georgia last month', i.e. August 2008: date should be 2008-08 (or undated), not the dateline day 2008-09-03 given to a background act."),
 11: ([], "Bush and Putin 'were expected to hold talks': mutual CONSULT, future, no date given for the talks; right."),
 12: (["type"], "'vowing not to be deterred' is a vow of resolve against the militants, not an offer or promise to cooperate: type should be THREATEN (the accompanying 'this cancer ... we will eliminate'), not AGREE. Source, empty target, date 2008-09-20 (late on Saturday) and modality right."),
 13: ([], "U.S. officials accused Beijing of backtracking in May: ACCUSE USA -> CHN, 2019-05, asserted; right."),
 14: ([], "The two leaders signed a declaration in July 2018: SUPPORT (PLOVER: sign or finalize an agreement), mutual Ethiopia/Eritrea, 2018-07; right."),
 15: ([], "Pledging to stop the fighting is a declaration of a ceasefire, CONCEDE in this codebook (verbal concession), distinct from the signing (SUPPORT, e1); source Vieira right (Mane the co-party), reciprocal so no target; 1998-11-01 right."),
 16: ([], "Russia's 'special military operation' in Ukraine is an ongoing ASSAULT RUS -> UKR; document date right for an act still going on; kept asserted as Russia's own statement of its act (attribution), though reported_by should name Nebenzia."),
 17: (["source"], "Business groups welcomed the pause: SUPPORT right, but the text does not say whose business groups (U.S. or Chinese), so the source's country should be empty, not USA."),
 18: ([], "Bolsonaro 'is accused of plotting a coup': ACCUSE by an unnamed accuser against Bolsonaro (BRA), background of unknown time, so no date is right."),
 19: (["source"], "Martin Lee leads Hong Kong's Democratic Party: source country should be HKG, not USA. ACCUSE -> Beijing (CHN) and the date 1996-12-11 are right."),
 20: (["source"], "The one who resigned is Prime Minister Madhav Kumar Nepal (NPL, GOV person), not the country Nepal. RETREAT resign, 2010-06-30 (Wednesday), asserted right."),
 21: ([], "Afghan officials accused Pakistan of air strikes: ACCUSE AFG -> PAK; 'on Friday' may attach to the accusation, so 2025-10-17 is accepted; right."),
 22: ([], "The Somali president welcomed the news of Godane's death: SUPPORT; no party named as target ('the news'), so empty is right; document date (Saturday) right."),
 23: (["target"], "The sentence names the party sentenced: target should be the two Britons (GBR), not empty. SANCTION convict by the separatist court in Donetsk, 2022-06, right."),
 24: (["target"], "The sites struck belonged to Kataib Hezbollah: target should be Kataib Hezbollah (IRQ militia), not the countries Iraq and Syria where the sites lie."),
 25: (["SPURIOUS"], "Spurious: Ukrainian citizens travelling to the EU without visas is private travel, not a visit or meeting between political actors (no CONSULT)."),
 26: (["target"], "The camp attacked in August held Congolese Tutsi refugees, of whom more than 100 were killed: target should be the refugees (COD, refugees), not the country DR Congo."),
 27: ([], "Truss welcomed the release and thanked Zelenskiy (and the Saudi leadership): SUPPORT GBR -> Zelenskiy (UKR) right; document date right."),
 28: ([], "Trump accused Spain of wanting a free ride at the June 25 summit: ACCUSE USA -> ESP, 2025-06-25, asserted; right."),
 29: (["date"], "Ben-Gvir's statement came 'afterwards', after his Tuesday visit: date should be 2023-01-03, not the document date. RETREAT negated ('will not surrender') is accepted by the conventions' 'refused to withdraw' rule (REJECT asserted would also do)."),
 30: (["target"], "Police banned 'opposition news conferences and rallies': target should be Togo's opposition (TGO), named in the sentence, not empty."),
 31: (["target"], "Walid Eido was a Lebanese MP (anti-Syrian): target country should be LBN, not SYR."),
 32: ([], "Aid groups criticised the vaccine pledge: ACCUSE; the G7 is not named or referred to as a party ('the vaccine pledge' is an act), so empty target is right by the rule."),
 33: (["target"], "The U.S. rejected Iran's charges against Saberi; Iran is named in the same sentence: target should be Iran (IRN), not empty."),
 34: ([], "Rights groups accused the army of a massacre on Thursday: ACCUSE -> Nigerian army (NGA), 1999-11-25; right."),
 35: ([], "G20 leaders agreed to pump $1.1 trillion through the IMF: a pledge of money, AGREE; IMF as recipient of the resources accepted; 2009-04-02 right."),
 36: ([], "Israel and Hezbollah fought a war in 2006: ASSAULT (this codebook's battles), mutual ISR/LBN, 2006; right."),
 37: ([], "Abe's trip to Beijing last October: CONSULT visit JPN -> CHN, 2006-10; right."),
 38: (["target"], "The sentence names those hit: target should be Iraqi security forces (IRQ) (and Shi'ite areas), not empty."),
 39: (["target", "date"], "Salam appealed to 'all parties' (Lebanon's political parties, LBN), not Saudi Arabia; the address was on Saturday 2014-02-15 (document date), not 2013-03-14."),
 40: ([], "Trump said China had agreed to buy U.S. farm products at the Saturday meeting: AGREE CHN -> USA, 2019-06-29, asserted with Trump as reporter (attribution by 'said')."),
 41: ([], "Islamist politicians and militia leaders urged the Libyan government to act: REQUEST LBY -> Libya government; document date right."),
 42: (["source"], "The source is al-Gamaa al-Islamiya (EGY, insurgents; Egypt's insurgency is plain from the sentence before), not an uncoded group plus Interior Minister Habib al-Adly, who has nothing to do with the ceasefire."),
 43: (["date"], "Abbott's promise is a campaign pledge made before the election ('has promised'), a background act of an earlier unstated time: it should have no date, not the document date. AGREE for the pledge accepted."),
 44: ([], "The bishops urged the president (Gnassingbe, TGO) to delay signing: REQUEST; background before the outcry, no date given, so none is right."),
 45: ([], "Trump said he had ordered an investigation into Brazil's trade practices: ACCUSE investigate USA -> BRA; earlier undated act, so no date right."),
 46: ([], "Palestinian officials accused Sharon of sabotaging the calm: ACCUSE PSE -> Sharon (ISR); document date right."),
 47: ([], "The MDC's week of strikes from Monday to press Mugabe to resign: REQUEST (demand for resignation) ZWE -> Mugabe, the pressing from Monday 2003-06-02; accepted."),
 48: ([], "Hamas vowed revenge: THREATEN violence; Israel is not named in the sentence, so empty target is right; document date right."),
 49: ([], "The United States urged Iraqi leaders to resolve their disputes: REQUEST USA -> IRQ leaders, document date; right."),
 50: (["target"], "Nizami declined to seek clemency 'from the president', a definite description in the sentence: target should be Bangladesh's president (BGD), not empty. REJECT asserted, undated background, right otherwise."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "SPURIOUS" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
