"""Judge a, round 49: write events-a.jsonl from events-a-items.jsonl and the verdicts below.

Each verdict lists the fields judged false; `event` false makes every field false.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["event"], "'clashed repeatedly with the unit over plans to disband it' is a political dispute, not fighting: trigger in another sense (a coder might at most keep a vague ACCUSE/disapprove against the guard, never ASSAULT on Burkina Faso)."),
 2: (["date"], "The protests ran from April 28 to the time of the story (still raging); the sentence sums them, so the start day 2021-04-28 is wrong (no date or the document date)."),
 3: (["date"], "The demonstrations in other towns are the same Wednesday-night protests ('also held'), 2017-02-01; the document date (Thursday) is wrong."),
 4: (["source"], "PDP has no country and Labour Party is coded GBR; both are Nigerian parties (NGA). Walkout as SANCTION/withdraw accepted (PROTEST/boycott would also do)."),
 5: (["source", "date"], "The demanders are the protest organisers, not Fico (he is the subject of 'departure'); the demand is this news (document date 2018-03-15), not Monday 2018-03-12 (Kalinak's resignation)."),
 6: (["source"], "The deliverers are the four American contractors (employees of Blackwater), not the United States state. I would hesitate to code this background job description at all, but it states food delivery, so kept as AID."),
 7: (["date"], "'Dozens of civilians have been killed' is a total since the Oct. 9 offensive began: no date by the rule, not the document date."),
 8: (["source"], "The relative 'which has repeatedly targeted' refers to al Qaeda in Iraq, not to Zarqawi (who is also Jordanian, not IRQ)."),
 9: ([], "Offer of amnesty = AGREE (wave-76 rule); offer made, asserted; Wednesday = 2009-02-25."),
 10: ([], "Background 2013 Westgate attack by al Shabaab gunmen; the mall (KEN) as target accepted."),
 11: (["target"], "Nasrallah hails Israel's withdrawal as a victory over Israel: it is praise of the event, not an endorsement of Israel; Israel as the SUPPORT target is wrong (empty would be right)."),
 12: ([], ""),
 13: (["source", "date", "modality"], "Hamacek is the Czech (CZE) interior minister, not RUS; 'Monday' is the coming Monday 2021-04-19 (story is Sunday 2021-04-18), not 04-12; the visit was cancelled, so it is negated, not future."),
 14: ([], "A second sentence about the stabbing, not a duplicate under the same-sentence rule."),
 15: ([], ""),
 16: (["source", "target"], "Federal police of Mexico, not USA; the sentence names the protesters driven from the square, so an empty target is wrong. Police retaking the square as COERCE accepted."),
 17: (["event"], "'providing for a unity government' means the deal stipulates it: trigger in another sense, no AID act (and the signing is coded separately, #40)."),
 18: (["date"], "The victory rallies are reported as this news (the day of the pullout, 2005-09-12); a null date is wrong. Victory rally as PROTEST/demo accepted, empty target right."),
 19: (["type", "source", "target"], "The square was occupied by the protesters for five months (a protest occupation, PROTEST), not seized by the federal police; the sentence names the governor as the aim of the revolt, so the target is the state governor, not empty."),
 20: ([], ""),
 21: ([], ""),
 22: (["date"], "The arrests belong to the riots of Monday night (2008-12-08) or are a running total of the three nights; the document date (Tuesday) is not the date the text gives."),
 23: (["type", "target"], "Armed forces seizing ground is ASSAULT (wave-30 rule), not COERCE; Heglig is a disputed Sudanese-held field (the party acted on is Sudan), so Heglig coded SSD is wrong."),
 24: (["event"], "Thailand preparing to evacuate its own nationals is no PLOVER act between political actors (not AID to anyone); the sentence's event is the U.S./Japanese expression of concern."),
 25: (["target"], "'the resignation of a man who fled the country' refers to Fujimori: the empty target is wrong. AGREE negated for 'cannot accept' accepted (REJECT asserted would be the alternative)."),
 26: ([], "Withdrawal in al Shabaab's condition ('until it withdrew its troops') is hypothetical RETREAT Kenya->Somalia; a coder would also code the THREATEN."),
 27: (["type", "source"], "Barring a politician from standing is COERCE/ban (CAMEO 1724), not SANCTION; the sentence names the Guardian Council as the agent ('by the Guardian Council'), so the empty source is wrong."),
 28: (["source"], "The sentence names the perpetrators ('a campaign led by ruling party militants and veterans'); the empty source is wrong. Total since 2000 with no date is right."),
 29: (["target"], "'those responsible' refers to the police officers responsible for the boy's killing; an empty target is wrong by the definite-description rule. THREATEN accepted."),
 30: ([], "Ongoing raids take the document date; military raids as ASSAULT accepted (COERCE/seize would also be defensible)."),
 31: (["source", "target", "date"], "Hamacek is Czech (CZE), not RUS; the cancelled trip was to Moscow, named in the sentence, so Russia is the target, not empty; the cancellation is reported as this news (document date 2021-04-18), not an undated act."),
 32: ([], ""),
 33: ([], "'since Friday' makes it a span: null date right."),
 34: (["source", "date"], "The urger is 'He' = Ghani, not the security forces; the address is this news (Tuesday, the document date 2015-09-29), not undated."),
 35: (["source", "target"], "The Revolutionary Court is Iran's (the text makes it plain: Iranian guards, Iran's judiciary), coded with no country; 'the two men' are the Americans Bauer and Fattal (USA), coded with no country."),
 36: (["date"], "Fujimori announced on Monday = 2000-11-20; the document date (Tuesday) is wrong."),
 37: (["target", "date"], "Only one of the three convicted men, with no country though they are Bahraini Shi'ites; the conviction is a background act of an earlier time, not the document date."),
 38: (["date"], "'charged with treason shortly before the vote' is before the March 9-11 poll; the document date 2002-03-19 is wrong (unknown/early March 2002)."),
 39: (["event"], "'was met by several hundred people' at the airport is a crowd welcome, not a consultation between political actors: trigger in another sense (a coder might code the crowd's SUPPORT, never CONSULT)."),
 40: (["date"], "'a day after' the Saturday turmoil: the deal was signed Friday 2014-02-21 ('Friday's agreement'), the text gives the date; null is wrong. SUPPORT for signing an agreement follows the codebook."),
 41: ([], "Thursday (2006-09-28) from the lead accepted."),
 42: ([], "Target empty is right (the accusation is an act; Armenia is not named in the sentence). reported_by 'woman' is wrong but the modality asserted is right."),
 43: (["target"], "The government is the one doing the hunting; the target is 'everyone involved' (the attackers), not the Kenyan government."),
 44: (["target"], "Hamas backed Abbas's bid; Abbas (the Palestinian leadership), named in the sentence, is the party supported, so the empty target is wrong."),
 45: (["target"], "The defeated opponents (Atiku of the PDP, Obi of Labour) are plainly Nigerian; the target has no country."),
 46: (["target"], "A rally of Assad supporters is not aimed at Assad; as a PROTEST its aim is the Arab League vote (or it is a SUPPORT of Assad); Assad as a protest target is wrong."),
 47: (["date"], "The protests were after the 2009 vote; the document date 2013-06-15 is wrong."),
 48: ([], ""),
 49: ([], ""),
 50: (["target"], "The sentence names the killed party ('about 50 hostage-takers'); the empty target is wrong."),
 51: (["event"], "'protested his innocence' is a claim of innocence, not a demonstration: trigger in another sense."),
 52: ([], "Not a duplicate: the shot is a separate sentence from 'an attacker opened fire'."),
 53: (["date", "modality"], "The State Department says the pact 'left the door open to' a deployment: hypothetical, not asserted, and a possible deployment has no date (not the document date)."),
 54: (["target"], "'exchanging fire with them' = the kidnappers, not the students."),
 55: (["source"], "The ruling family is Qatar's (the text makes it plain) but is coded with no country; senior officials QAT right. Pledge of allegiance as AGREE accepted (SUPPORT also defensible)."),
 56: ([], ""),
 57: (["event"], "'flew to London' after cancelling his UN speech is travel, not a visit hosted by the UK government: trigger in another sense."),
 58: ([], "Conceding defeat and saying he would resign (a promised resignation) as CONCEDE accepted."),
 59: ([], "Authorities not named: empty source/target right; reimposed on the document date (Monday)."),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
    assert len(items) == 59 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reason = V[it["n"]]
        assert set(false) <= set(FIELDS), it["n"]
        if "event" in false:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in false for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        if v["all"] and not reason:
            reason = "All fields right."
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reason
        out.append(it)
    with open(os.path.join(ROOT, "events-a.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    n = len(out); ev = sum(o["verdict"]["event"] for o in out)
    print(f"n={n} events={ev}")
    for fld in FIELDS + ["all"]:
        c = sum(o["verdict"][fld] for o in out)
        print(f"{fld:9s} {c:3d}/{n} {100*c/n:5.1f}%  of real {c}/{ev} {100*c/ev:5.1f}%")

if __name__ == "__main__":
    main()
