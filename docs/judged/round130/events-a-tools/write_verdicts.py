"""Write events-a.jsonl from the judge's verdicts below (fields that are wrong, plus reasons).
usage: write_verdicts.py  (run in round130/)
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (wrong fields, reasons); "SPURIOUS" marks an item that holds no event
V = {
 1: (["source", "target"], "REQUEST is right and the document date fits a demand reported as this news, but the settler leaders are Israeli, so the source should be the settler leaders (ISR), and the target should be the Israeli army (ISR) alone: the army is coded PSE and the right-wing opposition, which made a separate statement, is not a target of the demand."),
 2: (["date"], "SUPPORT U.S. government -> Britain (GBR) is right, but U.S. officials' welcome is reported as this news with no date in the text, so the date should be the document date 2001-09-26 (the dateline day 2001-09-25 would also do), not left empty."),
 3: ([], "Hamas's seizure of Gaza is ASSAULT under the ground-seizure convention; PSE target for the seized territory, 2007-06 from 'last June' and asserted are right."),
 4: (["type", "date"], "'We agreed to leave El Fasher' is the army's own decision to withdraw, not an agreement with anyone: type should be RETREAT (withdraw). The withdrawal was announced in Burhan's address on Monday, so the date should be 2025-10-27 at the latest, not the Tuesday document date."),
 5: (["target"], "CONSULT Clinton -> rape survivors in Goma on Tuesday is right, but the women are Congolese: the target should be women (COD), not USA."),
 6: ([], "CONSULT Clinton -> Kabila in Goma on 11 August, asserted: all right. The 'pressed' REQUEST in the same sentence is a different act."),
 7: (["target"], "Critics in Washington (USA) faulting the phrase is ACCUSE and the date fits a present statement, but the sentence names whom the criticism falls on: the target should be the U.S. administration/Albright's aides (USA) whose phrase it is (or the African leaders), not empty."),
 8: (["date"], "ACCUSE opposition (GIN) -> Conde (GIN), asserted, is right, but the accusation is present ('accuses'): the date should be the document date 2011-07-20. The year 2011 comes from 'later this year', which dates the elections, not the accusation."),
 9: ([], "Rabin saying Israel would keep negotiating with the PLO is CONSULT future Israel -> PLO (PSE) under the 'will meet' convention, with no date; all right (a CAMEO coder could also give AGREE 036)."),
 10: (["source"], "'They' are the Revival officials of the sentence before: the source should be Abashidze's Union for the Revival of Georgia (GEO), not Shevardnadze's Citizens' Union. THREATEN, the new parliament as target, the date and the modality are right."),
 11: (["date"], "UNITA rejecting its defeat is REJECT with no named target, but it is a background act of 1992: the date should be 1992, not the 1995 document date."),
 12: (["target"], "SUPPORT (sign) Vajpayee on Monday 2003-06-23 is right, but the declaration is a bilateral one with China, which the sentence names: the target should be China (CHN; Wen Jiabao in the next sentence), not empty."),
 13: ([], "COERCE (martial law) Thaksin -> Thailand on Monday 2004-01-05, asserted: all right."),
 14: ([], "Islamic State taking Sinjar is ASSAULT (ground seizure) against Iraq (IRQ) on Sunday 2014-08-03, asserted with attribution: all right."),
 15: (["target"], "Critics in Belgrade (SRB) faulting the sale is ACCUSE (disapprove) on the document date, but the oil company is what was sold, not the party criticised: the target should be empty (the seller is not named) or the Serbian government as seller (SRB)."),
 16: ([], "MOBILIZE by the Thai army (THA military) on the document date, asserted: right. dateline names the raided 'army development battalion' instead of the army as a whole, but it is the same Thai military actor."),
 17: (["date"], "CONSULT future Vike-Freiberga -> party leaders (LVA) is right, but the story is dated Sunday 2002-10-06, so 'this week' is the coming week: the date should be 2002-W41, not 2002-W40, which ends on the document date."),
 18: (["target"], "SUPPORT (sign) by Tadic and Kostunica on 2008-01-25 is right, but the two Serbian leaders are also given as the target; the deal was with Russia, named in the sentence as Putin: the target should be Putin/Russia (RUS). (Not a duplicate: the first sentence's signing event is in another sentence.)"),
 19: (["date"], "REQUEST Kim Myong Gil (PRK) -> U.S. government, asserted, is right, but his statement was made outside the embassy when the talks broke down on Saturday: the date should be 2019-10-05 (or the document date 2019-10-06), not empty."),
 20: ([], "SUPPORT Labor (AUS) for the government's border policy, no target named, asserted: right. The date: Labor's backing lasted through the campaign that ended the day before, so I accept the document date as an ongoing stance."),
 21: ([], "PROTEST (demo) in Iranian cities reported as this news; the sentence names neither protesters nor an aim, so empty source and target are right by the rule, and so is the document date. (A coder would add protesters (IRN) as source.)"),
 22: ([], "ACCUSE U.S. officials (USA) -> Iran (IRN), an ongoing accusation on the document date, asserted: all right."),
 23: ([], "SUPPORT Ortega (NIC) -> the ICJ (UN court) on the day of the ruling, 2012-11-19, asserted: all right."),
 24: ([], "Colombo's approval of the ship's visit is SUPPORT (approve) by the Sri Lankan government on Saturday 2022-08-13; China is not named in the sentence, so the empty target is right. All right."),
 25: ([], "COERCE (arrest) French police -> people (FRA) overnight after the Sunday run-off, on the Monday document date, asserted with attribution: all right."),
 26: ([], "SUPPORT (thank) Tudjman -> Croatian voters on the document date, asserted: all right."),
 27: ([], "AGREE Kabila (COD) -> Masire (BWA), readiness to work with him, on the document date, asserted: all right."),
 28: ([], "ASSAULT RSF fighters -> civilians (SDN) at the fall of El Fasher, reported as this news with no date; 'reported that' is attribution, so asserted with reported_by is right. All right."),
 29: ([], "REJECT China of the 2016 arbitration ruling, an ongoing stance on the document date, with no party named as target: all right."),
 30: (["date"], "The ministry's statement that consent was given is a second report of Colombo's approval, in another sentence, so it is not a duplicate, and CONCEDE (yielding to the Chinese request) is a defensible type. But the consent was given on Saturday: the date should be 2022-08-13, not 2022-08-16."),
 31: ([], "Apologising is SUPPORT (CAMEO 055). Buhari (NGA) -> the families (NGA), asserted; the paragraph's time is Friday 2018-02-23, which I accept. All right."),
 32: ([], "RETREAT (resign) Bhattarai (NPL) 'last week' = 2000-W11 before the Monday 20 March story, asserted: all right."),
 33: ([], "ACCUSE (investigate) by the Investigative Committee (RUS), opening a murder case, reported on Sunday 2022-08-21: all right."),
 34: (["date"], "CONSULT Trump (USA) -> Kim Jong Un (PRK) at the Hanoi summit is right, but the summit was in February: the date should be 2019-02, not 2019-10-05."),
 35: (["source", "target"], "REQUEST 'called for talks to be frozen' is right, on the document date, but the caller is Netanyahu, so the source should be Benjamin Netanyahu (ISR/Likud), not the Norwegian government. The call is on 'the government' named in the sentence, so the target should be the Israeli government (ISR)."),
 36: (["date"], "AGREE (promise) ministers (MAR) to Al Hoceima (MAR; its residents) is acceptable, but the trip came 'later' after an accusation 'earlier this month': the date should be 2017-05 (month), not Monday 2017-05-29."),
 37: (["target"], "ACCUSE Walesa's supporters (POL) on the document date is right, but the sentence names whom they blame: the target should be the fragmented right, the Polish centre-right parties (POL), not empty."),
 38: (["date"], "CONSULT Albright (USA) -> Kagame (RWA) is right, but the meeting was at the earlier Rwanda stop of the tour, before Friday's Kinshasa talks: a background act; the date should be none (unknown; some day before 1997-12-12), not the document date."),
 39: ("SPURIOUS", "No deployment took place: the U.N. troops' deployment is only what Powell urged Kabila to allow. The act in the sentence is a REQUEST Powell (USA) -> Kabila (COD), which dateline did not code, so this MOBILIZE is spurious."),
 40: ([], "SUPPORT future Russia -> Serbia ('would continue to support'), with no date, reported by Putin: right under the 'will' convention."),
 41: ([], "REQUEST by human rights groups for Mbowe's release; the authorities are not named in the sentence, so the empty target is right; document date, asserted: all right."),
 42: ([], "ACCUSE (disapprove) Brotherhood (EGY), condemning the bombing, with no named target, on the document date, asserted: all right."),
 43: (["target", "date"], "ASSAULT by the second suicide bomber is right (not a duplicate: the first sentence is another sentence), but the sentence names its victims: the target should be the people rushing to help (Lebanese civilians, LBN). The bombing was on Thursday evening, so the date should be 2015-11-12, not the document date."),
 44: ([], "ACCUSE Iran -> United States on Sunday 2003-06-15, asserted: all right."),
 45: (["target"], "REQUEST UNHCR that humanitarian access be maintained, on the document date, is right, but the request is aimed at Jordan, named in the same sentence: the target should be Jordan (JOR)."),
 46: ([], "ASSAULT Turkey -> Syria, ground incursions summed 'since 2016', so no date is right; asserted: all right."),
 47: (["date", "modality"], "CONSULT (visit) Prabowo (IDN) -> China is the right type and parties, but the trip was called off: the modality should be negated. The story is dated Sunday 2025-08-31, so 'this week' is the coming week: 2025-W36, not 2025-W35."),
 48: ([], "COERCE (arrest) Chinese police -> Liu Xiaobo (CHN) late on Monday 2008-12-08, asserted with attribution to Liu Xia: all right."),
 49: ([], "SUPPORT Modi (IND) welcoming the verdict on the day of the ruling, 2019-07-17; the court is not named in the sentence, so the empty target is right. All right."),
 50: ([], "ACCUSE Joseph Wu (TWN) -> China (CHN) on the Thursday document date, asserted: all right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-a.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts: counts[f] += v[f]
print(counts)
