"""Write events-c.jsonl from events-c-items.jsonl and the judge's verdicts below.

Each verdict lists the fields judged FALSE (E = no event, so every field false) and the reasons.
Usage: python write_verdicts.py   (run from docs/judged/round43)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (false fields, reasons)
V = {
 1: ("type", "Sending troops to join the Kenya-led force that helps Haiti is AID (military/police assistance, CAMEO 074), not MOBILIZE; the negated future act, USA source, empty target and null date are right."),
 2: ("", "Right; the source name has lost 'Misrata' ('based forces') but is the right party; Libya government as the party Tripoli's defence is for is acceptable."),
 3: ("target", "'The island' (Cyprus) in the sentence is the party invaded; the target is empty."),
 4: ("type", "Rebels seizing a city are ASSAULT by the conventions (wave 30), not COERCE seize; the Zaydi Shi'ite appositive is the same party, and Yemen government for the capital is acceptable."),
 5: ("", "Right."),
 6: ("modality", "'parliament would convene on Saturday' in reported speech is a future act, not hypothetical; I would barely code a parliament sitting as CONSULT, but accept it."),
 7: ("", "Right; a coup seizing power coded COERCE is acceptable (no ground taken); the government is not named in the sentence, so an empty target is right."),
 8: ("target,date", "The air strikes killed Kataib Hezbollah fighters, named in the sentence, but the target is empty; the strikes came 'two days later' than 27 December, i.e. 2019-12-29, not 2019-12-27."),
 9: ("target,date", "The rally was organised by the government against Kosovo's independence, so the Serbian state is a wrong target by the protest rule (empty or Kosovo); the story dates the rally to Thursday (2008-02-21, before Thursday night's riot), not the document date."),
 10: ("", "Right."),
 11: ("source", "The deployed soldiers (Myanmar's military) are named in the sentence and are the party mobilized; the source is empty."),
 12: ("", "Right; the target name is garbled ('Pakistan mohammed militant group') but is Jaish-e-Mohammed."),
 13: ("date,modality", "'fight anyone who resisted' is the content of a conditional order, hypothetical not asserted; the order was given on Thursday (2019-04-04), so the document date is wrong."),
 14: ("target,date", "Source and target are inverted: the convicted party is the group of prisoners, not the judge (an empty source is right, the convicting court being unnamed); the conviction is an earlier background act given the document date."),
 15: ("target", "The city was taken from the Congolese government, whose troops and government the sentence names; the target is empty."),
 16: ("type", "Vowing to push on to Bukavu and Kinshasa is a THREATEN (to seize territory), not AGREE."),
 17: ("", "Right."),
 18: ("date", "The killings are reported as this news (during Monday's protests); the act should take the document date (or Monday), not null/unknown."),
 19: ("source,date", "'the president' is Mugabe, not Mnangagwa; 'that evening' is Sunday (2017-11-19), not 2017-11-20."),
 20: ("", "Right."),
 21: ("source,target", "The 'pledged' act is by the Bahamas, Jamaica and Antigua and Barbuda (Kenya's offer is coded separately as e3); 'personnel' is what is pledged, not a party (target empty or Haiti)."),
 22: ("date", "The police raids were on the referendum day, 1 October (given in the previous sentence), a background act wrongly given the document date."),
 23: ("source", "The urging is by the Sudanese Professionals Association (here only reported_by); 'the generals' are the party it criticises, not the source."),
 24: ("target,date,modality", "Khashoggi is a Saudi journalist (USA code wrong); the killing (2 October) is a background act given the document date; it sits inside a claim ('who say they have evidence that he was killed'), so it is reported, not asserted."),
 25: ("target", "The detainees are rioters in Chisinau, Moldova: ROU is the wrong country (MDA or empty)."),
 26: ("date", "The welcome of the arrest is reported as this news and should take the document date (2011-05-26), not null. (Relatives in Srebrenica with an empty code accepted: the text never names Bosnia.)"),
 27: ("date", "Police shot protesters 'a day after' Wednesday, i.e. Tuesday 2024-06-25, not the document date. (The extra 'demonstrators' in the target is the same crowd; accepted.)"),
 28: ("", "Right; repeated summoning over weeks has no single date, so unknown is right."),
 29: ("", "Right."),
 30: ("event", "'The strike came 12 days after ...' is a back-reference to India's strike already coded (e1), not a report of an act; the sentence's own act is the Pulwama bombing (coded as e6)."),
 31: ("source,target", "Mahinda Rajapaksa's supporters and the protesters are plainly Sri Lankan; both codes are empty (LKA)."),
 32: ("", "Right."),
 33: ("", "Right."),
 34: ("", "Right; the text gives no date for the balcony speech, so the document date is right by the rule."),
 35: ("", "Right; a future COOPERATE with the UN is accepted (PLOVER would also allow AGREE for the promise)."),
 36: ("source,target", "The source should be Trump's supporters (USA), not Trump himself; the U.S. Capitol (Congress, USA) is named in the sentence but the target is empty. I count the noun phrase as an event since it names agent, target and date."),
 37: ("date", "The 2,000 were detained overnight after Monday night (2020-08-10); 2020-08-09 is the night of the earlier 3,000."),
 38: ("type", "Mubarak giving up the presidency is a resignation, RETREAT resign, not CONCEDE (a verbal concession with no material consequence)."),
 39: ("", "Right."),
 40: ("target", "The six world powers, the other party to the agreement, are named in the sentence but missing (target empty). AGREE accepted (SUPPORT 'finalize an agreement' also possible)."),
 41: ("event", "'About 14,000 were still deployed at the start of the year' describes a standing presence, not an act of mobilizing; also the source is empty and 1976 is taken from the previous sentence."),
 42: ("event", "'take direct control of the region' under Article 155 is a political takeover authorised by the Senate, a trigger in another sense, not ASSAULT (armed seizure)."),
 43: ("", "Right."),
 44: ("", "Right."),
 45: ("target", "The threat of 'severe revenge' is aimed at the United States, named in the sentence as the striker; the target is empty."),
 46: ("", "Right."),
 47: ("", "Right; 'cannot give in' as a negated CONCEDE is accepted by the refused-to-withdraw rule."),
 48: ("", "Right."),
 49: ("source", "The crowds are rioters in Honiara, plainly Solomon Islanders (SLB), but the code is empty."),
 50: ("source", "The urging is by Linda Thomas-Greenfield (USA), not the Security Council."),
 51: ("", "Right."),
 52: ("date,modality", "The downing is inside the recordings' content, a claim ('what it said were intercepted calls ... discussed shooting down'), so reported; it happened on Thursday 2014-07-17, not the document date."),
 53: ("date", "The 'necessary controls' are Saturday's blocking and water-cannoning (2023-08-05, given earlier in the story), not the document date."),
 54: ("", "Right."),
 55: ("type,source", "A unilateral proclamation of independence is not a REQUEST (nothing is asked of anyone); I would code REJECT of Serbian sovereignty or nothing. The source adds 'Albanian leaders [ALB/GOV]', wrongly Albania's government."),
 56: ("source", "The Democratic Party is South Korean (KOR), not USA."),
 57: ("", "Right (reported_by 'Hugo Chavez' is wrong but not a scored field)."),
 58: ("source,target", "Source and target are inverted: the government delegation (COL) demanded the release from the ELN; the ELN is source and the target empty."),
 59: ("source,date,modality", "'His allies' are Navalny's allies, not Navalny; protests announced 'for Saturday' are future and fall on 2021-01-23, not 2021-01-16."),
 60: ("", "Right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open("events-c.jsonl", "w") as out:
    for it in items:
        bad, reasons = V[it["n"]]
        bad = {b for b in bad.split(",") if b}
        assert bad <= set(FIELDS), bad
        if "event" in bad:
            bad = set(FIELDS)
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = reasons
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote events-c.jsonl")
