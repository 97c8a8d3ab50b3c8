"""Judge d, round 47: write events-d.jsonl from the hand verdicts below.

Each entry: n -> (list of false fields, reasons). "event" in the list marks a
spurious event (false in every field). Fields not listed are true.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "All right. 'Tried to declare' a state of emergency: the statement was read before the broadcast was cut, so I take the declaration as made (asserted; borderline). Tuesday = 2006-09-19."),
 2: (["target"], "The demand was made to Lithuania's charge d'affaires, named in the sentence (and the restrictions are Lithuania's): target should be Lithuania/its envoy [LTU], not empty."),
 3: (["target"], "'its leaders' are Iran's leaders (the White House urges Iran); the target is coded as United States leaders [USA]."),
 4: ([], "All right: 'the president' = Mbeki agreed to co-operate with the party's decision; no party named as target, empty is right by the rule."),
 5: (["target"], "The tear gas was fired to break up the protest of the tens of thousands of marchers named in the same sentence: target should be the protesters [KWT], not empty."),
 6: (["target"], "North Korea dismissed sanctions resolutions (no party named; empty or the UNSC would do); China's ambassador Liu Jieyi is not the party acted upon."),
 7: ([], "All right by the rule ('the move' is an act, not a party, so empty target counts as right); I would code Serraj's unity government as the target of the welcome."),
 8: (["event"], "Spurious: the act is the critics' ACCUSE; 'ignoring warnings' (intelligence warnings, no counterpart actor) is the content of the accusation, not a PLOVER REJECT."),
 9: (["date"], "'Turkey has warned' is a background act of an unstated earlier time in a story about the talks' collapse; it gets the document date instead of no date."),
 10: ([], "All right (clash coded ASSAULT; Thursday = document date 2000-09-28)."),
 11: (["source"], "The demand was made by Zuma's allies (ANC youth league, COSATU), not by Zuma himself."),
 12: (["date"], "The storming/shooting was 'before dawn on Thursday' = 2015-04-02; the item has 2015-04-03 (the Friday document date)."),
 13: (["source"], "'Rights groups, including Amnesty International' are not plainly Brazilian (Amnesty is international): the country code BRA is wrong, empty would be right."),
 14: (["target", "date", "modality"], "The tortured are 'the three' executed men, not the relatives (who are the speakers); the torture is a background act before the trial, not of the document date; and it sits in 'accusations the government has rejected', so reported, not asserted."),
 15: ([], "All right (Rama, Tirana mayor and Socialist leader, ALB; blames the government)."),
 16: ([], "All right: seizure of ground coded ASSAULT per the wave-30 convention; Tuesday = 1995-07-11; no party named as target (the enclave is a place)."),
 17: (["type"], "'Vowed to strengthen its nuclear deterrent' is not a commitment to cooperate: AGREE is wrong; I would code THREATEN (military force) or nothing."),
 18: (["source", "target"], "Muslim clerics calling worshippers to al-Aqsa are not Israeli: the ISR code on both the clerics and the worshippers is wrong (Palestinian or empty)."),
 19: ([], "All right (UNICEF calls for the students' release; the addressee, the kidnappers, is not in the sentence, so empty target is right)."),
 20: ([], "All right: Rama as the rally's caller is acceptable as source (ALB); Friday = 2011-01-21. Empty target scored right (no aim in the sentence); I would code the Albanian government under the protest rule."),
 21: ([], "All right (Chilean rights groups call for investigation; addressee not named)."),
 22: ([], "All right (Iran's foreign ministry demands an investigation; no addressee named)."),
 23: ([], "All right: ECOWAS is one of the two callers (the AU is the other); no addressee named."),
 24: ([], "All right (Sharif asks Afghan leaders to act; Wednesday = document date)."),
 25: ([], "All right by the rule ('the accusations' refer to an act); I would code Israel as target."),
 26: (["date", "modality"], "A general strike that was only called for is not a strike held: as PROTEST it is future, not asserted; and the call is today's news (Thursday, 2015-09-17), not an undated act."),
 27: ([], "All right."),
 28: (["date"], "Ghani's refusal to negotiate was said in Tuesday's address (document date 2015-09-29); the item has no date. CONSULT negated accepted (like 'refused to withdraw')."),
 29: (["source", "date"], "'Several Latin American governments' are coded USA; and the condemnations are this story's news (document date 2023-08-10), not undated."),
 30: (["target"], "A resignation has no target here; Riyadh is only where the address was given, so Saudi Arabia as target is wrong."),
 31: (["source"], "The sentence names the shooters ('police snipers', Ukrainian police): empty source is wrong. No date accepted as a total over a span."),
 32: (["date"], "The visit was 'days' before Tuesday's announcement; it gets the document date 2022-04-20 instead of no (unknown) date."),
 33: (["type"], "Asking the relatives for forgiveness is an apology (CAMEO 055 -> SUPPORT), not a REQUEST."),
 34: (["date"], "The journalist was killed earlier ('it later killed', background to this story): the document date is wrong; no date would be right."),
 35: (["date"], "Chirac's call is this story's news (Paris, 1995-07-11): document date expected, the item has none."),
 36: ([], "All right ('He' = Putin warns of a harsh response; Monday = document date)."),
 37: ([], "All right: 'last Friday' = 2018-03-09; the sentence names no aim, so the state as target is right by the protest rule."),
 38: (["target"], "'his arrest' = Leopoldo Lopez, named in the sentence: target should be Lopez [VEN], not empty. Maduro for 'the government of President Maduro' accepted."),
 39: ([], "All right (LRA spokesman condemns the attack; the attackers are not named in the sentence)."),
 40: (["target", "date"], "He asked 'partners', a party named in the sentence (empty country): target empty is wrong; and the request was made during Monday's events ('hours later'), document date 2022-10-10, not undated."),
 41: (["target", "date"], "Tbilisi dismissed Russia's health concerns: target is Russia, not the United States; 'earlier this year' of a 2006 story is 2006 (or no date), not 2005."),
 42: (["target", "date"], "The officer is a Kosovo police officer (plain in the sentence): country XKX, not empty; and he was killed on Sunday 2023-09-24 (next sentence), not on the Monday of the mourning."),
 43: (["date"], "The mutiny began 'on Wednesday' = 2012-03-21; the item has the Thursday document date. Firing into the air scored as an ASSAULT event (borderline)."),
 44: (["event"], "Spurious: 'the real test lay ahead' is a figure of speech, not a weapons test."),
 45: (["target", "date"], "The backing (reported, in Kurti's accusation) is of the attack/the gunmen, not of Vucic; and the alleged backing is not an act of the document date (no date, or the attack's Sunday)."),
 46: (["event"], "Spurious: 'freeze assets' is one of the committee's powers, not an act."),
 47: ([], "All right (IS-linked agency says the militants carried out the attack; Thursday = document date)."),
 48: (["date"], "The letter in which Trump told Erdogan was dated Oct. 9 (2019-10-09); the item has the document date."),
 49: (["target"], "Sgt. Bunjaku is a Kosovo police officer (the text makes it plain): his country code is empty (and sector MIL)."),
 50: (["event"], "Spurious: 'Scottish justice demanded that mercy be shown' is a figure of speech, not a demand by a party."),
 51: ([], "All right (votes against the suspension = REJECT; Saturday = document date)."),
 52: ([], "All right (visit to Kabul; host Afghan government)."),
 53: (["type"], "Vowing to retake the city from the Taliban is a threat of force (THREATEN), not AGREE. Government for Ghani accepted as source."),
 54: (["source", "target"], "'they' = Mbeki [ZAF] and Obasanjo [NGA], not the Zimbabwe government; and the opposition MDC is Zimbabwean (plain), coded with no country."),
 55: (["target", "date"], "'them' = the youths who blocked roads, named in the sentence: target empty is wrong; 'within hours' of Sunday's executions = document date 2017-01-15, not undated."),
 56: (["source", "target"], "The one who would lift the restrictions is Lithuania, not Russia; the beneficiary (Russia/Kaliningrad) is named and would be the target."),
 57: (["target"], "The border closure is aimed at Uganda, named in the sentence ('on the Ugandan side'): target should be Uganda, not empty. Week 2019-W09 is right."),
 58: (["date"], "'In the afternoon' of this story's Thursday (2000-10-05): document date expected, the item has none."),
 59: (["target"], "The warrants are for 'several members of the Republican Guard', named in the sentence: target empty is wrong. No date accepted (issued at an unstated time after Friday)."),
 60: (["target"], "Police fired at the demonstrators named in the same sentence: target empty is wrong."),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-d-items.jsonl"))]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    out = open(os.path.join(ROUND, "events-d.jsonl"), "w")
    for it in items:
        bad, why = V[it["n"]]
        assert all(b in FIELDS for b in bad)
        v = {f: f not in bad for f in FIELDS}
        if not v["event"]:
            v = {f: False for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
    out.close()

if __name__ == "__main__":
    main()
