"""Judge d's verdicts on the round-16 sample (SEED 20261244); writes ../events-d.jsonl and prints the table.
Each verdict: n -> (event, type, source, target, date, modality, reasons). A non-event is wrong in every field."""
import json

Y, N = True, False
V = {
 1: (Y, Y, Y, Y, N, Y, "date: the section heading 'Sunday, March 2' dates the arrest; document date given"),
 2: (Y, Y, Y, N, Y, Y, "target: police are the investigators; the victims are the two 16-year-old girls"),
 3: (Y, Y, Y, N, Y, Y, "target: the vote is against the U.S.; CPJ is not in the sentence"),
 4: (Y, N, Y, N, Y, Y, "type: the resolution condemns the Gaddafi regime (ACCUSE), not SUPPORT; target: Gaddafi regime/Libya missing"),
 5: (Y, Y, Y, Y, N, Y, "date: 'last month' is the lifting of the state of emergency; the curfew's imposition is undated"),
 6: (Y, Y, Y, N, N, Y, "target: 'the man' is the Sudanese asylum seeker (SDN), not DNK; date: the story's events are June 2011, document date wrong"),
 7: (Y, Y, N, N, Y, Y, "source: Hazmi is the detainee; the detaining party is his Yemeni interlocutors/Yemen; target: Hazmi missing"),
 8: (Y, Y, Y, Y, Y, Y, ""),
 9: (Y, Y, Y, N, Y, Y, "target: the offer is to build a road between Myanmar towns; Myanmar missing (borderline)"),
 10: (Y, Y, Y, Y, Y, Y, ""),
 11: (Y, Y, Y, Y, Y, Y, ""),
 12: (Y, Y, Y, N, Y, Y, "target: 'aid to the Congo' names the recipient; empty"),
 13: (Y, Y, Y, Y, Y, Y, ""),
 14: (Y, Y, Y, Y, N, Y, "date: the ratification is an undated earlier act; 2012 is the court finding's year"),
 15: (Y, Y, Y, N, N, Y, "target: 'other media' missing; date: the criticism is in the address of July 26 (2022), not the document date"),
 16: (Y, N, Y, Y, Y, Y, "type: concluding a new agreement after a decade of negotiation is finalising an agreement (SUPPORT), not a promise (AGREE); borderline"),
 17: (Y, Y, Y, N, Y, Y, "target: the two armies are Turkey's and Indonesia's; Turkey missing from the joint drills"),
 18: (N, N, N, N, N, N, "no event: 'targeting' describes anti-Greece actions; the act is Greeks' PROTEST, no assault"),
 19: (Y, Y, Y, Y, Y, Y, ""),
 20: (Y, Y, Y, N, N, Y, "target: the ~500 people / households in the island nation missing; date: 'previous week' belongs to the medicine deliveries of the previous sentence"),
 21: (Y, Y, Y, Y, Y, Y, ""),
 22: (Y, Y, Y, Y, Y, Y, ""),
 23: (Y, Y, Y, N, Y, N, "target: 'the leaders' are unspecified (not shown to be Chinese; China meets them); modality: 'would ... when they meet on May 3-4' is a scheduled future, not hypothetical"),
 24: (Y, Y, Y, Y, Y, Y, ""),
 25: (N, N, N, N, N, N, "duplicate: 'an attack' restates the cyberattacks already coded from this sentence (#36)"),
 26: (Y, Y, N, Y, N, N, "source: the arresting police officer, not the speaker Namunu; date: an undated past case, not this news; modality: arrest inside Namunu's claim ('sent to arrest') is reported"),
 27: (Y, N, Y, Y, N, Y, "type: the act is the understanding/concession reached with Lu Wei (AGREE/CONCEDE); 'described' is no SUPPORT; date: text gives February 5"),
 28: (Y, Y, N, Y, Y, Y, "source: the militant leader's country is not given; AUS is the host"),
 29: (N, N, N, N, N, N, "no event: 'protest' is a noun in a shouted quote; no new act"),
 30: (Y, Y, Y, N, Y, Y, "target: the attack was on the military headquarters; Nigerian military missing"),
 31: (Y, Y, Y, Y, N, Y, "date: rejecting the outcome of the Nov 2013 referendum is background; document date wrong"),
 32: (Y, Y, Y, Y, Y, Y, ""),
 33: (Y, Y, N, Y, Y, Y, "source: the government of Oran is Algerian (DZA); code empty"),
 34: (Y, Y, Y, Y, Y, Y, ""),
 35: (Y, Y, Y, N, Y, Y, "target: the militant groups backed; US and Turkey coded as each other's target"),
 36: (Y, Y, N, Y, Y, Y, "source: the sentence names Russia as the attacker (experts concluded); empty"),
 37: (Y, Y, N, Y, Y, Y, "source: the deployment is President Fernandez's (Argentina), named in the sentence; empty"),
 38: (Y, Y, Y, Y, Y, Y, ""),
 39: (Y, N, N, N, N, Y, "type: a joint exercise is COOPERATE (military), not a weapons test; source: the exercise's participants missing; target: U.S. Marines are a participant; date: drills were Wednesday (06-14)"),
 40: (Y, Y, Y, Y, N, Y, "date: 2022-12 comes from Yingluck's departure; the demand is this news (Friday)"),
 41: (Y, N, Y, N, Y, Y, "type: expelling an individual from the country is COERCE deport; target: Kachikwu should be NGA, and 'political leader' and Nigeria are wrong extra targets"),
 42: (Y, Y, Y, Y, Y, Y, ""),
 43: (Y, Y, Y, Y, Y, Y, ""),
 44: (Y, Y, Y, N, N, Y, "target: the hit vessel is the merchant ship Almar, not the Defense Ministry; date: the attack was in April last year (2022-04)"),
 45: (Y, N, Y, Y, N, Y, "type: Hezbollah backing forces in an offensive is material military support (AID/COOPERATE), not verbal SUPPORT (borderline); date: the violence began late Tuesday (06-13)"),
 46: (Y, Y, Y, Y, Y, N, "modality: 'have been unable to agree' is negated, not hypothetical"),
 47: (Y, N, Y, N, Y, Y, "type: expelling residents is COERCE deport; target: the 22 residents, not South Korea"),
 48: (Y, Y, Y, N, Y, Y, "target: the rebel opposition strongholds; Turkey is only the border mentioned"),
 49: (N, N, N, N, N, N, "no event: 'as opposed to' is a comparison, no rejection"),
 50: (Y, Y, Y, Y, Y, Y, ""),
 51: (Y, Y, Y, N, Y, Y, "target: the commission of bishops is named; empty"),
 52: (Y, Y, Y, N, Y, Y, "target: Turkey (Ankara), not an Iranian official"),
 53: (Y, Y, N, Y, Y, Y, "source: LAPD's country is USA; code empty"),
 54: (Y, Y, Y, N, Y, Y, "target: the insurgents ('an insurrection') missing (borderline)"),
 55: (Y, Y, N, Y, Y, Y, "source: the government negotiating with the ANC is South Africa's, not the US"),
 56: (Y, Y, Y, Y, Y, Y, ""),
 57: (N, N, N, N, N, N, "no event: 'recognized that' means acknowledged; no diplomatic recognition"),
 58: (Y, Y, Y, N, Y, Y, "target: the demand was on the government, named in the sentence; empty"),
 59: (Y, Y, Y, N, N, Y, "target: the clerics are Saudi (SAU), not JOR; date: China's call is undated; Friday belongs to the clerics' statement"),
 60: (Y, Y, Y, Y, Y, Y, ""),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("sample-events.jsonl")]
out = open("../events-d.jsonl", "w")
tot = {k: 0 for k in KEYS + ["all"]}
real = {k: 0 for k in KEYS + ["all"]}
nreal = 0
for it in items:
    v = V[it["n"]]
    ver = dict(zip(KEYS, v[:6]))
    if not ver["event"]:
        ver = {k: False for k in KEYS}
    ver["all"] = all(ver[k] for k in KEYS)
    it["verdict"] = ver
    it["reasons"] = v[6]
    out.write(json.dumps(it) + "\n")
    for k in ver:
        tot[k] += ver[k]
        if ver["event"]:
            real[k] += ver[k]
    nreal += ver["event"]
out.close()
print("| field | all 60 | real events (%d) |" % nreal)
print("| --- | --- | --- |")
for k in KEYS + ["all"]:
    print(f"| {k} | {tot[k]}/60 ({100*tot[k]/60:.0f}%) | {real[k]}/{nreal} ({100*real[k]/nreal:.0f}%) |")
