"""Write events-b.jsonl: judge b's verdicts for round 48 (60 items).
Fields listed in F are the ones judged false; S marks a spurious event (all false)."""
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
S = "SPURIOUS"
V = {
 1: ("target", "Target empty: the sentence names the complex and 'the last of the rebels' - the BDR mutineers (BGD) whose compound was taken over. (Type COERCE accepted as authorities securing/raiding the compound; mode arrest is off, seize would fit.)"),
 2: ("source target", "Source empty: 'the protests' have Ukrainian protesters as their plain agent. Target empty: the protest is aimed at Yanukovych's act (abandoning the EU deal), so by the protest rule the Ukrainian state/Yanukovych is the target."),
 3: ("", "Correct: al-Houthi hails the victory (SUPPORT), no party targeted, news-dated."),
 4: ("", "Correct: Zelenskiy urges Ukrainians to stay in shelters, Monday news."),
 5: ("source", "Source empty: the demonstrators (Brazilian protesters) are the plain agent of 'Demonstrations'. Target empty is right (aim is Franco's killing)."),
 6: ("", "Correct under the rules: US would not recognise the result (SUPPORT negated ~ REJECT); 'the result' is not a party so empty target is right; EU omitted as co-source. I would code target Belarus/Lukashenko."),
 7: ("", "Correct under the rules: 'the coup' is an act, not a party, so empty target is right; I would code the presidential guard as target."),
 8: ("target", "Target opposition coded RUS; it is the Ukrainian opposition (UKR)."),
 9: ("source", "Source country empty: the official of Sudan's ruling National Congress Party is plainly Sudanese (SDN). CONCEDE negated accepted (a REJECT asserted equivalent)."),
 10: ("date", "Habre declined representation earlier in the trial (before the court appointed lawyers); a background act given the document date."),
 11: ("date", "Date null: the summoning is reported as this news (Sunday's expulsion), so the document date 2021-04-18 applies."),
 12: ("", "Correct: REJECT of the court, target the Senegal special court; 'throughout the trial' gives no calendar date, null accepted."),
 13: ("source target", "Source adds Belgium, which only holds the OSCE chairmanship (not an actor). Target empty: 'both sides' refers to Georgia and Russia."),
 14: ("date", "'have already imposed' sanctions: an earlier background act (EU/US sanctions before the story) given the document date."),
 15: ("date", "Date 2019-04-04 is the date of the intelligence warning; the apology was made on Monday (document date 2019-04-22)."),
 16: ("target", "Target empty: the threat is aimed at 'the mutineers' named in the sentence (BDR mutineers, BGD)."),
 17: ("source target date", "Source Uganda is wrong: the accuser is the panel of U.N. experts; targets Rwanda and Uganda missing; the panel's accusation is background (earlier than the story), not the document date."),
 18: ("type target modality", "Kenya's police deployment to Haiti is AID (police assistance), not MOBILIZE; target Haiti (Port-au-Prince) missing; 'would hold off deploying' is negated/future, not asserted."),
 19: ("target", "Target 'Iraq' (the state) is not the party attacked: it is the Shi'ite shrine in Samarra (Shi'ite religious site, IRQ)."),
 20: ("source target", "Source is Tony Abbott ('he', AUS), not ambassador Paul Grigson (coded IDN); target Indonesia, named in the same sentence, missing."),
 21: ("", "Correct: UNSC denounces the murder; 'the murder' is an act, empty target right by the rules."),
 22: ("type target", "Vowing to 'respond forcefully' to the bombing is THREATEN, not AGREE; its target is Iran/Hezbollah, blamed in the same sentence."),
 23: ("", "Correct: Sistani urges followers, same-day news."),
 24: ("date", "The text dates the act to 2003-2005 ('between 2003 and 2005, when Tehran agreed'); null loses the date the text gives."),
 25: ("target date", "Target is the refugees from Ukraine (UKR civilians), not the Ukrainian state; 'has taken in more than 400,000' is a total summed since the war began, so no date."),
 26: ("target", "Target 'sides' with no country: 'both sides' are Kosovo and Serbia."),
 27: ("date", "'Tehran has blamed Israel for that strike' is background (the blame dates from the April 1 strike), not an act of the document date."),
 28: ("", "Correct: Blinken urges Aliyev to cease hostilities, news-dated."),
 29: (S, "Spurious: 'badly hit' is economic impact on oil output, not an ASSAULT."),
 30: ("source date", "Source empty: the killings are 'under Habre's rule' (Habre's regime, TCD); date 1992 is the date of the estimate - the killings span 1982-1990, a total with no date."),
 31: ("target", "Target is Bosnian Serb armour (Bosnian Serb forces, BIH), not Serbia."),
 32: (S, "Spurious: Fujimori flying to Japan (fleeing) is not a CONSULT visit - no host actor meets him."),
 33: (S, "Spurious: 'buyers that Moscow opposed' is a stance in a relative clause, not a rejection act; target 'Police' is nonsense."),
 34: (S, "Spurious: Tymoshenko flying to Kiev (domestic travel to address a rally) is not a CONSULT visit; date 2013-05-25 is also wrong."),
 35: ("date", "'Washington has imposed visa restrictions' is a background act of the preceding months, not the inauguration day."),
 36: ("", "Correct: Powell welcomes the agreement; 'the agreement' is not a party."),
 37: ("", "Correct: Turkish parliament ratifies Finland's bid on Thursday 2023-03-30."),
 38: ("date", "Senegal resisted pressure for years before 2013 (background); the document date is wrong. Target ICJ accepted (its ruling was the pressure)."),
 39: ("target date", "Target is the Commonwealth (author of the suspension), not Zimbabwe's own government; date 2002-03-09 comes from the poll - the dismissal is this news (2002-03-19)."),
 40: ("target", "Target empty: the accusations Tehran rejected are Israel's, named in the same sentence."),
 41: ("target", "Target is the Cuban people (CUB civilians), not the Cuban state, which is urged to refrain from violence."),
 42: ("target date", "Target the Dinka (named) is missing; the Bor massacre is 1991 (the 'incidents of 1991'), not the document date."),
 43: ("source target date", "Source adds Serbia (the state) to the miners, whose country is plainly Serbia but left empty; a strike in the revolt against Milosevic names no other aim, so the state is the target; the walkout was in the preceding week (background), not 2000-10-05."),
 44: ("target", "Target Chile government is wrong: soldiers patrolling their own streets act on no named party (empty would be right)."),
 45: ("target", "Target empty: the demand is addressed to Russia's forces, whose headquarters is named in the sentence (RUS military)."),
 46: ("", "Correct: NDC dismisses the findings; 'the findings' are not a party (I would code South Korea/the investigators)."),
 47: ("source", "Source empty: the imams were killed in the attacks by the gunmen named in the same sentence. (Kept as a separate act from the mosque attack.)"),
 48: ("", "Correct: Western governments welcomed the events."),
 49: ("target date", "Target empty: 'its oil' is South Sudan's; the seizing began before January 2012 (background), not the document date."),
 50: ("date modality", "'overnight' is the night before the document date (2021-05-02/03), not April 28; the act is given as 'reports of police firing' - reported, not asserted."),
 51: ("", "Correct: Trump welcomes the vote; 'the vote' is not a party."),
 52: ("date", "The resolution was adopted on Saturday (2017-08-05); 2017-07 is the month of the missile tests."),
 53: ("target", "Target is Khartoum/Sudan (relations with Khartoum conditioned), not the United States government."),
 54: (S, "Spurious: 'ending a siege' by storming is the ASSAULT already in the sentence, not a ceasefire (RETREAT)."),
 55: ("", "Correct: Mursi resigns from the Brotherhood/FJP (RETREAT resign accepted, though he is not leaving a government post)."),
 56: ("type", "Crowds seizing parliament and setting it on fire is PROTEST (riot), not COERCE seize (kept for police/authorities)."),
 57: ("date", "Date W11 comes from 'earlier in the week' (the offer); the resignation is Thursday, the document date 2018-03-15."),
 58: ("source date", "Source is the aide and the security council secretary, not Fico; the resignations were 'days after' the killings, not on Feb 25."),
 59: ("source date modality", "Source empty: a North Korean submarine (PRK) is the agent; the firing was on March 26, not the document date; 'the report said ... most likely' is a hedged claim, not asserted."),
 60: ("", "Correct: the Thai military (coup council) bans political gatherings on Wednesday."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
assert len(items) == 60 and set(V) == set(range(1, 61))
out = []
for it in items:
    flags, reason = V[it["n"]]
    if flags == S:
        v = {f: False for f in FIELDS}
    else:
        bad = set(flags.split())
        assert bad <= set(FIELDS[1:]), bad
        v = {f: f not in bad for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it = dict(it); it["verdict"] = v; it["reasons"] = reason
    out.append(it)
with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(out))
