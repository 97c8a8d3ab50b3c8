"""Write events-b.jsonl from the items and judge b's hand verdicts below.

Each entry: n -> (list of wrong fields, reasons). 'SPURIOUS' marks a non-event (all fields false).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["target", "date"], "COERCE arrest holds; empty source is right (passive, no agent in the sentence). Target '700 people' is coded SUN (Soviet Union): the country should be BLR ('across the country' = Belarus); date should be 2017-03-25, the Saturday of the crackdown (or the document date), not unknown, since the detentions are this news."),
 2: (["target"], "ACCUSE by Saudi Arabia (SAU) on Sunday 2022-06-05 is right, but the comments it condemned are by 'two officials of ... Bharatiya Janata Party', named in the same sentence: target should be the two BJP officials (IND), not empty."),
 3: ([], "Right: ACCUSE disapprove, Lahoud (LBN) condemned the car-bomb attack; attackers unnamed so empty target is right; document date 2002-01-24 (Thursday, the day of the attack)."),
 4: ([], "Right: ACCUSE allege, federal prosecutors (MEX) -> Lopez Obrador (MEX); present-tense ongoing accusation takes the document date."),
 5: (["target"], "RETREAT resign by Hariri (LBN) on 2017-11-04 (the Saturday of the missile launch) is right, but 'from Riyadh' is only where he announced it: target should be empty (or Lebanon's government, LBN), not the Saudi government."),
 6: ([], "Right: riot police (UKR) fired tear gas at protesters (UKR) in Kiev on Wednesday 2012-07-04; ASSAULT (CAMEO 175 violent repression)."),
 7: ([], "Right: REJECT, Pakistan's government (Islamabad) rejected the accusation; the accusers (alliance officials) are in the previous sentence only, so empty target is right; document date. (A denial could be read as a CAMEO 01 statement, but REJECT is the usual coding.)"),
 8: ([], "Right: RETREAT surrender by the ethnic Albanian fighters in southern Serbia to NATO peacekeepers; 'had already surrendered' gives no day, so an unknown date is acceptable."),
 9: ([], "Right: AGREE, Milatovic (MNE) promised to lead Montenegro into the EU (target EU named in the sentence). Document date accepted; the victory speech was on Sunday night 2023-04-02, but no day is stated for it."),
 10: (["type", "source"], "'I accept the will of the citizens' is said by Djukanovic (previous sentence: 'Djukanovic, 61, congratulated his rival'): source should be Milo Djukanovic (MNE), not Milatovic; accepting an election defeat is a verbal concession, CONCEDE, not AGREE."),
 11: (["date"], "CONSULT, Nepal's king (NPL) held talks with Singh (IND) is right, but it happened at the Dhaka summit reported as this news (ending Sunday 2005-11-13): date should be 2005-11-13 (or the document date 2005-11-14), not unknown."),
 12: (["target"], "AGREE promise by Voronin (MDA), document date right; but he 'promised to work with all parties': target should be Moldova's political parties (MDA), named in the sentence, not empty."),
 13: (["source", "target"], "SUPPORT sign agreement, dated 2008, is right, but the Bush administration is coded IRQ: it should be USA (source and target both carry the wrong code; Baghdad/Iraq government IRQ is right)."),
 14: ([], "Right: ASSAULT, al-Kikli (LBY) killed on Monday evening 2025-05-12; killer not given, so empty source is right."),
 15: ([], "Right: ACCUSE disapprove, Saquicela (ECU) called the dissolution illegitimate; Lasso is not named in the sentence so empty target is right; document date 2023-05-17 is the day of the dissolution."),
 16: (["source"], "SUPPORT (voted for the U.N. plan) toward the U.N., April 2004, is right, but the source lists Turkish Cypriots twice, once as TUR and once as a spurious 'Cypriot Cypriots' (CYP): source should be the Turkish Cypriots alone (CYP)."),
 17: ([], "Right: ASSAULT, Philippine troops (PHL) fought Muslim rebels (PHL) in Zamboanga on Tuesday 2013-09-10."),
 18: ([], "Right: MOBILIZE troops, the Taliban (AFG) have massed troops; present perfect, ongoing, takes the document date; no target named for the offensive."),
 19: ("SPURIOUS", "Not an event: 'the movement issued statements in his name' is the implication of a claim about Omar's death, not a request or any PLOVER act between actors."),
 20: ([], "Right: CONCEDE, Gaddafi's government (LBY) accepted responsibility for Lockerbie in 2003 (year explicit); named as Gaddafi but the party and code are right."),
 21: ([], "Right: REQUEST future, Gligorov (MKD) is expected to ask Georgievski (MKD) to form a cabinet; 'within days' gives no date, so unknown is right."),
 22: ([], "Right: CONCEDE negated, Akufo-Addo (GHA) did not immediately concede; document date."),
 23: ([], "Right: REJECT, the Cameroonian court (CMR) dismissed the petitions on Monday 2011-10-17; the petitioners are in the previous sentence only, so empty target is right."),
 24: ([], "Right: SUPPORT sign agreement, China (CHN) and Taiwan (TWN) as mutual parties, Tuesday 2010-06-29."),
 25: (["date"], "REQUEST, Muizzu (MDV) -> India (IND) is right, but 'has since asked' is a background act at some time after September 2023, not this news: date should be unknown (no date), not the document date 2024-04-22."),
 26: (["type"], "Saudi Arabia 'rejected prejudice against the symbols of the Islamic religion' is a condemnation, not the refusal of a proposal or demand: type should be ACCUSE (disapprove). Source SAU, empty target and document date are acceptable."),
 27: (["source", "target"], "REQUEST (demanded to know what had been conceded) is right, but the demand is the BJP's: source should be the Bharatiya Janata Party (IND), not the Indian government, and the target should be the Indian government (IND), 'the government' in the same sentence."),
 28: (["source"], "SUPPORT, welcomed the resolution of the deadlock, document date, is right, but Western diplomats are not Moldovan: source should be Western diplomats with no country code (not MDA)."),
 29: ("SPURIOUS", "Not an event: 'rescuing an accord' means the General Assembly adopted the treaty despite India's block; it is not AID to India (the act is the adoption, SUPPORT/approve of the treaty)."),
 30: ([], "Right: PROTEST demo, tens of thousands (TWN) marched in Taipei on Saturday 2010-06-26 against the government's trade deal, so the Taiwan government is a right target."),
 31: (["type", "date"], "The act is Egypt's release of the Israeli spy Azzam (ISR) in the swap, retold inside the commentators' criticism: type should be RETREAT (release), not CONCEDE, and the date 2004-12-05, the Sunday of the release given in the lead, not the document date."),
 32: (["date", "modality"], "REQUEST Parvanov (BGR) -> Bulgarian government is the right party pair, but 'his main task would be ... to press the government' is an intended act: modality should be future; the remarks were made late on Sunday 2006-10-29 and the pressing itself has no date, so the document date 2006-10-30 is wrong."),
 33: (["source"], "COERCE ban of the Mejlis on Tuesday 2016-04-26 is right, but the Supreme Court of Russian-annexed Crimea is a Russian-run court (headline 'Russian-run court', Moscow-appointed prosecutor): source code should be RUS, not UKR. (Target Mejlis, UKR, accepted.)"),
 34: ([], "Right: ACCUSE allege, Dhlakama (MOZ) accused election officials (MOZ) of stuffing ballot boxes; document date."),
 35: ([], "Right: CONSULT future, Peres (ISR) with party leaders (ISR), 'next week' = 2013-W05."),
 36: ([], "Right: Bush (USA) said on Thursday 2001-03-29 he would not accept Kyoto; AGREE negated is acceptable by the convention (equivalent to REJECT asserted)."),
 37: ([], "Right: REJECT plan, Greek Cypriots (CYP) rejected the U.N. reunification plan in April 2004."),
 38: (["date"], "REQUEST by the EU is right (Croatia not named in the sentence, so empty target is right), but the demand belongs to the long-running accession negotiations, a background act: date should be unknown, not the document date 2011-12-09."),
 39: ([], "Right: REQUEST, Fru Ndi (CMR) called on Cameroonians (CMR) to resist peacefully; document date."),
 40: ([], "Right: France (FRA, via Chirac) said it would not bow to terror: CONCEDE negated is acceptable by the convention (refusal to yield); 'terror' is no party, so empty target; document date."),
 41: (["target"], "THREATEN by Dodik (BIH) is right, but 'Serb officials' are the ones who would withdraw, not the target, and they are Bosnian Serbs, not SRB: target should be the international envoy (Lajcak), 'the envoy' in the same sentence, or empty."),
 42: ([], "Right: AGREE, EU interior ministers (EU) agreed on Thursday 2022-12-08 to let Croatia (HRV) join Schengen."),
 43: (["target"], "REQUEST (called for the release of her companions), Shourd (USA), Tuesday 2010-09-14, is right, but the release is asked of Iran, whose leaders are named in the same sentence: target should be Iran's authorities (IRN), not empty."),
 44: ([], "Right: REQUEST, Macron (FRA) called for dialogue on Sunday 2018-11-04; no party named for the dialogue, so empty target."),
 45: (["source"], "ACCUSE -> Lajcak (SVK, 'Slovak diplomat') is right, but 'He' is Bosnian Prime Minister Nikola Spiric (the speaker of the previous sentences): source should be Nikola Spiric (BIH), not Milorad Dodik."),
 46: ("SPURIOUS", "Not an event: 'a rival government in the east backed by commander Khalifa Haftar' is an identifying description of the standing division of Libya, not a reported act; and Haftar's backing is military, not verbal SUPPORT."),
 47: ([], "Right: ASSAULT, at least a dozen people (PHL) killed, source not given; a total since the fighting began has no date by the convention."),
 48: ([], "Right: REQUEST, armed men (no country given) called for Biya (CMR) to step down; 'shortly before the vote' gives no day, so unknown is acceptable."),
 49: ([], "Right: REQUEST, Britain (GBR) called for the junta (SLE) to step down; the actor is labelled 'junta spokesman' but its mention here is 'the junta', same party and code; the story's dateline date 1997-06-02 is acceptable."),
 50: ([], "Right: ACCUSE allege, opposition leaders (XKX) accuse Kurti (XKX); present-tense accusation takes the document date."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
        assert v["event"]
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
