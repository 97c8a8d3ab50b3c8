"""Write events-c.jsonl from events-c-items.jsonl and the judge's hand verdicts below.
Each entry: n -> (list of false fields, reasons). 'event' in the list = spurious (all false)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Clashes between Bemba's guards and the Congolese army (mutual ASSAULT, either direction right); 'the following year' after 2006 is 2007."),
 2: (["date"], "The Volhynia massacres of Poles by Ukrainian nationalist insurgents are ASSAULT/massacre with the right parties, but the text dates them 'during the Second World War' (1939-45, c. 1943); 1947 is the year of the separate forced resettlement, so the date is wrong."),
 3: ([], "ASEAN leaders' sideline meetings are CONSULT; Koizumi (JPN) is a right target (Roh and Singh, met separately, are not coded); undated act of the summit reported as this news takes the document date."),
 4: ([], "Vike-Freiberga (LVA; name cut to 'Vaira Vike' but the party is right) asks Russia ('it') to tell the truth: REQUEST, said at Saturday's joint appearance (document date)."),
 5: (["date"], "REQUEST Abdella (ERI) -> Ethiopia is right, but his remark is part of the claims of victory the story dates 'on Saturday' (lead), i.e. 2002-04-13, not the Sunday document date 2002-04-14."),
 6: ([], "Ivory Coast (CIV, 'It') sought compensation before the tribunal: REQUEST; no party asked is named in the sentence, so an empty target is right; background act of the case with no date, unknown is right."),
 7: ([], "Putin's announcement that Russia will pull out of Cam Ranh Bay is a promise to withdraw (CONCEDE), made Wednesday 2001-10-17; Vietnam (VNM) as the territory's state is a right target."),
 8: ([], "Moroccan government welcomed the prisoners' return: SUPPORT; the sentence pointedly gives the Polisario no credit, so an empty target is right; Thursday's reaction on the document date."),
 9: (["date"], "Lithuania and Estonia backing Poland is SUPPORT with the right parties, but it is a background act of the negotiations before Friday's agreement ('had held out'), with no date in the text; it should be undated, not the document date 2022-12-03."),
 10: ([], "Erbakan's forced resignation is RETREAT/resign; 'last June' from April 1998 is 1997-06; no target is right."),
 11: ([], "Nour ('He') arrested in January 2005: COERCE/arrest, arrester unnamed so empty source is right; date 2005-01 right."),
 12: ([], "EU criticism of the Turkish penal code article is ACCUSE; the merged 'EU and human rights groups' actor is the right party (EU); no party is named as target (a code article), so empty is right by the rule; 'have long criticised' is ongoing and takes the document date."),
 13: (["event"], "Spurious: 'I will not give it up' is Nour's vow to keep campaigning for reform, not a concession or refusal toward a political actor; Egypt is taken from a metaphor in the previous sentence."),
 14: (["target"], "Saleh's refusal to sign is REJECT, ongoing ('has refused') so the document date is right, but the sentence names the plan's authors ('a Gulf Arab plan'): the target should be the Gulf Arab states / Gulf Cooperation Council, not empty."),
 15: (["source", "date"], "REQUEST to Morocco is right, but Mohamed Abdelaziz is the Polisario leader, not Moroccan: source should be the Polisario / Sahrawi (ESH or no code), not MAR; his statement is reported as this news, so the date should be the document date 2005-08-18, not unknown."),
 16: ([], "Howard (AUS) declining to sign ASEAN's treaty is REJECT toward ASEAN; 'has so far declined' is ongoing, document date right."),
 17: ([], "Ramaphosa (ZAF) hailed Geingob ('him', NAM): SUPPORT, tribute on the day of the death (document date)."),
 18: (["target"], "The Chinese ship ignoring calls to return the drone is REJECT by China, dated Thursday 2016-12-15, but the sentence names who called: the target should be the U.S. ship Bowditch / United States (USA), not empty."),
 19: ([], "EU urged Iran to abolish the death penalty: REQUEST EU -> Iran (IRN), same day as Saturday's hanging; distinct from the condemnation event e3."),
 20: (["source"], "REJECT of Ivory Coast's claim is right, but the ITLOS special chamber is an international tribunal sitting in Hamburg, not Ghanaian: source code should be empty (international court), not GHA."),
 21: ([], "Berisha (ALB) signed the SAA with EU foreign ministers: SUPPORT (sign agreement), Monday 2006-06-12."),
 22: (["modality"], "CONSULT Bush-Putin with the right date (weekend of 20-21 Oct 2001), but the meeting is still ahead ('ahead of his meeting ... this weekend'): modality should be future, not asserted."),
 23: (["target"], "Hariri expected to step down is RETREAT/resign, future, undated; but a resignation has no recipient here and 'a new government' is what he would not lead: target should be empty, not 'new government'."),
 24: ([], "'We do not ask Russia to bow its head' is a REQUEST by Vike-Freiberga (LVA) to Russia, rightly negated; separate sentence from item 4, so no duplicate."),
 25: (["date", "modality"], "Ratification by the 25 EU member states is SUPPORT with acceptable parties, but it is still to come ('is expected to take effect while ... ratify'): modality should be future and the date undated, not asserted on the document date."),
 26: (["target"], "Maliki (IRQ) thanking Sheikh Khalifa is SUPPORT on the document date, but Sheikh Khalifa is the UAE President (named as such earlier): target code should be ARE, not empty."),
 27: ([], "Singh (IND) condemned the bombings: ACCUSE; perpetrators unidentified, so empty target is right; undated reaction reported as this news takes the document date."),
 28: (["target"], "SANCTION/convict by the Cambodian tribunal on Thursday 2014-08-07 is right, but the target should be the two Khmer Rouge leaders (Nuon Chea, Khieu Samphan; KHM), not the country Cambodia."),
 29: ([], "Nour convicted and sentenced in December 2005: SANCTION/convict, court unnamed so empty source is right; 2005-12 right."),
 30: (["date"], "Spanish ministers' visits to Algiers are CONSULT/visit with the right parties, but they took place 'in recent weeks' before the story: the date should be the weeks before 2021-11-01 (c. 2021-10), not the document date."),
 31: ([], "Ukrainian diplomats negotiating a charter with NATO ('the alliance'): CONSULT, ongoing, document date right."),
 32: (["target"], "Georgian Dream signing the April 2021 agreement is SUPPORT dated 2021-04, but the agreement was with the opposition and only brokered by Charles Michel: target should be the Georgian opposition (GEO)."),
 33: (["target", "date"], "The EU's rejection of the land-swap approach is REJECT, but the separatists are what the EU fears, not what it rejects: target should be empty (the approach; no party named); 'has long rejected' is ongoing, so the date should be the document date 2018-08-26, not unknown."),
 34: (["type", "target"], "Bush's executive order blocking the junta's property is a sanction (COERCE/restrict per CAMEO 163, SANCTION also defensible), not REQUEST; target should be Myanmar's government and leaders (MMR), named in the sentence; date Monday 2003-07-28 right."),
 35: ([], "Tony Hernandez ('His brother', HND) sentenced in New York in 2021: SANCTION/convict, sentencing court unnamed, date 2021 right."),
 36: ([], "Venezuelan opposition and rights groups welcomed the ICC announcement: SUPPORT; 'the announcement' names no party, so empty target is right; undated reaction reported as this news on the document date."),
 37: (["event"], "Spurious: the Haniyeh sons 'visiting relatives for the holiday' is a private family visit inside Hamas's denial, not a political CONSULT."),
 38: (["date"], "Killings by Togolese security forces alleged in Amnesty's report: ASSAULT, reported, right parties; but the text dates them 'around the 1998 vote' (June 1998): date should be 1998, not the document date 1999-07-30."),
 39: ([], "Rice (USA) cancelling a visit to Egypt in 2005 over the case is SANCTION (reduce relations), date 2005 right; distinct from the REQUEST e5."),
 40: ([], "Bolivia filed the ICJ case in 2013: ACCUSE/allege (sue); Chile is not named in the sentence, so empty target is right by the rule."),
 41: ([], "Xi (CHN) arrived in Kathmandu on Saturday 2019-10-12: CONSULT/visit to Nepal (NPL); distinct from the Modi summit e3."),
 42: (["target"], "China lodging a protest earlier this month is ACCUSE, date 2016-12 right, but the protest was over Trump's call, named in the sentence: target should be Trump / the United States (USA), not empty."),
 43: ([], "Riots in Jakarta in May 2019 after the result: PROTEST/riot; no rioters or target named in the sentence, so empty source and target are right; 2019-05 right."),
 44: ([], "Saied (TUN) said Thursday he would not accept IMF diktats: AGREE negated (equivalently REJECT asserted) toward the IMF, 2023-04-06."),
 45: (["modality"], "'Not all Palestinians welcomed the exhumation' does not assert that Palestinians welcomed it: as SUPPORT the modality should be negated (the act implied is some Palestinians' disapproval), not asserted."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 45 and set(V) == set(range(1, 46))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        assert all(w in F for w in wrong)
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("written")
