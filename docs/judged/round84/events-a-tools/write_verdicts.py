"""Write events-a.jsonl from the judge's verdicts below (fields not listed are true).
usage: python3 events-a-tools/write_verdicts.py  (run in round84/)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (list of false fields, or "spurious"), reasons
V = {
 1: ([], "Museveni ('He') ordered Ugandan troops to hunt the killers: an order, REQUEST, to the troops (UGA); no date in the text, so the document date is right."),
 2: (["target"], "New Delhi revoking the special status of its part of Kashmir is coded (SANCTION, reducing the existing arrangement, accepted; COERCE would also do); target should be Indian-administered Kashmir (IND), named in the sentence, not empty."),
 3: ([], "Panama rejecting Trump's claims and US demand on the canal: REJECT; 'both claims' names no party, so the empty target is right under the rules; ongoing stance takes the document date."),
 4: ([], "Toll of 35,000 Palestinians killed since Oct. 7 is a span total: no date is right; killer not named in the sentence, so the empty source is right."),
 5: (["target"], "PROTEST riot by the demonstrators (IRN) is right, but the target 'Iranian media' is the reporting source; target should be the British embassy ('the compound', GBR)."),
 6: (["target"], "Ukrainian forces' withdrawal from Debaltseve on Wednesday 2015-02-18 is RETREAT; target should be the pro-Russian separatists (UKR rebels), named in the sentence as the side handed the gain."),
 7: (["target"], "US welcomed the legislation: SUPPORT, but target should be Japan / its parliament (JPN), named in the sentence ('Japan's main ally') as the author of the legislation."),
 8: (["target", "date"], "Target should be loyalists of Saddam Hussein (IRQ), not Saddam himself; date should be 2003-08-29 (the accusation follows the Friday bombing), not 2003-07 taken from 'appointed in July'."),
 9: ([], "Egypt appealed to the UN Security Council last month (2020-06) to intervene: REQUEST, all fields right."),
 10: (["date"], "Egyptian police killing gang members is ASSAULT with right parties, but the text dates it: 'Last month' (2016-03), not undated."),
 11: ([], "Tsai/DPP blamed police for provoking the confrontation: ACCUSE DPP (TWN) -> Taiwan police (TWN), document date; all right."),
 12: (["date"], "Chen signing the cross-strait accords is SUPPORT (sign agreement), reciprocal so empty target acceptable; date should be 2008-11-04, 'a day after' Wednesday (the Tuesday of the signing), not 2008-11-05."),
 13: ([], "Rouhani called for an independent investigation: REQUEST, no addressee named so empty target right; document date."),
 14: ("spurious", "Vizcarra saying he was returning and 'ready to serve the country' is a statement of readiness to take office, not an act of cooperation toward another actor; and Canada (where he was ambassador) is no party to it. Spurious."),
 15: ([], "Kuchma's promises (privatisation, arrears) coded AGREE as an intent/promise; no party named so empty target; dated by the Monday of the speech (1999-11-15)."),
 16: ([], "Pashinyan warned Tavush residents that refusing delimitation could bring war: a forceful warning with serious repercussions, THREATEN accepted; last month = 2024-03."),
 17: (["date"], "The minister's rhetorical 'when our people were being killed' refers to the 1997-98 junta/RUF killings, a background act; it should be undated (or 1997-98), not the document date 1998-10-20."),
 18: (["date"], "CoE investigator's accusation of Thaci is ACCUSE with right parties, but the report was made public on Tuesday: date should be 2010-12-14, not the document date 2010-12-15."),
 19: (["date"], "Civilian killed by shelling is ASSAULT with the right target; it is a single act of this news (not a span total), so it should take a date (2020-07-14, the day of the ministry's report, or the document date), not none."),
 20: ([], "Khamenei demanded on Saturday (2015-09-26) that Saudi Arabia apologise: REQUEST, all right."),
 21: ([], "EU and US welcomed the Armenia-Azerbaijan agreement: SUPPORT; the parties to it are not named in this sentence, so the empty target is right."),
 22: (["source"], "ACCUSE by Yingluck's supporters against the Constitutional Court is right, but the source wrongly adds Yingluck herself, who did not denounce it; source should be her supporters (THA) alone."),
 23: ([], "Sidiki Kaba urged South Africa to reconsider: REQUEST -> ZAF; document date; all right."),
 24: (["date"], "Philippines would not give up territory: CONCEDE negated accepted (or REJECT asserted); but the statement was made to reporters on the summit day, so it should be dated 2024-04-11 (or the document date), not undated."),
 25: (["date", "modality"], "The decree 'allowing the army to be deployed' permits a deployment it does not report: modality should be hypothetical, and the date should be that of the Thursday declaration (2019-10-03), not the document date."),
 26: ([], "Alleged arming of Hutu fighters by Kinshasa: AID inside an accusation, reported, ongoing so document date; Ugandan rebel groups also a target but the Hutu fighters (RWA) are right."),
 27: (["target"], "Moldova signing the memorandum on Thursday 1997-05-08 is SUPPORT, but the co-signer Transdniestria (MDA) is named in the sentence and is neither target nor co-source; target should be Transdniestria."),
 28: ([], "Diplomats' view that the AU is unlikely to send troops: MOBILIZE AU -> Burundi government, hypothetical, undated; all right."),
 29: ([], "Saudi Arabia, UAE and Bahrain expressed support for Morocco: SUPPORT -> MAR, document date; all right."),
 30: ([], "The US warrant accusing the Lebanese businessman of financing Hezbollah is a legal accusation (ACCUSE allege) -> LBN businessman, in force at the March 2017 arrest; accepted."),
 31: ([], "Kerry visited Juba last week (2014-W18): CONSULT visit -> South Sudan government; all right."),
 32: ([], "BNP welcomed the US announcement: SUPPORT; the US is not named in this sentence, so the empty target is right; document date."),
 33: ([], "Democrats condemned the move: ACCUSE, Trump administration not named in the sentence so empty target right; document date."),
 34: (["target"], "Police breaking up opposition rallies in September 1998 is ASSAULT crowd-control with the right source and date; target should be the opposition protesters (AZE), named in the sentence, not empty."),
 35: (["date"], "Cameron met Wigneswaran: CONSULT right, but the Jaffna trip was on Friday: date should be 2013-11-15, not the document date 2013-11-16."),
 36: ([], "The Israeli military raid on Jenin is a distinct act from the shooting (e1), ASSAULT by Israel; no target party named, empty right; 2022-05-11."),
 37: (["date"], "China's foreign ministry accused the US: ACCUSE right, but the date 2025-02-02 comes from Sunday's Rubio meeting; it should be the document date 2025-02-07 (the reaction to Thursday's notice)."),
 38: (["target", "date", "modality"], "The act is the pope's planned visit/meeting: target should be Patriarch Bartholomew (or Turkey), not the place Ephesus; date should be Wednesday 2006-11-29 and modality future, not the document date and asserted."),
 39: ([], "More than 200 killed in the Tripoli fighting since mid-July is a span total: no date is right; target people in Tripoli (LBY)."),
 40: (["date"], "Militia leaders accused Egypt and the UAE: ACCUSE with right parties, but it is an act of this news with no date in the text and should take the document date 2014-08-24, not none."),
 41: ([], "Bush thanked Australia on Thursday (2003-10-23): SUPPORT; all right."),
 42: (["date"], "The businessman's alleged financing of Hezbollah is AID inside an accusation (reported, right), but it is a background act before March 2017; it should be undated, not 2018-05-01 (the Tuesday of Morocco's statement)."),
 43: (["date"], "Delegates denounced the accord: ACCUSE (Venezuela's delegates one of six sources, accepted); but the text was presented 'after midnight', so the date should be 2009-12-19, not 2009-12-18T00:00."),
 44: ([], "Gakharia's resignation in February (2021-02): RETREAT resign; all right."),
 45: ([], "Several hundred killed in the 1992 fighting: ASSAULT dated 1992; no source named, country of the dead not given; all right."),
 46: ([], "Nationalist Party (KMT, TWN) officials accused the DPP: ACCUSE; the KMT source carries TWN (the extra 'Officials' is the same party); document date; all right."),
 47: (["date", "modality"], "The ban 'could' follow from the NACC case: modality should be hypothetical, and a possible future ban has no date, not the document date."),
 48: ([], "British Foreign Office condemned the attack: ACCUSE, attackers not named in the sentence so empty target right; document date."),
 49: ([], "Kuczynski resigned on Wednesday (2018-03-21): RETREAT resign; all right."),
 50: ([], "Iranian protesters stormed the British embassy on Tuesday 2011-11-29: PROTEST riot -> embassy (GBR); all right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        if bad == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-a.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts: counts[f] += v[f]
print(counts)
