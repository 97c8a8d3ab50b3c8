"""Round 56, judge a: verdicts on the 50 sampled events (events-a-items.jsonl).

V maps item n -> ([fields judged false], "reasons"). A spurious event is false in every field.
Run from anywhere: writes ../events-a.jsonl and prints the per-field table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["source"], "REJECT of the result is real, but its actor is 'his main challenger' (Tundu Lissu, "
        "named in the next sentence), not Magufuli, the winner. Empty target accepted: the thing "
        "rejected is the result, not a party. Date: reported as this news (Friday) - right."),
    2: (["source"], "COERCE ban of the LTTE is right, but the sentence names who banned it (the United "
        "States, Britain and India): empty source is wrong. Date: the bans are in force, so the "
        "'still going on' rule gives the document date (arguable: the bans were imposed earlier)."),
    3: (["target"], "REQUEST by Saakashvili ('he'): the sentence names the addressee, 'the West' "
        "(Western governments); empty target is wrong."),
    4: ([], "All right: EU called on both sides (Chinese authorities and Tibetan protesters, both in "
        "China) to avoid violence; 'sides[CHN]' is the right party; Rice's call is a separate event."),
    5: (["target"], "'They bombed us': troops (GAB) assault Ping's campaign headquarters; 'us' is Ping "
        "and his camp, not the African Union Commission (a phrase from a later sentence about his past "
        "post). Asserted with reported_by Ping is right by the attribution rule; date late Wednesday "
        "31 Aug right."),
    6: (["source", "date"], "The 'Srebrenica massacre' noun phrase names a real mass killing (accepted "
        "as an event), but its source is the place 'Srebrenica' coded as a person - wrong (the "
        "perpetrator is Mladic's Bosnian Serb forces, or none). The massacre was in July 1995 (1992-95 "
        "war in this sentence), not on the document date."),
    7: (["target", "date"], "'shortly before his release': the release of Shalit (RETREAT release, "
        "accepted as an event) - empty source right (Hamas not named here), but the target is Shalit "
        "(ISR), not Ismail Haniyeh; the release is this story's news (Tuesday 18 Oct) so the date "
        "should be the document date, not unknown."),
    8: (["type"], "Seeking arrest warrants for named persons is legal action against them: ACCUSE "
        "(allege: 'criminally indict, charge with a crime'; CAMEO 115 -> ACCUSE), not REQUEST - as a "
        "REQUEST its addressee would be the court's judges, not Netanyahu, Gallant and the Hamas "
        "leaders. Source, targets (ISR, ISR, PSE), date Monday 20 May and modality are right."),
    9: ([], "All right: Rehn (EU) urged Ankara (Turkish government) to bring the killers to justice."),
    10: (["modality"], "The LTTE's demand on the government is asserted ('have demanded'); "
         "'hypothetical' belongs to the officials' hinted consideration, a different act. Unknown date "
         "accepted (standing demand, no time given)."),
    11: ([], "All right: COERCE state of emergency, Abhisit, Saturday 11 April; no party target needed."),
    12: (["date"], "ASSAULT abduct, North Korean agents -> Japanese citizens is right, but the text gives "
         "'in the 1970s and 1980s' and the value '197' (the 1970s) drops the 1980s half of the span."),
    13: ([], "All right: the four named countries sought an end to U.S. subsidies (REQUEST -> United "
         "States). The extra appositive head 'West African cotton producers' is the same party. Unknown "
         "date accepted ('had also sought', during the talks, no date given)."),
    14: (["type", "source", "target", "date", "modality"], "The act in the sentence is Ivanishvili's "
         "demand that Saakashvili step down (REQUEST, asserted, Ivanishvili -> Saakashvili, Tuesday 2 "
         "Oct). PLOVER's RETREAT resign covers only resignations that happened; a statement that one "
         "'should step down' is coded as the demand (CONVENTIONS: statements coded as the statement's "
         "type for DEMAND/REQUEST). Event kept true: the demand is there and this is dateline's event "
         "for it."),
    15: (["target"], "REJECT of the results by Shehbaz Sharif / his party is right, but the target is "
         "the PML-N - the source's own party. The results (Election Commission) are rejected; empty "
         "or the commission would be right."),
    16: ([], "All right: Kiev (Ukraine) agreed to keep transit fees unchanged; 'In return' and 'Russian "
         "gas' make Russia plainly the counterparty of the deal signed that day."),
    17: (ALL, "Spurious: the cabinet approving its own resolution (a domestic policy decision) is no "
         "SUPPORT of any party; no act between political actors."),
    18: ([], "All right: insurgents (SOM) fired mortar rounds towards the airport; no party named as "
         "target (airport is a place), so empty target right; document date and asserted right (mode "
         "'firearms' for mortars would be heavy-weapons, not scored)."),
    19: (ALL, "Spurious: 'Aceh province was worst hit' by the tsunami - a natural disaster, 'hit' in "
         "another sense."),
    20: (["target"], "'authorities demolished his newly built studio': ASSAULT (destroy property, CAMEO "
         "1712 -> ASSAULT) by Chinese authorities in January 2011 is right, but 'his' refers to Ai "
         "Weiwei, whose property was destroyed: empty target is wrong."),
    21: ([], "All right: EU, US, Britain, Canada imposed sanctions on Chinese officials, Monday 22 March."),
    22: (ALL, "Spurious: Milosevic 'complained of feeling unwell' to his lawyer - a health complaint, "
         "not an accusation against any party (nobody is accused of the feared poisoning either)."),
    23: ([], "All right: Ukraine, Georgia and Moldova signed agreements with the EU (CAMEO 057 -> "
         "SUPPORT), Friday 27 June."),
    24: (["type"], "'withdrew their support for Rudd' is a withdrawal of support (SANCTION: reduction "
         "of relations, or REJECT), the opposite of SUPPORT asserted. Source (Labor factional leaders, "
         "AUS), target Rudd, date (Wednesday 23 June) and asserted are right for the withdrawal."),
    25: (["target"], "ACCUSE by Washington is right (ongoing 'has long accused' -> document date), but "
         "the accused, Huawei (CHN), is named in the sentence: empty target is wrong."),
    26: ([], "All right: killings of 10,000 people (BIH) in the siege; a total over the 43-month siege "
         "has no date by the round-20 rule. Empty source accepted: the sentence gives no agent for "
         "the shelling (one could argue Mladic's forces)."),
    27: (["target"], "ACCUSE (denounce terrorism) by Abbas is an event, but 'any party' is a generic "
         "quantifier, not a party: the target should be empty."),
    28: ([], "All right: yellow-shirted protesters (THA) occupied Bangkok's airports in late 2008 "
         "(PROTEST obstruct); no aim named -> the state is a right target; year 2008 right for 'late "
         "2008'."),
    29: ([], "All right: future CONSULT, Washington -> Pyongyang ('would begin talks'), no date."),
    30: ([], "All right: protests against Ravalomanana (the head of state) began in January 2009; "
         "protesters unnamed, empty source right."),
    31: ([], "All right: crowds of young men (GAB) took to the streets; no aim named -> Gabon a right "
         "target. Date: 'within hours' of Wednesday's result, the same night as the lead's "
         "'overnight' in a 1 Sept dispatch - 1 Sept accepted (31 Aug would also be right)."),
    32: ([], "All right: 'China has refused to condemn Russia's invasion': REJECT asserted (or ACCUSE "
         "negated), ongoing stance -> document date; Russia accepted as target (the party the "
         "refusal concerns; the requesters are not named)."),
    33: ([], "All right: Erdogan condemned the killing; the killer is unnamed, empty target right."),
    34: (["type", "target"], "Russia withdrawing its signature from the Rome Statute is SANCTION "
         "withdraw ('a country withdraws itself from an organization, treaty'), not RETREAT (CAMEO "
         "0874 is military retreat). The target 'Rome Statute[RUS]' is a treaty with Russia's code - "
         "the party is the ICC (no country). Source Russia, date 2016, asserted right."),
    35: (["type"], "Armed forces taking a city from Islamic State is ASSAULT by the convention settled "
         "in wave 30, not COERCE seize. Source, target, date (said Sunday, 'have taken') right."),
    36: ([], "All right: the tribunal (ICTY, UN code) turned down Milosevic's request, last month -> "
         "2006-02."),
    37: ([], "All right: Lopez (VEN) was sentenced in September 2015 (SANCTION convict); the court is "
         "not named, empty source right."),
    38: (ALL, "Spurious: 'offered little resistance' is not an offer (AGREE); 'offered' in another "
         "sense."),
    39: ([], "All right: ElBaradei urged liberal and leftist groups (EGY) to unite, reported this day."),
    40: ([], "All right: at least 40 killed in Basra since the operation began - a total, no date; "
         "no agent named, empty source right."),
    41: ([], "All right: the AU condemned the coup; the coup-makers are not named in the sentence, "
         "empty target accepted."),
    42: ([], "All right: Gusinsky (RUS) briefly jailed last June -> 2000-06; jailers unnamed."),
    43: ([], "All right, with a doubt on the target string: protesters (GAB) set fire to Gabon's "
         "parliament building (PROTEST riot); the target resolves to Gabon's legislature (GAB/LEG), a "
         "right target for a protest at a government building, though its text wrongly runs on into "
         "'and security forces'. Overnight in a 1 Sept dispatch -> 1 Sept accepted."),
    44: ([], "All right: future REQUEST, Clinton ('the president') -> Musharraf (PAK), at the Saturday "
         "stop in Islamabad (25 March) given in the previous sentence."),
    45: (["type"], "'offered to help investigate any constituency where rigging was alleged' is an offer "
         "(AGREE, CONVENTIONS wave 76), not an investigation (ACCUSE investigate - none has taken "
         "place). Source Khan, empty target, document date and asserted (the offer) are right."),
    46: (["date"], "ASSAULT Georgia -> South Ossetia is right, but the offensive was 'less than three "
         "weeks' before this 26 Aug story (the August 2008 war): a background act given the document "
         "date."),
    47: (ALL, "Spurious: Khodorkovsky, a freed private person, arriving in Berlin is no visit to "
         "Germany's government (CONSULT); Genscher's meeting him is a separate event of the next "
         "sentence."),
    48: ([], "All right: US and Australia welcomed the ruling (SUPPORT); the court is not named in the "
         "sentence, empty target accepted."),
    49: (["source"], "ASSAULT on Ping's headquarters is right (target Ping, GAB), but it was 'security "
         "forces' who stormed it, not the protesters of the first clause."),
    50: ([], "All right: the EU accused Chen Mingguo of rights violations; the target is given as his "
         "bureau (Xinjiang Public Security Bureau, CHN/COP) - the right country and sector for the "
         "accused official, accepted."),
}


def main():
    items = [json.loads(line) for line in (HERE / "events-a-items.jsonl").open(encoding="utf-8") if line.strip()]
    assert len(items) == 50 and sorted(V) == [it["n"] for it in items], "V must cover all 50 items"
    out = []
    right = {f: 0 for f in FIELDS + ["all"]}
    real_right = {f: 0 for f in FIELDS + ["all"]}
    n_real = 0
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), it["n"]
        if "event" in false:
            assert set(false) == set(FIELDS), f"spurious item {it['n']} must be false in every field"
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
        for f in FIELDS + ["all"]:
            right[f] += verdict[f]
        if verdict["event"]:
            n_real += 1
            for f in FIELDS + ["all"]:
                real_right[f] += verdict[f]
    with (HERE / "events-a.jsonl").open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{'field':10} {'right/50':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        print(f"{f:10} {right[f]:>6}/50 {100 * right[f] / 50:6.1f} {real_right[f]:>7}/{n_real} "
              f"{100 * real_right[f] / n_real:6.1f}")
    print(f"spurious: {50 - n_real} of 50")


if __name__ == "__main__":
    main()
