"""Round 51, judge a: verdicts on the 60 sampled events (events-a-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is listed with ["event"] and is false in
every field. Writes ../events-a.jsonl (each item line plus "verdict" and "reasons") and prints
the per-field table.

usage (from docs/judged/round51): /work/main/.venv/bin/python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["event"], "Spurious: 'warned that the anger on the streets could be exploited to destabilise the country' is a "
        "pessimistic warning, not a threat by Zourabichvili to do anything (PLOVER THREATEN needs a coercive warning "
        "of the speaker's own action). The ACCUSE in the sentence (Russia 'our enemy and occupier') was not coded. "
        "Date 2018-07-08 also comes from 'July 8' of the previous sentence with a wrong year."),
    2: (["type"], "'Parliament ... approved martial law ... and a curfew' is the imposition of martial law: COERCE "
        "(CAMEO 1724/1723, PLOVER COERCE curfew), not SUPPORT. Source Azerbaijan parliament and target Azerbaijan are "
        "right for that act; 'later' on Sunday = document date. (SUPPORT 'approve policy' is arguable only if read as "
        "approving Aliyev's decree, which the sentence does not name; then the target Azerbaijan would be wrong.)"),
    3: (["type", "source"], "The towns 'they had seized the year before' were seized by Islamist fighters: armed forces "
        "taking ground is ASSAULT by the conventions (COERCE seize is for police/authorities). Source 'peacekeepers' is "
        "wrong: the seizers are the Islamist fighters. Target empty is right (the sentence names no party, only "
        "'northern towns'). Date 2012 ('the year before' 2013) right; background act asserted."),
    4: (["type"], "PTI lawmakers walking out before the vote is a boycott of the vote in protest: PROTEST boycott "
        "(CAMEO 143). SANCTION withdraw is for a country leaving an organisation/treaty or halting talks. Source "
        "Lawmakers[PAK] right; no target named; document date right (vote early Sunday)."),
    5: ([], "All right. Putting units on higher alert is MOBILIZE (CAMEO 152); no target named; the text gives no day "
        "for the alert, reported as this news, so the document date is right."),
    6: ([], "All right by the conventions. 'the protests' is an act, not a party description, so an empty target is "
        "right; I would code the Georgian protesters (GEO) as target."),
    7: ([], "All right: Russia's invasion of Ukraine, background act with explicit year 2022."),
    8: ([], "All right: the foreign minister speaks for the Sudanese government (reported_by him); target Washington = "
        "US government; said Saturday = document date."),
    9: (["event"], "Spurious: 'Israeli law requires ministers who are charged to resign' is a generic statement of law; "
        "no charge against any minister is reported."),
    10: ([], "All right: call for restraint = REQUEST; the sentence names no addressee, so an empty target is right."),
    11: (["type"], "Australia and New Zealand sending troops and police to Tonga at its government's request to restore "
         "order is military/police assistance: AID (CAMEO 074; PLOVER AID 'provide military and police assistance "
         "including ... personnel'), not MOBILIZE. Source, target, date (Friday = 2006-11-17) and modality right."),
    12: (["date"], "Bridges destroyed by Israeli air raids during the 34-day war: background act of unknown earlier "
         "dates. 2006-08-11 is the day resolution 1701 was adopted (previous sentence), not a date the text gives the "
         "destruction. Type, source Israel, empty target (no party named) right."),
    13: (["target", "date"], "Target: 'they' = the accused (al-Islah members/defendants, ARE) in the sentence; empty is "
         "wrong. Date: the prosecutors' allegation was made during the trial (background, time not given), not on the "
         "verdict day; the document date is wrong (unknown would be right)."),
    14: ([], "All right. Date value 2022-02-27 with an evening suffix is Sunday evening. 'the vote' is an act, so empty "
         "target is right by the conventions; I would code Nepal's parliament as target."),
    15: ([], "All right: future deployment of the National Guard, MOBILIZE police, future, no date."),
    16: ([], "All right. The sentence names no protester group ('pro-democracy protests'), so an empty source is right "
         "by the sentence rule; target the king = the authorities (protest against him). The unrest was still going on "
         "when told, so the document date is acceptable."),
    17: (["source", "date"], "Source: it was Benny Gantz who gave up his attempt to form a coalition, not Netanyahu. Date: "
         "the text dates it: 'a day after' -> the announcement (Thursday 2019-11-21) came a day after, i.e. 2019-11-20; "
         "no date is wrong. I take CONCEDE (yield, CAMEO 080) as the type; a coder could also skip this act."),
    18: (["target"], "Target: 'anti-social elements', the party blamed, is named in the sentence; empty is wrong. Source "
         "'Samyukt[IND]' is a truncated name of the Samyukt Kisan Morcha but the right party and country, so right "
         "(reported_by 'Kisan Morcha' as a person is a split name, not scored)."),
    19: (["source"], "Source 'juntas[NER]': the juntas are those of Niger, Mali and Burkina Faso; a single NER code "
         "misstates the country of two of the three. Target ECOWAS right; Sunday = 2024-01-28 right."),
    20: (["target"], "Target: the party blamed for the bombings is 'the group' (ADF), named in the sentence; Uganda (the "
         "victim's country) is wrong. Empty source right (blamer not named); undated background blame, no date right."),
    21: (["type", "date"], "Type: police seeking charges over the incident is a legal accusation: ACCUSE allege "
         "(charge with a crime/bring lawsuit, CAMEO 115), not REQUEST. Date: the seeking is current, reported on the "
         "document date 2020-10-15; 2020-10-14 is the day of the motorcade incident."),
    22: (["source", "target"], "Source: adds 'university teacher' (from an earlier sentence, not a party to the clash) to "
         "Jamaat's supporters; wrong. Target: police[BGD] right, but 'ruling party activists' has no country although "
         "the text makes it plain (Bangladesh's ruling party): wrong by the country rule. Type (clash = ASSAULT) and "
         "Friday 2013-12-13 right."),
    23: (["type", "source", "date"], "Type: Abu Sayyaf gunmen raiding a resort and sailing off with hostages is ASSAULT "
         "(abduct, CAMEO 181); COERCE seize is for police/authorities. Source: 'Abu Sabaya' (a spokesman named two "
         "paragraphs later) is not in this sentence, and the gunmen of a Philippine separatist group lack PHL. Date: "
         "'before dawn on Sunday' = 2001-05-27; 2001-05-28 (Monday, document date) is wrong. Target Philippines I "
         "accept (the raid in the Philippines, 'a challenge to Arroyo'); the hostages would be better."),
    24: ([], "All right: future meeting, no date."),
    25: ([], "All right: soldiers[ZWE] fired live rounds on Wednesday 2018-08-01; no target named in the sentence."),
    26: (["type"], "Mali forcing French forces out of the country is an expulsion of a foreign force: SANCTION expel "
         "(CAMEO 166/1661, PLOVER SANCTION expel 'expel an entity from ... country'); COERCE deport is for individuals. "
         "Source, target, 2022 ('last year') right."),
    27: ([], "All right: 'the prime minister's office' taken as Abiy Ahmed's government; target Asaminew Tsige; Sunday."),
    28: (["event"], "Spurious: leaders 'warned that it could revive the ethnic divisions' is a pessimistic prediction, not "
         "a threat; target 'Afghanistan government' is invented as well."),
    29: ([], "All right: request for help, Tonga government -> Australia, New Zealand; the request's day is not given "
         "(before Friday), so no date is right."),
    30: (["source", "target"], "Source adds 'India' (from 'normalisation with India'), which did not clash; the "
         "Jamaat-e-Islami activists in Lahore are plainly Pakistani but have no code. Target police in Lahore plainly PAK "
         "but coded None. Type and Saturday 1999-02-20 right."),
    31: ([], "All right: Russia fired cruise missiles at Ukrainian cities, Tuesday 2022-11-15 (afternoon)."),
    32: ([], "All right: 'would not negotiate with the group' as CONSULT negated (the conventions accept REJECT asserted "
         "or the act negated); the government (ESP) -> ETA; no date for an act that will not happen."),
    33: ([], "All right by PLOVER SUPPORT 'approve policy, action' (parliament approving the labour amendment), "
         "Wednesday 2018-12-12 explicit. I would not code a domestic law's passage as an event."),
    34: (["target"], "Target Kuwait: the sentence does not say whose draft statement the United States blocked; the "
         "blocked text was a Security Council statement (target UNSC or empty). Type REJECT (veto/block), source, "
         "document date (no day in the text) right."),
    35: (["source"], "Source: the attack is 'attributed to the ELN', which the sentence names; an empty source is wrong "
         "(ELN, COL). Target soldiers[COL], March 2023, asserted (critics' attribution) right."),
    36: (["source", "date"], "Source: the text does not say the rights groups are Indonesian; IDN is a guess (code should "
         "be empty). Date: 'have long accused' is a practice still going on when the story is told, which takes the "
         "document date by the conventions; no date is wrong. Target right."),
    37: ([], "All right. Target 'Jordan' for a Jordanian air force pilot is the right state and code (I would code "
         "Jordan's military); capture on Wednesday 2014-12-24."),
    38: (["target", "date"], "Target: the Omari mosque is where the march started, not its target; the march chanted "
         "against corruption and demanded the release of detainees (aimed at the authorities), so Syria would be right. "
         "Date: this is the Friday march of the first sentence (2011-03-18); no date is wrong."),
    39: ([], "All right: cumulative toll since 2013 has no date by the conventions; source not named; target UN "
         "peacekeepers with no country."),
    40: ([], "All right: total since March 30, no date; killers not named in the sentence."),
    41: (["date"], "Date: the smaller demonstrations were on the Friday protest day the story gives (2016-04-15); the "
         "document date (Saturday) is wrong. Empty source and target right (no group or aim named)."),
    42: (["date"], "Date: the cabinet quit on Thursday (2015-01-22, 'hours after his prime minister and cabinet quit' in "
         "the first sentence); document date 2015-01-23 is wrong. RETREAT resign is PLOVER's type for a resignation."),
    43: (["type"], "Type: ordering a ban on military flights over Benghazi is imposing a restriction on movement: COERCE "
         "restrict (dateline coded the same ban again as a hypothetical COERCE from 'enforced'). Source officials[LBY] "
         "right; no date in the text, document date right."),
    44: ([], "All right: Pashinyan accuses Baku of a pre-planned attack, Sunday."),
    45: (["date"], "Date: the threat was made in a TV interview before Zuniga's dismissal (the day before the attempt or "
         "earlier), date not given; the document date 2024-06-27 is wrong for this background act."),
    46: (["source", "target", "modality"], "Source: the group (ethnic Albanian gunmen) planned the attacks, not the "
         "interior ministry. Target: 'state institutions' (Macedonia's state) is named; empty is wrong. Modality: planned "
         "attacks never carried out, inside officials' claim: hypothetical (or reported), not asserted."),
    47: (["event"], "Spurious: 'the failure of its offensive' is Peskov's claim about Kyiv's motives; the story says the "
         "Ukrainian counteroffensive was still 'long-awaited'. No attack is reported. The sentence's real event "
         "(ACCUSE: Peskov/Russia -> Ukraine, 'deliberate sabotage') was not coded."),
    48: ([], "All right: signing the Lahore Declaration is SUPPORT (PLOVER 'ratify, sign ... an agreement'); mutual "
         "event coded both ways; Sunday 1999-02-21."),
    49: ([], "All right at sentence level: arson of shops and trucks, perpetrators not named = ASSAULT destroy; "
         "Tuesday 2021-06-29. In context I would code it PROTEST riot."),
    50: (["source", "target", "date"], "Source: the sentence refers to 'the army' (Uganda's) whose strikes hit the "
         "camps; empty is wrong. Target: 'ADF camps' names the ADF; empty is wrong. Date: these are Tuesday's strikes "
         "(2021-11-30) the story dates; no date is wrong."),
    51: (["event"], "Duplicate: 'the largest demonstration' is the same march already coded twice from this sentence "
         "(e1 'marched', e2 'protest')."),
    52: ([], "All right: farmers alleging he had been shot is ACCUSE; the accused is not named (passive), so empty "
         "target is right."),
    53: (["date", "modality"], "Forced to seek a coalition partner is an act still to come: modality future (not "
         "asserted), and it has no date; 2024-06-02 is the date results were shown. REQUEST for partners accepted."),
    54: (["date"], "Date: the navy and air force were deployed on the day of the raid (Sunday 2001-05-27, 'no sighting by "
         "nightfall'); 2001-05-28 is the Monday document date."),
    55: ([], "All right: Security Council approving a deployment = SUPPORT 'approve policy, action'; Monday 2016-12-19."),
    56: (["source"], "Source: 'gunmen loyal to the Sinaloa cartel' - the sentence gives the more specific party (Sinaloa "
         "cartel gunmen) and its country is plainly Mexico; 'gunmen[None]' is wrong. Target soldiers[MEX], Thursday "
         "2019-10-17 right."),
    57: ([], "All right: Erdogan congratulated Imamoglu, Sunday."),
    58: (["source", "target", "date"], "Type COERCE restrict accepted (CAMEO 163 maps to COERCE restrict). Source puts "
         "Lukashenko, the target of the bans, among the sources; target empty although Lukashenko and officials (BLR) "
         "are named. Date: the bans were imposed after the December crackdown, months earlier; the document date is "
         "wrong for this background act."),
    59: (["target"], "Target: the flight halt is aimed at the Kurdish region (Kurdistan Regional Government), done at "
         "Baghdad's request; the Iraqi government is the requester, not the party sanctioned."),
    60: (["target", "date", "modality"], "Modality: 'They were shooting at us' is asserted; 'as if we were an enemy army' "
         "is a simile, not a condition. Target: 'us' = the protesters/residents of Deraa, plainly Syrian; "
         "'resident[None]' lacks the country. Date: the Friday shooting (2011-03-18) of the first sentence; no date is "
         "wrong. Source 'They' = security forces[SYR] right."),
}

HERE = Path(__file__).resolve().parent.parent


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61)), "need a verdict for each of 60 items"
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), (it["n"], false)
        if "event" in false:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-a.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in out)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{k:>7}/60{100*k/60:>7.1f}{kr:>8}/{len(real)}{100*kr/len(real):>7.1f}")
    print(f"spurious: {60 - len(real)} ({', '.join(str(r['n']) for r in out if not r['verdict']['event'])})")


if __name__ == "__main__":
    main()
