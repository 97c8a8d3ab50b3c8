"""Write events-c.jsonl from events-c-items.jsonl and the judge-c verdicts below.

Each verdict: n -> (list of false fields, reasons). 'event' in the list = spurious.
"""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "White House congratulates Mursi: SUPPORT USA->EGY on the day of the result."),
 2: (["type"], "Accepting Fico's resignation is approval of his act (SUPPORT approve), not AGREE (willingness to cooperate). Empty target kept right by the rule ('the resignation' names no party), though I would code Fico."),
 3: (["target"], "The storming ends 'a siege by Chechen gunmen' named in the sentence; the gunmen are the party attacked, not an empty target."),
 4: ([], "Security forces deployed across Cairo on Sunday (2012-06-24): MOBILIZE, right."),
 5: ([], "Opposition lawmakers criticise the deployment: ACCUSE CHL->military (I would rather target the government that deployed it, but the military is the named party)."),
 6: (["date"], "Widodo urged calm the day of the attack, reported as this news: the date is the document date 2016-01-14, not unknown."),
 7: ([], "Negated AGREE: lawyer says Suu Kyi agreed to no conditions; acceptable as a negated act."),
 8: (["source", "target"], "Riot police and demonstrators in Tbilisi are Georgian (GEO), not RUS."),
 9: ([], "Prosecutors charge Lopez: ACCUSE allege VEN->VEN, present perfect as news."),
 10: (["type", "target"], "A military coup (soldiers seizing power) is armed takeover (ASSAULT by the wave-30 seizure rule), not COERCE seize, which is kept for police confiscation/search; target is President Toure/Mali government, named in the sentence, not empty."),
 11: (["date", "modality"], "The attacks are Thursday's train bombings (2004-03-11), a date the text gives; al Qaeda's responsibility is a claim by 'a man claiming to speak for al Qaeda', so reported, not asserted."),
 12: (["type", "source"], "Routine searches for smuggled goods are COERCE seize (search), not ACCUSE investigate; the boarding party is British (GBR military, from HMS Cornwall), not an Iranian party."),
 13: ([], "Paris and Berlin proposed a 500 bn euro grant envelope in May 2020: an offer of money, AGREE, dated 2020-05."),
 14: (["event"], "'the agreement offers a distant hope of revenue' is not an act of any party: spurious."),
 15: ([], "The demanded troop pull-out inside the gunmen's threat condition: hypothetical RETREAT by Moscow, right."),
 16: ([], "Serbia 'would never recognise' Kosovo: negated SUPPORT (recognise), equivalent to a REJECT; fields right."),
 17: (["event"], "A constitutional term limit ('barred from running again') is a standing rule, not an act: spurious."),
 18: ([], "Gunmen stormed the Kankara school on Friday 2020-12-11: ASSAULT, right (local bandits, NGA acceptable)."),
 19: (["date", "modality"], "The Sudanese army's attacks are Juba's claim (an act inside a claim is reported), and they are background attacks before Tuesday's seizure, not the document date."),
 20: ([], "Hamas attack of October 7 (2023): ASSAULT with its explicit date, right."),
 21: (["event"], "Dragnea being barred from the premiership by a previous conviction is a legal status, not an act in the sentence (and the 'Democratic Party[USA]' target is wrong anyway): spurious."),
 22: ([], "Opposition lawmakers call on the government to address grievances: REQUEST CHL->CHL government, right."),
 23: ([], "The deployment of the military (noun phrase) is an ongoing MOBILIZE; document date acceptable for an act still going on."),
 24: (["modality"], "The arrest of two officers is stated as fact by the reporter; modality is asserted, not reported."),
 25: (["source"], "Foreign Secretary S. Jaishankar is Indian (IND), not Nepali; visit to Kathmandu on Friday 2015-09-18 right."),
 26: (["event"], "'Yanukovych had withdrawn from carrying out his duties' is the wording of parliament's resolution, not a RETREAT act; the act is parliament's vote to remove him: spurious."),
 27: (["target", "date"], "The depot employees killed are Czech (CZE), not RUS; the blasts are dated October 2014 by the text, not unknown."),
 28: ([], "Gunmen shooting pupils on Tuesday morning 2014-12-16: ASSAULT firearms, right."),
 29: ([], "Obama condemns the Burgas attack: ACCUSE, no named target, right."),
 30: (["target"], "Kagame and Museveni fought together on the same side; coding each as the other's target is wrong (the party fought, Uganda's government of the time, is not named: empty). '198' read as the 1980s decade."),
 31: (["event"], "'a torpedo that North Korea offers for export' is a commercial offer, not a political act: spurious."),
 32: ([], "Sudan's government and the southern rebels sign the peace accord on Sunday 2005-01-09: SUPPORT, both parties as actor with no recipient (codebook note), right."),
 33: (["target", "date"], "The suspect's nationality is not given (attack by al Shabaab), so KEN is wrong; the arrest while fleeing the campus happened during Thursday's siege (2015-04-02), not the document date."),
 34: ([], "Attackers exchange fire with police late on Friday: ASSAULT, right."),
 35: ([], "Critics and Western diplomats call the purge a move to sideline rivals: ACCUSE ->Saudi government, right."),
 36: ([], "Kiir imposed a curfew in Juba: COERCE curfew on the document date, right."),
 37: (["modality"], "Diplomats 'did not believe China intended to attack': the attack is negated/hypothetical, not future."),
 38: (["source", "target", "date"], "The unions called the strike (source Unions, not empty); it is over the government's policies, so the Greek government is the target; the text dates it Wednesday (2008-12-10)."),
 39: (["source"], "The warning was made by the Foreign Ministry spokesman (China), not by the PLA, which is only the subject of the first clause."),
 40: ([], "Attackers struck the Kankara school late on Friday: ASSAULT, right (not a duplicate of the exchange of fire with police, a distinct act)."),
 41: (["target"], "The target is Istanbul's Ataturk airport/Turkey (TUR); 'Istanbul' with no country code is wrong."),
 42: (["source"], "The inviter is 'he' = Hun Sen, not the coalition government (which is what he said would continue). AGREE accepted (offer to keep cooperating), though REQUEST is arguable."),
 43: (["target"], "Mogadishu's airport was held by the Islamic Courts, the party Ethiopia fought alongside the Somali government; the Somali government is not the target."),
 44: (["type", "date"], "Unarmed protesters storming the state TV building is a violent protest (PROTEST riot) rather than ASSAULT; it happened on Thursday 2000-10-05, not 2000-09-24 (the election date)."),
 45: ([], "Cherizier's earlier threat of civil war against Henry: THREATEN, undated background, right."),
 46: (["target"], "Welcoming the release targets the Myanmar government that released her, referred to in the same sentence ('the government should build on it'); empty is wrong."),
 47: (["type", "target"], "Warning that the upgrade 'would set back hopes of peace' is opposition/criticism (ACCUSE/REJECT), not a coercive THREATEN; the Palestinians' upgrade is the object acted upon, named in the sentence."),
 48: ([], "Henry's promise of elections (background, undated): AGREE, right."),
 49: ([], "Trump hailed the deal: SUPPORT on the document date, right."),
 50: (["date"], "The fighting in Sanaa was on Sunday 2014-09-21 (the story's lead), not the document date (Monday 2014-09-22)."),
 51: ([], "European Parliament delegation sent to Slovakia: CONSULT visit acceptable (ACCUSE investigate also defensible)."),
 52: ([], "White House had urged Libya not to welcome Megrahi: REQUEST USA->LBY, undated earlier act, right."),
 53: (["target"], "'all sides' are the Yemeni president and the Houthi rebels named in the sentence; the country (YEM) is plain, so the empty code is wrong."),
 54: ([], "Biden condemns the strikes of 'Putin's war': ACCUSE USA->Putin, right."),
 55: ([], "Sri Lankan Muslim leaders condemn the attacks: ACCUSE, right."),
 56: (["source"], "The hypothetical deployment is of 'a neutral force', named in the sentence; an empty source is wrong."),
 57: ([], "Mbeki agreed to resign, the ANC said on Saturday: CONCEDE (promised concession), right."),
 58: ([], "The US urged Tbilisi to resolve the matter: REQUEST USA->GEO, right."),
 59: (["source", "target", "date"], "The protesters were arrested: they are the target, not the source (the arresting police are unnamed, empty source); the arrests were on Sunday night 2012-10-21, not Monday's document date."),
 60: (["source", "target", "date"], "The Chilean government is not a protester (source students only, CHL); the protest is against the fare rise by the government, so the government is the target; the protest began before Friday, a background act given the document date."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open(HERE / "events-c.jsonl", "w") as out:
    for it in items:
        bad, why = V[it["n"]]
        assert all(b in F for b in bad)
        if "event" in bad:
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it, verdict=v, reasons=why)
        out.write(json.dumps(it, ensure_ascii=False) + "\n")

# summary
rows = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
real = [r for r in rows if r["verdict"]["event"]]
for f in F + ["all"]:
    c = sum(r["verdict"][f] for r in rows)
    cr = sum(r["verdict"][f] for r in real)
    print(f"{f:9s} {c:3d}/60 {100*c/60:5.1f}%   of real {cr:3d}/{len(real)} {100*cr/len(real):5.1f}%")
