"""Round 60, judge a: verdicts on the 50 sampled dateline events (events-a-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event is false in every field.
Writes events-a.jsonl next to the items and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-a-items.jsonl")
OUT = os.path.join(ROUND, "events-a.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL6 = list(FIELDS)

V = {
    1: (["target"], "UN/Turkey brokering the grain deal is CONSULT (mediate), source and July 2022 right; but the "
        "mediated party Ukraine is named in the sentence (the deal 'allowed Ukraine to ship'), with Russia: an "
        "empty target misses it."),
    2: ([], "All right: SANCTION expel, future; the expulsion itself has no date in the text, so unknown is right "
        "(the statement was Friday = document date)."),
    3: (["date"], "PROTEST boycott by 15 of 17 challengers, target Afghanistan acceptable (boycott of the state's "
        "election). Date wrong: the call was made 'on polling day', i.e. the October 9 election named in the "
        "previous sentence (2004-10-09), not the document date."),
    4: (["target"], "THREATEN by Ukraine (FM Hryshchenko speaking for it) right, document date right; the warning "
        "to take the dispute to international bodies is aimed at Moscow, named in the same sentence - empty "
        "target wrong."),
    5: (["date"], "Saudi offer of $220m is AGREE (offer of aid); source right; Afghanistan not named in the "
        "sentence, empty target right. Date wrong: '2002' is the EU's spending period ('for 2002') in the other "
        "conjunct, not the date of the act; the offer was made at the conference on Tuesday 2002-01-22 "
        "(document date)."),
    6: (["date"], "Police opened fire: ASSAULT, BGD police right, no target named. Date wrong: the sentence puts "
        "this violence 'on the eve of the vote and on polling day' (2014-01-04/05, Sunday's election), so an "
        "unknown date drops a date the text gives."),
    7: ([], "All right. Congratulating = SUPPORT; 'her' = Caputova (SVK). Sefcovic coded EUR from his title "
        "'European Commission Vice-President' is acceptable (I would code him SVK as a Slovak candidate here). "
        "Undated, reported as this news: document date."),
    8: ([], "All right: COERCE arrest of several party officials (ETH), agent not named in the sentence so empty "
        "source right; reported as news, document date."),
    9: (FIELDS, "Spurious: 'we do not recognise the claim that bombs were dropped' is a denial of Russia's claim, "
        "not (non-)recognition in the diplomatic sense (CAMEO 054); also HMS Defender is not the speaker and is "
        "British, not RUS."),
    10: ([], "All right (a reader may doubt): nine attackers killed in the Monday-night attacks; killer not named, "
         "empty source right; attackers' country not given; date Monday 2003-05-12 right."),
    11: ([], "All right: Ban 'deplores' the verdict = ACCUSE disapprove; 'the decision' names an act, not a party, "
         "so empty target passes by the conventions (I would code the Myanmar court/junta). reported_by "
         "'European Union' is wrong but not a scored field."),
    12: (["date"], "ASSAULT by the US military on al Qaeda right. Date wrong: these are the strikes launched "
         "'late on Sunday' (2001-10-07) per the lead; Bush's address was the same Sunday; the document date "
         "(Monday) is another date."),
    13: (["source"], "REJECT (defied/ignored warnings) right; date right; asserted with attribution right; no "
         "warner named in the sentence, empty target passes. Source wrong: HMS Defender is a British destroyer, "
         "coded RUS."),
    14: (["type"], "Jiang: Beijing 'opposed terrorism in all its forms' is a statement of disapproval of terrorism "
         "(ACCUSE disapprove), not REJECT (no proposal, request or demand rejected). Source Beijing = CHN gov "
         "right, no party target, date right."),
    15: (["source"], "COERCE arrest right; date Friday right. Source wrong: the police at the Mar del Plata summit "
         "are Argentine - the story says the summit was held in Argentina, so the country is plain (ARG), coded "
         "empty. Target 'dozens' (protesters, nationality not given) empty code passes."),
    16: ([], "All right: Sudan agreed with Israel on Friday (2020-10-23); the US as second target of a US-brokered "
         "deal (that also involves its own delisting) is acceptable."),
    17: (FIELDS, "Spurious: 'strikes should be \"targeted\"' is an adjective in Jiang's advice on how strikes "
         "should be conducted, not an ASSAULT act (the act here, if any, is advice/appeal to the US)."),
    18: (["source", "target", "date"], "Trading insults and threats: ACCUSE mutual is acceptable. Kim (Kim Jong Un) "
         "is coded WBK/IGO instead of PRK, and he stands in both the source and target lists, so both fields hold "
         "a wrong party code. Date wrong: the exchange belongs to the past 'year of soaring tensions' (2017), a "
         "background act given the document date."),
    19: (["source", "target", "date"], "Financing the clashes = AID, asserted with attribution (acceptable). But "
         "Moscow and Yanukovych's allies are the financers (sources), coded as targets with an empty source; the "
         "recipients are not named (empty target would be right); and Yanukovych himself is not the actor, his "
         "allies are. Date wrong: the planning/financing preceded Friday's (May 2) clashes - a background act given "
         "the document date."),
    20: ([], "All right: rights groups urged the Khmer Rouge tribunal (KHM court) to move faster; news, document "
         "date."),
    21: ([], "All right: future REQUEST (call on Iraqis to boycott) AMS IRQ -> Iraqis IRQ, undated future act, "
         "Jan. 30 correctly not used."),
    22: ([], "All right (a reader may doubt whether an assembly vote is an event): the assembly voted for Wahid = "
         "SUPPORT/endorse, Wednesday 1999-10-20 right."),
    23: (["type", "target"], "'Took aim at Washington with a series of retaliatory steps' (removing embassy "
         "barriers, withdrawing consular ID cards) is a retaliatory reduction of relations/privileges (SANCTION), "
         "not verbal ACCUSE. Target wrong: Washington is named in the sentence; coded empty. Source and Tuesday "
         "2013-12-17 right."),
    24: (["source"], "ACCUSE (charged with crimes against humanity) right, Nuon Chea right, Wednesday = document "
         "date right. Source wrong: the United Nations is added as a charging party; it only backs the "
         "tribunal ('UN-backed')."),
    25: (["target"], "PROTEST demo right, no protesters named so empty source right; 2016-12 accepted (text ties "
         "the protests to the term's expiry in December 2016). Target wrong: a protest at home against the delay "
         "of the vote (an act of the authorities; 'His' = Kabila's government) takes the state (COD) as target by "
         "the conventions; empty."),
    26: ([], "All right: surrender = RETREAT, Thursday morning right; gunmen's country not stated; the sentence "
         "names no party they surrendered to (I would code ARM authorities/Kocharyan)."),
    27: (["target"], "EU helping Ukraine and rights groups gather evidence = AID (assistance); source and date "
         "right. Target wrong: Ukraine is named in the sentence as the party helped; empty."),
    28: (["modality"], "'Washington said it was not opposed to the contacts': REJECT with the act denied, so the "
         "modality is negated, not asserted. Source, empty target (the contacts are an act), date right."),
    29: (["target"], "Arab League statement condemning the storming (ACCUSE) right, January 2016 right. Target "
         "wrong: the Saudi embassy is the victim of the storming, not the party condemned (the stormers are "
         "unnamed - empty, or Iran)."),
    30: ([], "All right: Israel recalled its ambassador from Vienna = SANCTION withdraw toward Austria; Friday = "
         "document date."),
    31: (["source"], "REJECT of a military option right, no target party named, date right. Source wrong: Roh "
         "Moo-hyun is 'South Korea's president-elect' in the sentence - code should be KOR, coded empty."),
    32: ([], "All right: State Department (USA) urged Bolivians (BOL) = REQUEST, news."),
    33: ([], "All right: 'Gaddafi has vowed to fight on' = THREATEN (force), no target named; present-perfect "
         "stance, document date acceptable."),
    34: ([], "All right: Myanmar court convicted Suu Kyi, Tuesday 2009-08-11 explicit, SANCTION convict."),
    35: (["source"], "Tear gas = ASSAULT crowd control, no target named in the sentence, Friday right. Source "
         "wrong: the police at the Mar del Plata summit are Argentine (ARG), coded empty (as item 15)."),
    36: ([], "All right: Ivanishvili said Georgia should apologise to Russia - a hypothetical SUPPORT "
         "(apologise, CAMEO 055) GEO -> RUS, no date for a hypothetical act."),
    37: (["date"], "Gomes (EU chief observer) criticised the vote count = ACCUSE, EU source acceptable; the count's "
         "authority not named, empty target passes. Date wrong: she 'had earlier' criticised it (after the May 15 "
         "vote), a background act given the document date."),
    38: ([], "All right: 'Vieira first seized power in a coup in 1980' - an armed seizure of power coded ASSAULT, "
         "1980 explicit, the overthrown government not named."),
    39: ([], "All right: rival Lebanese factions struck a deal (AGREE), mutual among the factions so an empty "
         "target passes; the announcement came the same day (document date)."),
    40: ([], "All right: Orban congratulated Georgian Dream = SUPPORT HUN -> GEO, news."),
    41: ([], "All right: Anupong 'has refused to use force' = REJECT asserted (conventions); the party asking is "
         "not named; ongoing stance, document date."),
    42: (["type", "target"], "Ordering Syrian ambassadors or senior envoys out is expulsion of diplomats "
         "(SANCTION expel), not REQUEST. Target: 'senior envoys' are the Syrian envoys (text makes Syria plain) "
         "but coded with no country. The eight sources and Tuesday right."),
    43: ([], "All right: Bush telephoned Karzai to congratulate him - the congratulation (SUPPORT) is a distinct "
         "act from the phone call (CONSULT, e2); news, document date."),
    44: (["target", "date"], "Hezbollah helping government forces retake Qusair = (military) AID, source right. "
         "Target: 'government forces' are Assad's Syrian forces (plain in the sentence) - country missing. Date "
         "wrong: 'in June' (2013-06) is given, coded with the November document date."),
    45: (["target"], "ASSAULT on the Inata gendarmerie post, November 2021 right, attackers unnamed. Target '53 "
         "people' coded JPN - they are in Burkina Faso, mostly police officers (BFA)."),
    46: (["type", "target", "date"], "'A year ago, Trump ordered cruise missile strikes on a Syrian air base': the "
         "act a coder codes is the strike, ASSAULT USA -> Syria (the Syrian air base), not a REQUEST to one's own "
         "forces; target Syria missing; date wrong: 'a year ago' (April 2017), coded with the document date."),
    47: ([], "All right: US officials pressed Damascus (SYR gov) = REQUEST; ongoing, document date."),
    48: ([], "All right: some clerics (PAK) denounced Taseer ('him') = ACCUSE; background act of unknown time, "
         "no date is right."),
    49: (["source"], "ACCUSE Ukrainian politicians right, news date right. Source wrong: Alexander Tkachev is the "
         "Krasnodar (Russian) governor - RUS, coded UKR."),
    50: ([], "All right by the conventions (a reader may doubt a non-event): 'without being charged' is a negated "
          "ACCUSE against Liu Xia (CHN), agent not named, no date. I would rather code the house arrest "
          "(COERCE), which dateline did not code here."),
}


def main():
    items = [json.loads(line) for line in open(ITEMS)]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real_counts = {f: 0 for f in FIELDS + ["all"]}
    n_real = 0
    with open(OUT, "w") as out:
        for it in items:
            false, reasons = V[it["n"]]
            for f in false:
                assert f in FIELDS, (it["n"], f)
            verdict = {f: f not in false for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
            if verdict["event"]:
                n_real += 1
                for f in FIELDS + ["all"]:
                    real_counts[f] += verdict[f]
    print(f"{'field':10} {'right/50':>9} {'%':>6} {'right/real(' + str(n_real) + ')':>18} {'%':>6}")
    for f in FIELDS + ["all"]:
        print(f"{f:10} {counts[f]:>9} {100 * counts[f] / 50:6.0f} {real_counts[f]:>18} "
              f"{100 * real_counts[f] / n_real:6.0f}")
    print(f"spurious: {50 - n_real}")


if __name__ == "__main__":
    main()
